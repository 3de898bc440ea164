//! The console's forms: one for each step a colleague can record, parsed into an [`Event`]
//! with a message for each answer that needs fixing. The rules of the Code are then applied by
//! [`crate::handling::record`], whose refusals are put beside the field that can fix them.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Europe::London;
use serde::{Deserialize, Serialize};

use crate::calendar::long_date;
use crate::complaint::{
    DeadlineKind, Due, Event, EventKind, EventType, Response, TransitionError, UpdateDue,
};
use crate::feedback::RiskLevel;
use crate::filing::{Filing, Submission};
use crate::forms::{field_error, Field, FieldError};
use crate::handling::RecordError;
use crate::outcomes::Outcome;

/// The longest a name or contact line may be.
pub const MAX_LINE: usize = 200;
/// The longest a paragraph (a decision, its reasons, a remedy) may be.
pub const MAX_TEXT: usize = 10_000;

/// The console's name for a step ("Acknowledge at Stage 1"), if colleagues record it (receipt
/// is recorded by filing, not in the console).
pub fn step_label(step: EventType) -> Option<&'static str> {
    Some(match step {
        EventType::RiskAssessed => "Set the risk level",
        EventType::Stage1Acknowledged => "Acknowledge at Stage 1",
        EventType::NotAccepted => "Do not accept as a complaint",
        EventType::ResolvedAtFirstContact => "Record a resolution at first contact",
        EventType::Stage1Extended => "Extend Stage 1",
        EventType::Stage1Responded => "Send the Stage 1 response",
        EventType::Stage2Requested => "Record a Stage 2 request",
        EventType::Stage2Acknowledged => "Acknowledge at Stage 2",
        EventType::Stage2Extended => "Extend Stage 2",
        EventType::Stage2Responded => "Send the final response (Stage 2)",
        EventType::PassedOn => "Record the compliment as passed on",
        EventType::ConsentVerified => "Verify the representative's consent",
        EventType::ConsentRefused => "Record that consent could not be verified",
        EventType::UpdatesAgreed => "Agree how often to update the resident",
        EventType::UpdateGiven => "Send the resident an update",
        EventType::ActionAgreed => "Agree an action to put things right or learn from it",
        EventType::ActionDone => "Mark an action as done",
        EventType::SupportRecorded => "Record a vulnerability or adjustment",
        EventType::SupportReviewed => "Review a vulnerability or adjustment",
        EventType::OmbudsmanDetermined => "Record the Housing Ombudsman's determination",
        EventType::InformationAdded => "Record information the resident added",
        EventType::Withdrawn => "Record a withdrawal",
        EventType::Corrected => "Correct the record",
        // Receipt comes with filing, and a late request for Stage 2 from the resident.
        EventType::Received | EventType::Stage2AskedLate => return None,
    })
}

/// The answers of a step's form, as typed. Each step uses some of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepAnswers {
    /// When it happened, London time, as a `datetime-local` box sends it: `2026-11-30T14:05`.
    pub occurred_at: String,
    /// The colleague who acted.
    pub by: String,
    /// The person a compliment was passed to; for an acknowledgement, the handler's or
    /// reviewer's name as filled in from their account (see `colleague`).
    pub name: String,
    /// The handler or reviewer, chosen from the colleagues: their account's number.
    pub colleague: String,
    /// How the resident can reach the handler or reviewer.
    pub contact: String,
    pub about: String,
    pub outcome_sought: String,
    pub working_days: String,
    /// The reason the step needs (or, for some, may have).
    pub reason: String,
    pub good_reason: String,
    pub decision: String,
    pub reasons: String,
    pub remedy: String,
    /// A risk level's code.
    pub level: String,
    /// Whether a response upholds the complaint: an [`crate::outcomes::Outcome`]'s code.
    pub finding: String,
    /// The codes of the categories ticked for a response.
    pub categories: Vec<String>,
    /// An action's kind ([`crate::actions::ActionKind`]'s code), what, owner, due day and
    /// amount; and, when one is done, its number.
    pub action_kind: String,
    pub what: String,
    pub owner: String,
    pub due_day: String,
    pub due_month: String,
    pub due_year: String,
    pub amount: String,
    pub action: String,
    /// A need's code ([`crate::support::Need`]), the adjustment made for it, and its review
    /// day; when one is reviewed, its number and whether it is still needed (`yes` or `no`).
    pub need: String,
    pub adjustment: String,
    pub review_day: String,
    pub review_month: String,
    pub review_year: String,
    pub support: String,
    pub still_needed: String,
    /// The Ombudsman's case number, its finding's code ([`crate::ombudsman::Finding`]), the
    /// day it determined the complaint, and what it ordered.
    pub ombudsman_case: String,
    pub ombudsman_finding: String,
    pub determined_day: String,
    pub determined_month: String,
    pub determined_year: String,
    pub orders: String,
}

/// Whether a field is required, optional, or not on the form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    Required(&'static str),
    Optional,
}

impl StepAnswers {
    /// Every answer with its field's name, to send back with a message.
    pub fn typed(&self) -> Vec<(String, String)> {
        [
            ("occurred_at", &self.occurred_at),
            ("by", &self.by),
            ("name", &self.name),
            ("colleague", &self.colleague),
            ("contact", &self.contact),
            ("about", &self.about),
            ("outcome_sought", &self.outcome_sought),
            ("working_days", &self.working_days),
            ("reason", &self.reason),
            ("good_reason", &self.good_reason),
            ("decision", &self.decision),
            ("reasons", &self.reasons),
            ("remedy", &self.remedy),
            ("level", &self.level),
            ("finding", &self.finding),
            ("categories", &self.categories.join(",")),
            ("action_kind", &self.action_kind),
            ("what", &self.what),
            ("owner", &self.owner),
            ("due_day", &self.due_day),
            ("due_month", &self.due_month),
            ("due_year", &self.due_year),
            ("amount", &self.amount),
            ("action", &self.action),
            ("need", &self.need),
            ("adjustment", &self.adjustment),
            ("review_day", &self.review_day),
            ("review_month", &self.review_month),
            ("review_year", &self.review_year),
            ("support", &self.support),
            ("still_needed", &self.still_needed),
            ("ombudsman_case", &self.ombudsman_case),
            ("ombudsman_finding", &self.ombudsman_finding),
            ("determined_day", &self.determined_day),
            ("determined_month", &self.determined_month),
            ("determined_year", &self.determined_year),
            ("orders", &self.orders),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect()
    }

    /// The answers of a form as it sends them, by field name; names it does not have are
    /// left out.
    pub fn from_form(form: &[(String, String)]) -> Self {
        let mut answers = Self::default();
        for (name, value) in form {
            let slot = match name.as_str() {
                "occurred_at" => &mut answers.occurred_at,
                "by" => &mut answers.by,
                "name" => &mut answers.name,
                "colleague" => &mut answers.colleague,
                "contact" => &mut answers.contact,
                "about" => &mut answers.about,
                "outcome_sought" => &mut answers.outcome_sought,
                "working_days" => &mut answers.working_days,
                "reason" => &mut answers.reason,
                "good_reason" => &mut answers.good_reason,
                "decision" => &mut answers.decision,
                "reasons" => &mut answers.reasons,
                "remedy" => &mut answers.remedy,
                "level" => &mut answers.level,
                "finding" => &mut answers.finding,
                "action_kind" => &mut answers.action_kind,
                "what" => &mut answers.what,
                "owner" => &mut answers.owner,
                "due_day" => &mut answers.due_day,
                "due_month" => &mut answers.due_month,
                "due_year" => &mut answers.due_year,
                "amount" => &mut answers.amount,
                "action" => &mut answers.action,
                "need" => &mut answers.need,
                "adjustment" => &mut answers.adjustment,
                "review_day" => &mut answers.review_day,
                "review_month" => &mut answers.review_month,
                "review_year" => &mut answers.review_year,
                "support" => &mut answers.support,
                "still_needed" => &mut answers.still_needed,
                "ombudsman_case" => &mut answers.ombudsman_case,
                "ombudsman_finding" => &mut answers.ombudsman_finding,
                "determined_day" => &mut answers.determined_day,
                "determined_month" => &mut answers.determined_month,
                "determined_year" => &mut answers.determined_year,
                "orders" => &mut answers.orders,
                // One box per category (`categories[3]` in a form, as the server reads a list),
                // or the list joined by commas as `typed` gives it back.
                name if name == "categories" || name.starts_with("categories[") => {
                    answers.categories.extend(
                        value
                            .split(',')
                            .map(str::trim)
                            .filter(|c| !c.is_empty())
                            .map(str::to_owned),
                    );
                    continue;
                }
                _ => continue,
            };
            slot.clone_from(value);
        }
        answers
    }

    /// The event `step` records, or a message for each answer to fix (in the form's order).
    pub fn parse(&self, step: EventType) -> Result<Event, Vec<FieldError>> {
        let mut errors = Vec::new();
        let at = parse_local_time(&self.occurred_at)
            .map_err(|message| errors.push(field_error(Field::OccurredAt, message)))
            .ok();
        let by = text(
            &mut errors,
            Field::ActedBy,
            &self.by,
            Need::Required("Enter the name of the colleague who acted"),
            MAX_LINE,
        );
        let kind = self.kind(step, &mut errors);
        match (at, by, kind) {
            (Some(at), Some(by), Some(kind)) if errors.is_empty() => {
                Ok(Event::new(at, kind).by(by))
            }
            _ => Err(errors),
        }
    }

    /// The review day typed in its three boxes. Any real day may be typed; one not after
    /// today, or over a year ahead, is refused with the Code's other rules.
    fn review_by(&self, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
        crate::filing::parse_date(
            &self.review_day,
            &self.review_month,
            &self.review_year,
            NaiveDate::MAX,
            "The review day",
        )
        .map_err(|message| errors.push(field_error(Field::ReviewBy, message)))
        .ok()
    }

    fn kind(&self, step: EventType, errors: &mut Vec<FieldError>) -> Option<EventKind> {
        let kind = match step {
            EventType::Stage1Acknowledged | EventType::Stage2Acknowledged => {
                let who = if step == EventType::Stage1Acknowledged {
                    "handling"
                } else {
                    "reviewing"
                };
                // Chosen from the colleagues (a `<select>` of their accounts): the server
                // fills in the name from the account.
                let account = self
                    .colleague
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0);
                if account.is_none() {
                    errors.push(field_error(
                        Field::Colleague,
                        format!("Select who is {who} the complaint"),
                    ));
                }
                // The name is always the account's (the server fills it in), so a name sent
                // with the form cannot differ from the colleague chosen.
                let name = None;
                let contact = text(errors, Field::Contact, &self.contact, Need::Required("Enter how the resident can contact them, like a phone number or email address"), MAX_LINE);
                if step == EventType::Stage2Acknowledged {
                    EventKind::Stage2Acknowledged {
                        reviewer: name,
                        reviewer_contact: contact,
                        reviewer_account: account,
                    }
                } else {
                    let about = long(
                        errors,
                        Field::About,
                        &self.about,
                        Need::Required("Enter what the complaint is about"),
                    );
                    let outcome_sought = long(
                        errors,
                        Field::OutcomeSought,
                        &self.outcome_sought,
                        Need::Required("Enter the outcome the resident is seeking"),
                    );
                    EventKind::Stage1Acknowledged {
                        handler: name,
                        handler_contact: contact,
                        about,
                        outcome_sought,
                        handler_account: account,
                    }
                }
            }
            EventType::Stage1Extended | EventType::Stage2Extended => {
                let working_days =
                    working_days(errors, &self.working_days, "how many working days to add");
                let reason = long(
                    errors,
                    Field::Reason,
                    &self.reason,
                    Need::Required("Enter the reason to give the resident for the extension"),
                );
                let good_reason =
                    long(errors, Field::GoodReason, &self.good_reason, Need::Optional);
                let (working_days, reason) = (working_days?, reason?);
                if step == EventType::Stage1Extended {
                    EventKind::Stage1Extended {
                        working_days,
                        reason,
                        good_reason,
                    }
                } else {
                    EventKind::Stage2Extended {
                        working_days,
                        reason,
                        good_reason,
                    }
                }
            }
            EventType::Stage1Responded | EventType::Stage2Responded => {
                let mut required = |field, value: &str, message| {
                    long(errors, field, value, Need::Required(message)).unwrap_or_default()
                };
                let about = required(
                    Field::About,
                    &self.about,
                    "Enter what the complaint is about",
                );
                let outcome_sought = required(
                    Field::OutcomeSought,
                    &self.outcome_sought,
                    "Enter the outcome the resident is seeking",
                );
                let outcome = Outcome::from_code(self.finding.trim());
                if outcome.is_none() {
                    errors.push(field_error(
                        Field::Finding,
                        "Select whether the complaint is upheld, partly upheld or not upheld",
                    ));
                }
                if self.categories.is_empty() {
                    errors.push(field_error(
                        Field::Categories,
                        "Select at least one category the complaint is about",
                    ));
                }
                let mut required = |field, value: &str, message| {
                    long(errors, field, value, Need::Required(message)).unwrap_or_default()
                };
                let response = Response {
                    about,
                    outcome_sought,
                    decision: required(Field::Decision, &self.decision, "Enter the decision on the complaint"),
                    reasons: required(Field::Reasons, &self.reasons, "Enter the reasons for the decision"),
                    remedy: required(Field::Remedy, &self.remedy, "Enter the remedy offered to put things right, or write \u{2018}None\u{2019}"),
                    outcome,
                    categories: self.categories.clone(),
                };
                if step == EventType::Stage1Responded {
                    EventKind::Stage1Responded(response)
                } else {
                    EventKind::Stage2Responded(response)
                }
            }
            EventType::Stage2Requested => EventKind::Stage2Requested {
                discretion: long(errors, Field::Reason, &self.reason, Need::Optional),
                still_unhappy: None,
                outcome_wanted: None,
            },
            EventType::NotAccepted => EventKind::NotAccepted {
                reason: long(
                    errors,
                    Field::Reason,
                    &self.reason,
                    Need::Required(
                        "Enter why it is not accepted as a complaint; the resident is told this",
                    ),
                )?,
            },
            EventType::UpdatesAgreed => {
                let every = working_days(
                    errors,
                    &self.working_days,
                    "how many working days apart the updates are",
                );
                let how = long(errors, Field::Reason, &self.reason, Need::Optional);
                EventKind::UpdatesAgreed {
                    every_working_days: every?,
                    how,
                }
            }
            EventType::UpdateGiven => EventKind::UpdateGiven {
                text: long(
                    errors,
                    Field::Reason,
                    &self.reason,
                    Need::Required("Enter the update for the resident; it is sent to them"),
                )?,
            },
            EventType::ActionAgreed => {
                use crate::actions::{parse_pounds, ActionKind};
                let kind = ActionKind::from_code(self.action_kind.trim());
                if kind.is_none() {
                    errors.push(field_error(
                        Field::ActionKind,
                        "Select what kind of action it is",
                    ));
                }
                let what = long(
                    errors,
                    Field::What,
                    &self.what,
                    Need::Required("Enter what will be done"),
                );
                let owner = text(
                    errors,
                    Field::Owner,
                    &self.owner,
                    Need::Required("Enter who is responsible: a colleague or a team"),
                    MAX_LINE,
                );
                // Any day may be typed here; one before the day it is agreed is refused with
                // the Code's other rules.
                let due = crate::filing::parse_date(
                    &self.due_day,
                    &self.due_month,
                    &self.due_year,
                    NaiveDate::MAX,
                    "The day it is due by",
                )
                .map_err(|message| errors.push(field_error(Field::ActionDue, message)))
                .ok();
                let amount = match (kind, self.amount.trim()) {
                    (Some(ActionKind::Payment), amount) => parse_pounds(amount)
                        .map(Some)
                        .map_err(|message| errors.push(field_error(Field::Amount, message)))
                        .ok(),
                    (_, "") => Some(None),
                    // No kind chosen yet: that is what to fix, not the amount.
                    (None, _) => Some(None),
                    (Some(_), _) => {
                        errors.push(field_error(
                            Field::Amount,
                            "Only a payment has an amount: choose a payment, or clear the amount",
                        ));
                        None
                    }
                };
                EventKind::ActionAgreed {
                    kind: kind?,
                    what: what?,
                    owner: owner?,
                    due: due?,
                    amount_pence: amount?,
                }
            }
            EventType::ActionDone => {
                let number = self.action.trim().parse::<u32>().ok().filter(|n| *n > 0);
                if number.is_none() {
                    errors.push(field_error(
                        Field::Action,
                        "Choose the action that was done",
                    ));
                }
                let note = long(errors, Field::Reason, &self.reason, Need::Optional);
                EventKind::ActionDone {
                    number: number?,
                    note,
                }
            }
            EventType::SupportRecorded => {
                let need = crate::support::Need::from_code(self.need.trim());
                if need.is_none() {
                    errors.push(field_error(Field::Need, "Select what was recognised"));
                }
                let adjustment = long(
                    errors,
                    Field::Adjustment,
                    &self.adjustment,
                    Need::Required(
                        "Enter how we will respond: the adjustment colleagues are to make",
                    ),
                );
                let review_by = self.review_by(errors);
                EventKind::SupportRecorded {
                    need: need?,
                    adjustment: adjustment?,
                    review_by: review_by?,
                }
            }
            EventType::SupportReviewed => {
                let number = self.support.trim().parse::<u32>().ok().filter(|n| *n > 0);
                if number.is_none() {
                    errors.push(field_error(
                        Field::Support,
                        "Choose the need that was reviewed",
                    ));
                }
                let review_by = match self.still_needed.trim() {
                    "yes" => self.review_by(errors).map(Some),
                    "no" => Some(None),
                    _ => {
                        errors.push(field_error(
                            Field::StillNeeded,
                            "Select whether it is still needed",
                        ));
                        None
                    }
                };
                let note = long(errors, Field::Reason, &self.reason, Need::Optional);
                EventKind::SupportReviewed {
                    number: number?,
                    review_by: review_by?,
                    note,
                }
            }
            EventType::OmbudsmanDetermined => {
                let case = text(
                    errors,
                    Field::OmbudsmanCase,
                    &self.ombudsman_case,
                    Need::Required("Enter the Ombudsman's case number, as on its letter"),
                    crate::ombudsman::MAX_CASE_LENGTH,
                );
                let finding = crate::ombudsman::Finding::from_code(self.ombudsman_finding.trim());
                if finding.is_none() {
                    errors.push(field_error(
                        Field::OmbudsmanFinding,
                        "Select what the Ombudsman found",
                    ));
                }
                // Any real day may be typed; one after today, or before the complaint, is
                // refused with the Code's other rules.
                let determined_on = crate::filing::parse_date(
                    &self.determined_day,
                    &self.determined_month,
                    &self.determined_year,
                    NaiveDate::MAX,
                    "The day it was decided",
                )
                .map_err(|message| errors.push(field_error(Field::DeterminedOn, message)))
                .ok();
                let orders = long(errors, Field::Orders, &self.orders, Need::Optional);
                EventKind::OmbudsmanDetermined {
                    case: case?,
                    finding: finding?,
                    determined_on: determined_on?,
                    orders,
                }
            }
            EventType::ResolvedAtFirstContact => EventKind::ResolvedAtFirstContact,
            EventType::InformationAdded => EventKind::InformationAdded { text: None },
            EventType::Withdrawn => EventKind::Withdrawn {
                reason: long(errors, Field::Reason, &self.reason, Need::Optional),
            },
            EventType::RiskAssessed => {
                let level = risk_level(&self.level);
                if level.is_none() {
                    errors.push(field_error(
                        Field::Level,
                        "Select how urgent the concern is",
                    ));
                }
                let reason = long(errors, Field::Reason, &self.reason, Need::Optional);
                EventKind::RiskAssessed {
                    level: level?,
                    reason,
                }
            }
            EventType::PassedOn => EventKind::PassedOn {
                to: text(
                    errors,
                    Field::Name,
                    &self.name,
                    Need::Required("Enter who the compliment was passed to"),
                    MAX_LINE,
                )?,
            },
            EventType::ConsentVerified => EventKind::ConsentVerified {
                how: long(errors, Field::Reason, &self.reason, Need::Optional),
            },
            EventType::ConsentRefused => EventKind::ConsentRefused {
                reason: long(
                    errors,
                    Field::Reason,
                    &self.reason,
                    Need::Required("Enter why the consent could not be verified"),
                )?,
            },
            EventType::Corrected => EventKind::Corrected {
                note: long(
                    errors,
                    Field::Reason,
                    &self.reason,
                    Need::Required("Enter what was wrong and what is right"),
                )?,
            },
            EventType::Received | EventType::Stage2AskedLate => return None,
        };
        Some(kind)
    }
}

fn text(
    errors: &mut Vec<FieldError>,
    field: Field,
    value: &str,
    need: Need,
    max: usize,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        if let Need::Required(message) = need {
            errors.push(field_error(field, message));
        }
        return None;
    }
    let length = value.chars().count();
    if length > max {
        errors.push(field_error(
            field,
            format!("This must be {max} characters or fewer; it has {length}. Shorten it."),
        ));
        return None;
    }
    Some(value.to_owned())
}

pub(crate) fn long(
    errors: &mut Vec<FieldError>,
    field: Field,
    value: &str,
    need: Need,
) -> Option<String> {
    text(errors, field, value, need, MAX_TEXT)
}

/// A whole number of working days, 1 or more; `what` says what it counts, for the message.
fn working_days(errors: &mut Vec<FieldError>, value: &str, what: &str) -> Option<u32> {
    let value = value.trim();
    match value.parse::<u32>() {
        Ok(days) if days > 0 => Some(days),
        _ => {
            errors.push(field_error(
                Field::WorkingDays,
                if value.is_empty() {
                    format!("Enter {what}, like 10")
                } else {
                    "Enter the working days as a whole number of 1 or more, like 10".into()
                },
            ));
            None
        }
    }
}

/// The risk level with this code (`emergency`, `high`, `medium`, `low`).
pub fn risk_level(code: &str) -> Option<RiskLevel> {
    RiskLevel::from_code(code)
}

/// A London wall-clock time as a `datetime-local` box sends it (`2026-11-30T14:05`, seconds
/// optional, a space allowed for the `T`), as an instant with its offset.
pub fn parse_local_time(text: &str) -> Result<DateTime<FixedOffset>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Enter the date and time it happened".into());
    }
    let normal = text.replacen(' ', "T", 1);
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(&normal, format).ok())
        .ok_or("Enter the date and time it happened as a date and a 24-hour time, like 2026-11-30 14:05")?;
    match London.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.fixed_offset()),
        // The hour the clocks go back happens twice: the earlier is taken.
        LocalResult::Ambiguous(t, _) => Ok(t.fixed_offset()),
        LocalResult::None => Err(
            "That time did not happen in the UK: the clocks went forward an hour then. Enter a time after the change".into(),
        ),
    }
}

/// An instant as a `datetime-local` box shows it, in London time, to the second
/// (`2026-11-30T14:05:09`), so that "now" is never read back as earlier than an event
/// recorded a few seconds ago.
pub fn local_input_value<Tz: TimeZone>(instant: &DateTime<Tz>) -> String {
    instant
        .with_timezone(&London)
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

/// An instant for people, in London time: "Monday 30 November 2026 at 14:05".
pub fn long_time<Tz: TimeZone>(instant: &DateTime<Tz>) -> String {
    let local = instant.with_timezone(&London);
    format!(
        "{} at {:02}:{:02}",
        long_date(local.date_naive()),
        local.hour(),
        local.minute()
    )
}

/// The field that can fix a refused event, if one can.
pub fn field_for(error: &RecordError) -> Option<Field> {
    match error {
        RecordError::InTheFuture { .. } => Some(Field::OccurredAt),
        RecordError::Unattributed => Some(Field::ActedBy),
        RecordError::Incomplete { .. } | RecordError::NotForKind { .. } => None,
        RecordError::Transition(error) => {
            match error {
                TransitionError::BeforePreviousEvent { .. } => Some(Field::OccurredAt),
                TransitionError::SameReviewer { .. } => Some(Field::Colleague),
                TransitionError::PassedOnToNoOne => Some(Field::Name),
                TransitionError::ExtensionOfNoDays { .. }
                | TransitionError::ExtensionTooLong { .. }
                | TransitionError::UpdateIntervalOutOfRange { .. } => Some(Field::WorkingDays),
                TransitionError::ExtensionPastLimit { .. } => Some(Field::GoodReason),
                TransitionError::ExtensionWithoutReason { .. }
                | TransitionError::NotAcceptedWithoutReason
                | TransitionError::Stage2RequestTooLate { .. }
                | TransitionError::LateWithoutReason
                | TransitionError::UpdateWithoutText => Some(Field::Reason),
                TransitionError::ActionWithoutWhat => Some(Field::What),
                TransitionError::ActionWithoutOwner => Some(Field::Owner),
                TransitionError::ActionDueInPast { .. }
                | TransitionError::ActionDueTooFar { .. } => Some(Field::ActionDue),
                TransitionError::PaymentWithoutAmount
                | TransitionError::AmountWithoutPayment
                | TransitionError::AmountTooLarge { .. } => Some(Field::Amount),
                TransitionError::NoSuchAction { .. }
                | TransitionError::ActionAlreadyDone { .. } => Some(Field::Action),
                TransitionError::SupportWithoutAdjustment => Some(Field::Adjustment),
                TransitionError::SupportReviewNotAhead { .. }
                | TransitionError::SupportReviewTooFar { .. } => Some(Field::ReviewBy),
                TransitionError::NoSuchSupport { .. } | TransitionError::SupportEnded { .. } => {
                    Some(Field::Support)
                }
                TransitionError::OmbudsmanCaseInvalid { .. } => Some(Field::OmbudsmanCase),
                TransitionError::DeterminedInFuture { .. }
                | TransitionError::DeterminedBeforeReceived { .. } => Some(Field::DeterminedOn),
                TransitionError::OutOfOrder { .. }
                | TransitionError::ActionBeforeResponse
                | TransitionError::UpdatesBeforeDelay { .. }
                | TransitionError::Stage2WindowStillOpen { .. }
                | TransitionError::LateAlreadyAsked { .. } => None,
            }
        }
    }
}

impl DeadlineKind {
    /// What is due: "Stage 1 response".
    pub fn label(self) -> &'static str {
        match self {
            Self::Acknowledge => "Acknowledgement",
            Self::Stage1Response => "Stage 1 response",
            Self::Stage2Request => "Last day to ask for Stage 2",
            Self::Stage2Acknowledge => "Stage 2 acknowledgement",
            Self::Stage2Response => "Final response (Stage 2)",
        }
    }
}

/// Working days to a deadline in words: "3 working days left", "Due today", "Overdue by 1
/// working day". The words say it, so colour is never the only sign.
pub fn days_left_words(left: i64) -> String {
    let days = |n: i64| working_days_words(u32::try_from(n).unwrap_or(u32::MAX));
    match left {
        0 => "Due today".into(),
        n if n > 0 => format!("{} left", days(n)),
        n => format!("Overdue by {}", days(-n)),
    }
}

/// A number of working days in words: "1 working day", "5 working days".
pub fn working_days_words(n: u32) -> String {
    if n == 1 {
        "1 working day".into()
    } else {
        format!("{n} working days")
    }
}

/// The next agreed update in words for colleagues, as of `today`: "Update to the resident due
/// by Thursday 26 November 2026 (every 2 working days, as agreed)", or overdue.
pub fn update_words(update: UpdateDue, today: NaiveDate) -> String {
    let every = working_days_words(update.every_working_days);
    if update.overdue(today) {
        format!(
            "Update to the resident overdue: it was due by {} (every {every}, as agreed)",
            long_date(update.by)
        )
    } else {
        format!(
            "Update to the resident due by {} (every {every}, as agreed)",
            long_date(update.by)
        )
    }
}

/// The next deadline in a sentence: "Stage 1 response due by Tuesday 5 January 2027, 3
/// working days left".
pub fn due_words(due: Due, left: Option<i64>) -> String {
    let what = if due.kind == DeadlineKind::Stage2Request {
        format!(
            "The resident can ask for Stage 2 until {}",
            long_date(due.by)
        )
    } else {
        format!("{} due by {}", due.kind.label(), long_date(due.by))
    };
    match left {
        Some(left) if due.kind.owed_by_landlord() || left >= 0 => {
            format!("{what}, {}", days_left_words(left).to_ascii_lowercase())
        }
        _ => what,
    }
}

/// The label of a response's line that lists its categories' codes, comma-separated.
pub const CATEGORIES_LINE: &str = "Categories";

/// What an event says, as (label, text) lines for the timeline.
pub fn event_details(kind: &EventKind) -> Vec<(&'static str, String)> {
    fn some(label: &'static str, text: &Option<String>) -> Option<(&'static str, String)> {
        text.as_ref().map(|t| (label, t.clone()))
    }
    fn response(r: &Response) -> Vec<(&'static str, String)> {
        let mut lines = vec![
            ("What it is about", r.about.clone()),
            ("The outcome sought", r.outcome_sought.clone()),
        ];
        lines.extend(r.outcome.map(|o| ("Finding", o.label().to_owned())));
        if !r.categories.is_empty() {
            // Codes: the console shows each category's name in their place.
            lines.push((CATEGORIES_LINE, r.categories.join(", ")));
        }
        lines.extend([
            ("Decision", r.decision.clone()),
            ("Reasons", r.reasons.clone()),
            ("Remedy", r.remedy.clone()),
        ]);
        lines
    }
    match kind {
        EventKind::Stage1Acknowledged {
            handler,
            handler_contact,
            about,
            outcome_sought,
            ..
        } => [
            some("Handled by", handler),
            some("Their contact details", handler_contact),
            some("What it is about", about),
            some("The outcome sought", outcome_sought),
        ]
        .into_iter()
        .flatten()
        .collect(),
        EventKind::Stage2Acknowledged {
            reviewer,
            reviewer_contact,
            ..
        } => [
            some("Reviewed by", reviewer),
            some("Their contact details", reviewer_contact),
        ]
        .into_iter()
        .flatten()
        .collect(),
        EventKind::Stage1Extended {
            working_days,
            reason,
            good_reason,
        }
        | EventKind::Stage2Extended {
            working_days,
            reason,
            good_reason,
        } => {
            let mut lines = vec![
                ("Working days added", working_days.to_string()),
                ("Reason given", reason.clone()),
            ];
            lines.extend(some("Good reason for passing the limit", good_reason));
            lines
        }
        EventKind::Stage1Responded(r) | EventKind::Stage2Responded(r) => response(r),
        EventKind::Stage2Requested {
            discretion,
            still_unhappy,
            outcome_wanted,
        } => [
            some("Still unhappy about", still_unhappy),
            some("Outcome wanted", outcome_wanted),
            some("Discretion to accept it late", discretion),
        ]
        .into_iter()
        .flatten()
        .collect(),
        EventKind::Stage2AskedLate {
            reason,
            still_unhappy,
            outcome_wanted,
        } => [
            Some(("Why it is late", reason.clone())),
            some("Still unhappy about", still_unhappy),
            some("Outcome wanted", outcome_wanted),
        ]
        .into_iter()
        .flatten()
        .collect(),
        EventKind::InformationAdded { text } => some("What was added", text).into_iter().collect(),
        EventKind::NotAccepted { reason } => vec![("Reason", reason.clone())],
        EventKind::Withdrawn { reason } => some("Reason", reason).into_iter().collect(),
        EventKind::RiskAssessed { level, reason } => {
            let mut lines = vec![("Risk level", risk_label(*level).to_owned())];
            lines.extend(some("Why", reason));
            lines
        }
        EventKind::PassedOn { to } => vec![("Passed to", to.clone())],
        EventKind::ConsentVerified { how } => some("How it was checked", how).into_iter().collect(),
        EventKind::ConsentRefused { reason } => vec![("Why", reason.clone())],
        EventKind::Corrected { note } => vec![("Correction", note.clone())],
        EventKind::UpdatesAgreed {
            every_working_days,
            how,
        } => {
            let mut lines = vec![("Update every", working_days_words(*every_working_days))];
            lines.extend(some("How it was agreed", how));
            lines
        }
        EventKind::UpdateGiven { text } => vec![("What the resident was told", text.clone())],
        EventKind::ActionAgreed {
            kind,
            what,
            owner,
            due,
            amount_pence,
        } => {
            let mut lines = vec![
                ("Action", kind.label().to_owned()),
                ("What will be done", what.clone()),
                ("Who is responsible", owner.clone()),
                ("Due by", long_date(*due)),
            ];
            lines.extend(amount_pence.map(|p| ("Amount", crate::actions::pounds(p))));
            lines
        }
        EventKind::ActionDone { number, note } => {
            let mut lines = vec![("Action", format!("Number {number}"))];
            lines.extend(some("What was done", note));
            lines
        }
        EventKind::SupportRecorded {
            need,
            adjustment,
            review_by,
        } => vec![
            ("Recognised", need.label().to_owned()),
            ("How we respond", adjustment.clone()),
            ("Review by", long_date(*review_by)),
        ],
        EventKind::SupportReviewed {
            number,
            review_by,
            note,
        } => {
            let mut lines = vec![
                ("Need", format!("Number {number}")),
                (
                    "Found",
                    match review_by {
                        Some(by) => format!("Still needed; review again by {}", long_date(*by)),
                        None => "No longer needed".to_owned(),
                    },
                ),
            ];
            lines.extend(some("Note", note));
            lines
        }
        EventKind::OmbudsmanDetermined {
            case,
            finding,
            determined_on,
            orders,
        } => {
            let mut lines = vec![
                ("Ombudsman's case number", case.clone()),
                ("Finding", finding.label().to_owned()),
                ("Decided on", long_date(*determined_on)),
            ];
            lines.extend(some("What it ordered", orders));
            lines
        }
        EventKind::Received | EventKind::ResolvedAtFirstContact => Vec::new(),
    }
}

/// A risk level for people: "High: could cause harm soon; act today".
pub fn risk_label(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Emergency => "Emergency",
        RiskLevel::High => "High",
        RiskLevel::Medium => "Medium",
        RiskLevel::Low => "Low",
    }
}

/// What the resident (or their representative) told us, as (question, answer) lines for the
/// people handling it.
pub fn submission_rows(submission: &Submission) -> Vec<(&'static str, String)> {
    let mut rows: Vec<(&'static str, String)> = match &submission.filing {
        Filing::Complaint(c) => {
            let mut rows = vec![
                ("What happened", c.what_happened.as_str().to_owned()),
                ("When it happened", long_date(c.incident)),
            ];
            if !c.already_reported.as_str().is_empty() {
                rows.push(("Already reported", c.already_reported.as_str().to_owned()));
            }
            rows.push(("The outcome they want", c.outcome.as_str().to_owned()));
            if let Some(late) = &c.late_reason {
                rows.push((
                    "Why it was not raised sooner (over 12 months)",
                    late.as_str().to_owned(),
                ));
            }
            rows
        }
        Filing::Concern(c) => vec![
            ("The concern", c.what.as_str().to_owned()),
            ("Where", c.location.as_str().to_owned()),
            ("Someone in danger now", c.danger_now.label().to_owned()),
            (
                "Anyone affected who is vulnerable",
                c.vulnerable.label().to_owned(),
            ),
        ],
        Filing::Compliment(c) => vec![
            ("Who it is for", c.who.as_str().to_owned()),
            ("What they did", c.what.as_str().to_owned()),
        ],
    };
    if let Some(rep) = &submission.on_behalf {
        rows.push(("Filed for", rep.resident_name.as_str().to_owned()));
        if !rep.resident_address.as_str().is_empty() {
            rows.push(("Their address", rep.resident_address.as_str().to_owned()));
        }
        let relationship = match &rep.relationship_other {
            Some(other) => other.as_str().to_owned(),
            None => rep.relationship.label().to_owned(),
        };
        rows.push(("The representative is their", relationship));
        if let Some(phone) = &rep.phone {
            rows.push(("Representative's phone", phone.grouped()));
        }
    }
    let support = &submission.support;
    rows.push(("Contact by", support.contact_method.label().to_owned()));
    if let Some(phone) = &support.phone {
        rows.push(("Phone", phone.grouped()));
    }
    if !support.formats.is_empty() {
        let formats: Vec<&str> = support.formats.iter().map(|f| f.label()).collect();
        rows.push(("Letters in", formats.join(", ")));
    }
    if !support.language.as_str().is_empty() {
        let interpreter = if support.interpreter {
            ", with an interpreter"
        } else {
            ""
        };
        rows.push((
            "Language",
            format!("{}{interpreter}", support.language.as_str()),
        ));
    }
    if !support.adjustments.as_str().is_empty() {
        rows.push(("Adjustments", support.adjustments.as_str().to_owned()));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn answers() -> StepAnswers {
        StepAnswers {
            occurred_at: "2026-11-30T14:05".into(),
            by: "Sam Patel".into(),
            ..StepAnswers::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&'static str> {
        errors.iter().map(|e| e.field.id()).collect()
    }

    #[test]
    fn every_step_a_colleague_records_has_a_form_and_receipt_has_none() {
        for step in EventType::ALL {
            let by_colleagues = !matches!(step, EventType::Received | EventType::Stage2AskedLate);
            assert_eq!(step_label(*step).is_some(), by_colleagues, "{step:?}");
        }
        assert!(
            answers().parse(EventType::Received).is_err(),
            "receipt is not recorded by staff"
        );
    }

    #[test]
    fn an_agreed_update_is_said_due_or_overdue_in_words() {
        let update = UpdateDue {
            stage: crate::complaint::Stage::One,
            every_working_days: 1,
            by: "2026-11-26".parse().expect("date"),
        };
        assert_eq!(
            update_words(update, "2026-11-26".parse().expect("date")),
            "Update to the resident due by Thursday 26 November 2026 (every 1 working day, as agreed)"
        );
        assert_eq!(
            update_words(update, "2026-11-27".parse().expect("date")),
            "Update to the resident overdue: it was due by Thursday 26 November 2026 (every 1 working day, as agreed)"
        );
    }

    #[test]
    fn updates_are_agreed_in_working_days_and_an_update_needs_its_words() {
        let errors = answers()
            .parse(EventType::UpdatesAgreed)
            .expect_err("no interval");
        assert_eq!(fields(&errors), ["working_days"]);
        assert_eq!(
            errors[0].message,
            "Enter how many working days apart the updates are, like 10"
        );
        let agreed = StepAnswers {
            working_days: " 5 ".into(),
            reason: "By phone; updates by text message".into(),
            ..answers()
        }
        .parse(EventType::UpdatesAgreed)
        .expect("parses");
        assert_eq!(
            agreed.kind,
            EventKind::UpdatesAgreed {
                every_working_days: 5,
                how: Some("By phone; updates by text message".into())
            }
        );
        let errors = answers()
            .parse(EventType::UpdateGiven)
            .expect_err("no words");
        assert_eq!(fields(&errors), ["reason"]);
        assert_eq!(
            field_for(&RecordError::Transition(
                TransitionError::UpdateIntervalOutOfRange { max: 20 }
            )),
            Some(Field::WorkingDays)
        );
    }

    #[test]
    fn an_empty_acknowledgement_says_what_each_box_needs_in_the_form_order() {
        let errors = StepAnswers::default()
            .parse(EventType::Stage1Acknowledged)
            .expect_err("empty");
        assert_eq!(
            fields(&errors),
            [
                "occurred_at",
                "by",
                "colleague",
                "contact",
                "about",
                "outcome_sought"
            ]
        );
        assert_eq!(errors[0].message, "Enter the date and time it happened");
    }

    #[test]
    fn a_full_acknowledgement_becomes_the_event_in_london_time() {
        let event = StepAnswers {
            name: " Sam Patel ".into(),
            colleague: "12".into(),
            contact: "01282 686300".into(),
            about: "The boiler repair.".into(),
            outcome_sought: "Finish it.".into(),
            ..answers()
        }
        .parse(EventType::Stage1Acknowledged)
        .expect("complete");
        assert_eq!(event.at.to_rfc3339(), "2026-11-30T14:05:00+00:00");
        assert_eq!(event.by.as_deref(), Some("Sam Patel"));
        assert_eq!(
            event.kind,
            EventKind::Stage1Acknowledged {
                handler: None,
                handler_contact: Some("01282 686300".into()),
                about: Some("The boiler repair.".into()),
                outcome_sought: Some("Finish it.".into()),
                handler_account: Some(12),
            }
        );
        for chosen in ["", "none", "0", "-3"] {
            let errors = StepAnswers {
                colleague: chosen.into(),
                contact: "01282 686300".into(),
                ..answers()
            }
            .parse(EventType::Stage2Acknowledged)
            .expect_err("no colleague chosen");
            assert_eq!(errors[0].field, Field::Colleague);
            assert_eq!(errors[0].message, "Select who is reviewing the complaint");
        }
    }

    #[test]
    fn summer_times_carry_the_british_summer_time_offset() {
        let at = parse_local_time("2026-07-01 09:30").expect("time");
        assert_eq!(at.to_rfc3339(), "2026-07-01T09:30:00+01:00");
        assert!(parse_local_time("2026-03-29T01:30")
            .expect_err("skipped")
            .contains("clocks went forward"));
        assert!(parse_local_time("30/11/2026")
            .expect_err("format")
            .contains("like 2026-11-30 14:05"));
    }

    #[test]
    fn an_extension_needs_whole_days_and_a_reason_but_the_good_reason_is_optional() {
        let errors = StepAnswers {
            working_days: "ten".into(),
            ..answers()
        }
        .parse(EventType::Stage1Extended)
        .expect_err("bad");
        assert_eq!(fields(&errors), ["working_days", "reason"]);
        assert!(errors[0].message.contains("whole number"));
        let event = StepAnswers {
            working_days: "10".into(),
            reason: "A survey is booked.".into(),
            ..answers()
        }
        .parse(EventType::Stage2Extended)
        .expect("ok");
        assert_eq!(
            event.kind,
            EventKind::Stage2Extended {
                working_days: 10,
                reason: "A survey is booked.".into(),
                good_reason: None
            }
        );
    }

    #[test]
    fn a_response_needs_all_five_answers_and_none_is_an_answer_for_the_remedy() {
        let errors = StepAnswers {
            decision: "Upheld".into(),
            ..answers()
        }
        .parse(EventType::Stage2Responded)
        .expect_err("incomplete");
        assert_eq!(
            fields(&errors),
            [
                "about",
                "outcome_sought",
                "finding",
                "categories",
                "reasons",
                "remedy"
            ]
        );
        let event = StepAnswers {
            about: "a".into(),
            outcome_sought: "b".into(),
            decision: "c".into(),
            reasons: "d".into(),
            remedy: "None".into(),
            finding: "partly_upheld".into(),
            categories: vec!["repairs".into()],
            ..answers()
        }
        .parse(EventType::Stage1Responded)
        .expect("complete");
        assert!(crate::handling::missing(&event.kind).is_empty());
    }

    #[test]
    fn the_categories_ticked_are_read_from_their_boxes_and_given_back_as_one_answer() {
        let form: Vec<(String, String)> = [
            ("finding", "not_upheld"),
            ("categories[0]", "repairs"),
            ("categories[3]", "communication"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let read = StepAnswers::from_form(&form);
        assert_eq!(read.categories, ["repairs", "communication"]);
        assert_eq!(read.finding, "not_upheld");
        assert!(read
            .typed()
            .contains(&("categories".to_owned(), "repairs,communication".to_owned())));
        assert_eq!(
            StepAnswers::from_form(&read.typed()).categories,
            read.categories,
            "what is given back reads the same"
        );
    }

    #[test]
    fn a_risk_level_must_be_chosen_and_long_answers_are_refused_with_their_length() {
        let errors = answers()
            .parse(EventType::RiskAssessed)
            .expect_err("no level");
        assert_eq!(fields(&errors), ["level"]);
        let event = StepAnswers {
            level: "high".into(),
            ..answers()
        }
        .parse(EventType::RiskAssessed)
        .expect("ok");
        assert_eq!(
            event.kind,
            EventKind::RiskAssessed {
                level: RiskLevel::High,
                reason: None
            }
        );
        let errors = StepAnswers {
            name: "x".repeat(MAX_LINE + 1),
            ..answers()
        }
        .parse(EventType::PassedOn)
        .expect_err("long");
        assert_eq!(
            errors[0].message,
            format!(
                "This must be {MAX_LINE} characters or fewer; it has {}. Shorten it.",
                MAX_LINE + 1
            )
        );
    }

    #[test]
    fn refusals_point_at_the_field_that_fixes_them() {
        let same = RecordError::Transition(TransitionError::SameReviewer {
            handler: "Sam".into(),
            did: "handled",
        });
        assert_eq!(field_for(&same), Some(Field::Colleague));
        let past = RecordError::Transition(TransitionError::ExtensionPastLimit {
            stage: crate::complaint::Stage::One,
            total: 30,
            limit: 20,
            already: 10,
        });
        assert_eq!(field_for(&past), Some(Field::GoodReason));
        assert_eq!(field_for(&RecordError::Unattributed), Some(Field::ActedBy));
    }

    #[test]
    fn deadlines_are_said_in_words_not_colour() {
        let due = Due {
            kind: DeadlineKind::Stage1Response,
            by: NaiveDate::from_ymd_opt(2027, 1, 5).expect("date"),
        };
        assert_eq!(
            due_words(due, Some(3)),
            "Stage 1 response due by Tuesday 5 January 2027, 3 working days left"
        );
        assert_eq!(
            due_words(due, Some(0)),
            "Stage 1 response due by Tuesday 5 January 2027, due today"
        );
        assert_eq!(
            due_words(due, Some(-1)),
            "Stage 1 response due by Tuesday 5 January 2027, overdue by 1 working day"
        );
        let window = Due {
            kind: DeadlineKind::Stage2Request,
            ..due
        };
        assert_eq!(
            due_words(window, Some(-2)),
            "The resident can ask for Stage 2 until Tuesday 5 January 2027"
        );
    }

    #[test]
    fn the_timeline_says_what_each_event_said() {
        let extension = EventKind::Stage1Extended {
            working_days: 5,
            reason: "A survey is booked.".into(),
            good_reason: None,
        };
        assert_eq!(
            event_details(&extension),
            vec![
                ("Working days added", "5".to_owned()),
                ("Reason given", "A survey is booked.".to_owned())
            ]
        );
        let risk = EventKind::RiskAssessed {
            level: RiskLevel::Emergency,
            reason: Some("Gas smell".into()),
        };
        assert_eq!(
            event_details(&risk)[0],
            ("Risk level", "Emergency".to_owned())
        );
        assert!(event_details(&EventKind::Received).is_empty());
    }

    proptest! {
        #[test]
        fn every_minute_shown_in_the_box_reads_back_as_the_same_instant(secs in 1_700_000_000i64..1_900_000_000) {
            let instant = DateTime::from_timestamp(secs - secs % 60, 0).expect("instant");
            let shown = local_input_value(&instant);
            let read = parse_local_time(&shown).expect("reads back");
            // In the hour the clocks go back, the earlier of the two is read.
            prop_assert!(read.to_utc() == instant || read.to_utc() + chrono::Duration::hours(1) == instant);
        }

        #[test]
        fn a_form_read_back_holds_the_answers_it_was_sent_with(texts in proptest::collection::vec("\\PC{0,12}", 15), extra in "[a-z]{1,8}") {
            let typed: Vec<(String, String)> = StepAnswers::default()
                .typed()
                .into_iter()
                .zip(texts)
                .map(|((name, _), text)| (name, text))
                .chain([(format!("x_{extra}"), "ignored".to_owned())])
                .collect();
            let read = StepAnswers::from_form(&typed);
            // Every single answer (the categories, a list, are read as `categories` shows).
            prop_assert_eq!(read.typed()[..15].to_vec(), typed[..15].to_vec());
        }

        #[test]
        fn any_answers_parse_or_say_what_to_fix(step in prop::sample::select(EventType::ALL.to_vec()), text in "\\PC{0,30}", days in "\\PC{0,5}") {
            let answers = StepAnswers {
                occurred_at: text.clone(), by: text.clone(), name: text.clone(), reason: text.clone(),
                working_days: days, level: text, ..StepAnswers::default()
            };
            if let Err(errors) = answers.parse(step) {
                prop_assert!(!errors.is_empty() || step_label(step).is_none());
            }
        }
    }
}
