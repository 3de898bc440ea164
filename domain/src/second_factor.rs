//! Colleagues' second factor: the console shows every complaint, so a colleague signs in with
//! their password and then a time-based code from an authenticator app (RFC 6238), or one of
//! their one-time recovery codes. API tokens are not affected.

/// Digits in a code from the app.
pub const DIGITS: usize = 6;
/// Seconds each code lasts.
pub const STEP_SECONDS: u64 = 30;
/// Codes from one step either side are accepted too (a phone's clock a little out).
pub const SKEW_STEPS: u64 = 1;
/// Recovery codes made when the second factor is set up, each usable once.
pub const RECOVERY_CODES: usize = 10;
/// Characters in a recovery code (shown as two groups of five).
pub const RECOVERY_CHARS: usize = 10;
/// Letters and digits a recovery code is made of: no 0/o, 1/l/i, to read and type them easily.
pub const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Reads a code typed from the app: six digits, spaces ignored.
pub fn parse_code(input: &str) -> Result<String, &'static str> {
    let code: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        Err("Enter the 6-digit code from your authenticator app")
    } else if !code.chars().all(|c| c.is_ascii_digit()) || code.len() != DIGITS {
        Err("The code must be the 6 numbers your authenticator app shows")
    } else {
        Ok(code)
    }
}

/// Reads a recovery code as typed: letters and digits, any case, spaces and dashes ignored.
pub fn parse_recovery_code(input: &str) -> Result<String, &'static str> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if code.is_empty() {
        Err("Enter one of your recovery codes")
    } else if code.len() != RECOVERY_CHARS || !code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))
    {
        Err("A recovery code is 10 letters and numbers, like abcde-23456")
    } else {
        Ok(code)
    }
}

/// A recovery code from random bytes (the caller supplies the randomness).
pub fn recovery_code(random: [u8; RECOVERY_CHARS]) -> String {
    random
        .iter()
        .map(|b| char::from(RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()]))
        .collect()
}

/// A recovery code as shown: "abcde-23456".
pub fn grouped_recovery_code(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// The time steps a code typed at `unix_seconds` may belong to, oldest first.
pub fn steps_around(unix_seconds: u64) -> impl Iterator<Item = u64> {
    let now = unix_seconds / STEP_SECONDS;
    now.saturating_sub(SKEW_STEPS)..=now + SKEW_STEPS
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_from_the_app_are_six_digits() {
        assert_eq!(parse_code(" 123 456 "), Ok("123456".into()));
        assert_eq!(
            parse_code(""),
            Err("Enter the 6-digit code from your authenticator app")
        );
        assert!(parse_code("12345").is_err());
        assert!(parse_code("12345a").is_err());
    }

    #[test]
    fn a_code_is_accepted_a_step_either_side() {
        assert_eq!(steps_around(90).collect::<Vec<_>>(), [2, 3, 4]);
        assert_eq!(steps_around(10).collect::<Vec<_>>(), [0, 1]);
    }

    proptest! {
        #[test]
        fn every_recovery_code_made_reads_back_however_it_is_typed(random in proptest::array::uniform10(any::<u8>())) {
            let code = recovery_code(random);
            prop_assert_eq!(parse_recovery_code(&grouped_recovery_code(&code).to_uppercase()), Ok(code.clone()));
            prop_assert_eq!(parse_recovery_code(&code), Ok(code));
        }
    }
}
