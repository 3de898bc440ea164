//! What each response found, for the resident and for the landlord's reports: whether the
//! complaint is upheld, and what it was about as one or more categories (repairs, damp and
//! mould, …). The categories are data administrators extend (`backend::categories`); each has
//! a code made from its name when it is added, and is retired rather than removed, so that
//! every past response keeps its meaning.

use serde::{Deserialize, Serialize};

use crate::forms::{field_error, Field, FieldError};

/// What a response found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Outcome {
    /// The landlord got it wrong, as the resident said.
    Upheld,
    /// Some of it was upheld.
    PartlyUpheld,
    /// The landlord did what it should have.
    NotUpheld,
}

impl Outcome {
    pub const ALL: [Self; 3] = [Self::Upheld, Self::PartlyUpheld, Self::NotUpheld];

    /// The stored code and form value.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// For the console and reports: "Partly upheld".
    pub fn label(self) -> &'static str {
        match self {
            Self::Upheld => "Upheld",
            Self::PartlyUpheld => "Partly upheld",
            Self::NotUpheld => "Not upheld",
        }
    }

    /// For the resident, in a sentence: "we partly uphold your complaint".
    pub fn finding(self) -> &'static str {
        match self {
            Self::Upheld => "we uphold your complaint",
            Self::PartlyUpheld => "we uphold part of your complaint",
            Self::NotUpheld => "we do not uphold your complaint",
        }
    }
}

/// The longest name a category may have.
pub const CATEGORY_NAME_MAX: usize = 60;

/// A category a response may be filed under, as administrators named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Made from the name when it was added: `damp_and_mould`.
    pub code: String,
    /// "Damp and mould".
    pub name: String,
    /// Retired categories are kept for past responses but not offered for new ones.
    pub retired: bool,
}

/// A new category's name as typed, checked: its code and its name.
pub fn new_category(name: &str, existing: &[Category]) -> Result<Category, FieldError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let refuse = |message: String| field_error(Field::Name, message);
    if name.is_empty() {
        return Err(refuse(
            "Enter the category's name, like Damp and mould".into(),
        ));
    }
    let length = name.chars().count();
    if length > CATEGORY_NAME_MAX {
        return Err(refuse(format!(
            "The name must be {CATEGORY_NAME_MAX} characters or fewer; it has {length}. Shorten it."
        )));
    }
    let code = category_code(&name);
    if code.is_empty() {
        return Err(refuse(
            "The name must have at least one letter or number, like Damp and mould".into(),
        ));
    }
    if let Some(same) = existing
        .iter()
        .find(|c| c.code == code || c.name.to_lowercase() == name.to_lowercase())
    {
        let retired = if same.retired {
            " It is retired: restore it instead."
        } else {
            ""
        };
        return Err(refuse(format!(
            "There is already a category called {}.{retired}",
            same.name
        )));
    }
    Ok(Category {
        code,
        name,
        retired: false,
    })
}

/// The code of a category's name: its letters and numbers in lower case (in any script), each
/// run joined by `_` ("Anti-social behaviour" is `anti_social_behaviour`, "Café" `café`).
pub fn category_code(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// The categories chosen for a response, checked against those on offer: at least one, each
/// one offered (live), none twice.
pub fn chosen_categories(
    chosen: &[String],
    offered: &[Category],
) -> Result<Vec<String>, FieldError> {
    let mut codes: Vec<String> = Vec::new();
    for code in chosen.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        if !offered.iter().any(|c| c.code == code && !c.retired) {
            return Err(field_error(
                Field::Categories,
                format!("There is no category {code:?} to choose now: choose from the list"),
            ));
        }
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
    }
    if codes.is_empty() {
        return Err(field_error(
            Field::Categories,
            "Select at least one category the complaint is about",
        ));
    }
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn category(code: &str, name: &str, retired: bool) -> Category {
        Category {
            code: code.into(),
            name: name.into(),
            retired,
        }
    }

    #[test]
    fn outcomes_have_codes_labels_and_a_sentence_for_the_resident() {
        assert_eq!(crate::codes::round_trips(&Outcome::ALL), Ok(()));
        assert_eq!(Outcome::PartlyUpheld.code(), "partly_upheld");
        assert_eq!(Outcome::NotUpheld.label(), "Not upheld");
        assert_eq!(
            Outcome::PartlyUpheld.finding(),
            "we uphold part of your complaint"
        );
    }

    #[test]
    fn a_category_gets_its_code_from_its_name_and_is_never_added_twice() {
        let existing = [
            category("repairs", "Repairs", false),
            category("noise", "Noise", true),
        ];
        let added = new_category("  Anti-social   behaviour ", &existing).expect("adds");
        assert_eq!(
            added,
            category("anti_social_behaviour", "Anti-social behaviour", false)
        );
        assert_eq!(
            new_category("REPAIRS", &existing)
                .expect_err("twice")
                .message,
            "There is already a category called Repairs."
        );
        assert_eq!(
            new_category("noise", &existing)
                .expect_err("retired")
                .message,
            "There is already a category called Noise. It is retired: restore it instead."
        );
        assert_eq!(
            new_category(" ", &existing).expect_err("empty").message,
            "Enter the category's name, like Damp and mould"
        );
        assert!(new_category("--", &existing).is_err());
        assert_eq!(
            new_category("Café", &existing).expect("any script").code,
            "café"
        );
        assert!(new_category(&"x".repeat(61), &existing).is_err());
    }

    #[test]
    fn a_response_is_filed_under_one_or_more_live_categories() {
        let offered = [
            category("repairs", "Repairs", false),
            category("noise", "Noise", true),
            category("communication", "Communication", false),
        ];
        let chosen = |codes: &[&str]| {
            chosen_categories(
                &codes.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>(),
                &offered,
            )
        };
        assert_eq!(
            chosen(&["communication", "repairs", "communication"]),
            Ok(vec!["communication".into(), "repairs".into()])
        );
        assert_eq!(
            chosen(&[]).expect_err("none").message,
            "Select at least one category the complaint is about"
        );
        assert!(chosen(&["noise"]).is_err(), "retired");
        assert!(chosen(&["rent"]).is_err(), "unknown");
    }

    proptest! {
        /// A code is letters and numbers joined by single `_`, and the same name in either case
        /// gives the same code.
        #[test]
        fn every_code_is_words_joined_by_underscores(name in "[ -~]{0,80}", other in "\\PC{0,20}") {
            let code = category_code(&name);
            prop_assert!(code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
            let any = category_code(&other);
            prop_assert!(any.chars().all(|c| c.is_alphanumeric() || c == '_'));
            prop_assert!(!any.starts_with('_') && !any.ends_with('_') && !any.contains("__"));
            prop_assert!(!code.starts_with('_') && !code.ends_with('_') && !code.contains("__"));
            prop_assert_eq!(category_code(&name.to_uppercase()), category_code(&name.to_lowercase()));
        }
    }
}
