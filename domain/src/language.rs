//! The languages the resident pages are written in, and which one a page is shown in.
//!
//! A first visit follows the browser's `Accept-Language`. Once someone picks a language (on any
//! page) it is kept on the device (a cookie), and for someone signed in, as their account's
//! language, so it comes with them to the next device they sign in on, and their letters
//! follow it too (`crate::letters`).

use serde::{Deserialize, Serialize};

/// A language the resident pages are translated into.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    English,
    /// Written right to left.
    Urdu,
    Polish,
}

impl Language {
    /// Every language, in the order they are offered.
    pub const ALL: [Self; 3] = [Self::English, Self::Urdu, Self::Polish];

    /// Its code: the folder its translations are in (`app/locales/<code>`), the value of the
    /// language cookie and of the switch's buttons.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Urdu => "ur",
            Self::Polish => "pl",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The tag on `<html lang>` (BCP 47): British English, Urdu, Polish.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en-GB",
            Self::Urdu => "ur",
            Self::Polish => "pl",
        }
    }

    /// Whether it is written right to left.
    pub fn right_to_left(self) -> bool {
        self == Self::Urdu
    }

    /// The value of `<html dir>`.
    pub fn direction(self) -> &'static str {
        if self.right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Its name in itself, as the switch offers it: a reader who cannot read the page's
    /// language can still find their own.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Urdu => "اردو",
            Self::Polish => "Polski",
        }
    }

    /// Its name in English, as kept on the account (the preferences' "language") and shown
    /// to colleagues.
    pub fn english_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Urdu => "Urdu",
            Self::Polish => "Polish",
        }
    }

    /// The language a resident wrote as their preference ("Urdu", "urdu ", "اردو", "Polski"),
    /// if the pages are translated into it. An empty preference is English.
    pub fn from_preference(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() {
            return Some(Self::English);
        }
        Self::ALL.into_iter().find(|l| {
            text.eq_ignore_ascii_case(l.english_name())
                || text.eq_ignore_ascii_case(l.endonym())
                || text.eq_ignore_ascii_case(l.code())
                || text.eq_ignore_ascii_case(l.tag())
        })
    }

    /// The first language the browser asks for (`Accept-Language`, RFC 9110 §12.5.4) that the
    /// pages are written in, by its weights (`q`); `None` if it asks for none of them.
    /// "en-US" is English; "*" is whatever comes first.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut asked: Vec<(u16, usize, Self)> = Vec::new();
        for (position, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            let mut weight = 1000_u16;
            for parameter in parts {
                let Some((name, value)) = parameter.split_once('=') else {
                    continue;
                };
                if name.trim().eq_ignore_ascii_case("q") {
                    weight = quality(value.trim()).unwrap_or(0);
                }
            }
            if weight == 0 || range.is_empty() {
                continue;
            }
            let primary = range.split('-').next().unwrap_or("");
            let language = if range == "*" {
                Some(Self::English)
            } else {
                Self::ALL
                    .into_iter()
                    .find(|l| primary.eq_ignore_ascii_case(l.code()))
            };
            if let Some(language) = language {
                asked.push((weight, position, language));
            }
        }
        // The highest weight first; of equal weights, the one listed first.
        asked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        asked.first().map(|(_, _, language)| *language)
    }

    /// The language a page is shown in: the one chosen on this device (its cookie), else the
    /// one the browser asks for, else English.
    pub fn for_page(chosen: Option<&str>, accept_language: Option<&str>) -> Self {
        chosen
            .and_then(Self::from_code)
            .or_else(|| accept_language.and_then(Self::from_accept_language))
            .unwrap_or_default()
    }
}

/// A weight (`q`): "1", "0.8", "0.005", as thousandths; `None` if it is not one.
fn quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// What the account's language should say once its holder picks `chosen` for the pages:
/// `Some(text)` to keep, or `None` to leave it as it is. A language the pages are not written
/// in ("Bengali") stays, for letters and interpreters; so does any language an interpreter is
/// booked in. Otherwise the account follows the pages: English is kept as no other language.
pub fn account_language_after_choosing(
    current: &str,
    interpreter: bool,
    chosen: Language,
) -> Option<String> {
    let current_language = Language::from_preference(current)?;
    if interpreter || current_language == chosen {
        return None;
    }
    Some(match chosen {
        Language::English => String::new(),
        other => other.english_name().to_owned(),
    })
}

/// What a new account records as its language when its holder registered on a page read in
/// `page`: nothing for English (no language asked for), else the language's English name, as
/// its holder would write it in their contact preferences. Their letters follow it.
pub fn account_language_at_registration(page: Language) -> String {
    account_language_after_choosing("", false, page).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn registering_on_a_translated_page_asks_for_that_language() {
        assert_eq!(account_language_at_registration(Language::English), "");
        assert_eq!(account_language_at_registration(Language::Urdu), "Urdu");
        assert_eq!(account_language_at_registration(Language::Polish), "Polish");
        for language in Language::ALL {
            // What is recorded reads back as the page's language.
            let recorded = account_language_at_registration(language);
            assert_eq!(Language::from_preference(&recorded), Some(language));
        }
    }

    #[test]
    fn codes_tags_and_directions() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::Urdu.direction(), "rtl");
        assert_eq!(Language::Polish.direction(), "ltr");
        assert_eq!(Language::English.tag(), "en-GB");
        assert_eq!(Language::from_code("fr"), None);
    }

    #[test]
    fn the_browser_language_by_weight() {
        let cases = [
            ("ur-PK,ur;q=0.9,en;q=0.8", Some(Language::Urdu)),
            ("pl-PL,pl;q=0.9,en-GB;q=0.8", Some(Language::Polish)),
            ("en-GB,en;q=0.9,pl;q=0.8", Some(Language::English)),
            ("fr-FR,fr;q=0.9,pl;q=0.5,ur;q=0.7", Some(Language::Urdu)),
            ("pl;q=0.5, ur;q=0.5", Some(Language::Polish)),
            ("ur;q=0, pl;q=0.1", Some(Language::Polish)),
            ("fr, de", None),
            ("*", Some(Language::English)),
            ("", None),
            ("UR", Some(Language::Urdu)),
            ("pl;q=2, en;q=0.3", Some(Language::English)),
            ("pl;q=0.1234, ur", Some(Language::Urdu)),
        ];
        for (header, expected) in cases {
            assert_eq!(Language::from_accept_language(header), expected, "{header}");
        }
    }

    #[test]
    fn the_choice_on_the_device_comes_before_the_browser() {
        assert_eq!(Language::for_page(Some("pl"), Some("ur")), Language::Polish);
        assert_eq!(Language::for_page(Some("xx"), Some("ur")), Language::Urdu);
        assert_eq!(Language::for_page(None, None), Language::English);
        assert_eq!(Language::for_page(None, Some("de")), Language::English);
    }

    #[test]
    fn a_preference_as_residents_write_it() {
        assert_eq!(Language::from_preference(" urdu "), Some(Language::Urdu));
        assert_eq!(Language::from_preference("اردو"), Some(Language::Urdu));
        assert_eq!(Language::from_preference("Polski"), Some(Language::Polish));
        assert_eq!(Language::from_preference(""), Some(Language::English));
        assert_eq!(Language::from_preference("Bengali"), None);
    }

    #[test]
    fn the_account_follows_the_pages_unless_it_needs_another_language() {
        use Language::*;
        assert_eq!(
            account_language_after_choosing("", false, Urdu),
            Some("Urdu".into())
        );
        assert_eq!(
            account_language_after_choosing("Urdu", false, English),
            Some(String::new())
        );
        assert_eq!(
            account_language_after_choosing("polish", false, Urdu),
            Some("Urdu".into())
        );
        assert_eq!(account_language_after_choosing("Urdu", false, Urdu), None);
        assert_eq!(
            account_language_after_choosing("Bengali", false, Polish),
            None
        );
        assert_eq!(account_language_after_choosing("Urdu", true, English), None);
    }

    proptest! {
        #[test]
        fn any_header_gives_a_language_or_none_without_panicking(header in ".{0,80}") {
            let _ = Language::from_accept_language(&header);
        }

        #[test]
        fn a_language_asked_for_alone_is_the_one_shown(
            index in 0..3_usize,
            region in "[A-Z]{2}",
            weight in 1..=1000_u16,
        ) {
            let language = Language::ALL[index];
            let header = format!("{}-{region};q={}", language.code(), f64::from(weight) / 1000.0);
            prop_assert_eq!(Language::from_accept_language(&header), Some(language));
        }

        #[test]
        fn the_heavier_of_two_wins(a in 1..=1000_u16, b in 1..=1000_u16) {
            let header = format!("ur;q=0.{a:03},pl;q=0.{b:03}");
            let header = header.replace("q=0.1000", "q=1");
            let expected = if a >= b { Language::Urdu } else { Language::Polish };
            prop_assert_eq!(Language::from_accept_language(&header), Some(expected));
        }

        #[test]
        fn once_chosen_the_account_keeps_the_choice(index in 0..3_usize, current in "(|Urdu|Polish|English)") {
            let chosen = Language::ALL[index];
            let after = account_language_after_choosing(&current, false, chosen)
                .unwrap_or(current.clone());
            prop_assert_eq!(Language::from_preference(&after), Some(chosen));
        }
    }
}
