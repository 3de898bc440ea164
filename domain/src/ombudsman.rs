//! The Housing Ombudsman's determinations on the landlord's complaints (policy 2024 §12;
//! the Code's section 8: the annual report states the Ombudsman's findings). When a resident
//! takes a complaint to the Ombudsman, its determination is recorded on the complaint: the
//! Ombudsman's case number, the finding, the day it was determined and what was ordered. The
//! annual report counts them by the day they were determined.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the Ombudsman found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Finding {
    /// Severe maladministration.
    SevereMaladministration,
    /// Maladministration.
    Maladministration,
    /// Service failure.
    ServiceFailure,
    /// The landlord had already offered redress that put things right.
    ReasonableRedress,
    /// No maladministration.
    NoMaladministration,
    /// The complaint was outside the Ombudsman's jurisdiction.
    OutsideJurisdiction,
}

impl Finding {
    pub const ALL: [Self; 6] = [
        Self::SevereMaladministration,
        Self::Maladministration,
        Self::ServiceFailure,
        Self::ReasonableRedress,
        Self::NoMaladministration,
        Self::OutsideJurisdiction,
    ];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::SevereMaladministration => "Severe maladministration",
            Self::Maladministration => "Maladministration",
            Self::ServiceFailure => "Service failure",
            Self::ReasonableRedress => "Reasonable redress offered",
            Self::NoMaladministration => "No maladministration",
            Self::OutsideJurisdiction => "Outside the Ombudsman's jurisdiction",
        }
    }

    /// A finding against the landlord: something it did wrong (the Ombudsman's "maladministration
    /// rate" counts these).
    pub fn against_landlord(self) -> bool {
        matches!(
            self,
            Self::SevereMaladministration | Self::Maladministration | Self::ServiceFailure
        )
    }
}

/// The longest an Ombudsman's case number may be: theirs are short, like 202312345.
pub const MAX_CASE_LENGTH: usize = 30;

/// A determination recorded on a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Determination {
    /// The Ombudsman's own case number.
    pub case: String,
    pub finding: Finding,
    /// The day the Ombudsman determined it (on its letter), not the day it was recorded.
    pub determined_on: NaiveDate,
    /// What the Ombudsman ordered or recommended, if anything.
    pub orders: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_has_its_own_code_and_words() {
        crate::codes::round_trips(&Finding::ALL).expect("codes");
        let labels: std::collections::BTreeSet<&str> =
            Finding::ALL.iter().map(|f| f.label()).collect();
        assert_eq!(labels.len(), Finding::ALL.len());
        assert_eq!(
            Finding::ALL.iter().filter(|f| f.against_landlord()).count(),
            3
        );
    }
}
