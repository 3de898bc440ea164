//! Registration and sign-in forms: what a person typed, parsed into valid values or returned
//! with a message beside each field that says how to fix it. The same code runs on the server
//! (which decides) and in the browser (which answers at once).

use serde::{Deserialize, Serialize};

use crate::forms::field_error;
pub use crate::forms::{Field, FieldError};
use crate::values::{Email, Postcode, RentReference};

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
}

/// A registration that passed every check of its own (the tenancy match is the backend's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub email: Email,
    pub rent_reference: RentReference,
    pub postcode: Postcode,
    pub password: Password,
}

impl RegistrationAnswers {
    /// Parses the answers and passwords, or returns every field's problem in page order.
    pub fn parse(&self, password: &str, confirm: &str) -> Result<Registration, Vec<FieldError>> {
        let email = Email::parse(&self.email).map_err(|e| field_error(Field::Email, e));
        let rent_reference = RentReference::parse(&self.rent_reference)
            .map_err(|e| field_error(Field::RentReference, e));
        let postcode = Postcode::parse(&self.postcode).map_err(|e| field_error(Field::Postcode, e));
        let password =
            Password::new(password, Some(&self.email)).map_err(|e| field_error(Field::Password, e));
        let confirm = if password.is_ok()
            && confirm != password.as_ref().map(Password::expose).unwrap_or_default()
        {
            Err(field_error(Field::ConfirmPassword, PasswordError::Mismatch))
        } else {
            Ok(())
        };
        match (email, rent_reference, postcode, password, confirm) {
            (Ok(email), Ok(rent_reference), Ok(postcode), Ok(password), Ok(())) => {
                Ok(Registration {
                    email,
                    rent_reference,
                    postcode,
                    password,
                })
            }
            (email, rent_reference, postcode, password, confirm) => Err([
                email.err(),
                rent_reference.err(),
                postcode.err(),
                password.err(),
                confirm.err(),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
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

/// Moving home: a rent reference and postcode, checked as at registration.
pub fn parse_home(
    rent_reference: &str,
    postcode: &str,
) -> Result<(RentReference, Postcode), Vec<FieldError>> {
    let reference =
        RentReference::parse(rent_reference).map_err(|e| field_error(Field::RentReference, e));
    let postcode = Postcode::parse(postcode).map_err(|e| field_error(Field::Postcode, e));
    match (reference, postcode) {
        (Ok(r), Ok(p)) => Ok((r, p)),
        (r, p) => Err([r.err(), p.err()].into_iter().flatten().collect()),
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

    #[test]
    fn moving_home_reports_both_fields_at_once() {
        assert!(parse_home("1001 2345", "bb11 2ed").is_ok());
        let errors = parse_home("", "nowhere").unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            [Field::RentReference, Field::Postcode]
        );
    }

    fn answers(email: &str, reference: &str, postcode: &str) -> RegistrationAnswers {
        RegistrationAnswers {
            email: email.into(),
            rent_reference: reference.into(),
            postcode: postcode.into(),
        }
    }

    #[test]
    fn a_good_registration_parses_and_normalises() {
        let r = answers(" alex@example.com ", "1001 2345", "bb11 2ed")
            .parse("correct horse battery", "correct horse battery")
            .expect("valid");
        assert_eq!(
            (
                r.email.as_str(),
                r.rent_reference.as_str(),
                r.postcode.as_str()
            ),
            ("alex@example.com", "10012345", "BB11 2ED")
        );
    }

    #[test]
    fn every_problem_is_reported_in_page_order() {
        let errors = answers("alex", "", "nowhere")
            .parse("short", "short")
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
            .parse("correct horse battery", "correct horse")
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
