//! The `deadlines` report: a complaint's events as JSON in, its state and deadlines as JSON out.
//!
//! Input: `{"events": [{"type": T, "at": RFC 3339 with offset, ...}, ...]}`, or the `events`
//! of `GET /api/v1/complaints/{reference}` exactly as it returns them (the time is then
//! `occurred_at`; `id`, `recorded_at`, `recorded_by` and `letter_id` are ignored), so a real
//! history round-trips with the same deadlines. Every event type is read. Output: `state` and
//! the six deadlines, each `"YYYY-MM-DD"` or `null` until its starting event happened.
//! An impossible history gives one plain sentence saying what is wrong and where.
//!
//! Optional fields read when present (all may be left out): `by` on any event (who acted),
//! `handler` on `stage1_acknowledged`, `reviewer` on `stage2_acknowledged` (refused if it is
//! the Stage 1 handler), `good_reason` on either extension (needed past the policy's limit),
//! `discretion` on `stage2_requested` (the Complaints Officer's reason for a late request),
//! `reason` on `not_accepted` (required) and `withdrawn`. Other fields are ignored.

use chrono::DateTime;
use serde::Serialize;
use serde_json::Value;

use crate::calendar::Calendar;
use crate::complaint::{Complaint, Deadlines, Event, EventType, HistoryError, State};
use crate::standard::ServiceStandard;

/// The event types the report reads, as a list for a message: every [`EventType`]'s code.
fn event_types() -> String {
    EventType::ALL
        .iter()
        .map(|t| t.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is wrong with the input, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("The input is not valid JSON: {message} (line {line}, column {column}).")]
    BadJson {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("The input must be a JSON object with an \"events\" list: {0}.")]
    BadShape(String),
    #[error("Event {position} is not a JSON object.")]
    NotAnObject { position: usize },
    #[error("Event {position} has no \"type\"; expected one of {}.", event_types())]
    MissingType { position: usize },
    #[error(
        "Event {position} has an unknown type {found:?}; expected one of {}.",
        event_types()
    )]
    UnknownType { position: usize, found: String },
    #[error("Event {position} ({event}) has no \"at\" time; give an RFC 3339 timestamp with an offset, such as 2026-12-24T09:30:00Z.")]
    MissingTime { position: usize, event: String },
    #[error("Event {position} ({event}) has both \"at\" and \"occurred_at\", and they differ; give one of them.")]
    TwoTimes { position: usize, event: String },
    #[error("Event {position} ({event}) has the time {found}, which is not an RFC 3339 timestamp with an offset, such as 2026-12-24T09:30:00Z.")]
    BadTime {
        position: usize,
        event: String,
        found: String,
    },
    #[error("Event {position} ({event}) is not valid: {message}.")]
    BadEvent {
        position: usize,
        event: String,
        message: String,
    },
    #[error("{0}")]
    History(#[from] HistoryError),
}

/// The report's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Where the complaint is.
    pub state: State,
    /// Every deadline, `null` until its starting event happened.
    #[serde(flatten)]
    pub deadlines: Deadlines,
}

/// Reads the events from `input`, folds them and returns the report as JSON text.
pub fn deadlines_report(
    input: &str,
    cal: &Calendar,
    std: &ServiceStandard,
) -> Result<String, ReportError> {
    let report = report(input, cal, std)?;
    serde_json::to_string(&report).map_err(|e| ReportError::BadShape(e.to_string()))
}

/// Reads and folds the events.
pub fn report(input: &str, cal: &Calendar, std: &ServiceStandard) -> Result<Report, ReportError> {
    let events = parse_events(input)?;
    let complaint = Complaint::fold(&events, cal, std)?;
    Ok(Report {
        state: complaint.state(),
        deadlines: *complaint.deadlines(),
    })
}

/// Parses the input into events, naming the first one that is wrong.
pub fn parse_events(input: &str) -> Result<Vec<Event>, ReportError> {
    let value: Value = serde_json::from_str(input).map_err(|e| {
        let message = e.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        ReportError::BadJson {
            message,
            line: e.line(),
            column: e.column(),
        }
    })?;
    let events = match value {
        Value::Object(mut object) => match object.remove("events") {
            Some(Value::Array(events)) => events,
            Some(_) => return Err(ReportError::BadShape("\"events\" is not a list".into())),
            None => return Err(ReportError::BadShape("it has no \"events\"".into())),
        },
        _ => {
            return Err(ReportError::BadShape(
                "the top level is not an object".into(),
            ))
        }
    };
    events
        .into_iter()
        .enumerate()
        .map(|(i, value)| parse_event(i + 1, value))
        .collect()
}

fn parse_event(position: usize, mut value: Value) -> Result<Event, ReportError> {
    let object = value
        .as_object_mut()
        .ok_or(ReportError::NotAnObject { position })?;
    let event = match object.get("type") {
        None => return Err(ReportError::MissingType { position }),
        Some(Value::String(t)) if EventType::from_code(t).is_some() => t.clone(),
        Some(other) => {
            let found = other
                .as_str()
                .map_or_else(|| other.to_string(), str::to_owned);
            return Err(ReportError::UnknownType { position, found });
        }
    };
    // The API names the time `occurred_at`.
    if let Some(occurred_at) = object.remove("occurred_at") {
        match object.get("at") {
            Some(at) if *at != occurred_at => {
                return Err(ReportError::TwoTimes { position, event })
            }
            _ => {
                object.insert("at".into(), occurred_at);
            }
        }
    }
    match object.get("at") {
        None => return Err(ReportError::MissingTime { position, event }),
        Some(Value::String(at)) if DateTime::parse_from_rfc3339(at).is_ok() => {}
        Some(other) => {
            return Err(ReportError::BadTime {
                position,
                event,
                found: other.to_string(),
            })
        }
    }
    serde_json::from_value(value).map_err(|e| ReportError::BadEvent {
        position,
        event,
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::EventKind;

    fn run(input: &str) -> Result<String, ReportError> {
        deadlines_report(
            input,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
    }

    #[test]
    fn every_event_type_is_read_and_named() {
        use crate::complaint::Response;
        use crate::feedback::RiskLevel;
        let every = [
            EventKind::Received,
            EventKind::Stage1Acknowledged {
                handler: None,
                handler_contact: None,
                about: None,
                outcome_sought: None,
                handler_account: None,
            },
            EventKind::Stage1Extended {
                working_days: 1,
                reason: "x".into(),
                good_reason: None,
            },
            EventKind::Stage1Responded(Response::default()),
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
            EventKind::Stage2Acknowledged {
                reviewer: None,
                reviewer_contact: None,
                reviewer_account: None,
            },
            EventKind::Stage2Extended {
                working_days: 1,
                reason: "x".into(),
                good_reason: None,
            },
            EventKind::Stage2Responded(Response::default()),
            EventKind::NotAccepted { reason: "x".into() },
            EventKind::Withdrawn { reason: None },
            EventKind::ResolvedAtFirstContact,
            EventKind::Stage2AskedLate {
                reason: "x".into(),
                still_unhappy: None,
                outcome_wanted: None,
            },
            EventKind::InformationAdded { text: None },
            EventKind::RiskAssessed {
                level: RiskLevel::Low,
                reason: None,
            },
            EventKind::PassedOn { to: "x".into() },
            EventKind::ConsentVerified { how: None },
            EventKind::ConsentRefused { reason: "x".into() },
            EventKind::UpdatesAgreed {
                every_working_days: 5,
                how: None,
            },
            EventKind::UpdateGiven { text: "x".into() },
            EventKind::ActionAgreed {
                kind: crate::actions::ActionKind::Apology,
                what: "x".into(),
                owner: "x".into(),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("day"),
                amount_pence: None,
            },
            EventKind::ActionDone {
                number: 1,
                note: None,
            },
            EventKind::SupportRecorded {
                need: crate::support::Need::Other,
                adjustment: "x".into(),
                review_by: chrono::NaiveDate::from_ymd_opt(2027, 1, 4).expect("day"),
            },
            EventKind::SupportReviewed {
                number: 1,
                review_by: None,
                note: None,
            },
            EventKind::OmbudsmanDetermined {
                case: "202612345".into(),
                finding: crate::ombudsman::Finding::NoMaladministration,
                determined_on: chrono::NaiveDate::from_ymd_opt(2027, 1, 4).expect("day"),
                orders: None,
            },
            EventKind::Corrected { note: "x".into() },
        ];
        let names: Vec<&str> = every.iter().map(EventKind::name).collect();
        let types: Vec<&str> = EventType::ALL.iter().map(|t| t.code()).collect();
        assert_eq!(names, types, "one sample of every type, in order");
        for kind in every {
            let mut value = serde_json::to_value(Event::new(
                DateTime::parse_from_rfc3339("2026-12-24T10:00:00Z").expect("t"),
                kind.clone(),
            ))
            .expect("json");
            // The JSON's tag is the type's code: one set of names.
            assert_eq!(value["type"], kind.event_type().code());
            // As the API writes it: the time is `occurred_at`, with its own fields around.
            let object = value.as_object_mut().expect("object");
            let at = object.remove("at").expect("at");
            object.insert("occurred_at".into(), at);
            object.insert("id".into(), 7.into());
            object.insert("recorded_by".into(), "API: Housing system".into());
            let parsed = parse_event(1, value).unwrap_or_else(|e| panic!("{}: {e}", kind.name()));
            assert_eq!(parsed.kind, kind);
        }
    }

    #[test]
    fn the_time_may_be_at_or_occurred_at_but_not_two_different_times() {
        let same = run(
            r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z","occurred_at":"2026-12-24T10:00:00Z"}]}"#,
        );
        assert!(same.is_ok(), "{same:?}");
        assert_eq!(
            run(
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z","occurred_at":"2026-12-25T10:00:00Z"}]}"#
            ),
            Err(ReportError::TwoTimes {
                position: 1,
                event: "received".into()
            })
        );
    }

    #[test]
    fn a_received_complaint_has_only_its_acknowledgement_dates() {
        let out =
            run(r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"}]}"#).expect("report");
        assert_eq!(
            out,
            r#"{"state":"awaiting_acknowledgement","acknowledge_target":"2026-12-30","acknowledge_by":"2027-01-05","stage1_respond_by":null,"stage2_request_by":null,"stage2_acknowledge_by":null,"stage2_respond_by":null}"#
        );
    }

    #[test]
    fn both_stages_with_extensions_then_closed() {
        let out = run(r#"{"events":[
            {"type":"received","at":"2026-12-24T10:00:00+00:00"},
            {"type":"stage1_acknowledged","at":"2027-01-04T09:00:00+00:00"},
            {"type":"stage1_extended","at":"2027-01-12T09:00:00+00:00","working_days":5,"reason":"Surveyor's report"},
            {"type":"stage1_responded","at":"2027-01-22T09:00:00+00:00"},
            {"type":"stage2_requested","at":"2027-02-01T21:00:00+00:00"},
            {"type":"stage2_acknowledged","at":"2027-02-03T09:00:00+00:00"},
            {"type":"stage2_extended","at":"2027-02-20T09:00:00+00:00","working_days":10,"reason":"Independent survey"},
            {"type":"stage2_responded","at":"2027-03-10T12:00:00+00:00"}
        ]}"#)
        .expect("report");
        let v: Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["state"], "closed");
        assert_eq!(v["acknowledge_by"], "2027-01-05");
        assert_eq!(v["stage1_respond_by"], "2027-01-25");
        assert_eq!(v["stage2_request_by"], "2027-03-05");
        assert_eq!(v["stage2_acknowledge_by"], "2027-02-08");
        assert_eq!(v["stage2_respond_by"], "2027-03-17");
    }

    #[test]
    fn each_impossible_input_says_what_and_where() {
        let cases = [
            ("{\"events\": [", "The input is not valid JSON: EOF while parsing a list (line 1, column 12)."),
            ("[]", "The input must be a JSON object with an \"events\" list: the top level is not an object."),
            ("{}", "The input must be a JSON object with an \"events\" list: it has no \"events\"."),
            ("{\"events\": []}", "The history has no events; it must start with the complaint being received."),
            ("{\"events\": [3]}", "Event 1 is not a JSON object."),
            (
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage3","at":"2026-12-25T10:00:00Z"}]}"#,
                "Event 2 has an unknown type \"stage3\"; expected one of received, stage1_acknowledged, stage1_extended, stage1_responded, stage2_requested, stage2_acknowledged, stage2_extended, stage2_responded, not_accepted, withdrawn, resolved_at_first_contact, stage2_asked_late, information_added, risk_assessed, passed_on, consent_verified, consent_refused, updates_agreed, update_given, action_agreed, action_done, support_recorded, support_reviewed, ombudsman_determined, corrected.",
            ),
            (
                r#"{"events":[{"type":"received","at":"24/12/2026"}]}"#,
                "Event 1 (received) has the time \"24/12/2026\", which is not an RFC 3339 timestamp with an offset, such as 2026-12-24T09:30:00Z.",
            ),
            (
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00"}]}"#,
                "Event 1 (received) has the time \"2026-12-24T10:00:00\", which is not an RFC 3339 timestamp with an offset, such as 2026-12-24T09:30:00Z.",
            ),
            (
                r#"{"events":[{"type":"received"}]}"#,
                "Event 1 (received) has no \"at\" time; give an RFC 3339 timestamp with an offset, such as 2026-12-24T09:30:00Z.",
            ),
            (
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage1_acknowledged","at":"2026-12-29T10:00:00Z"},{"type":"stage1_extended","at":"2026-12-30T10:00:00Z","working_days":5}]}"#,
                "Event 3 (stage1_extended) is not valid: missing field `reason`.",
            ),
            (
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage1_responded","at":"2026-12-29T10:00:00Z"}]}"#,
                "Event 2 (stage1_responded): There cannot be a Stage 1 response while the complaint is waiting to be acknowledged.",
            ),
            (
                r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage1_acknowledged","at":"2026-12-29T10:00:00Z"},{"type":"stage1_responded","at":"2027-01-04T10:00:00Z"},{"type":"stage2_requested","at":"2027-02-16T00:00:00Z"}]}"#,
                "Event 4 (stage2_requested): The window to ask for Stage 2 closed at the end of Monday 15 February 2027; a later request needs the Complaints Officer's discretion recorded with it.",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                run(input).expect_err(input).to_string(),
                expected,
                "for {input}"
            );
        }
    }

    #[test]
    fn the_stage2_window_closes_at_midnight_london_time_in_summer() {
        // Responded Mon 1 June 2026; the 30th working day after is Mon 13 July 2026 (BST).
        let base = r#"{"type":"received","at":"2026-05-01T09:00:00+01:00"},
            {"type":"stage1_acknowledged","at":"2026-05-05T09:00:00+01:00","handler":"Sam Patel"},
            {"type":"stage1_responded","at":"2026-06-01T12:00:00+01:00"}"#;
        let with = |request: &str| run(&format!(r#"{{"events":[{base},{request}]}}"#));
        let before = run(&format!(r#"{{"events":[{base}]}}"#)).expect("report");
        let v: Value = serde_json::from_str(&before).expect("json");
        assert_eq!(v["state"], "stage1_responded");
        assert_eq!(v["stage2_request_by"], "2026-07-13");

        // 23:30 London time on the last day (written in UTC or with the BST offset) is in time.
        for at in ["2026-07-13T22:30:00Z", "2026-07-13T23:30:00+01:00"] {
            let out =
                with(&format!(r#"{{"type":"stage2_requested","at":"{at}"}}"#)).expect("in time");
            let v: Value = serde_json::from_str(&out).expect("json");
            assert_eq!(v["state"], "stage2_awaiting_acknowledgement", "{at}");
            assert_eq!(v["stage2_request_by"], "2026-07-13", "kept once set");
            // 5 working days after Mon 13 July: Mon 20 July.
            assert_eq!(v["stage2_acknowledge_by"], "2026-07-20");
        }
        // 00:10 London time the next day is too late, even though it is still the 13th in UTC.
        let err = with(r#"{"type":"stage2_requested","at":"2026-07-13T23:10:00Z"}"#)
            .expect_err("too late");
        assert_eq!(
            err.to_string(),
            "Event 4 (stage2_requested): The window to ask for Stage 2 closed at the end of Monday 13 July 2026; a later request needs the Complaints Officer's discretion recorded with it."
        );
        // The Complaints Officer's discretion lets it through.
        let out = with(
            r#"{"type":"stage2_requested","at":"2026-07-14T00:10:00+01:00","discretion":"Resident was in hospital"}"#,
        )
        .expect("accepted with discretion");
        let v: Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["stage2_acknowledge_by"], "2026-07-21");
    }

    #[test]
    fn optional_details_are_read_and_checked() {
        let input = r#"{"events":[
            {"type":"received","at":"2026-12-24T10:00:00Z","by":"the resident"},
            {"type":"stage1_acknowledged","at":"2027-01-04T09:00:00Z","handler":"Sam Patel","by":"Alex"},
            {"type":"information_added","at":"2027-01-05T09:00:00Z"},
            {"type":"stage1_extended","at":"2027-01-12T09:00:00Z","working_days":8,"reason":"Survey"},
            {"type":"stage1_extended","at":"2027-01-20T09:00:00Z","working_days":4,"reason":"Survey","good_reason":"Resident asked to wait for their solicitor"},
            {"type":"stage1_responded","at":"2027-01-29T09:00:00Z"},
            {"type":"stage2_requested","at":"2027-02-01T09:00:00Z"},
            {"type":"stage2_acknowledged","at":"2027-02-02T09:00:00Z","reviewer":"SAM PATEL"}
        ]}"#;
        assert_eq!(
            run(input).expect_err("same person").to_string(),
            "Event 8 (stage2_acknowledged): The Stage 2 reviewer must be someone other than Sam Patel, who handled Stage 1."
        );
        let ok = input.replace("SAM PATEL", "Jo Reid");
        let v: Value = serde_json::from_str(&run(&ok).expect("report")).expect("json");
        assert_eq!(v["state"], "stage2_open");
        // 10 working days after Mon 4 Jan is Mon 18 Jan; + 8 + 4 = Wed 3 Feb.
        assert_eq!(v["stage1_respond_by"], "2027-02-03");
        assert_eq!(v["stage2_respond_by"], "2027-03-02");
    }

    #[test]
    fn the_first_event_must_be_received_and_fields_must_be_present() {
        assert_eq!(
            run(r#"{"events":[{"type":"stage1_acknowledged","at":"2026-12-24T10:00:00Z"}]}"#)
                .expect_err("refused")
                .to_string(),
            "Event 1 (stage1_acknowledged) cannot come first; a history starts with the complaint being received."
        );
        let missing = r#"{"events":[
            {"type":"received","at":"2026-12-24T10:00:00Z"},
            {"type":"stage1_acknowledged","at":"2026-12-29T10:00:00Z"},
            {"type":"stage1_responded","at":"2026-12-30T10:00:00Z"},
            {"type":"stage2_requested","at":"2026-12-31T10:00:00Z"},
            {"type":"stage2_acknowledged","at":"2027-01-04T10:00:00Z"},
            {"type":"stage2_extended","at":"2027-01-05T10:00:00Z","reason":"Survey"}
        ]}"#;
        assert_eq!(
            run(missing).expect_err("refused").to_string(),
            "Event 6 (stage2_extended) is not valid: missing field `working_days`."
        );
        let zero = missing.replace(
            r#""reason":"Survey""#,
            r#""reason":"Survey","working_days":0"#,
        );
        assert_eq!(
            run(&zero).expect_err("refused").to_string(),
            "Event 6 (stage2_extended): A Stage 2 extension must add at least one working day."
        );
        let blank = missing.replace(r#""reason":"Survey""#, r#""reason":" ","working_days":3"#);
        assert_eq!(
            run(&blank).expect_err("refused").to_string(),
            "Event 6 (stage2_extended): A Stage 2 extension needs a reason to give the resident."
        );
    }

    #[test]
    fn extra_fields_are_ignored() {
        let out = run(
            r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z","channel":"phone"}],"complaint":"CMP-2026-000001"}"#,
        )
        .expect("report");
        let v: Value = serde_json::from_str(&out).expect("json");
        assert_eq!(v["acknowledge_by"], "2027-01-05");
    }
}
