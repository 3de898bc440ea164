//! When the landlord is open: the closure days and the out-of-hours number, which
//! administrators manage (the console's pages and `server closure-day`, `server
//! out-of-hours`), and which every deadline and many pages read.
//!
//! Every page that counts working days used to read the closure days from the database. Now
//! each process keeps them in memory with the number ([`Opening`]), stamped with the
//! database's revision of them. A change here counts the revision up in its transaction;
//! [`Backend::follow_database`] reads the revision in its one look a second, so a change made
//! by another process reaches this one's pages within a second. Writes that count deadlines
//! still read the calendar inside their transaction ([`crate::calendar_in`]).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};

use chrono::NaiveDate;
use domain::opening::ClosureDay;
use domain::values::PhoneNumber;
use domain::Calendar;

use crate::clock::stamp;
use crate::{queue, Backend, BackendError};

/// The calendar and the out-of-hours number, as of a revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub revision: i64,
    pub calendar: Calendar,
    pub out_of_hours: PhoneNumber,
}

/// What this process holds: the newest revision it knows the database has, and the opening
/// it read last.
#[derive(Debug, Default)]
pub(crate) struct Held {
    known: AtomicI64,
    opening: RwLock<Option<Arc<Opening>>>,
}

impl Held {
    /// The revision the database has, as seen by the shared look or a change made here.
    pub(crate) fn seen(&self, revision: i64) {
        self.known.fetch_max(revision, Ordering::AcqRel);
    }

    fn current(&self) -> Option<Arc<Opening>> {
        let known = self.known.load(Ordering::Acquire);
        let held = self
            .opening
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        held.as_ref().filter(|o| o.revision >= known).cloned()
    }

    fn keep(&self, fresh: &Arc<Opening>) {
        self.seen(fresh.revision);
        let mut held = self
            .opening
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if held.as_ref().is_none_or(|o| o.revision <= fresh.revision) {
            *held = Some(Arc::clone(fresh));
        }
    }
}

/// The opening as `conn` sees it. The revision is read first: a change committed between the
/// two reads leaves newer days under an older revision, which the next look replaces.
pub(crate) async fn opening_in(conn: &mut sqlx::SqliteConnection) -> Result<Opening, BackendError> {
    let (revision, phone): (i64, String) =
        sqlx::query_as("SELECT revision, out_of_hours_phone FROM opening WHERE id = 1")
            .fetch_one(&mut *conn)
            .await?;
    let calendar = crate::calendar_in(conn).await?;
    let out_of_hours = PhoneNumber::parse(&phone)
        .map_err(|_| BackendError::BadRecord(format!("out-of-hours number {phone:?}")))?;
    Ok(Opening {
        revision,
        calendar,
        out_of_hours,
    })
}

/// Why a change to the opening was not made, in words for the one who asked.
#[derive(Debug, thiserror::Error)]
pub enum OpeningError {
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Backend(#[from] BackendError),
}

impl Backend {
    /// The calendar and the out-of-hours number: from memory, read again only when they have
    /// changed (here, or in the database as the shared look last saw it).
    pub async fn opening(&self) -> Result<Arc<Opening>, BackendError> {
        if let Some(held) = self.opening.current() {
            return Ok(held);
        }
        let mut conn = self.pool.acquire().await?;
        let fresh = Arc::new(opening_in(&mut conn).await?);
        self.opening.keep(&fresh);
        Ok(fresh)
    }

    /// The database has the opening's `revision`: read it again now if it is newer than
    /// what is held, so that what pages show without waiting ([`Backend::opening_held`]) is
    /// never behind for longer than the shared look. A failure is left to the next reader.
    pub(crate) async fn opening_seen(&self, revision: i64) {
        self.opening.seen(revision);
        if self.opening.current().is_none() {
            if let Err(error) = self.opening().await {
                tracing::warn!(%error, "could not read the closure days and out-of-hours number");
            }
        }
    }

    /// The opening this process last read, without waiting for the database (what a page's
    /// frame shows); `None` until something has read it.
    pub fn opening_held(&self) -> Option<Arc<Opening>> {
        self.opening
            .opening
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Every closure day with its reason, oldest first.
    pub async fn closure_days_with_reasons(&self) -> Result<Vec<ClosureDay>, BackendError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT day, reason FROM closure_days ORDER BY day")
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(day, reason)| {
                NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                    .map(|day| ClosureDay { day, reason })
                    .map_err(|_| BackendError::BadClosureDay(day))
            })
            .collect()
    }

    /// Closes the offices on `closure.day`, if the rules allow it today
    /// ([`domain::opening::addable`]), and writes the work queue again with the new
    /// calendar in the same transaction. `by` names who asked ("Ann Smith (ann@…)").
    pub async fn close_offices(&self, closure: &ClosureDay, by: &str) -> Result<(), OpeningError> {
        let today = domain::calendar::london_date(&self.clock.now());
        let mut tx = self
            .write_transaction()
            .await
            .map_err(OpeningError::Backend)?;
        let calendar = crate::calendar_in(&mut tx).await?;
        domain::opening::addable(&calendar, closure.day, today).map_err(OpeningError::Refused)?;
        sqlx::query("INSERT INTO closure_days (day, reason) VALUES (?, ?)")
            .bind(closure.day.format("%Y-%m-%d").to_string())
            .bind(&closure.reason)
            .execute(&mut *tx)
            .await
            .map_err(BackendError::from)?;
        let change = format!(
            "Closure day added: {} ({})",
            domain::calendar::long_date(closure.day),
            closure.reason
        );
        Ok(self.closure_days_changed(tx, by, &change).await?)
    }

    /// Opens the offices again on `day`, a closure day from today on.
    pub async fn reopen_offices(&self, day: NaiveDate, by: &str) -> Result<(), OpeningError> {
        let today = domain::calendar::london_date(&self.clock.now());
        let mut tx = self
            .write_transaction()
            .await
            .map_err(OpeningError::Backend)?;
        let calendar = crate::calendar_in(&mut tx).await?;
        domain::opening::removable(&calendar, day, today).map_err(OpeningError::Refused)?;
        sqlx::query("DELETE FROM closure_days WHERE day = ?")
            .bind(day.format("%Y-%m-%d").to_string())
            .execute(&mut *tx)
            .await
            .map_err(BackendError::from)?;
        let change = format!(
            "Closure day taken away: {}",
            domain::calendar::long_date(day)
        );
        Ok(self.closure_days_changed(tx, by, &change).await?)
    }

    /// After a change to the closure days in `tx`: keeps who made it, writes the work queue
    /// again with the new calendar, commits, and reads the opening again here.
    pub(crate) async fn closure_days_changed(
        &self,
        mut tx: sqlx::Transaction<'static, sqlx::Sqlite>,
        by: &str,
        change: &str,
    ) -> Result<(), BackendError> {
        let revision = self.opening_changed(&mut tx, by, change).await?;
        let calendar = crate::calendar_in(&mut tx).await?;
        queue::rebuild(&mut tx, &calendar, &self.standard).await?;
        tx.commit().await?;
        self.queue_counts.forget();
        self.opening_seen(revision).await;
        Ok(())
    }

    /// Sets the number residents call about an emergency repair when the offices are closed.
    pub async fn set_out_of_hours(
        &self,
        number: &PhoneNumber,
        by: &str,
    ) -> Result<(), BackendError> {
        let mut tx = self.write_transaction().await?;
        sqlx::query("UPDATE opening SET out_of_hours_phone = ? WHERE id = 1")
            .bind(number.as_str())
            .execute(&mut *tx)
            .await?;
        let change = format!("Out-of-hours number set to {}", number.grouped());
        let revision = self.opening_changed(&mut tx, by, &change).await?;
        tx.commit().await?;
        self.opening_seen(revision).await;
        Ok(())
    }

    /// The changes to the opening, newest first: (when, who, what).
    pub async fn opening_changes(
        &self,
        limit: i64,
    ) -> Result<Vec<(String, String, String)>, BackendError> {
        Ok(sqlx::query_as(
            "SELECT changed_at, changed_by, change FROM opening_changes ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Counts the revision up and keeps who made the change: in the change's transaction.
    pub(crate) async fn opening_changed(
        &self,
        tx: &mut sqlx::SqliteConnection,
        by: &str,
        change: &str,
    ) -> Result<i64, BackendError> {
        sqlx::query(
            "INSERT INTO opening_changes (changed_at, changed_by, change) VALUES (?, ?, ?)",
        )
        .bind(stamp(self.clock.now()))
        .bind(by)
        .bind(change)
        .execute(&mut *tx)
        .await?;
        Ok(sqlx::query_scalar(
            "UPDATE opening SET revision = revision + 1 WHERE id = 1 RETURNING revision",
        )
        .fetch_one(&mut *tx)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;
    use crate::Clock;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn closure(day: &str, reason: &str) -> ClosureDay {
        ClosureDay {
            day: d(day),
            reason: reason.into(),
        }
    }

    /// A second process on the same database, as `fresh()`'s clock (Monday 23 November 2026).
    async fn second(dir: &tempfile::TempDir) -> Backend {
        let url = format!("sqlite://{}/nested/calico.db", dir.path().display());
        Backend::connect(&url)
            .await
            .expect("connects")
            .with_clock(Clock::fixed(
                chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
                    .expect("t")
                    .to_utc(),
            ))
    }

    #[tokio::test]
    async fn a_closure_day_from_today_on_is_kept_with_who_added_it_and_counted_at_once() {
        let (_dir, backend) = fresh().await;
        let before = backend.opening().await.expect("opening");
        assert_eq!(before.out_of_hours.grouped(), "01282 686300");
        assert!(before.calendar.is_working_day(d("2026-12-04")));
        backend
            .close_offices(
                &closure("2026-12-04", "Staff training day"),
                "Ann Admin (ann@calico.test)",
            )
            .await
            .expect("added");
        let after = backend.opening().await.expect("opening");
        assert!(after.revision > before.revision);
        assert!(!after.calendar.is_working_day(d("2026-12-04")));
        assert_eq!(
            backend.closure_days_with_reasons().await.expect("days"),
            vec![closure("2026-12-04", "Staff training day")]
        );
        let changes = backend.opening_changes(10).await.expect("changes");
        assert_eq!(changes[0].1, "Ann Admin (ann@calico.test)");
        assert_eq!(
            changes[0].2,
            "Closure day added: Friday 4 December 2026 (Staff training day)"
        );

        backend
            .reopen_offices(d("2026-12-04"), "Ann Admin (ann@calico.test)")
            .await
            .expect("taken away");
        assert!(backend
            .calendar()
            .await
            .expect("calendar")
            .is_working_day(d("2026-12-04")));
        assert_eq!(
            backend.opening_changes(10).await.expect("changes")[0].2,
            "Closure day taken away: Friday 4 December 2026"
        );
    }

    #[tokio::test]
    async fn the_rules_hold_for_every_way_in_and_a_refusal_changes_nothing() {
        let (_dir, backend) = fresh().await;
        let refused = |result: Result<(), OpeningError>| match result {
            Err(OpeningError::Refused(message)) => message,
            other => panic!("not refused: {other:?}"),
        };
        let past = refused(
            backend
                .close_offices(&closure("2026-11-20", "Snow"), "x")
                .await,
        );
        assert!(past.contains("has passed"), "{past}");
        let weekend = refused(
            backend
                .close_offices(&closure("2026-11-28", "Closed"), "x")
                .await,
        );
        assert!(weekend.contains("is a Saturday"), "{weekend}");
        backend
            .add_closure_day(d("2026-11-20"), "Snow")
            .await
            .expect("set up");
        let gone = refused(backend.reopen_offices(d("2026-11-20"), "x").await);
        assert!(gone.contains("has passed"), "{gone}");
        let never = refused(backend.reopen_offices(d("2026-12-07"), "x").await);
        assert!(never.contains("is not a closure day"), "{never}");
        assert_eq!(
            backend.closure_days().await.expect("days"),
            vec![d("2026-11-20")]
        );
    }

    #[tokio::test]
    async fn another_process_sees_a_change_at_its_next_look_and_reads_nothing_until_then() {
        let (dir, backend) = fresh().await;
        let other = second(&dir).await;
        assert_eq!(
            other.opening().await.expect("read").out_of_hours.grouped(),
            "01282 686300"
        );

        let line = PhoneNumber::parse("0800 169 2407").expect("number");
        backend
            .set_out_of_hours(&line, "Ann Admin")
            .await
            .expect("set");
        backend
            .close_offices(&closure("2026-12-04", "Staff training day"), "Ann Admin")
            .await
            .expect("added");
        // Here at once; in the other process, what it read before (kept in memory).
        assert_eq!(backend.opening().await.expect("read").out_of_hours, line);
        let held = other.opening().await.expect("read");
        assert_eq!(held.out_of_hours.grouped(), "01282 686300");
        assert!(held.calendar.is_working_day(d("2026-12-04")));

        // Its shared look (every 20 ms here, every second in the server) finds the change.
        let looking = tokio::spawn({
            let other = other.clone();
            async move {
                other
                    .follow_database(std::time::Duration::from_millis(20))
                    .await
            }
        });
        let seen = tokio::time::timeout(std::time::Duration::from_secs(5), async {
            loop {
                let now = other.opening().await.expect("read");
                if now.out_of_hours == line {
                    return now;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        })
        .await
        .expect("seen within 5 s");
        assert!(!seen.calendar.is_working_day(d("2026-12-04")));
        assert_eq!(other.opening_held().expect("held").revision, seen.revision);
        other.stop_following();
        looking.await.expect("stops");
    }
}
