//! Registration and sign-in forms: what a person typed, parsed into valid values or returned
//! with a message beside each field that says how to fix it. The same code runs on the server
//! (which decides) and in the browser (which answers at once).

use serde::{Deserialize, Serialize};

use crate::forms::field_error;
pub use crate::forms::{Field, FieldError};
use chrono::NaiveDate;

use crate::values::{Email, PhoneNumber, Postcode, RentReference};

/// The password rules, written next to the field.
pub const PASSWORD_RULES: &str =
    "Use at least 10 characters. A few everyday words together make a good, memorable passphrase. \
     Do not use a password you use for anything else.";

/// Passwords long enough to pass the length rule but among the most used, so the first tried.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "0000000000",
    "9876543210",
    "1q2w3e4r5t",
    "qwertyuiop",
    "1qaz2wsx3edc",
    "password12",
    "password123",
    "password1234",
    "passw0rd123",
    "iloveyou12",
    "qwerty1234",
    "qwerty12345",
    "abcdefghij",
    "abc1234567",
    "letmein123",
    "welcome123",
    "sunshine12",
    "football12",
    "basketball",
    "liverpool1",
    "manchester",
    "chelsea123",
    "arsenal123",
    "burnley123",
    "burnleyfc1",
    "calicohomes",
    "calico1234",
    "monkey1234",
    "dragon1234",
    "princess12",
    "superman12",
    "batman1234",
    "trustno1234",
    "changeme123",
    "administrator",
    "aaaaaaaaaa",
    "zaq12wsxcde",
    "asdfghjkl1",
    "asdfghjkl;",
    "zxcvbnm123",
    "mypassword",
    "mypassword1",
    "password!1",
    "Password1!",
    "p@ssw0rd12",
    "qwertyuiop1",
    "1234qwerty",
    "pa55word12",
];

/// A password that meets the rules. Never logged, never sent back to a page.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

/// Why a new password was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PasswordError {
    #[error("Enter a password")]
    Missing,
    #[error("Your password must be 10 characters or more")]
    TooShort,
    #[error("Your password must be 256 characters or fewer")]
    TooLong,
    #[error("That password is one of the most common and easy to guess; choose another")]
    Common,
    #[error("Your password must not be your email address")]
    IsEmail,
    #[error("The passwords do not match; type the same password in both boxes")]
    Mismatch,
}

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;

    /// A new password, checked against the rules. Spaces are kept: they are part of passphrases.
    pub fn new(password: &str, email: Option<&str>) -> Result<Self, PasswordError> {
        let len = password.chars().count();
        if password.trim().is_empty() {
            return Err(PasswordError::Missing);
        }
        if len < Self::MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if len > Self::MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        let lower = password.to_lowercase();
        if COMMON_PASSWORDS.iter().any(|c| c.to_lowercase() == lower)
            || password
                .chars()
                .all(|c| c == password.chars().next().unwrap_or(c))
        {
            return Err(PasswordError::Common);
        }
        if email.is_some_and(|e| e.trim().eq_ignore_ascii_case(password.trim())) {
            return Err(PasswordError::IsEmail);
        }
        Ok(Self(password.to_owned()))
    }

    /// An entered password for signing in: not checked against the rules, only bounded.
    pub fn entered(password: &str) -> Option<Self> {
        (!password.is_empty() && password.chars().count() <= Self::MAX_CHARS)
            .then(|| Self(password.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What was typed on the registration form, except the passwords (never sent back).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationAnswers {
    pub email: String,
    pub rent_reference: String,
    pub postcode: String,
    /// The date of birth as day, month and year boxes (optional).
    pub date_of_birth: [String; 3],
    /// The phone number (optional).
    pub phone: String,
}

/// A registration that passed every check of its own (the tenancy match is the backend's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub email: Email,
    pub home: HomeClaim,
    pub password: Password,
}

/// The home an account asks to be linked to, with what may prove it (domain::linking).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeClaim {
    pub rent_reference: RentReference,
    pub postcode: Postcode,
    pub date_of_birth: Option<NaiveDate>,
    pub phone: Option<PhoneNumber>,
}

impl RegistrationAnswers {
    /// Parses the answers and passwords, or returns every field's problem in page order.
    pub fn parse(
        &self,
        password: &str,
        confirm: &str,
        today: NaiveDate,
    ) -> Result<Registration, Vec<FieldError>> {
        let email = Email::parse(&self.email).map_err(|e| vec![field_error(Field::Email, e)]);
        let home = parse_claim(
            &self.rent_reference,
            &self.postcode,
            &self.date_of_birth,
            &self.phone,
            today,
        );
        let password = Password::new(password, Some(&self.email))
            .map_err(|e| vec![field_error(Field::Password, e)]);
        let confirm = if password.is_ok()
            && confirm != password.as_ref().map(Password::expose).unwrap_or_default()
        {
            Err(vec![field_error(
                Field::ConfirmPassword,
                PasswordError::Mismatch,
            )])
        } else {
            Ok(())
        };
        match (email, home, password, confirm) {
            (Ok(email), Ok(home), Ok(password), Ok(())) => Ok(Registration {
                email,
                home,
                password,
            }),
            (email, home, password, confirm) => {
                Err([email.err(), home.err(), password.err(), confirm.err()]
                    .into_iter()
                    .flatten()
                    .flatten()
                    .collect())
            }
        }
    }
}

/// The home an account asks for: a rent reference and postcode, and optionally the date of
/// birth and phone number that can prove it at once (without them, a code is posted).
pub fn parse_claim(
    rent_reference: &str,
    postcode: &str,
    date_of_birth: &[String; 3],
    phone: &str,
    today: NaiveDate,
) -> Result<HomeClaim, Vec<FieldError>> {
    let reference =
        RentReference::parse(rent_reference).map_err(|e| field_error(Field::RentReference, e));
    let postcode = Postcode::parse(postcode).map_err(|e| field_error(Field::Postcode, e));
    let [day, month, year] = date_of_birth;
    let birth = if [day, month, year].iter().all(|v| v.trim().is_empty()) {
        Ok(None)
    } else {
        crate::filing::parse_date(day, month, year, today, "Date of birth")
            .map(Some)
            .map_err(|message| field_error(Field::DateOfBirth, message))
    };
    let phone = if phone.trim().is_empty() {
        Ok(None)
    } else {
        PhoneNumber::parse(phone)
            .map(Some)
            .map_err(|e| field_error(Field::Phone, e))
    };
    match (reference, postcode, birth, phone) {
        (Ok(rent_reference), Ok(postcode), Ok(date_of_birth), Ok(phone)) => Ok(HomeClaim {
            rent_reference,
            postcode,
            date_of_birth,
            phone,
        }),
        (r, p, b, n) => Err([r.err(), p.err(), b.err(), n.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

/// A new password and its confirmation (password reset).
pub fn parse_new_password(password: &str, confirm: &str) -> Result<Password, Vec<FieldError>> {
    let password =
        Password::new(password, None).map_err(|e| vec![field_error(Field::Password, e)])?;
    if confirm != password.expose() {
        return Err(vec![field_error(
            Field::ConfirmPassword,
            PasswordError::Mismatch,
        )]);
    }
    Ok(password)
}

/// Sign-in: the email must look like one; the password is only checked against its hash.
pub fn parse_sign_in(email: &str, password: &str) -> Result<(Email, Password), Vec<FieldError>> {
    let email = Email::parse(email).map_err(|e| field_error(Field::Email, e));
    let password = Password::entered(password)
        .ok_or_else(|| field_error(Field::Password, PasswordError::Missing));
    match (email, password) {
        (Ok(e), Ok(p)) => Ok((e, p)),
        (e, p) => Err([e.err(), p.err()].into_iter().flatten().collect()),
    }
}

/// Registering to act for residents: an email address, a name and a password, no tenancy.
pub fn parse_representative(
    email: &str,
    name: &str,
    password: &str,
    confirm: &str,
) -> Result<(Email, crate::preferences::PersonName, Password), Vec<FieldError>> {
    let parsed_email = Email::parse(email).map_err(|e| field_error(Field::Email, e));
    let parsed_name = crate::preferences::parse_name(name).map_err(|mut e| e.remove(0));
    let password =
        Password::new(password, Some(email)).map_err(|e| field_error(Field::Password, e));
    let confirm = match &password {
        Ok(p) if p.expose() != confirm => {
            Err(field_error(Field::ConfirmPassword, PasswordError::Mismatch))
        }
        _ => Ok(()),
    };
    match (parsed_email, parsed_name, password, confirm) {
        (Ok(e), Ok(n), Ok(p), Ok(())) => Ok((e, n, p)),
        (e, n, p, c) => Err([e.err(), n.err(), p.err(), c.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

/// `path` if it is a page of this site to go back to after signing in (never another site).
pub fn local_page(path: &str) -> Option<&str> {
    let plain = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '?' | '=' | '&'));
    (plain && path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_page_of_this_site_is_returned_to_after_signing_in() {
        assert_eq!(
            local_page("/complaint/new/details"),
            Some("/complaint/new/details")
        );
        assert_eq!(local_page("/account"), Some("/account"));
        assert_eq!(
            local_page("/invitation?token=a-b_C"),
            Some("/invitation?token=a-b_C")
        );
        for elsewhere in [
            "",
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/a:b",
            "account",
            "/a b",
            "/%2F/evil.example",
        ] {
            assert_eq!(local_page(elsewhere), None, "{elsewhere}");
        }
    }

    #[test]
    fn a_representative_registers_without_a_tenancy() {
        assert!(parse_representative(
            "jo@example.org",
            "Jo Lee",
            "a long passphrase",
            "a long passphrase"
        )
        .is_ok());
        let errors = parse_representative("jo@", " ", "short", "short").unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            [Field::Email, Field::Name, Field::Password]
        );
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).expect("date")
    }

    fn no_birth() -> [String; 3] {
        Default::default()
    }

    #[test]
    fn a_home_needs_its_reference_and_postcode_and_may_add_a_birth_date_and_phone() {
        let claim = parse_claim("1001 2345", "bb11 2ed", &no_birth(), "", today()).expect("valid");
        assert_eq!((claim.date_of_birth, claim.phone), (None, None));
        let birth = ["2".to_owned(), "4".to_owned(), "1980".to_owned()];
        let claim =
            parse_claim("10012345", "BB11 2ED", &birth, "07700 900123", today()).expect("valid");
        assert_eq!(claim.date_of_birth, NaiveDate::from_ymd_opt(1980, 4, 2));
        assert_eq!(
            claim.phone.map(|p| p.to_string()),
            Some("07700900123".into())
        );
        let half = ["2".to_owned(), String::new(), "1980".to_owned()];
        let errors = parse_claim("", "nowhere", &half, "call me", today()).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            [
                Field::RentReference,
                Field::Postcode,
                Field::DateOfBirth,
                Field::Phone
            ]
        );
        assert_eq!(errors[2].message, "Date of birth must include a month");
        assert_eq!(Field::DateOfBirth.id(), "dob_day");
    }

    fn answers(email: &str, reference: &str, postcode: &str) -> RegistrationAnswers {
        RegistrationAnswers {
            email: email.into(),
            rent_reference: reference.into(),
            postcode: postcode.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_registration_parses_and_normalises() {
        let r = answers(" alex@example.com ", "1001 2345", "bb11 2ed")
            .parse("correct horse battery", "correct horse battery", today())
            .expect("valid");
        assert_eq!(
            (
                r.email.as_str(),
                r.home.rent_reference.as_str(),
                r.home.postcode.as_str()
            ),
            ("alex@example.com", "10012345", "BB11 2ED")
        );
    }

    #[test]
    fn every_problem_is_reported_in_page_order() {
        let errors = answers("alex", "", "nowhere")
            .parse("short", "short", today())
            .expect_err("invalid");
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                Field::Email,
                Field::RentReference,
                Field::Postcode,
                Field::Password
            ]
        );
        assert_eq!(errors[1].message, "Enter your rent reference");
        assert_eq!(
            errors[3].message,
            "Your password must be 10 characters or more"
        );
    }

    #[test]
    fn password_rules() {
        assert_eq!(
            Password::new("          ", None),
            Err(PasswordError::Missing)
        );
        assert_eq!(
            Password::new("Password123", None),
            Err(PasswordError::Common)
        );
        assert_eq!(
            Password::new("zzzzzzzzzzzzzz", None),
            Err(PasswordError::Common)
        );
        assert_eq!(
            Password::new("alex@example.com", Some("alex@example.com")),
            Err(PasswordError::IsEmail)
        );
        assert!(
            Password::new(&"long passphrase ".repeat(16), None).is_ok(),
            "256 characters is fine"
        );
        assert_eq!(
            Password::new(&"x1".repeat(129), None),
            Err(PasswordError::TooLong)
        );
        assert_eq!(
            format!("{:?}", Password::new("correct horse battery", None)),
            "Ok(Password(..))"
        );
        let mismatch = answers("a@b.co", "10012345", "BB11 2ED")
            .parse("correct horse battery", "correct horse", today())
            .expect_err("mismatch");
        assert_eq!(
            mismatch,
            vec![FieldError {
                field: Field::ConfirmPassword,
                message: PasswordError::Mismatch.to_string()
            }]
        );
    }

    #[test]
    fn a_new_password_follows_the_rules_and_must_be_typed_twice() {
        assert!(parse_new_password("a brand new passphrase", "a brand new passphrase").is_ok());
        assert_eq!(
            parse_new_password("short", "short").expect_err("short")[0].field,
            Field::Password
        );
        assert_eq!(
            parse_new_password("a brand new passphrase", "a brand new").expect_err("mismatch")[0]
                .field,
            Field::ConfirmPassword
        );
    }

    #[test]
    fn sign_in_only_needs_something_that_looks_like_an_email_and_a_password() {
        assert!(parse_sign_in("alex@example.com", "whatever").is_ok());
        let errors = parse_sign_in("", "").expect_err("empty");
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            vec![Field::Email, Field::Password]
        );
    }
}
