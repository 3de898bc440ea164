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
    #[error("Enter your complaint reference as it appears on our letters and emails, like CMP-2026-000123")]
    ComplaintRef,
    #[error("{label} must be {min} characters or more (you have {len})")]
    TooShort {
        label: &'static str,
        min: usize,
        len: usize,
    },
    #[error("{label} must be {max} characters or fewer (you have {len})")]
    TooLong {
        label: &'static str,
        max: usize,
        len: usize,
    },
    #[error("{0} must be on one line: take out any line breaks or tabs")]
    LineBreak(&'static str),
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

    /// Reads an email address as typed: trimmed; the domain part lower-cased.
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

    /// The address as the one account it names, whatever its case (accounts are found
    /// without regard to case): what attempts against it are counted under.
    pub fn canonical(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A rent reference number: letters and digits, upper case, spaces and dashes removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RentReference(String);
text_value!(RentReference);

impl RentReference {
    /// Reads a rent reference as typed: spaces and dashes dropped, letters upper-cased.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_ascii_uppercase();
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
    /// Reads a UK postcode as typed, in any case and spacing.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
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
    /// Reads a UK phone number, with or without spaces, brackets or +44.
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

impl PhoneNumber {
    /// The number grouped as people write it: "020 7946 0000", "01282 686300".
    pub fn grouped(&self) -> String {
        let n = &self.0;
        let bytes = n.as_bytes();
        // Leeds-style (0113, 0161) and non-geographic (0300, 0800, 0845) numbers are read
        // in fours and threes.
        let four_three_four = n.len() == 11
            && (matches!(bytes[1], b'3' | b'8' | b'9')
                || (bytes[1] == b'1' && (bytes[2] == b'1' || bytes[3] == b'1')));
        if n.starts_with("02") && n.len() == 11 {
            format!("{} {} {}", &n[..3], &n[3..7], &n[7..])
        } else if four_three_four {
            format!("{} {} {}", &n[..4], &n[4..7], &n[7..])
        } else if n.len() == 10 {
            format!("{} {}", &n[..4], &n[4..])
        } else {
            format!("{} {}", &n[..5], &n[5..])
        }
    }
}

/// Trimmed free text of at most `MAX` characters; empty is allowed (see [`RequiredText`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct OptionalText<const MAX: usize>(String);

impl<const MAX: usize> OptionalText<MAX> {
    /// Reads free text, trimmed; `label` names the field in the too-long message.
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
    /// The trimmed text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Trimmed, non-empty free text of `MIN` to `MAX` characters (counted as people count them:
/// "é" is one). Holding one means it has been checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BoundedText<const MIN: usize, const MAX: usize>(String);

/// Trimmed, non-empty free text of at most `MAX` characters.
pub type RequiredText<const MAX: usize> = BoundedText<1, MAX>;

impl<const MIN: usize, const MAX: usize> BoundedText<MIN, MAX> {
    /// `label` names the field in a sentence ("What happened"); `missing` completes
    /// "Enter …" when nothing was typed (e.g. "what happened").
    pub fn parse(
        input: &str,
        label: &'static str,
        missing: &'static str,
    ) -> Result<Self, ValueError> {
        let text = OptionalText::<MAX>::parse(input, label)?;
        if text.is_empty() {
            return Err(ValueError::Missing(missing));
        }
        let len = text.0.chars().count();
        if len < MIN {
            return Err(ValueError::TooShort {
                label,
                min: MIN,
                len,
            });
        }
        Ok(Self(text.0))
    }

    /// The trimmed text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MIN: usize, const MAX: usize> std::fmt::Display for BoundedText<MIN, MAX> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MIN: usize, const MAX: usize> AsRef<str> for BoundedText<MIN, MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MIN: usize, const MAX: usize> TryFrom<String> for BoundedText<MIN, MAX> {
    type Error = ValueError;
    /// For data read back from storage or the wire, where no field label is at hand.
    fn try_from(s: String) -> Result<Self, ValueError> {
        Self::parse(&s, "The text", "some text")
    }
}

impl<const MIN: usize, const MAX: usize> From<BoundedText<MIN, MAX>> for String {
    fn from(v: BoundedText<MIN, MAX>) -> String {
        v.0
    }
}

/// A name or another one-line answer: [`RequiredText`] without a line break or any other
/// control character, so that it can stand in a mail's header or on an address line as it is
/// (a name with a line break in it once added a `Bcc:` line to a mail).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LineText<const MAX: usize>(String);

impl<const MAX: usize> LineText<MAX> {
    /// As [`BoundedText::parse`], and refused if it holds a control character.
    pub fn parse(
        input: &str,
        label: &'static str,
        missing: &'static str,
    ) -> Result<Self, ValueError> {
        let text = RequiredText::<MAX>::parse(input, label, missing)?;
        if text.as_str().chars().any(char::is_control) {
            return Err(ValueError::LineBreak(label));
        }
        Ok(Self(text.into()))
    }

    /// The trimmed text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> std::fmt::Display for LineText<MAX> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> AsRef<str> for LineText<MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> TryFrom<String> for LineText<MAX> {
    type Error = ValueError;
    /// For data read back from storage or the wire, where no field label is at hand.
    fn try_from(s: String) -> Result<Self, ValueError> {
        Self::parse(&s, "The text", "some text")
    }
}

impl<const MAX: usize> From<LineText<MAX>> for String {
    fn from(v: LineText<MAX>) -> String {
        v.0
    }
}

/// A complaint's reference, `CMP-YYYY-NNNNNN`: the year it was received and a six-digit
/// number. Read in any case and with spaces in place of dashes; kept in upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ComplaintRef {
    year: u16,
    number: u32,
}

impl ComplaintRef {
    /// The highest number a year can hold.
    pub const MAX_NUMBER: u32 = 999_999;

    /// The reference of the `number`-th complaint of `year`: `None` unless the year has four
    /// digits and the number is 1 to 999999.
    pub fn new(year: i32, number: u32) -> Option<Self> {
        let year = u16::try_from(year)
            .ok()
            .filter(|y| (1000..=9999).contains(y))?;
        (1..=Self::MAX_NUMBER)
            .contains(&number)
            .then_some(Self { year, number })
    }

    /// Reads a complaint reference as typed, in any case, with dashes or spaces.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s = input.trim().to_ascii_uppercase();
        if s.is_empty() {
            return Err(ValueError::Missing("your complaint reference"));
        }
        let parts: Vec<&str> = s
            .split(|c: char| c == '-' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            ["CMP", year, number] if digits(year, 4) && digits(number, 6) => {
                let year = year.parse().map_err(|_| ValueError::ComplaintRef)?;
                let number = number.parse().map_err(|_| ValueError::ComplaintRef)?;
                Self::new(year, number).ok_or(ValueError::ComplaintRef)
            }
            _ => Err(ValueError::ComplaintRef),
        }
    }

    /// The year the complaint was received.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// Its number within that year.
    pub fn number(self) -> u32 {
        self.number
    }
}

impl std::fmt::Display for ComplaintRef {
    /// "CMP-2026-000123".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CMP-{:04}-{:06}", self.year, self.number)
    }
}

impl TryFrom<String> for ComplaintRef {
    type Error = ValueError;
    fn try_from(s: String) -> Result<Self, ValueError> {
        Self::parse(&s)
    }
}

impl From<ComplaintRef> for String {
    fn from(v: ComplaintRef) -> String {
        v.to_string()
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
    #[test]
    fn a_one_line_answer_refuses_line_breaks_and_tabs_and_keeps_the_rest() {
        type Name = LineText<100>;
        for bad in [
            "Jordan\r\nBcc: spy@evil.test",
            "Jordan\nEllis",
            "Jordan\tEllis",
        ] {
            assert_eq!(
                Name::parse(bad, "Your name", "your name"),
                Err(ValueError::LineBreak("Your name")),
                "{bad:?}"
            );
        }
        let name = Name::parse("  Zoë O'Neill-Khan  ", "Your name", "your name").expect("a name");
        assert_eq!(name.as_str(), "Zoë O'Neill-Khan");
        assert!(
            Name::try_from("Jordan\r\nBcc: x".to_owned()).is_err(),
            "nor read back"
        );
    }

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
    fn phone_numbers_are_shown_grouped_as_written() {
        let grouped = |s: &str| PhoneNumber::parse(s).expect("valid").grouped();
        assert_eq!(grouped("01282686300"), "01282 686300");
        assert_eq!(grouped("+447700900982"), "07700 900982");
        assert_eq!(grouped("02079460000"), "020 7946 0000");
        assert_eq!(grouped("0800 123456"), "0800 123456");
        assert_eq!(grouped("08001692407"), "0800 169 2407");
        assert_eq!(grouped("03001113000"), "0300 111 3000");
        assert_eq!(grouped("01134960000"), "0113 496 0000");
        assert_eq!(grouped("01614960000"), "0161 496 0000");
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

    #[test]
    fn bounded_texts_have_a_minimum_too() {
        type Summary = BoundedText<10, 200>;
        assert_eq!(
            Summary::parse(" Leak ", "Your summary", "a summary of your complaint"),
            Err(ValueError::TooShort {
                label: "Your summary",
                min: 10,
                len: 4
            })
        );
        assert_eq!(
            ValueError::TooShort {
                label: "Your summary",
                min: 10,
                len: 4
            }
            .to_string(),
            "Your summary must be 10 characters or more (you have 4)"
        );
        assert_eq!(
            Summary::parse("", "Your summary", "a summary of your complaint")
                .map_err(|e| e.to_string()),
            Err("Enter a summary of your complaint".into())
        );
        let ok = Summary::parse("  The roof leaks into the bedroom  ", "Your summary", "x")
            .expect("long enough");
        assert_eq!(ok.to_string(), "The roof leaks into the bedroom");
        // Read back from JSON, it is checked again.
        assert_eq!(
            serde_json::from_str::<Summary>("\"The roof leaks\"")
                .ok()
                .map(|t| t.to_string()),
            Some("The roof leaks".into())
        );
        assert!(serde_json::from_str::<Summary>("\"short\"").is_err());
        assert_eq!(
            serde_json::to_string(&ok).expect("json"),
            "\"The roof leaks into the bedroom\""
        );
    }

    #[test]
    fn complaint_references() {
        for input in [
            "CMP-2026-000123",
            " cmp-2026-000123 ",
            "CMP 2026 000123",
            "cmp - 2026 - 000123",
        ] {
            assert_eq!(
                ComplaintRef::parse(input).map(|r| r.to_string()),
                Ok("CMP-2026-000123".into()),
                "{input}"
            );
        }
        let r = ComplaintRef::parse("CMP-2026-000123").expect("valid");
        assert_eq!((r.year(), r.number()), (2026, 123));
        assert_eq!(ComplaintRef::new(2026, 123), Some(r));
        assert_eq!(
            ComplaintRef::new(2027, 1).map(|r| r.to_string()),
            Some("CMP-2027-000001".into())
        );
        assert_eq!(ComplaintRef::new(2027, 0), None);
        assert_eq!(ComplaintRef::new(2027, 1_000_000), None);
        assert_eq!(ComplaintRef::new(99, 1), None);
        for bad in [
            "CMP-2026-123",
            "CMP-26-000123",
            "CMP-2026-0001234",
            "ABC-2026-000123",
            "CMP2026000123",
            "CMP-2026-000000",
            "CMP-2026-00012A",
            "CMP-2026-000123-1",
            "CMP-２０２６-000123",
        ] {
            assert_eq!(
                ComplaintRef::parse(bad),
                Err(ValueError::ComplaintRef),
                "{bad}"
            );
        }
        assert_eq!(
            ComplaintRef::parse("  "),
            Err(ValueError::Missing("your complaint reference"))
        );
        assert_eq!(
            ValueError::ComplaintRef.to_string(),
            "Enter your complaint reference as it appears on our letters and emails, like CMP-2026-000123"
        );
        assert_eq!(
            serde_json::to_string(&r).expect("json"),
            "\"CMP-2026-000123\""
        );
        assert_eq!(
            serde_json::from_str::<ComplaintRef>("\"cmp-2026-000123\"").ok(),
            Some(r)
        );
        assert!(
            ComplaintRef::new(2026, 999_999) < ComplaintRef::new(2027, 1),
            "references sort by year, then number"
        );
    }

    proptest! {
        #[test]
        fn complaint_references_read_back_what_they_write(year in 1000i32..=9999, number in 1u32..=999_999) {
            let r = ComplaintRef::new(year, number).expect("in range");
            prop_assert_eq!(ComplaintRef::parse(&r.to_string()), Ok(r));
        }

        #[test]
        fn parsing_is_idempotent(s in "\\PC{0,30}") {
            if let Ok(p) = Postcode::parse(&s) { prop_assert_eq!(Postcode::parse(p.as_str()), Ok(p)); }
            if let Ok(r) = RentReference::parse(&s) { prop_assert_eq!(RentReference::parse(r.as_str()), Ok(r)); }
            if let Ok(e) = Email::parse(&s) { prop_assert_eq!(Email::parse(e.as_str()), Ok(e)); }
            if let Ok(p) = PhoneNumber::parse(&s) { prop_assert_eq!(PhoneNumber::parse(p.as_str()), Ok(p)); }
            if let Ok(r) = ComplaintRef::parse(&s) { prop_assert_eq!(ComplaintRef::parse(&r.to_string()), Ok(r)); }
            if let Ok(t) = BoundedText::<2, 20>::parse(&s, "Text", "text") { prop_assert_eq!(BoundedText::<2, 20>::parse(t.as_str(), "Text", "text"), Ok(t)); }
        }
    }
}
