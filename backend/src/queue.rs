//! The work queue from its stored projection (`complaint_queue`): each complaint's line (its
//! state, deadlines and place in the queue, as the domain's fold of its events gives them) is
//! written in the same transaction as each of its events, and the queue is filtered, ordered
//! and paged by the database. Only what depends on today (working days left, overdue) is
//! worked out as it is read. [`Backend::rebuild_queue`] writes every line again from the
//! events; the server does that at start when lines are missing or were written by other
//! rules or another calendar.

use chrono::{DateTime, NaiveDate, Utc};
use domain::complaint::{Closure, Deadlines, Due, Stage, UpdateDue};
use domain::handling::{self, Kind};
use domain::{Calendar, Complaint, RiskLevel, ServiceStandard, State};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use crate::clock::stamp;
use crate::handling::{Queue, QueueFilter, QueueItem};
use crate::{Backend, BackendError};

/// The rules the stored lines are written by. Raise it whenever the fold, the queue's order
/// or what a line holds changes: the server then rewrites every line at its next start.
pub const QUEUE_RULES: i64 = 5;

/// The last day a line's `sort_due` stands for "no deadline": after every real one.
const NO_DEADLINE: &str = "9999-12-31";

/// A complaint's line in the queue as folded: everything but what depends on today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Line {
    reference: String,
    kind: Kind,
    state: State,
    closure: Option<Closure>,
    risk: Option<RiskLevel>,
    next: Option<Due>,
    deadlines: Deadlines,
    received_at: DateTime<Utc>,
    summary: String,
    asked_late: Option<NaiveDate>,
    #[serde(default)]
    update: Option<UpdateDue>,
    /// The earliest day an open remedy is due by.
    #[serde(default)]
    remedy: Option<NaiveDate>,
    /// What the resident asked for themselves: formats, language, adjustments.
    #[serde(default)]
    asked: Option<String>,
    /// The needs colleagues recognised, still open: "Need: adjustment".
    #[serde(default)]
    support: Vec<String>,
    /// The earliest day one of them is to be reviewed by.
    #[serde(default)]
    support_review: Option<NaiveDate>,
}

impl Line {
    pub(crate) fn of(
        reference: &str,
        kind: Kind,
        received_at: DateTime<Utc>,
        submission: &domain::filing::Submission,
        complaint: &Complaint,
    ) -> Self {
        Self {
            reference: reference.to_owned(),
            kind,
            state: complaint.state(),
            closure: complaint.closure(),
            risk: complaint.risk(),
            next: complaint.next_deadline(),
            deadlines: *complaint.deadlines(),
            received_at,
            summary: crate::handling::summary(submission),
            asked_late: complaint.stage2_asked_late(),
            update: complaint.update_due(),
            remedy: complaint.remedy_due(),
            asked: domain::support::asked_for(&submission.support),
            support: complaint
                .support()
                .iter()
                .filter(|need| need.open())
                .map(domain::support::SupportNeed::line)
                .collect(),
            support_review: complaint.support_review(),
        }
    }

    /// The line as the queue shows it on `today`.
    pub(crate) fn item(self, today: NaiveDate, calendar: &Calendar) -> QueueItem {
        QueueItem {
            working_days_left: self
                .next
                .map(|due| calendar.working_days_left(today, due.by)),
            overdue: self.next.is_some_and(|due| due.overdue(today)),
            update_overdue: self.update.is_some_and(|update| update.overdue(today)),
            remedy_owed: self.remedy.is_some_and(|by| today >= by),
            remedy_overdue: self.remedy.is_some_and(|by| today > by),
            remedy: self.remedy,
            support_review_owed: self.support_review.is_some_and(|by| today >= by),
            support_review_overdue: self.support_review.is_some_and(|by| today > by),
            support_review: self.support_review,
            support: self.support,
            asked: self.asked,
            reference: self.reference,
            kind: self.kind,
            state: self.state,
            closure: self.closure,
            risk: self.risk,
            next: self.next,
            deadlines: self.deadlines,
            received_at: self.received_at,
            summary: self.summary,
            asked_late: self.asked_late,
            update: self.update,
        }
    }
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn stage_number(stage: Stage) -> i64 {
    match stage {
        Stage::One => 1,
        Stage::Two => 2,
    }
}

fn bad(what: impl std::fmt::Display) -> BackendError {
    BackendError::BadRecord(what.to_string())
}

/// A stored line (`complaint_queue.line`) as the queue shows it on `today`.
pub(crate) fn stored_item(
    line: &str,
    today: NaiveDate,
    calendar: &Calendar,
) -> Result<QueueItem, BackendError> {
    let line: Line = serde_json::from_str(line).map_err(bad)?;
    Ok(line.item(today, calendar))
}

/// Writes complaint `complaint_id`'s line, folded up to event `upto_event`, inside the
/// caller's transaction.
pub(crate) async fn store_line(
    conn: &mut SqliteConnection,
    complaint_id: i64,
    upto_event: i64,
    line: &Line,
    complaint: &Complaint,
) -> Result<(), BackendError> {
    let (group, risk, _, received) = handling::queue_key(line.kind, complaint);
    let next_by = line.next.map(|due| day(due.by));
    sqlx::query(
        "INSERT INTO complaint_queue
           (complaint_id, upto_event, kind, state, stage, next_by, next_owed,
            sort_group, sort_risk, sort_due, sort_received, line, update_by, remedy_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (complaint_id) DO UPDATE SET
           upto_event = excluded.upto_event, kind = excluded.kind, state = excluded.state,
           stage = excluded.stage, next_by = excluded.next_by, next_owed = excluded.next_owed,
           sort_group = excluded.sort_group, sort_risk = excluded.sort_risk,
           sort_due = excluded.sort_due, sort_received = excluded.sort_received,
           line = excluded.line, update_by = excluded.update_by,
           remedy_by = excluded.remedy_by",
    )
    .bind(complaint_id)
    .bind(upto_event)
    .bind(line.kind.code())
    .bind(line.state.code())
    .bind(line.state.stage().map(stage_number))
    .bind(&next_by)
    .bind(line.next.is_some_and(|due| due.kind.owed_by_landlord()))
    .bind(i64::from(group))
    .bind(i64::from(risk))
    .bind(next_by.as_deref().unwrap_or(NO_DEADLINE))
    .bind(stamp(received))
    .bind(serde_json::to_string(line).map_err(bad)?)
    .bind(line.update.map(|update| day(update.by)))
    .bind(line.remedy.map(day))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What the stored lines depend on besides the events: the rules, the timescales, and the
/// working-day calendar (bank holidays, which come with the code, and the landlord's closure
/// days).
fn rules(calendar: &Calendar, standard: &ServiceStandard) -> String {
    let mut hash = Sha256::new();
    hash.update(QUEUE_RULES.to_le_bytes());
    // The timescales, as their debug text names every field and value.
    hash.update(format!("{standard:?}"));
    for year in 2015..=2060 {
        for (date, _) in calendar.bank_holidays(year) {
            hash.update(day(date));
        }
    }
    for date in calendar.closure_days() {
        hash.update(day(date));
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Adds the filter's conditions to a query on `complaint_queue`.
fn filter_by(
    query: &mut QueryBuilder<Sqlite>,
    filter: &QueueFilter,
    today: NaiveDate,
    calendar: &Calendar,
) {
    query.push(" WHERE 1 = 1");
    if let Some(kind) = filter.kind {
        query.push(" AND kind = ").push_bind(kind.code());
    }
    if let Some(state) = filter.state {
        query.push(" AND state = ").push_bind(state.code());
    }
    if let Some(stage) = filter.stage {
        query.push(" AND stage = ").push_bind(stage_number(stage));
    }
    if let Some(overdue) = filter.overdue {
        query
            .push(if overdue { " AND " } else { " AND NOT " })
            .push("(next_owed AND next_by < ")
            .push_bind(day(today))
            .push(")");
    }
    if let Some(n) = filter.due_within {
        query.push(" AND next_owed");
        if let Some(last) = calendar.last_day_within(today, n) {
            query.push(" AND next_by <= ").push_bind(day(last));
        }
    }
    if filter.updates_due {
        query.push(" AND update_by <= ").push_bind(day(today));
    }
    if filter.remedies_due {
        query.push(" AND remedy_by <= ").push_bind(day(today));
    }
    if let Some(search) = &filter.search {
        search_by(query, search);
    }
}

/// Keeps the complaints whose reference, resident (the filer, or whom a representative filed
/// for), home address or rent reference holds `search`. The home is the filer's linked
/// tenancy, or the one a representative named; an unlinked filer's asked-for rent reference
/// counts too. Case is ignored by upper-casing both sides (portable; SQLite folds ASCII only).
fn search_by(query: &mut QueryBuilder<Sqlite>, search: &domain::search::QueueSearch) {
    let anywhere = |text: &str| format!("%{}%", escape_like(text));
    query.push(
        " AND complaint_id IN (SELECT c.id FROM complaints c LEFT JOIN accounts a ON a.id = c.filed_by
           LEFT JOIN consents k ON k.complaint_id = c.id
           LEFT JOIN tenancies t
             ON t.rent_reference = COALESCE(k.resident_reference, c.resident_reference, a.rent_reference)
           WHERE 1 = 0",
    );
    let text = anywhere(search.text());
    for column in [
        "c.reference",
        "a.name",
        "c.resident_name",
        "k.resident_name",
        "k.resident_address",
        "t.address",
        "t.lead_tenant_name",
    ] {
        query
            .push(format!(" OR UPPER({column}) LIKE UPPER("))
            .push_bind(text.clone())
            .push(") ESCAPE '\\'");
    }
    if let Some(compact) = search.compact() {
        let compact = anywhere(&compact);
        for column in [
            "REPLACE(c.reference, '-', '')",
            "t.rent_reference",
            "k.resident_reference",
        ] {
            query
                .push(format!(" OR {column} LIKE "))
                .push_bind(compact.clone())
                .push(" ESCAPE '\\'");
        }
        query
            .push(
                " OR EXISTS (SELECT 1 FROM link_requests r WHERE r.account_id = a.id
                   AND r.settled_at IS NULL AND r.rent_reference LIKE ",
            )
            .push_bind(compact)
            .push(" ESCAPE '\\')");
    }
    query.push(")");
}

/// `text` with LIKE's wildcards (and the escape character) taken literally.
pub(crate) fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// How many lines match a filter without a search, as counted when nothing had changed them
/// since: the same filter, day, newest event and opening revision. Every line is written with
/// an event (whose id is then the newest this process knows), or by a rebuild (which forgets
/// them all, or comes with a new opening revision); a filter reads nothing but the lines and
/// the day. A search also matches names and addresses, which change without an event, so a
/// search is always counted.
#[derive(Debug, Default)]
pub(crate) struct Counts(std::sync::Mutex<std::collections::HashMap<CountKey, i64>>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CountKey {
    /// The filter, without its page.
    filter: String,
    today: NaiveDate,
    newest_event: i64,
    opening: i64,
}

/// At most this many counts are kept (filters' combinations are few; a day's and each event's
/// make the old ones useless, so they are dropped all at once when full).
const COUNTS_KEPT: usize = 256;

impl Counts {
    fn get(&self, key: &CountKey) -> Option<i64> {
        self.0.lock().ok()?.get(key).copied()
    }

    fn keep(&self, key: CountKey, count: i64) {
        if let Ok(mut counts) = self.0.lock() {
            if counts.len() >= COUNTS_KEPT {
                counts.clear();
            }
            counts.insert(key, count);
        }
    }

    pub(crate) fn forget(&self) {
        if let Ok(mut counts) = self.0.lock() {
            counts.clear();
        }
    }
}

impl Backend {
    /// The work queue: the complaints that match, concerns first by risk, then by the
    /// nearest deadline; one page of them and how many match in all.
    pub async fn queue(&self, filter: &QueueFilter) -> Result<Queue, BackendError> {
        let opening = self.opening().await?;
        let calendar = &opening.calendar;
        let today = domain::calendar::london_date(&self.clock.now());
        // Taken before the lines are read: an event recorded meanwhile makes a new key, so a
        // count is never kept under a key older than what it counted.
        let key = filter.search.is_none().then(|| CountKey {
            filter: format!(
                "{:?}",
                QueueFilter {
                    offset: 0,
                    limit: 0,
                    ..filter.clone()
                }
            ),
            today,
            newest_event: self.newest_change(),
            opening: opening.revision,
        });
        let known = key.as_ref().and_then(|key| self.queue_counts.get(key));
        // The page and how many match in one statement: one snapshot, and one round trip to
        // the connection's thread where a transaction around two queries took four. The
        // count is a scalar subquery, worked out once; `COUNT(*) OVER ()` would instead keep
        // every matching line before the LIMIT. Counting 20,000 lines is half a millisecond
        // of SQLite on every queue page, so a count kept (`Counts`) is not counted again.
        let mut page = QueryBuilder::new("SELECT line, ");
        match known {
            Some(_) => {
                page.push("0");
            }
            None => {
                page.push("(SELECT COUNT(*) FROM complaint_queue");
                filter_by(&mut page, filter, today, calendar);
                page.push(")");
            }
        }
        page.push(" FROM complaint_queue");
        filter_by(&mut page, filter, today, calendar);
        let limit = match filter.limit {
            0 => i64::MAX,
            n => i64::try_from(n).unwrap_or(i64::MAX),
        };
        page.push(" ORDER BY sort_group, sort_risk, sort_due, sort_received, complaint_id LIMIT ")
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(i64::try_from(filter.offset).unwrap_or(i64::MAX));
        let lines: Vec<(String, i64)> = page.build_query_as().fetch_all(&self.pool).await?;
        let total = match (known, lines.first()) {
            (Some(total), _) => total,
            (None, Some((_, total))) => *total,
            // A page past the last has no line to bring the count.
            (None, None) => {
                let mut count = QueryBuilder::new("SELECT COUNT(*) FROM complaint_queue");
                filter_by(&mut count, filter, today, calendar);
                count.build_query_scalar().fetch_one(&self.pool).await?
            }
        };
        if let (Some(key), None) = (key, known) {
            self.queue_counts.keep(key, total);
        }
        let items = lines
            .iter()
            .map(|(line, _)| {
                serde_json::from_str::<Line>(line)
                    .map(|line| line.item(today, calendar))
                    .map_err(bad)
            })
            .collect::<Result<_, _>>()?;
        Ok(Queue {
            items,
            total: usize::try_from(total).unwrap_or_default(),
        })
    }

    /// Writes every complaint's line in the queue again from its events, with today's rules
    /// and calendar; how many there are. Safe while the server runs: nothing is recorded
    /// meanwhile.
    pub async fn rebuild_queue(&self) -> Result<usize, BackendError> {
        let mut tx = self.write_transaction().await?;
        let calendar = crate::calendar_in(&mut tx).await?;
        let written = rebuild(&mut tx, &calendar, &self.standard).await?;
        tx.commit().await?;
        self.queue_counts.forget();
        Ok(written)
    }

    /// Rebuilds the queue if any line is missing or behind its events, or was written by
    /// other rules or another calendar; whether it did.
    pub async fn bring_queue_up_to_date(&self) -> Result<bool, BackendError> {
        let calendar = self.calendar().await?;
        let stored: Option<String> =
            sqlx::query_scalar("SELECT rules FROM projections WHERE name = 'queue'")
                .fetch_optional(&self.pool)
                .await?;
        let behind: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM complaints c
             LEFT JOIN complaint_queue q ON q.complaint_id = c.id
             WHERE q.complaint_id IS NULL
                OR q.upto_event <> (SELECT MAX(e.id) FROM complaint_events e WHERE e.complaint_id = c.id)",
        )
        .fetch_one(&self.pool)
        .await?;
        if stored.as_deref() == Some(rules(&calendar, &self.standard).as_str()) && behind == 0 {
            return Ok(false);
        }
        let written = self.rebuild_queue().await?;
        tracing::info!(complaints = written, "rebuilt the work queue");
        Ok(true)
    }
}

/// Rewrites every line inside the caller's (write) transaction, with `calendar`.
pub(crate) async fn rebuild(
    tx: &mut SqliteConnection,
    calendar: &Calendar,
    standard: &ServiceStandard,
) -> Result<usize, BackendError> {
    let stored = crate::handling::stored_in(&mut *tx, None).await?;
    sqlx::query("DELETE FROM complaint_queue")
        .execute(&mut *tx)
        .await?;
    let mut written = 0;
    for complaint in &stored {
        let folded = complaint.fold(calendar, standard)?;
        store_line(
            &mut *tx,
            complaint.id,
            complaint.upto_event,
            &complaint.line(&folded),
            &folded,
        )
        .await?;
        written += 1;
    }
    sqlx::query(
        "INSERT INTO projections (name, rules) VALUES ('queue', ?)
         ON CONFLICT (name) DO UPDATE SET rules = excluded.rules",
    )
    .bind(rules(calendar, standard))
    .execute(&mut *tx)
    .await?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use chrono::Duration;
    use domain::complaint::Response;
    use domain::filing::Draft;
    use domain::preferences::Preferences;
    use domain::{Event, EventKind};

    /// The queue as the domain gives it: every complaint folded from its events, filtered,
    /// put in `queue_key` order and paged, with nothing stored.
    async fn folded_queue(backend: &Backend, filter: &QueueFilter) -> Queue {
        let calendar = backend.calendar().await.expect("calendar");
        let now = backend.now();
        let mut keyed = Vec::new();
        let mut conn = backend.pool.acquire().await.expect("a connection");
        let every = crate::handling::stored_in(&mut conn, None)
            .await
            .expect("reads");
        drop(conn);
        for stored in every {
            let complaint = stored.fold(&calendar, backend.standard()).expect("folds");
            let item = stored.line(&complaint).item(london_date(now), &calendar);
            let wanted = filter.kind.is_none_or(|k| k == item.kind)
                && filter.state.is_none_or(|s| s == item.state)
                && filter.stage.is_none_or(|s| item.state.stage() == Some(s))
                && filter.overdue.is_none_or(|o| o == item.overdue)
                && filter.due_within.is_none_or(|n| {
                    item.next.is_some_and(|d| d.kind.owed_by_landlord())
                        && item.working_days_left.is_some_and(|left| left <= n)
                });
            if wanted {
                keyed.push((handling::queue_key(stored.kind, &complaint), item));
            }
        }
        keyed.sort_by_key(|(key, _)| *key);
        let total = keyed.len();
        let limit = if filter.limit == 0 {
            total
        } else {
            filter.limit
        };
        Queue {
            items: keyed
                .into_iter()
                .skip(filter.offset)
                .take(limit)
                .map(|(_, item)| item)
                .collect(),
            total,
        }
    }

    fn london_date(now: DateTime<Utc>) -> NaiveDate {
        domain::calendar::london_date(&now)
    }

    fn response() -> Response {
        Response {
            about: "The lift".into(),
            outcome_sought: "Fix it".into(),
            decision: "Upheld".into(),
            reasons: "It took too long".into(),
            remedy: "£50".into(),
            outcome: Some(domain::outcomes::Outcome::Upheld),
            categories: vec!["repairs".into()],
        }
    }

    /// The events the `n`-th complaint goes through: from none to closed at Stage 2.
    fn history(n: usize) -> Vec<EventKind> {
        let acknowledged = EventKind::Stage1Acknowledged {
            handler: Some("Sam Patel".into()),
            handler_contact: Some("01282 686300".into()),
            about: Some("The lift".into()),
            outcome_sought: Some("Fix it".into()),
            handler_account: None,
        };
        let steps = vec![
            acknowledged,
            EventKind::Stage1Extended {
                working_days: 5,
                reason: "Waiting for a surveyor".into(),
                good_reason: None,
            },
            EventKind::Stage1Responded(response()),
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
            EventKind::Stage2Acknowledged {
                reviewer: Some("Jo Ellis".into()),
                reviewer_contact: Some("01282 686300".into()),
                reviewer_account: None,
            },
            EventKind::Stage2Responded(response()),
        ];
        match n % 9 {
            7 => vec![EventKind::Withdrawn { reason: None }],
            8 => vec![EventKind::ResolvedAtFirstContact],
            k => steps.into_iter().take(k).collect(),
        }
    }

    /// Complaints, concerns and compliments in every state, filed days apart, some of them
    /// past their deadlines by now.
    async fn landlord(backend: &Backend, clock: &crate::Clock) {
        let concern = Draft {
            purpose: "concern".into(),
            for_whom: "me".into(),
            concern_what: "The smoke alarm on the landing does not work.".into(),
            concern_where: "Landing, Flat 1".into(),
            danger_now: "no".into(),
            vulnerable: "yes".into(),
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        let compliment = Draft {
            purpose: "compliment".into(),
            for_whom: "me".into(),
            compliment_who: "Jo from the repairs team".into(),
            compliment_what: "Came back the same day to finish the job.".into(),
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        for n in 0..27 {
            let id = account(backend, &format!("r{n}@example.com"), None).await;
            let reference = match n % 6 {
                4 => crate::filing::tests::filed_draft(backend, id, &concern).await,
                5 => crate::filing::tests::filed_draft(backend, id, &compliment).await,
                _ => crate::filing::tests::filed_by(backend, id).await,
            };
            // Concerns assessed most urgent last, so that risk and age disagree.
            let kinds = match n % 6 {
                4 => vec![EventKind::RiskAssessed {
                    level: [
                        RiskLevel::Low,
                        RiskLevel::Medium,
                        RiskLevel::High,
                        RiskLevel::Emergency,
                    ][(n / 6) % 4],
                    reason: None,
                }],
                5 => Vec::new(),
                _ => history(n),
            };
            for kind in kinds {
                clock.advance(Duration::hours(30));
                let event = Event::new(backend.now().fixed_offset(), kind).by("Sam Patel");
                backend
                    .record_event(&reference.to_string(), &event, "Sam Patel")
                    .await
                    .expect("records");
            }
            clock.advance(Duration::hours(20));
        }
    }

    fn filters() -> Vec<QueueFilter> {
        let mut filters = vec![QueueFilter::default()];
        for state in [
            None,
            Some(State::AwaitingAcknowledgement),
            Some(State::Stage1Open),
            Some(State::Stage1Responded),
            Some(State::Stage2Open),
            Some(State::Closed),
        ] {
            for overdue in [None, Some(true), Some(false)] {
                for due_within in [None, Some(-3), Some(0), Some(2), Some(10), Some(60_000)] {
                    filters.push(QueueFilter {
                        state,
                        overdue,
                        due_within,
                        ..QueueFilter::default()
                    });
                }
            }
        }
        for kind in [Kind::Complaint, Kind::Concern, Kind::Compliment] {
            filters.push(QueueFilter {
                kind: Some(kind),
                ..QueueFilter::default()
            });
        }
        for stage in [Stage::One, Stage::Two] {
            filters.push(QueueFilter {
                stage: Some(stage),
                ..QueueFilter::default()
            });
        }
        for (offset, limit) in [(0, 5), (5, 5), (25, 5), (3, 0), (40, 10)] {
            filters.push(QueueFilter {
                offset,
                limit,
                ..QueueFilter::default()
            });
        }
        filters
    }

    async fn same_as_the_fold(backend: &Backend) {
        let calendar = backend.calendar().await.expect("calendar");
        // Every complaint's stored line is its fold's.
        let mut conn = backend.pool.acquire().await.expect("a connection");
        let stored = crate::handling::stored_in(&mut conn, None)
            .await
            .expect("reads");
        drop(conn);
        assert!(!stored.is_empty());
        for complaint in &stored {
            let (line, upto): (String, i64) = sqlx::query_as(
                "SELECT line, upto_event FROM complaint_queue WHERE complaint_id = ?",
            )
            .bind(complaint.id)
            .fetch_one(&backend.pool)
            .await
            .expect("a stored line");
            let line: Line = serde_json::from_str(&line).expect("a line");
            let folded = complaint
                .fold(&calendar, backend.standard())
                .expect("folds");
            assert_eq!(line, complaint.line(&folded));
            assert_eq!(upto, complaint.upto_event);
        }
        // And every filter and page of the queue is the fold's: counted, then again from the
        // counts kept.
        for round in ["counted", "kept"] {
            for filter in filters() {
                assert_eq!(
                    backend.queue(&filter).await.expect("reads"),
                    folded_queue(backend, &filter).await,
                    "{round}: {filter:?}"
                );
            }
        }
    }

    #[tokio::test]
    async fn the_stored_queue_is_the_domains_fold_for_every_complaint_filter_and_page() {
        let (_dir, backend) = fresh().await;
        let start = DateTime::parse_from_rfc3339("2026-11-05T09:00:00Z")
            .expect("instant")
            .to_utc();
        let clock = crate::Clock::fixed(start);
        let backend = backend.with_clock(clock.clone());
        landlord(&backend, &clock).await;
        let all = backend.queue(&QueueFilter::default()).await.expect("reads");
        assert_eq!(all.total, 27);
        let states: std::collections::BTreeSet<&str> =
            all.items.iter().map(|i| i.state.code()).collect();
        assert!(states.len() >= 5, "{states:?}");
        assert!(all.items.iter().any(|i| i.overdue), "some are late by now");
        same_as_the_fold(&backend).await;

        // Later on, more are late: only what depends on today is worked out as it is read.
        clock.advance(Duration::days(25));
        same_as_the_fold(&backend).await;

        // A closure day moves deadlines: the lines are written again with it.
        let today = london_date(backend.now());
        for n in 1..=3 {
            backend
                .add_closure_day(today + Duration::days(n), "Staff training")
                .await
                .expect("adds");
        }
        same_as_the_fold(&backend).await;

        // A complaint filed and one closed: the counts kept before are not used again.
        let id = account(&backend, "late@example.com", None).await;
        crate::filing::tests::filed_by(&backend, id).await;
        same_as_the_fold(&backend).await;
        let open = backend
            .queue(&QueueFilter {
                state: Some(State::AwaitingAcknowledgement),
                ..QueueFilter::default()
            })
            .await
            .expect("reads");
        let event = Event::new(
            backend.now().fixed_offset(),
            EventKind::Withdrawn { reason: None },
        )
        .by("Sam Patel");
        backend
            .record_event(&open.items[0].reference, &event, "Sam Patel")
            .await
            .expect("records");
        same_as_the_fold(&backend).await;
    }

    #[tokio::test]
    async fn a_queue_missing_lines_or_written_by_other_rules_is_rebuilt_at_start() {
        let (_dir, backend) = fresh().await;
        let clock = crate::Clock::fixed(
            DateTime::parse_from_rfc3339("2026-11-05T09:00:00Z")
                .expect("instant")
                .to_utc(),
        );
        let backend = backend.with_clock(clock.clone());
        landlord(&backend, &clock).await;
        assert!(
            !backend.bring_queue_up_to_date().await.expect("checks"),
            "up to date"
        );

        sqlx::query("DELETE FROM complaint_queue WHERE complaint_id IN (SELECT MIN(complaint_id) FROM complaint_queue)")
            .execute(&backend.pool)
            .await
            .expect("deletes");
        assert_eq!(
            backend
                .queue(&QueueFilter::default())
                .await
                .expect("reads")
                .total,
            26
        );
        backend.migrate().await.expect("starts again");
        assert_eq!(
            backend
                .queue(&QueueFilter::default())
                .await
                .expect("reads")
                .total,
            27
        );
        same_as_the_fold(&backend).await;

        sqlx::query("UPDATE complaint_queue SET state = 'closed', line = '{}'")
            .execute(&backend.pool)
            .await
            .expect("spoils");
        sqlx::query("UPDATE projections SET rules = 'older rules'")
            .execute(&backend.pool)
            .await
            .expect("ages");
        assert!(backend.bring_queue_up_to_date().await.expect("rebuilds"));
        same_as_the_fold(&backend).await;

        assert_eq!(backend.rebuild_queue().await.expect("rebuilds"), 27);
        same_as_the_fold(&backend).await;
    }

    #[tokio::test]
    async fn a_complaint_is_found_by_reference_name_address_or_rent_reference() {
        use domain::representation::RepresentationAnswers;
        use domain::search::QueueSearch;
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        // Priya Shah, linked to her home, files for herself.
        let priya = account(&backend, "priya@example.com", Some("10045678")).await;
        sqlx::query("UPDATE accounts SET name = 'Priya Shah' WHERE id = ?")
            .bind(priya)
            .execute(&backend.pool)
            .await
            .expect("named");
        let own = crate::filing::tests::filed_by(&backend, priya)
            .await
            .to_string();
        // An advocate files for Alex Morgan, naming Alex's rent reference.
        let advocate = account(&backend, "advocate@example.com", None).await;
        let for_alex = Draft {
            purpose: "complaint".into(),
            for_whom: "someone_else".into(),
            representative: RepresentationAnswers {
                relationship: "advocate".into(),
                resident_name: "Alex O'Morgan".into(),
                resident_address: "Flat 1, Centenary Court".into(),
                resident_reference: "10012345".into(),
                consent_method: "verbal".into(),
                consent_day: "20".into(),
                consent_month: "11".into(),
                consent_year: "2026".into(),
                consent_to: "Sam at the contact centre".into(),
                consent_scope: "this_complaint".into(),
                ..RepresentationAnswers::default()
            },
            what_happened: "The boiler has been broken for a week.".into(),
            incident_day: "16".into(),
            incident_month: "11".into(),
            incident_year: "2026".into(),
            outcome: "Fix it.".into(),
            attachments_done: true,
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        let represented = crate::filing::tests::filed_draft(&backend, advocate, &for_alex)
            .await
            .to_string();
        // Someone not yet linked, who asked for Jordan Ellis's home.
        let asking = account(&backend, "asking@example.com", None).await;
        sqlx::query(
            "INSERT INTO link_requests (account_id, rent_reference, postcode, created_at)
             VALUES (?, '10034567', 'BB12 6BB', 'now')",
        )
        .bind(asking)
        .execute(&backend.pool)
        .await
        .expect("asks");
        let unlinked = crate::filing::tests::filed_by(&backend, asking)
            .await
            .to_string();

        let found = |text: &str| {
            let (backend, text) = (backend.clone(), text.to_owned());
            async move {
                let filter = QueueFilter {
                    search: QueueSearch::parse(&text).expect("a search"),
                    ..QueueFilter::default()
                };
                let queue = backend.queue(&filter).await.expect("reads");
                assert_eq!(queue.total, queue.items.len(), "{text}");
                let mut found: Vec<String> = queue.items.into_iter().map(|i| i.reference).collect();
                found.sort();
                found
            }
        };
        let mut all = vec![own.clone(), represented.clone(), unlinked.clone()];
        all.sort();
        assert_eq!(found("").await, all, "an empty box finds everything");
        for text in [
            "priya",
            "PRIYA SHAH",
            "27 manchester",
            "10045678",
            "1004-5678",
            " 100 45678 ",
        ] {
            assert_eq!(found(text).await, vec![own.clone()], "{text}");
        }
        for text in ["o'morgan", "Centenary court", "10012345", "croft street"] {
            assert_eq!(found(text).await, vec![represented.clone()], "{text}");
        }
        assert_eq!(found("10034567").await, vec![unlinked.clone()]);
        assert_eq!(found(&own.to_lowercase()).await, vec![own.clone()]);
        assert_eq!(found(&own.replace('-', "")).await, vec![own.clone()]);
        // LIKE's wildcards are taken as themselves.
        for text in ["%", "_", "\\", "nobody at all"] {
            assert_eq!(found(text).await, Vec::<String>::new(), "{text}");
        }
        // The search joins the other filters.
        let concerns = backend
            .queue(&QueueFilter {
                search: QueueSearch::parse("priya").expect("a search"),
                kind: Some(Kind::Concern),
                ..QueueFilter::default()
            })
            .await
            .expect("reads");
        assert_eq!(concerns.total, 0);
    }

    #[tokio::test]
    async fn deadlines_are_counted_by_the_backends_standard_and_lines_rewritten_when_it_changes() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        let reference = crate::filing::tests::filed_by(&backend, id)
            .await
            .to_string();
        let due = |queue: Queue| queue.items[0].next.map(|d| d.by.to_string());
        // Received Monday 23 November 2026: 5 working days under Calico's 2024 policy.
        let calico = backend.queue(&QueueFilter::default()).await.expect("reads");
        assert_eq!(due(calico).as_deref(), Some("2026-11-30"));
        // The same database under Delphi's 2021 policy: 7 working days, once the lines are
        // written again, which happens because the standard is part of what they were written by.
        let delphi = backend.clone().with_standard(ServiceStandard::DELPHI_2021);
        assert!(delphi.bring_queue_up_to_date().await.expect("checks"));
        assert!(!delphi.bring_queue_up_to_date().await.expect("checks"));
        let queue = delphi.queue(&QueueFilter::default()).await.expect("reads");
        assert_eq!(due(queue).as_deref(), Some("2026-12-02"));
        let case = delphi
            .case(&reference)
            .await
            .expect("reads")
            .expect("found");
        assert_eq!(
            case.complaint
                .deadlines()
                .acknowledge_by
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-12-02")
        );
        same_as_the_fold(&delphi).await;
    }
}
