//! Filing a complaint, safety concern or compliment: a draft saved after every page, and a
//! submission that files once however many times it is sent.

use crate::drafts::DraftSave;
use chrono::{DateTime, Utc};
use domain::calendar::london_date;
use domain::filing::{Draft, Submission};
use domain::logged::Channel;
use domain::values::ComplaintRef;
use domain::{Calendar, Complaint, Event, EventKind, ServiceStandard};

use crate::clock::stamp;
use crate::outbox::Mail;
use crate::{Backend, BackendError};

/// How long answers sent after a session ended are kept for the resident to sign in again.
pub const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// A filed complaint, concern or compliment, as its filer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub reference: ComplaintRef,
    pub received_at: DateTime<Utc>,
    pub submission: Submission,
    pub events: Vec<Event>,
    /// For a complaint filed by a representative: whether the resident's consent has been
    /// verified. Until it is, the representative is shown only that it was received.
    pub consent_verified: Option<bool>,
    /// The photos and documents filed with it.
    pub attachments: Vec<crate::attachments::AttachmentInfo>,
}

/// A random key for a form that must file once however often it is sent.
pub fn random_key() -> String {
    use base64::Engine as _;
    use rand::RngCore as _;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn json_error(error: serde_json::Error) -> BackendError {
    BackendError::BadRecord(error.to_string())
}

impl Backend {
    /// The working-day calendar: bank holidays and the landlord's closure days.
    /// Read from memory (see [`crate::opening`]).
    pub async fn calendar(&self) -> Result<Calendar, BackendError> {
        Ok(self.opening().await?.calendar.clone())
    }

    /// The account's draft and the key that sends it, if a page has been saved.
    pub async fn draft(&self, account: i64) -> Result<Option<(Draft, String)>, BackendError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT answers, idempotency_key FROM drafts WHERE account_id = ?")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|(answers, key)| Ok((serde_json::from_str(&answers).map_err(json_error)?, key)))
            .transpose()
    }

    /// Saves everything typed so far (valid or not). The draft keeps its key.
    pub async fn save_draft(&self, account: i64, draft: &Draft) -> Result<(), BackendError> {
        self.save_draft_grouped(DraftSave::of(account, draft, self.clock.now())?)
            .await
    }

    /// Keeps what `page` sent after the session had ended, for [`KEPT_FOR`]; returns the
    /// secret for the cookie that claims it when the resident signs in again. `None` (nothing
    /// kept) when it holds more than any page could accept ([`domain::filing::KEPT_MAX_BYTES`]).
    pub async fn keep_answers(
        &self,
        page: &str,
        answers: &Draft,
    ) -> Result<Option<String>, BackendError> {
        let answers = serde_json::to_string(answers).map_err(json_error)?;
        if answers.len() > domain::filing::KEPT_MAX_BYTES {
            return Ok(None);
        }
        let now = self.clock.now();
        let (token, hash) = crate::accounts::new_token();
        forget_expired_answers(&self.pool, now).await?;
        sqlx::query(
            "INSERT INTO kept_answers (token_hash, page, answers, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(hash)
        .bind(page)
        .bind(answers)
        .bind(stamp(now))
        .execute(&self.pool)
        .await?;
        Ok(Some(token))
    }

    /// Joins the answers kept under `token` to the account's draft (see [`Draft::keep`]) and
    /// forgets them; returns the page they came from. `None` when there is nothing (still)
    /// kept under it.
    pub async fn restore_kept(
        &self,
        account: i64,
        token: &str,
    ) -> Result<Option<String>, BackendError> {
        let now = self.clock.now();
        let mut tx = self.write_transaction().await?;
        forget_expired_answers(&mut *tx, now).await?;
        let kept: Option<(String, String)> = sqlx::query_as(
            "DELETE FROM kept_answers WHERE token_hash = ? AND created_at > ? RETURNING page, answers",
        )
        .bind(crate::accounts::token_hash(token))
        .bind(stamp(now - KEPT_FOR))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((page, kept)) = kept else {
            tx.commit().await?;
            return Ok(None);
        };
        let kept: Draft = serde_json::from_str(&kept).map_err(json_error)?;
        let saved: Option<String> =
            sqlx::query_scalar("SELECT answers FROM drafts WHERE account_id = ?")
                .bind(account)
                .fetch_optional(&mut *tx)
                .await?;
        let mut draft: Draft = match saved {
            Some(saved) => serde_json::from_str(&saved).map_err(json_error)?,
            None => Draft::default(),
        };
        draft.keep(&kept);
        store_draft(&mut *tx, &DraftSave::of(account, &draft, now)?).await?;
        tx.commit().await?;
        Ok(Some(page))
    }

    /// Throws the draft away ("start again").
    pub async fn discard_draft(&self, account: i64) -> Result<(), BackendError> {
        sqlx::query("DELETE FROM drafts WHERE account_id = ?")
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Files the account's draft as `submission`, sent with the draft's `key`: the complaint,
    /// its `received` event and the acknowledgement mail in one transaction, and the draft
    /// gone. Sent again with the same key (a double tap, a retry, the back button), it files
    /// nothing new and returns the same reference. `None` when the key matches neither a draft
    /// nor anything filed.
    pub async fn file(
        &self,
        account: i64,
        key: &str,
        submission: &Submission,
    ) -> Result<Option<ComplaintRef>, BackendError> {
        let now = self.clock.now();
        // The write lock is taken first, so of two sends at the same moment the second waits,
        // then finds the first one's complaint.
        let mut tx = self.write_transaction().await?;
        // The calendar and the out-of-hours number as this transaction sees them (see
        // `record_event`).
        let opening = crate::opening::opening_in(&mut tx).await?;
        let calendar = &opening.calendar;
        let filed: Option<String> = sqlx::query_scalar(
            "SELECT reference FROM complaints WHERE idempotency_key = ? AND filed_by = ?",
        )
        .bind(key)
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(reference) = filed {
            return ComplaintRef::parse(&reference)
                .map(Some)
                .map_err(|_| BackendError::BadRecord(reference));
        }
        let draft: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM drafts WHERE account_id = ? AND idempotency_key = ?")
                .bind(account)
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        if draft.is_none() {
            return Ok(None);
        }
        let (email, name): (String, Option<String>) =
            sqlx::query_as("SELECT email, name FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_one(&mut *tx)
                .await?;
        let (complaint, event_id, reference) = insert_complaint(
            &mut tx,
            calendar,
            &self.standard,
            now,
            NewComplaint {
                submission,
                key,
                received_at: now.fixed_offset(),
                filed_by: Some(account),
                channel: Channel::Online,
                logged_for: None,
                by: name.unwrap_or_else(|| "the resident".into()),
                recorded_by: None,
            },
        )
        .await?;
        if let Some(rep) = &submission.on_behalf {
            sqlx::query(
                "INSERT INTO consents (complaint_id, representative_account, resident_reference, resident_name, resident_address, details, scope, expires_on, created_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(complaint)
            .bind(account)
            .bind(rep.resident_reference.as_ref().map(|r| r.to_string()))
            .bind(rep.resident_name.as_str())
            .bind(rep.resident_address.as_str())
            .bind(serde_json::to_string(rep).map_err(json_error)?)
            .bind(rep.consent.scope.code())
            .bind(rep.consent.expires_on.map(|d| d.to_string()))
            .bind(stamp(now))
            .execute(&mut *tx)
            .await?;
        }
        self.enqueue(
            &mut tx,
            acknowledgement_mail(
                &email,
                reference,
                submission,
                london_date(&now),
                &opening,
                &self.standard,
            ),
        )
        .await?;
        sqlx::query(
            "UPDATE attachments SET complaint_id = ? WHERE account_id = ? AND complaint_id IS NULL",
        )
        .bind(complaint)
        .bind(account)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM drafts WHERE account_id = ?")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        // Pages that follow from the newest event known here count the received one at once.
        self.changed(event_id);
        tracing::info!(%reference, kind = submission.filing.kind(), "filed");
        Ok(Some(reference))
    }

    /// What the account filed with `key`, if anything.
    pub async fn filed_with(
        &self,
        account: i64,
        key: &str,
    ) -> Result<Option<ComplaintRef>, BackendError> {
        let reference: Option<String> = sqlx::query_scalar(
            "SELECT reference FROM complaints WHERE idempotency_key = ? AND filed_by = ?",
        )
        .bind(key)
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        reference
            .map(|r| ComplaintRef::parse(&r).map_err(|_| BackendError::BadRecord(r)))
            .transpose()
    }

    /// What the account filed under `reference`; `None` for anything it did not file.
    pub async fn receipt(
        &self,
        account: i64,
        reference: &ComplaintRef,
    ) -> Result<Option<Receipt>, BackendError> {
        let row: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT id, details, received_at FROM complaints WHERE reference = ? AND filed_by = ?",
        )
        .bind(reference.to_string())
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, details, received_at)) = row else {
            return Ok(None);
        };
        let consent: Option<String> = sqlx::query_scalar(
            "SELECT status FROM consents WHERE complaint_id = ? AND representative_account = ?",
        )
        .bind(id)
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        let events: Vec<String> = sqlx::query_scalar(
            "SELECT event FROM complaint_events WHERE complaint_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(Receipt {
            reference: *reference,
            received_at: DateTime::parse_from_rfc3339(&received_at)
                .map_err(|_| BackendError::BadRecord(received_at.clone()))?
                .to_utc(),
            submission: serde_json::from_str(&details).map_err(json_error)?,
            events: events
                .iter()
                .map(|e| serde_json::from_str(e).map_err(json_error))
                .collect::<Result<_, _>>()?,
            consent_verified: consent.map(|status| status == "verified"),
            attachments: self.complaint_attachments(id).await?,
        }))
    }
}

/// A complaint to file: online by its account, or logged by a colleague.
pub(crate) struct NewComplaint<'a> {
    pub submission: &'a Submission,
    /// Sending the same key again files nothing new.
    pub key: &'a str,
    /// When the landlord received it: the clock runs from here.
    pub received_at: DateTime<chrono::FixedOffset>,
    pub filed_by: Option<i64>,
    pub channel: Channel,
    /// For a resident logged without an account: the tenancy, their name and any email.
    pub logged_for: Option<(&'a str, &'a str, Option<&'a str>)>,
    /// Who made it (the received event's `by`).
    pub by: String,
    /// The colleague (name, account) who logged it.
    pub recorded_by: Option<(&'a str, Option<i64>)>,
}

/// Numbers and stores a complaint, its received event and its line in the queue, in `tx`:
/// its id, the event's id and its reference.
pub(crate) async fn insert_complaint(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    calendar: &Calendar,
    standard: &ServiceStandard,
    now: DateTime<Utc>,
    new: NewComplaint<'_>,
) -> Result<(i64, i64, ComplaintRef), BackendError> {
    let year = chrono::Datelike::year(&london_date(&now));
    let number: i64 =
        sqlx::query_scalar("SELECT coalesce(max(number), 0) + 1 FROM complaints WHERE year = ?")
            .bind(year)
            .fetch_one(&mut **tx)
            .await?;
    let reference = u32::try_from(number)
        .ok()
        .and_then(|n| ComplaintRef::new(year, n))
        .ok_or_else(|| BackendError::BadRecord(format!("complaint number {number} in {year}")))?;
    let received = new.received_at.to_utc();
    let (tenancy, resident_name, resident_email) = match new.logged_for {
        Some((tenancy, name, email)) => (Some(tenancy), Some(name), email),
        None => (None, None, None),
    };
    let complaint: i64 = sqlx::query_scalar(
        "INSERT INTO complaints (reference, year, number, kind, filed_by, details, idempotency_key,
                                 received_at, channel, resident_reference, resident_name, resident_email)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(reference.to_string())
    .bind(year)
    .bind(number)
    .bind(new.submission.filing.kind())
    .bind(new.filed_by)
    .bind(serde_json::to_string(new.submission).map_err(json_error)?)
    .bind(new.key)
    .bind(stamp(received))
    .bind(new.channel.code())
    .bind(tenancy)
    .bind(resident_name)
    .bind(resident_email)
    .fetch_one(&mut **tx)
    .await?;
    let mut event = Event::new(new.received_at, EventKind::Received).by(new.by);
    event.recorded_by_account = new.recorded_by.and_then(|(_, account)| account);
    let event_id: i64 = sqlx::query_scalar(
        "INSERT INTO complaint_events (complaint_id, event, occurred_at, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(complaint)
    .bind(serde_json::to_string(&event).map_err(json_error)?)
    .bind(stamp(received))
    .bind(stamp(now))
    .bind(new.recorded_by.map(|(name, _)| name))
    .fetch_one(&mut **tx)
    .await?;
    let folded = Complaint::fold(std::slice::from_ref(&event), calendar, standard)
        .map_err(|e| BackendError::BadRecord(e.to_string()))?;
    let kind = domain::handling::Kind::from_code(new.submission.filing.kind())
        .ok_or_else(|| BackendError::BadRecord(new.submission.filing.kind().to_owned()))?;
    // As stored, so that a rebuild of the queue from the table gives the same line.
    let line = crate::queue::Line::of(
        &reference.to_string(),
        kind,
        crate::handling::instant(&stamp(received))?,
        new.submission,
        &folded,
    );
    crate::queue::store_line(tx, complaint, event_id, &line, &folded).await?;
    Ok((complaint, event_id, reference))
}

/// The email that confirms a filing, in the language the filer's letters are written in.
fn acknowledgement_mail(
    to: &str,
    reference: ComplaintRef,
    submission: &Submission,
    received: chrono::NaiveDate,
    opening: &crate::opening::Opening,
    standard: &ServiceStandard,
) -> Mail {
    let language = domain::letters::written_in(submission.support.language.as_str());
    let (subject, body) = domain::filing::confirmation_mail(
        &reference.to_string(),
        &submission.filing,
        received,
        &opening.calendar,
        standard,
        &opening.out_of_hours,
        language,
    );
    Mail {
        to: to.to_owned(),
        subject,
        body: format!("{body}\n\n{}", domain::mail::signature(language)),
    }
}

/// Forgets answers kept for longer than [`KEPT_FOR`].
async fn forget_expired_answers<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Sqlite>,
    now: DateTime<Utc>,
) -> Result<(), BackendError> {
    sqlx::query("DELETE FROM kept_answers WHERE created_at <= ?")
        .bind(stamp(now - KEPT_FOR))
        .execute(executor)
        .await?;
    Ok(())
}

impl DraftSave {
    /// Account `account`'s `draft`, as saved at `now`.
    fn of(account: i64, draft: &Draft, now: DateTime<Utc>) -> Result<Self, BackendError> {
        Ok(Self {
            account,
            answers: serde_json::to_string(draft).map_err(json_error)?,
            at: stamp(now),
        })
    }
}

/// Saves an account's draft; a new draft gets a new key, an existing one keeps its own.
pub(crate) async fn store_draft<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Sqlite>,
    save: &DraftSave,
) -> Result<(), BackendError> {
    sqlx::query(
        "INSERT INTO drafts (account_id, answers, idempotency_key, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
    )
    .bind(save.account)
    .bind(&save.answers)
    .bind(random_key())
    .bind(&save.at)
    .execute(executor)
    .await?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use domain::preferences::Preferences;

    /// A complaint filed by a new account `email`, wanting email: the account and reference.
    pub(crate) async fn filed_complaint_by(backend: &Backend, email: &str) -> (i64, ComplaintRef) {
        let id = account(backend, email, None).await;
        (id, filed_by(backend, id).await)
    }

    /// A complaint filed by the account `id` for itself.
    pub(crate) async fn filed_by(backend: &Backend, id: i64) -> ComplaintRef {
        filed_draft(backend, id, &complaint()).await
    }

    /// What `draft` files for the account `id`.
    pub(crate) async fn filed_draft(backend: &Backend, id: i64, draft: &Draft) -> ComplaintRef {
        let (submission, key) = saved(backend, id, draft).await;
        backend
            .file(id, &key, &submission)
            .await
            .expect("files")
            .expect("a reference")
    }

    /// A complaint filed by a new account `email` that wants to be contacted as `preferences` say.
    pub(crate) async fn filed_wanting(
        backend: &Backend,
        email: &str,
        preferences: &Preferences,
    ) -> ComplaintRef {
        let id = account(backend, email, None).await;
        let draft = Draft {
            support: Some(preferences.answers()),
            ..complaint()
        };
        let (submission, key) = saved(backend, id, &draft).await;
        backend
            .file(id, &key, &submission)
            .await
            .expect("files")
            .expect("a reference")
    }

    /// A complaint filed by a new account a@example.com.
    pub(crate) async fn filed_complaint(backend: &Backend) -> (i64, ComplaintRef) {
        filed_complaint_by(backend, "a@example.com").await
    }

    fn complaint() -> Draft {
        Draft {
            purpose: "complaint".into(),
            for_whom: "me".into(),
            what_happened: "The lift has been broken for three weeks.".into(),
            incident_day: "2".into(),
            incident_month: "11".into(),
            incident_year: "2026".into(),
            outcome: "Fix the lift.".into(),
            attachments_done: true,
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        }
    }

    async fn saved(backend: &Backend, account: i64, draft: &Draft) -> (Submission, String) {
        backend.save_draft(account, draft).await.expect("saves");
        let (stored, key) = backend
            .draft(account)
            .await
            .expect("reads")
            .expect("a draft");
        assert_eq!(&stored, draft, "the draft comes back exactly as typed");
        let today = london_date(&backend.now());
        (stored.submission(today).expect("complete"), key)
    }

    #[tokio::test]
    async fn a_draft_keeps_its_key_and_half_typed_answers_between_pages() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        assert_eq!(backend.draft(id).await.expect("reads"), None);
        let half = Draft {
            purpose: "complaint".into(),
            what_happened: "It started in".into(),
            incident_month: "13".into(),
            ..Draft::default()
        };
        backend.save_draft(id, &half).await.expect("saves");
        let (first, key) = backend.draft(id).await.expect("reads").expect("draft");
        assert_eq!(first, half);
        backend.save_draft(id, &complaint()).await.expect("saves");
        let (_, same_key) = backend.draft(id).await.expect("reads").expect("draft");
        assert_eq!(key, same_key);
    }

    #[tokio::test]
    async fn answers_sent_after_the_session_ended_join_the_draft_once_signed_in() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "alex@example.com", None).await;
        backend.save_draft(id, &complaint()).await.expect("saves");
        let (_, key) = backend.draft(id).await.expect("reads").expect("draft");
        let kept = Draft {
            what_happened: "Typed for over an hour, then Continue.".into(),
            ..Draft::default()
        };
        let token = backend
            .keep_answers("/complaint/new/details", &kept)
            .await
            .expect("keeps")
            .expect("small enough to keep");
        assert_eq!(
            backend
                .restore_kept(id, "not the token")
                .await
                .expect("runs"),
            None
        );
        assert_eq!(
            backend
                .restore_kept(id, &token)
                .await
                .expect("runs")
                .as_deref(),
            Some("/complaint/new/details")
        );
        let (draft, same_key) = backend.draft(id).await.expect("reads").expect("draft");
        assert_eq!(
            draft.what_happened,
            "Typed for over an hour, then Continue."
        );
        assert_eq!(draft.outcome, complaint().outcome, "the rest as saved");
        assert_eq!(same_key, key, "still sends once");
        assert_eq!(
            backend.restore_kept(id, &token).await.expect("runs"),
            None,
            "claimed once"
        );

        let late = backend
            .keep_answers("/complaint/new/late", &kept)
            .await
            .expect("keeps")
            .expect("small enough to keep");
        let huge = Draft {
            what_happened: "x".repeat(domain::filing::KEPT_MAX_BYTES),
            ..Draft::default()
        };
        assert_eq!(
            backend
                .keep_answers("/complaint/new/details", &huge)
                .await
                .expect("runs"),
            None,
            "more than any page could hold is not kept"
        );
        backend.clock.advance(KEPT_FOR);
        assert_eq!(
            backend.restore_kept(id, &late).await.expect("runs"),
            None,
            "expired"
        );
        let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM kept_answers")
            .fetch_one(&backend.pool)
            .await
            .expect("count");
        assert_eq!(stored, 0, "nothing left behind");
    }

    #[tokio::test]
    async fn filing_twice_with_the_same_key_files_once() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        let (submission, key) = saved(&backend, id, &complaint()).await;
        let first = backend.file(id, &key, &submission).await.expect("files");
        let again = backend.file(id, &key, &submission).await.expect("files");
        assert_eq!(first, again);
        assert_eq!(first.expect("a reference").to_string(), "CMP-2026-000001");
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM complaints")
            .fetch_one(&backend.pool)
            .await
            .expect("count");
        assert_eq!(count, 1);
        assert_eq!(
            backend.draft(id).await.expect("reads"),
            None,
            "the draft is gone"
        );
        let mail = backend.mail_to("a@example.com").await.expect("outbox");
        assert_eq!(mail.len(), 1, "one acknowledgement");
        assert_eq!(
            mail[0].subject,
            "We have received your complaint: CMP-2026-000001"
        );
        assert!(
            mail[0].body.contains("by Monday 30 November 2026"),
            "{}",
            mail[0].body
        );
        assert_eq!(
            backend
                .file(id, "some other key", &submission)
                .await
                .expect("runs"),
            None
        );
    }

    #[tokio::test]
    async fn sent_at_the_same_moment_it_still_files_once() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        let (submission, key) = saved(&backend, id, &complaint()).await;
        let (a, b) = tokio::join!(
            backend.file(id, &key, &submission),
            backend.file(id, &key, &submission)
        );
        assert_eq!(a.expect("files"), b.expect("files"));
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM complaints")
            .fetch_one(&backend.pool)
            .await
            .expect("count");
        assert_eq!(count, 1);
    }

    #[tokio::test]
    async fn references_count_up_and_only_the_filer_sees_a_receipt() {
        let (_dir, backend) = fresh().await;
        let alex = account(&backend, "alex@example.com", None).await;
        let sam = account(&backend, "sam@example.com", None).await;
        let (submission, key) = saved(&backend, alex, &complaint()).await;
        let first = backend
            .file(alex, &key, &submission)
            .await
            .expect("files")
            .expect("ref");
        let (submission, key) = saved(&backend, sam, &complaint()).await;
        let second = backend
            .file(sam, &key, &submission)
            .await
            .expect("files")
            .expect("ref");
        assert_eq!(second.to_string(), "CMP-2026-000002");

        let receipt = backend
            .receipt(alex, &first)
            .await
            .expect("reads")
            .expect("alex's");
        assert_eq!(receipt.submission, submission);
        assert_eq!(receipt.events.len(), 1);
        assert_eq!(receipt.events[0].kind, EventKind::Received);
        assert_eq!(backend.receipt(sam, &first).await.expect("reads"), None);
    }

    #[tokio::test]
    async fn events_can_be_neither_changed_nor_deleted() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        let (submission, key) = saved(&backend, id, &complaint()).await;
        backend.file(id, &key, &submission).await.expect("files");
        assert!(sqlx::query("UPDATE complaint_events SET event = '{}'")
            .execute(&backend.pool)
            .await
            .is_err());
        assert!(sqlx::query("DELETE FROM complaint_events")
            .execute(&backend.pool)
            .await
            .is_err());
    }
}
