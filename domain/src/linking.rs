//! Linking an account to a tenancy. A rent reference and a postcode are not proof: references
//! are short numbers and postcodes are public. An account is linked when what the resident
//! gives matches what the landlord's housing system holds for the tenancy (the lead tenant's
//! date of birth, and their email address or phone number on file); otherwise by an activation
//! code posted to the home, or by the approval of an account already linked to it. Until then
//! the account can complain about its home but sees nothing of the tenancy's other complaints,
//! letters, consents or representatives.
//!
//! Every answer on the way reads the same whatever matched: whether a reference and postcode
//! belong together is never said to the person asking.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::values::PhoneNumber;

/// What the register holds for a tenancy's lead tenant (each may be missing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OnFile {
    pub date_of_birth: Option<NaiveDate>,
    pub email: Option<String>,
    pub phone: Option<PhoneNumber>,
}

/// What the person asking gave, with the email address their account has proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given<'a> {
    pub date_of_birth: Option<NaiveDate>,
    pub phone: Option<&'a PhoneNumber>,
    pub verified_email: &'a str,
}

/// Whether `given` proves the tenancy: the date of birth on file, and the email address or
/// phone number on file. Nothing missing on either side ever counts as a match.
pub fn proves(on_file: &OnFile, given: &Given<'_>) -> bool {
    let birth = matches!(
        (on_file.date_of_birth, given.date_of_birth),
        (Some(a), Some(b)) if a == b
    );
    let email = on_file.email.as_deref().is_some_and(|held| {
        !held.trim().is_empty()
            && held
                .trim()
                .eq_ignore_ascii_case(given.verified_email.trim())
    });
    let phone = matches!((&on_file.phone, given.phone), (Some(a), Some(b)) if a == b);
    birth && (email || phone)
}

/// Digits in an activation code: 10^8 codes against [`WRONG_CODES_MAX`] tries each.
pub const CODE_DIGITS: usize = 8;
/// Wrong tries a code allows before it stops working and a new one must be asked for.
pub const WRONG_CODES_MAX: i64 = 5;
/// How long a posted code works: post can take a week, and people are away.
pub const CODE_LIFETIME_DAYS: u64 = 30;
/// Codes that may be posted to one account's request in [`CODE_LIFETIME_DAYS`].
pub const CODES_PER_REQUEST: i64 = 3;

/// Tries the current code still allows after `wrong` wrong ones (0: it no longer works).
pub fn tries_left(wrong: i64) -> i64 {
    (WRONG_CODES_MAX - wrong).max(0)
}

/// Whether another code may be posted for a request that has had `sent`.
pub fn may_send_another(sent: i64) -> bool {
    sent < CODES_PER_REQUEST
}

/// An activation code as typed: digits, with any spaces or dashes people add ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivationCode(String);

impl ActivationCode {
    /// A code from `CODE_DIGITS` random digits (the caller supplies the randomness).
    pub fn from_digits(digits: [u8; CODE_DIGITS]) -> Self {
        Self(digits.iter().map(|d| char::from(b'0' + d % 10)).collect())
    }

    /// Reads a typed code, or says how to fix it.
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let digits: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if digits.is_empty() {
            Err("Enter the activation code from the letter")
        } else if !digits.chars().all(|c| c.is_ascii_digit()) {
            Err("The activation code must only include numbers 0 to 9")
        } else if digits.len() != CODE_DIGITS {
            Err("The activation code must be 8 numbers")
        } else {
            Ok(Self(digits))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed in the letter: "1234 5678", easier to read aloud and to copy.
    pub fn grouped(&self) -> String {
        format!("{} {}", &self.0[..4], &self.0[4..])
    }
}

/// When a code posted at `now` stops working.
pub fn code_expires(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_add_days(Days::new(CODE_LIFETIME_DAYS))
        .unwrap_or(now)
}

/// The letter that carries an activation code to the home.
pub fn activation_letter(
    addressee: &str,
    address: &str,
    code: &ActivationCode,
    expires_on: &str,
    site: &str,
) -> String {
    format!(
        "{addressee}\n{address}\n\n\
         Your Calico Account activation code\n\n\
         Someone asked to link a Calico Account to this home. If it was you, or someone in your \
         household, sign in at {site}/account/activate and enter this code:\n\n\
         {code}\n\n\
         The code works once, until {expires_on}.\n\n\
         If nobody in your household asked for this, you do not need to do anything: the \
         account will not be linked to your home. You can tell us on {phone}.\n\n\
         Calico Homes",
        code = code.grouped(),
        phone = crate::contact::LANDLORD.phone,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn held() -> OnFile {
        OnFile {
            date_of_birth: Some(day(1980, 4, 2)),
            email: Some("Alex.Morgan@example.com".into()),
            phone: Some(PhoneNumber::parse("07700 900123").expect("phone")),
        }
    }

    #[test]
    fn the_date_of_birth_and_the_email_or_phone_on_file_prove_a_tenancy() {
        let phone = PhoneNumber::parse("+44 7700 900123").expect("phone");
        let other = PhoneNumber::parse("07700 900999").expect("phone");
        let given = |dob, phone, email| Given {
            date_of_birth: dob,
            phone,
            verified_email: email,
        };
        let dob = Some(day(1980, 4, 2));
        assert!(proves(
            &held(),
            &given(dob, None, "alex.morgan@EXAMPLE.com")
        ));
        assert!(proves(
            &held(),
            &given(dob, Some(&phone), "someone@example.org")
        ));
        // The date of birth alone, or the contact details alone, are not enough.
        assert!(!proves(
            &held(),
            &given(dob, Some(&other), "someone@example.org")
        ));
        assert!(!proves(
            &held(),
            &given(
                Some(day(1980, 4, 3)),
                Some(&phone),
                "alex.morgan@example.com"
            )
        ));
        assert!(!proves(
            &held(),
            &given(None, Some(&phone), "alex.morgan@example.com")
        ));
        // Nothing on file never matches nothing given.
        assert!(!proves(&OnFile::default(), &given(None, None, "")));
        let no_email = OnFile {
            email: Some("  ".into()),
            phone: None,
            ..held()
        };
        assert!(!proves(&no_email, &given(dob, None, "  ")));
    }

    #[test]
    fn a_code_allows_five_wrong_tries_and_a_request_three_codes() {
        assert_eq!(tries_left(0), 5);
        assert_eq!(tries_left(4), 1);
        assert_eq!(tries_left(5), 0);
        assert_eq!(tries_left(9), 0);
        assert!(may_send_another(2));
        assert!(!may_send_another(3));
    }

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(
            ActivationCode::parse(" 1234 5678 ").map(|c| c.grouped()),
            Ok("1234 5678".into())
        );
        assert_eq!(
            ActivationCode::parse("1234-5678").map(|c| c.as_str().to_owned()),
            Ok("12345678".into())
        );
        assert_eq!(
            ActivationCode::parse(""),
            Err("Enter the activation code from the letter")
        );
        assert_eq!(
            ActivationCode::parse("1234 567"),
            Err("The activation code must be 8 numbers")
        );
        assert_eq!(
            ActivationCode::parse("1234 567O"),
            Err("The activation code must only include numbers 0 to 9")
        );
    }

    #[test]
    fn the_letter_says_where_to_enter_the_code_and_until_when() {
        let code = ActivationCode::from_digits([1, 2, 3, 4, 5, 6, 7, 8]);
        let letter = activation_letter(
            "Alex Morgan",
            "14 Padiham Road, Burnley, BB10 1AA",
            &code,
            "30 December 2026",
            "https://account.calicohomes.org.uk",
        );
        assert!(letter.contains("https://account.calicohomes.org.uk/account/activate"));
        assert!(letter.contains("1234 5678"));
        assert!(letter.contains("until 30 December 2026"));
    }

    proptest! {
        #[test]
        fn every_code_made_reads_back_as_itself(digits in proptest::array::uniform8(0u8..10)) {
            let code = ActivationCode::from_digits(digits);
            prop_assert_eq!(ActivationCode::parse(&code.grouped()), Ok(code.clone()));
            prop_assert_eq!(ActivationCode::parse(code.as_str()), Ok(code));
        }

        #[test]
        fn without_the_date_of_birth_on_file_nothing_proves_a_tenancy(
            email in "[a-z]{1,8}@[a-z]{1,8}\\.test",
            y in 1900i32..2010, m in 1u32..13, d in 1u32..29,
        ) {
            let on_file = OnFile { date_of_birth: None, email: Some(email.clone()), phone: None };
            let given = Given { date_of_birth: Some(day(y, m, d)), phone: None, verified_email: &email };
            prop_assert!(!proves(&on_file, &given));
            let on_file = OnFile { date_of_birth: Some(day(y, m, d)), ..on_file };
            prop_assert!(proves(&on_file, &given));
        }
    }
}
