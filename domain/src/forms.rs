//! What every form shares: the fields, and a message for one of them.

use serde::{Deserialize, Serialize};

/// The fields of every form, named as in the HTML (`name` and `id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Email,
    RentReference,
    Postcode,
    DateOfBirth,
    Password,
    ConfirmPassword,
    Name,
    ContactMethod,
    Phone,
    CallTimes,
    Adjustments,
    Language,
    Purpose,
    WhatHappened,
    IncidentDate,
    AlreadyReported,
    Outcome,
    LateReason,
    ConcernWhat,
    ConcernWhere,
    DangerNow,
    Vulnerable,
    ComplimentWho,
    ComplimentWhat,
    ForWhom,
    Relationship,
    RelationshipOther,
    RepPhone,
    ResidentName,
    ResidentAddress,
    ResidentReference,
    ConsentMethod,
    ConsentDate,
    ConsentTo,
    ConsentScope,
    ConsentExpiry,
    RepName,
    RepEmail,
    File,
    OccurredAt,
    ActedBy,
    Contact,
    About,
    OutcomeSought,
    WorkingDays,
    Reason,
    GoodReason,
    Decision,
    Reasons,
    Remedy,
    Level,
    StillUnhappy,
    OutcomeWanted,
    Information,
    ClosureDay,
    Colleague,
    /// Whether a response upholds the complaint.
    Finding,
    Categories,
    /// How a logged complaint reached the landlord.
    Channel,
    /// When the landlord received a logged complaint.
    ReceivedAt,
    /// What an agreed action is (a repair, a payment, …, learning).
    ActionKind,
    /// What will be done.
    What,
    /// Who is responsible for an action.
    Owner,
    /// The day an action is due by (three boxes).
    ActionDue,
    /// A payment's amount, in pounds.
    Amount,
    /// Which agreed action.
    Action,
    /// What need was recognised.
    Need,
    /// The adjustment made for it.
    Adjustment,
    /// The day to review it by (three boxes).
    ReviewBy,
    /// Which recorded need.
    Support,
    /// Whether a reviewed need is still needed.
    StillNeeded,
    /// The Housing Ombudsman's case number.
    OmbudsmanCase,
    /// What the Ombudsman found.
    OmbudsmanFinding,
    /// The day the Ombudsman determined it (three boxes).
    DeterminedOn,
    /// What the Ombudsman ordered.
    Orders,
    /// Whether a provision of the Code is met.
    Verdict,
    /// The evidence for it.
    Evidence,
    /// What will be done to meet a provision not met.
    Plan,
    /// The day it will be met by (three boxes).
    ComplyBy,
    /// How large the pages' text is.
    TextSize,
    /// The pages' colours.
    Contrast,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::RentReference => "rent_reference",
            Self::Postcode => "postcode",
            Self::DateOfBirth => "dob_day",
            Self::Password => "password",
            Self::ConfirmPassword => "confirm_password",
            Self::Name => "name",
            Self::ContactMethod => "contact_method",
            Self::Phone => "phone",
            Self::CallTimes => "call_times",
            Self::Adjustments => "adjustments",
            Self::Language => "language",
            Self::Purpose => "purpose",
            Self::WhatHappened => "what_happened",
            // A date is three boxes; its message links to the first.
            Self::IncidentDate => "incident_day",
            Self::AlreadyReported => "already_reported",
            Self::Outcome => "outcome",
            Self::LateReason => "late_reason",
            Self::ConcernWhat => "concern_what",
            Self::ConcernWhere => "concern_where",
            Self::DangerNow => "danger_now",
            Self::Vulnerable => "vulnerable",
            Self::ComplimentWho => "compliment_who",
            Self::ComplimentWhat => "compliment_what",
            Self::ForWhom => "for_whom",
            Self::Relationship => "relationship",
            Self::RelationshipOther => "relationship_other",
            Self::RepPhone => "rep_phone",
            Self::ResidentName => "resident_name",
            Self::ResidentAddress => "resident_address",
            Self::ResidentReference => "resident_reference",
            Self::ConsentMethod => "consent_method",
            Self::ConsentDate => "consent_day",
            Self::ConsentTo => "consent_to",
            Self::ConsentScope => "consent_scope",
            Self::RepName => "rep_name",
            Self::RepEmail => "rep_email",
            Self::ConsentExpiry => "expiry_day",
            Self::File => "file",
            Self::OccurredAt => "occurred_at",
            Self::ActedBy => "by",
            Self::Contact => "contact",
            Self::About => "about",
            Self::OutcomeSought => "outcome_sought",
            Self::WorkingDays => "working_days",
            Self::Reason => "reason",
            Self::GoodReason => "good_reason",
            Self::Decision => "decision",
            Self::Reasons => "reasons",
            Self::Remedy => "remedy",
            Self::Level => "level",
            Self::StillUnhappy => "still_unhappy",
            Self::OutcomeWanted => "outcome_wanted",
            Self::Information => "information",
            Self::ClosureDay => "closure_day",
            Self::Colleague => "colleague",
            Self::Finding => "finding",
            Self::Categories => "categories",
            Self::Channel => "channel",
            Self::ReceivedAt => "received_at",
            Self::ActionKind => "action_kind",
            Self::What => "what",
            Self::Owner => "owner",
            Self::ActionDue => "due_day",
            Self::Amount => "amount",
            Self::Action => "action",
            Self::Need => "need",
            Self::Adjustment => "adjustment",
            Self::ReviewBy => "review_day",
            Self::Support => "support",
            Self::StillNeeded => "still_needed",
            Self::OmbudsmanCase => "ombudsman_case",
            Self::OmbudsmanFinding => "ombudsman_finding",
            Self::DeterminedOn => "determined_day",
            Self::Orders => "orders",
            Self::Verdict => "verdict",
            Self::Evidence => "evidence",
            Self::Plan => "plan",
            Self::ComplyBy => "comply_day",
            Self::TextSize => "text",
            Self::Contrast => "contrast",
        }
    }
}

/// A message for one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

pub(crate) fn field_error(field: Field, error: impl ToString) -> FieldError {
    FieldError {
        field,
        message: error.to_string(),
    }
}
