//! The complaint lifecycle as an append-only list of events. The current state and every
//! deadline are derived by folding the events; an event that breaks a rule of the policy is
//! refused with a [`TransitionError`] that says why in words a complaints officer can act on.
//!
//! received → Stage 1 acknowledged → [extended]* → Stage 1 responded
//!   → (Stage 2 requested within the window) → Stage 2 acknowledged → [extended]*
//!   → Stage 2 responded (closed). Also: not accepted, withdrawn, resolved at first contact.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use crate::calendar::{london_date, long_date, Calendar};
use crate::feedback::RiskLevel;
use crate::standard::ServiceStandard;

/// One thing that happened to a complaint, at an instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When it happened (not when it was recorded), with its UTC offset.
    pub at: DateTime<FixedOffset>,
    /// Who did it or recorded it: a colleague's name, "the resident", or their representative.
    /// Optional so that a bare history (as the `deadlines` command reads) still folds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// The account of the colleague who recorded it in the console, when one did: who
    /// acknowledged or answered a stage, decided by account rather than by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_by_account: Option<i64>,
    /// What happened, with its details.
    #[serde(flatten)]
    pub kind: EventKind,
}

impl Event {
    /// An event with no record of who acted.
    pub fn new(at: DateTime<FixedOffset>, kind: EventKind) -> Self {
        Self {
            at,
            by: None,
            recorded_by_account: None,
            kind,
        }
    }

    /// The same event, recording who acted.
    #[must_use]
    pub fn by(mut self, who: impl Into<String>) -> Self {
        self.by = Some(who.into());
        self
    }
}

/// What happened. The wire names (`"type"`) are those of the `deadlines` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EventKind {
    /// The landlord received the complaint (by any route).
    Received,
    /// Logged, defined and acknowledged at Stage 1, naming who handles it.
    Stage1Acknowledged {
        /// The person handling Stage 1, as named to the resident.
        #[serde(default)]
        handler: Option<String>,
        /// Their colleague account, when they were chosen from the colleagues.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handler_account: Option<i64>,
        /// How the resident can reach the handler (phone, email), as given in the letter.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handler_contact: Option<String>,
        /// The landlord's understanding of the complaint (policy 2024 §8.4).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        about: Option<String>,
        /// The outcome the resident is seeking, as the landlord understands it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome_sought: Option<String>,
    },
    /// More time at Stage 1, with the reason given to the resident.
    Stage1Extended {
        /// How many working days are added to the current due date.
        working_days: u32,
        /// Why, as explained to the resident.
        reason: String,
        /// Needed when the Stage 1 extensions together pass the policy's limit.
        #[serde(default)]
        good_reason: Option<String>,
    },
    /// The Stage 1 response was issued, with what policy 2024 §9.9 says it must state.
    Stage1Responded(#[serde(default)] Response),
    /// The resident asked for Stage 2.
    Stage2Requested {
        /// The Complaints Officer's reason for accepting a request made after the window.
        #[serde(default)]
        discretion: Option<String>,
        /// What the resident is still unhappy about, if they said (the Code does not require it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        still_unhappy: Option<String>,
        /// The outcome the resident now wants, if they said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome_wanted: Option<String>,
    },
    /// The resident asked for Stage 2 after the window closed, with their reason, for the
    /// Complaints Officer to decide (accepting it is `stage2_requested` with `discretion`).
    Stage2AskedLate {
        /// Why the request is late, in the resident's words.
        reason: String,
        /// What the resident is still unhappy about, if they said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        still_unhappy: Option<String>,
        /// The outcome the resident now wants, if they said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome_wanted: Option<String>,
    },
    /// Stage 2 logged and acknowledged, naming the reviewer.
    Stage2Acknowledged {
        /// The person reviewing at Stage 2: never the Stage 1 handler.
        #[serde(default)]
        reviewer: Option<String>,
        /// Their colleague account, when they were chosen from the colleagues: then it must
        /// be none of those who acknowledged or answered Stage 1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reviewer_account: Option<i64>,
        /// How the resident can reach the reviewer, as given in the letter.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reviewer_contact: Option<String>,
    },
    /// More time at Stage 2, with the reason given to the resident.
    Stage2Extended {
        /// How many working days are added to the current due date.
        working_days: u32,
        /// Why, as explained to the resident.
        reason: String,
        /// Needed when the Stage 2 extensions together pass the policy's limit.
        #[serde(default)]
        good_reason: Option<String>,
    },
    /// The final response was issued, with what policy 2024 §10.10 says it must state: the
    /// complaints process is exhausted.
    Stage2Responded(#[serde(default)] Response),
    /// Not accepted as a complaint, with the reason (and the right to go to the Ombudsman).
    NotAccepted {
        /// Why it is not suitable for the complaints process (policy 2024 §7).
        reason: String,
    },
    /// The resident withdrew the complaint.
    Withdrawn {
        /// The resident's reason, if they gave one.
        #[serde(default)]
        reason: Option<String>,
    },
    /// Put right at the first contact, before it needed acknowledging.
    ResolvedAtFirstContact,
    /// The resident added information; it changes no deadline. Related points raised before
    /// the Stage 1 response join it (policy 2024 §9.7).
    InformationAdded {
        /// What the resident added, in their words (absent when a colleague noted a call).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// Staff set how urgent a safety concern is, from the resident's answers.
    RiskAssessed {
        level: RiskLevel,
        /// Why this level, for the record.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// A compliment was passed to the colleague's manager, named here.
    PassedOn {
        /// Who it was passed to.
        to: String,
    },
    /// Staff verified the consent of the resident for the representative who filed it.
    ConsentVerified {
        /// How it was checked (e.g. "signed form received", "phoned the resident").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        how: Option<String>,
    },
    /// Staff could not verify the consent; the representative sees nothing more.
    ConsentRefused {
        /// Why, for the record.
        reason: String,
    },
    /// How often the resident is to be kept informed while a response is late, as agreed
    /// with them (policy 2024 §9.5, §10.8). Each interval ends with an update owed.
    UpdatesAgreed {
        /// Working days between updates, at most [`MAX_UPDATE_INTERVAL`].
        every_working_days: u32,
        /// How it was agreed, and how the resident wants the updates, for the record.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        how: Option<String>,
    },
    /// The resident was given an update on their complaint's progress: it is sent to them and
    /// starts the next interval of any agreed updates.
    UpdateGiven {
        /// What the resident was told, in the words sent to them.
        text: String,
    },
    /// A remedy or a learning action agreed in or after a response, with who owns it and by
    /// when (the Code's "putting things right"; policy 2024 §11).
    ActionAgreed {
        kind: crate::actions::ActionKind,
        /// What will be done.
        what: String,
        /// Who is responsible: a colleague or a team.
        owner: String,
        /// The day it is to be done by.
        due: NaiveDate,
        /// For a payment: the amount, in pence.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amount_pence: Option<u64>,
    },
    /// An agreed action was done: the `number`th agreed on the complaint, from 1.
    ActionDone {
        number: u32,
        /// What was done, for the record.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A vulnerability or other need recognised, the reasonable adjustment made in response,
    /// and the day to review it by (see [`crate::support`]). For colleagues only.
    SupportRecorded {
        need: crate::support::Need,
        /// How we respond: the adjustment.
        adjustment: String,
        /// The day to look at it again: after the day recorded, within a year.
        review_by: NaiveDate,
    },
    /// A recorded need was reviewed: the `number`th recorded on the complaint, from 1. With a
    /// new review day it is still needed; without one, it is no longer needed.
    SupportReviewed {
        number: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        review_by: Option<NaiveDate>,
        /// What the review found, for the record.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The Housing Ombudsman determined the complaint (see [`crate::ombudsman`]): recorded
    /// when its decision arrives, any time after the complaint was received.
    OmbudsmanDetermined {
        /// The Ombudsman's own case number.
        case: String,
        finding: crate::ombudsman::Finding,
        /// The day the Ombudsman determined it: not after the day it is recorded.
        determined_on: NaiveDate,
        /// What the Ombudsman ordered or recommended, if anything.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        orders: Option<String>,
    },
    /// A correction to something recorded earlier: events are never edited, only corrected.
    Corrected {
        /// What was wrong and what is right.
        note: String,
    },
}

/// The type of an event, without its details: the `type` of its JSON, the address of the
/// console's form for it, and what the API lists as `next_events`. Its codes are serde's, the
/// same as [`EventKind`]'s tags (a test ties the two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    Received,
    Stage1Acknowledged,
    Stage1Extended,
    Stage1Responded,
    Stage2Requested,
    Stage2Acknowledged,
    Stage2Extended,
    Stage2Responded,
    NotAccepted,
    Withdrawn,
    ResolvedAtFirstContact,
    Stage2AskedLate,
    InformationAdded,
    RiskAssessed,
    PassedOn,
    ConsentVerified,
    ConsentRefused,
    UpdatesAgreed,
    UpdateGiven,
    ActionAgreed,
    ActionDone,
    SupportRecorded,
    SupportReviewed,
    OmbudsmanDetermined,
    Corrected,
}

impl EventType {
    /// Every type, in the order the `deadlines` report lists them.
    pub const ALL: &'static [Self] = &[
        Self::Received,
        Self::Stage1Acknowledged,
        Self::Stage1Extended,
        Self::Stage1Responded,
        Self::Stage2Requested,
        Self::Stage2Acknowledged,
        Self::Stage2Extended,
        Self::Stage2Responded,
        Self::NotAccepted,
        Self::Withdrawn,
        Self::ResolvedAtFirstContact,
        Self::Stage2AskedLate,
        Self::InformationAdded,
        Self::RiskAssessed,
        Self::PassedOn,
        Self::ConsentVerified,
        Self::ConsentRefused,
        Self::UpdatesAgreed,
        Self::UpdateGiven,
        Self::ActionAgreed,
        Self::ActionDone,
        Self::SupportRecorded,
        Self::SupportReviewed,
        Self::OmbudsmanDetermined,
        Self::Corrected,
    ];

    /// The wire name, e.g. `stage1_extended`.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    /// The type with this wire name, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }
}

/// What a Stage 1 or Stage 2 response states (policy 2024 §9.9, §10.10). The stage, and how
/// to take the complaint further, are added by the letter itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Response {
    /// What the complaint is about.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub about: String,
    /// The outcome the resident is seeking.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub outcome_sought: String,
    /// The decision on the complaint.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// The reasons for the decision.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reasons: String,
    /// Any remedy offered to put things right ("none" is an answer, but it must be given).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub remedy: String,
    /// Whether the complaint is upheld (required of responses recorded since it was asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<crate::outcomes::Outcome>,
    /// The codes of the categories it is filed under (`crate::outcomes::Category`), at least
    /// one for responses recorded since they were asked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

impl EventKind {
    /// The wire name, e.g. `stage1_extended`.
    pub fn name(&self) -> &'static str {
        self.event_type().code()
    }

    /// Its type, without its details.
    pub fn event_type(&self) -> EventType {
        match self {
            Self::Received => EventType::Received,
            Self::Stage1Acknowledged { .. } => EventType::Stage1Acknowledged,
            Self::Stage1Extended { .. } => EventType::Stage1Extended,
            Self::Stage1Responded(_) => EventType::Stage1Responded,
            Self::Stage2Requested { .. } => EventType::Stage2Requested,
            Self::Stage2Acknowledged { .. } => EventType::Stage2Acknowledged,
            Self::Stage2Extended { .. } => EventType::Stage2Extended,
            Self::Stage2Responded(_) => EventType::Stage2Responded,
            Self::NotAccepted { .. } => EventType::NotAccepted,
            Self::Withdrawn { .. } => EventType::Withdrawn,
            Self::ResolvedAtFirstContact => EventType::ResolvedAtFirstContact,
            Self::Stage2AskedLate { .. } => EventType::Stage2AskedLate,
            Self::InformationAdded { .. } => EventType::InformationAdded,
            Self::RiskAssessed { .. } => EventType::RiskAssessed,
            Self::PassedOn { .. } => EventType::PassedOn,
            Self::ConsentVerified { .. } => EventType::ConsentVerified,
            Self::ConsentRefused { .. } => EventType::ConsentRefused,
            Self::UpdatesAgreed { .. } => EventType::UpdatesAgreed,
            Self::UpdateGiven { .. } => EventType::UpdateGiven,
            Self::ActionAgreed { .. } => EventType::ActionAgreed,
            Self::ActionDone { .. } => EventType::ActionDone,
            Self::SupportRecorded { .. } => EventType::SupportRecorded,
            Self::SupportReviewed { .. } => EventType::SupportReviewed,
            Self::OmbudsmanDetermined { .. } => EventType::OmbudsmanDetermined,
            Self::Corrected { .. } => EventType::Corrected,
        }
    }

    /// What it is, for a sentence: "a Stage 1 response".
    pub fn describe(&self) -> &'static str {
        match self {
            Self::Received => "receipt of the complaint",
            Self::Stage1Acknowledged { .. } => "a Stage 1 acknowledgement",
            Self::Stage1Extended { .. } => "a Stage 1 extension",
            Self::Stage1Responded(_) => "a Stage 1 response",
            Self::Stage2Requested { .. } => "a Stage 2 request",
            Self::Stage2Acknowledged { .. } => "a Stage 2 acknowledgement",
            Self::Stage2Extended { .. } => "a Stage 2 extension",
            Self::Stage2Responded(_) => "a Stage 2 final response",
            Self::NotAccepted { .. } => "a decision not to accept the complaint",
            Self::Withdrawn { .. } => "a withdrawal",
            Self::ResolvedAtFirstContact => "a resolution at first contact",
            Self::Stage2AskedLate { .. } => "a late request for Stage 2",
            Self::InformationAdded { .. } => "added information",
            Self::RiskAssessed { .. } => "a risk assessment",
            Self::PassedOn { .. } => "passing on a compliment",
            Self::ConsentVerified { .. } => "a verified consent",
            Self::ConsentRefused { .. } => "a refused consent",
            Self::UpdatesAgreed { .. } => "an agreement on how often to update the resident",
            Self::UpdateGiven { .. } => "an update to the resident",
            Self::ActionAgreed { .. } => "an action to put things right or to learn from it",
            Self::ActionDone { .. } => "an action done",
            Self::SupportRecorded { .. } => "a need and the adjustment made for it",
            Self::SupportReviewed { .. } => "a review of a need",
            Self::OmbudsmanDetermined { .. } => "the Housing Ombudsman's determination",
            Self::Corrected { .. } => "a correction",
        }
    }
}

/// Where a complaint is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum State {
    /// Received; the Stage 1 acknowledgement is due.
    AwaitingAcknowledgement,
    /// Acknowledged at Stage 1; the Stage 1 response is due.
    Stage1Open,
    /// Answered at Stage 1; the resident may ask for Stage 2 within the window.
    Stage1Responded,
    /// Stage 2 asked for; its acknowledgement is due.
    Stage2AwaitingAcknowledgement,
    /// Acknowledged at Stage 2; the final response is due.
    Stage2Open,
    /// Nothing more is due: see [`Complaint::closure`] for how it ended.
    Closed,
}

impl State {
    pub const ALL: [Self; 6] = [
        Self::AwaitingAcknowledgement,
        Self::Stage1Open,
        Self::Stage1Responded,
        Self::Stage2AwaitingAcknowledgement,
        Self::Stage2Open,
        Self::Closed,
    ];

    /// The wire name, e.g. `stage1_open`.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    /// The state with this wire name, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// The stage it is at; `None` once closed.
    pub fn stage(self) -> Option<Stage> {
        match self {
            Self::AwaitingAcknowledgement | Self::Stage1Open | Self::Stage1Responded => {
                Some(Stage::One)
            }
            Self::Stage2AwaitingAcknowledgement | Self::Stage2Open => Some(Stage::Two),
            Self::Closed => None,
        }
    }

    /// For a sentence: "the complaint is waiting to be acknowledged".
    pub fn describe(self) -> &'static str {
        match self {
            Self::AwaitingAcknowledgement => "waiting to be acknowledged",
            Self::Stage1Open => "open at Stage 1",
            Self::Stage1Responded => "answered at Stage 1",
            Self::Stage2AwaitingAcknowledgement => {
                "waiting for its Stage 2 request to be acknowledged"
            }
            Self::Stage2Open => "open at Stage 2",
            Self::Closed => "closed",
        }
    }
}

/// How a closed complaint ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Closure {
    /// The Stage 2 final response: the resident may go to the Housing Ombudsman.
    FinalResponse,
    /// Not accepted as a complaint, with the reason and the right to go to the Ombudsman.
    NotAccepted,
    /// Withdrawn by the resident.
    Withdrawn,
    /// Put right at the first contact.
    ResolvedAtFirstContact,
    /// A compliment, passed to the colleague's manager.
    PassedOn,
}

/// The stages of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Stage {
    /// Stage 1: the investigation and first response.
    One,
    /// Stage 2: the review and final response.
    Two,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::One => "Stage 1",
            Self::Two => "Stage 2",
        })
    }
}

/// Every deadline of a complaint: `None` until the event that starts it, kept once set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Deadlines {
    /// The 2-working-day aim for the acknowledgement.
    pub acknowledge_target: Option<NaiveDate>,
    /// The 5-working-day limit for the acknowledgement.
    pub acknowledge_by: Option<NaiveDate>,
    /// The Stage 1 response: from the acknowledgement, plus any Stage 1 extensions.
    pub stage1_respond_by: Option<NaiveDate>,
    /// The last day the resident may ask for Stage 2.
    pub stage2_request_by: Option<NaiveDate>,
    /// The Stage 2 acknowledgement, from the Stage 2 request.
    pub stage2_acknowledge_by: Option<NaiveDate>,
    /// The Stage 2 final response: from its acknowledgement, plus any Stage 2 extensions.
    pub stage2_respond_by: Option<NaiveDate>,
}

/// Which deadline comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeadlineKind {
    /// The Stage 1 acknowledgement (its limit).
    Acknowledge,
    /// The Stage 1 response.
    Stage1Response,
    /// The resident's, not the landlord's: the last day to ask for Stage 2.
    Stage2Request,
    /// The Stage 2 acknowledgement.
    Stage2Acknowledge,
    /// The Stage 2 final response.
    Stage2Response,
}

impl DeadlineKind {
    /// Whether the landlord owes this (and so can be overdue on it).
    pub fn owed_by_landlord(self) -> bool {
        self != Self::Stage2Request
    }
}

/// The next deadline of an open complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Due {
    /// Which deadline it is.
    pub kind: DeadlineKind,
    /// The last day; acting until 23:59:59 London time that day is in time.
    pub by: NaiveDate,
}

impl Due {
    /// Whether the landlord is late with it on `today`. The resident's own window to ask for
    /// a review is never overdue: it closes.
    pub fn overdue(self, today: NaiveDate) -> bool {
        self.kind.owed_by_landlord() && today > self.by
    }
}

/// Why an event cannot be added to a complaint's history.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("There cannot be {event} while the complaint is {}.", .state.describe())]
    OutOfOrder {
        /// What the event is, as [`EventKind::describe`] says it.
        event: &'static str,
        state: State,
    },
    #[error(
        "It is dated {}, before the event before it ({}); record events in the order they happened.",
        .at.to_rfc3339(),
        .previous.to_rfc3339()
    )]
    BeforePreviousEvent {
        at: DateTime<FixedOffset>,
        previous: DateTime<FixedOffset>,
    },
    #[error(
        "The window to ask for Stage 2 closed at the end of {}; a later request needs the Complaints Officer's discretion recorded with it.",
        long_date(*.last_day)
    )]
    Stage2RequestTooLate { last_day: NaiveDate },
    #[error("The Stage 2 reviewer must be someone other than {handler}, who {did} Stage 1.")]
    SameReviewer {
        /// The colleague who took part in Stage 1, by name.
        handler: String,
        /// "handled", or, when decided by account, "acknowledged or answered".
        did: &'static str,
    },
    #[error("A {stage} extension needs a reason to give the resident.")]
    ExtensionWithoutReason { stage: Stage },
    #[error("A {stage} extension must add at least one working day.")]
    ExtensionOfNoDays { stage: Stage },
    #[error("A {stage} extension can add at most {max} working days at a time; for longer, record further extensions as they are needed.")]
    ExtensionTooLong { stage: Stage, max: u32 },
    #[error(
        "{stage} extensions would add {total} working days in all, more than the {limit} allowed without a stated good reason; give the good reason, or extend by {remaining} working days at most.",
        remaining = .limit.saturating_sub(*.already)
    )]
    ExtensionPastLimit {
        stage: Stage,
        total: u32,
        limit: u32,
        already: u32,
    },
    #[error("Not accepting a complaint needs the reason, which the resident is told together with their right to go to the Housing Ombudsman.")]
    NotAcceptedWithoutReason,
    #[error("Passing on a compliment needs the name of the person it was passed to.")]
    PassedOnToNoOne,
    #[error(
        "The window to ask for Stage 2 is open until the end of {}: ask for the review in the usual way.",
        long_date(*.last_day)
    )]
    Stage2WindowStillOpen { last_day: NaiveDate },
    #[error("A late request for Stage 2 needs the reason it is late, for the Complaints Officer to consider.")]
    LateWithoutReason,
    #[error(
        "A late request for Stage 2 was already made on {}; it waits for the Complaints Officer's decision.",
        long_date(*.asked)
    )]
    LateAlreadyAsked { asked: NaiveDate },
    #[error("Updates must be agreed for every 1 to {max} working days: enter a whole number in that range, like 5.")]
    UpdateIntervalOutOfRange { max: u32 },
    #[error(
        "An interval for updates is agreed when the {stage} response will be late (policy 2024 §9.5 and §10.8), and it is due by {} with no extension: record the extension first.",
        long_date(*.due)
    )]
    UpdatesBeforeDelay { stage: Stage, due: NaiveDate },
    #[error("An update needs what the resident was told: it is sent to them.")]
    UpdateWithoutText,
    #[error("Actions to put things right, and learning, are agreed in or after a response: record the Stage 1 response first.")]
    ActionBeforeResponse,
    #[error("An action needs what will be done.")]
    ActionWithoutWhat,
    #[error("An action needs who is responsible for it: a colleague or a team.")]
    ActionWithoutOwner,
    #[error("An action's day must be the day it is agreed or later, not {}.", long_date(*.due))]
    ActionDueInPast { due: NaiveDate },
    #[error("An action's day can be at most {days} days after it is agreed: agree a nearer day, and a new action if more is needed then.")]
    ActionDueTooFar { days: i64 },
    #[error("A payment can be at most {max}.")]
    AmountTooLarge { max: String },
    #[error("A payment needs its amount, in pounds.")]
    PaymentWithoutAmount,
    #[error("Only a payment has an amount: choose a payment, or leave the amount out.")]
    AmountWithoutPayment,
    #[error("There is no action {number} on this complaint: it has {count}.")]
    NoSuchAction { number: u32, count: usize },
    #[error("Action {number} was already marked done on {}.", long_date(*.done))]
    ActionAlreadyDone { number: u32, done: NaiveDate },
    #[error("Say how we will respond to the need: the adjustment colleagues are to make.")]
    SupportWithoutAdjustment,
    #[error("The review day must be after the day it is recorded, not {}.", long_date(*.review_by))]
    SupportReviewNotAhead { review_by: NaiveDate },
    #[error("The review day can be at most {days} days ahead: needs change, so look again within a year.")]
    SupportReviewTooFar { days: i64 },
    #[error("There is no need {number} recorded on this complaint: it has {count}.")]
    NoSuchSupport { number: u32, count: usize },
    #[error("Need {number} was found no longer needed on {}: record it again if it is needed again.", long_date(*.ended))]
    SupportEnded { number: u32, ended: NaiveDate },
    #[error("Enter the Ombudsman's case number, as on its letter: up to {max} characters.")]
    OmbudsmanCaseInvalid { max: usize },
    #[error("The Ombudsman cannot have determined it on {}: that is after the day it is recorded.", long_date(*.determined_on))]
    DeterminedInFuture { determined_on: NaiveDate },
    #[error("The Ombudsman cannot have determined it on {}: that is before the complaint was received on {}.", long_date(*.determined_on), long_date(*.received))]
    DeterminedBeforeReceived {
        determined_on: NaiveDate,
        received: NaiveDate,
    },
}

impl TransitionError {
    /// A stable code for programs (the API's error `code`); the text is for people.
    pub fn code(&self) -> &'static str {
        match self {
            Self::OutOfOrder { .. } => "out_of_order",
            Self::BeforePreviousEvent { .. } => "before_previous_event",
            Self::Stage2RequestTooLate { .. } => "stage2_request_too_late",
            Self::Stage2WindowStillOpen { .. } => "stage2_window_still_open",
            Self::LateWithoutReason => "late_request_without_reason",
            Self::LateAlreadyAsked { .. } => "late_request_already_made",
            Self::SameReviewer { .. } => "stage2_reviewer_is_stage1_handler",
            Self::ExtensionWithoutReason { .. } => "extension_without_reason",
            Self::ExtensionOfNoDays { .. } => "extension_of_no_days",
            Self::ExtensionTooLong { .. } => "extension_too_long",
            Self::ExtensionPastLimit { .. } => "extension_past_limit",
            Self::NotAcceptedWithoutReason => "not_accepted_without_reason",
            Self::PassedOnToNoOne => "passed_on_to_no_one",
            Self::UpdateIntervalOutOfRange { .. } => "update_interval_out_of_range",
            Self::UpdatesBeforeDelay { .. } => "updates_before_delay",
            Self::UpdateWithoutText => "update_without_text",
            Self::ActionBeforeResponse => "action_before_response",
            Self::ActionWithoutWhat => "action_without_what",
            Self::ActionWithoutOwner => "action_without_owner",
            Self::ActionDueInPast { .. } => "action_due_in_past",
            Self::PaymentWithoutAmount => "payment_without_amount",
            Self::ActionDueTooFar { .. } => "action_due_too_far",
            Self::AmountTooLarge { .. } => "amount_too_large",
            Self::AmountWithoutPayment => "amount_without_payment",
            Self::NoSuchAction { .. } => "no_such_action",
            Self::ActionAlreadyDone { .. } => "action_already_done",
            Self::SupportWithoutAdjustment => "support_without_adjustment",
            Self::SupportReviewNotAhead { .. } => "support_review_not_ahead",
            Self::SupportReviewTooFar { .. } => "support_review_too_far",
            Self::NoSuchSupport { .. } => "no_such_support",
            Self::SupportEnded { .. } => "support_ended",
            Self::OmbudsmanCaseInvalid { .. } => "ombudsman_case_invalid",
            Self::DeterminedInFuture { .. } => "determined_in_future",
            Self::DeterminedBeforeReceived { .. } => "determined_before_received",
        }
    }
}

/// The most working days one extension may add: a deadline is moved in steps a resident can
/// be told about, never indefinitely.
pub const MAX_EXTENSION_DAYS: u32 = 60;

/// The longest interval between agreed updates: about a month, so that a resident whose
/// response is late is never left longer without news.
pub const MAX_UPDATE_INTERVAL: u32 = 20;

/// The next update owed to a resident whose response is late, as agreed with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateDue {
    /// The stage whose response is late.
    pub stage: Stage,
    /// Working days between updates, as agreed.
    pub every_working_days: u32,
    /// The last day for the next update: an interval after the agreement or the last update.
    pub by: NaiveDate,
}

impl UpdateDue {
    /// Whether the update is late on `today`.
    pub fn overdue(self, today: NaiveDate) -> bool {
        today > self.by
    }

    /// Whether the update is owed on `today`: due today, or late.
    pub fn owed(self, today: NaiveDate) -> bool {
        today >= self.by
    }
}

/// Why a whole history cannot be folded: the first event that breaks a rule, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    #[error("The history has no events; it must start with the complaint being received.")]
    Empty,
    #[error(
        "Event 1 ({0}) cannot come first; a history starts with the complaint being received."
    )]
    FirstNotReceived(&'static str),
    #[error("Event {position} ({event}): {source}")]
    Transition {
        /// 1-based position in the history.
        position: usize,
        event: &'static str,
        source: TransitionError,
    },
}

/// A complaint as its events left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Complaint {
    state: State,
    closure: Option<Closure>,
    deadlines: Deadlines,
    received_at: DateTime<FixedOffset>,
    last_at: DateTime<FixedOffset>,
    stage1_handler: Option<String>,
    /// The colleague accounts that acknowledged or answered Stage 1: the handler chosen in
    /// the acknowledgement, and whoever recorded the acknowledgement and the response.
    stage1_accounts: Vec<i64>,
    /// The Stage 1 handler's and the Stage 2 reviewer's accounts, when chosen by account.
    stage1_handler_account: Option<i64>,
    stage2_reviewer_account: Option<i64>,
    stage2_reviewer: Option<String>,
    stage1_extension_days: u32,
    stage2_extension_days: u32,
    late_stage2_request: bool,
    /// The day the resident asked for Stage 2 after the window, waiting for the Complaints
    /// Officer's decision.
    stage2_asked_late: Option<NaiveDate>,
    risk: Option<RiskLevel>,
    /// The updates agreed while the open stage's response is late, and when the next is owed.
    updates: Option<UpdateDue>,
    /// The complaint as the landlord last defined it (acknowledgement, then response), and
    /// what the resident said when asking for Stage 2: what a Stage 2 acknowledgement restates.
    definition: Definition,
    /// Whether a Stage 1 or Stage 2 response has been issued: actions are agreed from then.
    answered: bool,
    /// The remedies and learning actions agreed, in order.
    actions: Vec<crate::actions::Action>,
    /// The needs recognised and the adjustments made, in order.
    support: Vec<crate::support::SupportNeed>,
    /// The Housing Ombudsman's determinations, in the order recorded.
    determinations: Vec<crate::ombudsman::Determination>,
}

/// What the complaint is about and the outcome sought, as last stated on the record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Definition {
    pub about: Option<String>,
    pub outcome_sought: Option<String>,
    /// What the resident is still unhappy about, from their request for Stage 2.
    pub still_unhappy: Option<String>,
    /// The outcome the resident wants from Stage 2, if they said.
    pub outcome_wanted: Option<String>,
}

impl Definition {
    fn restate(&mut self, about: &Option<String>, outcome_sought: &Option<String>) {
        if let Some(about) = given(about) {
            self.about = Some(about.to_owned());
        }
        if let Some(outcome) = given(outcome_sought) {
            self.outcome_sought = Some(outcome.to_owned());
        }
    }
}

/// A text that counts only if it is not blank.
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Complaint {
    /// A complaint received at `at`.
    pub fn received(at: DateTime<FixedOffset>, cal: &Calendar, std: &ServiceStandard) -> Self {
        let day = london_date(&at);
        Self {
            state: State::AwaitingAcknowledgement,
            closure: None,
            deadlines: Deadlines {
                acknowledge_target: Some(cal.add(day, std.acknowledge_target)),
                acknowledge_by: Some(cal.add(day, std.acknowledge_limit)),
                ..Deadlines::default()
            },
            received_at: at,
            last_at: at,
            stage1_handler: None,
            stage1_accounts: Vec::new(),
            stage1_handler_account: None,
            stage2_reviewer_account: None,
            stage2_reviewer: None,
            stage1_extension_days: 0,
            stage2_extension_days: 0,
            late_stage2_request: false,
            stage2_asked_late: None,
            definition: Definition::default(),
            risk: None,
            updates: None,
            answered: false,
            actions: Vec::new(),
            support: Vec::new(),
            determinations: Vec::new(),
        }
    }

    /// Folds a whole history; the first event must be `received`.
    pub fn fold(
        events: &[Event],
        cal: &Calendar,
        std: &ServiceStandard,
    ) -> Result<Self, HistoryError> {
        let (first, rest) = events.split_first().ok_or(HistoryError::Empty)?;
        if first.kind != EventKind::Received {
            return Err(HistoryError::FirstNotReceived(first.kind.name()));
        }
        rest.iter().enumerate().try_fold(
            Self::received(first.at, cal, std),
            |complaint, (i, event)| {
                complaint
                    .apply(event, cal, std)
                    .map_err(|source| HistoryError::Transition {
                        position: i + 2,
                        event: event.kind.name(),
                        source,
                    })
            },
        )
    }

    /// The complaint after one more event, or why that event is not allowed now.
    pub fn apply(
        &self,
        event: &Event,
        cal: &Calendar,
        std: &ServiceStandard,
    ) -> Result<Self, TransitionError> {
        // Compared to the second: a form's time box has no finer, so "now" on a page shown
        // in the same second as the last event (a complaint just received) is not before it.
        if event.at.timestamp() < self.last_at.timestamp() {
            return Err(TransitionError::BeforePreviousEvent {
                at: event.at,
                previous: self.last_at,
            });
        }
        let day = london_date(&event.at);
        let mut next = self.clone();
        next.last_at = event.at;
        let out_of_order = || TransitionError::OutOfOrder {
            event: event.kind.describe(),
            state: self.state,
        };
        match (&event.kind, self.state) {
            (
                EventKind::Stage1Acknowledged {
                    handler,
                    handler_account,
                    about,
                    outcome_sought,
                    ..
                },
                State::AwaitingAcknowledgement,
            ) => {
                next.definition.restate(about, outcome_sought);
                next.state = State::Stage1Open;
                next.stage1_handler = given(handler).map(str::to_owned);
                next.stage1_accounts
                    .extend(handler_account.iter().chain(&event.recorded_by_account));
                next.stage1_handler_account = *handler_account;
                next.deadlines.stage1_respond_by = Some(cal.add(day, std.stage1_response));
            }
            (
                EventKind::Stage1Extended {
                    working_days,
                    reason,
                    good_reason,
                },
                State::Stage1Open,
            ) => {
                let days = Self::check_extension(
                    Stage::One,
                    *working_days,
                    reason,
                    good_reason,
                    self.stage1_extension_days,
                    std.stage1_extension_limit,
                )?;
                next.stage1_extension_days += days;
                next.deadlines.stage1_respond_by = self
                    .deadlines
                    .stage1_respond_by
                    .map(|due| cal.add_working_days(due, days));
            }
            (EventKind::Stage1Responded(response), State::Stage1Open) => {
                next.stage1_accounts.extend(event.recorded_by_account);
                next.definition.restate(
                    &Some(response.about.clone()),
                    &Some(response.outcome_sought.clone()),
                );
                next.state = State::Stage1Responded;
                next.answered = true;
                next.deadlines.stage2_request_by = Some(cal.add(day, std.stage2_request_window));
            }
            (
                EventKind::Stage2Requested {
                    discretion,
                    still_unhappy,
                    outcome_wanted,
                },
                State::Stage1Responded,
            ) => {
                if let Some(text) = given(still_unhappy) {
                    next.definition.still_unhappy = Some(text.to_owned());
                }
                if let Some(text) = given(outcome_wanted) {
                    next.definition.outcome_wanted = Some(text.to_owned());
                }
                let late = self
                    .deadlines
                    .stage2_request_by
                    .is_some_and(|last| day > last);
                if late && given(discretion).is_none() {
                    let last_day = self.deadlines.stage2_request_by.unwrap_or(day);
                    return Err(TransitionError::Stage2RequestTooLate { last_day });
                }
                next.late_stage2_request = late;
                next.state = State::Stage2AwaitingAcknowledgement;
                // Policy 2024 §10.2: 5 working days to acknowledge from when the request was
                // received. A late request accepted by discretion was received when the
                // resident asked (`stage2_asked_late`), not when the Complaints Officer decided.
                let received = if late {
                    self.stage2_asked_late.unwrap_or(day)
                } else {
                    day
                };
                next.deadlines.stage2_acknowledge_by =
                    Some(cal.add(received, std.stage2_acknowledge));
            }
            (
                EventKind::Stage2Acknowledged {
                    reviewer,
                    reviewer_account,
                    ..
                },
                State::Stage2AwaitingAcknowledgement,
            ) => {
                let reviewer = given(reviewer);
                let handler = self.stage1_handler.as_deref();
                // By account when the reviewer was chosen from the colleagues (two colleagues
                // may share a name); by name only for a history without accounts (an
                // integration's, or one recorded before accounts were kept).
                if reviewer_account.is_some_and(|a| self.stage1_accounts.contains(&a)) {
                    return Err(TransitionError::SameReviewer {
                        handler: reviewer.or(handler).unwrap_or("the reviewer").to_owned(),
                        did: "acknowledged or answered",
                    });
                }
                // Names are compared only where an account is missing on either side.
                let both_by_account =
                    reviewer_account.is_some() && self.stage1_handler_account.is_some();
                if let (false, Some((r, h))) = (both_by_account, reviewer.zip(handler)) {
                    if same_person(r, h) {
                        return Err(TransitionError::SameReviewer {
                            handler: h.to_owned(),
                            did: "handled",
                        });
                    }
                }
                next.state = State::Stage2Open;
                next.stage2_reviewer = reviewer.map(str::to_owned);
                next.stage2_reviewer_account = *reviewer_account;
                next.deadlines.stage2_respond_by = Some(cal.add(day, std.stage2_response));
            }
            (
                EventKind::Stage2Extended {
                    working_days,
                    reason,
                    good_reason,
                },
                State::Stage2Open,
            ) => {
                let days = Self::check_extension(
                    Stage::Two,
                    *working_days,
                    reason,
                    good_reason,
                    self.stage2_extension_days,
                    std.stage2_extension_limit,
                )?;
                next.stage2_extension_days += days;
                next.deadlines.stage2_respond_by = self
                    .deadlines
                    .stage2_respond_by
                    .map(|due| cal.add_working_days(due, days));
            }
            (EventKind::Stage2Responded(_), State::Stage2Open) => {
                next.answered = true;
                next.close(Closure::FinalResponse)
            }
            // Not accepted at any point before the stage's response (policy 2024 §7.2: court
            // proceedings may start after it was acknowledged), or a late request for Stage 2
            // declined.
            (EventKind::NotAccepted { reason }, state)
                if matches!(
                    state,
                    State::AwaitingAcknowledgement
                        | State::Stage1Open
                        | State::Stage2AwaitingAcknowledgement
                        | State::Stage2Open
                ) || (state == State::Stage1Responded && self.stage2_asked_late.is_some()) =>
            {
                if given(&Some(reason.clone())).is_none() {
                    return Err(TransitionError::NotAcceptedWithoutReason);
                }
                next.close(Closure::NotAccepted);
            }
            (EventKind::ResolvedAtFirstContact, State::AwaitingAcknowledgement) => {
                next.close(Closure::ResolvedAtFirstContact);
            }
            (EventKind::Withdrawn { .. }, state) if state != State::Closed => {
                next.close(Closure::Withdrawn)
            }
            (EventKind::PassedOn { to }, State::AwaitingAcknowledgement) => {
                if to.trim().is_empty() {
                    return Err(TransitionError::PassedOnToNoOne);
                }
                next.close(Closure::PassedOn);
            }
            (EventKind::RiskAssessed { level, .. }, state) if state != State::Closed => {
                next.risk = Some(*level);
            }
            (
                EventKind::Stage2AskedLate {
                    reason,
                    still_unhappy,
                    outcome_wanted,
                },
                State::Stage1Responded,
            ) => {
                next.definition.still_unhappy = given(still_unhappy).map(str::to_owned);
                next.definition.outcome_wanted = given(outcome_wanted).map(str::to_owned);
                let last_day = self.deadlines.stage2_request_by.unwrap_or(day);
                if day <= last_day {
                    return Err(TransitionError::Stage2WindowStillOpen { last_day });
                }
                if reason.trim().is_empty() {
                    return Err(TransitionError::LateWithoutReason);
                }
                if let Some(asked) = self.stage2_asked_late {
                    return Err(TransitionError::LateAlreadyAsked { asked });
                }
                next.stage2_asked_late = Some(day);
            }
            (
                EventKind::UpdatesAgreed {
                    every_working_days, ..
                },
                State::Stage1Open | State::Stage2Open,
            ) => {
                let every = *every_working_days;
                if !(1..=MAX_UPDATE_INTERVAL).contains(&every) {
                    return Err(TransitionError::UpdateIntervalOutOfRange {
                        max: MAX_UPDATE_INTERVAL,
                    });
                }
                let (stage, due) = self.open_response().ok_or_else(out_of_order)?;
                if !self.response_late(day) {
                    return Err(TransitionError::UpdatesBeforeDelay { stage, due });
                }
                next.updates = Some(UpdateDue {
                    stage,
                    every_working_days: every,
                    by: cal.add_working_days(day, every),
                });
            }
            (EventKind::UpdateGiven { text }, State::Stage1Open | State::Stage2Open) => {
                if text.trim().is_empty() {
                    return Err(TransitionError::UpdateWithoutText);
                }
                if let Some(updates) = &mut next.updates {
                    updates.by = cal.add_working_days(day, updates.every_working_days);
                }
            }
            (
                EventKind::ActionAgreed {
                    kind,
                    what,
                    owner,
                    due,
                    amount_pence,
                },
                _,
            ) => {
                if !self.answered {
                    return Err(TransitionError::ActionBeforeResponse);
                }
                if what.trim().is_empty() {
                    return Err(TransitionError::ActionWithoutWhat);
                }
                if owner.trim().is_empty() {
                    return Err(TransitionError::ActionWithoutOwner);
                }
                if *due < day {
                    return Err(TransitionError::ActionDueInPast { due: *due });
                }
                if *due > day + chrono::TimeDelta::days(crate::actions::MAX_ACTION_DAYS) {
                    return Err(TransitionError::ActionDueTooFar {
                        days: crate::actions::MAX_ACTION_DAYS,
                    });
                }
                if amount_pence.is_some_and(|p| p > crate::actions::MAX_PAYMENT_PENCE) {
                    return Err(TransitionError::AmountTooLarge {
                        max: crate::actions::pounds(crate::actions::MAX_PAYMENT_PENCE),
                    });
                }
                match (kind, amount_pence) {
                    (crate::actions::ActionKind::Payment, None | Some(0)) => {
                        return Err(TransitionError::PaymentWithoutAmount)
                    }
                    (crate::actions::ActionKind::Payment, Some(_)) | (_, None) => {}
                    (_, Some(_)) => return Err(TransitionError::AmountWithoutPayment),
                }
                next.actions.push(crate::actions::Action {
                    number: u32::try_from(self.actions.len() + 1).unwrap_or(u32::MAX),
                    kind: *kind,
                    what: what.trim().to_owned(),
                    owner: owner.trim().to_owned(),
                    due: *due,
                    amount_pence: *amount_pence,
                    done: None,
                });
            }
            (EventKind::ActionDone { number, .. }, _) => {
                let count = self.actions.len();
                let action = usize::try_from(*number)
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| next.actions.get_mut(i))
                    .ok_or(TransitionError::NoSuchAction {
                        number: *number,
                        count,
                    })?;
                if let Some(done) = action.done {
                    return Err(TransitionError::ActionAlreadyDone {
                        number: *number,
                        done,
                    });
                }
                action.done = Some(day);
            }
            // A need is the resident's, whatever the complaint's state.
            (
                EventKind::SupportRecorded {
                    need,
                    adjustment,
                    review_by,
                },
                _,
            ) => {
                if adjustment.trim().is_empty() {
                    return Err(TransitionError::SupportWithoutAdjustment);
                }
                support_review_day(day, *review_by)?;
                next.support.push(crate::support::SupportNeed {
                    number: u32::try_from(self.support.len() + 1).unwrap_or(u32::MAX),
                    need: *need,
                    adjustment: adjustment.trim().to_owned(),
                    recorded: day,
                    review_by: *review_by,
                    ended: None,
                });
            }
            (
                EventKind::SupportReviewed {
                    number, review_by, ..
                },
                _,
            ) => {
                let count = self.support.len();
                let need = usize::try_from(*number)
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| next.support.get_mut(i))
                    .ok_or(TransitionError::NoSuchSupport {
                        number: *number,
                        count,
                    })?;
                if let Some(ended) = need.ended {
                    return Err(TransitionError::SupportEnded {
                        number: *number,
                        ended,
                    });
                }
                match review_by {
                    Some(review_by) => {
                        support_review_day(day, *review_by)?;
                        need.review_by = *review_by;
                    }
                    None => need.ended = Some(day),
                }
            }
            // The Ombudsman may look at a complaint at any point after it was received (when the
            // landlord is slow, or refuses it, as well as after the final response).
            (
                EventKind::OmbudsmanDetermined {
                    case,
                    finding,
                    determined_on,
                    orders,
                },
                _,
            ) => {
                let case = case.trim();
                let max = crate::ombudsman::MAX_CASE_LENGTH;
                if case.is_empty() || case.chars().count() > max {
                    return Err(TransitionError::OmbudsmanCaseInvalid { max });
                }
                if *determined_on > day {
                    return Err(TransitionError::DeterminedInFuture {
                        determined_on: *determined_on,
                    });
                }
                let received = london_date(&self.received_at);
                if *determined_on < received {
                    return Err(TransitionError::DeterminedBeforeReceived {
                        determined_on: *determined_on,
                        received,
                    });
                }
                next.determinations.push(crate::ombudsman::Determination {
                    case: case.to_owned(),
                    finding: *finding,
                    determined_on: *determined_on,
                    orders: given(orders).map(str::to_owned),
                });
            }
            (EventKind::InformationAdded { .. }, state) if state != State::Closed => {}
            (
                EventKind::ConsentVerified { .. }
                | EventKind::ConsentRefused { .. }
                | EventKind::Corrected { .. },
                _,
            ) => {}
            _ => return Err(out_of_order()),
        }
        // Agreed updates last while the stage's response is owed.
        if next.state != self.state {
            next.updates = None;
        }
        Ok(next)
    }

    /// Whether the open stage's response will be late as of `day`: it was extended, or its
    /// last day has passed. Updates at an agreed interval are for such a response.
    pub fn response_late(&self, day: NaiveDate) -> bool {
        self.open_response()
            .is_some_and(|(stage, due)| self.extension_days(stage) > 0 || day > due)
    }

    /// The open stage and the last day of its response, while a response is owed.
    fn open_response(&self) -> Option<(Stage, NaiveDate)> {
        match self.state {
            State::Stage1Open => Some((Stage::One, self.deadlines.stage1_respond_by?)),
            State::Stage2Open => Some((Stage::Two, self.deadlines.stage2_respond_by?)),
            _ => None,
        }
    }

    fn check_extension(
        stage: Stage,
        working_days: u32,
        reason: &str,
        good_reason: &Option<String>,
        already: u32,
        limit: u32,
    ) -> Result<u32, TransitionError> {
        if working_days == 0 {
            return Err(TransitionError::ExtensionOfNoDays { stage });
        }
        if working_days > MAX_EXTENSION_DAYS {
            return Err(TransitionError::ExtensionTooLong {
                stage,
                max: MAX_EXTENSION_DAYS,
            });
        }
        if reason.trim().is_empty() {
            return Err(TransitionError::ExtensionWithoutReason { stage });
        }
        let total = already.saturating_add(working_days);
        if total > limit && given(good_reason).is_none() {
            return Err(TransitionError::ExtensionPastLimit {
                stage,
                total,
                limit,
                already,
            });
        }
        Ok(working_days)
    }

    fn close(&mut self, closure: Closure) {
        self.state = State::Closed;
        self.closure = Some(closure);
    }

    /// Whether a Stage 1 or Stage 2 response has been issued.
    pub fn answered(&self) -> bool {
        self.answered
    }

    /// The remedies and learning actions agreed, in order.
    pub fn actions(&self) -> &[crate::actions::Action] {
        &self.actions
    }

    /// The needs recognised and the adjustments made, in order.
    pub fn support(&self) -> &[crate::support::SupportNeed] {
        &self.support
    }

    /// The Housing Ombudsman's determinations, in the order recorded.
    pub fn determinations(&self) -> &[crate::ombudsman::Determination] {
        &self.determinations
    }

    /// The earliest day an open need is to be reviewed by.
    pub fn support_review(&self) -> Option<NaiveDate> {
        crate::support::next_review(&self.support)
    }

    /// The earliest day an open remedy for the resident is due by (learning is not the
    /// resident's to wait for).
    pub fn remedy_due(&self) -> Option<NaiveDate> {
        self.actions
            .iter()
            .filter(|a| a.kind.is_remedy() && a.done.is_none())
            .map(|a| a.due)
            .min()
    }

    /// Where the complaint is now.
    pub fn state(&self) -> State {
        self.state
    }

    /// How it ended, once closed.
    pub fn closure(&self) -> Option<Closure> {
        self.closure
    }

    /// Every deadline set so far (kept once set, even after the complaint moves on).
    pub fn deadlines(&self) -> &Deadlines {
        &self.deadlines
    }

    /// When the complaint was received: the instant every deadline's clock started from.
    pub fn received_at(&self) -> DateTime<FixedOffset> {
        self.received_at
    }

    /// The time of the latest event: a new event may not be dated before it.
    pub fn last_event_at(&self) -> DateTime<FixedOffset> {
        self.last_at
    }

    /// Who handles Stage 1, once acknowledged (if the acknowledgement named them).
    pub fn stage1_handler(&self) -> Option<&str> {
        self.stage1_handler.as_deref()
    }

    /// Who reviews at Stage 2, once acknowledged (if the acknowledgement named them).
    pub fn stage2_reviewer(&self) -> Option<&str> {
        self.stage2_reviewer.as_deref()
    }

    /// The colleague accounts that acknowledged or answered Stage 1 (none of them may review
    /// Stage 2).
    pub fn stage1_accounts(&self) -> &[i64] {
        &self.stage1_accounts
    }

    /// The colleague account handling the complaint now (the Stage 2 reviewer's once there is
    /// one), when it was chosen by account.
    pub fn handling_account(&self) -> Option<i64> {
        match self.stage2_reviewer {
            Some(_) => self.stage2_reviewer_account,
            None => self.stage1_handler_account,
        }
    }

    /// Working days of extension used so far at a stage.
    pub fn extension_days(&self, stage: Stage) -> u32 {
        match stage {
            Stage::One => self.stage1_extension_days,
            Stage::Two => self.stage2_extension_days,
        }
    }

    /// The next update owed to the resident, while updates are agreed because the open
    /// stage's response is late (policy 2024 §9.5, §10.8).
    pub fn update_due(&self) -> Option<UpdateDue> {
        self.updates
    }

    /// How urgent a safety concern is, as last assessed.
    pub fn risk(&self) -> Option<RiskLevel> {
        self.risk
    }

    /// What the complaint is about and the outcome sought, as last stated on the record.
    pub fn definition(&self) -> &Definition {
        &self.definition
    }

    /// Whether Stage 2 was accepted after the window, at the Complaints Officer's discretion.
    pub fn late_stage2_request(&self) -> bool {
        self.late_stage2_request
    }

    /// The day the resident asked for Stage 2 after the window, while that request waits for
    /// the Complaints Officer.
    pub fn stage2_asked_late(&self) -> Option<NaiveDate> {
        (self.state == State::Stage1Responded)
            .then_some(self.stage2_asked_late)
            .flatten()
    }

    /// The deadline the complaint is waiting on now, if any.
    pub fn next_deadline(&self) -> Option<Due> {
        let d = &self.deadlines;
        let (kind, by) = match self.state {
            State::AwaitingAcknowledgement => (DeadlineKind::Acknowledge, d.acknowledge_by),
            State::Stage1Open => (DeadlineKind::Stage1Response, d.stage1_respond_by),
            State::Stage1Responded => (DeadlineKind::Stage2Request, d.stage2_request_by),
            State::Stage2AwaitingAcknowledgement => {
                (DeadlineKind::Stage2Acknowledge, d.stage2_acknowledge_by)
            }
            State::Stage2Open => (DeadlineKind::Stage2Response, d.stage2_respond_by),
            State::Closed => return None,
        };
        by.map(|by| Due { kind, by })
    }

    /// Working days from today (London) to the next deadline: 0 when it is today, negative
    /// when it has passed.
    pub fn working_days_left<Tz: TimeZone>(
        &self,
        now: &DateTime<Tz>,
        cal: &Calendar,
    ) -> Option<i64> {
        self.next_deadline()
            .map(|due| cal.working_days_left(london_date(now), due.by))
    }

    /// Whether the landlord has missed the deadline it owes now.
    pub fn is_overdue<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> bool {
        self.next_deadline()
            .is_some_and(|due| due.kind.owed_by_landlord() && london_date(now) > due.by)
    }

    /// Whether the resident may still ask for Stage 2 without needing discretion.
    pub fn stage2_window_open<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> bool {
        self.state == State::Stage1Responded
            && self
                .deadlines
                .stage2_request_by
                .is_some_and(|last| london_date(now) <= last)
    }
}

/// A review day set on `day`: after it, and within [`crate::support::MAX_REVIEW_DAYS`].
fn support_review_day(day: NaiveDate, review_by: NaiveDate) -> Result<(), TransitionError> {
    if review_by <= day {
        return Err(TransitionError::SupportReviewNotAhead { review_by });
    }
    if review_by > day + chrono::TimeDelta::days(crate::support::MAX_REVIEW_DAYS) {
        return Err(TransitionError::SupportReviewTooFar {
            days: crate::support::MAX_REVIEW_DAYS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_deadline_is_overdue_the_day_after_its_last_day_and_a_window_never_is() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2027, 1, d).expect("date");
        let ack = super::Due {
            kind: super::DeadlineKind::Acknowledge,
            by: day(5),
        };
        assert!(!ack.overdue(day(5)));
        assert!(ack.overdue(day(6)));
        let window = super::Due {
            kind: super::DeadlineKind::Stage2Request,
            by: day(5),
        };
        assert!(!window.overdue(day(6)));
    }

    use super::*;
    use proptest::prelude::*;

    fn cal() -> Calendar {
        Calendar::england_and_wales()
    }
    const STD: ServiceStandard = ServiceStandard::CALICO_2024;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("instant")
    }
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }
    fn ev(s: &str, kind: EventKind) -> Event {
        Event::new(at(s), kind)
    }
    fn ack(s: &str, handler: &str) -> Event {
        ev(
            s,
            EventKind::Stage1Acknowledged {
                handler: Some(handler.into()),
                handler_contact: None,
                about: None,
                outcome_sought: None,
                handler_account: None,
            },
        )
    }
    fn extend1(s: &str, days: u32, reason: &str, good: Option<&str>) -> Event {
        ev(
            s,
            EventKind::Stage1Extended {
                working_days: days,
                reason: reason.into(),
                good_reason: good.map(Into::into),
            },
        )
    }
    fn fold(events: &[Event]) -> Result<Complaint, HistoryError> {
        Complaint::fold(events, &cal(), &STD)
    }
    fn transition(events: &[Event]) -> TransitionError {
        match fold(events) {
            Err(HistoryError::Transition { source, .. }) => source,
            other => panic!("expected a transition error, got {other:?}"),
        }
    }

    /// Received 24 Dec 2026 → acknowledged 4 Jan 2027 → responded 18 Jan 2027.
    fn stage1_responded() -> Vec<Event> {
        vec![
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ack("2027-01-04T09:00:00+00:00", "Sam Patel"),
            ev(
                "2027-01-18T15:00:00+00:00",
                EventKind::Stage1Responded(Response::default()),
            ),
        ]
    }

    #[test]
    fn received_on_christmas_eve_sets_the_acknowledgement_aim_and_limit() {
        let c = fold(&[ev("2026-12-24T10:00:00+00:00", EventKind::Received)]).expect("folds");
        assert_eq!(c.state(), State::AwaitingAcknowledgement);
        // 25 and 28 December are bank holidays: Tue 29, Wed 30.
        assert_eq!(c.deadlines().acknowledge_target, Some(d("2026-12-30")));
        assert_eq!(c.deadlines().acknowledge_by, Some(d("2027-01-05")));
        assert_eq!(c.deadlines().stage1_respond_by, None);
    }

    #[test]
    fn a_complaint_made_at_half_past_midnight_bst_counts_from_that_london_day() {
        // 00:30 BST on Wed 1 April 2026 is 23:30 UTC on Tue 31 March.
        let c = fold(&[ev("2026-03-31T23:30:00Z", EventKind::Received)]).expect("folds");
        // Wed 1 April + 2 working days, skipping Good Friday (3rd) and Easter Monday (6th).
        assert_eq!(c.deadlines().acknowledge_target, Some(d("2026-04-07")));
        assert_eq!(c.deadlines().acknowledge_by, Some(d("2026-04-10")));
    }

    #[test]
    fn the_full_journey_through_both_stages_with_extensions() {
        let mut events = stage1_responded();
        events.insert(
            2,
            extend1(
                "2027-01-12T11:00:00+00:00",
                5,
                "Waiting for a surveyor's report",
                None,
            ),
        );
        events.extend([
            ev(
                "2027-02-01T20:00:00+00:00",
                EventKind::Stage2Requested {
                    discretion: None,
                    still_unhappy: None,
                    outcome_wanted: None,
                },
            ),
            ev(
                "2027-02-03T09:00:00+00:00",
                EventKind::Stage2Acknowledged {
                    reviewer: Some("Jo Reid".into()),
                    reviewer_contact: None,
                    reviewer_account: None,
                },
            ),
            ev(
                "2027-02-20T09:00:00+00:00",
                EventKind::Stage2Extended {
                    working_days: 10,
                    reason: "Independent survey".into(),
                    good_reason: None,
                },
            ),
        ]);
        let c = fold(&events).expect("folds");
        assert_eq!(c.state(), State::Stage2Open);
        let dl = c.deadlines();
        assert_eq!(dl.acknowledge_by, Some(d("2027-01-05")), "kept once set");
        // 10 working days after Mon 4 Jan = Mon 18 Jan; +5 = Mon 25 Jan.
        assert_eq!(dl.stage1_respond_by, Some(d("2027-01-25")));
        // 30 working days after Mon 18 Jan 2027 = Mon 1 Mar 2027.
        assert_eq!(dl.stage2_request_by, Some(d("2027-03-01")));
        assert_eq!(dl.stage2_acknowledge_by, Some(d("2027-02-08")));
        // 20 working days after Wed 3 Feb = Wed 3 Mar; +10 = Wed 17 Mar.
        assert_eq!(dl.stage2_respond_by, Some(d("2027-03-17")));
        assert_eq!(c.stage1_handler(), Some("Sam Patel"));
        assert_eq!(c.stage2_reviewer(), Some("Jo Reid"));

        events.push(ev(
            "2027-03-10T12:00:00+00:00",
            EventKind::Stage2Responded(Response::default()),
        ));
        let closed = fold(&events).expect("folds");
        assert_eq!(closed.state(), State::Closed);
        assert_eq!(closed.closure(), Some(Closure::FinalResponse));
        assert_eq!(closed.next_deadline(), None);
        assert_eq!(
            closed.deadlines().stage2_respond_by,
            Some(d("2027-03-17")),
            "kept once closed"
        );
    }

    #[test]
    fn the_stage2_window_runs_to_the_end_of_its_last_london_day() {
        // Responded Mon 1 June 2026: 30 working days later is Mon 13 July 2026 (BST).
        let base = vec![
            ev("2026-05-01T09:00:00+01:00", EventKind::Received),
            ack("2026-05-05T09:00:00+01:00", "Sam Patel"),
            ev(
                "2026-06-01T12:00:00+01:00",
                EventKind::Stage1Responded(Response::default()),
            ),
        ];
        let c = fold(&base).expect("folds");
        assert_eq!(c.deadlines().stage2_request_by, Some(d("2026-07-13")));
        // 23:30 BST on the last day (22:30 UTC) is in time.
        let mut in_time = base.clone();
        in_time.push(ev(
            "2026-07-13T22:30:00Z",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        assert_eq!(
            fold(&in_time).expect("folds").state(),
            State::Stage2AwaitingAcknowledgement
        );
        assert!(c.stage2_window_open(&at("2026-07-13T22:59:59Z")));
        // 00:10 BST the next day (23:10 UTC on the last day) is too late.
        assert!(!c.stage2_window_open(&at("2026-07-13T23:10:00Z")));
        let mut late = base.clone();
        late.push(ev(
            "2026-07-13T23:10:00Z",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        assert_eq!(
            transition(&late),
            TransitionError::Stage2RequestTooLate {
                last_day: d("2026-07-13")
            }
        );
        assert_eq!(
            transition(&late).to_string(),
            "The window to ask for Stage 2 closed at the end of Monday 13 July 2026; a later request needs the Complaints Officer's discretion recorded with it."
        );
        // With the Complaints Officer's discretion it is accepted, and marked as late.
        let mut discretion = base;
        discretion.push(ev(
            "2026-07-20T10:00:00+01:00",
            EventKind::Stage2Requested {
                discretion: Some("Resident was in hospital".into()),
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        let accepted = fold(&discretion).expect("folds");
        assert!(accepted.late_stage2_request());
        assert_eq!(
            accepted.deadlines().stage2_acknowledge_by,
            Some(d("2026-07-27"))
        );
    }

    #[test]
    fn an_event_out_of_order_is_refused_saying_what_state_it_met() {
        let events = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ev(
                "2026-12-29T10:00:00+00:00",
                EventKind::Stage1Responded(Response::default()),
            ),
        ];
        let err = fold(&events).expect_err("refused");
        assert_eq!(
            err.to_string(),
            "Event 2 (stage1_responded): There cannot be a Stage 1 response while the complaint is waiting to be acknowledged."
        );
    }

    #[test]
    fn a_history_must_start_with_received() {
        assert_eq!(fold(&[]), Err(HistoryError::Empty));
        assert_eq!(
            fold(&[ack("2026-12-24T10:00:00+00:00", "Sam")]),
            Err(HistoryError::FirstNotReceived("stage1_acknowledged"))
        );
        let twice = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ev("2026-12-24T11:00:00+00:00", EventKind::Received),
        ];
        assert!(matches!(
            transition(&twice),
            TransitionError::OutOfOrder {
                state: State::AwaitingAcknowledgement,
                ..
            }
        ));
    }

    #[test]
    fn an_event_dated_before_the_previous_one_is_refused() {
        let events = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ack("2026-12-24T09:59:59+00:00", "Sam"),
        ];
        assert!(matches!(
            transition(&events),
            TransitionError::BeforePreviousEvent { .. }
        ));
        // Within the same second is not earlier: a form gives whole seconds, and the event
        // before may have been stamped with a fraction.
        let same_second = [
            ev("2026-07-01T10:00:00.742+01:00", EventKind::Received),
            ack("2026-07-01T09:00:00Z", "Sam"),
        ];
        assert!(fold(&same_second).is_ok());
        let second_before = [
            ev("2026-07-01T10:00:00.742+01:00", EventKind::Received),
            ack("2026-07-01T08:59:59.999Z", "Sam"),
        ];
        assert!(matches!(
            transition(&second_before),
            TransitionError::BeforePreviousEvent { .. }
        ));
        // The same instant written with another offset is not earlier.
        let same = [
            ev("2026-07-01T10:00:00+01:00", EventKind::Received),
            ack("2026-07-01T09:00:00Z", "Sam"),
        ];
        assert!(fold(&same).is_ok());
    }

    #[test]
    fn a_late_stage2_request_accepted_later_is_acknowledged_within_5_working_days_of_asking() {
        let mut events = stage1_responded();
        // The window closed on Monday 1 March 2027; the resident asked a week later.
        assert_eq!(
            fold(&events).expect("folds").deadlines().stage2_request_by,
            Some(d("2027-03-01"))
        );
        events.push(ev(
            "2027-03-08T10:00:00+00:00",
            EventKind::Stage2AskedLate {
                reason: "I was in hospital.".into(),
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        // The Complaints Officer accepts it on Wednesday 17 March.
        events.push(ev(
            "2027-03-17T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: Some("In hospital when the window closed.".into()),
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        let accepted = fold(&events).expect("folds");
        assert!(accepted.late_stage2_request());
        // 5 working days from Monday 8 March, when the request was received (policy §10.2).
        assert_eq!(
            accepted.deadlines().stage2_acknowledge_by,
            Some(d("2027-03-15"))
        );
        assert!(accepted.is_overdue(&at("2027-03-17T10:00:00Z")));
        // A request in time counts from itself, as does a late one taken by phone and accepted
        // at once (no separate late request recorded).
        let mut in_time = stage1_responded();
        in_time.push(ev(
            "2027-02-01T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        assert_eq!(
            fold(&in_time)
                .expect("folds")
                .deadlines()
                .stage2_acknowledge_by,
            Some(d("2027-02-08"))
        );
        let mut by_phone = stage1_responded();
        by_phone.push(ev(
            "2027-03-08T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: Some("Phoned: in hospital.".into()),
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        assert_eq!(
            fold(&by_phone)
                .expect("folds")
                .deadlines()
                .stage2_acknowledge_by,
            Some(d("2027-03-15"))
        );
    }

    #[test]
    fn a_complaint_can_be_not_accepted_at_any_point_before_the_stage_response() {
        let not_accepted = |at: &str| {
            ev(
                at,
                EventKind::NotAccepted {
                    reason: "Court proceedings about the same matter have started.".into(),
                },
            )
        };
        // After the Stage 1 acknowledgement, before the response.
        let mut stage1 = stage1_responded();
        stage1.truncate(2);
        stage1.push(not_accepted("2027-01-06T10:00:00+00:00"));
        let closed = fold(&stage1).expect("folds");
        assert_eq!(closed.state(), State::Closed);
        assert_eq!(closed.closure(), Some(Closure::NotAccepted));
        // After the Stage 2 acknowledgement, before the final response.
        let mut stage2 = stage1_responded();
        stage2.push(ev(
            "2027-01-20T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        stage2.push(ev(
            "2027-01-21T10:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: Some("Jo Ellis".into()),
                reviewer_contact: None,
                reviewer_account: None,
            },
        ));
        stage2.push(not_accepted("2027-01-25T10:00:00+00:00"));
        assert_eq!(
            fold(&stage2).expect("folds").closure(),
            Some(Closure::NotAccepted)
        );
        // Not once the stage has its response, unless a late request for Stage 2 waits.
        let mut responded = stage1_responded();
        responded.push(not_accepted("2027-01-20T10:00:00+00:00"));
        assert!(matches!(
            transition(&responded),
            TransitionError::OutOfOrder { .. }
        ));
        // Still with a reason.
        let mut blank = stage1_responded();
        blank.truncate(2);
        blank.push(ev(
            "2027-01-06T10:00:00+00:00",
            EventKind::NotAccepted { reason: " ".into() },
        ));
        assert_eq!(
            transition(&blank),
            TransitionError::NotAcceptedWithoutReason
        );
    }

    #[test]
    fn the_stage2_reviewer_must_not_be_the_stage1_handler() {
        let mut events = stage1_responded();
        events.push(ev(
            "2027-01-20T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        events.push(ev(
            "2027-01-21T10:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: Some(" sam patel ".into()),
                reviewer_contact: None,
                reviewer_account: None,
            },
        ));
        assert_eq!(
            transition(&events),
            TransitionError::SameReviewer {
                handler: "Sam Patel".into(),
                did: "handled",
            }
        );
    }

    /// Stage 1 acknowledged naming handler account 7 and recorded by account 8, answered as
    /// recorded by account 9; then Stage 2 asked for and acknowledged naming `reviewer`.
    fn reviewed_by(reviewer: &str, account: Option<i64>) -> Vec<Event> {
        let mut events = stage1_responded();
        if let EventKind::Stage1Acknowledged {
            handler_account, ..
        } = &mut events[1].kind
        {
            *handler_account = Some(7);
        }
        events[1].recorded_by_account = Some(8);
        events[2].recorded_by_account = Some(9);
        events.push(ev(
            "2027-01-20T10:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        events.push(ev(
            "2027-01-21T10:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: Some(reviewer.into()),
                reviewer_contact: None,
                reviewer_account: account,
            },
        ));
        events
    }

    #[test]
    fn the_stage2_reviewer_is_decided_by_account_not_by_name() {
        // Whoever acknowledged or answered Stage 1, whatever name the reviewer is given.
        for (account, name) in [(7, "Sam Patel"), (8, "Jo Reid"), (9, "S. Patel")] {
            assert_eq!(
                transition(&reviewed_by(name, Some(account))),
                TransitionError::SameReviewer {
                    handler: name.into(),
                    did: "acknowledged or answered",
                },
                "account {account}"
            );
        }
        // Another colleague who shares the Stage 1 handler's name may review.
        let namesake = fold(&reviewed_by("Sam Patel", Some(21))).expect("folds");
        assert_eq!(namesake.state(), State::Stage2Open);
        assert_eq!(namesake.stage2_reviewer(), Some("Sam Patel"));
        assert_eq!(namesake.handling_account(), Some(21));
        assert_eq!(namesake.stage1_accounts(), &[7, 8, 9]);
        // A Stage 1 recorded without accounts (an integration's, or from before accounts
        // were kept) is still compared by name, even to a reviewer chosen by account.
        let mut unaccounted = reviewed_by("Sam Patel", Some(21));
        if let EventKind::Stage1Acknowledged {
            handler_account, ..
        } = &mut unaccounted[1].kind
        {
            *handler_account = None;
        }
        unaccounted[1].recorded_by_account = None;
        unaccounted[2].recorded_by_account = None;
        assert_eq!(
            transition(&unaccounted),
            TransitionError::SameReviewer {
                handler: "Sam Patel".into(),
                did: "handled",
            }
        );
        // A history without accounts is still compared by name.
        assert_eq!(
            transition(&reviewed_by("sam patel", None)),
            TransitionError::SameReviewer {
                handler: "Sam Patel".into(),
                did: "handled",
            }
        );
        assert!(fold(&reviewed_by("Jo Reid", None)).is_ok());
    }

    #[test]
    fn an_extension_needs_a_reason_and_at_least_one_day() {
        let base = || stage1_responded()[..2].to_vec();
        let mut blank = base();
        blank.push(extend1("2027-01-05T10:00:00+00:00", 5, "   ", None));
        assert_eq!(
            transition(&blank),
            TransitionError::ExtensionWithoutReason { stage: Stage::One }
        );
        let mut zero = base();
        zero.push(extend1("2027-01-05T10:00:00+00:00", 0, "Surveyor", None));
        assert_eq!(
            transition(&zero),
            TransitionError::ExtensionOfNoDays { stage: Stage::One }
        );
    }

    #[test]
    fn a_second_extension_past_the_limit_needs_a_stated_good_reason() {
        let mut events = stage1_responded()[..2].to_vec();
        events.push(extend1(
            "2027-01-05T10:00:00+00:00",
            8,
            "Contractor report",
            None,
        ));
        events.push(extend1(
            "2027-01-12T10:00:00+00:00",
            3,
            "Still waiting",
            None,
        ));
        let err = transition(&events);
        assert_eq!(
            err,
            TransitionError::ExtensionPastLimit {
                stage: Stage::One,
                total: 11,
                limit: 10,
                already: 8
            }
        );
        assert_eq!(
            err.to_string(),
            "Stage 1 extensions would add 11 working days in all, more than the 10 allowed without a stated good reason; give the good reason, or extend by 2 working days at most."
        );
        events.pop();
        events.push(extend1(
            "2027-01-12T10:00:00+00:00",
            3,
            "Still waiting",
            Some("Resident asked us to wait for their solicitor"),
        ));
        let c = fold(&events).expect("accepted with a good reason");
        assert_eq!(c.extension_days(Stage::One), 11);
        assert_eq!(
            c.deadlines().stage1_respond_by,
            Some(cal().add_working_days(d("2027-01-18"), 11))
        );
    }

    #[test]
    fn not_accepting_needs_a_reason_and_closes_the_complaint() {
        let start = ev("2026-12-24T10:00:00+00:00", EventKind::Received);
        let blank = [
            start.clone(),
            ev(
                "2026-12-29T10:00:00+00:00",
                EventKind::NotAccepted { reason: " ".into() },
            ),
        ];
        assert_eq!(
            transition(&blank),
            TransitionError::NotAcceptedWithoutReason
        );
        let ok = [
            start,
            ev(
                "2026-12-29T10:00:00+00:00",
                EventKind::NotAccepted {
                    reason: "In court proceedings".into(),
                },
            ),
        ];
        let c = fold(&ok).expect("folds");
        assert_eq!(
            (c.state(), c.closure()),
            (State::Closed, Some(Closure::NotAccepted))
        );
    }

    #[test]
    fn withdrawn_resolved_and_added_information() {
        let start = ev("2026-12-24T10:00:00+00:00", EventKind::Received);
        let resolved = [
            start.clone(),
            ev(
                "2026-12-24T10:05:00+00:00",
                EventKind::ResolvedAtFirstContact,
            ),
        ];
        assert_eq!(
            fold(&resolved).expect("folds").closure(),
            Some(Closure::ResolvedAtFirstContact)
        );
        let mut events = stage1_responded()[..2].to_vec();
        events.push(ev(
            "2027-01-06T10:00:00+00:00",
            EventKind::InformationAdded { text: None },
        ));
        let open = fold(&events).expect("folds");
        assert_eq!(open.state(), State::Stage1Open);
        events.push(ev(
            "2027-01-07T10:00:00+00:00",
            EventKind::Withdrawn { reason: None },
        ));
        assert_eq!(
            fold(&events).expect("folds").closure(),
            Some(Closure::Withdrawn)
        );
        events.push(ev(
            "2027-01-08T10:00:00+00:00",
            EventKind::InformationAdded { text: None },
        ));
        assert!(matches!(
            transition(&events),
            TransitionError::OutOfOrder {
                state: State::Closed,
                ..
            }
        ));
        let late_resolution = [
            start,
            ack("2026-12-29T10:00:00+00:00", "Sam"),
            ev(
                "2026-12-30T10:00:00+00:00",
                EventKind::ResolvedAtFirstContact,
            ),
        ];
        assert!(matches!(
            transition(&late_resolution),
            TransitionError::OutOfOrder { .. }
        ));
    }

    #[test]
    fn next_deadline_days_left_and_overdue() {
        let c = fold(&[ev("2026-12-24T10:00:00+00:00", EventKind::Received)]).expect("folds");
        assert_eq!(
            c.next_deadline(),
            Some(Due {
                kind: DeadlineKind::Acknowledge,
                by: d("2027-01-05")
            })
        );
        assert_eq!(
            c.working_days_left(&at("2026-12-24T12:00:00Z"), &cal()),
            Some(5)
        );
        assert_eq!(
            c.working_days_left(&at("2027-01-05T23:59:59Z"), &cal()),
            Some(0)
        );
        assert!(!c.is_overdue(&at("2027-01-05T23:59:59Z")));
        assert!(c.is_overdue(&at("2027-01-06T00:00:00Z")));
        assert_eq!(
            c.working_days_left(&at("2027-01-07T09:00:00Z"), &cal()),
            Some(-2)
        );
        // Received Friday 4 December 2026: due Friday 11th. On the Saturday and Sunday after,
        // no working day has gone by, but the deadline has: late, never "due today".
        let friday = fold(&[ev("2026-12-04T10:00:00+00:00", EventKind::Received)]).expect("folds");
        assert_eq!(friday.next_deadline().map(|d| d.by), Some(d("2026-12-11")));
        for weekend in ["2026-12-12T10:00:00Z", "2026-12-13T10:00:00Z"] {
            assert!(friday.is_overdue(&at(weekend)));
            assert_eq!(friday.working_days_left(&at(weekend), &cal()), Some(-1));
        }
        assert_eq!(
            friday.working_days_left(&at("2026-12-14T10:00:00Z"), &cal()),
            Some(-1)
        );
        assert_eq!(
            friday.working_days_left(&at("2026-12-15T10:00:00Z"), &cal()),
            Some(-2)
        );
        // The resident's own window is never "overdue" for the landlord.
        let responded = fold(&stage1_responded()).expect("folds");
        assert_eq!(
            responded.next_deadline().map(|d| d.kind),
            Some(DeadlineKind::Stage2Request)
        );
        assert!(!responded.is_overdue(&at("2028-01-01T00:00:00Z")));
    }

    #[test]
    fn the_delphi_standard_is_just_other_data() {
        let events = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ack("2027-01-04T09:00:00+00:00", "Sam"),
            ev(
                "2027-01-18T15:00:00+00:00",
                EventKind::Stage1Responded(Response::default()),
            ),
        ];
        let c = Complaint::fold(&events, &cal(), &ServiceStandard::DELPHI_2021).expect("folds");
        assert_eq!(c.deadlines().acknowledge_by, Some(d("2027-01-07")));
        assert_eq!(
            c.deadlines().stage1_respond_by,
            Some(cal().add_working_days(d("2027-01-04"), 28))
        );
        assert_eq!(
            c.deadlines().stage2_request_by,
            Some(d("2027-02-01")),
            "14 calendar days"
        );
    }

    #[test]
    fn stage2_extensions_have_their_own_limit_of_20_working_days() {
        let mut events = stage1_responded();
        events.extend([
            ev(
                "2027-01-20T10:00:00+00:00",
                EventKind::Stage2Requested {
                    discretion: None,
                    still_unhappy: None,
                    outcome_wanted: None,
                },
            ),
            ev(
                "2027-01-21T10:00:00+00:00",
                EventKind::Stage2Acknowledged {
                    reviewer: Some("Jo Reid".into()),
                    reviewer_contact: None,
                    reviewer_account: None,
                },
            ),
        ]);
        let extend2 = |s: &str, days: u32, good: Option<&str>| {
            ev(
                s,
                EventKind::Stage2Extended {
                    working_days: days,
                    reason: "Independent survey".into(),
                    good_reason: good.map(Into::into),
                },
            )
        };
        // 20 working days after Thu 21 Jan 2027 is Thu 18 Feb.
        let open = fold(&events).expect("folds");
        assert_eq!(open.deadlines().stage2_respond_by, Some(d("2027-02-18")));
        // The whole 20 in one go is within the limit: Thu 18 Mar.
        events.push(extend2("2027-02-01T10:00:00+00:00", 20, None));
        let extended = fold(&events).expect("20 working days need no good reason");
        assert_eq!(
            extended.deadlines().stage2_respond_by,
            Some(d("2027-03-18"))
        );
        assert_eq!(extended.extension_days(Stage::Two), 20);
        // One more day is past the limit without a good reason.
        events.push(extend2("2027-03-01T10:00:00+00:00", 1, Some("  ")));
        let err = transition(&events);
        assert_eq!(
            err,
            TransitionError::ExtensionPastLimit {
                stage: Stage::Two,
                total: 21,
                limit: 20,
                already: 20
            }
        );
        assert_eq!(
            err.to_string(),
            "Stage 2 extensions would add 21 working days in all, more than the 20 allowed without a stated good reason; give the good reason, or extend by 0 working days at most."
        );
        events.pop();
        events.push(extend2(
            "2027-03-01T10:00:00+00:00",
            1,
            Some("The resident asked for a second site visit"),
        ));
        assert_eq!(
            fold(&events).expect("folds").deadlines().stage2_respond_by,
            Some(d("2027-03-19"))
        );
        // A Stage 1 extension at Stage 2 is out of order.
        events.push(extend1("2027-03-02T10:00:00+00:00", 1, "r", None));
        assert_eq!(
            transition(&events),
            TransitionError::OutOfOrder {
                event: "a Stage 1 extension",
                state: State::Stage2Open
            }
        );
    }

    #[test]
    fn the_stage2_reviewer_is_only_compared_when_both_are_named() {
        let mut events = vec![
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ev(
                "2027-01-04T09:00:00+00:00",
                EventKind::Stage1Acknowledged {
                    handler: None,
                    handler_contact: None,
                    about: None,
                    outcome_sought: None,
                    handler_account: None,
                },
            ),
            ev(
                "2027-01-18T15:00:00+00:00",
                EventKind::Stage1Responded(Response::default()),
            ),
            ev(
                "2027-01-20T10:00:00+00:00",
                EventKind::Stage2Requested {
                    discretion: None,
                    still_unhappy: None,
                    outcome_wanted: None,
                },
            ),
            ev(
                "2027-01-21T10:00:00+00:00",
                EventKind::Stage2Acknowledged {
                    reviewer: Some("Sam Patel".into()),
                    reviewer_contact: None,
                    reviewer_account: None,
                },
            ),
        ];
        assert_eq!(fold(&events).expect("folds").state(), State::Stage2Open);
        events[1] = ack("2027-01-04T09:00:00+00:00", "Sam Patel");
        events[4] = ev(
            "2027-01-21T10:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: None,
                reviewer_contact: None,
                reviewer_account: None,
            },
        );
        assert_eq!(fold(&events).expect("folds").stage2_reviewer(), None);
    }

    #[test]
    fn every_transition_error_names_the_event_and_its_position() {
        let mut events = stage1_responded();
        events.push(ev(
            "2027-01-19T10:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: Some("Jo Reid".into()),
                reviewer_contact: None,
                reviewer_account: None,
            },
        ));
        assert_eq!(
            fold(&events).expect_err("refused").to_string(),
            "Event 4 (stage2_acknowledged): There cannot be a Stage 2 acknowledgement while the complaint is answered at Stage 1."
        );
        assert_eq!(
            HistoryError::FirstNotReceived("stage1_responded").to_string(),
            "Event 1 (stage1_responded) cannot come first; a history starts with the complaint being received."
        );
        let early = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            ack("2026-12-23T10:00:00+00:00", "Sam"),
        ];
        assert_eq!(
            fold(&early).expect_err("refused").to_string(),
            "Event 2 (stage1_acknowledged): It is dated 2026-12-23T10:00:00+00:00, before the event before it (2026-12-24T10:00:00+00:00); record events in the order they happened."
        );
    }

    #[test]
    fn who_acted_is_kept_on_the_event_and_optional_on_the_wire() {
        let event = Event::new(
            at("2027-01-04T09:00:00+00:00"),
            EventKind::Stage1Acknowledged {
                handler: Some("Sam Patel".into()),
                handler_contact: None,
                about: None,
                outcome_sought: None,
                handler_account: None,
            },
        )
        .by("Alex Complaints Officer");
        let json = serde_json::to_string(&event).expect("serialises");
        assert_eq!(
            json,
            r#"{"at":"2027-01-04T09:00:00Z","by":"Alex Complaints Officer","type":"stage1_acknowledged","handler":"Sam Patel"}"#
        );
        assert_eq!(
            serde_json::from_str::<Event>(&json).expect("reads back"),
            event
        );
        let bare: Event =
            serde_json::from_str(r#"{"type":"stage1_acknowledged","at":"2027-01-04T09:00:00Z"}"#)
                .expect("reads");
        assert_eq!(bare.by, None);
        assert_eq!(
            bare.kind,
            EventKind::Stage1Acknowledged {
                handler: None,
                handler_contact: None,
                about: None,
                outcome_sought: None,
                handler_account: None,
            }
        );
    }

    // Property tests over generated valid histories.

    #[derive(Debug, Clone)]
    struct Plan {
        start: DateTime<FixedOffset>,
        gaps_minutes: Vec<i64>,
        ext1: Vec<u32>,
        ext2: Vec<u32>,
        steps: usize,
    }

    fn plan() -> impl Strategy<Value = Plan> {
        (
            0i64..(10 * 365 * 24 * 60),
            proptest::collection::vec(0i64..(20 * 24 * 60), 12),
            // Within the limits (3 x 3 <= 10, 3 x 6 <= 20): no good reason needed.
            proptest::collection::vec(1u32..4, 0..3),
            proptest::collection::vec(1u32..7, 0..3),
            1usize..12,
        )
            .prop_map(|(offset, gaps_minutes, ext1, ext2, steps)| Plan {
                start: at("2018-01-01T00:00:00+00:00") + chrono::Duration::minutes(offset),
                gaps_minutes,
                ext1,
                ext2,
                steps,
            })
    }

    /// A valid history following the plan: the happy path, cut after `steps` events.
    fn history(p: &Plan) -> Vec<Event> {
        let mut kinds = vec![
            EventKind::Received,
            EventKind::Stage1Acknowledged {
                handler: Some("A".into()),
                handler_contact: None,
                about: None,
                outcome_sought: None,
                handler_account: None,
            },
        ];
        kinds.extend(p.ext1.iter().map(|&n| EventKind::Stage1Extended {
            working_days: n,
            reason: "r".into(),
            good_reason: None,
        }));
        kinds.push(EventKind::Stage1Responded(Response::default()));
        kinds.push(EventKind::Stage2Requested {
            discretion: Some("d".into()),
            still_unhappy: None,
            outcome_wanted: None,
        });
        kinds.push(EventKind::Stage2Acknowledged {
            reviewer: Some("B".into()),
            reviewer_contact: None,
            reviewer_account: None,
        });
        kinds.extend(p.ext2.iter().map(|&n| EventKind::Stage2Extended {
            working_days: n,
            reason: "r".into(),
            good_reason: None,
        }));
        kinds.push(EventKind::Stage2Responded(Response::default()));
        let mut t = p.start;
        kinds
            .into_iter()
            .take(p.steps.max(1))
            .enumerate()
            .map(|(i, kind)| {
                t += chrono::Duration::minutes(p.gaps_minutes.get(i).copied().unwrap_or(0));
                Event::new(t, kind)
            })
            .collect()
    }

    fn determined(at_: &str, on: &str, case: &str) -> Event {
        ev(
            at_,
            EventKind::OmbudsmanDetermined {
                case: case.into(),
                finding: crate::ombudsman::Finding::Maladministration,
                determined_on: d(on),
                orders: Some("  Pay £150 and apologise.  ".into()),
            },
        )
    }

    #[test]
    fn the_ombudsmans_determination_is_recorded_at_any_stage_but_not_before_receipt_or_after_today()
    {
        // Closed after Stage 1 (withdrawn from Stage 2's window is not needed: any state).
        let mut events = stage1_responded();
        events.push(determined(
            "2027-06-01T10:00:00Z",
            "2027-05-28",
            " 202601234 ",
        ));
        let c = fold(&events).expect("recorded after the response");
        assert_eq!(
            c.determinations(),
            [crate::ombudsman::Determination {
                case: "202601234".into(),
                finding: crate::ombudsman::Finding::Maladministration,
                determined_on: d("2027-05-28"),
                orders: Some("Pay £150 and apologise.".into()),
            }]
        );
        // Before the landlord answered at all (the resident went to the Ombudsman early).
        let early = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            determined("2027-03-01T10:00:00Z", "2026-12-24", "1"),
        ];
        assert_eq!(fold(&early).expect("recorded").determinations().len(), 1);
        // Decided on the day before the complaint was received: refused.
        let before = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            determined("2027-03-01T10:00:00Z", "2026-12-23", "1"),
        ];
        assert_eq!(
            transition(&before),
            TransitionError::DeterminedBeforeReceived {
                determined_on: d("2026-12-23"),
                received: d("2026-12-24"),
            }
        );
        // Decided after the day it is recorded: refused; the same day is fine.
        let mut later = stage1_responded();
        later.push(determined("2027-06-01T10:00:00Z", "2027-06-02", "1"));
        assert_eq!(
            transition(&later),
            TransitionError::DeterminedInFuture {
                determined_on: d("2027-06-02")
            }
        );
        let mut same = stage1_responded();
        same.push(determined("2027-06-01T10:00:00Z", "2027-06-01", "1"));
        assert!(fold(&same).is_ok());
        // A case number is needed, and a short one.
        for case in ["   ", &"9".repeat(crate::ombudsman::MAX_CASE_LENGTH + 1)] {
            let mut events = stage1_responded();
            events.push(determined("2027-06-01T10:00:00Z", "2027-05-28", case));
            assert_eq!(
                transition(&events),
                TransitionError::OmbudsmanCaseInvalid {
                    max: crate::ombudsman::MAX_CASE_LENGTH
                }
            );
        }
    }

    proptest! {
        /// Whatever day the Ombudsman decided, it is recorded exactly when that day falls
        /// between the day received and the day recorded (London days), and changes no deadline.
        #[test]
        fn a_determination_is_accepted_exactly_between_receipt_and_the_day_recorded(
            offset in -30i64..200,
        ) {
            let events = stage1_responded();
            let before = fold(&events).expect("folds");
            let on = d("2026-12-24") + chrono::TimeDelta::days(offset);
            let mut with = events.clone();
            with.push(determined("2027-02-01T10:00:00Z", &on.to_string(), "202601234"));
            let result = fold(&with);
            let inside = on >= d("2026-12-24") && on <= d("2027-02-01");
            prop_assert_eq!(result.is_ok(), inside);
            if let Ok(after) = result {
                prop_assert_eq!(after.deadlines(), before.deadlines());
                prop_assert_eq!(after.state(), before.state());
            }
        }
    }

    proptest! {
        /// Whatever the accounts and names, a reviewer is refused exactly when their account
        /// acknowledged or answered Stage 1.
        #[test]
        fn a_reviewer_is_refused_exactly_when_their_account_took_part_in_stage1(
            handler in 1i64..6, acknowledger in 1i64..6, responder in 1i64..6,
            reviewer in 1i64..6, name in "[A-Za-z ]{0,12}",
        ) {
            let mut events = reviewed_by(&name, Some(reviewer));
            if let EventKind::Stage1Acknowledged { handler_account, .. } = &mut events[1].kind {
                *handler_account = Some(handler);
            }
            events[1].recorded_by_account = Some(acknowledger);
            events[2].recorded_by_account = Some(responder);
            let refused = matches!(
                fold(&events),
                Err(HistoryError::Transition { source: TransitionError::SameReviewer { .. }, .. })
            );
            prop_assert_eq!(refused, [handler, acknowledger, responder].contains(&reviewer));
        }
    }

    proptest! {
        #[test]
        fn valid_histories_always_fold_and_every_deadline_is_a_working_day(p in plan()) {
            let events = history(&p);
            let c = fold(&events).expect("a valid history folds");
            let dl = c.deadlines();
            for day in [dl.acknowledge_target, dl.acknowledge_by, dl.stage1_respond_by, dl.stage2_acknowledge_by, dl.stage2_respond_by, dl.stage2_request_by].into_iter().flatten() {
                prop_assert!(cal().is_working_day(day), "{} is not a working day", day);
            }
            prop_assert!(dl.acknowledge_target <= dl.acknowledge_by);
        }

        #[test]
        fn an_extension_moves_the_due_date_by_exactly_its_working_days(p in plan(), n in 1u32..10) {
            let events: Vec<Event> = history(&Plan { steps: 2, ext1: vec![], ..p });
            let before = fold(&events).expect("folds");
            if before.state() == State::Stage1Open {
                let mut more = events.clone();
                more.push(Event::new(before.last_event_at(), EventKind::Stage1Extended { working_days: n, reason: "r".into(), good_reason: None }));
                let after = fold(&more).expect("folds");
                let (b, a) = (before.deadlines().stage1_respond_by.expect("set"), after.deadlines().stage1_respond_by.expect("set"));
                prop_assert_eq!(cal().working_days_between(b, a), i64::from(n));
            }
        }

        #[test]
        fn a_stage2_extension_moves_the_final_response_by_exactly_its_working_days(p in plan(), n in 1u32..=20) {
            let steps = 2 + p.ext1.len() + 3;
            let events = history(&Plan { steps, ext2: vec![], ..p });
            let before = fold(&events).expect("folds");
            prop_assert_eq!(before.state(), State::Stage2Open);
            let mut more = events.clone();
            more.push(Event::new(before.last_event_at(), EventKind::Stage2Extended { working_days: n, reason: "r".into(), good_reason: None }));
            let after = fold(&more).expect("within the limit");
            let (b, a) = (before.deadlines().stage2_respond_by.expect("set"), after.deadlines().stage2_respond_by.expect("set"));
            prop_assert_eq!(cal().working_days_between(b, a), i64::from(n));
            prop_assert!(cal().is_working_day(a));
        }

        #[test]
        fn a_stage2_request_without_discretion_is_accepted_exactly_until_the_windows_last_london_day_ends(
            p in plan(),
            after_minutes in 0i64..(70 * 24 * 60),
        ) {
            let steps = 2 + p.ext1.len() + 1;
            let events = history(&Plan { steps, ..p });
            let responded = fold(&events).expect("folds");
            prop_assert_eq!(responded.state(), State::Stage1Responded);
            let last_day = responded.deadlines().stage2_request_by.expect("set");
            let request_at = responded.last_event_at() + chrono::Duration::minutes(after_minutes);
            let mut more = events.clone();
            more.push(Event::new(request_at, EventKind::Stage2Requested { discretion: None, still_unhappy: None, outcome_wanted: None }));
            let in_time = request_at.with_timezone(&chrono::Utc) <= crate::calendar::end_of_day_london(last_day);
            prop_assert_eq!(responded.stage2_window_open(&request_at), in_time);
            match fold(&more) {
                Ok(c) => prop_assert!(in_time && c.state() == State::Stage2AwaitingAcknowledgement),
                Err(HistoryError::Transition { source: TransitionError::Stage2RequestTooLate { last_day: shown }, .. }) => {
                    prop_assert!(!in_time);
                    prop_assert_eq!(shown, last_day);
                }
                Err(other) => prop_assert!(false, "unexpected {}", other),
            }
        }

        #[test]
        fn folding_is_applying_one_event_at_a_time(p in plan()) {
            let events = history(&p);
            let mut c = Complaint::received(events[0].at, &cal(), &STD);
            for e in &events[1..] {
                c = c.apply(e, &cal(), &STD).expect("applies");
            }
            prop_assert_eq!(Some(c), fold(&events).ok());
        }

        #[test]
        fn deadlines_once_set_are_kept(p in plan()) {
            let events = history(&p);
            for cut in 1..events.len() {
                let before = *fold(&events[..cut]).expect("folds").deadlines();
                let after = *fold(&events[..=cut]).expect("folds").deadlines();
                for (b, a) in [(before.acknowledge_by, after.acknowledge_by), (before.stage2_request_by, after.stage2_request_by), (before.stage2_acknowledge_by, after.stage2_acknowledge_by)] {
                    if b.is_some() { prop_assert_eq!(b, a); }
                }
                prop_assert!(before.stage1_respond_by.is_none() || after.stage1_respond_by >= before.stage1_respond_by);
            }
        }
    }

    fn agree(s: &str, every: u32) -> Event {
        ev(
            s,
            EventKind::UpdatesAgreed {
                every_working_days: every,
                how: Some("By phone".into()),
            },
        )
    }
    fn update(s: &str) -> Event {
        ev(
            s,
            EventKind::UpdateGiven {
                text: "The surveyor visits on Monday.".into(),
            },
        )
    }

    /// Received 24 Dec 2026, acknowledged 4 Jan 2027: Stage 1 response due by 18 Jan.
    fn stage1_open() -> Vec<Event> {
        stage1_responded()[..2].to_vec()
    }

    #[test]
    fn updates_are_agreed_once_the_response_will_be_late_and_each_update_starts_the_next_interval()
    {
        let mut events = stage1_open();
        // Not before the response is late: due by 18 January, with no extension.
        events.push(agree("2027-01-12T11:00:00+00:00", 5));
        assert_eq!(
            transition(&events),
            TransitionError::UpdatesBeforeDelay {
                stage: Stage::One,
                due: d("2027-01-18")
            }
        );
        assert!(transition(&events)
            .to_string()
            .contains("record the extension first"));
        // After an extension: the first update is 5 working days after the agreement.
        events.insert(
            2,
            extend1(
                "2027-01-12T10:00:00+00:00",
                5,
                "A surveyor must visit",
                None,
            ),
        );
        let c = fold(&events).expect("agreed");
        assert_eq!(
            c.update_due(),
            Some(UpdateDue {
                stage: Stage::One,
                every_working_days: 5,
                by: d("2027-01-19")
            })
        );
        assert!(!c.update_due().expect("due").overdue(d("2027-01-19")));
        assert!(c.update_due().expect("due").overdue(d("2027-01-20")));
        // An update on Friday 15 January: the next is due 5 working days later.
        events.push(update("2027-01-15T16:00:00+00:00"));
        let c = fold(&events).expect("updated");
        assert_eq!(c.update_due().map(|u| u.by), Some(d("2027-01-22")));
        // The response ends them.
        events.push(ev(
            "2027-01-20T15:00:00+00:00",
            EventKind::Stage1Responded(Response::default()),
        ));
        assert_eq!(fold(&events).expect("responded").update_due(), None);
    }

    #[test]
    fn updates_may_be_agreed_once_a_response_is_overdue_without_an_extension() {
        let mut events = stage1_open();
        events.push(agree("2027-01-19T09:00:00+00:00", 10));
        let c = fold(&events).expect("overdue, so agreed");
        assert_eq!(c.update_due().map(|u| u.by), Some(d("2027-02-02")));
    }

    #[test]
    fn an_interval_is_between_one_and_twenty_working_days_and_an_update_says_something() {
        for every in [0, MAX_UPDATE_INTERVAL + 1] {
            let mut events = stage1_open();
            events.push(agree("2027-01-19T09:00:00+00:00", every));
            assert_eq!(
                transition(&events),
                TransitionError::UpdateIntervalOutOfRange { max: 20 }
            );
        }
        let mut events = stage1_open();
        events.push(ev(
            "2027-01-19T09:00:00+00:00",
            EventKind::UpdateGiven { text: " ".into() },
        ));
        assert_eq!(transition(&events), TransitionError::UpdateWithoutText);
        // An update may be given without any agreement, but not before acknowledgement.
        let mut events = stage1_open();
        events.push(update("2027-01-06T09:00:00+00:00"));
        assert_eq!(fold(&events).expect("an update").update_due(), None);
        let early = [
            ev("2026-12-24T10:00:00+00:00", EventKind::Received),
            update("2026-12-29T09:00:00+00:00"),
        ];
        assert!(matches!(
            transition(&early),
            TransitionError::OutOfOrder { .. }
        ));
    }

    proptest! {
        /// Whenever updates are agreed, the next is owed an interval after the agreement or
        /// the latest update, at the stage whose response is late, and never once it is sent.
        #[test]
        fn the_next_update_is_an_interval_after_the_latest(
            every in 1u32..=MAX_UPDATE_INTERVAL,
            stage2 in any::<bool>(),
            gaps in prop::collection::vec(1i64..15, 0..6),
        ) {
            let mut events = stage1_open();
            let mut when = at("2027-01-19T09:00:00+00:00");
            if stage2 {
                events.extend([
                    ev("2027-01-18T15:00:00+00:00", EventKind::Stage1Responded(Response::default())),
                    ev("2027-01-20T10:00:00+00:00", EventKind::Stage2Requested { discretion: None, still_unhappy: None, outcome_wanted: None }),
                    ev("2027-01-21T10:00:00+00:00", EventKind::Stage2Acknowledged { reviewer: Some("Jo Reid".into()), reviewer_account: None, reviewer_contact: None }),
                    ev("2027-01-22T10:00:00+00:00", EventKind::Stage2Extended { working_days: 5, reason: "r".into(), good_reason: None }),
                ]);
                when = at("2027-01-22T11:00:00+00:00");
            }
            events.push(Event::new(when, EventKind::UpdatesAgreed { every_working_days: every, how: None }));
            let mut latest = london_date(&when);
            for gap in gaps {
                when += chrono::TimeDelta::days(gap);
                latest = london_date(&when);
                events.push(Event::new(when, EventKind::UpdateGiven { text: "news".into() }));
            }
            let c = fold(&events).expect("folds");
            let due = c.update_due().expect("agreed");
            prop_assert_eq!(due.stage, if stage2 { Stage::Two } else { Stage::One });
            prop_assert_eq!(due.by, cal().add_working_days(latest, every));
            prop_assert_eq!(cal().working_days_between(latest, due.by), i64::from(every));
            let response = Response::default();
            events.push(Event::new(when, if stage2 { EventKind::Stage2Responded(response) } else { EventKind::Stage1Responded(response) }));
            prop_assert_eq!(fold(&events).expect("answered").update_due(), None);
        }
    }
}
