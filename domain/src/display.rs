//! How a person wants the pages shown: larger text and higher contrast, chosen on any page
//! without JavaScript and remembered (a cookie on the device; for a signed-in account, the
//! account too, so it follows them to the next device they sign in on). The browser's own
//! settings (`prefers-contrast`, forced colours, reduced motion, zoom) are honoured by the
//! stylesheet whatever is chosen here.

use serde::{Deserialize, Serialize};

use crate::forms::{field_error, Field, FieldError};

/// The size of the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Standard,
    /// A quarter larger.
    Larger,
    /// Half as large again.
    Largest,
}

impl TextSize {
    pub const ALL: [Self; 3] = [Self::Standard, Self::Larger, Self::Largest];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Standard => "Standard",
            Self::Larger => "Larger",
            Self::Largest => "Largest",
        }
    }
}

/// The colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contrast {
    #[default]
    Standard,
    /// Black on white, every line and edge drawn in black, links underlined in dark blue.
    High,
}

impl Contrast {
    pub const ALL: [Self; 2] = [Self::Standard, Self::High];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Standard => "Standard colours",
            Self::High => "High contrast: black on white",
        }
    }
}

/// The display options chosen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Display {
    pub text: TextSize,
    pub contrast: Contrast,
}

impl Display {
    /// As stored in the cookie and on the account: `larger.high`.
    pub fn code(self) -> String {
        format!("{}.{}", self.text.code(), self.contrast.code())
    }

    /// From a cookie or the account; anything unreadable is the standard display.
    pub fn from_code(code: &str) -> Self {
        let (text, contrast) = code.split_once('.').unwrap_or((code, ""));
        Self {
            text: TextSize::from_code(text).unwrap_or_default(),
            contrast: Contrast::from_code(contrast).unwrap_or_default(),
        }
    }

    /// Whether anything differs from the standard display.
    pub fn is_standard(self) -> bool {
        self == Self::default()
    }

    /// The classes on `<html>` that the stylesheet draws it with: empty for the standard.
    pub fn classes(self) -> String {
        let mut classes = Vec::new();
        match self.text {
            TextSize::Standard => {}
            TextSize::Larger => classes.push("text-larger"),
            TextSize::Largest => classes.push("text-largest"),
        }
        if self.contrast == Contrast::High {
            classes.push("contrast-high");
        }
        classes.join(" ")
    }

    /// The form's answers (`text`, `contrast`), or what to fix.
    pub fn parse(text: &str, contrast: &str) -> Result<Self, Vec<FieldError>> {
        let text_size = TextSize::from_code(text.trim());
        let colours = Contrast::from_code(contrast.trim());
        let mut errors = Vec::new();
        if text_size.is_none() {
            errors.push(field_error(Field::TextSize, "Select a text size"));
        }
        if colours.is_none() {
            errors.push(field_error(Field::Contrast, "Select the colours"));
        }
        match (text_size, colours) {
            (Some(text), Some(contrast)) => Ok(Self { text, contrast }),
            _ => Err(errors),
        }
    }

    /// What the page says once it is saved.
    pub fn saved_words(self) -> String {
        if self.is_standard() {
            "Pages are shown with the standard text size and colours.".into()
        } else {
            format!(
                "Pages are shown with {} text and {}.",
                self.text.label().to_lowercase(),
                match self.contrast {
                    Contrast::Standard => "the standard colours",
                    Contrast::High => "high contrast",
                }
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_option_has_its_own_code() {
        crate::codes::round_trips(&TextSize::ALL).unwrap();
        crate::codes::round_trips(&Contrast::ALL).unwrap();
    }

    #[test]
    fn the_display_is_drawn_by_classes_and_said_in_words() {
        let d = Display::parse("largest", "high").unwrap();
        assert_eq!(d.code(), "largest.high");
        assert_eq!(d.classes(), "text-largest contrast-high");
        assert_eq!(
            d.saved_words(),
            "Pages are shown with largest text and high contrast."
        );
        assert_eq!(Display::default().classes(), "");
        assert_eq!(
            Display::default().saved_words(),
            "Pages are shown with the standard text size and colours."
        );
        let errors = Display::parse("huge", "").unwrap_err();
        assert_eq!(
            errors
                .iter()
                .map(|e| (e.field, e.message.as_str()))
                .collect::<Vec<_>>(),
            [
                (Field::TextSize, "Select a text size"),
                (Field::Contrast, "Select the colours")
            ]
        );
    }

    proptest! {
        /// Whatever a cookie holds, it reads as some display, never an error; every display
        /// reads back from its own code.
        #[test]
        fn any_cookie_reads_as_a_display(text in ".{0,30}") {
            let d = Display::from_code(&text);
            prop_assert_eq!(Display::from_code(&d.code()), d);
            prop_assert!(d.classes().split(' ').all(|c| c.is_empty() || c.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        }

        #[test]
        fn every_display_round_trips(t in 0usize..3, c in 0usize..2) {
            let d = Display { text: TextSize::ALL[t], contrast: Contrast::ALL[c] };
            prop_assert_eq!(Display::from_code(&d.code()), d);
            prop_assert_eq!(Display::parse(d.text.code(), d.contrast.code()), Ok(d));
        }
    }
}
