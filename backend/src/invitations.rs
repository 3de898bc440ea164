//! A resident invites someone, by email, to act for them on all their complaints; the person
//! accepts by the link, signed in with that address. The resident sees and can withdraw it.

use chrono::NaiveDate;
use domain::calendar::london_date;
use domain::representation::{Invitation, INVITATION_DAYS};

use crate::accounts::{new_token, token_hash};
use crate::clock::stamp;
use crate::outbox::Mail;
use crate::{Backend, BackendError};

/// An invitation, as the resident who sent it sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRecord {
    pub id: i64,
    pub invitation: Invitation,
    pub status: InvitationStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Sent; the link has not been followed yet.
    Invited,
    /// The person accepted and can act for the resident (until it ends, if it does).
    Accepted,
    /// Withdrawn by the resident.
    Withdrawn,
}

impl InvitationStatus {
    pub const ALL: [Self; 3] = [Self::Invited, Self::Accepted, Self::Withdrawn];

    fn from_code(code: &str) -> Option<Self> {
        domain::codes::from_code(code)
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        domain::codes::code(&self)
    }
}

/// What the invitation link shows before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationOffer {
    /// The resident's name as on their account, or "A Calico Homes resident".
    pub resident_name: String,
    pub invitation: Invitation,
}

/// What accepting an invitation came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Acceptance {
    /// The signed-in person now acts for `resident_name`.
    Accepted { resident_name: String },
    /// The invitation went to another address: sign in with that one.
    OtherAddress,
    /// Already used, withdrawn, or the link is too old.
    Gone,
}

/// Someone a representative acts for, with the resident's consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActingFor {
    pub resident_name: String,
    /// The last day it lasts, if it ends.
    pub expires_on: Option<NaiveDate>,
}

fn resident_name(name: Option<String>) -> String {
    name.unwrap_or_else(|| "A Calico Homes resident".into())
}

fn invitation_from(details: &str) -> Result<Invitation, BackendError> {
    serde_json::from_str(details).map_err(|e| BackendError::BadRecord(e.to_string()))
}

impl Backend {
    /// Invites someone to act for the tenancy of `account` on all its complaints, and mails
    /// them the link, in the resident's language (theirs, else the page's: `page`) and in
    /// English. `false` when the account has no tenancy to invite anyone to.
    pub async fn invite_representative(
        &self,
        account: i64,
        invitation: &Invitation,
        base_url: &str,
        page: domain::language::Language,
    ) -> Result<bool, BackendError> {
        let now = self.clock.now();
        let mut tx = self.write_transaction().await?;
        let resident: Option<(Option<String>, Option<String>, String)> =
            sqlx::query_as("SELECT rent_reference, name, language FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((Some(reference), name, language)) = resident else {
            return Ok(false);
        };
        let (token, hash) = new_token();
        let link_expires = now + chrono::Duration::days(INVITATION_DAYS);
        sqlx::query(
            "INSERT INTO invitations (resident_account, resident_reference, email, details, expires_on,
                                      token_hash, link_expires_at, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(account)
        .bind(&reference)
        .bind(invitation.email.as_str())
        .bind(serde_json::to_string(invitation).map_err(|e| BackendError::BadRecord(e.to_string()))?)
        .bind(invitation.expires_on.map(|d| d.to_string()))
        .bind(hash)
        .bind(stamp(link_expires))
        .bind(stamp(now))
        .execute(&mut *tx)
        .await?;
        let written = domain::mail::invitation(
            domain::mail::language_for(&language, page),
            &domain::mail::Invitation {
                from: name.as_deref(),
                to: invitation.name.as_str(),
                until: invitation.expires_on,
                link: &format!("{base_url}/invitation?token={token}"),
                link_works_until: london_date(&link_expires),
            },
        );
        self.enqueue(&mut tx, Mail::to(invitation.email.as_str(), written))
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Everyone the tenancy of `account` has invited, newest first.
    pub async fn invitations_for_resident(
        &self,
        account: i64,
    ) -> Result<Vec<InvitationRecord>, BackendError> {
        self.invitations_for_resident_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::invitations_for_resident`], on a connection the caller holds.
    pub(crate) async fn invitations_for_resident_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Vec<InvitationRecord>, BackendError> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT i.id, i.details, i.status FROM invitations i
             JOIN accounts me ON me.id = ?
             WHERE me.rent_reference IS NOT NULL AND i.resident_reference = me.rent_reference
             ORDER BY i.id DESC",
        )
        .bind(account)
        .fetch_all(&mut *conn)
        .await?;
        rows.into_iter()
            .map(|(id, details, status)| {
                Ok(InvitationRecord {
                    id,
                    invitation: invitation_from(&details)?,
                    status: InvitationStatus::from_code(&status)
                        .ok_or_else(|| BackendError::BadRecord(status.clone()))?,
                })
            })
            .collect()
    }

    /// The resident withdraws an invitation, accepted or not. `false` when it is not for their
    /// tenancy or was already withdrawn.
    pub async fn withdraw_invitation(&self, account: i64, id: i64) -> Result<bool, BackendError> {
        let changed = sqlx::query(
            "UPDATE invitations SET status = 'withdrawn', decided_at = ?
             WHERE id = ? AND status IN ('invited', 'accepted')
             AND resident_reference = (SELECT rent_reference FROM accounts WHERE id = ?)",
        )
        .bind(stamp(self.clock.now()))
        .bind(id)
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(changed.rows_affected() == 1)
    }

    /// The invitation behind a link, while it can still be accepted.
    pub async fn invitation_offer(
        &self,
        token: &str,
    ) -> Result<Option<InvitationOffer>, BackendError> {
        let row: Option<(String, Option<String>)> = sqlx::query_as(
            "SELECT i.details, a.name FROM invitations i JOIN accounts a ON a.id = i.resident_account
             WHERE i.token_hash = ? AND i.status = 'invited' AND i.link_expires_at > ?",
        )
        .bind(token_hash(token))
        .bind(stamp(self.clock.now()))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(details, name)| {
            Ok(InvitationOffer {
                resident_name: resident_name(name),
                invitation: invitation_from(&details)?,
            })
        })
        .transpose()
    }

    /// Accepts the invitation behind a link for the signed-in `account`, whose email address
    /// must be the one it was sent to (a forwarded link is no use to anyone else).
    pub async fn accept_invitation(
        &self,
        account: i64,
        token: &str,
    ) -> Result<Acceptance, BackendError> {
        let Some(offer) = self.invitation_offer(token).await? else {
            return Ok(Acceptance::Gone);
        };
        let changed = sqlx::query(
            "UPDATE invitations SET status = 'accepted', representative_account = ?, decided_at = ?
             WHERE token_hash = ? AND status = 'invited' AND link_expires_at > ?
             AND lower(email) = (SELECT lower(email) FROM accounts WHERE id = ?)",
        )
        .bind(account)
        .bind(stamp(self.clock.now()))
        .bind(token_hash(token))
        .bind(stamp(self.clock.now()))
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(if changed.rows_affected() == 1 {
            Acceptance::Accepted {
                resident_name: offer.resident_name,
            }
        } else {
            Acceptance::OtherAddress
        })
    }

    /// The residents `account` acts for by an accepted invitation that has not ended.
    pub async fn acting_for(&self, account: i64) -> Result<Vec<ActingFor>, BackendError> {
        self.acting_for_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::acting_for`], on a connection the caller holds.
    pub(crate) async fn acting_for_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Vec<ActingFor>, BackendError> {
        let today = london_date(&self.clock.now()).to_string();
        let rows: Vec<(Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT a.name, i.expires_on FROM invitations i JOIN accounts a ON a.id = i.resident_account
             WHERE i.representative_account = ? AND i.status = 'accepted'
             AND (i.expires_on IS NULL OR i.expires_on >= ?)
             ORDER BY i.id",
        )
        .bind(account)
        .bind(today)
        .fetch_all(&mut *conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(name, expires_on)| ActingFor {
                resident_name: resident_name(name),
                expires_on: expires_on.and_then(|d| d.parse().ok()),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::link_token;
    use crate::tests::{account, fresh};
    use domain::representation::InvitationAnswers;

    fn jordan(today: NaiveDate) -> Invitation {
        InvitationAnswers {
            rep_name: "Jordan Lee".into(),
            rep_email: "Jordan.Lee@example.org".into(),
            relationship: "family_or_friend".into(),
            expiry_day: "31".into(),
            expiry_month: "12".into(),
            expiry_year: "2027".into(),
            ..InvitationAnswers::default()
        }
        .parse(today)
        .expect("valid")
    }

    /// Alex (`alex`) invites Jordan, in English: the token of the link Jordan is sent.
    async fn jordan_invited(backend: &Backend, alex: i64) -> String {
        let today = london_date(&backend.now());
        assert!(backend
            .invite_representative(
                alex,
                &jordan(today),
                "http://calico.test",
                domain::language::Language::English
            )
            .await
            .expect("runs"));
        let mail = backend
            .mail_to("Jordan.Lee@example.org")
            .await
            .expect("outbox");
        link_token(&mail[0].body)
    }

    #[tokio::test]
    async fn an_invitation_sent_from_a_polish_page_is_in_polish_then_in_english() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let today = london_date(&backend.now());
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        assert!(backend
            .invite_representative(
                alex,
                &jordan(today),
                "http://calico.test",
                domain::language::Language::Polish
            )
            .await
            .expect("runs"));
        let mail = backend
            .mail_to("Jordan.Lee@example.org")
            .await
            .expect("outbox");
        assert_eq!(
            mail[0].subject,
            "Mieszkaniec Calico Homes prosi, abyś działał(a) w jego imieniu wobec Calico Homes"
        );
        let body = &mail[0].body;
        assert!(body.starts_with("Szanowny/Szanowna Jordan Lee,"), "{body}");
        assert!(body.contains("do dnia piątek, 31 grudnia 2027"), "{body}");
        assert!(
            body.contains("Ta sama wiadomość po angielsku:\n\nDear Jordan Lee,"),
            "{body}"
        );
        assert!(body.contains("until Friday 31 December 2027"), "{body}");
    }

    #[tokio::test]
    async fn a_resident_invites_someone_who_accepts_with_the_address_it_went_to() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let today = london_date(&backend.now());
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let advocate = account(&backend, "advocate@example.org", None).await;
        assert!(
            !backend
                .invite_representative(
                    advocate,
                    &jordan(today),
                    "http://calico.test",
                    domain::language::Language::English
                )
                .await
                .expect("runs"),
            "no tenancy to invite anyone to"
        );
        assert!(backend
            .invite_representative(
                alex,
                &jordan(today),
                "http://calico.test",
                domain::language::Language::English
            )
            .await
            .expect("runs"));
        let mail = backend
            .mail_to("Jordan.Lee@example.org")
            .await
            .expect("outbox");
        assert_eq!(mail.len(), 1);
        assert_eq!(
            mail[0].subject,
            "A Calico Homes resident has asked you to act for them with Calico Homes"
        );
        assert!(
            mail[0].body.contains("until Friday 31 December 2027"),
            "{}",
            mail[0].body
        );
        let token = link_token(&mail[0].body);

        let listed = backend.invitations_for_resident(alex).await.expect("reads");
        assert_eq!(listed.len(), 1);
        assert!(crate::profile::tests::overview_agrees(&backend, alex).await);
        assert_eq!(listed[0].status, InvitationStatus::Invited);
        assert_eq!(listed[0].invitation.name.as_str(), "Jordan Lee");

        let offer = backend
            .invitation_offer(&token)
            .await
            .expect("reads")
            .expect("open");
        assert_eq!(offer.invitation.email.as_str(), "Jordan.Lee@example.org");
        assert_eq!(
            backend
                .accept_invitation(advocate, &token)
                .await
                .expect("runs"),
            Acceptance::OtherAddress,
            "a forwarded link is no use to anyone else"
        );
        let jordan_account = account(&backend, "jordan.lee@example.org", None).await;
        assert_eq!(
            backend
                .accept_invitation(jordan_account, &token)
                .await
                .expect("runs"),
            Acceptance::Accepted {
                resident_name: "A Calico Homes resident".into()
            }
        );
        assert_eq!(
            backend
                .accept_invitation(jordan_account, &token)
                .await
                .expect("runs"),
            Acceptance::Gone,
            "the link works once"
        );
        let acting = backend.acting_for(jordan_account).await.expect("reads");
        assert_eq!(acting.len(), 1);
        assert!(crate::profile::tests::overview_agrees(&backend, jordan_account).await);
        assert_eq!(acting[0].expires_on, NaiveDate::from_ymd_opt(2027, 12, 31));
        // Jordan follows Alex's complaints, all of them.
        let reference = crate::filing::tests::filed_by(&backend, alex)
            .await
            .to_string();
        let followed = backend.followed(jordan_account).await.expect("reads");
        assert_eq!(followed.len(), 1);
        assert_eq!(followed[0].reference, reference);
        assert_eq!(followed[0].sight, domain::following::Sight::Everything);
        // ...and reads the letters about them, until the invitation is withdrawn.
        let acknowledged = domain::Event::new(
            backend.now().fixed_offset(),
            domain::EventKind::Stage1Acknowledged {
                handler: Some("Sam Patel".into()),
                handler_contact: Some("01282 686300".into()),
                about: Some("The lift".into()),
                outcome_sought: Some("Fix it".into()),
                handler_account: None,
            },
        )
        .by("Sam Patel");
        backend
            .record_event(&reference, &acknowledged, "Sam Patel")
            .await
            .expect("records");
        let letters = backend
            .letters_for_account(jordan_account)
            .await
            .expect("reads");
        assert_eq!(letters.len(), 1, "the acknowledgement");

        let id = listed[0].id;
        let sam = account(&backend, "sam@example.com", Some("10023456")).await;
        assert!(
            !backend.withdraw_invitation(sam, id).await.expect("runs"),
            "not Sam's"
        );
        assert!(backend.withdraw_invitation(alex, id).await.expect("runs"));
        assert!(
            !backend.withdraw_invitation(alex, id).await.expect("runs"),
            "once"
        );
        assert!(backend
            .acting_for(jordan_account)
            .await
            .expect("reads")
            .is_empty());
        assert!(
            backend
                .followed(jordan_account)
                .await
                .expect("reads")
                .is_empty(),
            "a withdrawn invitation shows nothing"
        );
        assert!(backend
            .letter_for_account(letters[0].id, jordan_account)
            .await
            .expect("reads")
            .is_none());
        assert_eq!(
            backend.invitations_for_resident(alex).await.expect("reads")[0].status,
            InvitationStatus::Withdrawn
        );
    }

    #[tokio::test]
    async fn an_accepted_invitation_shows_what_anyone_files_about_the_home_once_each() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let token = jordan_invited(&backend, alex).await;
        let jordan_account = account(&backend, "jordan.lee@example.org", None).await;
        assert!(matches!(
            backend
                .accept_invitation(jordan_account, &token)
                .await
                .expect("runs"),
            Acceptance::Accepted { .. }
        ));
        // Alex's own complaint is Alex's and about Alex's home: found both ways, listed once.
        let own = crate::filing::tests::filed_by(&backend, alex)
            .await
            .to_string();
        // A colleague logs a phone complaint about Alex's home, and one about another home.
        crate::logged::tests_support::logged_for_tenancy(&backend, "10012345", "alex-home").await;
        crate::logged::tests_support::logged_for_tenancy(&backend, "10023456", "elsewhere").await;
        let about_home: String = sqlx::query_scalar(
            "SELECT reference FROM complaints WHERE resident_reference = '10012345'",
        )
        .fetch_one(&backend.pool)
        .await
        .expect("logged");
        let mut followed: Vec<(String, domain::following::Sight)> = backend
            .followed(jordan_account)
            .await
            .expect("reads")
            .into_iter()
            .map(|f| (f.reference, f.sight))
            .collect();
        followed.sort_by(|a, b| a.0.cmp(&b.0));
        let mut expected = vec![
            (own, domain::following::Sight::Everything),
            (about_home, domain::following::Sight::Everything),
        ];
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(followed, expected);
    }

    #[tokio::test]
    async fn an_invitation_link_ends_after_its_days_and_access_on_its_last_day() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let token = jordan_invited(&backend, alex).await;
        backend
            .clock
            .advance(chrono::Duration::days(INVITATION_DAYS));
        assert_eq!(backend.invitation_offer(&token).await.expect("reads"), None);
        let jordan_account = account(&backend, "jordan.lee@example.org", None).await;
        assert_eq!(
            backend
                .accept_invitation(jordan_account, &token)
                .await
                .expect("runs"),
            Acceptance::Gone
        );
    }
}
