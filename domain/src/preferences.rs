//! How a resident wants to be contacted and the support they need [policy 2024 §4, §11; care
//! policy 2014 App. 1]: recorded on the account, offered again (and changeable) on every
//! complaint, and used for every letter and call.

use serde::{Deserialize, Serialize};

use crate::forms::{field_error, Field, FieldError};
use crate::values::{LineText, OptionalText, PhoneNumber};

/// How the resident would like to hear from the landlord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ContactMethod {
    #[default]
    Email,
    Phone,
    Letter,
}

impl ContactMethod {
    pub const ALL: [Self; 3] = [Self::Email, Self::Phone, Self::Letter];

    /// The form value and the stored code.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// As offered on the form.
    pub fn label(self) -> &'static str {
        match self {
            Self::Email => "Email",
            Self::Phone => "Phone call",
            Self::Letter => "Letter by post",
        }
    }
}

/// A format other than standard print [care policy 2014 App. 1 §6].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AltFormat {
    LargePrint,
    Audio,
    Braille,
}

impl AltFormat {
    pub const ALL: [Self; 3] = [Self::LargePrint, Self::Audio, Self::Braille];

    /// The checkbox name and the stored code.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::LargePrint => "Large print",
            Self::Audio => "Audio",
            Self::Braille => "Braille",
        }
    }
}

/// The longest name, times to call, language, and adjustments, in characters.
pub const NAME_MAX: usize = 100;
pub const CALL_TIMES_MAX: usize = 200;
pub const LANGUAGE_MAX: usize = 60;
pub const ADJUSTMENTS_MAX: usize = 2000;

/// A resident's checked contact preferences and support needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub contact_method: ContactMethod,
    pub phone: Option<PhoneNumber>,
    pub call_times: OptionalText<CALL_TIMES_MAX>,
    pub formats: Vec<AltFormat>,
    /// A language other than English, if the resident would like one.
    pub language: OptionalText<LANGUAGE_MAX>,
    /// Whether calls and meetings need an interpreter (Language Line) in that language.
    pub interpreter: bool,
    /// Reasonable adjustments, in the resident's words.
    pub adjustments: OptionalText<ADJUSTMENTS_MAX>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            contact_method: ContactMethod::Email,
            phone: None,
            call_times: OptionalText::default(),
            formats: Vec::new(),
            language: OptionalText::default(),
            interpreter: false,
            adjustments: OptionalText::default(),
        }
    }
}

impl Preferences {
    /// Whether anything beyond "email me in English" was asked for.
    pub fn has_support_needs(&self) -> bool {
        !self.formats.is_empty()
            || !self.language.is_empty()
            || self.interpreter
            || !self.adjustments.is_empty()
    }

    /// The answers that would show these preferences on the form.
    pub fn answers(&self) -> PreferenceAnswers {
        PreferenceAnswers {
            contact_method: self.contact_method.code().to_owned(),
            phone: self
                .phone
                .as_ref()
                .map(PhoneNumber::grouped)
                .unwrap_or_default(),
            call_times: self.call_times.as_str().to_owned(),
            formats: self.formats.iter().map(|f| f.code().to_owned()).collect(),
            language: self.language.as_str().to_owned(),
            interpreter: self.interpreter,
            adjustments: self.adjustments.as_str().to_owned(),
        }
    }
}

/// What was typed on a preferences form (the account page, or a complaint's support page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferenceAnswers {
    pub contact_method: String,
    pub phone: String,
    pub call_times: String,
    /// The codes of the ticked formats ([`AltFormat::code`]).
    pub formats: Vec<String>,
    pub language: String,
    pub interpreter: bool,
    pub adjustments: String,
}

impl PreferenceAnswers {
    /// Sets the answer named `name` (a form field's name; a ticked format or interpreter box
    /// sends "true"); `false` when there is none.
    pub fn answer(&mut self, name: &str, value: &str) -> bool {
        let ticked = value == "true" || value == "on";
        match name {
            "contact_method" => self.contact_method = value.to_owned(),
            "phone" => self.phone = value.to_owned(),
            "call_times" => self.call_times = value.to_owned(),
            "language" => self.language = value.to_owned(),
            "adjustments" => self.adjustments = value.to_owned(),
            "interpreter" => self.interpreter = ticked,
            _ => match AltFormat::ALL.iter().find(|f| f.code() == name) {
                Some(format) => {
                    let code = format.code().to_owned();
                    self.formats.retain(|f| *f != code);
                    if ticked {
                        self.formats.push(code);
                    }
                }
                None => return false,
            },
        }
        true
    }

    /// Parses the answers, or returns every field's problem in page order.
    pub fn parse(&self) -> Result<Preferences, Vec<FieldError>> {
        let mut errors = Vec::new();
        let contact_method = ContactMethod::from_code(self.contact_method.trim());
        if contact_method.is_none() {
            errors.push(field_error(
                Field::ContactMethod,
                "Select how you would like us to contact you",
            ));
        }
        let phone = if self.phone.trim().is_empty() {
            if contact_method == Some(ContactMethod::Phone) {
                errors.push(field_error(
                    Field::Phone,
                    "Enter a phone number, so we can call you",
                ));
            }
            None
        } else {
            PhoneNumber::parse(&self.phone)
                .map_err(|e| errors.push(field_error(Field::Phone, e)))
                .ok()
        };
        let call_times = OptionalText::parse(&self.call_times, "Times to call")
            .map_err(|e| errors.push(field_error(Field::CallTimes, e)))
            .ok();
        let mut formats: Vec<AltFormat> = self
            .formats
            .iter()
            .filter_map(|code| AltFormat::from_code(code))
            .collect();
        formats.sort();
        formats.dedup();
        let language = OptionalText::parse(&self.language, "The language")
            .map_err(|e| errors.push(field_error(Field::Language, e)))
            .ok();
        if self.interpreter && language.as_ref().is_some_and(OptionalText::is_empty) {
            errors.push(field_error(
                Field::Language,
                "Enter the language you need an interpreter for",
            ));
        }
        let adjustments = OptionalText::parse(&self.adjustments, "Adjustments")
            .map_err(|e| errors.push(field_error(Field::Adjustments, e)))
            .ok();
        match (contact_method, call_times, language, adjustments) {
            (Some(contact_method), Some(call_times), Some(language), Some(adjustments))
                if errors.is_empty() =>
            {
                Ok(Preferences {
                    contact_method,
                    phone,
                    call_times,
                    formats,
                    language,
                    interpreter: self.interpreter,
                    adjustments,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A person's name as they want it written on letters.
pub type PersonName = LineText<NAME_MAX>;

/// Parses a name typed into the "Your name" field.
pub fn parse_name(input: &str) -> Result<PersonName, Vec<FieldError>> {
    PersonName::parse(input, "Your name", "your name")
        .map_err(|e| vec![field_error(Field::Name, e)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn answers(method: &str) -> PreferenceAnswers {
        PreferenceAnswers {
            contact_method: method.into(),
            ..PreferenceAnswers::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    #[test]
    fn email_with_nothing_else_is_the_plainest_choice() {
        let prefs = answers("email").parse().unwrap();
        assert_eq!(prefs, Preferences::default());
        assert!(!prefs.has_support_needs());
    }

    #[test]
    fn a_contact_method_must_be_chosen() {
        let errors = answers("").parse().unwrap_err();
        assert_eq!(fields(&errors), [Field::ContactMethod]);
        assert_eq!(
            errors[0].message,
            "Select how you would like us to contact you"
        );
        assert!(answers("pigeon").parse().is_err());
    }

    #[test]
    fn phone_calls_need_a_number_and_any_number_given_must_be_real() {
        let errors = answers("phone").parse().unwrap_err();
        assert_eq!(fields(&errors), [Field::Phone]);
        let mut a = answers("phone");
        a.phone = "07700 900 982".into();
        assert_eq!(a.parse().unwrap().phone.unwrap().as_str(), "07700900982");
        let mut a = answers("letter");
        a.phone = "call me".into();
        assert_eq!(fields(&a.parse().unwrap_err()), [Field::Phone]);
    }

    #[test]
    fn an_interpreter_needs_a_language() {
        let mut a = answers("phone");
        a.phone = "01282 686300".into();
        a.interpreter = true;
        assert_eq!(fields(&a.parse().unwrap_err()), [Field::Language]);
        a.language = "Urdu".into();
        let prefs = a.parse().unwrap();
        assert!(prefs.interpreter && prefs.has_support_needs());
    }

    #[test]
    fn every_problem_is_reported_at_once_in_page_order() {
        let a = PreferenceAnswers {
            contact_method: String::new(),
            phone: "12".into(),
            call_times: "x".repeat(CALL_TIMES_MAX + 1),
            formats: vec![],
            language: String::new(),
            interpreter: true,
            adjustments: "y".repeat(ADJUSTMENTS_MAX + 1),
        };
        assert_eq!(
            fields(&a.parse().unwrap_err()),
            [
                Field::ContactMethod,
                Field::Phone,
                Field::CallTimes,
                Field::Language,
                Field::Adjustments
            ]
        );
    }

    #[test]
    fn formats_are_kept_once_each_in_a_fixed_order_and_unknown_ones_dropped() {
        let mut a = answers("letter");
        a.formats = vec![
            "braille".into(),
            "large_print".into(),
            "braille".into(),
            "smoke".into(),
        ];
        assert_eq!(
            a.parse().unwrap().formats,
            [AltFormat::LargePrint, AltFormat::Braille]
        );
    }

    #[test]
    fn a_name_is_required_and_bounded() {
        assert_eq!(
            parse_name("  Alex Morgan ").unwrap().as_str(),
            "Alex Morgan"
        );
        assert_eq!(parse_name(" ").unwrap_err()[0].message, "Enter your name");
        assert!(parse_name(&"n".repeat(NAME_MAX + 1)).is_err());
    }

    proptest! {
        #[test]
        fn valid_preferences_survive_a_round_trip_through_the_form(
            method in 0usize..3,
            formats in proptest::collection::vec(0usize..3, 0..4),
            interpreter: bool,
            call_times in "[a-z ]{0,40}",
            adjustments in "\\PC{0,80}",
        ) {
            let prefs = PreferenceAnswers {
                contact_method: ContactMethod::ALL[method].code().into(),
                phone: "01282 686300".into(),
                call_times,
                formats: formats.iter().map(|&i| AltFormat::ALL[i].code().into()).collect(),
                language: if interpreter { "Polish".into() } else { String::new() },
                interpreter,
                adjustments,
            }
            .parse()
            .unwrap();
            prop_assert_eq!(prefs.answers().parse().unwrap(), prefs);
        }
    }
}
