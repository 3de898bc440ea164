//! Values that parse instead of validate: once you hold an [`Email`], it is a usable address.
//! Each parser returns an error whose text tells the person how to fix what they typed.

use serde::{Deserialize, Serialize};

/// Why a typed value was not accepted. The `Display` text is shown beside the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("Enter {0}")]
    Missing(&'static str),
    #[error("Enter an email address in the correct format, like name@example.com")]
    Email,
    #[error("Enter your rent reference as it appears on your rent statement: 6 to 12 letters and numbers")]
    RentReference,
    #[error("Enter a real postcode, like BB11 2ED")]
    Postcode,
    #[error("Enter a UK phone number, like 01282 686300 or 07700 900 982")]
    Phone,
    #[error("{label} must be {max} characters or fewer (you have {len})")]
    TooLong {
        label: &'static str,
        max: usize,
        len: usize,
    },
}

macro_rules! text_value {
    ($name:ident) => {
        impl $name {
            /// The normalised text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

/// An email address, trimmed, with its domain in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);
text_value!(Email);

impl Email {
    /// The longest address the standards allow.
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ValueError::Missing("your email address"));
        }
        if s.len() > Self::MAX_LEN {
            return Err(ValueError::Email);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(ValueError::Email)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains(char::is_whitespace)
            && !local.contains(['@', '<', '>', '(', ')', ',', ';', ':', '"', '[', ']', '\\']);
        if !domain_ok || !local_ok {
            return Err(ValueError::Email);
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }
}

/// A rent reference number: letters and digits, upper case, spaces and dashes removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RentReference(String);
text_value!(RentReference);

impl RentReference {
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_uppercase();
        if s.is_empty() {
            return Err(ValueError::Missing("your rent reference"));
        }
        if !(6..=12).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ValueError::RentReference);
        }
        Ok(Self(s))
    }
}

/// A UK postcode, upper case with one space before the inward code: "BB11 2ED".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);
text_value!(Postcode);

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        if s.is_empty() {
            return Err(ValueError::Missing("the postcode"));
        }
        if !(5..=7).contains(&s.len()) || !s.is_ascii() {
            return Err(ValueError::Postcode);
        }
        let (outward, inward) = s.split_at(s.len() - 3);
        let inward_ok = {
            let b = inward.as_bytes();
            b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
        };
        let o = outward.as_bytes();
        let outward_ok = o[0].is_ascii_alphabetic()
            && o.iter().all(u8::is_ascii_alphanumeric)
            && o.iter().any(u8::is_ascii_digit)
            && (2..=4).contains(&o.len());
        if !inward_ok || !outward_ok {
            return Err(ValueError::Postcode);
        }
        Ok(Self(format!("{outward} {inward}")))
    }
}

/// A UK phone number, kept as the digits with a leading 0 ("01282686300").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);
text_value!(PhoneNumber);

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(ValueError::Missing("a phone number"));
        }
        if !trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || " -()+".contains(c))
        {
            return Err(ValueError::Phone);
        }
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let national = if trimmed.starts_with('+') {
            digits
                .strip_prefix("44")
                .map(|rest| format!("0{}", rest.strip_prefix('0').unwrap_or(rest)))
        } else {
            Some(digits)
        };
        match national {
            Some(n) if n.starts_with('0') && (10..=11).contains(&n.len()) => Ok(Self(n)),
            _ => Err(ValueError::Phone),
        }
    }
}

/// Trimmed free text of at most `MAX` characters; empty is allowed (see [`RequiredText`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct OptionalText<const MAX: usize>(String);

impl<const MAX: usize> OptionalText<MAX> {
    pub fn parse(input: &str, label: &'static str) -> Result<Self, ValueError> {
        let s = input.trim();
        let len = s.chars().count();
        if len > MAX {
            return Err(ValueError::TooLong {
                label,
                max: MAX,
                len,
            });
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Trimmed, non-empty free text of at most `MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RequiredText<const MAX: usize>(String);

impl<const MAX: usize> RequiredText<MAX> {
    /// `missing` completes "Enter …", e.g. "what happened".
    pub fn parse(
        input: &str,
        label: &'static str,
        missing: &'static str,
    ) -> Result<Self, ValueError> {
        let text = OptionalText::<MAX>::parse(input, label)?;
        if text.is_empty() {
            return Err(ValueError::Missing(missing));
        }
        Ok(Self(text.0))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_conversions {
    ($($name:ident),*) => {$(
        impl TryFrom<String> for $name {
            type Error = ValueError;
            fn try_from(s: String) -> Result<Self, ValueError> {
                Self::parse(&s)
            }
        }
        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }
    )*};
}
string_conversions!(Email, RentReference, Postcode, PhoneNumber);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse("  Jo.Smith+calico@Example.CO.UK ").map(|e| e.to_string()),
            Ok("Jo.Smith+calico@example.co.uk".into())
        );
        for bad in [
            "jo",
            "jo@",
            "@example.com",
            "jo@example",
            "jo smith@example.com",
            "jo@exa mple.com",
            "jo@.example.com",
            "jo@example..com",
            "a@b@c.com",
        ] {
            assert_eq!(Email::parse(bad), Err(ValueError::Email), "{bad}");
        }
        assert_eq!(
            Email::parse("   "),
            Err(ValueError::Missing("your email address"))
        );
        assert_eq!(
            ValueError::Missing("your email address").to_string(),
            "Enter your email address"
        );
    }

    #[test]
    fn rent_references() {
        assert_eq!(
            RentReference::parse(" 1001 2345 ").map(|r| r.to_string()),
            Ok("10012345".into())
        );
        assert_eq!(
            RentReference::parse("cal-100123").map(|r| r.to_string()),
            Ok("CAL100123".into())
        );
        assert_eq!(
            RentReference::parse("12345"),
            Err(ValueError::RentReference)
        );
        assert_eq!(
            RentReference::parse("1234567890123"),
            Err(ValueError::RentReference)
        );
        assert_eq!(
            RentReference::parse("1001/2345"),
            Err(ValueError::RentReference)
        );
        assert_eq!(
            RentReference::parse(""),
            Err(ValueError::Missing("your rent reference"))
        );
    }

    #[test]
    fn postcodes() {
        for (input, normal) in [
            ("bb11 2ed", "BB11 2ED"),
            ("BB112ED", "BB11 2ED"),
            (" l33 7wq ", "L33 7WQ"),
            ("EC1A1BB", "EC1A 1BB"),
            ("M1 1AE", "M1 1AE"),
            ("W1A 0AX", "W1A 0AX"),
        ] {
            assert_eq!(
                Postcode::parse(input).map(|p| p.to_string()),
                Ok(normal.into()),
                "{input}"
            );
        }
        for bad in [
            "BB11",
            "11 2ED",
            "BB11 ED2",
            "BBBB 2ED",
            "BB11 2ED X",
            "ÄB1 2ED",
        ] {
            assert_eq!(Postcode::parse(bad), Err(ValueError::Postcode), "{bad}");
        }
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(
            PhoneNumber::parse("01282 686300").map(|p| p.to_string()),
            Ok("01282686300".into())
        );
        assert_eq!(
            PhoneNumber::parse("+44 (0)7700 900982").map(|p| p.to_string()),
            Ok("07700900982".into())
        );
        assert_eq!(
            PhoneNumber::parse("+44 7700 900982").map(|p| p.to_string()),
            Ok("07700900982".into())
        );
        for bad in ["12345", "07700 900982 1", "+1 555 0100", "call me"] {
            assert_eq!(PhoneNumber::parse(bad), Err(ValueError::Phone), "{bad}");
        }
    }

    #[test]
    fn bounded_texts() {
        assert_eq!(
            RequiredText::<5>::parse("  hello ", "What happened", "what happened")
                .map(|t| t.as_str().to_owned()),
            Ok("hello".into())
        );
        assert_eq!(
            RequiredText::<5>::parse("  ", "What happened", "what happened"),
            Err(ValueError::Missing("what happened"))
        );
        let long = RequiredText::<5>::parse("héllo!", "What happened", "what happened");
        assert_eq!(
            long,
            Err(ValueError::TooLong {
                label: "What happened",
                max: 5,
                len: 6
            })
        );
        assert_eq!(
            long.map(|_| ()).unwrap_err().to_string(),
            "What happened must be 5 characters or fewer (you have 6)"
        );
        assert!(OptionalText::<5>::parse("", "Notes")
            .expect("empty is fine")
            .is_empty());
    }

    proptest! {
        #[test]
        fn parsing_is_idempotent(s in "\\PC{0,30}") {
            if let Ok(p) = Postcode::parse(&s) { prop_assert_eq!(Postcode::parse(p.as_str()), Ok(p)); }
            if let Ok(r) = RentReference::parse(&s) { prop_assert_eq!(RentReference::parse(r.as_str()), Ok(r)); }
            if let Ok(e) = Email::parse(&s) { prop_assert_eq!(Email::parse(e.as_str()), Ok(e)); }
            if let Ok(p) = PhoneNumber::parse(&s) { prop_assert_eq!(PhoneNumber::parse(p.as_str()), Ok(p)); }
        }
    }
}
