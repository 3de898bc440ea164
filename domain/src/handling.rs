//! The landlord's side: who may handle complaints, and the rules for recording a new event
//! (beyond the lifecycle's own): it says everything the Code asks of it, it happened no later
//! than now and no earlier than the event before it, and it fits the kind of feedback.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::complaint::{Complaint, Event, EventKind, EventType, Response, State, TransitionError};
use crate::standard::ServiceStandard;

/// A colleague's role in Calico Account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Investigates and answers complaints.
    Handler,
    /// Also decides on discretion (late Stage 2 requests, complaints over 12 months old).
    ComplaintsOfficer,
    /// Also adds colleagues and manages the integrations' API tokens.
    Administrator,
}

impl Role {
    pub const ALL: [Self; 3] = [Self::Handler, Self::ComplaintsOfficer, Self::Administrator];

    /// The stored code and command-line value.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    /// For people: "Complaints Officer".
    pub fn label(self) -> &'static str {
        match self {
            Self::Handler => "Complaint handler",
            Self::ComplaintsOfficer => "Complaints Officer",
            Self::Administrator => "Administrator",
        }
    }

    /// The role with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// Whether they may add colleagues and create or revoke API tokens.
    pub fn administers(self) -> bool {
        self == Self::Administrator
    }

    /// Whether they may use the Complaints Officer's discretion (policy 2024 §7): here,
    /// accepting a Stage 2 request made after the 30-working-day window.
    pub fn uses_discretion(self) -> bool {
        self != Self::Handler
    }
}

/// The longest name an integration's API token may have.
pub const INTEGRATION_NAME_MAX: usize = 100;

/// The name of the integration an API token is for ("Housing management system"), trimmed.
pub fn integration_name(text: &str) -> Result<String, crate::forms::FieldError> {
    let name = text.trim();
    let length = name.chars().count();
    let message = if name.is_empty() {
        "Enter the name of the system that will use the token, like Housing management system"
            .to_owned()
    } else if length > INTEGRATION_NAME_MAX {
        format!("The name must be {INTEGRATION_NAME_MAX} characters or fewer; it has {length}. Shorten it.")
    } else {
        return Ok(name.to_owned());
    };
    Err(crate::forms::FieldError {
        field: crate::forms::Field::Name,
        message,
    })
}

/// Why a colleague with `role` may not record `event`, if they may not. (An integration's
/// token is trusted with every event: its system decides who acted.)
pub fn refused_for(role: Role, event: &EventKind) -> Option<&'static str> {
    match event {
        EventKind::Stage2Requested {
            discretion: Some(_),
            ..
        } if !role.uses_discretion() => Some(
            "Only the Complaints Officer can accept a Stage 2 request made after the window. Ask them to record it, or leave this empty for a request made in time.",
        ),
        _ => None,
    }
}

/// The kind of feedback a complaint record holds, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Kind {
    Complaint,
    Concern,
    Compliment,
}

impl Kind {
    pub const ALL: [Self; 3] = [Self::Complaint, Self::Concern, Self::Compliment];

    /// The stored code: "complaint", "concern" or "compliment".
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    /// For people: "Safety concern".
    pub fn label(self) -> &'static str {
        match self {
            Self::Complaint => "Complaint",
            Self::Concern => "Safety concern",
            Self::Compliment => "Compliment",
        }
    }

    /// The kind with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// Whether an event of this type can happen to this kind of feedback at all.
    pub fn allows(self, event: &EventKind) -> bool {
        match event {
            EventKind::PassedOn { .. } => self == Self::Compliment,
            EventKind::RiskAssessed { .. } => self == Self::Concern,
            EventKind::Withdrawn { .. }
            | EventKind::InformationAdded { .. }
            | EventKind::ConsentVerified { .. }
            | EventKind::ConsentRefused { .. }
            | EventKind::Corrected { .. }
            | EventKind::SupportRecorded { .. }
            | EventKind::SupportReviewed { .. } => true,
            _ => self != Self::Compliment,
        }
    }
}

/// Why a new event cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("It is dated {}, which is in the future; give the time it happened (now or earlier).", .at.to_rfc3339())]
    InTheFuture { at: DateTime<FixedOffset> },
    #[error("{} must say {}.", capitalised(.event), list(.missing))]
    Incomplete {
        event: &'static str,
        missing: Vec<&'static str>,
    },
    #[error("There cannot be {} for a {}.", .event, .kind.label().to_ascii_lowercase())]
    NotForKind { event: &'static str, kind: Kind },
    #[error("Say who did it: the name of the colleague who acted.")]
    Unattributed,
    #[error("{0}")]
    Transition(#[from] TransitionError),
}

impl RecordError {
    /// A stable code for programs (the API's error `code`); the text is for people.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InTheFuture { .. } => "in_the_future",
            Self::Incomplete { .. } => "incomplete",
            Self::NotForKind { .. } => "not_for_this_kind",
            Self::Unattributed => "who_is_missing",
            Self::Transition(error) => error.code(),
        }
    }
}

/// `text` with its first letter in capitals: "A Stage 1 response".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

fn response_gaps(r: &Response) -> Vec<&'static str> {
    let mut gaps: Vec<&'static str> = [
        (&r.about, "what the complaint is about"),
        (&r.outcome_sought, "the outcome sought"),
        (&r.decision, "the decision"),
        (&r.reasons, "the reasons for it"),
        (&r.remedy, "any remedy offered (or that there is none)"),
    ]
    .into_iter()
    .filter(|(text, _)| text.trim().is_empty())
    .map(|(_, what)| what)
    .collect();
    if r.outcome.is_none() {
        gaps.push("whether it is upheld (outcome: upheld, partly_upheld or not_upheld)");
    }
    if r.categories.iter().all(|c| c.trim().is_empty()) {
        gaps.push("at least one category it is about");
    }
    gaps
}

/// What a new event of this type leaves unsaid that the Code asks for (policy 2024 §8.4, §9.2,
/// §9.9, §10.10). Histories recorded before these were asked for still fold; this is only
/// for events being recorded now.
pub fn missing(event: &EventKind) -> Vec<&'static str> {
    match event {
        EventKind::Stage1Acknowledged {
            handler,
            handler_contact,
            about,
            outcome_sought,
            ..
        } => [
            (about, "what the complaint is about"),
            (outcome_sought, "the outcome sought"),
            (handler, "who is handling it"),
            (handler_contact, "how to contact them"),
        ]
        .into_iter()
        .filter(|(text, _)| blank(text))
        .map(|(_, what)| what)
        .collect(),
        EventKind::Stage2Acknowledged {
            reviewer,
            reviewer_contact,
            ..
        } => [
            (reviewer, "who is reviewing it"),
            (reviewer_contact, "how to contact them"),
        ]
        .into_iter()
        .filter(|(text, _)| blank(text))
        .map(|(_, what)| what)
        .collect(),
        EventKind::Stage1Responded(r) | EventKind::Stage2Responded(r) => response_gaps(r),
        EventKind::ConsentRefused { reason } if reason.trim().is_empty() => vec!["why"],
        EventKind::Stage2AskedLate { reason, .. } if reason.trim().is_empty() => {
            vec!["why it is late"]
        }
        EventKind::Corrected { note } if note.trim().is_empty() => {
            vec!["what was wrong and what is right"]
        }
        EventKind::UpdateGiven { text } if text.trim().is_empty() => {
            vec!["what the resident was told"]
        }
        _ => Vec::new(),
    }
}

/// The complaint after recording `event` now, or why it cannot be recorded: each rule in the
/// order a handler would fix them (what it says, when, whether it fits).
pub fn record<Tz: TimeZone>(
    complaint: &Complaint,
    kind: Kind,
    event: &Event,
    now: &DateTime<Tz>,
    cal: &Calendar,
    std: &ServiceStandard,
) -> Result<Complaint, RecordError> {
    if event.by.as_deref().is_none_or(|by| by.trim().is_empty()) {
        return Err(RecordError::Unattributed);
    }
    if !kind.allows(&event.kind) {
        return Err(RecordError::NotForKind {
            event: event.kind.describe(),
            kind,
        });
    }
    let gaps = missing(&event.kind);
    if !gaps.is_empty() {
        return Err(RecordError::Incomplete {
            event: event.kind.describe(),
            missing: gaps,
        });
    }
    if event.at.to_utc() > now.to_utc() {
        return Err(RecordError::InTheFuture { at: event.at });
    }
    Ok(complaint.apply(event, cal, std)?)
}

/// The types of event a colleague may record next (wire names), in the order a console offers
/// them: the lifecycle's next step first, then what may happen at any time. Updates are
/// offered while a stage is open; agreeing how often, once its response will be late (on
/// `today`: extended, or overdue).
pub fn next_events(complaint: &Complaint, kind: Kind, today: NaiveDate) -> Vec<EventType> {
    let mut steps: Vec<EventType> = match (complaint.state(), kind) {
        (State::AwaitingAcknowledgement, Kind::Compliment) => vec![EventType::PassedOn],
        (State::AwaitingAcknowledgement, _) => vec![
            EventType::Stage1Acknowledged,
            EventType::NotAccepted,
            EventType::ResolvedAtFirstContact,
        ],
        (State::Stage1Open, _) => vec![
            EventType::Stage1Responded,
            EventType::Stage1Extended,
            EventType::NotAccepted,
        ],
        (State::Stage1Responded, _) if complaint.stage2_asked_late().is_some() => {
            vec![EventType::Stage2Requested, EventType::NotAccepted]
        }
        (State::Stage1Responded, _) => vec![EventType::Stage2Requested],
        (State::Stage2AwaitingAcknowledgement, _) => {
            vec![EventType::Stage2Acknowledged, EventType::NotAccepted]
        }
        (State::Stage2Open, _) => vec![
            EventType::Stage2Responded,
            EventType::Stage2Extended,
            EventType::NotAccepted,
        ],
        (State::Closed, _) => Vec::new(),
    };
    if kind == Kind::Concern && complaint.state() != State::Closed {
        steps.insert(0, EventType::RiskAssessed);
    }
    if matches!(complaint.state(), State::Stage1Open | State::Stage2Open) {
        if complaint.response_late(today) {
            steps.push(EventType::UpdatesAgreed);
        }
        steps.push(EventType::UpdateGiven);
    }
    if complaint.state() != State::Closed {
        steps.extend([EventType::InformationAdded, EventType::Withdrawn]);
    }
    // Putting things right, from the first response on, closed or not.
    if complaint.answered() {
        steps.push(EventType::ActionAgreed);
    }
    if complaint.actions().iter().any(|a| a.done.is_none()) {
        steps.push(EventType::ActionDone);
    }
    // Recognising a need, and reviewing it, at any point: the need is the resident's.
    steps.push(EventType::SupportRecorded);
    if complaint
        .support()
        .iter()
        .any(crate::support::SupportNeed::open)
    {
        steps.push(EventType::SupportReviewed);
    }
    // The Ombudsman's decision, when the resident took it there: at any point once received.
    if kind != Kind::Compliment {
        steps.push(EventType::OmbudsmanDetermined);
    }
    steps.push(EventType::Corrected);
    steps
}

/// The codes of some event types, for tests to compare with.
#[cfg(test)]
pub(crate) fn codes(types: Vec<EventType>) -> Vec<&'static str> {
    types.into_iter().map(EventType::code).collect()
}

/// Where a complaint stands in a work queue, smallest first: open safety concerns first
/// (not yet assessed, then by risk), then by the nearest deadline the landlord owes, then those
/// waiting on the resident (the Stage 2 window), closed last; ties by when they arrived.
pub fn queue_key(kind: Kind, complaint: &Complaint) -> (u8, u8, NaiveDate, DateTime<Utc>) {
    let due = complaint.next_deadline();
    let (group, risk) = match (complaint.state(), kind) {
        (State::Closed, _) => (3, 0),
        (_, Kind::Concern) => (0, complaint.risk().map_or(0, |r| 1 + r as u8)),
        // A late request for Stage 2 waits for the Complaints Officer's decision.
        _ if complaint.stage2_asked_late().is_some() => (1, 0),
        _ if due.is_some_and(|d| d.kind.owed_by_landlord()) => (1, 0),
        _ => (2, 0),
    };
    (
        group,
        risk,
        due.map_or(NaiveDate::MAX, |d| d.by),
        complaint.received_at().to_utc(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::RiskLevel;
    use proptest::prelude::*;

    const STD: ServiceStandard = ServiceStandard::CALICO_2024;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("instant")
    }

    fn received() -> Complaint {
        Complaint::received(
            at("2026-11-23T09:00:00+00:00"),
            &Calendar::england_and_wales(),
            &STD,
        )
    }

    fn acknowledgement() -> EventKind {
        EventKind::Stage1Acknowledged {
            handler: Some("Sam Patel".into()),
            handler_contact: Some("01282 686300".into()),
            about: Some("The boiler repair was left unfinished.".into()),
            outcome_sought: Some("Finish the repair.".into()),
            handler_account: None,
        }
    }

    fn now() -> DateTime<FixedOffset> {
        at("2026-11-24T12:00:00+00:00")
    }

    fn day() -> NaiveDate {
        d("2026-11-24")
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn try_record(kind: Kind, event: EventKind, when: &str) -> Result<Complaint, RecordError> {
        record(
            &received(),
            kind,
            &Event::new(at(when), event).by("Sam Patel"),
            &now(),
            &Calendar::england_and_wales(),
            &STD,
        )
    }

    #[test]
    fn an_integration_is_named_in_a_hundred_characters_or_fewer() {
        assert_eq!(
            integration_name("  Housing system ").as_deref(),
            Ok("Housing system")
        );
        assert!(integration_name(" ")
            .expect_err("empty")
            .message
            .starts_with("Enter the name"));
        let long = "x".repeat(INTEGRATION_NAME_MAX + 1);
        assert!(integration_name(&long)
            .expect_err("long")
            .message
            .contains("it has 101"));
    }

    #[test]
    fn only_the_complaints_officer_uses_discretion_on_a_late_stage2_request() {
        let late = EventKind::Stage2Requested {
            discretion: Some("The resident was in hospital.".into()),
            still_unhappy: None,
            outcome_wanted: None,
        };
        assert!(refused_for(Role::Handler, &late).is_some());
        assert_eq!(refused_for(Role::ComplaintsOfficer, &late), None);
        assert_eq!(refused_for(Role::Administrator, &late), None);
        let on_time = EventKind::Stage2Requested {
            discretion: None,
            still_unhappy: None,
            outcome_wanted: None,
        };
        assert_eq!(refused_for(Role::Handler, &on_time), None);
    }

    #[test]
    fn roles_and_kinds_round_trip_through_their_codes() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(Role::from_code("resident"), None);
        assert!(Role::Administrator.administers());
        assert!(!Role::ComplaintsOfficer.administers());
    }

    #[test]
    fn an_acknowledgement_must_define_the_complaint_and_name_its_handler() {
        let bare = EventKind::Stage1Acknowledged {
            handler: Some("Sam Patel".into()),
            handler_contact: None,
            about: Some("  ".into()),
            outcome_sought: None,
            handler_account: None,
        };
        let error =
            try_record(Kind::Complaint, bare, "2026-11-24T10:00:00+00:00").expect_err("incomplete");
        assert_eq!(
            error.to_string(),
            "A Stage 1 acknowledgement must say what the complaint is about, the outcome sought and how to contact them."
        );
        let complaint = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-24T10:00:00+00:00",
        )
        .expect("complete");
        assert_eq!(complaint.state(), State::Stage1Open);
    }

    #[test]
    fn a_response_must_state_the_seven_items() {
        let error = missing(&EventKind::Stage2Responded(Response {
            about: "Repairs".into(),
            decision: "Upheld".into(),
            ..Response::default()
        }));
        assert_eq!(
            error,
            vec![
                "the outcome sought",
                "the reasons for it",
                "any remedy offered (or that there is none)",
                "whether it is upheld (outcome: upheld, partly_upheld or not_upheld)",
                "at least one category it is about"
            ]
        );
    }

    #[test]
    fn an_event_cannot_be_dated_in_the_future_but_can_be_logged_late() {
        let error = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-24T12:00:01+00:00",
        )
        .expect_err("future");
        assert!(matches!(error, RecordError::InTheFuture { .. }));
        assert!(error.to_string().contains("in the future"), "{error}");
        // A letter that arrived yesterday, logged today.
        assert!(try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-23T16:00:00+00:00"
        )
        .is_ok());
    }

    #[test]
    fn an_event_cannot_be_dated_before_the_one_before_it() {
        let error = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-23T08:59:59+00:00",
        )
        .expect_err("before");
        assert!(matches!(
            error,
            RecordError::Transition(TransitionError::BeforePreviousEvent { .. })
        ));
    }

    #[test]
    fn a_new_event_names_who_did_it() {
        let error = record(
            &received(),
            Kind::Complaint,
            &Event::new(at("2026-11-24T10:00:00+00:00"), acknowledgement()).by(" "),
            &now(),
            &Calendar::england_and_wales(),
            &STD,
        )
        .expect_err("unattributed");
        assert_eq!(error.code(), "who_is_missing");
    }

    #[test]
    fn events_fit_their_kind_of_feedback() {
        let pass_on = EventKind::PassedOn {
            to: "Housing manager".into(),
        };
        let error = try_record(
            Kind::Complaint,
            pass_on.clone(),
            "2026-11-24T10:00:00+00:00",
        )
        .expect_err("not for a complaint");
        assert_eq!(
            error.to_string(),
            "There cannot be passing on a compliment for a complaint."
        );
        let passed =
            try_record(Kind::Compliment, pass_on, "2026-11-24T10:00:00+00:00").expect("compliment");
        assert_eq!(passed.state(), State::Closed);
        assert!(try_record(
            Kind::Compliment,
            acknowledgement(),
            "2026-11-24T10:00:00+00:00"
        )
        .is_err());
        let risk = EventKind::RiskAssessed {
            level: RiskLevel::High,
            reason: None,
        };
        assert!(try_record(Kind::Complaint, risk.clone(), "2026-11-24T10:00:00+00:00").is_err());
        let assessed =
            try_record(Kind::Concern, risk, "2026-11-24T10:00:00+00:00").expect("concern");
        assert_eq!(assessed.state(), State::AwaitingAcknowledgement);
    }

    #[test]
    fn an_extension_is_refused_past_the_most_one_may_add_even_with_a_good_reason() {
        let acknowledged = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-24T10:00:00+00:00",
        )
        .expect("acknowledged");
        let long = Event::new(
            at("2026-11-24T11:00:00+00:00"),
            EventKind::Stage1Extended {
                working_days: u32::MAX,
                reason: "Waiting for a survey".into(),
                good_reason: Some("The survey cannot be done sooner".into()),
            },
        )
        .by("Sam Patel");
        let error = record(
            &acknowledged,
            Kind::Complaint,
            &long,
            &now(),
            &Calendar::england_and_wales(),
            &STD,
        )
        .expect_err("too long");
        assert_eq!(error.code(), "extension_too_long");
    }

    #[test]
    fn state_codes_are_the_wire_names() {
        for state in State::ALL {
            assert_eq!(
                serde_json::to_value(state).expect("json"),
                serde_json::Value::String(state.code().into())
            );
            assert_eq!(State::from_code(state.code()), Some(state));
        }
    }

    #[test]
    fn the_queue_puts_unassessed_and_riskier_concerns_first_then_the_nearest_deadline() {
        let cal = Calendar::england_and_wales();
        let assessed = |level| {
            received()
                .apply(
                    &Event::new(
                        at("2026-11-23T10:00:00+00:00"),
                        EventKind::RiskAssessed {
                            level,
                            reason: None,
                        },
                    ),
                    &cal,
                    &STD,
                )
                .expect("assessed")
        };
        let later = Complaint::received(at("2026-11-25T09:00:00+00:00"), &cal, &STD);
        let closed = received()
            .apply(
                &Event::new(
                    at("2026-11-23T10:00:00+00:00"),
                    EventKind::Withdrawn { reason: None },
                ),
                &cal,
                &STD,
            )
            .expect("closed");
        let mut keys = [
            ("closed", queue_key(Kind::Complaint, &closed)),
            ("later complaint", queue_key(Kind::Complaint, &later)),
            (
                "low concern",
                queue_key(Kind::Concern, &assessed(RiskLevel::Low)),
            ),
            ("complaint", queue_key(Kind::Complaint, &received())),
            (
                "emergency",
                queue_key(Kind::Concern, &assessed(RiskLevel::Emergency)),
            ),
            ("unassessed concern", queue_key(Kind::Concern, &received())),
        ];
        keys.sort_by_key(|(_, key)| *key);
        let order: Vec<_> = keys.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            order,
            [
                "unassessed concern",
                "emergency",
                "low concern",
                "complaint",
                "later complaint",
                "closed"
            ]
        );
    }

    #[test]
    fn the_console_offers_the_next_step_first() {
        assert_eq!(
            codes(next_events(&received(), Kind::Concern, day()))[..2],
            ["risk_assessed", "stage1_acknowledged"]
        );
        assert_eq!(
            codes(next_events(&received(), Kind::Compliment, day()))[0],
            "passed_on"
        );
        let closed = try_record(
            Kind::Complaint,
            EventKind::Withdrawn { reason: None },
            "2026-11-24T10:00:00+00:00",
        )
        .expect("withdrawn");
        assert_eq!(
            codes(next_events(&closed, Kind::Complaint, day())),
            ["support_recorded", "ombudsman_determined", "corrected"]
        );
        assert!(!codes(next_events(&received(), Kind::Compliment, day()))
            .contains(&"ombudsman_determined"));
        // Not accepting stays open until the stage's response (court proceedings may start).
        let open = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-24T10:00:00+00:00",
        )
        .expect("acknowledged");
        assert_eq!(
            codes(next_events(&open, Kind::Complaint, day()))[..3],
            ["stage1_responded", "stage1_extended", "not_accepted"]
        );
    }

    #[test]
    fn agreeing_updates_is_offered_once_the_response_will_be_late() {
        let open = try_record(
            Kind::Complaint,
            acknowledgement(),
            "2026-11-24T10:00:00+00:00",
        )
        .expect("acknowledged");
        let offered = |c: &Complaint, today| codes(next_events(c, Kind::Complaint, today));
        // Due by 8 December: an update may be given, but nothing is late yet.
        assert_eq!(open.deadlines().stage1_respond_by, Some(d("2026-12-08")));
        assert!(offered(&open, d("2026-12-08")).contains(&"update_given"));
        assert!(!offered(&open, d("2026-12-08")).contains(&"updates_agreed"));
        // Overdue the next day.
        assert!(offered(&open, d("2026-12-09")).contains(&"updates_agreed"));
        // Or extended.
        let extended = open
            .apply(
                &Event::new(
                    at("2026-11-25T10:00:00+00:00"),
                    EventKind::Stage1Extended {
                        working_days: 5,
                        reason: "A surveyor must visit.".into(),
                        good_reason: None,
                    },
                ),
                &Calendar::england_and_wales(),
                &STD,
            )
            .expect("extended");
        assert!(offered(&extended, d("2026-11-25")).contains(&"updates_agreed"));
        // Neither before acknowledgement, however late.
        let waiting = offered(&received(), d("2027-03-01"));
        assert!(!waiting.contains(&"update_given") && !waiting.contains(&"updates_agreed"));
    }

    proptest! {
        /// Whatever is offered next is an event type the kind allows.
        #[test]
        fn what_is_offered_next_fits_the_kind(kind in prop::sample::select(Kind::ALL.to_vec())) {
            for name in codes(next_events(&received(), kind, day())) {
                let sample = match name {
                    "passed_on" => EventKind::PassedOn { to: "x".into() },
                    "risk_assessed" => EventKind::RiskAssessed { level: RiskLevel::Low, reason: None },
                    "stage1_acknowledged" => acknowledgement(),
                    "not_accepted" => EventKind::NotAccepted { reason: "x".into() },
                    "resolved_at_first_contact" => EventKind::ResolvedAtFirstContact,
                    "information_added" => EventKind::InformationAdded { text: None },
                    "withdrawn" => EventKind::Withdrawn { reason: None },
                    "corrected" => EventKind::Corrected { note: "x".into() },
                    "support_recorded" => EventKind::SupportRecorded {
                        need: crate::support::Need::Other,
                        adjustment: "x".into(),
                        review_by: d("2027-01-04"),
                    },
                    "ombudsman_determined" => EventKind::OmbudsmanDetermined {
                        case: "202612345".into(),
                        finding: crate::ombudsman::Finding::ServiceFailure,
                        determined_on: d("2026-11-24"),
                        orders: None,
                    },
                    other => panic!("unexpected {other}"),
                };
                prop_assert!(kind.allows(&sample), "{name} for {kind:?}");
                prop_assert!(try_record(kind, sample, "2026-11-24T10:00:00+00:00").is_ok(), "{name}");
            }
        }

        /// An event is never accepted with a time after now, by however little.
        #[test]
        fn nothing_is_recorded_in_the_future(seconds in 1i64..10_000_000) {
            let when = now() + chrono::TimeDelta::seconds(seconds);
            let result = record(
                &received(),
                Kind::Complaint,
                &Event::new(when, acknowledgement()).by("Sam Patel"),
                &now(),
                &Calendar::england_and_wales(),
                &STD,
            );
            let is_future = matches!(result, Err(RecordError::InTheFuture { .. }));
            prop_assert!(is_future);
        }
    }
}
