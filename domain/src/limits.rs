//! How often someone may try to sign in, register or reset a password: limits per account
//! (against guessing one resident's password) and per client address (against one machine
//! trying many accounts). Generous per address, since residents share addresses in
//! libraries, housing offices and on mobile networks.

/// At most `attempts` in any `window_minutes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub attempts: u32,
    pub window_minutes: i64,
}

pub const SIGN_IN_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 10,
    window_minutes: 15,
};
pub const SIGN_IN_PER_ADDRESS: RateLimit = RateLimit {
    attempts: 100,
    window_minutes: 15,
};
/// A housing office or advice centre can register a room full of residents in an hour; behind
/// a mobile network's shared address, many more people are one "address".
pub const REGISTER_PER_ADDRESS: RateLimit = RateLimit {
    attempts: 100,
    window_minutes: 60,
};
pub const REGISTER_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 5,
    window_minutes: 60,
};
pub const RESET_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 3,
    window_minutes: 60,
};
pub const RESET_PER_ADDRESS: RateLimit = RateLimit {
    attempts: 20,
    window_minutes: 60,
};

/// Choosing a new password from a reset link: the link itself is the secret, so this limits
/// one machine guessing links.
pub const NEW_PASSWORD_PER_ADDRESS: RateLimit = RateLimit {
    attempts: 20,
    window_minutes: 60,
};

/// Answers kept for someone whose session ended, from one address: generous for a shared
/// office, and a cap on what anyone can store without an account.
pub const KEEP_PER_ADDRESS: RateLimit = RateLimit {
    attempts: 30,
    window_minutes: 60,
};

/// Entering an activation code: each code also allows only
/// [`crate::linking::WRONG_CODES_MAX`] wrong tries, so this limits one account across codes.
pub const ACTIVATE_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 10,
    window_minutes: 60,
};

/// Asking to be linked to a home (registering does this too): each request can mail the
/// tenancy's linked accounts and post a letter, so few an hour.
pub const LINK_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 5,
    window_minutes: 60,
};

/// A colleague's codes from their authenticator app or recovery codes: a million codes, so
/// few tries.
pub const SECOND_FACTOR_PER_ACCOUNT: RateLimit = RateLimit {
    attempts: 10,
    window_minutes: 15,
};

/// Per account, a day: with the 15-minute limit, a guesser with the password gets at most this
/// many tries a day at a million codes.
pub const SECOND_FACTOR_PER_DAY: RateLimit = RateLimit {
    attempts: 30,
    window_minutes: 24 * 60,
};

/// Asking for one rent reference, from any number of accounts: each ask may test a date of
/// birth against the register, mail the household and post a letter. Keyed on the reference
/// as typed, matched or not, so the refusal says nothing of whether it exists.
pub const LINK_PER_HOME: RateLimit = RateLimit {
    attempts: 10,
    window_minutes: 24 * 60,
};

/// "Wait 12 minutes, then try again." for a wait in seconds (rounded up to whole minutes).
pub fn wait_message(seconds: i64) -> String {
    let minutes = (seconds.max(1) + 59) / 60;
    let wait = if minutes > 120 {
        let hours = (minutes + 59) / 60;
        format!("{hours} hours")
    } else if minutes == 1 {
        "1 minute".to_owned()
    } else {
        format!("{minutes} minutes")
    };
    format!("You have tried too many times. Wait {wait}, then try again.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_rounded_up_to_whole_minutes() {
        assert_eq!(
            wait_message(1),
            "You have tried too many times. Wait 1 minute, then try again."
        );
        assert_eq!(
            wait_message(61),
            "You have tried too many times. Wait 2 minutes, then try again."
        );
        assert_eq!(
            wait_message(900),
            "You have tried too many times. Wait 15 minutes, then try again."
        );
        // Long waits in hours, rounded up.
        assert_eq!(
            wait_message(121 * 60),
            "You have tried too many times. Wait 3 hours, then try again."
        );
    }
}
