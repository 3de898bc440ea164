//! The complaints an account follows: those it filed, those filed for its home, and those of
//! residents it acts for; each with how much the account may see (`domain::following`).

use chrono::{DateTime, Utc};
use domain::calendar::london_date;
use domain::following::{best_sight, Connection, ConsentStatus, Sight};
use domain::handling::Kind;

use domain::complaint::{Event, EventKind};
use domain::progress::{actions, announcement, Request};
use domain::Complaint;

use crate::handling::{LetterRecord, QueueItem, RecordFailure, Recorded};
use crate::{Backend, BackendError};

/// A complaint an account is connected to, with how much it may see and whether it is its own.
struct Connected {
    reference: String,
    kind: Kind,
    received_at: DateTime<Utc>,
    sight: Sight,
    own: bool,
    /// Its stored queue line (`complaint_queue.line`), if it has one.
    line: Option<String>,
}

/// A complaint an account follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    pub reference: String,
    pub kind: Kind,
    pub received_at: DateTime<Utc>,
    pub sight: Sight,
    /// Whether it is the account's own (filed for itself, or for its home).
    pub own: bool,
    /// Where it stands and what is owed by when: only with [`Sight::Everything`].
    pub progress: Option<QueueItem>,
}

/// A complaint's page for someone who may see everything of it.
#[derive(Debug, Clone)]
pub struct FollowedCase {
    pub reference: String,
    pub kind: Kind,
    pub own: bool,
    pub complaint: Complaint,
    pub events: Vec<Event>,
    pub letters: Vec<LetterRecord>,
    pub submission: domain::filing::Submission,
    pub item: QueueItem,
    /// The working-day calendar's closure days, so a browser counts days as the server does.
    pub closure_days: Vec<chrono::NaiveDate>,
    /// The newest event id anywhere when this was read: live updates continue from it.
    pub seen: i64,
}

/// A change to a complaint the account follows, as its page announces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The event's id: a reconnecting page continues after it.
    pub id: i64,
    pub reference: String,
    pub announcement: String,
}

/// Why a resident's request was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum ActFailure {
    /// Not a complaint this account may act on (or none at all): the same answer for both.
    #[error("There is no complaint with that reference in your account.")]
    NotFound,
    #[error("{0}")]
    NotNow(String),
    #[error(transparent)]
    Record(#[from] RecordFailure),
    #[error(transparent)]
    Backend(#[from] BackendError),
}

/// One way an account is connected to a complaint, as read from the database.
type ConnectionRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn date(text: Option<&str>) -> Option<chrono::NaiveDate> {
    text.and_then(|t| t.parse().ok())
}

impl Backend {
    /// Every complaint `account` follows, newest first, each with what it may see of it.
    pub async fn followed(&self, account: i64) -> Result<Vec<Followed>, BackendError> {
        // One query: each complaint comes with its queue line (see `connected_in`).
        let connected = self.connected(account).await?;
        let calendar = self.calendar().await?;
        let today = london_date(&self.clock.now());
        let mut followed = Vec::new();
        for c in connected {
            let progress = match (c.sight, &c.line) {
                (Sight::Everything, Some(line)) => {
                    Some(crate::queue::stored_item(line, today, &calendar)?)
                }
                _ => None,
            };
            followed.push(Followed {
                reference: c.reference,
                kind: c.kind,
                received_at: c.received_at,
                sight: c.sight,
                own: c.own,
                progress,
            });
        }
        Ok(followed)
    }

    /// Every complaint `account` may see something of, newest first, with its queue line.
    async fn connected(&self, account: i64) -> Result<Vec<Connected>, BackendError> {
        self.connected_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::connected`], on a connection the caller holds.
    async fn connected_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Vec<Connected>, BackendError> {
        // An accepted invitation shows the resident's complaints three ways (filed by them
        // with no consent asked; under a consent for their home; about their home), each its
        // own branch so that each is found through an index. As one join with ORs it read
        // every complaint for each invitation: 21 ms an account page, at 20,000 complaints. A
        // complaint found more than once counts once (`domain::following::best_sight`).
        // Each comes with its queue line, joined once to the ways found: the account page
        // shows where each stands, and a second query for the lines was a second round trip
        // to the connection's thread.
        let rows: Vec<ConnectionRow> = sqlx::query_as(
            "SELECT u.reference, u.kind, u.received_at, u.how, u.status, u.until, q.line
             FROM (
             SELECT c.id AS id, c.reference AS reference, c.kind AS kind,
                    c.received_at AS received_at, 'own' AS how, NULL AS status, NULL AS until
             FROM complaints c
             WHERE c.filed_by = ?1 AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.complaint_id = c.id)
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'filed_for', k.status, k.expires_on
             FROM complaints c JOIN consents k ON k.complaint_id = c.id WHERE c.filed_by = ?1
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'for_their_home', NULL, NULL
             FROM complaints c JOIN consents k ON k.complaint_id = c.id
             JOIN accounts me ON me.id = ?1
             WHERE me.rent_reference IS NOT NULL AND k.resident_reference = me.rent_reference
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'for_their_home', NULL, NULL
             FROM complaints c JOIN accounts me ON me.id = ?1
             WHERE me.rent_reference IS NOT NULL AND c.resident_reference = me.rent_reference
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'invited', NULL, i.expires_on
             FROM invitations i JOIN complaints c ON c.filed_by = i.resident_account
             WHERE i.representative_account = ?1 AND i.status = 'accepted'
               AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.complaint_id = c.id)
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'invited', NULL, i.expires_on
             FROM invitations i
             JOIN accounts resident ON resident.id = i.resident_account
               AND resident.rent_reference = i.resident_reference
             JOIN consents k ON k.resident_reference = i.resident_reference
             JOIN complaints c ON c.id = k.complaint_id
             WHERE i.representative_account = ?1 AND i.status = 'accepted'
             UNION ALL
             SELECT c.id, c.reference, c.kind, c.received_at, 'invited', NULL, i.expires_on
             FROM invitations i
             JOIN accounts resident ON resident.id = i.resident_account
               AND resident.rent_reference = i.resident_reference
             JOIN complaints c ON c.resident_reference = i.resident_reference
             WHERE i.representative_account = ?1 AND i.status = 'accepted'
             ) u LEFT JOIN complaint_queue q ON q.complaint_id = u.id",
        )
        .bind(account)
        .fetch_all(&mut *conn)
        .await?;
        let today = london_date(&self.clock.now());
        // Each complaint once, in the order first found: reference, kind, received, queue line,
        // and every way the account is connected to it.
        type Found = (String, String, String, Option<String>, Vec<Connection>);
        let mut grouped: Vec<Found> = Vec::new();
        for (reference, kind, received_at, how, status, until, line) in rows {
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
                None => grouped.push((reference, kind, received_at, line, vec![connection])),
            }
        }
        let mut followed = Vec::new();
        for (reference, kind, received_at, line, connections) in grouped {
            let sight = best_sight(&connections, today);
            if sight == Sight::Nothing {
                continue;
            }
            followed.push(Connected {
                kind: Kind::from_code(&kind)
                    .ok_or_else(|| BackendError::BadRecord(kind.clone()))?,
                received_at: chrono::DateTime::parse_from_rfc3339(&received_at)
                    .map_err(|_| BackendError::BadRecord(received_at.clone()))?
                    .to_utc(),
                own: connections
                    .iter()
                    .any(|c| matches!(c, Connection::Own | Connection::ForTheirHome)),
                reference,
                sight,
                line,
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

impl Backend {
    /// The complaint `reference` as its page shows it, if `account` may see everything of it.
    /// Any other complaint, or none, is `None`: nobody learns another's by changing the address.
    /// What `account` may see of complaint `reference` when all it may see is that it sent it
    /// (a representative waiting for the resident's consent): `None` when it may see more, or
    /// nothing at all.
    pub async fn sent_only(
        &self,
        account: i64,
        reference: &str,
    ) -> Result<Option<Followed>, BackendError> {
        Ok(self
            .connected(account)
            .await?
            .into_iter()
            .find(|c| c.reference == reference && c.sight == Sight::OnlyThatItWasSent)
            .map(|c| Followed {
                reference: c.reference,
                kind: c.kind,
                received_at: c.received_at,
                sight: c.sight,
                own: c.own,
                progress: None,
            }))
    }

    pub async fn followed_one(
        &self,
        account: i64,
        reference: &str,
    ) -> Result<Option<FollowedCase>, BackendError> {
        let seen = self.following_from().await?;
        // One connection for the page's three reads.
        let mut conn = self.pool.acquire().await?;
        let Some(connected) = self
            .connected_in(&mut conn, account)
            .await?
            .into_iter()
            .find(|c| c.reference == reference && c.sight == Sight::Everything)
        else {
            return Ok(None);
        };
        // What the page shows and no more: the complaint with its events, and its letters.
        // (The case a colleague works reads four more things, and the events twice.)
        let Some(stored) = crate::handling::stored_in(&mut conn, Some(reference))
            .await?
            .pop()
        else {
            return Ok(None);
        };
        let calendar = self.calendar().await?;
        let complaint = stored.fold(&calendar, &self.standard)?;
        let item = stored.item(&complaint, self.clock.now(), &calendar);
        let letters = self
            .letters_where_in(&mut conn, crate::handling::Letters::OfComplaint(stored.id))
            .await?;
        drop(conn);
        Ok(Some(FollowedCase {
            reference: connected.reference,
            kind: connected.kind,
            own: connected.own,
            complaint,
            events: stored.events,
            letters,
            submission: stored.submission,
            item,
            closure_days: calendar.closure_days().collect(),
            seen,
        }))
    }

    /// Records what the resident (or someone acting for them with their consent) asks of
    /// complaint `reference`, now, in the name `name` (`recorded_by` says which account).
    /// What can be asked is decided again here, whatever the page offered.
    pub async fn act(
        &self,
        account: i64,
        reference: &str,
        request: Request,
        kind: EventKind,
        name: &str,
        recorded_by: &str,
    ) -> Result<Recorded, ActFailure> {
        let Some(followed) = self.followed_one(account, reference).await? else {
            return Err(ActFailure::NotFound);
        };
        let today = london_date(&self.clock.now());
        let can = actions(followed.kind, &followed.complaint, today);
        if !request.allowed(&can) {
            return Err(ActFailure::NotNow(domain::progress::not_now(
                request,
                &followed.complaint,
            )));
        }
        let event = Event::new(self.clock.now().fixed_offset(), kind).by(name);
        Ok(self.record_event(reference, &event, recorded_by).await?)
    }

    /// The references of the complaints `account` may see everything of.
    pub(crate) async fn fully_followed(&self, account: i64) -> Result<Vec<String>, BackendError> {
        Ok(self
            .connected(account)
            .await?
            .into_iter()
            .filter(|c| c.sight == Sight::Everything)
            .map(|c| c.reference)
            .collect())
    }

    /// The newest complaint event's id (0 when there are none).
    pub async fn last_event_id(&self) -> Result<i64, BackendError> {
        Ok(
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM complaint_events")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// Waits until an event after `after` is known to this process (recorded here, or found
    /// in the database by [`Backend::follow_database`]), or `wait` passes. `false` once the
    /// server is stopping: those following should let go. Nothing here reads the database:
    /// any number of pages can wait on it.
    pub async fn wait_for_change(&self, after: i64, wait: std::time::Duration) -> bool {
        let mut changes = self.changes.subscribe();
        let mut stopping = self.stopping.subscribe();
        if *stopping.borrow_and_update() {
            return false;
        }
        if *changes.borrow_and_update() > after {
            return true;
        }
        tokio::select! {
            _ = tokio::time::timeout(wait, changes.wait_for(|&id| id > after)) => true,
            _ = stopping.wait_for(|&stop| stop) => false,
        }
    }

    /// The newest complaint event this process knows of.
    pub fn newest_change(&self) -> i64 {
        *self.changes.borrow()
    }

    /// Where a page that is about to read complaints starts following from: every event up to
    /// it is committed, so the page shows it. The newest event this process knows of (recorded
    /// here, or seen by the shared look a second), without a query; the database's, before
    /// the first look. An event another process recorded since the last look is announced
    /// once more to a page that already shows it, never missed.
    pub async fn following_from(&self) -> Result<i64, BackendError> {
        match self.newest_change() {
            0 => self.last_event_id().await,
            known => Ok(known),
        }
    }

    /// Tells those following that event `id` is recorded. Events recorded at the same time
    /// may be told out of order: the newest known is kept.
    pub(crate) fn changed(&self, id: i64) {
        self.changes.send_if_modified(|newest| {
            let newer = id > *newest;
            if newer {
                *newest = id;
            }
            newer
        });
    }

    /// The one look at the database that every live stream of this process shares: the
    /// newest complaint event, every `every`, so that events recorded by another process (a
    /// second server, a command) wake the streams too. Runs until the server stops.
    pub async fn follow_database(&self, every: std::time::Duration) {
        let mut stopping = self.stopping.subscribe();
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = stopping.wait_for(|&stop| stop) => return,
            }
            // The newest event, and the revision of the closure days and the out-of-hours
            // number (see `crate::opening`), in one query.
            let newest: Result<(i64, Option<i64>), sqlx::Error> = sqlx::query_as(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM complaint_events),
                        (SELECT revision FROM opening WHERE id = 1)",
            )
            .fetch_one(&self.pool)
            .await;
            match newest {
                Ok((id, revision)) => {
                    self.changed(id);
                    if let Some(revision) = revision {
                        self.opening_seen(revision).await;
                    }
                }
                Err(error) => tracing::warn!(%error, "could not look for new complaint events"),
            }
        }
    }

    /// The accounts whose sessions this process ends from now on (see
    /// [`Backend::sessions_ended`]). A stream that falls behind is told it lagged: it should
    /// look at its session then.
    pub fn sessions_ending(&self) -> tokio::sync::broadcast::Receiver<i64> {
        self.sessions_ended.subscribe()
    }

    /// Tells live streams that `account`'s sessions (some or all) have ended.
    pub(crate) fn sessions_ended(&self, account: i64) {
        // Nobody listening is not an error.
        let _ = self.sessions_ended.send(account);
    }

    /// Ends every live stream: the server is stopping.
    pub fn stop_following(&self) {
        self.stopping.send_replace(true);
    }

    /// The changes after event `after` to complaints `account` may see everything of, oldest
    /// first, each with its announcement; and the id of the last event looked at (the next
    /// look starts after it).
    pub async fn changes_since(
        &self,
        account: i64,
        after: i64,
        language: domain::language::Language,
    ) -> Result<(Vec<Change>, i64), BackendError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT e.id, c.reference FROM complaint_events e
             JOIN complaints c ON c.id = e.complaint_id WHERE e.id > ? ORDER BY e.id LIMIT 500",
        )
        .bind(after)
        .fetch_all(&self.pool)
        .await?;
        let Some(upto) = rows.last().map(|(id, _)| *id) else {
            return Ok((Vec::new(), after));
        };
        let visible: Vec<Connected> = self
            .connected(account)
            .await?
            .into_iter()
            .filter(|c| c.sight == Sight::Everything)
            .collect();
        let calendar = self.calendar().await?;
        let mut changes = Vec::new();
        for (id, reference) in rows {
            let Some(connected) = visible.iter().find(|c| c.reference == reference) else {
                continue;
            };
            let Some(case) = self.case(&reference).await? else {
                continue;
            };
            let upto: Vec<Event> = case
                .events
                .iter()
                .take_while(|e| e.id <= id)
                .map(|e| e.event.clone())
                .collect();
            let (Some(event), Ok(after)) = (
                upto.last(),
                Complaint::fold(&upto, &calendar, &self.standard),
            ) else {
                continue;
            };
            // What is for colleagues only is not announced.
            let Some(announcement) = announcement(
                &reference,
                connected.kind,
                &event.kind,
                &after,
                connected.own,
                language,
            ) else {
                continue;
            };
            changes.push(Change {
                id,
                announcement,
                reference,
            });
        }
        Ok((changes, upto))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use chrono::Duration;
    use domain::complaint::Response;
    use domain::State;

    fn at(backend: &Backend) -> chrono::DateTime<chrono::FixedOffset> {
        backend.now().fixed_offset()
    }

    async fn staff(backend: &Backend, reference: &str, kind: EventKind) {
        let event = Event::new(at(backend), kind).by("Sam Patel");
        backend
            .record_event(reference, &event, "Sam Patel (sam@calicohomes.org.uk)")
            .await
            .expect("records");
    }

    async fn responded(backend: &Backend) -> (i64, String) {
        let (resident, reference) = crate::filing::tests::filed_complaint(backend).await;
        let reference = reference.to_string();
        staff(
            backend,
            &reference,
            EventKind::Stage1Acknowledged {
                handler: Some("Sam Patel".into()),
                handler_contact: Some("01282 686300".into()),
                about: Some("The lift".into()),
                outcome_sought: Some("Fix it".into()),
                handler_account: None,
            },
        )
        .await;
        staff(
            backend,
            &reference,
            EventKind::Stage1Responded(Response {
                about: "The lift".into(),
                outcome_sought: "Fix it".into(),
                decision: "Upheld".into(),
                reasons: "It was slow".into(),
                remedy: "£50".into(),
                outcome: Some(domain::outcomes::Outcome::Upheld),
                categories: vec!["repairs".into()],
            }),
        )
        .await;
        (resident, reference)
    }

    fn review() -> EventKind {
        EventKind::Stage2Requested {
            discretion: None,
            still_unhappy: Some("The lift broke again".into()),
            outcome_wanted: None,
        }
    }

    #[tokio::test]
    async fn a_resident_asks_for_a_review_in_the_window_and_only_late_with_a_reason_after_it() {
        let (_dir, backend) = fresh().await;
        let (resident, reference) = responded(&backend).await;
        let other = account(&backend, "other@example.com", None).await;
        let refused = backend
            .act(
                other,
                &reference,
                Request::Review,
                review(),
                "Other",
                "other",
            )
            .await;
        assert!(matches!(refused, Err(ActFailure::NotFound)), "not theirs");

        // Past the window: the usual request is refused, whatever a page sent.
        let late_clock = backend.clone();
        late_clock.clock.advance(Duration::days(60));
        let refused = late_clock
            .act(
                resident,
                &reference,
                Request::Review,
                review(),
                "Alex",
                "alex",
            )
            .await;
        match refused {
            Err(ActFailure::NotNow(why)) => assert!(why.contains("saying why it is late"), "{why}"),
            other => panic!("refused as too late, not {other:?}"),
        }
        let late = EventKind::Stage2AskedLate {
            reason: "I was in hospital".into(),
            still_unhappy: None,
            outcome_wanted: None,
        };
        late_clock
            .act(
                resident,
                &reference,
                Request::LateReview,
                late.clone(),
                "Alex",
                "alex",
            )
            .await
            .expect("a late request with a reason is recorded");
        let again = late_clock
            .act(
                resident,
                &reference,
                Request::LateReview,
                late,
                "Alex",
                "alex",
            )
            .await;
        assert!(matches!(again, Err(ActFailure::NotNow(_))), "asked once");
        let case = backend
            .followed_one(resident, &reference)
            .await
            .expect("reads")
            .expect("theirs");
        assert_eq!(case.complaint.state(), State::Stage1Responded);
        assert!(case.complaint.stage2_asked_late().is_some());
    }

    #[tokio::test]
    async fn a_page_follows_from_the_newest_event_known_here_without_reading_it_again() {
        let (dir, backend) = fresh().await;
        let (resident, reference) = responded(&backend).await;
        let newest = backend.last_event_id().await.expect("reads");
        assert!(newest > 0);
        // Recorded here: known at once, and the same as the database's.
        assert_eq!(backend.following_from().await.expect("reads"), newest);
        // Another process on the same database knows nothing before its first look: it reads.
        let url = format!("sqlite://{}/nested/calico.db", dir.path().display());
        let other = Backend::connect(&url).await.expect("connects");
        assert_eq!(other.newest_change(), 0);
        assert_eq!(other.following_from().await.expect("reads"), newest);
        // After a look, what it has seen, never more than is committed.
        other.changed(newest - 1);
        assert_eq!(other.following_from().await.expect("reads"), newest - 1);
        let followed = backend
            .followed_one(resident, &reference)
            .await
            .expect("reads")
            .expect("followed");
        assert_eq!(followed.seen, newest);
    }

    #[tokio::test]
    async fn a_request_in_time_starts_stage2_and_every_follower_is_told() {
        let (_dir, backend) = fresh().await;
        let (resident, reference) = responded(&backend).await;
        let before = backend.last_event_id().await.expect("reads");
        backend.clock.advance(Duration::hours(1));
        let recorded = backend
            .act(
                resident,
                &reference,
                Request::Review,
                review(),
                "Alex",
                "Alex (a@example.com)",
            )
            .await
            .expect("recorded");
        assert_eq!(recorded.state, State::Stage2AwaitingAcknowledgement);
        let (changes, upto) = backend
            .changes_since(resident, before, domain::language::Language::English)
            .await
            .expect("reads");
        assert_eq!(upto, recorded.event);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].id, recorded.event);
        assert!(
            changes[0].announcement.starts_with(&format!(
                "A review of your complaint {reference} was asked for"
            )),
            "{}",
            changes[0].announcement
        );
        let other = account(&backend, "other@example.com", None).await;
        let (none, upto) = backend
            .changes_since(other, 0, domain::language::Language::English)
            .await
            .expect("reads");
        assert!(none.is_empty(), "nothing of another's complaint");
        assert_eq!(upto, recorded.event, "but the next look starts after it");
        assert!(backend
            .followed_one(other, &reference)
            .await
            .expect("reads")
            .is_none());
        // A page waiting for a change wakes when one is recorded.
        let waiting = backend.clone();
        let last = recorded.event;
        let woke = tokio::spawn(async move {
            waiting
                .wait_for_change(last, std::time::Duration::from_secs(30))
                .await;
        });
        staff(
            &backend,
            &reference,
            EventKind::InformationAdded {
                text: Some("A colleague noted a call".into()),
            },
        )
        .await;
        tokio::time::timeout(std::time::Duration::from_secs(5), woke)
            .await
            .expect("woken before the wait ran out")
            .expect("runs");
    }

    #[tokio::test]
    async fn added_information_reaches_the_handler_chosen_by_account_not_a_namesake() {
        let (_dir, backend) = fresh().await;
        for address in ["sam.patel@calicohomes.org.uk", "sam.p@calicohomes.org.uk"] {
            let email = domain::values::Email::parse(address).expect("email");
            backend
                .add_staff(
                    &email,
                    "Sam Patel",
                    domain::handling::Role::Handler,
                    "http://calico.test",
                )
                .await
                .expect("adds");
        }
        let chosen = backend
            .colleagues()
            .await
            .expect("reads")
            .into_iter()
            .find(|c| c.email == "sam.p@calicohomes.org.uk")
            .expect("added")
            .id;
        let (resident, reference) = crate::filing::tests::filed_complaint(&backend).await;
        let reference = reference.to_string();
        staff(
            &backend,
            &reference,
            EventKind::Stage1Acknowledged {
                handler: None,
                handler_contact: Some("01282 686300".into()),
                about: Some("The lift".into()),
                outcome_sought: Some("Fix it".into()),
                handler_account: Some(chosen),
            },
        )
        .await;
        backend
            .act(
                resident,
                &reference,
                Request::AddInformation,
                EventKind::InformationAdded {
                    text: Some("It broke again on Sunday.".into()),
                },
                "Alex",
                "alex",
            )
            .await
            .expect("added");
        let told = |address: &'static str| {
            let backend = &backend;
            let reference = reference.clone();
            async move {
                backend
                    .mail_to(address)
                    .await
                    .expect("reads")
                    .iter()
                    .any(|m| m.subject == format!("New information on complaint {reference}"))
            }
        };
        assert!(
            told("sam.p@calicohomes.org.uk").await,
            "the chosen handler is told"
        );
        assert!(
            !told("sam.patel@calicohomes.org.uk").await,
            "not the namesake"
        );
    }

    #[tokio::test]
    async fn added_information_reaches_the_handler_and_a_withdrawal_closes_it() {
        let (_dir, backend) = fresh().await;
        let email = domain::values::Email::parse("sam.patel@calicohomes.org.uk").expect("email");
        backend
            .add_staff(
                &email,
                "Sam Patel",
                domain::handling::Role::Handler,
                "http://calico.test",
            )
            .await
            .expect("adds");
        let (resident, reference) = crate::filing::tests::filed_complaint(&backend).await;
        let reference = reference.to_string();
        staff(
            &backend,
            &reference,
            EventKind::Stage1Acknowledged {
                handler: Some("sam patel".into()),
                handler_contact: Some("01282 686300".into()),
                about: Some("The lift".into()),
                outcome_sought: Some("Fix it".into()),
                handler_account: None,
            },
        )
        .await;
        backend
            .act(
                resident,
                &reference,
                Request::AddInformation,
                EventKind::InformationAdded {
                    text: Some("It broke again on Sunday.".into()),
                },
                "Alex",
                "alex",
            )
            .await
            .expect("added");
        let mail = backend
            .mail_to("sam.patel@calicohomes.org.uk")
            .await
            .expect("reads");
        assert!(
            mail.iter()
                .any(|m| m.subject.contains(&reference)
                    && m.body.contains("It broke again on Sunday.")),
            "the handler is told: {mail:?}"
        );
        backend
            .act(
                resident,
                &reference,
                Request::Withdraw,
                EventKind::Withdrawn { reason: None },
                "Alex",
                "alex",
            )
            .await
            .expect("withdrawn");
        let refused = backend
            .act(
                resident,
                &reference,
                Request::Withdraw,
                EventKind::Withdrawn { reason: None },
                "Alex",
                "alex",
            )
            .await;
        match refused {
            Err(ActFailure::NotNow(why)) => assert!(why.contains("closed"), "{why}"),
            other => panic!("refused, not {other:?}"),
        }
    }
}
