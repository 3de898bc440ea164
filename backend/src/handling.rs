//! The landlord's side: colleagues and their roles, the integrations' API tokens, the work
//! queue, one complaint's whole record, and recording an event, with the letter it sends, in
//! one transaction. The console and the JSON API both come through here.

use chrono::{DateTime, Duration, Utc};
use domain::complaint::{Closure, Deadlines, Due, Stage};
use domain::handling::{self, Kind, RecordError, Role};
use domain::letters::Letter;
use domain::logged::Channel;
use domain::values::Email;
use domain::{Complaint, Event, EventKind, RiskLevel, ServiceStandard, State};

use crate::accounts::{new_token, token_hash};
use crate::clock::stamp;
use crate::consents::ConsentStatus;
use crate::outbox::Mail;
use crate::queue::Line;
use crate::{Backend, BackendError};

/// How long the link that sets a new colleague's password works.
pub const SET_PASSWORD_LINK_LIFETIME: Duration = Duration::days(3);

/// A colleague.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// What adding a colleague did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffAdded {
    /// The account was created; the single-use link sets its password.
    Added { link: String },
    /// The address already has an account.
    Exists,
}

/// An integration's API token, as listed (the token itself is shown once, when created).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// The integration a live token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub id: i64,
    pub name: String,
}

/// Which complaints a queue shows, and which page of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub stage: Option<Stage>,
    pub state: Option<State>,
    /// Only those past a deadline the landlord owes (or only those not).
    pub overdue: Option<bool>,
    /// Only those whose next deadline is within this many working days (overdue included).
    pub due_within: Option<i64>,
    /// Only those owing the resident an agreed update today or earlier (policy 2024 §9.5,
    /// §10.8).
    pub updates_due: bool,
    /// Only those with a remedy for the resident due today or earlier, not yet done (closed
    /// complaints included).
    pub remedies_due: bool,
    pub kind: Option<Kind>,
    /// Only those whose reference, resident's name, home address or rent reference holds
    /// this text, ignoring case.
    pub search: Option<domain::search::QueueSearch>,
    pub offset: usize,
    /// At most this many; 0 means all.
    pub limit: usize,
}

/// A complaint as a queue lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    pub reference: String,
    pub kind: Kind,
    pub state: State,
    pub closure: Option<Closure>,
    pub risk: Option<RiskLevel>,
    pub next: Option<Due>,
    /// Working days to the next deadline: 0 today, negative once passed.
    pub working_days_left: Option<i64>,
    pub overdue: bool,
    pub deadlines: Deadlines,
    pub received_at: DateTime<Utc>,
    /// A line saying what it is about, in the resident's words.
    pub summary: String,
    /// The day the resident asked for Stage 2 after the window, while that waits for the
    /// Complaints Officer.
    pub asked_late: Option<chrono::NaiveDate>,
    /// The next update agreed with the resident while a response is late.
    pub update: Option<domain::complaint::UpdateDue>,
    /// Whether that update is late.
    pub update_overdue: bool,
    /// The earliest day an open remedy for the resident is due by.
    pub remedy: Option<chrono::NaiveDate>,
    /// Whether that day is today or past, and whether it has passed.
    pub remedy_owed: bool,
    pub remedy_overdue: bool,
    /// What the resident asked for themselves when it was made: formats, language and
    /// adjustments, in one line.
    pub asked: Option<String>,
    /// The needs colleagues recognised and the adjustments made, still open: "Need:
    /// adjustment", in the order recorded.
    pub support: Vec<String>,
    /// The earliest day one of them is to be reviewed by.
    pub support_review: Option<chrono::NaiveDate>,
    /// Whether that day is today or past, and whether it has passed.
    pub support_review_owed: bool,
    pub support_review_overdue: bool,
}

/// One page of a queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    pub items: Vec<QueueItem>,
    /// How many match the filter, on every page.
    pub total: usize,
}

/// An event as recorded: what happened, and when and by whom it was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedEvent {
    pub id: i64,
    pub event: Event,
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: Option<String>,
    pub letter: Option<i64>,
}

/// A letter sent to the resident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRecord {
    pub id: i64,
    pub reference: String,
    pub event: i64,
    pub letter: Letter,
    pub delivery: domain::letters::Delivery,
    pub created_at: DateTime<Utc>,
    /// Who it is addressed to ("Dear …").
    pub addressee: Option<String>,
}

/// Whether the account that filed a complaint has proved the home it gave (`domain::linking`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilerHome {
    Confirmed {
        reference: String,
        address: String,
    },
    /// Asked for, not yet proved: colleagues see "identity not yet confirmed".
    Unconfirmed {
        reference: String,
    },
    /// Someone acting for residents, or an account with no home.
    None,
}

/// Everything about one complaint, for the people handling it.
#[derive(Debug, Clone)]
pub struct Case {
    pub item: QueueItem,
    pub complaint: Complaint,
    pub submission: domain::filing::Submission,
    /// The account that filed it, or that it was logged for; `None` for a resident logged
    /// without an account ([`Case::logged_for`]).
    pub filed_by_email: Option<String>,
    /// How the landlord received it.
    pub channel: Channel,
    /// A resident logged without an account: their name and email address, if they gave one.
    pub logged_for: Option<(String, Option<String>)>,
    /// The home of the resident who filed it: proven, or only given so far.
    pub filer_home: FilerHome,
    pub events: Vec<RecordedEvent>,
    pub letters: Vec<LetterRecord>,
    /// The representative's consent, when someone filed it for the resident.
    pub consent: Option<ConsentStatus>,
    /// The event types that may be recorded next (wire names).
    pub next_events: Vec<domain::complaint::EventType>,
    pub attachments: Vec<crate::attachments::AttachmentInfo>,
}

/// Why an event was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum RecordFailure {
    #[error("There is no complaint with the reference {0}.")]
    NotFound(String),
    /// An acknowledgement named a handler or reviewer account that is no colleague's.
    #[error(
        "Account {0} is not a colleague's: choose the handler or reviewer from the colleagues."
    )]
    NotAColleague(i64),
    #[error("{0}")]
    Refused(#[from] RecordError),
    #[error("There is no representative's consent waiting to be verified on this complaint.")]
    NoConsentWaiting,
    /// A response's categories are not all offered now (or there are none).
    #[error("{}", .0.message)]
    Categories(domain::forms::FieldError),
    #[error(transparent)]
    Backend(#[from] BackendError),
}

impl From<sqlx::Error> for RecordFailure {
    fn from(error: sqlx::Error) -> Self {
        Self::Backend(error.into())
    }
}

/// A response's categories checked against those offered now, each once: the event with
/// them if they differ from those given, or why they cannot be used.
async fn filed_under(
    conn: &mut sqlx::SqliteConnection,
    event: &Event,
) -> Result<Option<Event>, RecordFailure> {
    let (EventKind::Stage1Responded(response) | EventKind::Stage2Responded(response)) = &event.kind
    else {
        return Ok(None);
    };
    let offered = crate::categories::categories_in(conn).await?;
    let codes = domain::outcomes::chosen_categories(&response.categories, &offered)
        .map_err(RecordFailure::Categories)?;
    if codes == response.categories {
        return Ok(None);
    }
    let mut event = event.clone();
    if let EventKind::Stage1Responded(r) | EventKind::Stage2Responded(r) = &mut event.kind {
        r.categories = codes;
    }
    Ok(Some(event))
}

/// What recording an event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub event: i64,
    pub state: State,
    pub letter: Option<i64>,
}

fn bad(what: impl std::fmt::Display) -> BackendError {
    BackendError::BadRecord(what.to_string())
}

pub(crate) fn instant(text: &str) -> Result<DateTime<Utc>, BackendError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|_| bad(text))
}

pub(crate) fn summary(submission: &domain::filing::Submission) -> String {
    use domain::filing::Filing;
    let text = match &submission.filing {
        Filing::Complaint(c) => c.what_happened.as_str(),
        Filing::Concern(c) => c.what.as_str(),
        Filing::Compliment(c) => c.who.as_str(),
    };
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(120) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

/// A stored complaint with its events, as read for the queue and the case page.
pub(crate) struct Stored {
    pub(crate) id: i64,
    reference: String,
    pub(crate) kind: Kind,
    pub(crate) submission: domain::filing::Submission,
    received_at: DateTime<Utc>,
    pub(crate) events: Vec<Event>,
    /// The newest event's id (0 when there are none).
    pub(crate) upto_event: i64,
}

impl Stored {
    pub(crate) fn fold(
        &self,
        calendar: &domain::Calendar,
        standard: &ServiceStandard,
    ) -> Result<Complaint, BackendError> {
        Complaint::fold(&self.events, calendar, standard).map_err(bad)
    }

    /// Its line in the queue, from its fold.
    pub(crate) fn line(&self, complaint: &Complaint) -> Line {
        Line::of(
            &self.reference,
            self.kind,
            self.received_at,
            &self.submission,
            complaint,
        )
    }

    pub(crate) fn item(
        &self,
        complaint: &Complaint,
        now: DateTime<Utc>,
        calendar: &domain::Calendar,
    ) -> QueueItem {
        self.line(complaint)
            .item(domain::calendar::london_date(&now), calendar)
    }
}

/// A complaint as stored: id, reference, kind, details and when it was received.
type ComplaintRow = (i64, String, String, String, String);

/// A complaint as stored with one of its events (id and event), if it has any.
type ComplaintEventRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<i64>,
    Option<String>,
);

/// Every complaint (or only `reference`) with its events, oldest first, read on `conn`.
pub(crate) async fn stored_in(
    conn: &mut sqlx::SqliteConnection,
    reference: Option<&str>,
) -> Result<Vec<Stored>, BackendError> {
    // One complaint is found by its reference's index; "reference IS NULL OR …" would read
    // every complaint and every event to find it. It is read with its events in one query
    // (its row repeated on each): each query is a round trip to the connection's thread.
    let (rows, events): (Vec<ComplaintRow>, Vec<(i64, i64, String)>) = match reference {
        Some(reference) => {
            let joined: Vec<ComplaintEventRow> = sqlx::query_as(
                "SELECT c.id, c.reference, c.kind, c.details, c.received_at, e.id, e.event
                     FROM complaints c LEFT JOIN complaint_events e ON e.complaint_id = c.id
                     WHERE c.reference = ? ORDER BY e.id",
            )
            .bind(reference)
            .fetch_all(&mut *conn)
            .await?;
            let mut rows: Vec<ComplaintRow> = Vec::new();
            let mut events = Vec::new();
            for (id, reference, kind, details, received_at, event_id, event) in joined {
                if rows.is_empty() {
                    rows.push((id, reference, kind, details, received_at));
                }
                if let (Some(event_id), Some(event)) = (event_id, event) {
                    events.push((id, event_id, event));
                }
            }
            (rows, events)
        }
        None => (
            sqlx::query_as(
                "SELECT id, reference, kind, details, received_at FROM complaints ORDER BY id",
            )
            .fetch_all(&mut *conn)
            .await?,
            sqlx::query_as(
                "SELECT complaint_id, id, event FROM complaint_events ORDER BY complaint_id, id",
            )
            .fetch_all(&mut *conn)
            .await?,
        ),
    };
    let mut events = events.into_iter().peekable();
    rows.into_iter()
        .map(|(id, reference, kind, details, received_at)| {
            let mut history = Vec::new();
            let mut upto_event = 0;
            while let Some((_, event_id, event)) = events.next_if(|(c, _, _)| *c == id) {
                history.push(serde_json::from_str(&event).map_err(bad)?);
                upto_event = event_id;
            }
            Ok(Stored {
                id,
                reference,
                kind: Kind::from_code(&kind).ok_or_else(|| bad(&kind))?,
                submission: serde_json::from_str(&details).map_err(bad)?,
                received_at: instant(&received_at)?,
                events: history,
                upto_event,
            })
        })
        .collect()
}

impl Backend {
    /// Adds a colleague with a role. Their password is set through the returned single-use
    /// link (it works for [`SET_PASSWORD_LINK_LIFETIME`]); until then they cannot sign in.
    pub async fn add_staff(
        &self,
        email: &Email,
        name: &str,
        role: Role,
        base_url: &str,
    ) -> Result<StaffAdded, BackendError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(bad("a colleague needs a name"));
        }
        let mut tx = self.write_transaction().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(email.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Ok(StaffAdded::Exists);
        }
        // A password hash nothing verifies against: the link sets the real one.
        let account: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (email, password_hash, name, role, created_at)
             VALUES (?, '!', ?, ?, ?) RETURNING id",
        )
        .bind(email.as_str())
        .bind(name)
        .bind(role.code())
        .bind(stamp(self.clock.now()))
        .fetch_one(&mut *tx)
        .await?;
        let token = self
            .new_email_token(
                &mut tx,
                account,
                crate::accounts::TokenPurpose::Reset,
                SET_PASSWORD_LINK_LIFETIME,
                None,
            )
            .await?;
        tx.commit().await?;
        tracing::info!(account, role = role.code(), "staff added");
        Ok(StaffAdded::Added {
            link: format!("{base_url}/reset-password/new?token={token}"),
        })
    }

    /// The colleague an account belongs to; `None` for residents and representatives.
    pub async fn staff(&self, account: i64) -> Result<Option<Staff>, BackendError> {
        let row: Option<(i64, String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT id, email, name, role FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(id, email, name, role)| {
            let role = Role::from_code(role.as_deref()?)?;
            Some(Staff {
                id,
                name: name.unwrap_or_else(|| email.clone()),
                email,
                role,
            })
        }))
    }

    /// A new API token for an integration: returned once, only its hash is kept.
    pub async fn create_api_token(
        &self,
        name: &str,
        created_by: &str,
    ) -> Result<(i64, String), BackendError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(bad("an API token needs the name of its integration"));
        }
        let (token, hash) = new_token();
        let token = format!("calico_{token}");
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(name)
        .bind(token_hash(&token))
        .bind(created_by)
        .bind(stamp(self.clock.now()))
        .fetch_one(&self.pool)
        .await?;
        drop(hash);
        tracing::info!(id, name, created_by, "API token created");
        Ok((id, token))
    }

    /// Revokes a token at once. `false` when there is no such live token.
    pub async fn revoke_api_token(&self, id: i64) -> Result<bool, BackendError> {
        let done =
            sqlx::query("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .bind(stamp(self.clock.now()))
                .bind(id)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every token, newest first.
    pub async fn api_tokens(&self) -> Result<Vec<ApiToken>, BackendError> {
        Ok(sqlx::query_as(
            "SELECT id, name, created_by, created_at, revoked_at FROM api_tokens ORDER BY id DESC",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The integration a bearer token belongs to, if the token is live.
    pub async fn api_client(&self, token: &str) -> Result<Option<ApiClient>, BackendError> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, name FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
        )
        .bind(token_hash(token))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, name)| ApiClient { id, name }))
    }

    pub(crate) async fn stored(
        &self,
        reference: Option<&str>,
    ) -> Result<Vec<Stored>, BackendError> {
        let mut conn = self.pool.acquire().await?;
        stored_in(&mut conn, reference).await
    }

    /// Everything about the complaint `reference`, for the people handling it.
    pub async fn case(&self, reference: &str) -> Result<Option<Case>, BackendError> {
        let Some(stored) = self.stored(Some(reference)).await?.pop() else {
            return Ok(None);
        };
        let calendar = self.calendar().await?;
        let complaint = stored.fold(&calendar, &self.standard)?;
        let item = stored.item(&complaint, self.clock.now(), &calendar);
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT e.id, e.event, e.recorded_at, e.recorded_by, l.id FROM complaint_events e
             LEFT JOIN letters l ON l.event_id = e.id
             WHERE e.complaint_id = ? ORDER BY e.id",
        )
        .bind(stored.id)
        .fetch_all(&self.pool)
        .await?;
        let events = rows
            .into_iter()
            .map(|(id, event, recorded_at, recorded_by, letter)| {
                Ok(RecordedEvent {
                    id,
                    event: serde_json::from_str(&event).map_err(bad)?,
                    recorded_at: instant(&recorded_at)?,
                    recorded_by,
                    letter,
                })
            })
            .collect::<Result<_, BackendError>>()?;
        #[allow(clippy::type_complexity)]
        let (filed_by_email, channel, resident_name, resident_email, consent, linked, address, asked): (
            Option<String>,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ) = sqlx::query_as(
            "SELECT a.email, c.channel, c.resident_name, c.resident_email, k.status,
                    COALESCE(a.rent_reference, c.resident_reference), t.address,
                    (SELECT r.rent_reference FROM link_requests r
                     WHERE r.account_id = a.id AND r.settled_at IS NULL ORDER BY r.id DESC LIMIT 1)
             FROM complaints c LEFT JOIN accounts a ON a.id = c.filed_by
             LEFT JOIN tenancies t ON t.rent_reference = COALESCE(a.rent_reference, c.resident_reference)
             LEFT JOIN consents k ON k.complaint_id = c.id WHERE c.id = ?",
        )
        .bind(stored.id)
        .fetch_one(&self.pool)
        .await?;
        let channel = Channel::from_code(&channel).ok_or_else(|| bad(&channel))?;
        let logged_for = resident_name.map(|name| (name, resident_email));
        let filer_home = match (linked, address, asked) {
            (Some(reference), Some(address), _) => FilerHome::Confirmed { reference, address },
            (None, _, Some(reference)) => FilerHome::Unconfirmed { reference },
            _ => FilerHome::None,
        };
        let letters = self.letters_where(Letters::OfComplaint(stored.id)).await?;
        let consent = consent
            .map(|status| ConsentStatus::from_code(&status).ok_or_else(|| bad(&status)))
            .transpose()?;
        let today = domain::calendar::london_date(&self.clock.now());
        let mut next_events = handling::next_events(&complaint, stored.kind, today);
        if consent == Some(ConsentStatus::Unverified) {
            next_events.insert(0, domain::complaint::EventType::ConsentVerified);
            next_events.insert(1, domain::complaint::EventType::ConsentRefused);
        }
        Ok(Some(Case {
            next_events,
            attachments: self.complaint_attachments(stored.id).await?,
            item,
            complaint,
            submission: stored.submission,
            filed_by_email,
            channel,
            logged_for,
            filer_home,
            events,
            letters,
            consent,
        }))
    }

    /// Letters, oldest first: one by id, a complaint's, or those an account may read.
    pub(crate) async fn letters_where(
        &self,
        which: Letters,
    ) -> Result<Vec<LetterRecord>, BackendError> {
        self.letters_where_in(&mut *self.pool.acquire().await?, which)
            .await
    }

    /// [`Self::letters_where`], on a connection the caller holds.
    pub(crate) async fn letters_where_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        which: Letters,
    ) -> Result<Vec<LetterRecord>, BackendError> {
        let mut query = sqlx::QueryBuilder::new(
            "SELECT l.id, c.reference, l.event_id, l.letter, l.delivery, l.created_at, c.details,
                    COALESCE(a.name, c.resident_name)
             FROM letters l JOIN complaints c ON c.id = l.complaint_id
             LEFT JOIN accounts a ON a.id = c.filed_by WHERE ",
        );
        let references = match which {
            Letters::One(id) => {
                query.push("l.id = ").push_bind(id);
                None
            }
            Letters::OfComplaint(id) => {
                query.push("l.complaint_id = ").push_bind(id);
                None
            }
            Letters::ForAccount(references) => Some(references),
            Letters::OneForAccount { letter, references } => {
                query.push("l.id = ").push_bind(letter).push(" AND ");
                Some(references)
            }
        };
        if let Some(references) = references {
            if references.is_empty() {
                return Ok(Vec::new());
            }
            query.push("c.reference IN (");
            let mut list = query.separated(", ");
            for reference in references {
                list.push_bind(reference);
            }
            query.push(")");
        }
        query.push(" ORDER BY l.id");
        let rows: Vec<LetterRow> = query.build_query_as().fetch_all(&mut *conn).await?;
        rows.into_iter()
            .map(
                |(id, reference, event, letter, delivery, created_at, details, filer_name)| {
                    let submission: domain::filing::Submission =
                        serde_json::from_str(&details).map_err(bad)?;
                    Ok(LetterRecord {
                        id,
                        reference,
                        event,
                        letter: serde_json::from_str(&letter).map_err(bad)?,
                        delivery: domain::letters::Delivery::from_code(&delivery)
                            .ok_or_else(|| bad(&delivery))?,
                        created_at: instant(&created_at)?,
                        addressee: addressee(&submission, filer_name),
                    })
                },
            )
            .collect()
    }

    /// One letter, for the people handling complaints.
    pub async fn letter(&self, id: i64) -> Result<Option<LetterRecord>, BackendError> {
        Ok(self.letters_where(Letters::One(id)).await?.pop())
    }

    /// The letters sent about the complaints an account may see everything of
    /// (`domain::following`): its own, those filed for its home, and those of residents it
    /// acts for while their consent or invitation lasts. Newest first.
    pub async fn letters_for_account(
        &self,
        account: i64,
    ) -> Result<Vec<LetterRecord>, BackendError> {
        let references = self.fully_followed(account).await?;
        let mut letters = self.letters_where(Letters::ForAccount(references)).await?;
        letters.reverse();
        Ok(letters)
    }

    /// One letter, if the account may read it (as [`Self::letters_for_account`] decides).
    pub async fn letter_for_account(
        &self,
        letter: i64,
        account: i64,
    ) -> Result<Option<LetterRecord>, BackendError> {
        let references = self.fully_followed(account).await?;
        Ok(self
            .letters_where(Letters::OneForAccount { letter, references })
            .await?
            .pop())
    }

    /// Records an event on the complaint `reference`, as `recorded_by` (a colleague, or an
    /// integration): the domain's rules first, then, in one transaction, the event, what it
    /// changes about a representative's consent, the letter it sends the resident, and that
    /// letter's email when the resident wants email (and, for a representative, only once
    /// the resident's consent is verified; otherwise it goes by post).
    pub async fn record_event(
        &self,
        reference: &str,
        event: &Event,
        recorded_by: &str,
    ) -> Result<Recorded, RecordFailure> {
        let now = self.clock.now();
        let mut tx = self.write_transaction().await?;
        // The calendar as this transaction sees it: the deadlines and the queue's line are
        // written with the closure days of the moment they are written.
        let calendar = crate::calendar_in(&mut tx).await?;
        #[allow(clippy::type_complexity)]
        let row: Option<(
            i64,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            bool,
        )> = sqlx::query_as(
            "SELECT c.id, c.kind, c.details, c.received_at, COALESCE(a.email, c.resident_email),
                    COALESCE(a.name, c.resident_name), c.filed_by IS NOT NULL
             FROM complaints c LEFT JOIN accounts a ON a.id = c.filed_by WHERE c.reference = ?",
        )
        .bind(reference)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id, kind, details, received_at, filer_email, filer_name, has_account)) = row
        else {
            return Err(RecordFailure::NotFound(reference.to_owned()));
        };
        let kind = Kind::from_code(&kind).ok_or_else(|| bad(&kind))?;
        let submission: domain::filing::Submission = serde_json::from_str(&details).map_err(bad)?;
        let history: Vec<String> = sqlx::query_scalar(
            "SELECT event FROM complaint_events WHERE complaint_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        let history = history
            .iter()
            .map(|e| serde_json::from_str(e).map_err(bad))
            .collect::<Result<Vec<Event>, _>>()?;
        let named = named_colleague(&mut tx, event).await?;
        let event = named.as_ref().unwrap_or(event);
        let before = Complaint::fold(&history, &calendar, &self.standard).map_err(bad)?;
        let after = handling::record(&before, kind, event, &now, &calendar, &self.standard)?;
        // Only once the Code's rules allow it: its categories, against those offered now.
        let filed = filed_under(&mut tx, event).await?;
        let event = filed.as_ref().unwrap_or(event);
        let decision = match &event.kind {
            EventKind::ConsentVerified { .. } => Some(ConsentStatus::Verified),
            EventKind::ConsentRefused { .. } => Some(ConsentStatus::Refused),
            _ => None,
        };
        if let Some(status) = decision {
            let changed = sqlx::query(
                "UPDATE consents SET status = ?, decided_at = ?, decided_by = ?
                 WHERE complaint_id = ? AND status = 'unverified'",
            )
            .bind(status.code())
            .bind(stamp(now))
            .bind(event.by.as_deref().unwrap_or(recorded_by))
            .bind(id)
            .execute(&mut *tx)
            .await?;
            if changed.rows_affected() == 0 {
                return Err(RecordFailure::NoConsentWaiting);
            }
        }
        let event_id: i64 = sqlx::query_scalar(
            "INSERT INTO complaint_events (complaint_id, event, occurred_at, recorded_at, recorded_by)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(id)
        .bind(serde_json::to_string(event).map_err(bad)?)
        .bind(stamp(event.at.to_utc()))
        .bind(stamp(now))
        .bind(recorded_by)
        .fetch_one(&mut *tx)
        .await?;
        let line = Line::of(reference, kind, instant(&received_at)?, &submission, &after);
        crate::queue::store_line(&mut tx, id, event_id, &line, &after).await?;
        let mut letter_id = None;
        let written_in = domain::letters::written_in(submission.support.language.as_str());
        if let Some(letter) = domain::letters::letter(reference, event, &after, written_in) {
            let consent: Option<String> =
                sqlx::query_scalar("SELECT status FROM consents WHERE complaint_id = ?")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let recipient = Recipient {
                support: submission.support.clone(),
                // Not to a representative before the resident's consent is verified.
                may_email: consent
                    .as_deref()
                    .is_none_or(|s| ConsentStatus::from_code(s) == Some(ConsentStatus::Verified)),
                email: filer_email,
                name: addressee(&submission, filer_name),
                has_account,
            };
            letter_id = Some(
                self.send_letter(&mut tx, id, event_id, &letter, recipient, now)
                    .await?,
            );
        }
        if let EventKind::InformationAdded { text: Some(text) } = &event.kind {
            self.tell_handler(&mut tx, reference, &after, text).await?;
        }
        tx.commit().await?;
        self.changed(event_id);
        tracing::info!(
            reference,
            event = event.kind.name(),
            recorded_by,
            "event recorded"
        );
        Ok(Recorded {
            event: event_id,
            state: after.state(),
            letter: letter_id,
        })
    }
}

/// Whom a letter goes to, and how.
pub(crate) struct Recipient {
    /// Their chosen way of contact, and the formats and language they asked for.
    pub support: domain::preferences::Preferences,
    /// Whether email may be used at all (a representative's, not before consent).
    pub may_email: bool,
    /// The address to email, if there is one (a resident logged without one has none).
    pub email: Option<String>,
    /// The name the letter greets.
    pub name: Option<String>,
    /// Whether they have a Calico Account to read it in.
    pub has_account: bool,
}

impl Backend {
    /// Keeps `letter` with the complaint's event and sends it the recipient's way, in `tx`:
    /// by email, or as post (and a call first, for a phone preference) on the task list, and
    /// in Braille, audio or their language too when they asked, saying so and by when.
    /// Returns the letter's id.
    pub(crate) async fn send_letter(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        complaint: i64,
        event: i64,
        letter: &Letter,
        to: Recipient,
        now: DateTime<Utc>,
    ) -> Result<i64, BackendError> {
        let (by_email, tasks) =
            domain::letters::sending(&to.support, to.may_email && to.email.is_some());
        // The letter says what else is coming, and by when, in every copy of it.
        let coming = domain::letters::coming(
            &tasks,
            to.support.language.as_str(),
            domain::calendar::london_date(&now),
            &self.standard,
            letter.language,
        );
        let letter = &Letter {
            paragraphs: letter.paragraphs.iter().cloned().chain(coming).collect(),
            ..letter.clone()
        };
        let delivery = if by_email {
            domain::letters::Delivery::Email
        } else {
            domain::letters::Delivery::Post
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO letters (complaint_id, event_id, letter, delivery, created_at)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(complaint)
        .bind(event)
        .bind(serde_json::to_string(letter).map_err(bad)?)
        .bind(delivery.code())
        .bind(stamp(now))
        .fetch_one(&mut **tx)
        .await?;
        for task in tasks {
            sqlx::query("INSERT INTO contact_tasks (letter_id, task, created_at) VALUES (?, ?, ?)")
                .bind(id)
                .bind(task.code())
                .bind(stamp(now))
                .execute(&mut **tx)
                .await?;
        }
        if let (true, Some(address)) = (by_email, to.email) {
            let large = to
                .support
                .formats
                .contains(&domain::preferences::AltFormat::LargePrint);
            let account = domain::letters::in_the_account(letter.language, to.has_account, large);
            self.enqueue(
                tx,
                Mail {
                    to: address,
                    subject: letter.subject.clone(),
                    body: format!(
                        "{}\n\n{account}\n\n{}",
                        letter.text(to.name.as_deref()),
                        domain::mail::signature(letter.language)
                    ),
                },
            )
            .await?;
        }
        Ok(id)
    }
}

impl Backend {
    /// Emails what a resident added to the colleague handling the complaint now (by their
    /// account; in a history without accounts, by the name given to the resident), or, when
    /// there is no such colleague, to every Complaints Officer.
    async fn tell_handler(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        reference: &str,
        complaint: &Complaint,
        text: &str,
    ) -> Result<(), BackendError> {
        let handler = complaint
            .stage2_reviewer()
            .or(complaint.stage1_handler())
            .unwrap_or_default();
        // By account when the handler was chosen by one; by name for older histories.
        let mut to: Vec<String> = match complaint.handling_account() {
            Some(account) => {
                sqlx::query_scalar("SELECT email FROM accounts WHERE role IS NOT NULL AND id = ?")
                    .bind(account)
                    .fetch_all(&mut **tx)
                    .await?
            }
            None => {
                sqlx::query_scalar(
                    "SELECT email FROM accounts WHERE role IS NOT NULL AND name IS NOT NULL
                     AND lower(trim(name)) = lower(trim(?))",
                )
                .bind(handler)
                .fetch_all(&mut **tx)
                .await?
            }
        };
        if to.is_empty() {
            to = sqlx::query_scalar("SELECT email FROM accounts WHERE role = 'complaints_officer'")
                .fetch_all(&mut **tx)
                .await?;
        }
        for address in to {
            self.enqueue(
                tx,
                Mail {
                    to: address,
                    subject: format!("New information on complaint {reference}"),
                    body: format!(
                        "The resident added information to complaint {reference}:\n\n{text}\n\nIt is on the complaint's record in the complaints console. Related points raised before the Stage 1 response join it (policy 2024 section 9.7).\n\n{}",
                        // To a colleague: the console's language.
                        domain::mail::signature(domain::language::Language::English)
                    ),
                },
            )
            .await?;
        }
        Ok(())
    }
}

/// An event as stored: id, event JSON, recorded at, recorded by, its letter.
type EventRow = (i64, String, String, Option<String>, Option<i64>);
/// A letter as stored, with its complaint's reference and filing, and the filer's name.
type LetterRow = (
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
);

/// Which letters to read.
pub(crate) enum Letters {
    One(i64),
    OfComplaint(i64),
    /// Of these complaints.
    ForAccount(Vec<String>),
    OneForAccount {
        letter: i64,
        references: Vec<String>,
    },
}

/// Who a complaint's letters are addressed to: the resident named by a representative, or
/// the filer's own name.
fn addressee(
    submission: &domain::filing::Submission,
    filer_name: Option<String>,
) -> Option<String> {
    match &submission.on_behalf {
        Some(rep) => Some(rep.resident_name.as_str().to_owned()),
        None => filer_name,
    }
}

/// An acknowledgement that names its handler or reviewer by colleague account, with the name
/// set from the account (whatever name came with it); `None` when `event` names no account.
/// An account that is not a colleague's is refused.
async fn named_colleague(
    conn: &mut sqlx::SqliteConnection,
    event: &Event,
) -> Result<Option<Event>, RecordFailure> {
    let account = match &event.kind {
        EventKind::Stage1Acknowledged {
            handler_account: Some(account),
            ..
        }
        | EventKind::Stage2Acknowledged {
            reviewer_account: Some(account),
            ..
        } => *account,
        _ => return Ok(None),
    };
    let found: Option<(Option<String>, String)> =
        sqlx::query_as("SELECT name, email FROM accounts WHERE id = ? AND role IS NOT NULL")
            .bind(account)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((account_name, email)) = found else {
        return Err(RecordFailure::NotAColleague(account));
    };
    // Always the account's name: the one chosen is the one the resident is told of.
    let filled = Some(account_name.unwrap_or(email));
    let mut named = event.clone();
    match &mut named.kind {
        EventKind::Stage1Acknowledged { handler, .. } => *handler = filled,
        EventKind::Stage2Acknowledged { reviewer, .. } => *reviewer = filled,
        _ => {}
    }
    Ok(Some(named))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;
    use chrono::DateTime;
    use domain::complaint::Response;

    async fn filed(backend: &Backend) -> (i64, String) {
        let (account, reference) = crate::filing::tests::filed_complaint(backend).await;
        (account, reference.to_string())
    }

    fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("instant")
    }

    fn acknowledgement(handler: &str) -> EventKind {
        EventKind::Stage1Acknowledged {
            handler: Some(handler.into()),
            handler_contact: Some("01282 686300".into()),
            about: Some("The boiler repair".into()),
            outcome_sought: Some("Finish it".into()),
            handler_account: None,
        }
    }

    fn response() -> Response {
        Response {
            about: "The boiler repair".into(),
            outcome_sought: "Finish it".into(),
            decision: "Upheld".into(),
            reasons: "It was late".into(),
            remedy: "£50".into(),
            outcome: Some(domain::outcomes::Outcome::Upheld),
            categories: vec!["repairs".into()],
        }
    }

    #[tokio::test]
    async fn a_colleague_is_added_with_a_link_that_sets_their_password() {
        let (_dir, backend) = fresh().await;
        let email = Email::parse("sam.patel@calicohomes.org.uk").expect("email");
        let StaffAdded::Added { link } = backend
            .add_staff(&email, "Sam Patel", Role::Handler, "http://calico.test")
            .await
            .expect("adds")
        else {
            panic!("not added");
        };
        assert!(link.starts_with("http://calico.test/reset-password/new?token="));
        assert_eq!(
            backend
                .add_staff(&email, "Sam Patel", Role::Handler, "http://calico.test")
                .await
                .expect("runs"),
            StaffAdded::Exists
        );
        let token = link.split("token=").nth(1).expect("token");
        let password = domain::accounts::Password::new("a long new password 1", None).expect("ok");
        assert!(backend
            .reset_password(token, &password)
            .await
            .expect("sets"));
        let crate::accounts::SignIn::SignedIn(session) = backend
            .sign_in(&email, &password, "http://calico.test")
            .await
            .expect("signs in")
        else {
            panic!("not signed in");
        };
        let account = backend
            .session(&session)
            .await
            .expect("reads")
            .expect("live");
        let staff = backend
            .staff(account.id)
            .await
            .expect("reads")
            .expect("staff");
        assert_eq!(
            (staff.name.as_str(), staff.role),
            ("Sam Patel", Role::Handler)
        );
    }

    #[tokio::test]
    async fn residents_are_not_staff() {
        let (_dir, backend) = fresh().await;
        let (resident, _) = filed(&backend).await;
        assert_eq!(backend.staff(resident).await.expect("reads"), None);
    }

    #[tokio::test]
    async fn api_tokens_work_until_revoked_and_only_their_hash_is_kept() {
        let (_dir, backend) = fresh().await;
        let (id, token) = backend
            .create_api_token("Housing system", "Admin")
            .await
            .expect("creates");
        let client = backend
            .api_client(&token)
            .await
            .expect("reads")
            .expect("live");
        assert_eq!(client.name, "Housing system");
        let stored: i64 =
            sqlx::query_scalar("SELECT count(*) FROM api_tokens WHERE token_hash = ?")
                .bind(token.as_bytes())
                .fetch_one(&backend.pool)
                .await
                .expect("reads");
        assert_eq!(stored, 0, "the token itself is not stored");
        assert!(backend.revoke_api_token(id).await.expect("revokes"));
        assert!(!backend.revoke_api_token(id).await.expect("runs"), "once");
        assert_eq!(backend.api_client(&token).await.expect("reads"), None);
        assert_eq!(
            backend.api_client("calico_guess").await.expect("reads"),
            None
        );
    }

    #[tokio::test]
    async fn recording_an_acknowledgement_sends_its_letter_by_email_and_keeps_who_recorded_it() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        let recorded = backend
            .record_event(
                &reference,
                &Event::new(
                    at("2026-11-23T09:00:00+00:00"),
                    acknowledgement("Sam Patel"),
                )
                .by("Sam Patel"),
                "API: Housing system",
            )
            .await
            .expect("records");
        assert_eq!(recorded.state, State::Stage1Open);
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert_eq!(case.events.len(), 2);
        assert_eq!(
            case.events[1].recorded_by.as_deref(),
            Some("API: Housing system")
        );
        assert_eq!(case.events[1].letter, recorded.letter);
        assert_eq!(case.letters.len(), 1);
        assert_eq!(case.letters[0].delivery, domain::letters::Delivery::Email);
        assert_eq!(
            case.next_events[..2],
            [
                domain::complaint::EventType::Stage1Responded,
                domain::complaint::EventType::Stage1Extended
            ]
        );
        let mail = backend.mail_to("a@example.com").await.expect("outbox");
        assert_eq!(
            mail.last().expect("mail").subject,
            format!("Your complaint {reference}: Stage 1 acknowledgement")
        );
        let error: i64 = sqlx::query_scalar("SELECT count(*) FROM complaint_events")
            .fetch_one(&backend.pool)
            .await
            .expect("reads");
        assert_eq!(error, 2);
        assert!(
            sqlx::query("DELETE FROM letters")
                .execute(&backend.pool)
                .await
                .is_err(),
            "letters are never deleted"
        );
    }

    #[tokio::test]
    async fn a_response_is_filed_under_live_categories_each_once() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        let record = |kind: EventKind| {
            let backend = backend.clone();
            let reference = reference.clone();
            async move {
                backend
                    .record_event(
                        &reference,
                        &Event::new(at("2026-11-23T09:00:00+00:00"), kind).by("Sam Patel"),
                        "Sam Patel",
                    )
                    .await
            }
        };
        record(acknowledgement("Sam Patel"))
            .await
            .expect("acknowledged");
        backend
            .retire_category("other", true, "Sam Patel")
            .await
            .expect("retires");
        let with = |codes: &[&str]| {
            EventKind::Stage1Responded(Response {
                categories: codes.iter().map(|c| (*c).to_owned()).collect(),
                ..response()
            })
        };
        for codes in [&["repairs", "rent"][..], &["other"]] {
            let refused = record(with(codes)).await.expect_err("not offered");
            assert!(
                matches!(&refused, RecordFailure::Categories(e) if e.field == domain::forms::Field::Categories),
                "{refused}"
            );
        }
        let refused = record(with(&[])).await.expect_err("none");
        assert!(
            refused.to_string().contains("at least one category"),
            "{refused}"
        );
        record(with(&["repairs", "communication", "repairs"]))
            .await
            .expect("recorded");
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        let EventKind::Stage1Responded(kept) = &case.events[2].event.kind else {
            panic!("a response");
        };
        assert_eq!(kept.categories, ["repairs", "communication"], "each once");
    }

    #[tokio::test]
    async fn a_refused_event_records_nothing_and_says_why() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        let future = backend
            .record_event(
                &reference,
                &Event::new(
                    at("2026-11-23T09:00:01+00:00"),
                    acknowledgement("Sam Patel"),
                )
                .by("Sam Patel"),
                "Sam Patel",
            )
            .await
            .expect_err("in the future");
        assert!(future.to_string().contains("in the future"), "{future}");
        let early = backend
            .record_event(
                &reference,
                &Event::new(
                    at("2026-11-23T09:00:00+00:00"),
                    EventKind::Stage1Responded(response()),
                )
                .by("Sam Patel"),
                "Sam Patel",
            )
            .await
            .expect_err("out of order");
        assert_eq!(
            early.to_string(),
            "There cannot be a Stage 1 response while the complaint is waiting to be acknowledged."
        );
        let nothing = backend
            .record_event(
                "CMP-2026-999999",
                &Event::new(
                    at("2026-11-23T09:00:00+00:00"),
                    EventKind::InformationAdded { text: None },
                ),
                "Sam Patel",
            )
            .await
            .expect_err("no such complaint");
        assert!(matches!(nothing, RecordFailure::NotFound(_)));
        let consent = backend
            .record_event(
                &reference,
                &Event::new(
                    at("2026-11-23T08:00:00+00:00"),
                    EventKind::ConsentVerified { how: None },
                )
                .by("Sam Patel"),
                "Sam Patel",
            )
            .await
            .expect_err("no consent");
        assert!(
            matches!(
                consent,
                RecordFailure::Refused(_) | RecordFailure::NoConsentWaiting
            ),
            "{consent}"
        );
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert_eq!(case.events.len(), 1, "nothing recorded");
        assert!(case.letters.is_empty());
    }

    #[tokio::test]
    async fn a_remedy_is_owed_on_the_queue_until_done_even_once_closed() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        let record = |when: &'static str, kind: EventKind| {
            let backend = backend.clone();
            let reference = reference.clone();
            async move {
                backend
                    .record_event(
                        &reference,
                        &Event::new(at(when), kind).by("Sam Patel"),
                        "Sam Patel",
                    )
                    .await
                    .expect("records")
            }
        };
        let owing = |backend: Backend| async move {
            backend
                .queue(&QueueFilter {
                    remedies_due: true,
                    ..QueueFilter::default()
                })
                .await
                .expect("reads")
        };
        backend.clock.advance(chrono::Duration::hours(2));
        record("2026-11-23T09:00:00+00:00", acknowledgement("Sam Patel")).await;
        record(
            "2026-11-23T10:00:00+00:00",
            EventKind::Stage1Responded(response()),
        )
        .await;
        record(
            "2026-11-23T10:05:00+00:00",
            EventKind::ActionAgreed {
                kind: domain::actions::ActionKind::Payment,
                what: "Compensation for the delay".into(),
                owner: "Finance team".into(),
                due: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("day"),
                amount_pence: Some(5_000),
            },
        )
        .await;
        record(
            "2026-11-23T10:06:00+00:00",
            EventKind::ActionAgreed {
                kind: domain::actions::ActionKind::Learning,
                what: "Brief the repairs team on booking parts".into(),
                owner: "Repairs manager".into(),
                due: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("day"),
                amount_pence: None,
            },
        )
        .await;
        let recorded = record(
            "2026-11-23T10:10:00+00:00",
            EventKind::Withdrawn { reason: None },
        )
        .await;
        assert_eq!(recorded.state, State::Closed);
        assert_eq!(owing(backend.clone()).await.total, 0, "due Wednesday");
        assert_eq!(backend.open_work().await.expect("counts").remedies, 0);
        backend.clock.advance(chrono::Duration::days(3));
        let owed = owing(backend.clone()).await;
        assert_eq!(owed.total, 1, "a closed complaint still owes its remedy");
        assert_eq!(
            owed.items[0].remedy.map(|d| d.to_string()),
            Some("2026-11-25".into()),
            "learning is not the resident's to wait for"
        );
        assert!(owed.items[0].remedy_owed && owed.items[0].remedy_overdue);
        assert_eq!(backend.open_work().await.expect("counts").remedies, 1);
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert!(case
            .letters
            .iter()
            .any(|l| l.letter.subject.ends_with(": putting things right")));
        assert_eq!(
            case.letters.len(),
            3,
            "acknowledgement, response, the payment; never the learning"
        );
        backend.rebuild_queue().await.expect("rebuilds");
        assert_eq!(
            owing(backend.clone()).await.total,
            1,
            "the same after a rebuild"
        );
        record(
            "2026-11-26T09:00:00+00:00",
            EventKind::ActionDone {
                number: 1,
                note: Some("Paid by bank transfer".into()),
            },
        )
        .await;
        assert_eq!(owing(backend.clone()).await.total, 0);
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert!(case
            .letters
            .iter()
            .any(|l| l.letter.subject.ends_with(": we have put things right")));
    }

    #[tokio::test]
    async fn a_need_and_its_adjustment_are_on_the_queue_line_until_a_review_ends_it() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        let record = |when: &'static str, kind: EventKind| {
            let backend = backend.clone();
            let reference = reference.clone();
            async move {
                backend
                    .record_event(
                        &reference,
                        &Event::new(at(when), kind).by("Sam Patel"),
                        "Sam Patel",
                    )
                    .await
                    .expect("records")
            }
        };
        let line = |backend: Backend| async move {
            backend
                .queue(&QueueFilter::default())
                .await
                .expect("reads")
                .items
                .remove(0)
        };
        let before = line(backend.clone()).await;
        assert!(before.support.is_empty() && before.support_review.is_none());
        backend.clock.advance(chrono::Duration::hours(2));
        let recorded = record(
            "2026-11-23T09:00:00+00:00",
            EventKind::SupportRecorded {
                need: domain::support::Need::DomesticAbuse,
                adjustment: "Only call the mobile number; no letters to the home.".into(),
                review_by: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("day"),
            },
        )
        .await;
        assert_eq!(recorded.state, before.state, "no deadline or stage changes");
        let shown = line(backend.clone()).await;
        assert_eq!(
            shown.support,
            ["Domestic abuse: Only call the mobile number; no letters to the home."]
        );
        assert_eq!(
            shown.support_review.map(|d| d.to_string()),
            Some("2026-11-25".into())
        );
        assert!(!shown.support_review_owed);
        assert_eq!(shown.next, before.next);
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert_eq!(
            case.letters.len(),
            0,
            "nothing about a need is sent to the resident"
        );
        backend.clock.advance(chrono::Duration::days(2));
        let due = line(backend.clone()).await;
        assert!(
            due.support_review_owed && !due.support_review_overdue,
            "due on the day, not yet late"
        );
        backend.rebuild_queue().await.expect("rebuilds");
        assert!(
            line(backend.clone()).await.support_review_owed,
            "the same after a rebuild"
        );
        record(
            "2026-11-25T09:10:00+00:00",
            EventKind::SupportReviewed {
                number: 1,
                review_by: None,
                note: Some("Moved; the new address is safe for letters.".into()),
            },
        )
        .await;
        let ended = line(backend.clone()).await;
        assert!(ended.support.is_empty() && ended.support_review.is_none());
        let refused = backend
            .record_event(
                &reference,
                &Event::new(
                    at("2026-11-25T09:15:00+00:00"),
                    EventKind::SupportReviewed {
                        number: 1,
                        review_by: None,
                        note: None,
                    },
                )
                .by("Sam Patel"),
                "Sam Patel",
            )
            .await;
        assert!(
            matches!(&refused, Err(RecordFailure::Refused(e)) if e.code() == "support_ended"),
            "{refused:?}"
        );
    }

    #[tokio::test]
    async fn the_queue_lists_the_updates_owed_until_each_is_given() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = filed(&backend).await;
        crate::filing::tests::filed_complaint_by(&backend, "b@example.com").await;
        let record = |when: &'static str, kind: EventKind| {
            let backend = backend.clone();
            let reference = reference.clone();
            async move {
                backend
                    .record_event(
                        &reference,
                        &Event::new(at(when), kind).by("Sam Patel"),
                        "Sam Patel",
                    )
                    .await
                    .expect("records")
            }
        };
        let owing = |backend: Backend| async move {
            backend
                .queue(&QueueFilter {
                    updates_due: true,
                    ..QueueFilter::default()
                })
                .await
                .expect("reads")
        };
        record("2026-11-23T09:00:00+00:00", acknowledgement("Sam Patel")).await;
        backend.clock.advance(chrono::Duration::days(1));
        record(
            "2026-11-24T08:50:00+00:00",
            EventKind::Stage1Extended {
                working_days: 5,
                reason: "A surveyor must visit".into(),
                good_reason: None,
            },
        )
        .await;
        record(
            "2026-11-24T08:55:00+00:00",
            EventKind::UpdatesAgreed {
                every_working_days: 2,
                how: None,
            },
        )
        .await;
        assert_eq!(
            owing(backend.clone()).await.total,
            0,
            "not owed until Thursday"
        );
        backend.clock.advance(chrono::Duration::days(3));
        let owed = owing(backend.clone()).await;
        assert_eq!(owed.total, 1);
        let item = &owed.items[0];
        assert_eq!(item.reference, reference);
        assert_eq!(
            item.update.map(|u| u.by.to_string()),
            Some("2026-11-26".into())
        );
        assert!(item.update_overdue, "due Thursday, seen on Friday");
        record(
            "2026-11-27T08:30:00+00:00",
            EventKind::UpdateGiven {
                text: "The surveyor comes on Monday.".into(),
            },
        )
        .await;
        assert_eq!(
            owing(backend.clone()).await.total,
            0,
            "given; the next is Tuesday"
        );
        let case = backend
            .case(&reference)
            .await
            .expect("reads")
            .expect("case");
        assert_eq!(
            case.item.update.map(|u| u.by.to_string()),
            Some("2026-12-01".into())
        );
        assert!(case
            .letters
            .iter()
            .any(|l| l.letter.subject.ends_with(": an update")));
        // Rebuilding the stored lines gives the same.
        backend.rebuild_queue().await.expect("rebuilds");
        backend.clock.advance(chrono::Duration::days(4));
        assert_eq!(owing(backend.clone()).await.total, 1, "due today, Tuesday");
    }

    #[tokio::test]
    async fn the_queue_filters_and_pages_and_the_letters_reach_the_residents_account() {
        let (_dir, backend) = fresh().await;
        let (resident, first) = filed(&backend).await;
        let (other, second) =
            crate::filing::tests::filed_complaint_by(&backend, "b@example.com").await;
        backend
            .record_event(
                &first,
                &Event::new(
                    at("2026-11-23T09:00:00+00:00"),
                    acknowledgement("Sam Patel"),
                )
                .by("Sam Patel"),
                "Sam Patel",
            )
            .await
            .expect("records");
        let all = backend.queue(&QueueFilter::default()).await.expect("reads");
        assert_eq!(all.total, 2);
        let open = backend
            .queue(&QueueFilter {
                state: Some(State::Stage1Open),
                ..QueueFilter::default()
            })
            .await
            .expect("reads");
        assert_eq!(open.items.len(), 1);
        assert_eq!(open.items[0].reference, first.to_string());
        let waiting = backend
            .queue(&QueueFilter {
                state: Some(State::AwaitingAcknowledgement),
                due_within: Some(5),
                kind: Some(Kind::Complaint),
                stage: Some(Stage::One),
                overdue: Some(false),
                ..QueueFilter::default()
            })
            .await
            .expect("reads");
        assert_eq!(waiting.items[0].reference, second.to_string());
        let page = backend
            .queue(&QueueFilter {
                offset: 1,
                limit: 1,
                ..QueueFilter::default()
            })
            .await
            .expect("reads");
        assert_eq!((page.items.len(), page.total), (1, 2));
        let letters = backend.letters_for_account(resident).await.expect("reads");
        assert_eq!(letters.len(), 1);
        assert_eq!(letters[0].reference, first.to_string());
        let id = letters[0].id;
        assert!(backend
            .letter_for_account(id, resident)
            .await
            .expect("reads")
            .is_some());
        assert_eq!(
            backend.letter_for_account(id, other).await.expect("reads"),
            None,
            "another resident cannot read it by its number"
        );
    }
}
