//! What the person a complaint belongs to (or who may see everything of it) is shown: its
//! stages as done or due, what happens next, what they may do now, and the sentence that
//! announces a change while their page is open. The same code runs on the server and in the
//! browser, so the working days left agree wherever they are counted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{long_date, Calendar};
use crate::complaint::{Closure, Complaint, DeadlineKind, Due, Event, EventKind, State};
use crate::forms::{Field, FieldError};
use crate::handling::Kind;
#[cfg(feature = "words")]
use crate::language::Language;
use crate::steps::{long, Need};
#[cfg(feature = "words")]
use crate::words::{say, Value};

/// Whether a stage has happened, and when, or when it is owed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// It happened on this day.
    Done(NaiveDate),
    /// It is owed by the end of this day.
    Due(NaiveDate),
    /// It will be owed once an earlier stage happens; the words say when.
    Later(String),
}

/// One stage of a complaint, as its timeline shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// What it is: "We acknowledged your complaint".
    pub what: String,
    pub mark: Mark,
    /// What it said, as (label, text) lines.
    pub details: Vec<(String, String)>,
    /// Whether the landlord owes it (and so can be late with it).
    pub owed_by_landlord: bool,
}

impl Milestone {
    fn done(what: impl Into<String>, on: NaiveDate, details: Vec<(String, String)>) -> Self {
        Self {
            what: what.into(),
            mark: Mark::Done(on),
            details: details
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .collect(),
            owed_by_landlord: true,
        }
    }

    fn owed(what: impl Into<String>, by: Option<NaiveDate>, later: &str) -> Self {
        Self {
            what: what.into(),
            mark: by.map_or_else(|| Mark::Later(later.to_owned()), Mark::Due),
            details: Vec::new(),
            owed_by_landlord: true,
        }
    }

    /// When, in words, as of `today`: "Done on …", "Due by …, 3 working days left", or
    /// "Overdue: it was due by …". Overdue is said in words, never by colour alone.
    pub fn when(&self, today: NaiveDate, cal: &Calendar) -> String {
        match &self.mark {
            Mark::Done(on) => format!("Done on {}", long_date(*on)),
            Mark::Later(words) => words.clone(),
            Mark::Due(by) if !self.owed_by_landlord => {
                if today > *by {
                    format!("This closed at the end of {}", long_date(*by))
                } else {
                    format!(
                        "Open until {}, {}",
                        long_date(*by),
                        crate::steps::days_left_words(cal.working_days_left(today, *by))
                            .to_ascii_lowercase()
                    )
                }
            }
            Mark::Due(by) if today > *by => {
                format!("Overdue: it was due by {}", long_date(*by))
            }
            Mark::Due(by) => format!(
                "Due by {}, {}",
                long_date(*by),
                crate::steps::days_left_words(cal.working_days_left(today, *by))
                    .to_ascii_lowercase()
            ),
        }
    }

    /// Whether it is late as of `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.owed_by_landlord && matches!(self.mark, Mark::Due(by) if today > by)
    }
}

/// Whether a response upheld the complaint, for the resident ("Partly upheld"); empty (so
/// not shown) for a response recorded before it was asked.
#[cfg(feature = "words")]
fn finding(r: &crate::complaint::Response, language: Language) -> String {
    r.outcome
        .map(|o| {
            say(
                language,
                "progress-outcome",
                &[("outcome", Value::Text(o.code()))],
            )
        })
        .unwrap_or_default()
}

/// Every stage of the complaint, in order: those done with their dates, then those still
/// owed with the day they are due.
#[cfg(feature = "words")]
pub fn milestones(
    kind: Kind,
    events: &[Event],
    complaint: &Complaint,
    language: Language,
) -> Vec<Milestone> {
    // A sentence, and one that names the kind.
    let t = |id: &str| say(language, id, &[]);
    let k = |id: &str| say(language, id, &[("kind", Value::Text(kind.code()))]);
    let d = complaint.deadlines();
    let mut list = Vec::new();
    let mut acknowledged = false;
    let mut stage1_done = false;
    let mut stage2_asked = false;
    let mut stage2_acknowledged = false;
    for event in events {
        let on = crate::calendar::london_date(&event.at);
        let item = match &event.kind {
            EventKind::Received => Milestone::done(k("progress-received"), on, vec![]),
            EventKind::Stage1Acknowledged {
                handler,
                handler_contact,
                about,
                outcome_sought,
                ..
            } => {
                acknowledged = true;
                Milestone::done(
                    k("progress-acknowledged"),
                    on,
                    vec![
                        (
                            t("progress-handled-by"),
                            handler.clone().unwrap_or_default(),
                        ),
                        (
                            t("progress-how-to-reach"),
                            handler_contact.clone().unwrap_or_default(),
                        ),
                        (
                            t("progress-understanding"),
                            about.clone().unwrap_or_default(),
                        ),
                        (
                            t("progress-outcome-wanted"),
                            outcome_sought.clone().unwrap_or_default(),
                        ),
                    ],
                )
            }
            EventKind::Stage1Extended {
                working_days,
                reason,
                ..
            }
            | EventKind::Stage2Extended {
                working_days,
                reason,
                ..
            } => Milestone::done(
                t("progress-more-time"),
                on,
                vec![
                    (t("progress-more-working-days"), working_days.to_string()),
                    (t("progress-why"), reason.clone()),
                ],
            ),
            EventKind::Stage1Responded(r) => {
                stage1_done = true;
                Milestone::done(
                    t("progress-stage1-response"),
                    on,
                    vec![
                        (t("progress-finding"), finding(r, language)),
                        (t("progress-decision"), r.decision.clone()),
                        (t("progress-putting-right"), r.remedy.clone()),
                    ],
                )
            }
            EventKind::Stage2AskedLate { .. } => {
                Milestone::done(t("progress-asked-late"), on, vec![])
            }
            EventKind::Stage2Requested { still_unhappy, .. } => {
                stage2_asked = true;
                Milestone::done(
                    t("progress-asked-review"),
                    on,
                    vec![(
                        t("progress-still-unhappy"),
                        still_unhappy.clone().unwrap_or_default(),
                    )],
                )
            }
            EventKind::Stage2Acknowledged {
                reviewer,
                reviewer_contact,
                ..
            } => {
                stage2_acknowledged = true;
                Milestone::done(
                    t("progress-review-acknowledged"),
                    on,
                    vec![
                        (
                            t("progress-reviewed-by"),
                            reviewer.clone().unwrap_or_default(),
                        ),
                        (
                            t("progress-how-to-reach"),
                            reviewer_contact.clone().unwrap_or_default(),
                        ),
                    ],
                )
            }
            EventKind::Stage2Responded(r) => Milestone::done(
                t("progress-final-response"),
                on,
                vec![
                    (t("progress-finding"), finding(r, language)),
                    (t("progress-decision"), r.decision.clone()),
                    (t("progress-putting-right"), r.remedy.clone()),
                ],
            ),
            EventKind::NotAccepted { reason } => Milestone::done(
                k("progress-not-accepted"),
                on,
                vec![(t("progress-why"), reason.clone())],
            ),
            EventKind::Withdrawn { .. } => Milestone::done(k("progress-withdrawn"), on, vec![]),
            EventKind::ResolvedAtFirstContact => {
                Milestone::done(t("progress-resolved-first-contact"), on, vec![])
            }
            EventKind::PassedOn { to } => Milestone::done(
                t("progress-passed-on"),
                on,
                vec![(t("progress-passed-to"), to.clone())],
            ),
            EventKind::InformationAdded { text } => Milestone::done(
                t("progress-information-added"),
                on,
                vec![(
                    t("progress-what-was-added"),
                    text.clone().unwrap_or_default(),
                )],
            ),
            EventKind::UpdatesAgreed {
                every_working_days, ..
            } => Milestone::done(
                t("progress-updates-agreed"),
                on,
                vec![(
                    t("progress-at-least-every"),
                    crate::words::working_days(language, *every_working_days),
                )],
            ),
            EventKind::UpdateGiven { text } => Milestone::done(
                t("progress-update-given"),
                on,
                vec![(t("progress-what-we-told-you"), text.clone())],
            ),
            // Remedies are the resident's to follow; learning is the landlord's own.
            EventKind::ActionAgreed {
                kind,
                what,
                due,
                amount_pence,
                ..
            } if kind.is_remedy() => Milestone::done(
                t("progress-remedy-agreed"),
                on,
                vec![
                    (t("progress-what-we-will-do"), what.clone()),
                    (
                        t("progress-amount"),
                        amount_pence.map(crate::actions::pounds).unwrap_or_default(),
                    ),
                    (t("progress-by"), crate::words::long_date(language, *due)),
                ],
            ),
            EventKind::ActionDone { number, .. } => {
                match complaint
                    .actions()
                    .iter()
                    .find(|a| a.number == *number && a.kind.is_remedy())
                {
                    Some(action) => Milestone::done(
                        t("progress-remedy-done"),
                        on,
                        vec![(t("progress-what-we-did"), action.what.clone())],
                    ),
                    None => continue,
                }
            }
            // The resident took it to the Ombudsman; its decision is theirs to see.
            EventKind::OmbudsmanDetermined {
                case,
                finding,
                determined_on,
                orders,
            } => Milestone::done(
                k("progress-ombudsman-decided"),
                on,
                vec![
                    (t("progress-ombudsman-case"), case.clone()),
                    (
                        t("progress-decided-on"),
                        crate::words::long_date(language, *determined_on),
                    ),
                    (
                        t("progress-ombudsman-finding"),
                        say(
                            language,
                            "progress-ombudsman-found",
                            &[("finding", Value::Text(finding.code()))],
                        ),
                    ),
                    (
                        t("progress-what-it-ordered"),
                        orders.clone().unwrap_or_default(),
                    ),
                ],
            ),
            EventKind::ActionAgreed { .. }
            | EventKind::SupportRecorded { .. }
            | EventKind::SupportReviewed { .. }
            | EventKind::RiskAssessed { .. }
            | EventKind::ConsentVerified { .. }
            | EventKind::ConsentRefused { .. }
            | EventKind::Corrected { .. } => continue,
        };
        list.push(item);
    }
    // What is still owed to put things right, until done, whether or not the complaint is
    // closed.
    for action in complaint
        .actions()
        .iter()
        .filter(|a| a.kind.is_remedy() && a.done.is_none())
    {
        list.push(Milestone::owed(
            say(
                language,
                "progress-remedy-owed",
                &[("what", Value::Text(&action.what))],
            ),
            Some(action.due),
            "",
        ));
    }
    // The next update agreed while the response is late comes before the response itself.
    let next_update = complaint
        .update_due()
        .map(|updates| Milestone::owed(t("progress-next-update"), Some(updates.by), ""));
    if complaint.state() == State::Closed || kind == Kind::Compliment {
        if kind == Kind::Compliment && complaint.state() != State::Closed {
            list.push(Milestone::owed(
                t("progress-pass-compliment"),
                None,
                &t("progress-pass-compliment-soon"),
            ));
        }
        return list;
    }
    if !acknowledged {
        list.push(Milestone::owed(
            k("progress-acknowledge"),
            d.acknowledge_by,
            "",
        ));
    }
    if !stage1_done {
        list.extend(next_update.clone());
        list.push(Milestone::owed(
            t("progress-stage1-response"),
            d.stage1_respond_by,
            &t("progress-stage1-response-later"),
        ));
    }
    if complaint.state() == State::Stage1Responded {
        list.push(Milestone {
            what: t("progress-may-ask-review"),
            mark: d
                .stage2_request_by
                .map_or(Mark::Later(String::new()), Mark::Due),
            details: Vec::new(),
            owed_by_landlord: false,
        });
    } else if stage2_asked {
        if !stage2_acknowledged {
            list.push(Milestone::owed(
                t("progress-acknowledge-review"),
                d.stage2_acknowledge_by,
                "",
            ));
        }
        list.extend(next_update);
        list.push(Milestone::owed(
            t("progress-final-response"),
            d.stage2_respond_by,
            &t("progress-final-response-later"),
        ));
    }
    list
}

/// The contact details of the person handling it now, once named: (name, how to reach them).
pub fn handled_by(events: &[Event]) -> Option<(String, Option<String>)> {
    events.iter().rev().find_map(|e| match &e.kind {
        EventKind::Stage2Acknowledged {
            reviewer: Some(name),
            reviewer_contact,
            ..
        }
        | EventKind::Stage1Acknowledged {
            handler: Some(name),
            handler_contact: reviewer_contact,
            ..
        } if !name.trim().is_empty() => Some((name.trim().to_owned(), reviewer_contact.clone())),
        _ => None,
    })
}

/// The landlord's definition of the complaint, once acknowledged: (what it is about, the
/// outcome sought).
pub fn definition(events: &[Event]) -> Option<(String, String)> {
    events.iter().rev().find_map(|e| match &e.kind {
        EventKind::Stage1Acknowledged {
            about: Some(about),
            outcome_sought,
            ..
        } => Some((about.clone(), outcome_sought.clone().unwrap_or_default())),
        _ => None,
    })
}

/// What happens next, in a sentence or two, as of `today`, in `language`.
#[cfg(feature = "words")]
pub fn next_words(
    kind: Kind,
    complaint: &Complaint,
    today: NaiveDate,
    language: Language,
) -> String {
    let d = complaint.deadlines();
    let day = |day: Option<NaiveDate>| {
        day.map(|day| crate::words::long_date(language, day))
            .unwrap_or_default()
    };
    let said = |id: &str, on: Option<NaiveDate>| {
        say(
            language,
            id,
            &[
                ("kind", Value::Text(kind.code())),
                ("day", Value::Text(&day(on))),
                (
                    "informed",
                    Value::Text(&keeping_informed(complaint, language)),
                ),
            ],
        )
    };
    match complaint.state() {
        State::AwaitingAcknowledgement if kind == Kind::Compliment => said("next-compliment", None),
        State::AwaitingAcknowledgement => said("next-acknowledge", d.acknowledge_by),
        State::Stage1Open => said("next-stage1", d.stage1_respond_by),
        State::Stage1Responded => match (complaint.stage2_asked_late(), d.stage2_request_by) {
            (Some(asked), _) => said("next-asked-late", Some(asked)),
            (None, Some(last)) if today <= last => said("next-may-review", Some(last)),
            (None, last) => said("next-review-ended", last),
        },
        State::Stage2AwaitingAcknowledgement => {
            said("next-acknowledge-review", d.stage2_acknowledge_by)
        }
        State::Stage2Open => said("next-stage2", d.stage2_respond_by),
        State::Closed => said(
            match complaint.closure() {
                Some(Closure::FinalResponse) => "next-final",
                Some(Closure::NotAccepted) => "next-not-accepted",
                Some(Closure::Withdrawn) => "next-withdrawn",
                Some(Closure::PassedOn) => "next-passed-on",
                Some(Closure::ResolvedAtFirstContact) | None => "next-closed",
            },
            None,
        ),
    }
}

/// How the resident is kept informed while a stage is open: at the agreed interval once the
/// response is late, or told of any delay.
#[cfg(feature = "words")]
fn keeping_informed(complaint: &Complaint, language: Language) -> String {
    match complaint.update_due() {
        Some(updates) => say(
            language,
            "next-updates",
            &[
                (
                    "every",
                    Value::Text(&crate::words::working_days(
                        language,
                        updates.every_working_days,
                    )),
                ),
                ("day", Value::Day(updates.by)),
            ],
        ),
        None => say(language, "next-more-time", &[]),
    }
}

/// What the resident (or someone who may act for them) can do now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actions {
    /// Ask for Stage 2 in the usual way: the last day it can be asked.
    pub review_until: Option<NaiveDate>,
    /// Ask for Stage 2 after the window closed, with a reason: the day it closed.
    pub late_review_since: Option<NaiveDate>,
    /// Add information to it.
    pub add_information: bool,
    /// Withdraw it.
    pub withdraw: bool,
}

/// What can be done with the complaint as of `today`.
pub fn actions(kind: Kind, complaint: &Complaint, today: NaiveDate) -> Actions {
    let state = complaint.state();
    let last = complaint.deadlines().stage2_request_by;
    let waiting = state == State::Stage1Responded;
    Actions {
        review_until: last.filter(|&last| waiting && today <= last),
        late_review_since: last
            .filter(|&last| waiting && today > last && complaint.stage2_asked_late().is_none()),
        add_information: kind != Kind::Compliment
            && matches!(
                state,
                State::AwaitingAcknowledgement
                    | State::Stage1Open
                    | State::Stage2AwaitingAcknowledgement
                    | State::Stage2Open
            ),
        withdraw: state != State::Closed,
    }
}

/// The sentence that announces `event` on the page of someone following the complaint
/// (`own`: theirs, or one they follow for someone else), in their page's `language`; `None`
/// for what is for colleagues only and changes nothing the resident sees (a need recorded or
/// reviewed).
#[cfg(feature = "words")]
pub fn announcement(
    reference: &str,
    kind: Kind,
    event: &EventKind,
    after: &Complaint,
    own: bool,
    language: Language,
) -> Option<String> {
    if matches!(
        event,
        EventKind::SupportRecorded { .. } | EventKind::SupportReviewed { .. }
    ) {
        return None;
    }
    let whose = [
        ("own", Value::Text(if own { "yes" } else { "no" })),
        ("kind", Value::Text(kind.code())),
        ("reference", Value::Text(reference)),
    ];
    let subject = say(language, "live-subject", &whose);
    let within = say(language, "live-within", &whose);
    let d = after.deadlines();
    let day = |day: Option<NaiveDate>| {
        day.map(|day| crate::words::long_date(language, day))
            .unwrap_or_default()
    };
    let said = |id: &str, on: Option<NaiveDate>, more: &[(&str, Value<'_>)]| {
        let on = day(on);
        let mut values = vec![
            ("subject", Value::Text(&subject)),
            ("within", Value::Text(&within)),
            ("day", Value::Text(&on)),
        ];
        values.extend_from_slice(more);
        say(language, id, &values)
    };
    Some(match event {
        EventKind::Stage1Acknowledged { .. } => said("live-acknowledged", d.stage1_respond_by, &[]),
        EventKind::Stage1Extended { .. } => said("live-extended", d.stage1_respond_by, &[]),
        EventKind::Stage1Responded(_) => said("live-stage1-response", d.stage2_request_by, &[]),
        EventKind::Stage2AskedLate { .. } => said("live-asked-late", None, &[]),
        EventKind::Stage2Requested { .. } => {
            said("live-asked-review", d.stage2_acknowledge_by, &[])
        }
        EventKind::Stage2Acknowledged { .. } => {
            said("live-review-acknowledged", d.stage2_respond_by, &[])
        }
        EventKind::Stage2Extended { .. } => said("live-review-extended", d.stage2_respond_by, &[]),
        EventKind::Stage2Responded(_) => said("live-final-response", None, &[]),
        EventKind::NotAccepted { .. } => said("live-not-accepted", None, &[]),
        EventKind::Withdrawn { .. } => said("live-withdrawn", None, &[]),
        EventKind::ResolvedAtFirstContact => said("live-resolved", None, &[]),
        EventKind::PassedOn { to } => said("live-passed-on", None, &[("to", Value::Text(to))]),
        EventKind::InformationAdded { .. } => said("live-information-added", None, &[]),
        EventKind::UpdatesAgreed { .. } => match after.update_due() {
            Some(updates) => said(
                "live-updates-agreed",
                Some(updates.by),
                &[(
                    "every",
                    Value::Text(&crate::words::working_days(
                        language,
                        updates.every_working_days,
                    )),
                )],
            ),
            None => said("live-updated", None, &[]),
        },
        EventKind::UpdateGiven { .. } => said("live-update-given", None, &[]),
        EventKind::ActionAgreed { kind, due, .. } if kind.is_remedy() => {
            said("live-remedy-agreed", Some(*due), &[])
        }
        EventKind::ActionDone { number, .. }
            if after
                .actions()
                .iter()
                .any(|a| a.number == *number && a.kind.is_remedy()) =>
        {
            said("live-remedy-done", None, &[])
        }
        EventKind::OmbudsmanDetermined { finding, .. } => said(
            "live-ombudsman",
            None,
            &[("finding", Value::Text(finding.code()))],
        ),
        EventKind::ActionAgreed { .. }
        | EventKind::ActionDone { .. }
        | EventKind::Received
        | EventKind::RiskAssessed { .. }
        | EventKind::ConsentVerified { .. }
        | EventKind::ConsentRefused { .. }
        | EventKind::Corrected { .. }
        | EventKind::SupportRecorded { .. }
        | EventKind::SupportReviewed { .. } => said("live-updated", None, &[]),
    })
}

/// The next deadline of a complaint for its list: "Stage 1 response due by …, 3 working days
/// left", "Overdue: …", or for the resident's own window "You can ask for a review until …".
pub fn due_sentence(due: Due, today: NaiveDate, cal: &Calendar) -> String {
    let left = cal.working_days_left(today, due.by);
    match due.kind {
        DeadlineKind::Stage2Request if today > due.by => format!(
            "The time to ask for a review ended on {}",
            long_date(due.by)
        ),
        DeadlineKind::Stage2Request => format!(
            "You can ask for a review until {}, {}",
            long_date(due.by),
            crate::steps::days_left_words(left).to_ascii_lowercase()
        ),
        _ if today > due.by => format!(
            "Overdue: our {} was due by {}",
            due.kind
                .label()
                .to_ascii_lowercase()
                .replace("stage", "Stage"),
            long_date(due.by)
        ),
        _ => crate::steps::due_words(due, Some(left)),
    }
}

/// What the resident typed to ask for a review, add information or withdraw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestAnswers {
    #[serde(default)]
    pub still_unhappy: String,
    #[serde(default)]
    pub outcome_wanted: String,
    /// Why a review is asked for late; why it is withdrawn (optional).
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub information: String,
}

/// What the resident asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    Review,
    LateReview,
    AddInformation,
    Withdraw,
}

impl Request {
    /// Its address under the complaint's page.
    pub fn path(self) -> &'static str {
        match self {
            Self::Review => "review",
            Self::LateReview => "late-review",
            Self::AddInformation => "add-information",
            Self::Withdraw => "withdraw",
        }
    }

    pub fn from_path(path: &str) -> Option<Self> {
        [
            Self::Review,
            Self::LateReview,
            Self::AddInformation,
            Self::Withdraw,
        ]
        .into_iter()
        .find(|r| r.path() == path)
    }

    /// Whether it can be asked as `actions` stand.
    pub fn allowed(self, actions: &Actions) -> bool {
        match self {
            Self::Review => actions.review_until.is_some(),
            Self::LateReview => actions.late_review_since.is_some(),
            Self::AddInformation => actions.add_information,
            Self::Withdraw => actions.withdraw,
        }
    }
}

impl RequestAnswers {
    /// The event the request records, or what to fix.
    pub fn parse(&self, request: Request) -> Result<EventKind, Vec<FieldError>> {
        let mut errors = Vec::new();
        let errs = &mut errors;
        let kind = match request {
            Request::Review => EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: long(errs, Field::StillUnhappy, &self.still_unhappy, Need::Optional),
                outcome_wanted: long(errs, Field::OutcomeWanted, &self.outcome_wanted, Need::Optional),
            },
            Request::LateReview => EventKind::Stage2AskedLate {
                reason: long(
                    errs,
                    Field::Reason,
                    &self.reason,
                    Need::Required("Enter why you are asking after the time to ask has ended, for example you were in hospital"),
                )
                .unwrap_or_default(),
                still_unhappy: long(errs, Field::StillUnhappy, &self.still_unhappy, Need::Optional),
                outcome_wanted: long(errs, Field::OutcomeWanted, &self.outcome_wanted, Need::Optional),
            },
            Request::AddInformation => EventKind::InformationAdded {
                text: long(
                    errs,
                    Field::Information,
                    &self.information,
                    Need::Required("Enter the information you want to add to your complaint"),
                ),
            },
            Request::Withdraw => EventKind::Withdrawn {
                reason: long(errs, Field::Reason, &self.reason, Need::Optional),
            },
        };
        if errors.is_empty() {
            Ok(kind)
        } else {
            Err(errors)
        }
    }
}

/// Why a request cannot be made now, in words that say what can be done instead.
pub fn not_now(request: Request, complaint: &Complaint) -> String {
    let last = complaint.deadlines().stage2_request_by.map(long_date);
    match (request, complaint.state()) {
        (_, State::Closed) => "This complaint is closed, so nothing more can be asked of it. You can make a new complaint at any time.".into(),
        (Request::Review, State::Stage1Responded) => format!(
            "The time to ask for a review ended on {}. You can still ask, saying why it is late, and the Complaints Officer will decide.",
            last.unwrap_or_default()
        ),
        (Request::LateReview, State::Stage1Responded) if complaint.stage2_asked_late().is_some() => {
            "You have already asked for a late review; the Complaints Officer will decide and tell you.".into()
        }
        (Request::LateReview, State::Stage1Responded) => format!(
            "You can still ask for a review in the usual way until {}.",
            last.unwrap_or_default()
        ),
        (Request::Review | Request::LateReview, _) => {
            "A review can be asked for once we have sent our Stage 1 response.".into()
        }
        (Request::AddInformation, State::Stage1Responded) => "We have already sent our Stage 1 response. If you are still unhappy, ask for a review; if it is something new, make a new complaint.".into(),
        (Request::AddInformation | Request::Withdraw, _) => "This cannot be done now.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::Response;
    use crate::standard::ServiceStandard;
    use chrono::{DateTime, FixedOffset};
    use proptest::prelude::*;

    fn cal() -> Calendar {
        Calendar::england_and_wales()
    }
    fn ev(at: &str, kind: EventKind) -> Event {
        Event::new(
            DateTime::<FixedOffset>::parse_from_rfc3339(at).expect("instant"),
            kind,
        )
        .by("Sam Patel")
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }
    fn fold(events: &[Event]) -> Complaint {
        Complaint::fold(events, &cal(), &ServiceStandard::CALICO_2024).expect("folds")
    }
    fn acknowledged() -> Vec<Event> {
        vec![
            ev("2026-12-01T10:00:00+00:00", EventKind::Received),
            ev(
                "2026-12-02T10:00:00+00:00",
                EventKind::Stage1Acknowledged {
                    handler: Some("Sam Patel".into()),
                    handler_contact: Some("01282 686300".into()),
                    about: Some("The boiler repair".into()),
                    outcome_sought: Some("Finish it".into()),
                    handler_account: None,
                },
            ),
        ]
    }
    fn responded() -> Vec<Event> {
        let mut events = acknowledged();
        events.push(ev(
            "2026-12-10T10:00:00+00:00",
            EventKind::Stage1Responded(Response {
                decision: "Upheld".into(),
                remedy: "£50".into(),
                ..Response::default()
            }),
        ));
        events
    }

    #[test]
    fn agreed_updates_show_the_next_one_owed_before_the_response() {
        let mut events = acknowledged();
        events.extend([
            ev(
                "2026-12-10T10:00:00+00:00",
                EventKind::Stage1Extended {
                    working_days: 5,
                    reason: "A surveyor must visit".into(),
                    good_reason: None,
                },
            ),
            ev(
                "2026-12-10T10:05:00+00:00",
                EventKind::UpdatesAgreed {
                    every_working_days: 3,
                    how: None,
                },
            ),
        ]);
        let complaint = fold(&events);
        let list = milestones(Kind::Complaint, &events, &complaint, Language::English);
        let owed: Vec<_> = list
            .iter()
            .filter(|m| !matches!(m.mark, Mark::Done(_)))
            .map(|m| (m.what.as_str(), m.mark.clone()))
            .collect();
        assert_eq!(
            owed,
            [
                ("Our next update to you", Mark::Due(d("2026-12-15"))),
                ("Our Stage 1 response", Mark::Due(d("2026-12-23"))),
            ]
        );
        assert!(list
            .iter()
            .any(|m| m.what == "We agreed how often to update you"
                && m.details == [("At least every".to_owned(), "3 working days".to_owned())]));
        assert!(next_words(Kind::Complaint, &complaint, d("2026-12-10"), Language::English).contains(
            "As agreed with you, we will update you at least every 3 working days: the next update is due by Tuesday 15 December 2026."
        ));
        let news = EventKind::UpdateGiven {
            text: "The surveyor comes on Monday.".into(),
        };
        events.push(ev("2026-12-14T09:00:00+00:00", news.clone()));
        let complaint = fold(&events);
        assert_eq!(
            announcement(
                "CH-1",
                Kind::Complaint,
                &news,
                &complaint,
                true,
                Language::English
            )
            .as_deref(),
            Some("Your complaint CH-1 has an update.")
        );
        let list = milestones(Kind::Complaint, &events, &complaint, Language::English);
        assert!(list
            .iter()
            .any(|m| m.what == "Our next update to you" && m.mark == Mark::Due(d("2026-12-17"))));
        assert!(list.iter().any(|m| m.what == "We gave you an update"
            && m.details[0].1 == "The surveyor comes on Monday."));
    }

    #[test]
    fn a_new_complaint_shows_what_is_done_and_what_is_due() {
        let events = &acknowledged()[..1];
        let list = milestones(Kind::Complaint, events, &fold(events), Language::English);
        let words: Vec<String> = list
            .iter()
            .map(|m| m.when(d("2026-12-01"), &cal()))
            .collect();
        assert_eq!(list[0].what, "We received your complaint");
        assert_eq!(words[0], "Done on Tuesday 1 December 2026");
        assert_eq!(list[1].what, "We acknowledge your complaint");
        assert_eq!(
            words[1],
            "Due by Tuesday 8 December 2026, 5 working days left"
        );
        assert_eq!(words[2], "Due 10 working days after we acknowledge it");
        assert_eq!(
            list[1].when(d("2026-12-09"), &cal()),
            "Overdue: it was due by Tuesday 8 December 2026"
        );
        assert!(list[1].overdue(d("2026-12-09")));
        assert!(!list[1].overdue(d("2026-12-08")));
    }

    #[test]
    fn the_handler_and_definition_show_once_acknowledged() {
        let events = acknowledged();
        assert_eq!(handled_by(&events[..1]), None);
        assert_eq!(
            handled_by(&events),
            Some(("Sam Patel".into(), Some("01282 686300".into())))
        );
        assert_eq!(
            definition(&events),
            Some(("The boiler repair".into(), "Finish it".into()))
        );
        let list = milestones(Kind::Complaint, &events, &fold(&events), Language::English);
        assert_eq!(
            list[1].details[0],
            ("Handled by".into(), "Sam Patel".into())
        );
        assert_eq!(list[2].mark, Mark::Due(d("2026-12-16")));
    }

    #[test]
    fn the_review_window_opens_with_the_stage1_response_and_closes_after_30_working_days() {
        let events = responded();
        let complaint = fold(&events);
        let last = complaint.deadlines().stage2_request_by.expect("window");
        assert_eq!(last, d("2027-01-26"));
        let open = actions(Kind::Complaint, &complaint, last);
        assert_eq!(open.review_until, Some(last));
        assert_eq!(open.late_review_since, None);
        assert!(!open.add_information);
        let closed = actions(Kind::Complaint, &complaint, d("2027-01-27"));
        assert_eq!(closed.review_until, None);
        assert_eq!(closed.late_review_since, Some(last));
        assert!(
            next_words(Kind::Complaint, &complaint, last, Language::English)
                .contains("until Tuesday 26 January 2027")
        );
        assert!(next_words(
            Kind::Complaint,
            &complaint,
            d("2027-01-27"),
            Language::English
        )
        .contains("saying why it is late"));
    }

    #[test]
    fn a_late_request_waits_for_the_complaints_officer_and_is_refused_while_the_window_is_open() {
        let mut events = responded();
        let late = |at: &str| {
            ev(
                at,
                EventKind::Stage2AskedLate {
                    reason: "I was in hospital".into(),
                    still_unhappy: None,
                    outcome_wanted: None,
                },
            )
        };
        let early = fold(&events).apply(
            &late("2027-01-26T12:00:00+00:00"),
            &cal(),
            &ServiceStandard::CALICO_2024,
        );
        assert!(matches!(
            early,
            Err(crate::complaint::TransitionError::Stage2WindowStillOpen { .. })
        ));
        events.push(late("2027-01-27T12:00:00+00:00"));
        let complaint = fold(&events);
        assert_eq!(complaint.state(), State::Stage1Responded);
        assert_eq!(complaint.stage2_asked_late(), Some(d("2027-01-27")));
        let after = actions(Kind::Complaint, &complaint, d("2027-01-28"));
        assert_eq!(after.late_review_since, None, "asked once already");
        assert!(
            matches!(
                complaint.apply(
                    &late("2027-01-28T12:00:00+00:00"),
                    &cal(),
                    &ServiceStandard::CALICO_2024
                ),
                Err(crate::complaint::TransitionError::LateAlreadyAsked { .. })
            ),
            "a second late request (a double submit) is refused"
        );
        assert!(next_words(
            Kind::Complaint,
            &complaint,
            d("2027-01-27"),
            Language::English
        )
        .contains("Complaints Officer will decide"));
        assert_eq!(
            crate::handling::codes(crate::handling::next_events(
                &complaint,
                Kind::Complaint,
                d("2027-01-27")
            ))[..2],
            ["stage2_requested", "not_accepted"],
            "the Complaints Officer accepts it (with discretion) or not (with reasons)"
        );
        let declined = complaint
            .apply(
                &ev(
                    "2027-01-29T12:00:00+00:00",
                    EventKind::NotAccepted {
                        reason: "Our letter reached you in time".into(),
                    },
                ),
                &cal(),
                &ServiceStandard::CALICO_2024,
            )
            .expect("declined");
        assert_eq!(declined.closure(), Some(Closure::NotAccepted));
        let not_asked = fold(&responded());
        assert!(
            not_asked
                .apply(
                    &ev(
                        "2027-01-29T12:00:00+00:00",
                        EventKind::NotAccepted { reason: "r".into() }
                    ),
                    &cal(),
                    &ServiceStandard::CALICO_2024,
                )
                .is_err(),
            "only a late request can be not accepted at this point"
        );
    }

    #[test]
    fn a_change_is_announced_with_what_is_owed_next() {
        let events = acknowledged();
        let complaint = fold(&events);
        assert_eq!(
            announcement("CMP-1", Kind::Complaint, &events[1].kind, &complaint, true, Language::English).as_deref(),
            Some("Your complaint CMP-1 was acknowledged. A response is due by Wednesday 16 December 2026.")
        );
        assert_eq!(
            announcement(
                "CMP-1",
                Kind::Complaint,
                &EventKind::Withdrawn { reason: None },
                &complaint,
                false,
                Language::English
            )
            .as_deref(),
            Some("The complaint CMP-1 was withdrawn.")
        );
        // A need recorded for colleagues is not announced: the resident sees nothing of it.
        let need = EventKind::SupportRecorded {
            need: crate::support::Need::DomesticAbuse,
            adjustment: "Only call the mobile.".into(),
            review_by: d("2027-03-01"),
        };
        assert_eq!(
            announcement(
                "CMP-1",
                Kind::Complaint,
                &need,
                &complaint,
                true,
                Language::English
            ),
            None
        );
    }

    #[test]
    fn a_due_sentence_says_overdue_in_words() {
        let due = Due {
            kind: DeadlineKind::Stage1Response,
            by: d("2027-01-05"),
        };
        assert_eq!(
            due_sentence(due, d("2026-12-30"), &cal()),
            "Stage 1 response due by Tuesday 5 January 2027, 3 working days left"
        );
        assert_eq!(
            due_sentence(due, d("2027-01-06"), &cal()),
            "Overdue: our Stage 1 response was due by Tuesday 5 January 2027"
        );
        let window = Due {
            kind: DeadlineKind::Stage2Request,
            by: d("2027-01-06"),
        };
        assert!(due_sentence(window, d("2027-01-06"), &cal())
            .starts_with("You can ask for a review until Wednesday 6 January 2027"));
    }

    #[test]
    fn a_request_says_what_to_fix() {
        let blank = RequestAnswers::default();
        assert!(blank.parse(Request::Review).is_ok(), "reasons are optional");
        assert!(blank.parse(Request::Withdraw).is_ok());
        let late = blank
            .parse(Request::LateReview)
            .expect_err("needs a reason");
        assert_eq!(late[0].field, Field::Reason);
        let info = blank
            .parse(Request::AddInformation)
            .expect_err("needs text");
        assert_eq!(info[0].field, Field::Information);
        for r in [
            Request::Review,
            Request::LateReview,
            Request::AddInformation,
            Request::Withdraw,
        ] {
            assert_eq!(Request::from_path(r.path()), Some(r));
        }
    }

    proptest! {
        /// Whatever happened, the stages stay in order of their dates, those done come before
        /// those still owed, and at most one way to ask for a review is offered.
        #[test]
        fn stages_are_in_order_and_one_review_route_at_a_time(
            days in 0usize..=4,
            today_offset in 0i64..120,
        ) {
            let all = responded();
            let mut events = all[..days.min(all.len())].to_vec();
            if events.is_empty() { events.push(all[0].clone()); }
            let complaint = fold(&events);
            let list = milestones(Kind::Complaint, &events, &complaint, Language::English);
            let mut seen_owed = false;
            let mut last_done = None;
            for m in &list {
                match m.mark {
                    Mark::Done(on) => {
                        prop_assert!(!seen_owed);
                        prop_assert!(last_done.is_none_or(|l| l <= on));
                        last_done = Some(on);
                    }
                    _ => seen_owed = true,
                }
            }
            let today = d("2026-12-01") + chrono::Duration::days(today_offset);
            let a = actions(Kind::Complaint, &complaint, today);
            prop_assert!(!(a.review_until.is_some() && a.late_review_since.is_some()));
        }
    }
}
