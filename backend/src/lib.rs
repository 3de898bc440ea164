//! The I/O behind Calico Account: the database today; accounts, mail and live events as the
//! use cases arrive. A [`Backend`] is cheap to clone and owns everything a use case needs.

pub mod accounts;
pub mod attachments;
pub mod casefile;
pub mod categories;
pub mod clock;
pub mod consents;
mod drafts;
pub mod filing;
pub mod following;
pub mod handling;
pub mod invitations;
pub mod limits;
pub mod linking;
pub mod logged;
pub mod opening;
pub mod outbox;
pub mod profile;
pub mod queue;
pub mod refusals;
pub mod reports;
pub mod second_factor;
pub mod selfassessment;
pub mod tasks;
pub mod tenancies;

pub use clock::Clock;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::NaiveDate;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

/// Why the backend could not do what was asked. The text is for logs, never for a page.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error("the database URL {url:?} is not a valid SQLite URL")]
    BadUrl {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("could not create the folder {path:?} for the database")]
    CreateDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("could not open the database")]
    Connect(#[source] sqlx::Error),
    #[error("could not apply the database migrations")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    #[error("a database query failed")]
    Query(#[from] sqlx::Error),
    #[error("could not hash or check a password: {0}")]
    Password(String),
    #[error("a stored record could not be read: {0}")]
    BadRecord(String),
    #[error("account {0} has stored preferences that no longer parse")]
    BadPreferences(i64),
    #[error("the database holds a closure day {0:?} that is not a YYYY-MM-DD date")]
    BadClosureDay(String),
}

/// How long a request waits for a database connection before it is told the service is busy:
/// well under the server's 30-second request limit.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

impl BackendError {
    /// The database was busy (no connection free, or the writer held too long): worth trying
    /// again in a moment, unlike a fault.
    pub fn is_busy(&self) -> bool {
        match self {
            Self::Query(sqlx::Error::PoolTimedOut) | Self::Connect(sqlx::Error::PoolTimedOut) => {
                true
            }
            // SQLITE_BUSY (5) and SQLITE_LOCKED (6), after the busy timeout.
            Self::Query(sqlx::Error::Database(e)) => {
                matches!(e.code().as_deref(), Some("5" | "6" | "517" | "262"))
            }
            _ => false,
        }
    }
}

/// The use cases of Calico Account, over one database pool.
#[derive(Clone, Debug)]
pub struct Backend {
    pool: SqlitePool,
    clock: Clock,
    /// The id of the newest complaint event this process recorded: pages following
    /// complaints wake on it (`/live`).
    changes: std::sync::Arc<tokio::sync::watch::Sender<i64>>,
    /// Set when the server is stopping: live streams end so that it can.
    stopping: std::sync::Arc<tokio::sync::watch::Sender<bool>>,
    /// The accounts whose sessions this process has just ended (signed out, password reset,
    /// email changed, second factor reset): their live streams look at once.
    sessions_ended: std::sync::Arc<tokio::sync::broadcast::Sender<i64>>,
    /// The timescales every deadline is counted by (DOMAIN "Which rule wins").
    standard: domain::ServiceStandard,
    /// The closure days and the out-of-hours number, kept in memory (see [`opening`]).
    opening: std::sync::Arc<opening::Held>,
    /// How many lines match the queue's filters, while nothing has changed them.
    queue_counts: std::sync::Arc<queue::Counts>,
    /// The drafts waiting to be written together (see [`drafts`]).
    drafts: std::sync::Arc<drafts::Waiting>,
}

impl Backend {
    /// Opens (creating it and its folder if needed) the SQLite database at `url`,
    /// e.g. `sqlite://data/calico.db`. Write-ahead logging with `synchronous=FULL`, so a
    /// complaint once acknowledged to the resident survives a power cut.
    pub async fn connect(url: &str) -> Result<Self, BackendError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|source| BackendError::BadUrl {
                url: url.to_owned(),
                source,
            })?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // Pages are read through memory maps rather than a read() call each: at a
            // landlord's volume (200 MB and more) every signed-in page reads many.
            .pragma("mmap_size", "1073741824");
        if let Some(dir) = Path::new(options.get_filename()).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(|source| BackendError::CreateDir {
                    path: dir.display().to_string(),
                    source,
                })?;
            }
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // sqlx pings a connection each time it is taken from the pool, by default: a round
            // trip to the connection's thread before every query, for a database in this
            // process that cannot have hung up. Off, a page's queries take half the thread
            // switches, and an acquire cut short by a request's timeout never drops a
            // connection (sqlx's `Pool::acquire` documentation).
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(BackendError::Connect)?;
        Ok(Self {
            pool,
            clock: Clock::system(),
            changes: std::sync::Arc::new(tokio::sync::watch::Sender::new(0)),
            stopping: std::sync::Arc::new(tokio::sync::watch::Sender::new(false)),
            sessions_ended: std::sync::Arc::new(tokio::sync::broadcast::Sender::new(256)),
            standard: domain::ServiceStandard::CALICO_2024,
            opening: std::sync::Arc::default(),
            queue_counts: std::sync::Arc::default(),
            drafts: std::sync::Arc::default(),
        })
    }

    /// The same backend with another clock (tests move time with [`Clock::fixed`]).
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The same backend, counting deadlines by `standard` (Calico's 2024 policy unless told).
    #[must_use]
    pub fn with_standard(mut self, standard: domain::ServiceStandard) -> Self {
        self.standard = standard;
        self
    }

    /// The timescales every deadline is counted by.
    pub fn standard(&self) -> &domain::ServiceStandard {
        &self.standard
    }

    /// The backend's idea of now.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Applies every migration under `backend/migrations` that has not been applied yet.
    /// Then brings the stored work queue up to date (see [`queue`]), and reads the opening
    /// ([`opening`]).
    pub async fn migrate(&self) -> Result<(), BackendError> {
        sqlx::migrate!("./migrations")
            .run(&self.pool)
            .await
            .map_err(BackendError::Migrate)?;
        self.bring_queue_up_to_date().await?;
        // Read once now, so that a page's frame has the out-of-hours number from the start.
        self.opening().await?;
        Ok(())
    }

    /// Answers whether the database can be read and its schema is present.
    pub async fn health(&self) -> Result<(), BackendError> {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM closure_days")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    /// Records a day the landlord's offices are closed, whatever the day (for setting up and
    /// tests: administrators use [`Backend::close_offices`], which keeps the rules). Recording
    /// the same day again keeps the first reason.
    /// Every deadline counts working days, so the work queue is written again with the new
    /// calendar in the same transaction.
    pub async fn add_closure_day(&self, day: NaiveDate, reason: &str) -> Result<(), BackendError> {
        let mut tx = self.write_transaction().await?;
        sqlx::query(
            "INSERT INTO closure_days (day, reason) VALUES (?, ?) ON CONFLICT (day) DO NOTHING",
        )
        .bind(day.format("%Y-%m-%d").to_string())
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        self.closure_days_changed(tx, "set-up", &format!("Closure day recorded: {day}"))
            .await
    }

    /// Every closure day, oldest first, for building the working-day calendar.
    pub async fn closure_days(&self) -> Result<Vec<NaiveDate>, BackendError> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT day FROM closure_days ORDER BY day")
            .fetch_all(&self.pool)
            .await?;
        closure_dates(rows)
    }

    /// A transaction that takes the write lock at once (`BEGIN IMMEDIATE`). Every transaction
    /// that reads and then writes uses one: a deferred transaction that starts writing while
    /// another holds the lock fails with "database is locked" instead of waiting its turn.
    pub(crate) async fn write_transaction(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, BackendError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Closes the pool, waiting for queries in flight.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The working-day calendar as `conn` sees it: inside a write transaction, the one the rest
/// of the transaction is written with (a closure day added meanwhile waits for it).
pub(crate) async fn calendar_in(
    conn: &mut sqlx::SqliteConnection,
) -> Result<domain::Calendar, BackendError> {
    let days: Vec<String> = sqlx::query_scalar("SELECT day FROM closure_days ORDER BY day")
        .fetch_all(&mut *conn)
        .await?;
    Ok(domain::Calendar::england_and_wales().with_closure_days(closure_dates(days)?))
}

fn closure_dates(rows: Vec<String>) -> Result<Vec<NaiveDate>, BackendError> {
    rows.into_iter()
        .map(|day| {
            NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .map_err(|_| BackendError::BadClosureDay(day))
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A verified account with no password that works, on the tenancy `tenancy` if given (the
    /// demo register must be loaded for one).
    pub(crate) async fn account(backend: &Backend, email: &str, tenancy: Option<&str>) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO accounts (email, password_hash, rent_reference, created_at, verified_at)
             VALUES (?, 'x', ?, 'now', 'now') RETURNING id",
        )
        .bind(email)
        .bind(tenancy)
        .fetch_one(&backend.pool)
        .await
        .expect("account")
    }

    /// `count` verified accounts without a home, `{prefix}{n}@example.org`, in order.
    pub(crate) async fn accounts(backend: &Backend, prefix: &str, count: usize) -> Vec<i64> {
        let mut accounts = Vec::with_capacity(count);
        for n in 0..count {
            accounts.push(account(backend, &format!("{prefix}{n}@example.org"), None).await);
        }
        accounts
    }

    /// A fresh, migrated database in its own temporary folder.
    pub(crate) async fn fresh() -> (tempfile::TempDir, Backend) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}/nested/calico.db", dir.path().display());
        let backend = Backend::connect(&url)
            .await
            .expect("connects")
            .with_clock(Clock::fixed(
                chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
                    .expect("t")
                    .to_utc(),
            ));
        backend.migrate().await.expect("migrates");
        (dir, backend)
    }

    /// Every `CHECK (column IN ('a', 'b'))` of the migrated schema: (table, column, codes).
    async fn code_tables(backend: &Backend) -> Vec<(String, String, Vec<String>)> {
        let tables: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL",
        )
        .fetch_all(&backend.pool)
        .await
        .expect("schema");
        let mut found = Vec::new();
        for (table, sql) in tables {
            for check in sql.split("CHECK").skip(1) {
                let check = check.trim_start().trim_start_matches('(').trim_start();
                let Some((column, rest)) = check.split_once(char::is_whitespace) else {
                    continue;
                };
                let Some(list) = rest.trim_start().strip_prefix("IN") else {
                    continue;
                };
                let list = list.trim_start().trim_start_matches('(');
                let list = &list[..list.find(')').unwrap_or(list.len())];
                let codes: Vec<String> = list
                    .split(',')
                    .map(|code| code.trim())
                    .filter_map(|code| code.strip_prefix('\'')?.strip_suffix('\''))
                    .map(str::to_owned)
                    .collect();
                if !codes.is_empty() {
                    found.push((table.clone(), column.to_owned(), codes));
                }
            }
        }
        found
    }

    #[tokio::test]
    async fn every_code_table_in_the_database_holds_exactly_its_types_codes() {
        use domain::following::ConsentStatus;
        use domain::handling::Role;
        use domain::letters::{ContactTask, Delivery};
        use domain::preferences::ContactMethod;
        use domain::representation::ConsentScope;
        fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|v| code(*v).to_owned()).collect()
        }
        let (_dir, backend) = fresh().await;
        let expected = [
            (
                "accounts",
                "contact_method",
                codes(&ContactMethod::ALL, ContactMethod::code),
            ),
            ("accounts", "role", codes(&Role::ALL, Role::code)),
            (
                "complaints",
                "channel",
                codes(&domain::logged::Channel::ALL, domain::logged::Channel::code),
            ),
            (
                "complaints",
                "kind",
                codes(&domain::handling::Kind::ALL, domain::handling::Kind::code),
            ),
            (
                "category_changes",
                "change",
                codes(
                    &categories::CategoryChange::ALL,
                    categories::CategoryChange::code,
                ),
            ),
            (
                "consents",
                "scope",
                codes(ConsentScope::ALL, ConsentScope::code),
            ),
            (
                "consents",
                "status",
                codes(&ConsentStatus::ALL, ConsentStatus::code),
            ),
            (
                "contact_tasks",
                "task",
                codes(&ContactTask::ALL, ContactTask::code),
            ),
            (
                "email_tokens",
                "purpose",
                codes(&accounts::TokenPurpose::ALL, accounts::TokenPurpose::code),
            ),
            (
                "invitations",
                "status",
                codes(&invitations::InvitationStatus::ALL, |s| s.code()),
            ),
            ("letters", "delivery", codes(&Delivery::ALL, Delivery::code)),
            (
                "code_assessments",
                "verdict",
                codes(
                    &domain::selfassessment::Verdict::ALL,
                    domain::selfassessment::Verdict::code,
                ),
            ),
            (
                "link_requests",
                "outcome",
                codes(&linking::LinkOutcome::ALL, linking::LinkOutcome::code),
            ),
        ];
        let mut found = code_tables(&backend).await;
        found.sort();
        let mut expected: Vec<(String, String, Vec<String>)> = expected
            .into_iter()
            .map(|(t, c, codes)| (t.to_owned(), c.to_owned(), codes))
            .collect();
        expected.sort();
        // Order within a list does not matter; each list is compared as a set.
        let sets = |list: Vec<(String, String, Vec<String>)>| {
            list.into_iter()
                .map(|(t, c, codes)| {
                    (
                        t,
                        c,
                        codes.into_iter().collect::<std::collections::BTreeSet<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sets(found),
            sets(expected),
            "a code table that is not tied to its type here, or a type whose codes differ from its table's"
        );
    }

    #[tokio::test]
    async fn with_every_connection_taken_a_request_is_told_busy_within_seconds() {
        let (_dir, backend) = fresh().await;
        let mut held = Vec::new();
        for _ in 0..8 {
            held.push(backend.pool.acquire().await.expect("a connection"));
        }
        // Told after ACQUIRE_TIMEOUT, well inside the server's 30-second request limit.
        assert!(ACQUIRE_TIMEOUT * 4 <= Duration::from_secs(30));
        let error = backend
            .session(&crate::accounts::SessionToken::from_cookie("x"))
            .await
            .expect_err("no connection free");
        assert!(error.is_busy(), "{error:?}");
        drop(held);
        assert!(backend
            .session(&crate::accounts::SessionToken::from_cookie("x"))
            .await
            .is_ok());
    }

    #[tokio::test]
    async fn creates_the_folder_and_file_and_is_healthy_after_migrating() {
        let (dir, backend) = fresh().await;
        assert!(dir.path().join("nested/calico.db").exists());
        backend.health().await.expect("healthy");
    }

    #[tokio::test]
    async fn is_unhealthy_before_migrating() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}/calico.db", dir.path().display());
        let backend = Backend::connect(&url).await.expect("connects");
        assert!(backend.health().await.is_err());
    }

    #[tokio::test]
    async fn migrating_twice_is_harmless() {
        let (_dir, backend) = fresh().await;
        backend.migrate().await.expect("second run");
        backend.health().await.expect("healthy");
    }

    #[tokio::test]
    async fn closure_days_come_back_in_date_order_and_keep_the_first_reason() {
        let (_dir, backend) = fresh().await;
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        backend
            .add_closure_day(d("2026-12-31"), "Office closed")
            .await
            .expect("add");
        backend
            .add_closure_day(d("2026-12-29"), "Training day")
            .await
            .expect("add");
        backend
            .add_closure_day(d("2026-12-31"), "Again")
            .await
            .expect("add");
        assert_eq!(
            backend.closure_days().await.expect("read"),
            vec![d("2026-12-29"), d("2026-12-31")]
        );
    }

    #[tokio::test]
    async fn a_blank_closure_reason_is_refused_by_the_schema() {
        let (_dir, backend) = fresh().await;
        let day = NaiveDate::from_ymd_opt(2026, 12, 30).expect("date");
        assert!(backend.add_closure_day(day, "   ").await.is_err());
    }
}
