//! The resident pages' words in English, Urdu and Polish (server only).
//!
//! Every word a resident reads on a page is a Fluent message in `app/locales/<code>/*.ftl`,
//! one file per area of the site in each language. Building the app fails if a message used
//! here is missing from any language, takes a value a language does not use, or if a file has
//! a message nothing uses (`check_translations`). Pages translate while they render (`tr!`);
//! islands get their words as props, already translated.

use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;
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

/// Every message without values, once formatted, by language and id: a message's words never
/// change while the server runs, and a page has dozens (the header, the footer, its labels).
/// Bounded by the messages in the files: three languages of a few hundred each.
static TEXTS: LazyLock<RwLock<HashMap<(&'static str, &'static str), String>>> =
    LazyLock::new(RwLock::default);

/// Each language's identifier, as the loader keys its bundles (the folder names).
static IDENTIFIERS: LazyLock<Vec<(&'static str, LanguageIdentifier)>> = LazyLock::new(|| {
    domain::language::Language::ALL
        .into_iter()
        .filter_map(|language| {
            let code = language.code();
            code.parse().ok().map(|id| (code, id))
        })
        .collect()
});

/// The message `id` in the page's language (what `tr!("id")` is). The first page to use it in
/// a language formats it through leptos-fluent; every later one takes a copy.
pub fn text(id: &'static str) -> String {
    let i18n = expect_context::<I18n>();
    let key = (i18n.language.get_untracked().id, id);
    let known = TEXTS.read().ok().and_then(|texts| texts.get(&key).cloned());
    if let Some(text) = known {
        return text;
    }
    let text = i18n.tr(id);
    if let Ok(mut texts) = TEXTS.write() {
        texts.insert(key, text.clone());
    }
    text
}

/// The message `id` in the page's language with `values` (what `tr!("id", { … })` is): straight
/// from the page language's bundle, as leptos-fluent would find it there, and through
/// leptos-fluent's own fallbacks only when that bundle cannot say it.
pub fn text_with(id: &'static str, values: &HashMap<Cow<'static, str>, FluentValue>) -> String {
    let i18n = expect_context::<I18n>();
    let code = i18n.language.get_untracked().id;
    let direct = IDENTIFIERS
        .iter()
        .find(|(known, _)| *known == code)
        .and_then(|(_, language)| {
            i18n.translations.with_untracked(|loaders| {
                loaders.iter().find_map(|loader| {
                    loader
                        .lookup_single_language(language, id, Some(values))
                        .ok()
                })
            })
        });
    direct.unwrap_or_else(|| i18n.tr_with_args(id, values))
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
    use super::{read_long_date, text, text_with, Translations, TranslationsProps};
    use chrono::NaiveDate;
    use leptos::prelude::*;
    use leptos_fluent::I18n;
    use std::borrow::Cow;
    use std::collections::HashMap;

    /// Every message id in a language's files (the lines that start a message).
    fn message_ids(code: &str) -> Vec<&'static str> {
        let dir = format!("{}/locales/{code}", env!("CARGO_MANIFEST_DIR"));
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the language's folder") {
            let text = std::fs::read_to_string(entry.expect("a file").path()).expect("a file");
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        ids.push(&*Box::leak(id.to_owned().into_boxed_str()));
                    }
                }
            }
        }
        ids
    }

    /// `tr!` says every message as leptos-fluent does, in every language, the first time and
    /// when it is kept; with values too, through each plural form.
    #[test]
    fn kept_and_direct_lookups_say_what_leptos_fluent_says() {
        for language in domain::language::Language::ALL {
            let code = language.code();
            let owner = Owner::new();
            owner.with(|| {
                let request = axum::http::Request::builder()
                    .header("cookie", format!("calico_language={code}"))
                    .body(())
                    .expect("a request");
                provide_context(request.into_parts().0);
                let checked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
                let counted = checked.clone();
                let _ = Translations(TranslationsProps {
                    children: Box::new(move || {
                        let i18n = expect_context::<I18n>();
                        assert_eq!(i18n.language.get_untracked().id, code);
                        for id in message_ids(code) {
                            let said = i18n.tr(id);
                            assert_eq!(text(id), said, "{code} {id}");
                            assert_eq!(text(id), said, "{code} {id}, kept");
                            counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                        for count in [0_i64, 1, 2, 5, 12, 22, 25] {
                            let values: HashMap<Cow<'static, str>, fluent_bundle::FluentValue> =
                                HashMap::from([(Cow::Borrowed("count"), count.into())]);
                            assert_eq!(
                                text_with("common-span-working-days", &values),
                                i18n.tr_with_args("common-span-working-days", &values),
                                "{code} {count}"
                            );
                        }
                        ().into_any()
                    }),
                });
                let checked = checked.load(std::sync::atomic::Ordering::Relaxed);
                assert!(checked > 300, "{code}: only {checked} messages");
            });
        }
    }

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
