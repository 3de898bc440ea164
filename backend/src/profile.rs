//! What a resident tells us about themselves: the name for letters, how to contact them, and
//! the support they need. Stored on the account; every change is stamped.

use chrono::Duration;
use domain::accounts::Password;
use domain::language::Language;
use domain::preferences::{PersonName, PreferenceAnswers, Preferences};
use domain::values::Email;

use crate::accounts::{use_email_token, verify_password};
use crate::clock::stamp;
use crate::outbox::Mail;
use crate::{Backend, BackendError};

/// How long a link to confirm a new email address works.
pub const CHANGE_EMAIL_LINK_LIFETIME: Duration = Duration::hours(24);

/// What happened to a request to change the account's email address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailChange {
    /// A link went to the new address (or, if it already has an account, a note saying so).
    Sent,
    /// The password given was not the account's.
    WrongPassword,
    /// The new address is the one the account already has.
    Unchanged,
}

/// What following a link to confirm a new email address did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailConfirmation {
    Changed,
    /// The link is unknown, used or expired.
    Expired,
    /// Another account took the address after the link was sent.
    Taken,
}

#[derive(sqlx::FromRow)]
struct Row {
    contact_method: String,
    phone: Option<String>,
    call_times: String,
    formats: String,
    language: String,
    interpreter: bool,
    adjustments: String,
}

/// Everything the account page shows of an account besides its complaints, read at once.
#[derive(Debug, Clone)]
pub struct AccountOverview {
    pub preferences: Preferences,
    /// Everyone who has asked to act for the resident ([`Backend::consents_for_resident`]).
    pub consents: Vec<crate::consents::ConsentRecord>,
    /// The resident's invitations ([`Backend::invitations_for_resident`]).
    pub invitations: Vec<crate::invitations::InvitationRecord>,
    /// The residents the account acts for ([`Backend::acting_for`]).
    pub acting_for: Vec<crate::invitations::ActingFor>,
    /// The account's unsettled request to link to a home ([`Backend::pending_link`]).
    pub pending_link: Option<crate::linking::PendingLink>,
    /// Others asking to join the account's home ([`Backend::join_requests`]).
    pub join_requests: Vec<crate::linking::JoinRequest>,
}

/// The account's preferences, and which of the account page's lists have anything in them.
#[derive(sqlx::FromRow)]
struct OverviewRow {
    #[sqlx(flatten)]
    preferences: Row,
    any_consents: bool,
    any_invitations: bool,
    any_acting_for: bool,
    any_pending_link: bool,
    any_join_requests: bool,
}

impl Backend {
    /// What the account page shows of `account` besides its complaints, on one connection:
    /// one read for the preferences and for which of the five lists hold anything (each an
    /// `EXISTS` through an index), then a read for each list that does. Most accounts have
    /// none, so the page makes one query here rather than six: each query is a round trip to
    /// the connection's thread, and those round trips, not the reading, were most of a
    /// signed-in page's time. Each `EXISTS` asks no more than its list's own query (some
    /// ask less), so a list it says is empty is empty.
    pub async fn account_overview(&self, account: i64) -> Result<AccountOverview, BackendError> {
        let mut conn = self.pool.acquire().await?;
        let row: OverviewRow = sqlx::query_as(
            "SELECT a.contact_method, a.phone, a.call_times, a.formats, a.language,
                    a.interpreter, a.adjustments,
                    EXISTS (SELECT 1 FROM consents c
                            WHERE c.resident_reference = a.rent_reference) AS any_consents,
                    EXISTS (SELECT 1 FROM invitations i
                            WHERE i.resident_reference = a.rent_reference) AS any_invitations,
                    EXISTS (SELECT 1 FROM invitations i
                            WHERE i.representative_account = a.id AND i.status = 'accepted')
                        AS any_acting_for,
                    EXISTS (SELECT 1 FROM link_requests r
                            WHERE r.account_id = a.id AND r.settled_at IS NULL) AS any_pending_link,
                    EXISTS (SELECT 1 FROM link_requests r
                            WHERE r.tenancy = a.rent_reference AND r.settled_at IS NULL
                              AND r.declined_at IS NULL AND r.account_id <> a.id)
                        AS any_join_requests
             FROM accounts a WHERE a.id = ?",
        )
        .bind(account)
        .fetch_one(&mut *conn)
        .await?;
        Ok(AccountOverview {
            preferences: preferences_from(row.preferences, account)?,
            consents: match row.any_consents {
                true => self.consents_for_resident_in(&mut conn, account).await?,
                false => Vec::new(),
            },
            invitations: match row.any_invitations {
                true => self.invitations_for_resident_in(&mut conn, account).await?,
                false => Vec::new(),
            },
            acting_for: match row.any_acting_for {
                true => self.acting_for_in(&mut conn, account).await?,
                false => Vec::new(),
            },
            pending_link: match row.any_pending_link {
                true => self.pending_link_in(&mut conn, account).await?,
                false => None,
            },
            join_requests: match row.any_join_requests {
                true => self.join_requests_in(&mut conn, account).await?,
                false => Vec::new(),
            },
        })
    }

    /// The account's preferences (the plain defaults until the resident changes them).
    pub async fn preferences(&self, account: i64) -> Result<Preferences, BackendError> {
        let row: Row = sqlx::query_as(
            "SELECT contact_method, phone, call_times, formats, language, interpreter, adjustments
             FROM accounts WHERE id = ?",
        )
        .bind(account)
        .fetch_one(&self.pool)
        .await?;
        preferences_from(row, account)
    }

    /// Replaces the account's preferences.
    pub async fn save_preferences(
        &self,
        account: i64,
        preferences: &Preferences,
    ) -> Result<(), BackendError> {
        let formats: Vec<&str> = preferences.formats.iter().map(|f| f.code()).collect();
        sqlx::query(
            "UPDATE accounts SET contact_method = ?, phone = ?, call_times = ?, formats = ?,
                 language = ?, interpreter = ?, adjustments = ?, preferences_updated_at = ?
             WHERE id = ?",
        )
        .bind(preferences.contact_method.code())
        .bind(preferences.phone.as_ref().map(|p| p.as_str()))
        .bind(preferences.call_times.as_str())
        .bind(formats.join(","))
        .bind(preferences.language.as_str())
        .bind(preferences.interpreter)
        .bind(preferences.adjustments.as_str())
        .bind(stamp(self.clock.now()))
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets the name the resident wants on letters.
    pub async fn set_name(&self, account: i64, name: &PersonName) -> Result<(), BackendError> {
        sqlx::query("UPDATE accounts SET name = ?, preferences_updated_at = ? WHERE id = ?")
            .bind(name.as_str())
            .bind(stamp(self.clock.now()))
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// How the account's holder wants the pages shown, if they chose (`None`: never chosen).
    pub async fn display(
        &self,
        account: i64,
    ) -> Result<Option<domain::display::Display>, BackendError> {
        let code: Option<String> = sqlx::query_scalar("SELECT display FROM accounts WHERE id = ?")
            .bind(account)
            .fetch_optional(&self.pool)
            .await?;
        Ok(code
            .filter(|c| !c.is_empty())
            .map(|c| domain::display::Display::from_code(&c)))
    }

    /// The language the account's holder reads the pages in, if their account names one the
    /// pages are written in (an empty language says nothing: it is not a choice of English).
    pub async fn page_language(
        &self,
        account: i64,
    ) -> Result<Option<domain::language::Language>, BackendError> {
        let language: Option<String> =
            sqlx::query_scalar("SELECT language FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
        Ok(language
            .filter(|l| !l.trim().is_empty())
            .and_then(|l| domain::language::Language::from_preference(&l)))
    }

    /// The account's holder chose `chosen` for the pages: their account's language follows,
    /// unless it needs another (`domain::language::account_language_after_choosing`).
    pub async fn choose_page_language(
        &self,
        account: i64,
        chosen: domain::language::Language,
    ) -> Result<(), BackendError> {
        let mut transaction = self.write_transaction().await?;
        let row: Option<(String, bool)> =
            sqlx::query_as("SELECT language, interpreter FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_optional(&mut *transaction)
                .await?;
        if let Some((current, interpreter)) = row {
            if let Some(language) =
                domain::language::account_language_after_choosing(&current, interpreter, chosen)
            {
                sqlx::query(
                    "UPDATE accounts SET language = ?, preferences_updated_at = ? WHERE id = ?",
                )
                .bind(language)
                .bind(stamp(self.clock.now()))
                .bind(account)
                .execute(&mut *transaction)
                .await?;
            }
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Keeps how the account's holder wants the pages shown.
    pub async fn set_display(
        &self,
        account: i64,
        display: domain::display::Display,
    ) -> Result<(), BackendError> {
        sqlx::query("UPDATE accounts SET display = ? WHERE id = ?")
            .bind(display.code())
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl Backend {
    /// Starts changing the account's email address: the password must be right, and the
    /// change happens only when the link sent to the new address is followed. The page says
    /// "check your email" whether or not the new address already has an account. The mail is in
    /// the account's language, or else the page's (`page`).
    pub async fn request_email_change(
        &self,
        account: i64,
        new_email: &Email,
        password: &Password,
        base_url: &str,
        page: Language,
    ) -> Result<EmailChange, BackendError> {
        let (current, hash, language): (String, String, String) =
            sqlx::query_as("SELECT email, password_hash, language FROM accounts WHERE id = ?")
                .bind(account)
                .fetch_one(&self.pool)
                .await?;
        let language = domain::mail::language_for(&language, page);
        if !verify_password(hash, password.clone()).await {
            return Ok(EmailChange::WrongPassword);
        }
        if current.eq_ignore_ascii_case(new_email.as_str()) {
            return Ok(EmailChange::Unchanged);
        }
        let mut tx = self.write_transaction().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(new_email.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        let written = if taken.is_some() {
            domain::mail::address_taken(language, &format!("{base_url}/sign-in"))
        } else {
            let token = self
                .new_email_token(
                    &mut tx,
                    account,
                    crate::accounts::TokenPurpose::ChangeEmail,
                    CHANGE_EMAIL_LINK_LIFETIME,
                    Some(new_email.as_str()),
                )
                .await?;
            domain::mail::confirm_new_address(
                language,
                &format!("{base_url}/account/email/confirm?token={token}"),
                CHANGE_EMAIL_LINK_LIFETIME.num_hours(),
            )
        };
        self.enqueue(&mut tx, Mail::to(new_email.as_str(), written))
            .await?;
        tx.commit().await?;
        Ok(EmailChange::Sent)
    }

    /// Follows a link to confirm a new email address; the old address is told, in the
    /// account's language or else the page's (`page`).
    pub async fn confirm_email_change(
        &self,
        token: &str,
        base_url: &str,
        keep: Option<&crate::accounts::SessionToken>,
        page: Language,
    ) -> Result<EmailConfirmation, BackendError> {
        let now = stamp(self.clock.now());
        let mut tx = self.write_transaction().await?;
        let Some(used) = use_email_token(
            &mut tx,
            token,
            crate::accounts::TokenPurpose::ChangeEmail,
            &now,
        )
        .await?
        else {
            return Ok(EmailConfirmation::Expired);
        };
        let Some(new_email) = used.new_email else {
            return Ok(EmailConfirmation::Expired);
        };
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(&new_email)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            tx.commit().await?;
            return Ok(EmailConfirmation::Taken);
        }
        let (old, language): (String, String) =
            sqlx::query_as("SELECT email, language FROM accounts WHERE id = ?")
                .bind(used.account)
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query(
            "UPDATE accounts SET email = ?, verified_at = coalesce(verified_at, ?) WHERE id = ?",
        )
        .bind(&new_email)
        .bind(&now)
        .bind(used.account)
        .execute(&mut *tx)
        .await?;
        // Everywhere else signed in to the account is signed out (only the browser that
        // confirmed, if it is signed in to it, stays), and so are other links it was sent.
        let kept = keep.map(|token| crate::accounts::token_hash(token.expose()));
        sqlx::query("DELETE FROM sessions WHERE account_id = ? AND id_hash IS DISTINCT FROM ?")
            .bind(used.account)
            .bind(kept)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE email_tokens SET used_at = ? WHERE account_id = ? AND purpose IN ('reset', 'change_email') AND used_at IS NULL")
            .bind(&now)
            .bind(used.account)
            .execute(&mut *tx)
            .await?;
        let written = domain::mail::address_changed(
            domain::mail::language_for(&language, page),
            &new_email,
            &format!("{base_url}/reset-password"),
        );
        self.enqueue(&mut tx, Mail::to(&old, written)).await?;
        tx.commit().await?;
        self.sessions_ended(used.account);
        Ok(EmailConfirmation::Changed)
    }
}

/// The preferences stored on account `account`'s row.
fn preferences_from(row: Row, account: i64) -> Result<Preferences, BackendError> {
    PreferenceAnswers {
        contact_method: row.contact_method,
        phone: row.phone.unwrap_or_default(),
        call_times: row.call_times,
        formats: row
            .formats
            .split(',')
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .collect(),
        language: row.language,
        interpreter: row.interpreter,
        adjustments: row.adjustments,
    }
    .parse()
    .map_err(|_| BackendError::BadPreferences(account))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use domain::preferences::{AltFormat, ContactMethod};

    const BASE: &str = "http://calico.test";

    /// The account page's overview of `account` says what each of its lists' own reads say
    /// (it skips the reads of those it finds empty); whether any list has anything.
    pub(crate) async fn overview_agrees(backend: &Backend, account: i64) -> bool {
        let overview = backend.account_overview(account).await.expect("reads");
        let read = |what: &str| format!("{what} of account {account}");
        assert_eq!(
            overview.preferences,
            backend.preferences(account).await.expect("reads"),
            "{}",
            read("preferences")
        );
        assert_eq!(
            overview.consents,
            backend.consents_for_resident(account).await.expect("reads"),
            "{}",
            read("consents")
        );
        assert_eq!(
            overview.invitations,
            backend
                .invitations_for_resident(account)
                .await
                .expect("reads"),
            "{}",
            read("invitations")
        );
        assert_eq!(
            overview.acting_for,
            backend.acting_for(account).await.expect("reads"),
            "{}",
            read("residents acted for")
        );
        assert_eq!(
            overview.pending_link,
            backend.pending_link(account).await.expect("reads"),
            "{}",
            read("pending link")
        );
        assert_eq!(
            overview.join_requests,
            backend.join_requests(account).await.expect("reads"),
            "{}",
            read("requests to join")
        );
        !(overview.consents.is_empty()
            && overview.invitations.is_empty()
            && overview.acting_for.is_empty()
            && overview.pending_link.is_none()
            && overview.join_requests.is_empty())
    }

    #[tokio::test]
    async fn a_new_account_has_its_preferences_and_empty_lists() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let alex = account(&backend, "alex@example.com", Some("10012345")).await;
        let sam = account(&backend, "sam@example.com", None).await;
        assert!(!overview_agrees(&backend, alex).await);
        assert!(!overview_agrees(&backend, sam).await);
    }

    #[tokio::test]
    async fn the_display_chosen_is_kept_on_the_account() {
        use domain::display::{Contrast, Display, TextSize};
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "alex@example.org", None).await;
        assert_eq!(backend.display(id).await.unwrap(), None, "never chosen");
        let chosen = Display {
            text: TextSize::Largest,
            contrast: Contrast::High,
        };
        backend.set_display(id, chosen).await.unwrap();
        assert_eq!(backend.display(id).await.unwrap(), Some(chosen));
        // Going back to the standard is a choice too, kept as such.
        backend.set_display(id, Display::default()).await.unwrap();
        assert_eq!(backend.display(id).await.unwrap(), Some(Display::default()));
    }

    #[tokio::test]
    async fn the_language_chosen_for_the_pages_is_the_accounts_unless_it_needs_another() {
        use domain::language::Language;
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "amina@example.org", None).await;
        assert_eq!(backend.page_language(id).await.unwrap(), None, "never said");
        backend
            .choose_page_language(id, Language::Urdu)
            .await
            .unwrap();
        assert_eq!(
            backend.page_language(id).await.unwrap(),
            Some(Language::Urdu)
        );
        assert_eq!(
            backend.preferences(id).await.unwrap().language.as_str(),
            "Urdu"
        );
        backend
            .choose_page_language(id, Language::English)
            .await
            .unwrap();
        assert_eq!(backend.preferences(id).await.unwrap().language.as_str(), "");
        // An interpreter booked in Urdu, or letters wanted in Bengali, are not undone by
        // reading the pages in another language.
        for (language, interpreter) in [("Urdu", true), ("Bengali", false)] {
            let mut preferences = backend.preferences(id).await.unwrap();
            let mut answers = preferences.answers();
            answers.language = language.into();
            answers.interpreter = interpreter;
            preferences = answers.parse().expect("valid");
            backend.save_preferences(id, &preferences).await.unwrap();
            backend
                .choose_page_language(id, Language::Polish)
                .await
                .unwrap();
            let kept = backend.preferences(id).await.unwrap();
            assert_eq!(
                (kept.language.as_str(), kept.interpreter),
                (language, interpreter)
            );
        }
    }

    /// Many residents switching the pages' language at once (each a read, then a write) are
    /// each kept: none is refused because another wrote between its read and its write.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn languages_chosen_at_once_are_each_kept() {
        use domain::language::Language;
        let (_dir, backend) = fresh().await;
        let accounts = crate::tests::accounts(&backend, "l", 16).await;
        const ROUNDS: usize = 6;
        let mut choosing = tokio::task::JoinSet::new();
        for round in 0..ROUNDS {
            for &id in &accounts {
                let backend = backend.clone();
                let language = Language::ALL[(id as usize + round) % Language::ALL.len()];
                choosing
                    .spawn(async move { (id, backend.choose_page_language(id, language).await) });
            }
            while let Some(chosen) = choosing.join_next().await {
                let (id, chosen) = chosen.expect("joins");
                assert!(
                    chosen.is_ok(),
                    "account {id}'s choice was refused: {chosen:?}"
                );
            }
        }
        // The last round's choice is each account's (English is kept as no language named).
        for &id in &accounts {
            let last = Language::ALL[(id as usize + ROUNDS - 1) % Language::ALL.len()];
            let kept = backend.page_language(id).await.unwrap();
            assert_eq!(kept.unwrap_or(Language::English), last, "account {id}");
        }
    }

    /// A verified account for `email` on the first demo tenancy; its password is
    /// "correct horse battery".
    async fn verified(backend: &Backend, email: &str) -> i64 {
        let token = crate::accounts::tests::registered(backend, email).await;
        assert!(backend.verify_email(&token, BASE).await.expect("verifies"));
        sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(email)
            .fetch_one(&backend.pool)
            .await
            .expect("account")
    }

    fn email(s: &str) -> Email {
        Email::parse(s).expect("email")
    }

    fn password(s: &str) -> Password {
        Password::entered(s).expect("password")
    }

    fn link_token(body: &str) -> String {
        crate::accounts::tests::link_token(body)
    }

    #[tokio::test]
    async fn a_new_email_address_is_used_only_once_its_link_is_followed_and_the_old_one_is_told() {
        let (_dir, backend) = fresh().await;
        let id = verified(&backend, "old@example.com").await;
        assert_eq!(
            backend
                .request_email_change(
                    id,
                    &email("new@example.com"),
                    &password("wrong password"),
                    BASE,
                    domain::language::Language::English
                )
                .await
                .expect("runs"),
            EmailChange::WrongPassword
        );
        assert_eq!(
            backend
                .request_email_change(
                    id,
                    &email("OLD@example.com"),
                    &password("correct horse battery"),
                    BASE,
                    domain::language::Language::English
                )
                .await
                .expect("runs"),
            EmailChange::Unchanged
        );
        assert_eq!(
            backend
                .request_email_change(
                    id,
                    &email("new@example.com"),
                    &password("correct horse battery"),
                    BASE,
                    domain::language::Language::English
                )
                .await
                .expect("runs"),
            EmailChange::Sent
        );
        let mail = backend.mail_to("new@example.com").await.expect("outbox");
        assert_eq!(mail.len(), 1);
        assert!(mail[0].body.contains("/account/email/confirm?token="));
        let token = link_token(&mail[0].body);
        let signed_in = backend
            .sign_in(
                &email("old@example.com"),
                &password("correct horse battery"),
                BASE,
            )
            .await
            .expect("signs in");
        assert!(
            matches!(signed_in, crate::accounts::SignIn::SignedIn(_)),
            "the old address works until then"
        );

        assert_eq!(
            backend
                .confirm_email_change(&token, BASE, None, domain::language::Language::English)
                .await
                .expect("runs"),
            EmailConfirmation::Changed
        );
        assert_eq!(
            backend
                .confirm_email_change(&token, BASE, None, domain::language::Language::English)
                .await
                .expect("runs"),
            EmailConfirmation::Expired,
            "single use"
        );
        let told = backend.mail_to("old@example.com").await.expect("outbox");
        assert_eq!(
            told.last().expect("a notice").subject,
            "The email address of your Calico Account has changed"
        );
        let signed_in = backend
            .sign_in(
                &email("new@example.com"),
                &password("correct horse battery"),
                BASE,
            )
            .await
            .expect("signs in");
        assert!(matches!(signed_in, crate::accounts::SignIn::SignedIn(_)));
    }

    #[tokio::test]
    async fn a_change_of_address_is_written_in_the_accounts_language_whatever_the_page() {
        use domain::language::Language;
        let (_dir, backend) = fresh().await;
        let id = verified(&backend, "old@example.com").await;
        backend
            .choose_page_language(id, Language::Urdu)
            .await
            .expect("chooses");
        backend
            .request_email_change(
                id,
                &email("new@example.com"),
                &password("correct horse battery"),
                BASE,
                Language::English,
            )
            .await
            .expect("runs");
        let mail = backend.mail_to("new@example.com").await.expect("outbox");
        assert_eq!(
            mail[0].subject,
            "اپنے Calico Account کے لیے نئے ای میل ایڈریس کی تصدیق کریں"
        );
        let token = link_token(&mail[0].body);
        backend
            .confirm_email_change(&token, BASE, None, Language::Polish)
            .await
            .expect("runs");
        let told = backend.mail_to("old@example.com").await.expect("outbox");
        let told = told.last().expect("a notice");
        assert_eq!(
            told.subject,
            "آپ کے Calico Account کا ای میل ایڈریس بدل گیا ہے"
        );
        assert!(told.body.contains("new@example.com"), "{}", told.body);
        assert!(
            told.body
                .lines()
                .any(|line| line == format!("{BASE}/reset-password")),
            "{}",
            told.body
        );
    }

    #[tokio::test]
    async fn a_new_address_signs_out_everywhere_else_and_ends_the_links_sent_before() {
        let (_dir, backend) = fresh().await;
        let id = verified(&backend, "old@example.com").await;
        let session = |signed_in| match signed_in {
            crate::accounts::SignIn::SignedIn(token) => token,
            other => panic!("not signed in: {other:?}"),
        };
        let sign_in = || async {
            session(
                backend
                    .sign_in(
                        &email("old@example.com"),
                        &password("correct horse battery"),
                        BASE,
                    )
                    .await
                    .expect("signs in"),
            )
        };
        let here = sign_in().await;
        let elsewhere = sign_in().await;
        backend
            .request_password_reset(
                &email("old@example.com"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("sends");
        let reset = link_token(
            &backend
                .mail_to("old@example.com")
                .await
                .expect("outbox")
                .last()
                .expect("a link")
                .body,
        );
        backend
            .request_email_change(
                id,
                &email("new@example.com"),
                &password("correct horse battery"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("sends");
        let change = link_token(&backend.mail_to("new@example.com").await.expect("outbox")[0].body);
        assert_eq!(
            backend
                .confirm_email_change(
                    &change,
                    BASE,
                    Some(&here),
                    domain::language::Language::English
                )
                .await
                .expect("runs"),
            EmailConfirmation::Changed
        );
        assert!(
            backend.session(&here).await.expect("reads").is_some(),
            "the browser that confirmed stays"
        );
        assert!(
            backend.session(&elsewhere).await.expect("reads").is_none(),
            "signed out elsewhere"
        );
        assert!(
            !backend
                .reset_password(&reset, &password("another good password"))
                .await
                .expect("runs"),
            "a reset link sent before no longer works"
        );
    }

    #[tokio::test]
    async fn an_address_that_has_an_account_is_told_so_and_cannot_be_taken_later() {
        let (_dir, backend) = fresh().await;
        let alex = verified(&backend, "alex@example.com").await;
        verified(&backend, "sam@example.com").await;
        backend
            .request_email_change(
                alex,
                &email("sam@example.com"),
                &password("correct horse battery"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("runs");
        let mail = backend.mail_to("sam@example.com").await.expect("outbox");
        assert_eq!(
            mail.last().expect("a note").subject,
            "This email address already has a Calico Account"
        );

        // A link sent while the address was free, followed after someone registered it.
        backend
            .request_email_change(
                alex,
                &email("kim@example.com"),
                &password("correct horse battery"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("runs");
        let token = link_token(&backend.mail_to("kim@example.com").await.expect("outbox")[0].body);
        verified(&backend, "kim@example.com").await;
        assert_eq!(
            backend
                .confirm_email_change(&token, BASE, None, domain::language::Language::English)
                .await
                .expect("runs"),
            EmailConfirmation::Taken
        );
    }

    #[tokio::test]
    async fn a_change_of_email_link_expires_after_a_day() {
        let (_dir, backend) = fresh().await;
        let id = verified(&backend, "old@example.com").await;
        backend
            .request_email_change(
                id,
                &email("new@example.com"),
                &password("correct horse battery"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("runs");
        let token = link_token(&backend.mail_to("new@example.com").await.expect("outbox")[0].body);
        backend.clock.advance(CHANGE_EMAIL_LINK_LIFETIME);
        assert_eq!(
            backend
                .confirm_email_change(&token, BASE, None, domain::language::Language::English)
                .await
                .expect("runs"),
            EmailConfirmation::Expired
        );
    }

    #[tokio::test]
    async fn a_new_account_is_contacted_by_email_with_no_support_recorded() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        assert_eq!(
            backend.preferences(id).await.expect("reads"),
            Preferences::default()
        );
    }

    #[tokio::test]
    async fn saved_preferences_and_name_read_back_the_same() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend, "a@example.com", None).await;
        let prefs = PreferenceAnswers {
            contact_method: "phone".into(),
            phone: "+44 7700 900982".into(),
            call_times: "Weekday mornings".into(),
            formats: vec!["braille".into(), "audio".into()],
            language: "Polish".into(),
            interpreter: true,
            adjustments: "Please speak slowly; I am hard of hearing.".into(),
        }
        .parse()
        .expect("valid");
        backend.save_preferences(id, &prefs).await.expect("saves");
        let read = backend.preferences(id).await.expect("reads");
        assert_eq!(read, prefs);
        assert_eq!(read.contact_method, ContactMethod::Phone);
        assert_eq!(read.formats, [AltFormat::Audio, AltFormat::Braille]);

        backend
            .set_name(
                id,
                &domain::preferences::parse_name("Alex Morgan").expect("name"),
            )
            .await
            .expect("names");
        let name: Option<String> = sqlx::query_scalar("SELECT name FROM accounts WHERE id = ?")
            .bind(id)
            .fetch_one(&backend.pool)
            .await
            .expect("row");
        assert_eq!(name.as_deref(), Some("Alex Morgan"));
    }
}
