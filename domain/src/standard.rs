//! Service standards: every timescale of a complaints policy as one value, so a group company
//! with other timescales is another value, not another branch of code.

use crate::calendar::Span;

/// The timescales of a complaints policy. Each span is counted from the local date of the
/// event that starts it, which never counts itself (see [`crate::Calendar::add`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceStandard {
    /// Which policy this is, for people.
    pub name: &'static str,
    /// What we aim for when acknowledging a Stage 1 complaint (shown to residents).
    pub acknowledge_target: Span,
    /// The latest a Stage 1 complaint must be acknowledged.
    pub acknowledge_limit: Span,
    /// Stage 1 full response, counted from the acknowledgement.
    pub stage1_response: Span,
    /// The most all Stage 1 extensions may add without a stated good reason.
    pub stage1_extension_limit: u32,
    /// How long the resident has to ask for Stage 2, counted from the Stage 1 response.
    pub stage2_request_window: Span,
    /// Acknowledging a Stage 2 request, counted from the request.
    pub stage2_acknowledge: Span,
    /// Stage 2 final response, counted from the Stage 2 acknowledgement.
    pub stage2_response: Span,
    /// The most all Stage 2 extensions may add without a stated good reason.
    pub stage2_extension_limit: u32,
    /// Acknowledging an enquiry made by email, letter or this portal.
    pub enquiry_acknowledge: Span,
    /// How long a written translation can take, in calendar days.
    pub translation_lead_days: u32,
}

impl ServiceStandard {
    /// Calico Homes, 2024 Customer Feedback Policy (Complaint Handling Code 2024), with the
    /// stricter 2-working-day acknowledgement aim of the customer service commitments.
    pub const CALICO_2024: Self = Self {
        name: "Calico Homes Customer Feedback Policy 2024",
        acknowledge_target: Span::WorkingDays(2),
        acknowledge_limit: Span::WorkingDays(5),
        stage1_response: Span::WorkingDays(10),
        stage1_extension_limit: 10,
        stage2_request_window: Span::WorkingDays(30),
        stage2_acknowledge: Span::WorkingDays(5),
        stage2_response: Span::WorkingDays(20),
        stage2_extension_limit: 20,
        enquiry_acknowledge: Span::WorkingDays(2),
        translation_lead_days: 7,
    };

    /// Delphi, 2021 group complaints policy: acknowledge in 7 working days, Stage 1 in 28,
    /// an appeal within 14 (calendar) days of the outcome, resolved in 28 working days,
    /// extensions of at most 10 working days. That policy sets no Stage 2 acknowledgement
    /// time, so the Code's 5 working days stand; it has no separate aim, so the aim is the limit.
    pub const DELPHI_2021: Self = Self {
        name: "Delphi, Calico Group Complaints Policy 2021",
        acknowledge_target: Span::WorkingDays(7),
        acknowledge_limit: Span::WorkingDays(7),
        stage1_response: Span::WorkingDays(28),
        stage1_extension_limit: 10,
        stage2_request_window: Span::CalendarDays(14),
        stage2_acknowledge: Span::WorkingDays(5),
        stage2_response: Span::WorkingDays(28),
        stage2_extension_limit: 10,
        enquiry_acknowledge: Span::WorkingDays(2),
        translation_lead_days: 7,
    };
}

impl Default for ServiceStandard {
    fn default() -> Self {
        Self::CALICO_2024
    }
}
