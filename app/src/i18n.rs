//! The resident pages' words in English, Urdu and Polish (server only).
//!
//! Every word a resident reads on a page is a Fluent message in `app/locales/<code>/*.ftl`,
//! one file per area of the site in each language. Building the app fails if a message used
//! here is missing from any language, takes a value a language does not use, or if a file has
//! a message nothing uses (`check_translations`). Pages translate while they render (`tr!`);
//! islands get their words as props, already translated.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, tr, I18n};

/// Provides the translations to everything inside, in the language of the request
/// (`crate::context::language`).
#[component]
// The macro draws its `children: ()` as `{()}`.
#[allow(clippy::unused_unit)]
pub fn Translations(children: Children) -> impl IntoView {
    // The macro provides the context here, and draws nothing of its own: what is inside is
    // drawn below, once the language is set (a component is drawn as soon as it is built).
    // (The macro expands to statements: it is a block's last word.)
    let provider = {
        leptos_fluent! {
            children: (),
            locales: "./locales",
            default_language: "en",
            check_translations: "./src/**/*.rs",
            // Values in a right-to-left sentence (a reference, a date, a name) keep their own
            // direction: Fluent isolates them (U+2068 … U+2069) in a right-to-left language
            // only (`domain::language::Language::right_to_left`), where it matters.
            customise: |bundle| {
                let right_to_left = bundle.locales.first().is_some_and(|locale| {
                    domain::language::Language::from_code(locale.language.as_str())
                        .is_some_and(domain::language::Language::right_to_left)
                });
                bundle.set_use_isolating(right_to_left);
            },
        }
    };
    let code = crate::context::language().code();
    let i18n = expect_context::<I18n>();
    if let Some(language) = i18n.languages.iter().find(|language| language.id == code) {
        i18n.language.set(language);
    }
    view! { {provider} {children()} }
}

/// A date written out in full in the page's language: "Tuesday 8 December 2026", "wtorek,
/// 8 grudnia 2026", "منگل 8 دسمبر 2026".
pub fn long_date(date: chrono::NaiveDate) -> String {
    domain::words::long_date(page_language(), date)
}

/// The language of the page being drawn.
pub fn page_language() -> domain::language::Language {
    use_context::<I18n>()
        .and_then(|i18n| domain::language::Language::from_code(i18n.language.get_untracked().id))
        .unwrap_or_default()
}

/// A day as `domain::calendar::long_date` writes it ("Tuesday 8 December 2026"), read back:
/// only what it writes, weekday and all. (Some server functions still hand pages their dates
/// written out in English.)
pub fn read_long_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%A %d %B %Y")
        .ok()
        .filter(|date| domain::calendar::long_date(*date) == text)
}

/// A day written out in English, in the page's language; anything else as it came.
pub fn day_words(english: &str) -> String {
    read_long_date(english).map_or_else(|| english.to_owned(), long_date)
}

/// A moment as the server functions write it (`domain::steps::long_time`: "Tuesday 8
/// December 2026 at 14:05", London time), in the page's language; as it came if it is not one.
pub fn time_words(english: &str) -> String {
    match chrono::NaiveDateTime::parse_from_str(english, "%A %d %B %Y at %H:%M") {
        Ok(at) => tr!("complaints-at-time", {
            "day" => long_date(at.date()),
            "time" => at.format("%H:%M").to_string(),
        }),
        Err(_) => english.to_owned(),
    }
}

/// How a letter went, and when (`sent`, as `domain::steps::long_time` writes it), in the
/// page's language: "Sent by email on Tuesday 8 December 2026 at 14:05."
pub fn sent_words(delivery: domain::letters::Delivery, sent: &str) -> String {
    tr!("letters-sent", { "how" => delivery.code(), "when" => time_words(sent) })
}

#[cfg(test)]
mod tests {
    use super::read_long_date;
    use chrono::NaiveDate;

    #[test]
    fn a_long_date_is_read_back_only_as_the_domain_writes_it() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(read_long_date("Tuesday 8 December 2026"), day(2026, 12, 8));
        assert_eq!(read_long_date("Friday 31 July 2026"), day(2026, 7, 31));
        assert_eq!(
            read_long_date("Monday 8 December 2026"),
            None,
            "the wrong weekday"
        );
        assert_eq!(read_long_date("Tuesday 08 December 2026"), None);
        assert_eq!(read_long_date("8 December 2026"), None);
        assert_eq!(read_long_date("Tuesday 8 Décembre 2026"), None);
        assert_eq!(read_long_date("Tuesday 8 December 2026 at 14:05"), None);
        assert_eq!(read_long_date(""), None);
        for offset in 0..800 {
            let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(offset);
            assert_eq!(
                read_long_date(&domain::calendar::long_date(date)),
                Some(date)
            );
        }
    }
}
