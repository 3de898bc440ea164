//! Who may follow a complaint, and how much of it they see. No personal information reaches a
//! representative until the resident's consent is verified (group complaints policy 2021,
//! "Confidentiality"); an advocate may file before that, and then sees only that it was sent.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a representative's consent stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    Unverified,
    Verified,
    Refused,
    Withdrawn,
}

impl ConsentStatus {
    pub const ALL: [Self; 4] = [
        Self::Unverified,
        Self::Verified,
        Self::Refused,
        Self::Withdrawn,
    ];

    /// The status with this stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    /// For the people handling the complaint.
    pub fn label(self) -> &'static str {
        match self {
            Self::Unverified => {
                "Not verified yet: the representative sees nothing more until it is"
            }
            Self::Verified => "Verified",
            Self::Refused => "Could not be verified",
            Self::Withdrawn => "Withdrawn by the resident",
        }
    }
}

/// How an account is connected to a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    /// They filed it about their own home.
    Own,
    /// Someone acting for them filed it about their tenancy, or a colleague logged it for
    /// the tenancy before they had an account.
    ForTheirHome,
    /// They filed it for a resident, whose consent stands so.
    FiledFor {
        consent: ConsentStatus,
        /// The consent's last day, if it ends.
        until: Option<NaiveDate>,
    },
    /// The resident invited them to act for them, and they accepted.
    Invited {
        /// The invitation's last day, if it ends.
        until: Option<NaiveDate>,
    },
}

/// How much of a complaint an account sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sight {
    /// All of it: where it stands, who handles it, the dates, the letters.
    Everything,
    /// Only that they sent it, with its reference and the day: consent is not verified yet, or
    /// was refused, withdrawn or has ended.
    OnlyThatItWasSent,
    /// None of it.
    Nothing,
}

/// How much `connection` lets an account see on `today` (London date).
pub fn sight(connection: Connection, today: NaiveDate) -> Sight {
    let lasts = |until: Option<NaiveDate>| until.is_none_or(|last| today <= last);
    match connection {
        Connection::Own | Connection::ForTheirHome => Sight::Everything,
        Connection::FiledFor {
            consent: ConsentStatus::Verified,
            until,
        } if lasts(until) => Sight::Everything,
        Connection::FiledFor { .. } => Sight::OnlyThatItWasSent,
        Connection::Invited { until } if lasts(until) => Sight::Everything,
        Connection::Invited { .. } => Sight::Nothing,
    }
}

/// The most an account sees of a complaint it is connected to in several ways (an advocate
/// who filed it and was later invited).
pub fn best_sight(connections: &[Connection], today: NaiveDate) -> Sight {
    let rank = |s: Sight| match s {
        Sight::Everything => 2,
        Sight::OnlyThatItWasSent => 1,
        Sight::Nothing => 0,
    };
    connections
        .iter()
        .map(|c| sight(*c, today))
        .max_by_key(|s| rank(*s))
        .unwrap_or(Sight::Nothing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    #[test]
    fn a_resident_sees_all_of_their_own_complaints() {
        let today = day("2026-12-01");
        assert_eq!(sight(Connection::Own, today), Sight::Everything);
        assert_eq!(sight(Connection::ForTheirHome, today), Sight::Everything);
    }

    #[test]
    fn a_representative_sees_only_that_it_was_sent_until_consent_is_verified_and_while_it_lasts() {
        let today = day("2026-12-01");
        for consent in [
            ConsentStatus::Unverified,
            ConsentStatus::Refused,
            ConsentStatus::Withdrawn,
        ] {
            let filed = Connection::FiledFor {
                consent,
                until: None,
            };
            assert_eq!(sight(filed, today), Sight::OnlyThatItWasSent, "{consent:?}");
        }
        let verified = |until| Connection::FiledFor {
            consent: ConsentStatus::Verified,
            until,
        };
        assert_eq!(sight(verified(None), today), Sight::Everything);
        assert_eq!(
            sight(verified(Some(today)), today),
            Sight::Everything,
            "the last day counts"
        );
        assert_eq!(
            sight(verified(Some(day("2026-11-30"))), today),
            Sight::OnlyThatItWasSent
        );
    }

    #[test]
    fn an_invitation_shows_everything_until_it_ends_then_nothing() {
        let today = day("2026-12-01");
        assert_eq!(
            sight(Connection::Invited { until: None }, today),
            Sight::Everything
        );
        assert_eq!(
            sight(
                Connection::Invited {
                    until: Some(day("2026-11-30"))
                },
                today
            ),
            Sight::Nothing
        );
        let both = [
            Connection::FiledFor {
                consent: ConsentStatus::Unverified,
                until: None,
            },
            Connection::Invited { until: None },
        ];
        assert_eq!(best_sight(&both, today), Sight::Everything);
        assert_eq!(best_sight(&[], today), Sight::Nothing);
    }

    proptest! {
        #[test]
        fn consent_that_is_not_verified_never_shows_more_than_that_it_was_sent(
            code in prop::sample::select(vec!["unverified", "refused", "withdrawn"]),
            offset in -400i64..400,
        ) {
            let today = day("2026-12-01");
            let until = today.checked_add_signed(chrono::Duration::days(offset));
            let consent = ConsentStatus::from_code(code).expect("status");
            prop_assert_eq!(sight(Connection::FiledFor { consent, until }, today), Sight::OnlyThatItWasSent);
        }
    }
}
