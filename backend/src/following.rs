//! The complaints an account follows: those it filed, those filed for its home, and those of
//! residents it acts for; each with how much the account may see (`domain::following`).

use chrono::{DateTime, Utc};
use domain::calendar::london_date;
use domain::following::{best_sight, Connection, ConsentStatus, Sight};
use domain::handling::Kind;

use crate::handling::QueueItem;
use crate::{Backend, BackendError};

/// A complaint an account follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    pub reference: String,
    pub kind: Kind,
    pub received_at: DateTime<Utc>,
    pub sight: Sight,
    /// Where it stands and what is owed by when: only with [`Sight::Everything`].
    pub progress: Option<QueueItem>,
}

/// One way an account is connected to a complaint, as read from the database.
type ConnectionRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

fn date(text: Option<&str>) -> Option<chrono::NaiveDate> {
    text.and_then(|t| t.parse().ok())
}

impl Backend {
    /// Every complaint `account` follows, newest first, each with what it may see of it.
    pub async fn followed(&self, account: i64) -> Result<Vec<Followed>, BackendError> {
        let rows: Vec<ConnectionRow> = sqlx::query_as(
            "SELECT c.reference, c.kind, c.received_at, 'own', NULL, NULL FROM complaints c
             WHERE c.filed_by = ?1 AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.complaint_id = c.id)
             UNION ALL
             SELECT c.reference, c.kind, c.received_at, 'filed_for', k.status, k.expires_on
             FROM complaints c JOIN consents k ON k.complaint_id = c.id WHERE c.filed_by = ?1
             UNION ALL
             SELECT c.reference, c.kind, c.received_at, 'for_their_home', NULL, NULL
             FROM complaints c JOIN consents k ON k.complaint_id = c.id
             JOIN accounts me ON me.id = ?1
             WHERE me.rent_reference IS NOT NULL AND k.resident_reference = me.rent_reference
             UNION ALL
             SELECT c.reference, c.kind, c.received_at, 'invited', NULL, i.expires_on
             FROM invitations i JOIN complaints c
               ON (c.filed_by = i.resident_account
                   AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.complaint_id = c.id))
               OR EXISTS (SELECT 1 FROM consents k
                          WHERE k.complaint_id = c.id AND k.resident_reference = i.resident_reference)
             WHERE i.representative_account = ?1 AND i.status = 'accepted'",
        )
        .bind(account)
        .fetch_all(&self.pool)
        .await?;
        let today = london_date(&self.clock.now());
        let mut grouped: Vec<(String, String, String, Vec<Connection>)> = Vec::new();
        for (reference, kind, received_at, how, status, until) in rows {
            let connection = match how.as_str() {
                "own" => Connection::Own,
                "for_their_home" => Connection::ForTheirHome,
                "invited" => Connection::Invited {
                    until: date(until.as_deref()),
                },
                _ => Connection::FiledFor {
                    consent: status
                        .as_deref()
                        .and_then(ConsentStatus::from_code)
                        .ok_or_else(|| BackendError::BadRecord(format!("consent {status:?}")))?,
                    until: date(until.as_deref()),
                },
            };
            match grouped.iter_mut().find(|(r, ..)| *r == reference) {
                Some((.., connections)) => connections.push(connection),
                None => grouped.push((reference, kind, received_at, vec![connection])),
            }
        }
        let mut followed = Vec::new();
        for (reference, kind, received_at, connections) in grouped {
            let sight = best_sight(&connections, today);
            if sight == Sight::Nothing {
                continue;
            }
            let progress = match sight {
                Sight::Everything => self.case(&reference).await?.map(|case| case.item),
                _ => None,
            };
            followed.push(Followed {
                kind: Kind::from_code(&kind)
                    .ok_or_else(|| BackendError::BadRecord(kind.clone()))?,
                received_at: chrono::DateTime::parse_from_rfc3339(&received_at)
                    .map_err(|_| BackendError::BadRecord(received_at.clone()))?
                    .to_utc(),
                reference,
                sight,
                progress,
            });
        }
        followed.sort_by(|a, b| {
            b.received_at
                .cmp(&a.received_at)
                .then(b.reference.cmp(&a.reference))
        });
        Ok(followed)
    }
}
