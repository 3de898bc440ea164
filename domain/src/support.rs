//! Vulnerabilities and reasonable adjustments, as the Ombudsman asks landlords to handle them:
//! **recognise** the need, **respond** with an adjustment, **record** both, and review them by
//! a set day (DOMAIN "Accessibility and contact": discretion for identified vulnerabilities;
//! adjustments recorded and honoured). A colleague records each need on the complaint; the
//! queue and the case page show every open one with its review day, beside what the resident
//! asked for themselves when they made the complaint.
//!
//! What is recorded here is for colleagues only: it is never shown to the resident's
//! representative, nor put in a letter.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::preferences::Preferences;

/// What was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Need {
    /// A disability or long-term health condition.
    Disability,
    /// Mental health.
    MentalHealth,
    /// Older age or frailty.
    OlderAge,
    /// Domestic abuse: contact only in the ways agreed with them.
    DomesticAbuse,
    /// Language, reading or communication.
    Communication,
    /// Financial hardship or a welfare concern.
    Welfare,
    /// Bereavement or another life event.
    LifeEvent,
    /// Anything else.
    Other,
}

impl Need {
    pub const ALL: [Self; 8] = [
        Self::Disability,
        Self::MentalHealth,
        Self::OlderAge,
        Self::DomesticAbuse,
        Self::Communication,
        Self::Welfare,
        Self::LifeEvent,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Disability => "A disability or long-term health condition",
            Self::MentalHealth => "Mental health",
            Self::OlderAge => "Older age or frailty",
            Self::DomesticAbuse => "Domestic abuse",
            Self::Communication => "Language, reading or communication",
            Self::Welfare => "Financial hardship or a welfare concern",
            Self::LifeEvent => "Bereavement or another life event",
            Self::Other => "Something else",
        }
    }
}

/// A need recorded on a complaint, numbered from 1 in the order recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportNeed {
    pub number: u32,
    pub need: Need,
    /// How we respond: the reasonable adjustment, in words a colleague can act on.
    pub adjustment: String,
    /// The day it was recorded.
    pub recorded: NaiveDate,
    /// The day it is to be looked at again, while it is needed.
    pub review_by: NaiveDate,
    /// The day a review found it no longer needed.
    pub ended: Option<NaiveDate>,
}

impl SupportNeed {
    /// Still needed (not ended by a review).
    pub fn open(&self) -> bool {
        self.ended.is_none()
    }

    /// Open, and its review day is `today` or past.
    pub fn review_owed(&self, today: NaiveDate) -> bool {
        self.open() && today >= self.review_by
    }

    /// Open, and its review day has passed.
    pub fn review_overdue(&self, today: NaiveDate) -> bool {
        self.open() && today > self.review_by
    }

    /// "Domestic abuse: Only call the mobile number; no letters to the home."
    pub fn line(&self) -> String {
        format!("{}: {}", self.need.label(), self.adjustment)
    }
}

/// The furthest ahead a review may be set, in days: a year. Needs change; a mistyped year is
/// caught rather than never reviewed.
pub const MAX_REVIEW_DAYS: i64 = 366;

/// The earliest review day among the open needs, if any is open.
pub fn next_review(needs: &[SupportNeed]) -> Option<NaiveDate> {
    needs.iter().filter(|n| n.open()).map(|n| n.review_by).min()
}

/// What the resident asked for themselves when they made the complaint (or what the colleague
/// who logged it recorded for them), in one line for the queue; `None` when they asked for
/// nothing beyond being contacted in English.
pub fn asked_for(preferences: &Preferences) -> Option<String> {
    let mut parts = Vec::new();
    if !preferences.formats.is_empty() {
        let formats: Vec<&str> = preferences.formats.iter().map(|f| f.label()).collect();
        parts.push(formats.join(", "));
    }
    match (preferences.language.as_str(), preferences.interpreter) {
        ("", false) => {}
        // Never stored (an interpreter needs a language), but said if it were.
        ("", true) => parts.push("An interpreter".to_owned()),
        (language, false) => parts.push(format!("In {language}")),
        (language, true) => parts.push(format!("In {language}, with an interpreter")),
    }
    if !preferences.adjustments.is_empty() {
        parts.push(preferences.adjustments.as_str().trim().to_owned());
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::{Complaint, Event, EventKind, EventType, TransitionError};
    use crate::handling::{next_events, Kind};
    use crate::preferences::{AltFormat, PreferenceAnswers};
    use crate::{Calendar, ServiceStandard};
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn on(s: &str, kind: EventKind) -> Event {
        Event::new(
            day(s)
                .and_hms_opt(11, 0, 0)
                .unwrap()
                .and_utc()
                .fixed_offset(),
            kind,
        )
        .by("Sam Patel")
    }

    fn recorded(s: &str, need: Need, review_by: &str) -> Event {
        on(
            s,
            EventKind::SupportRecorded {
                need,
                adjustment: "Call, never write: the resident cannot read small print.".into(),
                review_by: day(review_by),
            },
        )
    }

    fn reviewed(s: &str, number: u32, review_by: Option<&str>) -> Event {
        on(
            s,
            EventKind::SupportReviewed {
                number,
                review_by: review_by.map(day),
                note: None,
            },
        )
    }

    fn fold(events: &[Event]) -> Result<Complaint, TransitionError> {
        Complaint::fold(
            events,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
        .map_err(|e| match e {
            crate::complaint::HistoryError::Transition { source, .. } => source,
            other => panic!("refused as a transition, not {other:?}"),
        })
    }

    #[test]
    fn a_need_is_recognised_responded_to_and_recorded_with_its_review_day() {
        let complaint = fold(&[
            on("2026-11-02", EventKind::Received),
            recorded("2026-11-03", Need::DomesticAbuse, "2027-02-03"),
        ])
        .unwrap();
        let need = &complaint.support()[0];
        assert_eq!(need.number, 1);
        assert_eq!(need.need, Need::DomesticAbuse);
        assert_eq!(need.recorded, day("2026-11-03"));
        assert_eq!(need.review_by, day("2027-02-03"));
        assert!(need.open());
        assert_eq!(complaint.support_review(), Some(day("2027-02-03")));
        assert!(!need.review_owed(day("2027-02-02")));
        assert!(need.review_owed(day("2027-02-03")));
        assert!(!need.review_overdue(day("2027-02-03")));
        assert!(need.review_overdue(day("2027-02-04")));
    }

    #[test]
    fn a_review_keeps_a_need_to_a_new_day_or_ends_it() {
        let kept = fold(&[
            on("2026-11-02", EventKind::Received),
            recorded("2026-11-03", Need::Disability, "2026-12-03"),
            recorded("2026-11-03", Need::Welfare, "2027-01-10"),
            reviewed("2026-12-03", 1, Some("2027-06-03")),
        ])
        .unwrap();
        assert_eq!(kept.support()[0].review_by, day("2027-06-03"));
        assert_eq!(kept.support_review(), Some(day("2027-01-10")));
        let ended = fold(&[
            on("2026-11-02", EventKind::Received),
            recorded("2026-11-03", Need::Disability, "2026-12-03"),
            reviewed("2026-12-03", 1, None),
        ])
        .unwrap();
        assert_eq!(ended.support()[0].ended, Some(day("2026-12-03")));
        assert_eq!(ended.support_review(), None, "nothing left to review");
        assert!(!ended.support()[0].review_owed(day("2027-01-01")));
    }

    #[test]
    fn the_review_day_is_after_today_and_within_a_year() {
        let start = || {
            vec![
                on("2026-11-02", EventKind::Received),
                recorded("2026-11-03", Need::OlderAge, "2027-11-03"),
            ]
        };
        assert!(
            fold(&start()).is_ok(),
            "a year ahead, 366 days in a leap span or not"
        );
        let mut today = start();
        today[1] = recorded("2026-11-03", Need::OlderAge, "2026-11-03");
        assert_eq!(
            fold(&today).unwrap_err(),
            TransitionError::SupportReviewNotAhead {
                review_by: day("2026-11-03")
            }
        );
        let mut far = start();
        far[1] = recorded("2026-11-03", Need::OlderAge, "2027-11-05");
        assert_eq!(
            fold(&far).unwrap_err(),
            TransitionError::SupportReviewTooFar {
                days: MAX_REVIEW_DAYS
            }
        );
        let mut later = start();
        later.push(reviewed("2026-12-01", 1, Some("2026-11-30")));
        assert_eq!(
            fold(&later).unwrap_err(),
            TransitionError::SupportReviewNotAhead {
                review_by: day("2026-11-30")
            }
        );
    }

    #[test]
    fn an_adjustment_must_be_said() {
        let events = [
            on("2026-11-02", EventKind::Received),
            on(
                "2026-11-03",
                EventKind::SupportRecorded {
                    need: Need::MentalHealth,
                    adjustment: "  ".into(),
                    review_by: day("2027-01-01"),
                },
            ),
        ];
        assert_eq!(
            fold(&events).unwrap_err(),
            TransitionError::SupportWithoutAdjustment
        );
    }

    #[test]
    fn only_a_recorded_open_need_can_be_reviewed() {
        let none = fold(&[
            on("2026-11-02", EventKind::Received),
            reviewed("2026-11-03", 1, None),
        ]);
        assert_eq!(
            none.unwrap_err(),
            TransitionError::NoSuchSupport {
                number: 1,
                count: 0
            }
        );
        let twice = fold(&[
            on("2026-11-02", EventKind::Received),
            recorded("2026-11-03", Need::Other, "2027-01-01"),
            reviewed("2026-11-04", 1, None),
            reviewed("2026-11-05", 1, Some("2027-01-01")),
        ]);
        assert_eq!(
            twice.unwrap_err(),
            TransitionError::SupportEnded {
                number: 1,
                ended: day("2026-11-04")
            }
        );
    }

    #[test]
    fn needs_are_recorded_and_reviewed_at_any_point_for_any_kind_and_change_no_deadline() {
        let base = [on("2026-11-02", EventKind::Received)];
        let before = fold(&base).unwrap();
        let mut events = base.to_vec();
        events.push(recorded("2026-11-03", Need::Communication, "2027-01-01"));
        let after = fold(&events).unwrap();
        assert_eq!(after.deadlines(), before.deadlines());
        assert_eq!(after.state(), before.state());
        for kind in [Kind::Complaint, Kind::Concern, Kind::Compliment] {
            let offered = next_events(&before, kind, day("2026-11-03"));
            assert!(offered.contains(&EventType::SupportRecorded), "{kind:?}");
            assert!(
                !offered.contains(&EventType::SupportReviewed),
                "nothing to review yet"
            );
            assert!(kind.allows(&events[1].kind));
            let offered = next_events(&after, kind, day("2026-11-03"));
            assert!(offered.contains(&EventType::SupportReviewed), "{kind:?}");
        }
        // Closed, the resident's needs still count (remedies may still be owed to them).
        events.push(on("2026-11-04", EventKind::Withdrawn { reason: None }));
        events.push(reviewed("2026-11-05", 1, Some("2027-03-01")));
        events.push(recorded("2026-11-05", Need::Welfare, "2027-03-01"));
        let closed = fold(&events).unwrap();
        assert_eq!(closed.support().len(), 2);
        assert!(next_events(&closed, Kind::Complaint, day("2026-11-05"))
            .contains(&EventType::SupportRecorded));
    }

    #[test]
    fn what_the_resident_asked_for_reads_as_one_line() {
        assert_eq!(asked_for(&Preferences::default()), None);
        let answers = PreferenceAnswers {
            formats: vec![
                AltFormat::LargePrint.code().into(),
                AltFormat::Braille.code().into(),
            ],
            language: "Urdu".into(),
            interpreter: true,
            adjustments: "Please call after 2pm.".into(),
            ..Preferences::default().answers()
        };
        let preferences = answers.parse().unwrap();
        assert_eq!(
            asked_for(&preferences).as_deref(),
            Some("Large print, Braille; In Urdu, with an interpreter; Please call after 2pm.")
        );
        let language_only = PreferenceAnswers {
            language: "Polish".into(),
            ..Preferences::default().answers()
        };
        assert_eq!(
            asked_for(&language_only.parse().unwrap()).as_deref(),
            Some("In Polish")
        );
    }

    #[test]
    fn the_console_forms_say_what_to_fix_beside_each_box() {
        use crate::steps::StepAnswers;
        let form = |pairs: &[(&str, &str)]| {
            let mut all = vec![
                ("occurred_at".to_owned(), "2026-11-30T14:05".to_owned()),
                ("by".to_owned(), "Sam Patel".to_owned()),
            ];
            all.extend(
                pairs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
            );
            StepAnswers::from_form(&all)
        };
        let names = |errors: Vec<crate::forms::FieldError>| -> Vec<(String, String)> {
            errors
                .into_iter()
                .map(|e| (e.field.id().to_owned(), e.message))
                .collect()
        };
        let empty = form(&[]).parse(EventType::SupportRecorded).unwrap_err();
        assert_eq!(
            names(empty),
            [
                ("need".to_owned(), "Select what was recognised".to_owned()),
                (
                    "adjustment".to_owned(),
                    "Enter how we will respond: the adjustment colleagues are to make".to_owned()
                ),
                ("review_day".to_owned(), "Enter the review day".to_owned()),
            ]
        );
        let event = form(&[
            ("need", "disability"),
            (
                "adjustment",
                "Large print letters, and a call before any visit.",
            ),
            ("review_day", "3"),
            ("review_month", "2"),
            ("review_year", "2027"),
        ])
        .parse(EventType::SupportRecorded)
        .unwrap();
        assert_eq!(
            event.kind,
            EventKind::SupportRecorded {
                need: Need::Disability,
                adjustment: "Large print letters, and a call before any visit.".into(),
                review_by: day("2027-02-03"),
            }
        );
        let unanswered = form(&[("support", "1")])
            .parse(EventType::SupportReviewed)
            .unwrap_err();
        assert_eq!(
            names(unanswered),
            [(
                "still_needed".to_owned(),
                "Select whether it is still needed".to_owned()
            )]
        );
        let kept = form(&[("support", "1"), ("still_needed", "yes")])
            .parse(EventType::SupportReviewed)
            .unwrap_err();
        assert_eq!(
            names(kept)[0].0,
            "review_day",
            "still needed asks for the next review day"
        );
        let ended = form(&[
            ("support", "1"),
            ("still_needed", "no"),
            ("reason", "Moved to sheltered housing."),
        ])
        .parse(EventType::SupportReviewed)
        .unwrap();
        assert_eq!(
            ended.kind,
            EventKind::SupportReviewed {
                number: 1,
                review_by: None,
                note: Some("Moved to sheltered housing.".into()),
            }
        );
    }

    #[test]
    fn every_need_has_a_code_that_reads_back() {
        for need in Need::ALL {
            assert_eq!(Need::from_code(need.code()), Some(need));
            assert!(!need.label().is_empty());
        }
        assert_eq!(Need::from_code("vulnerable"), None);
    }

    proptest! {
        /// Whatever is recorded and reviewed, in any order, the open needs are those recorded
        /// and not ended, and the next review is the earliest of theirs.
        #[test]
        fn the_next_review_is_the_earliest_open_one(
            steps in proptest::collection::vec((0u8..3, 1i64..=MAX_REVIEW_DAYS, 1u32..6), 0..12)
        ) {
            let mut events = vec![on("2026-11-02", EventKind::Received)];
            let mut model: Vec<(NaiveDate, bool)> = Vec::new();
            let today = "2026-11-03";
            for (what, days, number) in steps {
                let review_by = day(today) + chrono::TimeDelta::days(days);
                let index = usize::try_from(number).unwrap() - 1;
                match what {
                    0 => {
                        events.push(recorded(today, Need::Other, &review_by.to_string()));
                        model.push((review_by, true));
                    }
                    _ if index < model.len() && model[index].1 => {
                        let keep = what == 1;
                        events.push(reviewed(today, number, keep.then(|| review_by.to_string()).as_deref()));
                        model[index] = (if keep { review_by } else { model[index].0 }, keep);
                    }
                    _ => {}
                }
            }
            let complaint = fold(&events).unwrap();
            prop_assert_eq!(complaint.support().len(), model.len());
            for (need, (review_by, open)) in complaint.support().iter().zip(&model) {
                prop_assert_eq!(need.open(), *open);
                prop_assert_eq!(need.review_by, *review_by);
            }
            let expected = model.iter().filter(|(_, open)| *open).map(|(by, _)| *by).min();
            prop_assert_eq!(complaint.support_review(), expected);
        }
    }
}
