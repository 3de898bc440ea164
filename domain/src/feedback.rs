//! The kinds of feedback a resident can give, and the 12-month rule.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// How urgent a safety concern is, set by staff from the resident's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RiskLevel {
    /// Danger to someone now: act at once, alongside the emergency services.
    Emergency,
    /// Could cause harm soon (e.g. a smoke alarm not working): act the same working day.
    High,
    /// Needs putting right promptly but no one is at immediate risk (e.g. scaffolding left up).
    Medium,
    /// A hazard to keep an eye on.
    Low,
}

impl RiskLevel {
    /// Most urgent first.
    pub const ALL: [Self; 4] = [Self::Emergency, Self::High, Self::Medium, Self::Low];

    /// The stored code and form value: `emergency`, `high`, `medium`, `low`.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// What it means, for staff choosing one.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Emergency => "Someone is in danger now",
            Self::High => "Could cause harm soon; act today",
            Self::Medium => "Put right promptly; no one is at immediate risk",
            Self::Low => "A hazard to keep an eye on",
        }
    }
}

/// What the resident is telling the landlord [policy 2024 §6; complaints web page].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FeedbackKind {
    /// Dissatisfaction with a service, action or lack of action: goes through the stages.
    Complaint,
    /// Something unsafe: actioned immediately, in order of risk (unset until staff assess it).
    Concern {
        /// How urgent it is; `None` until staff have assessed it (policy 2024 §8.5).
        risk: Option<RiskLevel>,
    },
    /// Praise for a colleague: recorded, acknowledged, passed to their manager.
    Compliment,
    /// A request for a service, such as a repair: not a complaint; reported as a repair.
    ServiceRequest,
}

impl FeedbackKind {
    /// Whether it runs through the complaint stages and their deadlines.
    pub fn follows_complaint_stages(self) -> bool {
        matches!(self, Self::Complaint)
    }

    /// Whether the resident should be shown the emergency route with it (out-of-hours
    /// repairs; 999 where life is at risk): for every safety concern, whatever its risk.
    pub fn shows_emergency_route(self) -> bool {
        matches!(self, Self::Concern { .. })
    }

    /// Whether it is recorded as feedback at all (a service request goes to repairs instead).
    pub fn is_feedback(self) -> bool {
        !matches!(self, Self::ServiceRequest)
    }
}

/// The result of the 12-month rule [policy 2024 §7].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum TwelveMonthCheck {
    /// Within 12 months: nothing to say.
    Within,
    /// More than 12 months ago: say so plainly and ask why it was not raised sooner, so the
    /// Complaints Officer can use discretion. Never a refusal on its own.
    OlderThanTwelveMonths {
        /// Whole months between the incident and the complaint.
        months: u32,
    },
    /// The incident date is after the complaint: a mistake to point out.
    InTheFuture,
}

/// Whether an incident on `incident` is more than 12 months before a complaint made on
/// `received` (both London dates). Exactly 12 months is within.
pub fn twelve_month_check(incident: NaiveDate, received: NaiveDate) -> TwelveMonthCheck {
    if incident > received {
        return TwelveMonthCheck::InTheFuture;
    }
    match received.checked_sub_months(Months::new(12)) {
        Some(cutoff) if incident < cutoff => TwelveMonthCheck::OlderThanTwelveMonths {
            months: whole_months(incident, received),
        },
        _ => TwelveMonthCheck::Within,
    }
}

fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let months = (to.year() - from.year()) * 12 + (to.month0() as i32 - from.month0() as i32);
    let months = if to.day() < from.day() {
        months - 1
    } else {
        months
    };
    u32::try_from(months).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn within_twelve_months_says_nothing() {
        assert_eq!(
            twelve_month_check(d("2026-01-10"), d("2026-11-22")),
            TwelveMonthCheck::Within
        );
        assert_eq!(
            twelve_month_check(d("2026-11-22"), d("2026-11-22")),
            TwelveMonthCheck::Within
        );
    }

    #[test]
    fn exactly_twelve_months_is_within_and_a_day_more_is_not() {
        assert_eq!(
            twelve_month_check(d("2025-11-22"), d("2026-11-22")),
            TwelveMonthCheck::Within
        );
        assert_eq!(
            twelve_month_check(d("2025-11-21"), d("2026-11-22")),
            TwelveMonthCheck::OlderThanTwelveMonths { months: 12 }
        );
    }

    #[test]
    fn fourteen_months_ago_asks_for_reasons() {
        assert_eq!(
            twelve_month_check(d("2025-09-15"), d("2026-11-22")),
            TwelveMonthCheck::OlderThanTwelveMonths { months: 14 }
        );
    }

    #[test]
    fn leap_days() {
        // 12 months before 28 Feb 2025 is 28 Feb 2024: 29 Feb 2024 is within.
        assert_eq!(
            twelve_month_check(d("2024-02-29"), d("2025-02-28")),
            TwelveMonthCheck::Within
        );
        // 12 months before 1 Mar 2025 is 1 Mar 2024: 29 Feb 2024 is older.
        assert_eq!(
            twelve_month_check(d("2024-02-29"), d("2025-03-01")),
            TwelveMonthCheck::OlderThanTwelveMonths { months: 12 }
        );
        // 12 months before 29 Feb 2028 is 28 Feb 2027.
        assert_eq!(
            twelve_month_check(d("2027-02-28"), d("2028-02-29")),
            TwelveMonthCheck::Within
        );
        assert!(matches!(
            twelve_month_check(d("2027-02-27"), d("2028-02-29")),
            TwelveMonthCheck::OlderThanTwelveMonths { .. }
        ));
    }

    #[test]
    fn a_future_incident_is_pointed_out() {
        assert_eq!(
            twelve_month_check(d("2026-11-23"), d("2026-11-22")),
            TwelveMonthCheck::InTheFuture
        );
    }

    #[test]
    fn only_complaints_follow_the_stages_and_repairs_are_not_feedback() {
        assert!(FeedbackKind::Complaint.follows_complaint_stages());
        assert!(!FeedbackKind::Concern {
            risk: Some(RiskLevel::High)
        }
        .follows_complaint_stages());
        assert!(!FeedbackKind::Compliment.follows_complaint_stages());
        assert!(!FeedbackKind::ServiceRequest.is_feedback());
        assert!(FeedbackKind::Concern { risk: None }.shows_emergency_route());
        assert!(!FeedbackKind::Complaint.shows_emergency_route());
        assert!(
            RiskLevel::Emergency < RiskLevel::Low,
            "most urgent sorts first"
        );
    }
}
