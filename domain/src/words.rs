//! The sentences the domain writes for residents, in each language the pages are written in:
//! their letters and emails, and a complaint's progress (its stages, what happens next, the
//! announcement of a change). They are Fluent messages in `domain/locales/<code>/*.ftl`, which
//! the landlord's translators correct as they do the pages' (`app/locales`).
//!
//! A message missing in a language is written in English, never dropped; the tests fail on a
//! message missing in any language, on one nothing uses, and on a value a sentence lacks.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language::Language;

/// Each language's files, as the translators keep them.
const FILES: [(Language, &[&str]); 3] = [
    (
        Language::English,
        &[
            include_str!("../locales/en/dates.ftl"),
            include_str!("../locales/en/filing.ftl"),
            include_str!("../locales/en/letters.ftl"),
            include_str!("../locales/en/mail.ftl"),
            include_str!("../locales/en/progress.ftl"),
        ],
    ),
    (
        Language::Urdu,
        &[
            include_str!("../locales/ur/dates.ftl"),
            include_str!("../locales/ur/filing.ftl"),
            include_str!("../locales/ur/letters.ftl"),
            include_str!("../locales/ur/mail.ftl"),
            include_str!("../locales/ur/progress.ftl"),
        ],
    ),
    (
        Language::Polish,
        &[
            include_str!("../locales/pl/dates.ftl"),
            include_str!("../locales/pl/filing.ftl"),
            include_str!("../locales/pl/letters.ftl"),
            include_str!("../locales/pl/mail.ftl"),
            include_str!("../locales/pl/progress.ftl"),
        ],
    ),
];

static BUNDLES: LazyLock<Vec<(Language, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(language, files)| {
            let tag: unic_langid::LanguageIdentifier =
                language.tag().parse().expect("a language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // Values in a right-to-left sentence (a reference, a date, a phone number) keep
            // their own direction, isolated; elsewhere nothing is added to the text.
            bundle.set_use_isolating(language.right_to_left());
            for file in *files {
                let resource = FluentResource::try_new((*file).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{language:?} words: {errors:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{language:?} words: {errors:?}"));
            }
            (*language, bundle)
        })
        .collect()
});

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    BUNDLES
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, bundle)| bundle)
        .expect("every language has its words")
}

/// A value a sentence takes.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Text(&'a str),
    Number(i64),
    /// A day, written out in full in the sentence's language.
    Day(NaiveDate),
}

/// The sentence `id` in `language`, with its values; in English when the language lacks it.
pub fn say(language: Language, id: &str, values: &[(&str, Value<'_>)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return match language {
            Language::English => {
                debug_assert!(false, "no sentence {id}");
                id.to_owned()
            }
            _ => say(Language::English, id, values),
        };
    };
    let mut args = FluentArgs::new();
    for (name, value) in values {
        let value = match *value {
            Value::Text(text) => FluentValue::from(text.to_owned()),
            Value::Number(n) => FluentValue::from(n),
            Value::Day(day) => FluentValue::from(long_date(language, day)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    debug_assert!(errors.is_empty(), "{language:?} {id}: {errors:?}");
    text.into_owned()
}

/// A day written out in full in `language`: "Tuesday 8 December 2026", "wtorek, 8 grudnia
/// 2026", "منگل 8 دسمبر 2026".
pub fn long_date(language: Language, day: NaiveDate) -> String {
    let key = (language, day);
    if let Some(text) = LONG_DATES.read().ok().and_then(|d| d.get(&key).cloned()) {
        return text;
    }
    let text = write_long_date(language, day);
    if let Ok(mut dates) = LONG_DATES.write() {
        // Pages write a few hundred days again and again (each complaint's received day and
        // deadlines); a day anyone may type (an incident's) must not grow it without end.
        if dates.len() >= LONG_DATES_KEPT {
            dates.clear();
        }
        dates.insert(key, text.clone());
    }
    text
}

/// How many days [`long_date`] keeps written out, all languages together.
const LONG_DATES_KEPT: usize = 4096;

/// The days [`long_date`] has written, by language: the same words every time.
static LONG_DATES: LazyLock<RwLock<HashMap<(Language, NaiveDate), String>>> =
    LazyLock::new(RwLock::default);

/// [`long_date`], formatted.
fn write_long_date(language: Language, day: NaiveDate) -> String {
    say(
        language,
        "date-long",
        &[
            (
                "weekday",
                Value::Number(day.weekday().number_from_monday().into()),
            ),
            ("day", Value::Number(day.day().into())),
            ("month", Value::Number(day.month().into())),
            ("year", Value::Number(day.year().into())),
        ],
    )
}

/// A number of working days in `language`: "1 working day", "5 dni roboczych".
pub fn working_days(language: Language, n: u32) -> String {
    say(
        language,
        "working-days",
        &[("count", Value::Number(n.into()))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_kept_written_out_reads_as_written_and_the_kept_days_stay_bounded() {
        let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a day");
        // More days than are kept, twice over: the second pass reads what the first kept, and
        // what was cleared to make room is written again.
        for _ in 0..2 {
            for offset in 0..(LONG_DATES_KEPT as u64 / 2) {
                let day = first + chrono::Days::new(offset);
                for language in Language::ALL {
                    assert_eq!(
                        long_date(language, day),
                        write_long_date(language, day),
                        "{language:?} {day}"
                    );
                }
            }
        }
        assert!(LONG_DATES.read().expect("not poisoned").len() <= LONG_DATES_KEPT);
        assert_eq!(
            long_date(
                Language::English,
                NaiveDate::from_ymd_opt(2026, 12, 8).expect("a day")
            ),
            "Tuesday 8 December 2026"
        );
    }

    fn ids(language: Language) -> Vec<String> {
        let (_, files) = FILES.iter().find(|(l, _)| *l == language).expect("files");
        files
            .iter()
            .flat_map(|file| file.lines())
            .filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                (!id.starts_with(['#', ' ', '-']) && !id.is_empty()).then(|| id.to_owned())
            })
            .collect()
    }

    #[test]
    fn every_sentence_is_in_every_language_and_nothing_else_is() {
        let english = ids(Language::English);
        assert!(english.len() > 50, "{english:?}");
        for language in [Language::Urdu, Language::Polish] {
            let theirs = ids(language);
            let missing: Vec<_> = english.iter().filter(|id| !theirs.contains(id)).collect();
            let extra: Vec<_> = theirs.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(extra.is_empty(), "{language:?} has unused {extra:?}");
        }
        for file in FILES.iter().flat_map(|(_, files)| files.iter()) {
            assert!(
                file.contains("# Last checked by a fluent speaker: "),
                "every file says when a fluent speaker last checked it"
            );
        }
    }

    #[test]
    fn every_sentence_is_used_by_the_domain() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let source: String = std::fs::read_dir(dir)
            .expect("the source")
            .map(|entry| std::fs::read_to_string(entry.expect("a file").path()).expect("text"))
            .collect();
        let unused: Vec<_> = ids(Language::English)
            .into_iter()
            .filter(|id| !source.contains(&format!("\"{id}\"")))
            .collect();
        assert!(unused.is_empty(), "nothing uses {unused:?}");
    }

    #[test]
    fn days_and_counts_follow_each_languages_grammar() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 8).expect("a day");
        assert_eq!(long_date(Language::English, day), "Tuesday 8 December 2026");
        assert_eq!(long_date(Language::Polish, day), "wtorek, 8 grudnia 2026");
        assert_eq!(
            long_date(Language::Urdu, day),
            "\u{2068}منگل\u{2069} \u{2068}8\u{2069} \u{2068}دسمبر\u{2069} \u{2068}2026\u{2069}",
            "in a right-to-left language each value keeps its own direction"
        );
        assert_eq!(working_days(Language::English, 1), "1 working day");
        assert_eq!(working_days(Language::English, 5), "5 working days");
        assert_eq!(working_days(Language::Polish, 1), "1 dzień roboczy");
        assert_eq!(working_days(Language::Polish, 3), "3 dni robocze");
        assert_eq!(working_days(Language::Polish, 5), "5 dni roboczych");
        assert_eq!(working_days(Language::Polish, 22), "22 dni robocze");
        // Every date of a few years, in every language, is written without a gap.
        for language in Language::ALL {
            let mut day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day");
            while day.year() < 2029 {
                let words = long_date(language, day);
                assert!(words.contains(&day.year().to_string()), "{words}");
                assert!(!words.contains("date-long"), "{words}");
                day = day.succ_opt().expect("a day");
            }
        }
    }
}
