//! "3 working days left", kept right on a page left open overnight: the server writes the
//! sentence as of when it rendered the page, and the browser counts again from its own clock
//! every minute, with the same `domain` calendar and the landlord's closure days. The words are
//! the page's, in its language ([`Words`]); the island only counts.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::calendar::london_date;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Now and the working-day calendar, as the server counted them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    /// Sent to the browser as milliseconds, which it reads without a date parser.
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub now: DateTime<Utc>,
    pub closure_days: Vec<Day>,
}

impl Clock {
    pub fn calendar(&self) -> domain::Calendar {
        domain::Calendar::england_and_wales()
            .with_closure_days(self.closure_days.iter().map(|d| d.0))
    }

    pub fn today(&self) -> NaiveDate {
        london_date(&self.now)
    }
}

/// A day, sent to the browser as a number (days since 1 January of year 1), which it reads
/// without a date parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.0.num_days_from_ce())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let days = i32::deserialize(deserializer)?;
        NaiveDate::from_num_days_from_ce_opt(days)
            .map(Day)
            .ok_or_else(|| serde::de::Error::custom("not a day"))
    }
}

/// What a countdown says, in the page's language: the page writes the words (the island has
/// no translations), the island counts the working days left to `by` and picks them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    /// Until the end of the day: "Due by Tuesday 8 December 2026, {left}", where `{left}`
    /// stands for the working days left.
    pub open: String,
    /// Once the day has passed: "Overdue: it was due by Tuesday 8 December 2026".
    pub passed: String,
    pub left: Left,
    /// The tag before the sentence once the day has passed ("Overdue"), where it is shown.
    pub late: Option<String>,
}

/// The working days left in words, where `{n}` stands for the number: "due today" (none),
/// "{n} working day left" (one), and the forms of the other numbers. Which form a number
/// takes follows Polish (few: 2–4, 22–24, 32–34, …; other: the rest); where a language has
/// no separate `few` (English, Urdu) it is `None` and every number but 1 takes `other`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Left {
    pub none: String,
    pub one: String,
    pub few: Option<String>,
    pub other: String,
}

impl Left {
    /// `left` working days (`0`: the day itself) in words.
    pub fn of(&self, left: i64) -> String {
        let few = (2..=4).contains(&(left % 10)) && !(12..=14).contains(&(left % 100));
        let form = match left {
            n if n <= 0 => &self.none,
            1 => &self.one,
            _ => self.few.as_ref().filter(|_| few).unwrap_or(&self.other),
        };
        form.replace("{n}", &left.to_string())
    }
}

impl Words {
    /// The sentence as of `today`, for a day `by`, and the tag before it if any.
    pub fn as_of(
        &self,
        by: NaiveDate,
        today: NaiveDate,
        calendar: &domain::Calendar,
    ) -> (String, Option<String>) {
        self.once_passed(by, today).unwrap_or_else(|| {
            let left = self.left.of(calendar.working_days_left(today, by));
            (self.open.replace("{left}", &left), None)
        })
    }

    /// The sentence and its tag once the day `by` has passed, as of `today`: from then on it
    /// never changes. `None` while the day is still to come.
    pub fn once_passed(&self, by: NaiveDate, today: NaiveDate) -> Option<(String, Option<String>)> {
        (today > by).then(|| (self.passed.clone(), self.late.clone()))
    }
}

/// A sentence, with its tag before it if it has one (the colour only repeats the word).
pub fn sentence((said, tag): (String, Option<String>)) -> impl IntoView {
    view! {
        {tag.map(|tag| view! { <strong class="tag tag-overdue">{tag}</strong> " " })}
        {said}
    }
}

/// The sentence for a day (a deadline, the end of a window) as of now, with the tag before it
/// once it has passed, if the words have one (the colour only repeats the word).
#[island]
pub fn Countdown(by: Day, clock: Clock, words: Words) -> impl IntoView {
    let now = RwSignal::new(clock.now);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let tick = move || {
            let millis = leptos::web_sys::js_sys::Date::now() as i64;
            if let Some(browser) = DateTime::from_timestamp_millis(millis) {
                now.set(browser);
            }
        };
        tick();
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(60)) {
            on_cleanup(move || handle.clear());
        }
    });
    let calendar = clock.calendar();
    let said = Memo::new(move |_| words.as_of(by.0, london_date(&now.get()), &calendar));
    move || sentence(said.get())
}

#[cfg(test)]
mod tests {
    use super::{Left, Words};
    use chrono::NaiveDate;

    fn words() -> Words {
        Words {
            open: "Due by Tuesday 8 December 2026, {left}".to_owned(),
            passed: "It was due by Tuesday 8 December 2026".to_owned(),
            left: Left {
                none: "due today".to_owned(),
                one: "{n} working day left".to_owned(),
                few: None,
                other: "{n} working days left".to_owned(),
            },
            late: Some("Overdue".to_owned()),
        }
    }

    /// A day is counted until its end, and once passed its sentence is fixed.
    #[test]
    fn a_day_is_counted_until_it_has_passed_and_then_said_as_passed() {
        let by = NaiveDate::from_ymd_opt(2026, 12, 8).expect("a day");
        let calendar = domain::Calendar::england_and_wales();
        let words = words();
        let before = by.pred_opt().expect("a day");
        let after = by.succ_opt().expect("a day");
        assert_eq!(words.once_passed(by, before), None);
        assert_eq!(
            words.once_passed(by, by),
            None,
            "the day itself is still to come"
        );
        assert_eq!(
            words.as_of(by, before, &calendar),
            (
                "Due by Tuesday 8 December 2026, 1 working day left".to_owned(),
                None
            )
        );
        assert_eq!(
            words.as_of(by, by, &calendar),
            ("Due by Tuesday 8 December 2026, due today".to_owned(), None)
        );
        let passed = (
            "It was due by Tuesday 8 December 2026".to_owned(),
            Some("Overdue".to_owned()),
        );
        assert_eq!(words.once_passed(by, after), Some(passed.clone()));
        assert_eq!(words.as_of(by, after, &calendar), passed);
    }
}
