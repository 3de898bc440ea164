//! "3 working days left", kept right on a page left open overnight: the server writes the
//! sentence as of when it rendered the page, and the browser counts again from its own clock
//! every minute, with the same `domain` code and the landlord's closure days.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::calendar::london_date;
use domain::complaint::{DeadlineKind, Due};
use domain::progress::{Mark, Milestone};
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

/// What is counted: a complaint's next deadline, as its list says it ("Stage 1 response due
/// by …"), or one stage of it, as its page says it ("Due by …, 3 working days left").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counted {
    Due {
        kind: DeadlineKind,
        by: Day,
    },
    Stage {
        mark: StageMark,
        owed_by_landlord: bool,
    },
}

/// A stage's [`Mark`], with its day as a [`Day`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StageMark {
    Done(Day),
    Due(Day),
    Later(String),
}

impl Counted {
    pub fn due(due: Due) -> Self {
        Self::Due {
            kind: due.kind,
            by: Day(due.by),
        }
    }

    pub fn stage(stage: &Milestone) -> Self {
        Self::Stage {
            mark: match &stage.mark {
                Mark::Done(on) => StageMark::Done(Day(*on)),
                Mark::Due(by) => StageMark::Due(Day(*by)),
                Mark::Later(words) => StageMark::Later(words.clone()),
            },
            owed_by_landlord: stage.owed_by_landlord,
        }
    }

    /// The words as of `today`, and whether the landlord is late: the domain's, from the
    /// domain's own types.
    pub fn words(&self, today: NaiveDate, calendar: &domain::Calendar) -> (String, bool) {
        match self {
            Self::Due { kind, by } => {
                let due = Due {
                    kind: *kind,
                    by: by.0,
                };
                (
                    domain::progress::due_sentence(due, today, calendar),
                    due.overdue(today),
                )
            }
            Self::Stage {
                mark,
                owed_by_landlord,
            } => {
                let stage = Milestone {
                    what: String::new(),
                    mark: match mark {
                        StageMark::Done(on) => Mark::Done(on.0),
                        StageMark::Due(by) => Mark::Due(by.0),
                        StageMark::Later(words) => Mark::Later(words.clone()),
                    },
                    details: Vec::new(),
                    owed_by_landlord: *owed_by_landlord,
                };
                (stage.when(today, calendar), stage.overdue(today))
            }
        }
    }
}

/// The sentence, with an "Overdue" tag before it when `tag` (the colour only repeats the word).
#[island]
pub fn Countdown(counted: Counted, clock: Clock, tag: bool) -> impl IntoView {
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
    let words = Memo::new(move |_| counted.words(london_date(&now.get()), &calendar));
    view! {
        {move || (tag && words.get().1).then(|| view! { <strong class="tag tag-overdue">"Overdue"</strong> " " })}
        {move || words.get().0}
    }
}
