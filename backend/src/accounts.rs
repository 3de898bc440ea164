//! Resident accounts: registration against the tenancy register, email verification,
//! sign-in with argon2id, and server-side sessions.
//!
//! Registration and sign-in answer the same whether or not the email or tenancy exists, and
//! do the same work (one password hash or verification) either way: the real outcome goes
//! to the email address.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine as _;
use chrono::Duration;
use domain::accounts::{Password, Registration};
use domain::language::Language;
use domain::mail;
use domain::values::Email;
use rand::RngCore as _;
use sha2::{Digest, Sha256};

use crate::clock::stamp;
use crate::outbox::Mail;
use crate::{Backend, BackendError};

/// How long a verification link works.
pub const VERIFY_LINK_LIFETIME: Duration = Duration::hours(24);
/// How long a password reset link works.
pub const RESET_LINK_LIFETIME: Duration = Duration::hours(1);
/// A session ends after this long without a request…
pub const SESSION_IDLE: Duration = Duration::minutes(60);
/// …and this long after sign-in in any case.
pub const SESSION_ABSOLUTE: Duration = Duration::hours(12);
/// A session's last-seen time is written at most this often.
pub const SESSION_TOUCH: Duration = Duration::minutes(1);

/// The secret in a session cookie. Only its hash is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(..)")
    }
}

impl SessionToken {
    pub fn from_cookie(value: &str) -> Self {
        Self(value.to_owned())
    }
    /// What is stored of it: its SHA-256.
    pub fn hash(&self) -> Vec<u8> {
        token_hash(&self.0)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What signing in did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    SignedIn(SessionToken),
    /// Right password, but the email address is not confirmed yet: a new link has been sent.
    Unverified,
    /// Wrong email or password (the two are never told apart).
    Refused,
}

/// A live session's row, with its account.
#[derive(sqlx::FromRow)]
struct LiveSession {
    #[sqlx(flatten)]
    account: Account,
    second_factor: bool,
    last_seen_at: String,
}

/// The signed-in resident, as pages see them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Account {
    pub id: i64,
    pub email: String,
    /// The name the resident gave for letters; `None` until they give one.
    pub name: Option<String>,
    pub rent_reference: Option<String>,
    pub address: Option<String>,
    pub lead_tenant_name: Option<String>,
    /// A colleague's role's code (`domain::handling::Role`); `None` for residents and
    /// representatives.
    pub role: Option<String>,
    /// Made to act for residents: never linked to a tenancy.
    pub representative: bool,
    /// A colleague whose session has not yet passed the second factor: `role` is `None` until
    /// it has (`crate::second_factor`).
    pub awaiting_second_factor: bool,
}

impl Account {
    /// The colleague's role, for an account of Calico Homes' complaints staff.
    pub fn colleague(&self) -> Option<domain::handling::Role> {
        domain::handling::Role::from_code(self.role.as_deref()?)
    }

    /// The name to greet them by: the name they gave, or their email address.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.email)
    }

    /// The colleague this is, from the row its session read (no query): `None` for residents
    /// and representatives, and for a colleague whose session has not passed the second
    /// factor. The same as [`Backend::staff`] once it has.
    pub fn staff(&self) -> Option<crate::handling::Staff> {
        Some(crate::handling::Staff {
            id: self.id,
            email: self.email.clone(),
            name: self.display_name().to_owned(),
            role: self.colleague()?,
        })
    }
}

/// A fresh random token for a link or cookie, and the hash that is stored.
pub(crate) fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub(crate) fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// How many passwords may be hashed or checked at once: each takes 19 MiB for about 26 ms, so a
/// flood of attempts queues here instead of exhausting memory.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

async fn hash_password(password: Password) -> Result<String, BackendError> {
    let _turn = HASHING
        .acquire()
        .await
        .map_err(|e| BackendError::Password(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt =
            SaltString::encode_b64(&salt).map_err(|e| BackendError::Password(e.to_string()))?;
        Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| BackendError::Password(e.to_string()))
    })
    .await
    .map_err(|e| BackendError::Password(e.to_string()))?
}

/// A hash of nothing anyone knows, verified against when there is no account, so a wrong
/// email takes as long as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        let salt = SaltString::encode_b64(b"calico-decoy-salt")
            .unwrap_or_else(|_| SaltString::from_b64("Y2FsaWNvZGVjb3k").expect("static salt"));
        Argon2::default()
            .hash_password(b"no account has this password", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

pub(crate) async fn verify_password(hash: String, password: Password) -> bool {
    let Ok(_turn) = HASHING.acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.expose().as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// What an emailed link is for (`email_tokens.purpose`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenPurpose {
    /// Confirming an email address.
    Verify,
    /// Setting a new password.
    Reset,
    /// Confirming a new email address for an account.
    ChangeEmail,
}

impl TokenPurpose {
    pub const ALL: [Self; 3] = [Self::Verify, Self::Reset, Self::ChangeEmail];

    /// The stored code.
    pub fn code(self) -> &'static str {
        domain::codes::code(&self)
    }
}

impl Backend {
    /// Registers a resident and records the home they asked for (settled when they confirm
    /// their email address: `domain::linking`). The answer to the page, and the mail, are the
    /// same whether or not the home matched; an address that has an account is told so.
    ///
    /// `page` is the language the page was read in: a new account keeps it as its language
    /// (for its letters and emails), and the mail is written in it.
    pub async fn register(
        &self,
        registration: &Registration,
        base_url: &str,
        page: Language,
    ) -> Result<(), BackendError> {
        let password_hash = hash_password(registration.password.clone()).await?;
        let now = self.clock.now();
        let email = registration.email.as_str();
        let mut tx = self.write_transaction().await?;
        let existing: Option<String> =
            sqlx::query_scalar("SELECT language FROM accounts WHERE email = ?")
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?;
        let mail = match existing {
            Some(language) => {
                already_registered_mail(email, base_url, mail::language_for(&language, page))
            }
            None => {
                let account: i64 = sqlx::query_scalar(
                    "INSERT INTO accounts (email, password_hash, language, created_at) VALUES (?, ?, ?, ?) RETURNING id",
                )
                .bind(email)
                .bind(&password_hash)
                .bind(domain::language::account_language_at_registration(page))
                .bind(stamp(now))
                .fetch_one(&mut *tx)
                .await?;
                // Settled once the address is confirmed: the email on file may be the proof.
                self.ask_for_home(&mut tx, account, &registration.home, base_url, false)
                    .await?;
                let token = self
                    .new_email_token(
                        &mut tx,
                        account,
                        TokenPurpose::Verify,
                        VERIFY_LINK_LIFETIME,
                        None,
                    )
                    .await?;
                verification_mail(email, base_url, &token, page)
            }
        };
        self.enqueue(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Registers someone who acts for residents (an advocate, a relative, a councillor): an
    /// email address and a name, no tenancy. The answer to the page is the same whether or not
    /// the address already has an account; the mail says which.
    pub async fn register_representative(
        &self,
        email: &Email,
        name: &domain::preferences::PersonName,
        password: &Password,
        base_url: &str,
        page: Language,
    ) -> Result<(), BackendError> {
        let password_hash = hash_password(password.clone()).await?;
        let mut tx = self.write_transaction().await?;
        let existing: Option<String> =
            sqlx::query_scalar("SELECT language FROM accounts WHERE email = ?")
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?;
        let mail = if let Some(language) = existing {
            already_registered_mail(
                email.as_str(),
                base_url,
                mail::language_for(&language, page),
            )
        } else {
            let account: i64 = sqlx::query_scalar(
                "INSERT INTO accounts (email, password_hash, name, representative, language, created_at) VALUES (?, ?, ?, 1, ?, ?) RETURNING id",
            )
            .bind(email.as_str())
            .bind(&password_hash)
            .bind(name.as_str())
            .bind(domain::language::account_language_at_registration(page))
            .bind(stamp(self.clock.now()))
            .fetch_one(&mut *tx)
            .await?;
            let token = self
                .new_email_token(
                    &mut tx,
                    account,
                    TokenPurpose::Verify,
                    VERIFY_LINK_LIFETIME,
                    None,
                )
                .await?;
            verification_mail(email.as_str(), base_url, &token, page)
        };
        self.enqueue(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn new_email_token(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        account: i64,
        purpose: TokenPurpose,
        lifetime: Duration,
        new_email: Option<&str>,
    ) -> Result<String, BackendError> {
        let (token, hash) = new_token();
        sqlx::query("INSERT INTO email_tokens (token_hash, account_id, purpose, expires_at, new_email) VALUES (?, ?, ?, ?, ?)")
            .bind(hash)
            .bind(account)
            .bind(purpose.code())
            .bind(stamp(self.clock.now() + lifetime))
            .bind(new_email)
            .execute(&mut **tx)
            .await?;
        Ok(token)
    }

    /// Follows a verification link. `false` when the link is unknown, used or expired.
    pub async fn verify_email(&self, token: &str, base_url: &str) -> Result<bool, BackendError> {
        let now = stamp(self.clock.now());
        let mut tx = self.write_transaction().await?;
        let account = use_email_token(&mut tx, token, TokenPurpose::Verify, &now)
            .await?
            .map(|used| used.account);
        if let Some(account) = account {
            let first = sqlx::query(
                "UPDATE accounts SET verified_at = ? WHERE id = ? AND verified_at IS NULL",
            )
            .bind(&now)
            .bind(account)
            .execute(&mut *tx)
            .await?;
            if first.rows_affected() == 1 {
                crate::linking::settle_on_verify(self, &mut tx, account, base_url).await?;
            }
        }
        tx.commit().await?;
        Ok(account.is_some())
    }

    /// Signs in: a new session (and so a new cookie value) every time.
    pub async fn sign_in(
        &self,
        email: &Email,
        password: &Password,
        base_url: &str,
    ) -> Result<SignIn, BackendError> {
        let row: Option<(i64, String, Option<String>, String)> = sqlx::query_as(
            "SELECT id, password_hash, verified_at, language FROM accounts WHERE email = ?",
        )
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?;
        let Some((account, hash, verified_at, language)) = row else {
            verify_password(decoy_hash().to_owned(), password.clone()).await;
            return Ok(SignIn::Refused);
        };
        if !verify_password(hash, password.clone()).await {
            return Ok(SignIn::Refused);
        }
        let mut tx = self.write_transaction().await?;
        if verified_at.is_none() {
            let token = self
                .new_email_token(
                    &mut tx,
                    account,
                    TokenPurpose::Verify,
                    VERIFY_LINK_LIFETIME,
                    None,
                )
                .await?;
            let language = domain::letters::written_in(&language);
            self.enqueue(
                &mut tx,
                verification_mail(email.as_str(), base_url, &token, language),
            )
            .await?;
            tx.commit().await?;
            return Ok(SignIn::Unverified);
        }
        // A request never settled (its address was confirmed by a reset link, or it was made
        // before proof was needed) is settled now: linked, or a code posted.
        crate::linking::settle_on_verify(self, &mut tx, account, base_url).await?;
        let (token, hash) = new_token();
        let now = stamp(self.clock.now());
        sqlx::query("INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
            .bind(hash)
            .bind(account)
            .bind(&now)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(SignIn::SignedIn(SessionToken(token)))
    }

    /// The resident a session cookie belongs to, if the session is live; using it keeps it
    /// alive (its last-seen time is written at most once every [`SESSION_TOUCH`]). An expired
    /// session is removed.
    pub async fn session(&self, token: &SessionToken) -> Result<Option<Account>, BackendError> {
        let now = self.clock.now();
        let hash = token_hash(token.expose());
        // One read (the session with its account and tenancy), and a write at most once a
        // minute: every signed-in request would otherwise queue behind the one writer. The
        // idle limit stays right to the minute.
        let live: Option<LiveSession> = sqlx::query_as(
            "SELECT a.id, a.email, a.name, a.rent_reference, t.address, t.lead_tenant_name, a.role,
                    a.representative, FALSE AS awaiting_second_factor,
                    s.second_factor_at IS NOT NULL AS second_factor, s.last_seen_at
             FROM sessions s
             JOIN accounts a ON a.id = s.account_id
             LEFT JOIN tenancies t ON t.rent_reference = a.rent_reference
             WHERE s.id_hash = ? AND s.last_seen_at > ? AND s.created_at > ?",
        )
        .bind(&hash)
        .bind(stamp(now - SESSION_IDLE))
        .bind(stamp(now - SESSION_ABSOLUTE))
        .fetch_optional(&self.pool)
        .await?;
        let Some(LiveSession {
            account,
            second_factor,
            last_seen_at,
        }) = live
        else {
            sqlx::query("DELETE FROM sessions WHERE id_hash = ?")
                .bind(&hash)
                .execute(&self.pool)
                .await?;
            return Ok(None);
        };
        if last_seen_at <= stamp(now - SESSION_TOUCH) {
            sqlx::query(
                "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at = ?",
            )
            .bind(stamp(now))
            .bind(&hash)
            .bind(&last_seen_at)
            .execute(&self.pool)
            .await?;
        }
        let found = Some(account);
        // A colleague's role counts only once this session has passed the second factor.
        Ok(found.map(|mut account| {
            if account.role.is_some() && !second_factor {
                account.role = None;
                account.awaiting_second_factor = true;
            }
            account
        }))
    }

    /// Whether the session is still live, without counting this as activity (a page left
    /// open on live updates does not keep its session from timing out).
    pub async fn session_live(&self, token: &SessionToken) -> Result<bool, BackendError> {
        let now = self.clock.now();
        let live: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM sessions WHERE id_hash = ? AND last_seen_at > ? AND created_at > ?",
        )
        .bind(token_hash(token.expose()))
        .bind(stamp(now - SESSION_IDLE))
        .bind(stamp(now - SESSION_ABSOLUTE))
        .fetch_optional(&self.pool)
        .await?;
        Ok(live.is_some())
    }

    /// Sends a single-use reset link if the address has an account. The page says the same
    /// either way; an unknown address gets no mail.
    /// The mail is in the account's language, or else the page's (`page`).
    pub async fn request_password_reset(
        &self,
        email: &Email,
        base_url: &str,
        page: Language,
    ) -> Result<(), BackendError> {
        let mut tx = self.write_transaction().await?;
        let account: Option<(i64, String)> =
            sqlx::query_as("SELECT id, language FROM accounts WHERE email = ?")
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((account, language)) = account {
            let token = self
                .new_email_token(
                    &mut tx,
                    account,
                    TokenPurpose::Reset,
                    RESET_LINK_LIFETIME,
                    None,
                )
                .await?;
            let written = mail::password_reset(
                mail::language_for(&language, page),
                &format!("{base_url}/reset-password/new?token={token}"),
                RESET_LINK_LIFETIME.num_minutes(),
            );
            self.enqueue(&mut tx, Mail::to(email.as_str(), written))
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sets a new password from a reset link. Every session of the account ends (whoever
    /// else was signed in is signed out), and the address counts as confirmed. `false` when
    /// the link is unknown, used or expired.
    pub async fn reset_password(
        &self,
        token: &str,
        password: &Password,
    ) -> Result<bool, BackendError> {
        let now = stamp(self.clock.now());
        // A link that cannot work costs no hashing: a flood of guesses stays cheap.
        let usable: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM email_tokens WHERE token_hash = ? AND purpose = 'reset' AND used_at IS NULL AND expires_at > ?",
        )
        .bind(token_hash(token))
        .bind(&now)
        .fetch_optional(&self.pool)
        .await?;
        if usable.is_none() {
            return Ok(false);
        }
        let password_hash = hash_password(password.clone()).await?;
        let mut tx = self.write_transaction().await?;
        let account = use_email_token(&mut tx, token, TokenPurpose::Reset, &now)
            .await?
            .map(|used| used.account);
        if let Some(account) = account {
            sqlx::query("UPDATE accounts SET password_hash = ?, verified_at = coalesce(verified_at, ?) WHERE id = ?")
                .bind(&password_hash)
                .bind(&now)
                .bind(account)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE account_id = ?")
                .bind(account)
                .execute(&mut *tx)
                .await?;
            // Any other reset link sent before this one stops working too.
            sqlx::query("UPDATE email_tokens SET used_at = ? WHERE account_id = ? AND purpose = 'reset' AND used_at IS NULL")
                .bind(&now)
                .bind(account)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        if let Some(account) = account {
            self.sessions_ended(account);
        }
        Ok(account.is_some())
    }

    /// Whether the database holds no accounts and no complaints yet.
    pub async fn is_empty(&self) -> Result<bool, BackendError> {
        let held: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM accounts) + (SELECT COUNT(*) FROM complaints)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(held == 0)
    }

    /// The account registered with `email`, if any.
    pub async fn account_id(&self, email: &str) -> Result<Option<i64>, BackendError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
                .bind(email)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Ends a session.
    pub async fn sign_out(&self, token: &SessionToken) -> Result<(), BackendError> {
        let ended: Option<i64> =
            sqlx::query_scalar("DELETE FROM sessions WHERE id_hash = ? RETURNING account_id")
                .bind(token_hash(token.expose()))
                .fetch_optional(&self.pool)
                .await?;
        if let Some(account) = ended {
            self.sessions_ended(account);
        }
        Ok(())
    }
}

/// A single-use link that has just been used.
pub(crate) struct UsedToken {
    pub account: i64,
    /// For a change of address: the address to change to.
    pub new_email: Option<String>,
}

/// Marks a single-use link as used, if it is live: known, of this purpose, unused and
/// unexpired at `now`.
pub(crate) async fn use_email_token(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    token: &str,
    purpose: TokenPurpose,
    now: &str,
) -> Result<Option<UsedToken>, BackendError> {
    let used: Option<(i64, Option<String>)> = sqlx::query_as(
        "UPDATE email_tokens SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
         RETURNING account_id, new_email",
    )
    .bind(now)
    .bind(token_hash(token))
    .bind(purpose.code())
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(used.map(|(account, new_email)| UsedToken { account, new_email }))
}

fn already_registered_mail(email: &str, base_url: &str, language: Language) -> Mail {
    Mail::to(
        email,
        mail::already_registered(language, &format!("{base_url}/sign-in")),
    )
}

fn verification_mail(email: &str, base_url: &str, token: &str, language: Language) -> Mail {
    Mail::to(
        email,
        mail::verification(
            language,
            &format!("{base_url}/verify-email?token={token}"),
            VERIFY_LINK_LIFETIME.num_hours(),
        ),
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::tests::fresh;
    use domain::accounts::RegistrationAnswers;

    const BASE: &str = "http://calico.test";

    /// A registration with the date of birth and phone the demo register holds for the lead
    /// tenant of 10012345, so it proves that tenancy (and no other).
    pub(crate) fn registration(email: &str, reference: &str, postcode: &str) -> Registration {
        RegistrationAnswers {
            email: email.into(),
            rent_reference: reference.into(),
            postcode: postcode.into(),
            date_of_birth: ["2".into(), "4".into(), "1980".into()],
            phone: "07700 900123".into(),
        }
        .parse(
            "correct horse battery",
            "correct horse battery",
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        )
        .expect("valid")
    }

    pub(crate) fn link_token(body: &str) -> String {
        body.split("token=")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("a link")
            .to_owned()
    }

    pub(crate) async fn registered(backend: &Backend, email: &str) -> String {
        backend.seed_demo_tenancies().await.expect("demo register");
        backend
            .register(
                &registration(email, "10012345", "BB11 2ED"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("registers");
        let mail = backend.mail_to(email).await.expect("mail");
        link_token(&mail.last().expect("a mail").body)
    }

    fn email(s: &str) -> Email {
        Email::parse(s).expect("email")
    }
    fn password(s: &str) -> Password {
        Password::entered(s).expect("password")
    }

    #[tokio::test]
    async fn a_resident_who_registers_in_polish_is_written_to_in_polish_from_then_on() {
        use domain::language::Language;
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("demo register");
        let ola = email("ola@example.com");
        backend
            .register(
                &registration("ola@example.com", "10012345", "BB11 2ED"),
                BASE,
                Language::Polish,
            )
            .await
            .expect("registers");
        let subjects = |mails: Vec<crate::outbox::QueuedMail>| -> Vec<String> {
            mails.into_iter().map(|m| m.subject).collect()
        };
        let first = backend.mail_to(ola.as_str()).await.expect("mail");
        assert_eq!(
            first[0].subject,
            "Potwierdź swój adres e-mail do konta Calico Account"
        );
        assert!(
            first[0].body.contains("przez 24 godziny"),
            "{}",
            first[0].body
        );
        let token = link_token(&first[0].body);
        // The account keeps the language it was made in: every later mail is in Polish, from
        // whichever page it was asked for.
        let id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(ola.as_str())
            .fetch_one(&backend.pool)
            .await
            .expect("id");
        assert_eq!(
            backend
                .preferences(id)
                .await
                .expect("reads")
                .language
                .as_str(),
            "Polish"
        );
        let pw = password("correct horse battery");
        assert_eq!(
            backend.sign_in(&ola, &pw, BASE).await.expect("runs"),
            SignIn::Unverified
        );
        backend
            .register(
                &registration("ola@example.com", "10012345", "BB11 2ED"),
                BASE,
                Language::Urdu,
            )
            .await
            .expect("answers");
        assert!(backend.verify_email(&token, BASE).await.expect("verifies"));
        backend
            .request_password_reset(&ola, BASE, Language::English)
            .await
            .expect("asks");
        assert_eq!(
            subjects(backend.mail_to(ola.as_str()).await.expect("mail")),
            [
                "Potwierdź swój adres e-mail do konta Calico Account",
                "Potwierdź swój adres e-mail do konta Calico Account",
                "Masz już konto Calico Account",
                "Zmień hasło do konta Calico Account",
            ]
        );
        // Registered on an English page, an account asks for no language, and a reset asked
        // for from an Urdu page is in Urdu.
        backend
            .register(
                &registration("sam@example.com", "10012345", "BB11 2ED"),
                BASE,
                Language::English,
            )
            .await
            .expect("registers");
        backend
            .request_password_reset(&email("sam@example.com"), BASE, Language::Urdu)
            .await
            .expect("asks");
        assert_eq!(
            subjects(backend.mail_to("sam@example.com").await.expect("mail")),
            [
                "Confirm your email address for your Calico Account",
                "اپنے Calico Account کا پاس ورڈ دوبارہ بنائیں",
            ]
        );
        let sam: String = sqlx::query_scalar("SELECT language FROM accounts WHERE email = ?")
            .bind("sam@example.com")
            .fetch_one(&backend.pool)
            .await
            .expect("language");
        assert_eq!(sam, "", "English is no language asked for");
    }

    #[tokio::test]
    async fn a_matching_tenancy_gets_a_verification_link_and_can_sign_in_after_following_it() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        let alex = email("alex@example.com");
        let pw = password("correct horse battery");
        assert_eq!(
            backend.sign_in(&alex, &pw, BASE).await.expect("runs"),
            SignIn::Unverified,
            "unverified is refused"
        );
        assert_eq!(
            backend
                .mail_to("alex@example.com")
                .await
                .expect("mail")
                .len(),
            2,
            "a fresh link is sent"
        );
        assert!(backend.verify_email(&token, BASE).await.expect("runs"));
        assert!(
            !backend.verify_email(&token, BASE).await.expect("runs"),
            "single use"
        );
        let SignIn::SignedIn(session) = backend.sign_in(&alex, &pw, BASE).await.expect("runs")
        else {
            panic!("not signed in")
        };
        let account = backend
            .session(&session)
            .await
            .expect("runs")
            .expect("live");
        assert_eq!(account.email, "alex@example.com");
        assert_eq!(account.lead_tenant_name.as_deref(), Some("Alex Morgan"));
        backend.sign_out(&session).await.expect("signs out");
        assert_eq!(backend.session(&session).await.expect("runs"), None);
    }

    #[tokio::test]
    async fn joint_tenants_may_each_register_but_an_email_only_once() {
        let (_dir, backend) = fresh().await;
        registered(&backend, "alex@example.com").await;
        registered(&backend, "robin@example.com").await;
        backend
            .register(
                &registration("ALEX@example.com", "10012345", "BB11 2ED"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("same answer");
        let mail = backend.mail_to("alex@example.com").await.expect("mail");
        assert_eq!(
            mail.last().expect("mail").subject,
            "You already have a Calico Account"
        );
        let accounts: i64 = sqlx::query_scalar("SELECT count(*) FROM accounts")
            .fetch_one(&backend.pool)
            .await
            .expect("count");
        assert_eq!(accounts, 2);
    }

    #[tokio::test]
    async fn a_wrong_password_and_an_unknown_email_are_refused_alike() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.verify_email(&token, BASE).await.expect("verifies");
        assert_eq!(
            backend
                .sign_in(
                    &email("alex@example.com"),
                    &password("wrong password!"),
                    BASE
                )
                .await
                .expect("runs"),
            SignIn::Refused
        );
        assert_eq!(
            backend
                .sign_in(
                    &email("nobody@example.com"),
                    &password("wrong password!"),
                    BASE
                )
                .await
                .expect("runs"),
            SignIn::Refused
        );
    }

    #[tokio::test]
    async fn each_sign_in_makes_a_new_session_and_only_hashes_are_stored() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.verify_email(&token, BASE).await.expect("verifies");
        let (alex, pw) = (email("alex@example.com"), password("correct horse battery"));
        let sign_in = || backend.sign_in(&alex, &pw, BASE);
        let (SignIn::SignedIn(a), SignIn::SignedIn(b)) = (
            sign_in().await.expect("runs"),
            sign_in().await.expect("runs"),
        ) else {
            panic!("signed in")
        };
        assert_ne!(a, b);
        let stored: Vec<Vec<u8>> = sqlx::query_scalar("SELECT id_hash FROM sessions")
            .fetch_all(&backend.pool)
            .await
            .expect("rows");
        assert!(stored
            .iter()
            .all(|h| h.as_slice() != a.expose().as_bytes() && h.len() == 32));
        let hashes: Vec<String> = sqlx::query_scalar("SELECT password_hash FROM accounts")
            .fetch_all(&backend.pool)
            .await
            .expect("rows");
        assert!(hashes[0].starts_with("$argon2id$"));
    }

    #[tokio::test]
    async fn sessions_end_after_an_idle_hour_and_after_twelve_hours_in_any_case() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.verify_email(&token, BASE).await.expect("verifies");
        let (alex, pw) = (email("alex@example.com"), password("correct horse battery"));
        let sign_in = || backend.sign_in(&alex, &pw, BASE);
        let SignIn::SignedIn(idle) = sign_in().await.expect("runs") else {
            panic!()
        };
        backend.clock.advance(Duration::minutes(61));
        assert_eq!(backend.session(&idle).await.expect("runs"), None);

        let SignIn::SignedIn(busy) = sign_in().await.expect("runs") else {
            panic!()
        };
        for _ in 0..12 {
            backend.clock.advance(Duration::minutes(59));
            assert!(
                backend.session(&busy).await.expect("runs").is_some(),
                "kept alive by use"
            );
        }
        backend.clock.advance(Duration::minutes(59));
        assert_eq!(
            backend.session(&busy).await.expect("runs"),
            None,
            "absolute limit"
        );
    }

    #[tokio::test]
    async fn a_session_is_written_at_most_once_a_minute_and_its_idle_hour_is_right_to_the_minute() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.verify_email(&token, BASE).await.expect("verifies");
        let SignIn::SignedIn(session) = backend
            .sign_in(
                &email("alex@example.com"),
                &password("correct horse battery"),
                BASE,
            )
            .await
            .expect("runs")
        else {
            panic!()
        };
        let seen = || async {
            sqlx::query_scalar::<_, String>("SELECT last_seen_at FROM sessions")
                .fetch_one(&backend.pool)
                .await
                .expect("row")
        };
        let signed_in_at = seen().await;
        backend.clock.advance(Duration::seconds(50));
        assert!(backend.session(&session).await.expect("runs").is_some());
        assert_eq!(seen().await, signed_in_at, "not written within the minute");
        backend.clock.advance(Duration::seconds(20));
        assert!(backend.session(&session).await.expect("runs").is_some());
        assert_eq!(seen().await, stamp(backend.clock.now()), "written after it");
        // Idle from then: alive at 59 minutes, ended at 60.
        backend.clock.advance(Duration::minutes(59));
        let last = seen().await;
        assert!(backend.session(&session).await.expect("runs").is_some());
        assert_ne!(seen().await, last);
        backend.clock.advance(Duration::minutes(60));
        assert_eq!(backend.session(&session).await.expect("runs"), None);
    }

    #[tokio::test]
    async fn a_reset_link_sets_a_new_password_once_and_signs_out_everywhere() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.verify_email(&token, BASE).await.expect("verifies");
        let alex = email("alex@example.com");
        let SignIn::SignedIn(session) = backend
            .sign_in(&alex, &password("correct horse battery"), BASE)
            .await
            .expect("runs")
        else {
            panic!()
        };
        backend
            .request_password_reset(&alex, BASE, domain::language::Language::English)
            .await
            .expect("requests");
        backend
            .request_password_reset(
                &email("nobody@example.com"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("same answer");
        assert!(backend
            .mail_to("nobody@example.com")
            .await
            .expect("mail")
            .is_empty());
        let first = link_token(
            &backend
                .mail_to("alex@example.com")
                .await
                .expect("mail")
                .last()
                .expect("reset mail")
                .body,
        );
        backend
            .request_password_reset(&alex, BASE, domain::language::Language::English)
            .await
            .expect("requests again");
        let mail = backend.mail_to("alex@example.com").await.expect("mail");
        let reset = link_token(&mail.last().expect("reset mail").body);
        let new = Password::new("a brand new passphrase", None).expect("valid");
        assert!(backend.reset_password(&reset, &new).await.expect("resets"));
        assert!(
            !backend.reset_password(&first, &new).await.expect("runs"),
            "the link sent before it no longer works"
        );
        assert!(
            !backend.reset_password(&reset, &new).await.expect("runs"),
            "single use"
        );
        assert_eq!(
            backend.session(&session).await.expect("runs"),
            None,
            "signed out everywhere"
        );
        assert_eq!(
            backend
                .sign_in(&alex, &password("correct horse battery"), BASE)
                .await
                .expect("runs"),
            SignIn::Refused
        );
        assert!(matches!(
            backend
                .sign_in(&alex, &password("a brand new passphrase"), BASE)
                .await
                .expect("runs"),
            SignIn::SignedIn(_)
        ));
    }

    #[tokio::test]
    async fn a_reset_link_expires_after_an_hour_and_only_its_hash_is_kept() {
        let (_dir, backend) = fresh().await;
        registered(&backend, "alex@example.com").await;
        backend
            .request_password_reset(
                &email("alex@example.com"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("requests");
        let mail = backend.mail_to("alex@example.com").await.expect("mail");
        let reset = link_token(&mail.last().expect("reset mail").body);
        let stored: Vec<Vec<u8>> = sqlx::query_scalar("SELECT token_hash FROM email_tokens")
            .fetch_all(&backend.pool)
            .await
            .expect("rows");
        assert!(stored.iter().all(|h| h.as_slice() != reset.as_bytes()));
        backend.clock.advance(Duration::minutes(61));
        let new = Password::new("a brand new passphrase", None).expect("valid");
        assert!(!backend.reset_password(&reset, &new).await.expect("runs"));
    }

    #[tokio::test]
    async fn a_verification_link_expires_after_a_day() {
        let (_dir, backend) = fresh().await;
        let token = registered(&backend, "alex@example.com").await;
        backend.clock.advance(Duration::hours(25));
        assert!(!backend.verify_email(&token, BASE).await.expect("runs"));
    }
}
