//! The figures for the regulator and the Board (`domain::measures`): every complaint with an
//! event in the reporting year, read with its events, and the homes in the register.

use domain::measures::{measures, Measures, Record, ReportingYear};
use domain::Event;

use crate::clock::stamp;
use crate::{Backend, BackendError};

fn bad(error: impl std::fmt::Display) -> BackendError {
    BackendError::BadRecord(error.to_string())
}

impl Backend {
    /// The reporting year's figures. Every complaint with an event in the year (a day either
    /// side, as events are stored in UTC; the domain places each by its London day) is read
    /// with its whole history, in one query.
    pub async fn measures(&self, year: ReportingYear) -> Result<Measures, BackendError> {
        let homes: i64 = sqlx::query_scalar("SELECT COALESCE(SUM(homes), 0) FROM tenancies")
            .fetch_one(&self.pool)
            .await?;
        let from = year.first_day() - chrono::TimeDelta::days(1);
        let until = year.last_day() + chrono::TimeDelta::days(2);
        let midnight =
            |day: chrono::NaiveDate| stamp(day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT c.id, c.kind, c.channel, e.event FROM complaints c
             JOIN complaint_events e ON e.complaint_id = c.id
             WHERE c.id IN (SELECT complaint_id FROM complaint_events
                            WHERE occurred_at >= ? AND occurred_at < ?)
             ORDER BY c.id, e.id",
        )
        .bind(midnight(from))
        .bind(midnight(until))
        .fetch_all(&self.pool)
        .await?;
        let mut histories: Vec<(domain::handling::Kind, domain::logged::Channel, Vec<Event>)> =
            Vec::new();
        let mut last = None;
        for (id, kind, channel, event) in rows {
            let event: Event = serde_json::from_str(&event).map_err(bad)?;
            if last == Some(id) {
                if let Some((.., events)) = histories.last_mut() {
                    events.push(event);
                }
                continue;
            }
            last = Some(id);
            histories.push((
                domain::handling::Kind::from_code(&kind).ok_or_else(|| bad(&kind))?,
                domain::logged::Channel::from_code(&channel).ok_or_else(|| bad(&channel))?,
                vec![event],
            ));
        }
        let records: Vec<Record<'_>> = histories
            .iter()
            .map(|(kind, channel, events)| Record {
                kind: *kind,
                channel: *channel,
                events,
            })
            .collect();
        let calendar = self.calendar().await?;
        measures(
            year,
            u32::try_from(homes).unwrap_or(u32::MAX),
            &records,
            &calendar,
            &self.standard,
        )
        .map_err(bad)
    }

    /// The reporting years that have complaints, newest first (this year's always).
    pub async fn reporting_years(&self) -> Result<Vec<ReportingYear>, BackendError> {
        let first: Option<String> = sqlx::query_scalar("SELECT MIN(received_at) FROM complaints")
            .fetch_one(&self.pool)
            .await?;
        let today = domain::calendar::london_date(&self.clock.now());
        let now = ReportingYear::of(today);
        let first = first
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| ReportingYear::of(domain::calendar::london_date(&at)))
            .unwrap_or(now)
            .min(now);
        Ok((first.starts..=now.starts)
            .rev()
            .map(|starts| ReportingYear { starts })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logged::tests_support::logged_for_tenancy;
    use crate::tests::fresh;

    #[tokio::test]
    async fn the_years_figures_count_what_was_logged_and_filed_from_the_database() {
        let (_dir, backend) = fresh().await;
        assert!(backend.seed_demo_tenancies().await.unwrap());
        // Received Friday 20 November 2026 by phone, and online (the test clock's Monday 23rd).
        logged_for_tenancy(&backend, "10023456", "k1").await;
        let (_, filed) =
            crate::filing::tests::filed_complaint_by(&backend, "alex@example.org").await;
        // The Ombudsman decided it the same day (a test's shortcut), through the real path.
        let now = backend.now().fixed_offset();
        let determined = Event::new(
            now,
            domain::EventKind::OmbudsmanDetermined {
                case: "202612345".into(),
                finding: domain::ombudsman::Finding::NoMaladministration,
                determined_on: domain::calendar::london_date(&now),
                orders: None,
            },
        )
        .by("Sam Patel");
        backend
            .record_event(&filed.to_string(), &determined, "Sam Patel")
            .await
            .expect("recorded");
        let m = backend
            .measures(ReportingYear { starts: 2026 })
            .await
            .unwrap();
        assert_eq!(m.stage1.received, 2);
        let found = |f| m.determinations.iter().find(|(x, _)| *x == f).unwrap().1;
        assert_eq!(found(domain::ombudsman::Finding::NoMaladministration), 1);
        assert_eq!(m.homes, 5, "the demo register's five homes");
        assert_eq!(m.ch01().0, Some(400.0));
        let channel = |c| m.by_channel.iter().find(|(x, _)| *x == c).unwrap().1;
        assert_eq!(
            (
                channel(domain::logged::Channel::Phone),
                channel(domain::logged::Channel::Online)
            ),
            (1, 1)
        );
        let last = backend
            .measures(ReportingYear { starts: 2025 })
            .await
            .unwrap();
        assert_eq!(last.stage1.received, 0);
        assert_eq!(
            backend.reporting_years().await.unwrap(),
            vec![ReportingYear { starts: 2026 }]
        );
    }
}
