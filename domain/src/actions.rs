//! Putting things right, and learning from it (the Code's "putting things right"; policy
//! 2024 §11): each remedy promised in or after a response (a repair, a payment, an apology, or
//! something else) and each learning action is an action with an owner and a due date, kept on
//! the complaint until marked done. Remedies are shown to the resident until done; an overdue
//! one is on the work queue. (Failing to put things right after a response is among the
//! Ombudsman's most frequent findings.)

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ActionKind {
    /// A repair or other work to put things right.
    Repair,
    /// A payment to the resident: compensation, or a refund.
    Payment,
    /// An apology.
    Apology,
    /// Any other remedy for the resident.
    OtherRemedy,
    /// A change to how the landlord works, learned from the complaint: not the resident's to
    /// follow, but reported.
    Learning,
}

impl ActionKind {
    pub const ALL: [Self; 5] = [
        Self::Repair,
        Self::Payment,
        Self::Apology,
        Self::OtherRemedy,
        Self::Learning,
    ];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Repair => "A repair or other work",
            Self::Payment => "A payment (compensation or a refund)",
            Self::Apology => "An apology",
            Self::OtherRemedy => "Something else for the resident",
            Self::Learning => "Learning: a change to how we work",
        }
    }

    /// Whether it puts things right for the resident (shown to them), rather than learning.
    pub fn is_remedy(self) -> bool {
        self != Self::Learning
    }
}

/// An action agreed on a complaint, numbered from 1 in the order agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Action {
    pub number: u32,
    pub kind: ActionKind,
    /// What will be done, in words the resident can read (for a remedy).
    pub what: String,
    /// Who is responsible: a colleague or a team.
    pub owner: String,
    pub due: NaiveDate,
    /// For a payment: the amount, in pence.
    pub amount_pence: Option<u64>,
    /// The day it was marked done.
    pub done: Option<NaiveDate>,
}

impl Action {
    /// Open, and past its day on `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.done.is_none() && today > self.due
    }

    /// "£125.00".
    pub fn amount_words(&self) -> Option<String> {
        self.amount_pence.map(pounds)
    }
}

/// An amount in pence as pounds: "£1,250.00".
pub fn pounds(pence: u64) -> String {
    let whole = (pence / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("£{grouped}.{:02}", pence % 100)
}

/// Reads an amount typed in pounds ("125", "£125.50", "1,250"), as pence.
pub fn parse_pounds(text: &str) -> Result<u64, String> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let invalid = || "Enter the amount in pounds, like 125 or 125.50".to_owned();
    if cleaned.is_empty() {
        return Err(invalid());
    }
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 2
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(invalid());
    }
    let whole: u64 = whole.parse().map_err(|_| invalid())?;
    let fraction: u64 = format!("{fraction:0<2}").parse().map_err(|_| invalid())?;
    let pence = whole
        .checked_mul(100)
        .and_then(|p| p.checked_add(fraction))
        .filter(|p| *p <= MAX_PAYMENT_PENCE)
        .ok_or_else(|| format!("The amount can be at most {}", pounds(MAX_PAYMENT_PENCE)))?;
    if pence == 0 {
        return Err("Enter an amount of more than £0".into());
    }
    Ok(pence)
}

/// The furthest ahead an action's day may be, in days: two years (a mistyped year is caught
/// rather than owed at once or never).
pub const MAX_ACTION_DAYS: i64 = 731;

/// The most one payment may be: a mistyped amount is caught rather than promised.
pub const MAX_PAYMENT_PENCE: u64 = 10_000_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::{Complaint, Event, EventKind, Response, TransitionError};
    use crate::{Calendar, ServiceStandard};

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

    fn agreed(s: &str, kind: ActionKind, due: &str, amount_pence: Option<u64>) -> Event {
        on(
            s,
            EventKind::ActionAgreed {
                kind,
                what: format!("{kind:?}"),
                owner: "Repairs team".into(),
                due: day(due),
                amount_pence,
            },
        )
    }

    fn done(s: &str, number: u32) -> Event {
        on(s, EventKind::ActionDone { number, note: None })
    }

    fn answered() -> Vec<Event> {
        vec![
            on("2026-11-02", EventKind::Received),
            on(
                "2026-11-03",
                EventKind::Stage1Acknowledged {
                    handler: Some("Sam Patel".into()),
                    handler_account: None,
                    handler_contact: None,
                    about: None,
                    outcome_sought: None,
                },
            ),
            on(
                "2026-11-10",
                EventKind::Stage1Responded(Response::default()),
            ),
        ]
    }

    fn fold(events: &[Event]) -> Result<Complaint, crate::complaint::HistoryError> {
        Complaint::fold(
            events,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
    }

    fn refusal(events: &[Event]) -> TransitionError {
        match fold(events) {
            Err(crate::complaint::HistoryError::Transition { source, .. }) => source,
            other => panic!("refused, not {other:?}"),
        }
    }

    #[test]
    fn remedies_are_agreed_from_a_response_and_owed_until_done() {
        let mut events = answered();
        events.push(agreed("2026-11-10", ActionKind::Repair, "2026-11-20", None));
        events.push(agreed(
            "2026-11-11",
            ActionKind::Payment,
            "2026-11-18",
            Some(12_500),
        ));
        events.push(agreed(
            "2026-11-11",
            ActionKind::Learning,
            "2026-11-12",
            None,
        ));
        let complaint = fold(&events).unwrap();
        assert_eq!(complaint.actions().len(), 3);
        assert_eq!(complaint.actions()[1].number, 2);
        assert_eq!(
            complaint.actions()[1].amount_words().as_deref(),
            Some("£125.00")
        );
        // Learning is not the resident's to wait for.
        assert_eq!(complaint.remedy_due(), Some(day("2026-11-18")));
        events.push(done("2026-11-17", 2));
        let complaint = fold(&events).unwrap();
        assert_eq!(complaint.actions()[1].done, Some(day("2026-11-17")));
        assert_eq!(complaint.remedy_due(), Some(day("2026-11-20")));
        assert!(complaint.actions()[0].overdue(day("2026-11-21")));
        assert!(!complaint.actions()[1].overdue(day("2026-11-21")));
        events.push(done("2026-11-19", 1));
        assert_eq!(fold(&events).unwrap().remedy_due(), None);
    }

    #[test]
    fn each_rule_is_said() {
        let before = {
            let mut events = answered();
            events.truncate(2);
            events.push(agreed(
                "2026-11-04",
                ActionKind::Apology,
                "2026-11-05",
                None,
            ));
            events
        };
        assert_eq!(refusal(&before), TransitionError::ActionBeforeResponse);
        let with = |event: Event| {
            let mut events = answered();
            events.push(event);
            refusal(&events)
        };
        assert_eq!(
            with(agreed("2026-11-10", ActionKind::Repair, "2026-11-09", None)),
            TransitionError::ActionDueInPast {
                due: day("2026-11-09")
            }
        );
        assert_eq!(
            with(agreed(
                "2026-11-10",
                ActionKind::Payment,
                "2026-11-20",
                None
            )),
            TransitionError::PaymentWithoutAmount
        );
        assert_eq!(
            with(agreed("2026-11-10", ActionKind::Repair, "2206-11-20", None)),
            TransitionError::ActionDueTooFar {
                days: MAX_ACTION_DAYS
            }
        );
        assert_eq!(
            with(agreed(
                "2026-11-10",
                ActionKind::Payment,
                "2026-11-20",
                Some(MAX_PAYMENT_PENCE + 1)
            )),
            TransitionError::AmountTooLarge {
                max: "£100,000.00".into()
            }
        );
        assert_eq!(
            with(agreed(
                "2026-11-10",
                ActionKind::Apology,
                "2026-11-20",
                Some(100)
            )),
            TransitionError::AmountWithoutPayment
        );
        assert_eq!(
            with(on(
                "2026-11-10",
                EventKind::ActionAgreed {
                    kind: ActionKind::Repair,
                    what: " ".into(),
                    owner: "x".into(),
                    due: day("2026-11-20"),
                    amount_pence: None
                }
            )),
            TransitionError::ActionWithoutWhat
        );
        assert_eq!(
            with(done("2026-11-10", 1)),
            TransitionError::NoSuchAction {
                number: 1,
                count: 0
            }
        );
        let mut twice = answered();
        twice.push(agreed(
            "2026-11-10",
            ActionKind::Apology,
            "2026-11-12",
            None,
        ));
        twice.push(done("2026-11-11", 1));
        twice.push(done("2026-11-12", 1));
        assert_eq!(
            refusal(&twice),
            TransitionError::ActionAlreadyDone {
                number: 1,
                done: day("2026-11-11")
            }
        );
    }

    #[test]
    fn a_closed_complaint_still_takes_and_finishes_its_remedies() {
        let mut events = answered();
        events.push(on("2026-11-12", EventKind::Withdrawn { reason: None }));
        events.push(agreed("2026-11-13", ActionKind::Repair, "2026-11-30", None));
        let complaint = fold(&events).unwrap();
        assert_eq!(complaint.state(), crate::State::Closed);
        assert_eq!(complaint.remedy_due(), Some(day("2026-11-30")));
        let offered = crate::handling::next_events(
            &complaint,
            crate::handling::Kind::Complaint,
            day("2026-11-13"),
        );
        assert!(
            offered.contains(&crate::complaint::EventType::ActionDone),
            "{offered:?}"
        );
    }

    proptest::proptest! {
        /// Whatever is agreed and done, the remedy owed first is the earliest open remedy.
        #[test]
        fn the_remedy_owed_first_is_the_earliest_open_one(
            plan in proptest::collection::vec((0usize..5, 0i64..40, proptest::bool::ANY), 1..8)
        ) {
            let mut events = answered();
            for (kind, days, _) in &plan {
                let kind = ActionKind::ALL[*kind];
                let due = day("2026-11-10") + chrono::TimeDelta::days(*days);
                let amount = (kind == ActionKind::Payment).then_some(1_000);
                events.push(agreed("2026-11-10", kind, &due.to_string(), amount));
            }
            for (i, (_, _, finish)) in plan.iter().enumerate() {
                if *finish {
                    events.push(done("2026-11-10", u32::try_from(i + 1).unwrap()));
                }
            }
            let complaint = fold(&events).unwrap();
            let expected = plan
                .iter()
                .filter(|(kind, _, finish)| ActionKind::ALL[*kind].is_remedy() && !finish)
                .map(|(_, days, _)| day("2026-11-10") + chrono::TimeDelta::days(*days))
                .min();
            proptest::prop_assert_eq!(complaint.remedy_due(), expected);
        }
    }

    #[test]
    fn amounts_are_read_and_written_in_pounds() {
        assert_eq!(parse_pounds("125"), Ok(12_500));
        assert_eq!(parse_pounds("£1,250.5"), Ok(125_050));
        assert_eq!(parse_pounds(" 0.99 "), Ok(99));
        for bad in ["", "ten", "1.234", "-5", "0", "£", "1.2.3"] {
            assert!(parse_pounds(bad).is_err(), "{bad}");
        }
        assert!(parse_pounds("100001")
            .unwrap_err()
            .contains("at most £100,000.00"));
        assert_eq!(pounds(125_050), "£1,250.50");
        assert_eq!(pounds(5), "£0.05");
        assert_eq!(pounds(100_000_000), "£1,000,000.00");
    }

    #[test]
    fn every_kind_has_one_code_and_only_learning_is_not_a_remedy() {
        crate::codes::round_trips(&ActionKind::ALL).unwrap();
        assert_eq!(ActionKind::ALL.iter().filter(|k| !k.is_remedy()).count(), 1);
    }

    proptest::proptest! {
        #[test]
        fn any_amount_written_reads_back(pence in 1u64..=MAX_PAYMENT_PENCE) {
            proptest::prop_assert_eq!(parse_pounds(&pounds(pence)), Ok(pence));
        }
    }
}
