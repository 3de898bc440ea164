//! The resident pages' words in English, Urdu and Polish (server only).
//!
//! Every word a resident reads on a page is a Fluent message in `app/locales/<code>/*.ftl`,
//! one file per area of the site in each language. Building the app fails if a message used
//! here is missing from any language, takes a value a language does not use, or if a file has
//! a message nothing uses (`check_translations`). Pages translate while they render (`tr!`);
//! islands get their words as props, already translated.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

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
            // direction: Fluent isolates them (U+2068 … U+2069) in Urdu only, where it matters.
            customise: |bundle| {
                let right_to_left = bundle
                    .locales
                    .first()
                    .is_some_and(|locale| locale.language.as_str() == "ur");
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
    use chrono::Datelike;
    leptos_fluent::tr!("date-long", {
        "weekday" => i64::from(date.weekday().number_from_monday()),
        "day" => i64::from(date.day()),
        "month" => i64::from(date.month()),
        "year" => i64::from(date.year()),
    })
}
