//! The mail outbox: mail is written in the same transaction as what caused it, and a sender
//! delivers it afterwards, retrying with back-off. Nothing is lost if the process stops:
//! a mail is marked sent only once it has been handed over.

use std::path::PathBuf;

use chrono::Duration;
use lettre::message::header::ContentType;
use lettre::message::Body;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::{Sqlite, Transaction};

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// A mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    /// An email the domain wrote (`domain::mail`), to `to`.
    pub fn to(to: &str, written: domain::mail::Written) -> Self {
        Self {
            to: to.to_owned(),
            subject: written.subject,
            body: written.body,
        }
    }
}

/// The mail due now, earliest due first: read through the index of unsent mail (`outbox_due`).
/// Ordered by id instead, SQLite walks the whole table in id order to skip what was sent, a
/// scan every second of every mail ever sent (tens of megabytes at a landlord's volume, read
/// through each pooled connection's memory map).
macro_rules! due_mail {
    () => {
        "SELECT id, to_address, subject, body, created_at, attempts FROM outbox
         WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 50"
    };
}
const DUE_MAIL: &str = due_mail!();

/// A mail waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    pub attempts: i64,
}

/// How mail leaves.
#[derive(Debug, Clone)]
pub enum Mailer {
    /// Writes each mail as an `.eml` file in a folder (the embedded default).
    Files { dir: PathBuf, from: String },
    /// Hands each mail to an SMTP server.
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
        /// The server, for logs (no credentials).
        relay: String,
    },
}

/// Why an SMTP mailer could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("The SMTP URL is not valid: use e.g. smtp://user:password@mail.example.org:587?tls=required (STARTTLS) or smtps://mail.example.org (TLS).")]
    Url(#[source] lettre::transport::smtp::Error),
    #[error(
        "The sender {0:?} is not a valid mailbox: use e.g. Calico Account <account@example.org>."
    )]
    From(String),
}

impl Mailer {
    /// An SMTP mailer from a URL: `smtp://host:port` (plain, for a relay on loopback),
    /// `smtp://…?tls=required` (STARTTLS) or `smtps://…` (TLS from the start), with optional
    /// `user:password@`.
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailerError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailerError::From(from.to_owned()))?;
        let transport = Box::new(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(MailerError::Url)?
                .timeout(Some(std::time::Duration::from_secs(30)))
                .build(),
        );
        let relay = url
            .rsplit_once('@')
            .map_or(url, |(_, host)| host)
            .trim_start_matches("smtp://")
            .trim_start_matches("smtps://")
            .to_owned();
        Ok(Self::Smtp {
            transport,
            from,
            relay,
        })
    }

    async fn deliver(&self, mail: &QueuedMail) -> Result<String, String> {
        match self {
            Self::Smtp {
                transport,
                from,
                relay,
            } => {
                let message = message(from, mail)?;
                let response = transport
                    .send(message)
                    .await
                    .map_err(|e| format!("the SMTP server {relay} did not take it: {e}"))?;
                Ok(format!("SMTP server {relay} ({})", response.code()))
            }
            Self::Files { dir, from } => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| format!("could not create {}: {e}", dir.display()))?;
                let path = dir.join(format!("{:06}.eml", mail.id));
                let from: Mailbox = from
                    .parse()
                    .map_err(|e| format!("the sender {from:?} is not valid: {e}"))?;
                let text = message(&from, mail)?.formatted();
                // Written whole under another name, then renamed: a reader (or a crash) never
                // meets half a mail, and delivering the same mail again replaces its file, so
                // each mail is there exactly once.
                // Named for this process too: two servers delivering the same mail never write
                // into one partial file.
                let partial =
                    dir.join(format!("{:06}.eml.{}.partial", mail.id, std::process::id()));
                let written = async {
                    use tokio::io::AsyncWriteExt;
                    let mut file = tokio::fs::File::create(&partial).await?;
                    file.write_all(&text).await?;
                    file.sync_all().await?;
                    tokio::fs::rename(&partial, &path).await?;
                    // The rename itself survives a power cut once the folder is synced.
                    tokio::fs::File::open(dir).await?.sync_all().await
                };
                written
                    .await
                    .map_err(|e| format!("could not write {}: {e}", path.display()))?;
                Ok(path.display().to_string())
            }
        }
    }
}

/// The mail as it leaves, by SMTP or as a file alike: built by lettre, which encodes every
/// header, so that nothing in a subject or a name can start a header of its own. The same
/// Message-ID on every attempt, so that a retry after a lost reply is recognisably the same
/// mail. The body is encoded as any mail server takes it (as it is, when it is plain ASCII).
fn message(from: &Mailbox, mail: &QueuedMail) -> Result<Message, String> {
    let to: Mailbox = mail
        .to_address
        .parse()
        .map_err(|e| format!("the address {:?} is not valid: {e}", mail.to_address))?;
    let domain = from.email.domain().to_owned();
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&mail.subject)
        .message_id(Some(format!(
            "<outbox-{}-{}@{domain}>",
            mail.id,
            mail.created_at.replace([':', '-'], "")
        )))
        .header(ContentType::TEXT_PLAIN)
        .body(Body::new(mail.body.clone()))
        .map_err(|e| format!("could not build the message: {e}"))
}

/// Waiting time before attempt `attempts + 1`: 30 s, 1 min, 2 min, … at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.clamp(0, 7)).unwrap_or(7);
    Duration::seconds((30 * 2_i64.pow(exponent)).min(3600))
}

impl Backend {
    /// Puts a mail in the outbox, inside the caller's transaction.
    pub(crate) async fn enqueue(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        mail: Mail,
    ) -> Result<(), BackendError> {
        let now = stamp(self.clock.now());
        sqlx::query("INSERT INTO outbox (to_address, subject, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)")
            .bind(&mail.to)
            .bind(&mail.subject)
            .bind(&mail.body)
            .bind(&now)
            .bind(&now)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Delivers every mail that is due; returns how many went. A failed delivery is retried later.
    pub async fn deliver_due_mail(&self, mailer: &Mailer) -> Result<usize, BackendError> {
        let now = self.clock.now();
        let due: Vec<QueuedMail> = sqlx::query_as(DUE_MAIL)
            .bind(stamp(now))
            .fetch_all(&self.pool)
            .await?;
        let mut sent = 0;
        for mail in due {
            match mailer.deliver(&mail).await {
                Ok(place) => {
                    sqlx::query("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                        .bind(stamp(self.clock.now()))
                        .bind(mail.id)
                        .execute(&self.pool)
                        .await?;
                    tracing::info!(mail = mail.id, %place, "mail delivered");
                    sent += 1;
                }
                Err(error) => {
                    sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                        .bind(stamp(now + backoff(mail.attempts)))
                        .bind(&error)
                        .bind(mail.id)
                        .execute(&self.pool)
                        .await?;
                    tracing::warn!(mail = mail.id, %error, attempts = mail.attempts + 1, "mail not delivered; will retry");
                }
            }
        }
        Ok(sent)
    }

    /// Counts every mail in the outbox as delivered when it was queued: for a history loaded
    /// in bulk (`server seed`), whose mail went out long ago. How many there were.
    pub async fn count_outbox_delivered(&self) -> Result<u64, BackendError> {
        Ok(
            sqlx::query("UPDATE outbox SET sent_at = created_at WHERE sent_at IS NULL")
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// Every mail to an address, newest last (for tests and the staff console).
    pub async fn mail_to(&self, address: &str) -> Result<Vec<QueuedMail>, BackendError> {
        Ok(sqlx::query_as(
            "SELECT id, to_address, subject, body, created_at, attempts FROM outbox WHERE to_address = ? COLLATE NOCASE ORDER BY id",
        )
        .bind(address)
        .fetch_all(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(30));
        assert_eq!(backoff(1), Duration::seconds(60));
        assert_eq!(backoff(20), Duration::seconds(3600));
    }

    #[tokio::test]
    async fn mail_is_written_as_eml_files_once() {
        let (dir, backend) = fresh().await;
        let mut tx = backend.pool.begin().await.expect("tx");
        backend
            .enqueue(
                &mut tx,
                Mail {
                    to: "a@example.com".into(),
                    subject:
                        "A Calico Homes resident has asked you to act for them with Calico Homes"
                            .into(),
                    body: "Line 1\nLine 2".into(),
                },
            )
            .await
            .expect("enqueue");
        tx.commit().await.expect("commit");
        let mailer = Mailer::Files {
            dir: dir.path().join("mail"),
            from: "Calico Account <account@calicohomes.org.uk>".into(),
        };
        assert_eq!(backend.deliver_due_mail(&mailer).await.expect("deliver"), 1);
        assert_eq!(
            backend.deliver_due_mail(&mailer).await.expect("deliver"),
            0,
            "sent once"
        );
        let text = std::fs::read_to_string(dir.path().join("mail/000001.eml")).expect("file");
        // A long header may go on over several lines, each after the first starting with a space.
        let unfolded = text.replace("\r\n ", " ");
        assert!(
            unfolded.contains("To: a@example.com\r\n")
                && unfolded.contains("Subject: A Calico Homes resident has asked you to act for them with Calico Homes\r\n")
                && text.contains("Line 1\r\nLine 2"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn nothing_in_a_subject_can_start_a_header_of_its_own() {
        let (dir, backend) = fresh().await;
        let mut tx = backend.pool.begin().await.expect("tx");
        backend
            .enqueue(
                &mut tx,
                Mail {
                    to: "a@example.com".into(),
                    subject: "Jordan\r\nBcc: spy@evil.test has asked you to act for them".into(),
                    body: "Dear Jordan\r\nBcc: spy@evil.test".into(),
                },
            )
            .await
            .expect("enqueue");
        tx.commit().await.expect("commit");
        let mailer = Mailer::Files {
            dir: dir.path().join("mail"),
            from: "Calico Account <account@calicohomes.org.uk>".into(),
        };
        assert_eq!(backend.deliver_due_mail(&mailer).await.expect("deliver"), 1);
        let text = std::fs::read_to_string(dir.path().join("mail/000001.eml")).expect("file");
        let head = text.split("\r\n\r\n").next().expect("headers");
        assert!(
            !head.lines().any(|line| line.starts_with("Bcc:")),
            "no header of its own: {head}"
        );
    }

    #[tokio::test]
    async fn due_mail_is_found_through_the_index_of_unsent_mail_not_a_walk_of_everything_sent() {
        let (_dir, backend) = fresh().await;
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(concat!("EXPLAIN QUERY PLAN ", due_mail!()))
                .bind("2026-12-02T00:00:00Z")
                .fetch_all(&backend.pool)
                .await
                .expect("a plan");
        let steps: Vec<&str> = plan.iter().map(|(_, _, _, step)| step.as_str()).collect();
        assert!(
            steps
                .iter()
                .any(|step| step.contains("USING INDEX outbox_due")),
            "{steps:?}"
        );
        assert!(
            !steps.iter().any(|step| step.starts_with("SCAN outbox")),
            "{steps:?}"
        );
    }

    #[tokio::test]
    async fn a_failed_delivery_is_kept_and_retried_after_the_backoff() {
        let (dir, backend) = fresh().await;
        let mut tx = backend.pool.begin().await.expect("tx");
        backend
            .enqueue(
                &mut tx,
                Mail {
                    to: "a@example.com".into(),
                    subject: "S".into(),
                    body: "B".into(),
                },
            )
            .await
            .expect("enqueue");
        tx.commit().await.expect("commit");
        // A folder that cannot be created: a file stands in its way.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").expect("file");
        let broken = Mailer::Files {
            dir: blocked.join("mail"),
            from: "x@example.com".into(),
        };
        assert_eq!(backend.deliver_due_mail(&broken).await.expect("runs"), 0);
        let working = Mailer::Files {
            dir: dir.path().join("mail"),
            from: "x@example.com".into(),
        };
        assert_eq!(
            backend.deliver_due_mail(&working).await.expect("runs"),
            0,
            "not due until the back-off passes"
        );
        backend.clock.advance(Duration::seconds(31));
        assert_eq!(backend.deliver_due_mail(&working).await.expect("runs"), 1);
        assert_eq!(
            backend.mail_to("a@example.com").await.expect("query")[0].attempts,
            2
        );
    }
}
