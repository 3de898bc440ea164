//! Finding a complaint in the console: one box that takes a complaint reference, a name, part
//! of an address or a rent reference, typed the way a caller reads it out.

use serde::{Deserialize, Serialize};

/// The most a search may hold, in characters.
pub const SEARCH_MAX: usize = 100;

/// What a colleague typed in the console's search box, tidied: outer spaces gone, inner runs of
/// spaces made one. (The database matches it ignoring case.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueSearch(String);

/// Why a search cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    #[error("The search box takes up to {SEARCH_MAX} characters: shorten it to a name, a reference or part of an address.")]
    TooLong,
    #[error("The search box takes letters, numbers and punctuation only: take out any line breaks or tabs.")]
    ControlCharacter,
}

impl QueueSearch {
    /// `None` for an empty box.
    pub fn parse(input: &str) -> Result<Option<Self>, SearchError> {
        if input.chars().any(char::is_control) {
            return Err(SearchError::ControlCharacter);
        }
        let words: Vec<&str> = input.split_whitespace().collect();
        if words.is_empty() {
            return Ok(None);
        }
        let text = words.join(" ");
        if text.chars().count() > SEARCH_MAX {
            return Err(SearchError::TooLong);
        }
        Ok(Some(Self(text)))
    }

    /// The search as typed (tidied), to show back in the box.
    pub fn text(&self) -> &str {
        &self.0
    }

    /// The search without spaces, dashes or slashes, as rent references are stored
    /// ("ab-12 345" finds `AB12345`); `None` when nothing is left.
    pub fn compact(&self) -> Option<String> {
        let compact: String = self
            .0
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '/'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        (!compact.is_empty()).then_some(compact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_empty_box_is_no_search() {
        assert_eq!(QueueSearch::parse(""), Ok(None));
        assert_eq!(QueueSearch::parse("   "), Ok(None));
    }

    #[test]
    fn spaces_are_tidied_and_case_ignored() {
        let search = QueueSearch::parse("  14  Croft   street ")
            .unwrap()
            .unwrap();
        assert_eq!(search.text(), "14 Croft street");
        assert_eq!(search.compact().as_deref(), Some("14CROFTSTREET"));
    }

    #[test]
    fn a_rent_reference_read_out_with_dashes_is_compacted() {
        let search = QueueSearch::parse("ab-12 345/6").unwrap().unwrap();
        assert_eq!(search.compact().as_deref(), Some("AB123456"));
        assert_eq!(QueueSearch::parse("- /").unwrap().unwrap().compact(), None);
    }

    #[test]
    fn too_long_or_a_line_break_is_refused_with_how_to_fix_it() {
        assert_eq!(
            QueueSearch::parse(&"a".repeat(SEARCH_MAX + 1)),
            Err(SearchError::TooLong)
        );
        assert!(QueueSearch::parse(&"a".repeat(SEARCH_MAX)).is_ok());
        assert_eq!(
            QueueSearch::parse("Smith\nBcc: x"),
            Err(SearchError::ControlCharacter)
        );
        assert!(SearchError::TooLong.to_string().contains("up to 100"));
    }

    proptest! {
        #[test]
        fn a_tidied_search_parses_to_itself(input in "\\PC{0,120}") {
            if let Ok(Some(search)) = QueueSearch::parse(&input) {
                prop_assert_eq!(QueueSearch::parse(search.text()), Ok(Some(search.clone())));
                prop_assert!(search.text().chars().count() <= SEARCH_MAX);
                prop_assert!(!search.text().starts_with(' ') && !search.text().ends_with(' '));
            }
        }
    }
}
