//! Representatives' consent, as the resident sees and decides it in their own account.

pub use domain::following::ConsentStatus;
use domain::representation::{ConsentScope, Representation};

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// Someone who has asked to act for the resident, or may.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    pub id: i64,
    pub representative_email: String,
    pub representation: Representation,
    pub complaint_reference: String,
    pub status: ConsentStatus,
}

/// What the resident decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Yes, they may act for me.
    Allow,
    /// No, they may not.
    Refuse,
    /// They may no longer act for me.
    Withdraw,
}

impl Backend {
    /// Everyone who has asked to act for the tenancy of `account`, newest first.
    pub async fn consents_for_resident(
        &self,
        account: i64,
    ) -> Result<Vec<ConsentRecord>, BackendError> {
        self.consents_for_resident_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::consents_for_resident`], on a connection the caller holds.
    pub(crate) async fn consents_for_resident_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Vec<ConsentRecord>, BackendError> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT c.id, r.email, c.details, k.reference, c.status
             FROM consents c
             JOIN accounts r ON r.id = c.representative_account
             JOIN complaints k ON k.id = c.complaint_id
             JOIN accounts me ON me.id = ?
             WHERE me.rent_reference IS NOT NULL AND c.resident_reference = me.rent_reference
             ORDER BY c.id DESC",
        )
        .bind(account)
        .fetch_all(&mut *conn)
        .await?;
        rows.into_iter()
            .map(|(id, email, details, reference, status)| {
                Ok(ConsentRecord {
                    id,
                    representative_email: email,
                    representation: serde_json::from_str(&details)
                        .map_err(|e| BackendError::BadRecord(e.to_string()))?,
                    complaint_reference: reference,
                    status: ConsentStatus::from_code(&status)
                        .ok_or_else(|| BackendError::BadRecord(status.clone()))?,
                })
            })
            .collect()
    }

    /// The resident allows, refuses or withdraws a representative's consent. `false` when the
    /// consent is not for their tenancy, or the decision does not fit where it stands
    /// (only an unverified consent can be allowed or refused; only a verified one withdrawn).
    pub async fn decide_consent(
        &self,
        account: i64,
        consent: i64,
        decision: Decision,
    ) -> Result<bool, BackendError> {
        let (from, to) = match decision {
            Decision::Allow => (ConsentStatus::Unverified, ConsentStatus::Verified),
            Decision::Refuse => (ConsentStatus::Unverified, ConsentStatus::Refused),
            Decision::Withdraw => (ConsentStatus::Verified, ConsentStatus::Withdrawn),
        };
        let changed = sqlx::query(
            "UPDATE consents SET status = ?, decided_at = ?, decided_by = 'the resident'
             WHERE id = ? AND status = ?
             AND resident_reference = (SELECT rent_reference FROM accounts WHERE id = ?)",
        )
        .bind(to.code())
        .bind(stamp(self.clock.now()))
        .bind(consent)
        .bind(from.code())
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(changed.rows_affected() == 1)
    }
}

impl ConsentRecord {
    /// Whether the consent covers every complaint, not only the one it came with.
    pub fn covers_all(&self) -> bool {
        self.representation.consent.scope == ConsentScope::AllComplaints
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use domain::filing::Draft;
    use domain::preferences::Preferences;
    use domain::representation::RepresentationAnswers;

    async fn filed_for_alex(backend: &Backend, advocate: i64) -> domain::values::ComplaintRef {
        let draft = Draft {
            purpose: "complaint".into(),
            for_whom: "someone_else".into(),
            representative: RepresentationAnswers {
                relationship: "advocate".into(),
                resident_name: "Alex Morgan".into(),
                resident_reference: "10012345".into(),
                consent_method: "verbal".into(),
                consent_day: "20".into(),
                consent_month: "11".into(),
                consent_year: "2026".into(),
                consent_to: "Sam at the contact centre".into(),
                consent_scope: "this_complaint".into(),
                ..RepresentationAnswers::default()
            },
            what_happened: "Alex's boiler has been broken for a week.".into(),
            incident_day: "16".into(),
            incident_month: "11".into(),
            incident_year: "2026".into(),
            outcome: "Fix it.".into(),
            attachments_done: true,
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        backend.save_draft(advocate, &draft).await.expect("saves");
        let (_, key) = backend
            .draft(advocate)
            .await
            .expect("reads")
            .expect("draft");
        let today = domain::calendar::london_date(&backend.now());
        let submission = draft.submission(today).expect("complete");
        backend
            .file(advocate, &key, &submission)
            .await
            .expect("files")
            .expect("reference")
    }

    #[tokio::test]
    async fn an_advocate_follows_only_that_they_sent_it_until_the_resident_allows_it() {
        use domain::following::Sight;
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let advocate = account(&backend, "advocate@example.org", None).await;
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let sam = account(&backend, "sam@example.com", Some("10023456")).await;
        let reference = filed_for_alex(&backend, advocate).await.to_string();

        let sent = backend.followed(advocate).await.expect("reads");
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].reference, reference);
        assert_eq!(sent[0].sight, Sight::OnlyThatItWasSent);
        assert_eq!(sent[0].progress, None, "nothing of where it stands");
        let theirs = backend.followed(alex).await.expect("reads");
        assert_eq!(theirs[0].sight, Sight::Everything, "it is Alex's complaint");
        assert_eq!(
            theirs[0].progress.as_ref().map(|p| p.state),
            Some(domain::State::AwaitingAcknowledgement)
        );
        assert!(backend.followed(sam).await.expect("reads").is_empty());

        let asked = backend.consents_for_resident(alex).await.expect("reads");
        assert!(backend
            .decide_consent(alex, asked[0].id, Decision::Allow)
            .await
            .expect("runs"));
        assert_eq!(
            backend.followed(advocate).await.expect("reads")[0].sight,
            Sight::Everything
        );
        assert!(backend
            .decide_consent(alex, asked[0].id, Decision::Withdraw)
            .await
            .expect("runs"));
        let withdrawn = backend.followed(advocate).await.expect("reads");
        assert_eq!(withdrawn[0].sight, Sight::OnlyThatItWasSent);
        assert_eq!(withdrawn[0].progress, None);
    }

    #[tokio::test]
    async fn the_resident_sees_who_asked_to_act_for_them_and_decides() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let advocate = account(&backend, "advocate@example.org", None).await;
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let sam = account(&backend, "sam@example.com", Some("10023456")).await;
        let reference = filed_for_alex(&backend, advocate).await;

        let receipt = backend
            .receipt(advocate, &reference)
            .await
            .expect("reads")
            .expect("theirs");
        assert_eq!(receipt.consent_verified, Some(false), "not verified yet");

        assert!(backend
            .consents_for_resident(sam)
            .await
            .expect("reads")
            .is_empty());
        let asked = backend.consents_for_resident(alex).await.expect("reads");
        assert_eq!(asked.len(), 1);
        assert!(crate::profile::tests::overview_agrees(&backend, alex).await);
        assert!(!crate::profile::tests::overview_agrees(&backend, sam).await);
        assert_eq!(asked[0].representative_email, "advocate@example.org");
        assert_eq!(asked[0].status, ConsentStatus::Unverified);
        assert!(!asked[0].covers_all());

        assert!(
            !backend
                .decide_consent(sam, asked[0].id, Decision::Allow)
                .await
                .expect("runs"),
            "not Sam's to decide"
        );
        assert!(
            !backend
                .decide_consent(alex, asked[0].id, Decision::Withdraw)
                .await
                .expect("runs"),
            "nothing to withdraw yet"
        );
        assert!(backend
            .decide_consent(alex, asked[0].id, Decision::Allow)
            .await
            .expect("runs"));
        let receipt = backend
            .receipt(advocate, &reference)
            .await
            .expect("reads")
            .expect("theirs");
        assert_eq!(receipt.consent_verified, Some(true));
        assert!(backend
            .decide_consent(alex, asked[0].id, Decision::Withdraw)
            .await
            .expect("runs"));
        let receipt = backend
            .receipt(advocate, &reference)
            .await
            .expect("reads")
            .expect("theirs");
        assert_eq!(receipt.consent_verified, Some(false), "withdrawn");
    }

    #[tokio::test]
    async fn a_representative_registers_with_an_email_and_a_name_alone() {
        let (_dir, backend) = fresh().await;
        let email = domain::values::Email::parse("advocate@example.org").expect("email");
        let name = domain::preferences::parse_name("Jordan Lee").expect("name");
        let password =
            domain::accounts::Password::new("a long passphrase here", None).expect("password");
        backend
            .register_representative(
                &email,
                &name,
                &password,
                "http://calico.test",
                domain::language::Language::English,
            )
            .await
            .expect("registers");
        let mail = backend
            .mail_to("advocate@example.org")
            .await
            .expect("outbox");
        assert_eq!(
            mail[0].subject,
            "Confirm your email address for your Calico Account"
        );
        let (reference, stored_name): (Option<String>, Option<String>) =
            sqlx::query_as("SELECT rent_reference, name FROM accounts WHERE email = ?")
                .bind("advocate@example.org")
                .fetch_one(&backend.pool)
                .await
                .expect("row");
        assert_eq!(
            (reference, stored_name.as_deref()),
            (None, Some("Jordan Lee"))
        );
        backend
            .register_representative(
                &email,
                &name,
                &password,
                "http://calico.test",
                domain::language::Language::English,
            )
            .await
            .expect("answers the same");
        let mail = backend
            .mail_to("advocate@example.org")
            .await
            .expect("outbox");
        assert_eq!(mail[1].subject, "You already have a Calico Account");
    }
}
