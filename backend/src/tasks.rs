//! The letters colleagues post and the calls they make, for residents who do not get their
//! letters by email (`domain::letters::sending`): listed oldest first until done.

use chrono::{DateTime, Utc};
use domain::letters::ContactTask;
use domain::preferences::Preferences;

use crate::clock::stamp;
use crate::handling::instant;
use crate::{Backend, BackendError};

/// What colleagues owe, for the console's links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenWork {
    /// Letters to post, calls to make and activation codes to post.
    pub tasks: usize,
    /// Updates owed to residents today or earlier, at the intervals agreed with them.
    pub updates: usize,
    /// Complaints with a remedy for the resident due today or earlier, not yet done.
    pub remedies: usize,
}

/// A letter to post or a call to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactTaskItem {
    pub id: i64,
    pub task: ContactTask,
    pub reference: String,
    pub letter: i64,
    pub subject: String,
    /// Who it goes to: the resident named by a representative, or the filer.
    pub addressee: Option<String>,
    /// Where a letter is posted: the home on the tenancy, or the address a representative gave.
    pub address: Option<String>,
    /// How the resident wants to be reached (their phone, times to call, formats, language).
    pub preferences: Preferences,
    pub created_at: DateTime<Utc>,
    /// For a letter in Braille, audio or another language: the day the resident was told to
    /// expect it by.
    pub ready_by: Option<chrono::NaiveDate>,
    pub done: Option<(DateTime<Utc>, String)>,
}

/// A task as stored, with its letter and complaint.
type TaskRow = (
    i64,
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
);

impl Backend {
    /// How many things colleagues have still to do by hand: letters to post, residents to
    /// phone, and activation codes to post (each list shows at most 50 at a time).
    pub async fn open_task_count(&self) -> Result<usize, BackendError> {
        Ok(self.open_work().await?.tasks)
    }

    /// What colleagues owe, counted in one query: the tasks by hand ([`Self::open_task_count`])
    /// and the updates owed to residents today or earlier at the intervals agreed with them.
    pub async fn open_work(&self) -> Result<OpenWork, BackendError> {
        let now = self.clock.now();
        let today = domain::calendar::london_date(&now)
            .format("%Y-%m-%d")
            .to_string();
        let (tasks, updates, remedies): (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM contact_tasks WHERE done_at IS NULL)
                  + (SELECT COUNT(*) FROM activation_codes
                     WHERE posted_at IS NULL AND used_at IS NULL AND expires_at > ?1),
                    (SELECT COUNT(*) FROM complaint_queue WHERE update_by <= ?2),
                    (SELECT COUNT(*) FROM complaint_queue WHERE remedy_by <= ?2)",
        )
        .bind(crate::clock::stamp(now))
        .bind(today)
        .fetch_one(&self.pool)
        .await?;
        Ok(OpenWork {
            tasks: usize::try_from(tasks).unwrap_or_default(),
            updates: usize::try_from(updates).unwrap_or_default(),
            remedies: usize::try_from(remedies).unwrap_or_default(),
        })
    }

    /// The tasks still to do (oldest first), or with `done`, the 50 done most recently.
    pub async fn contact_tasks(&self, done: bool) -> Result<Vec<ContactTaskItem>, BackendError> {
        let rows: Vec<TaskRow> = sqlx::query_as(
            "SELECT t.id, t.task, c.reference, l.id, l.letter, c.details, COALESCE(a.name, c.resident_name), tn.address,
                    t.created_at, t.done_at, t.done_by
             FROM contact_tasks t JOIN letters l ON l.id = t.letter_id
             JOIN complaints c ON c.id = l.complaint_id LEFT JOIN accounts a ON a.id = c.filed_by
             LEFT JOIN tenancies tn ON tn.rent_reference = COALESCE(a.rent_reference, c.resident_reference)
             WHERE (t.done_at IS NOT NULL) = ?1
             ORDER BY CASE WHEN ?1 THEN t.done_at END DESC, t.id LIMIT 50",
        )
        .bind(done)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(
                |(
                    id,
                    task,
                    reference,
                    letter,
                    body,
                    details,
                    name,
                    home,
                    created,
                    done_at,
                    done_by,
                )| {
                    let submission: domain::filing::Submission = serde_json::from_str(&details)
                        .map_err(|e| BackendError::BadRecord(e.to_string()))?;
                    let letter_body: domain::letters::Letter = serde_json::from_str(&body)
                        .map_err(|e| BackendError::BadRecord(e.to_string()))?;
                    let (addressee, address) = match &submission.on_behalf {
                        Some(rep) => (
                            Some(rep.resident_name.as_str().to_owned()),
                            Some(rep.resident_address.as_str().to_owned()),
                        ),
                        None => (name, home),
                    };
                    let task = ContactTask::from_code(&task)
                        .ok_or_else(|| BackendError::BadRecord(task.clone()))?;
                    let created_at = instant(&created)?;
                    Ok(ContactTaskItem {
                        id,
                        task,
                        ready_by: task
                            .ready_by(domain::calendar::london_date(&created_at), &self.standard),
                        reference,
                        letter,
                        subject: letter_body.subject,
                        addressee,
                        address,
                        preferences: submission.support,
                        created_at,
                        done: match (done_at, done_by) {
                            (Some(at), Some(by)) => Some((instant(&at)?, by)),
                            _ => None,
                        },
                    })
                },
            )
            .collect()
    }

    /// Marks a task done by `by`, now. `false` when there is no such task or it was done.
    pub async fn complete_contact_task(&self, id: i64, by: &str) -> Result<bool, BackendError> {
        let done = sqlx::query(
            "UPDATE contact_tasks SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL",
        )
        .bind(stamp(self.clock.now()))
        .bind(by)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;
    use domain::{Event, EventKind};

    /// Sam Patel's Stage 1 acknowledgement, made `at`: it sends a letter.
    fn acknowledge(at: chrono::DateTime<chrono::FixedOffset>) -> Event {
        Event::new(
            at,
            EventKind::Stage1Acknowledged {
                handler: Some("Sam Patel".into()),
                handler_contact: Some("01282 686300".into()),
                about: Some("The lift".into()),
                outcome_sought: Some("Fix it".into()),
                handler_account: None,
            },
        )
        .by("Sam Patel")
    }

    #[tokio::test]
    async fn a_resident_who_wants_letters_by_post_or_calls_gets_tasks_and_email_gets_none() {
        let (_dir, backend) = fresh().await;
        let (_, reference) = crate::filing::tests::filed_complaint(&backend).await;
        let reference = reference.to_string();
        backend
            .record_event(
                &reference,
                &acknowledge(backend.now().fixed_offset()),
                "Sam",
            )
            .await
            .expect("records");
        assert_eq!(backend.open_task_count().await.expect("counts"), 0);
        assert!(
            backend
                .contact_tasks(false)
                .await
                .expect("reads")
                .is_empty(),
            "email goes through the outbox"
        );

        // Another resident, who asked for phone calls.
        let preferences = Preferences {
            contact_method: domain::preferences::ContactMethod::Phone,
            phone: Some(domain::values::PhoneNumber::parse("01282 686300").expect("phone")),
            ..Preferences::default()
        };
        let by_phone =
            crate::filing::tests::filed_wanting(&backend, "p@example.com", &preferences).await;
        backend
            .record_event(
                &by_phone.to_string(),
                &acknowledge(backend.now().fixed_offset()),
                "Sam",
            )
            .await
            .expect("records");
        let tasks = backend.contact_tasks(false).await.expect("reads");
        assert_eq!(backend.open_task_count().await.expect("counts"), 2);
        assert_eq!(
            tasks.iter().map(|t| t.task).collect::<Vec<_>>(),
            [ContactTask::Phone, ContactTask::Post]
        );
        assert!(tasks[0].subject.contains("acknowledgement"));
        assert!(backend
            .complete_contact_task(tasks[0].id, "Sam Patel")
            .await
            .expect("runs"));
        assert!(
            !backend
                .complete_contact_task(tasks[0].id, "Sam Patel")
                .await
                .expect("runs"),
            "once"
        );
        assert_eq!(backend.contact_tasks(false).await.expect("reads").len(), 1);
        assert_eq!(backend.open_task_count().await.expect("counts"), 1);
        let done = backend.contact_tasks(true).await.expect("reads");
        assert_eq!(
            done[0].done.as_ref().map(|(_, by)| by.as_str()),
            Some("Sam Patel")
        );
    }

    #[tokio::test]
    async fn a_resident_who_asked_for_braille_and_bengali_gets_tasks_and_is_told_by_when() {
        let (_dir, backend) = fresh().await;
        let preferences = Preferences {
            formats: vec![
                domain::preferences::AltFormat::LargePrint,
                domain::preferences::AltFormat::Braille,
            ],
            language: domain::values::OptionalText::parse("Bengali", "language").expect("short"),
            ..Preferences::default()
        };
        let reference =
            crate::filing::tests::filed_wanting(&backend, "b@example.com", &preferences).await;
        let now = backend.now();
        let recorded = backend
            .record_event(
                &reference.to_string(),
                &acknowledge(now.fixed_offset()),
                "Sam",
            )
            .await
            .expect("records");
        let tasks = backend.contact_tasks(false).await.expect("reads");
        assert_eq!(
            tasks.iter().map(|t| t.task).collect::<Vec<_>>(),
            [ContactTask::Braille, ContactTask::Translation],
            "the letter itself goes by email; large print is in the account"
        );
        let by = domain::calendar::london_date(&now) + chrono::Days::new(7);
        assert!(tasks.iter().all(|t| t.ready_by == Some(by)));
        assert!(tasks.iter().all(|t| Some(t.letter) == recorded.letter));
        assert_eq!(tasks[1].preferences.language.as_str(), "Bengali");
        let told = format!(
            "We will also send you this letter in Braille and in Bengali by {}.",
            domain::calendar::long_date(by)
        );
        let letter = backend
            .letter(recorded.letter.expect("a letter"))
            .await
            .expect("reads")
            .expect("kept");
        assert!(
            letter
                .letter
                .paragraphs
                .last()
                .is_some_and(|p| p.contains(&told)),
            "{:?}",
            letter.letter.paragraphs
        );
        let mail = backend.mail_to("b@example.com").await.expect("reads");
        assert!(
            mail.iter().any(|m| m.body.contains(&told)
                && m.body
                    .contains("where it has a large-print version to read or print")),
            "the email says so too, and where its large print is"
        );
        assert_eq!(backend.open_task_count().await.expect("counts"), 2);
    }

    #[tokio::test]
    async fn a_resident_who_asked_for_urdu_gets_their_letters_and_emails_written_in_it() {
        let (_dir, backend) = fresh().await;
        let preferences = Preferences {
            formats: vec![domain::preferences::AltFormat::Braille],
            language: domain::values::OptionalText::parse("Urdu", "language").expect("short"),
            ..Preferences::default()
        };
        let reference =
            crate::filing::tests::filed_wanting(&backend, "u@example.com", &preferences).await;
        let reference = reference.to_string();
        let mail = backend.mail_to("u@example.com").await.expect("reads");
        let confirmation = mail
            .iter()
            .find(|m| m.subject.contains(&reference))
            .expect("the confirmation");
        assert!(
            confirmation
                .subject
                .contains("ہمیں آپ کی شکایت موصول ہو گئی ہے"),
            "{}",
            confirmation.subject
        );
        assert!(
            confirmation.body.contains("آگے کیا ہو گا"),
            "{}",
            confirmation.body
        );
        let now = backend.now();
        let recorded = backend
            .record_event(&reference, &acknowledge(now.fixed_offset()), "Sam")
            .await
            .expect("records");
        let tasks = backend.contact_tasks(false).await.expect("reads");
        assert_eq!(
            tasks.iter().map(|t| t.task).collect::<Vec<_>>(),
            [ContactTask::Braille],
            "nobody need translate a letter written in Urdu; Braille is still made from it"
        );
        let letter = backend
            .letter(recorded.letter.expect("a letter"))
            .await
            .expect("reads")
            .expect("kept");
        assert_eq!(letter.letter.language, domain::language::Language::Urdu);
        assert!(
            letter.letter.subject.contains("مرحلہ 1"),
            "{}",
            letter.letter.subject
        );
        let by = domain::calendar::london_date(&now) + chrono::Days::new(7);
        let told = domain::words::say(
            domain::language::Language::Urdu,
            "letter-coming-braille",
            &[],
        );
        assert!(
            letter
                .letter
                .paragraphs
                .last()
                .is_some_and(|p| p.contains(&told)
                    && p.contains(&domain::words::long_date(
                        domain::language::Language::Urdu,
                        by
                    ))),
            "what else is coming is said in Urdu too: {:?}",
            letter.letter.paragraphs
        );
        let mail = backend.mail_to("u@example.com").await.expect("reads");
        let sent = mail.last().expect("the letter's email");
        assert_eq!(sent.subject, letter.letter.subject);
        assert!(
            sent.body
                .contains("آپ یہ خط اپنے Calico Account میں بھی پڑھ سکتے ہیں"),
            "{}",
            sent.body
        );
        // What the colleague typed is kept as typed.
        assert!(sent.body.contains("Sam"), "{}", sent.body);
    }
}
