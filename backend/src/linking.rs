//! Linking accounts to tenancies (the rules are `domain::linking`): link requests, activation
//! codes posted to the home, and approval by an account already linked to it.
//!
//! `accounts.rent_reference` is only ever a proven link. What an account asked for is a row of
//! `link_requests`, open until it is linked, declined or replaced.

use chrono::{DateTime, NaiveDate, Utc};
use domain::accounts::HomeClaim;
use domain::calendar::{london_date, long_date};
use domain::linking::{self, ActivationCode, Given, OnFile, CODE_DIGITS};
use domain::values::PhoneNumber;
use rand::RngCore;
use sqlx::{Sqlite, Transaction};

use crate::accounts::token_hash;
use crate::clock::stamp;
use crate::outbox::Mail;
use crate::{Backend, BackendError};

/// An open request, as the account that made it sees it. It reads the same whether or not the
/// reference and postcode belong to a tenancy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLink {
    pub rent_reference: String,
    pub postcode: String,
    pub asked_at: DateTime<Utc>,
    /// When the latest code was sent for posting, if one was.
    pub code_sent_at: Option<DateTime<Utc>>,
    /// Whether another code may still be asked for.
    pub may_ask_again: bool,
    /// Whether the latest code has had too many wrong tries.
    pub code_spent: bool,
}

/// Someone asking to join the tenancy of the account that sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinRequest {
    pub id: i64,
    pub email: String,
    pub name: Option<String>,
    pub asked_at: DateTime<Utc>,
}

/// What asking to be linked to a home did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeRequest {
    /// What was given proved the tenancy: the account is linked.
    Linked,
    /// A code is on its way to the home (or, though this is never said, nothing matched).
    Waiting,
    /// Accounts that act for residents are never linked to a tenancy.
    Representative,
}

/// What entering an activation code did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    Linked,
    /// Not the code (or it expired); `left` more tries before it stops working.
    Wrong {
        left: i64,
    },
    /// Too many wrong tries: a new code is needed.
    Spent,
    /// The account is not waiting for a code (linked, or it asked for nothing).
    NoRequest,
}

/// What asking for another code did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewCode {
    Sent,
    /// [`linking::CODES_PER_REQUEST`] codes have been sent already.
    TooMany,
    NoRequest,
}

/// An activation letter for a colleague to print and post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivationLetter {
    pub id: i64,
    pub addressee: String,
    pub address: String,
    /// The letter's text, with the code; `None` once posted (the code is not kept).
    pub text: Option<String>,
    pub created_at: DateTime<Utc>,
    pub posted: Option<(DateTime<Utc>, String)>,
}

/// An activation letter as stored: id, addressee, address, text, created, posted at and by.
type LetterRow = (
    i64,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
);

fn parse_stamp(text: &str) -> Result<DateTime<Utc>, BackendError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|_| BackendError::BadRecord(text.to_owned()))
}

fn random_code() -> ActivationCode {
    let mut digits = [0u8; CODE_DIGITS];
    // Rejection sampling keeps every digit equally likely.
    let mut rng = rand::rng();
    for digit in &mut digits {
        *digit = loop {
            let byte = (rng.next_u32() & 0xff) as u8;
            if byte < 250 {
                break byte % 10;
            }
        };
    }
    ActivationCode::from_digits(digits)
}

/// How a request to link an account to a tenancy was settled (`link_requests.outcome`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkOutcome {
    /// The details given matched the tenancy on the register.
    Matched,
    /// The activation code posted to the home was entered.
    Code,
    /// A colleague approved it.
    Approved,
    /// A newer request from the same account took its place.
    Replaced,
}

impl LinkOutcome {
    pub const ALL: [Self; 4] = [Self::Matched, Self::Code, Self::Approved, Self::Replaced];

    /// The stored code.
    pub fn code(self) -> &'static str {
        domain::codes::code(&self)
    }
}

impl Backend {
    /// Records what `account` asked for, ending any request still open. Settled at once when
    /// `settle` (a verified account), otherwise when the email address is confirmed.
    pub(crate) async fn ask_for_home(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        account: i64,
        claim: &HomeClaim,
        base_url: &str,
        settle: bool,
    ) -> Result<HomeRequest, BackendError> {
        let now = stamp(self.clock.now());
        sqlx::query(
            "UPDATE link_requests SET settled_at = ?1, outcome = ?3
             WHERE account_id = ?2 AND settled_at IS NULL",
        )
        .bind(&now)
        .bind(account)
        .bind(LinkOutcome::Replaced.code())
        .execute(&mut **tx)
        .await?;
        let tenancy: Option<String> = sqlx::query_scalar(
            "SELECT rent_reference FROM tenancies WHERE rent_reference = ? AND postcode = ?",
        )
        .bind(claim.rent_reference.as_str())
        .bind(claim.postcode.as_str())
        .fetch_optional(&mut **tx)
        .await?;
        let request: i64 = sqlx::query_scalar(
            "INSERT INTO link_requests (account_id, rent_reference, postcode, date_of_birth, phone, tenancy, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(account)
        .bind(claim.rent_reference.as_str())
        .bind(claim.postcode.as_str())
        .bind(claim.date_of_birth.map(|d| d.to_string()))
        .bind(claim.phone.as_ref().map(|p| p.to_string()))
        .bind(&tenancy)
        .bind(&now)
        .fetch_one(&mut **tx)
        .await?;
        if settle {
            self.settle(tx, request, base_url).await
        } else {
            Ok(HomeRequest::Waiting)
        }
    }

    /// Links the request's account if what it gave proves the tenancy; otherwise posts a code
    /// to the home and tells the accounts already linked to it.
    pub(crate) async fn settle(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        request: i64,
        base_url: &str,
    ) -> Result<HomeRequest, BackendError> {
        let (account, email, tenancy, birth, phone): (
            i64,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        ) = sqlx::query_as(
            "SELECT r.account_id, a.email, r.tenancy, r.date_of_birth, r.phone
                 FROM link_requests r JOIN accounts a ON a.id = r.account_id WHERE r.id = ?",
        )
        .bind(request)
        .fetch_one(&mut **tx)
        .await?;
        if let Some(tenancy) = &tenancy {
            let (held_birth, held_email, held_phone): (
                Option<String>,
                Option<String>,
                Option<String>,
            ) = sqlx::query_as(
                "SELECT date_of_birth, email, phone FROM tenancies WHERE rent_reference = ?",
            )
            .bind(tenancy)
            .fetch_one(&mut **tx)
            .await?;
            let on_file = OnFile {
                date_of_birth: held_birth.as_deref().and_then(|d| d.parse().ok()),
                email: held_email,
                phone: held_phone
                    .as_deref()
                    .and_then(|p| PhoneNumber::parse(p).ok()),
            };
            let given_phone = phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
            let given = Given {
                date_of_birth: birth.as_deref().and_then(|d| d.parse::<NaiveDate>().ok()),
                phone: given_phone.as_ref(),
                verified_email: &email,
            };
            if linking::proves(&on_file, &given) {
                self.link(tx, request, LinkOutcome::Matched, None).await?;
                return Ok(HomeRequest::Linked);
            }
        }
        self.send_code(tx, request, base_url).await?;
        if let Some(tenancy) = &tenancy {
            self.tell_household(tx, tenancy, account, &email, base_url)
                .await?;
        }
        Ok(HomeRequest::Waiting)
    }

    /// Links the request's account to its tenancy and settles it.
    async fn link(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        request: i64,
        outcome: LinkOutcome,
        by: Option<i64>,
    ) -> Result<(), BackendError> {
        let now = stamp(self.clock.now());
        sqlx::query(
            "UPDATE accounts SET rent_reference = (SELECT tenancy FROM link_requests WHERE id = ?1)
             WHERE id = (SELECT account_id FROM link_requests WHERE id = ?1)
               AND representative = 0 AND role IS NULL",
        )
        .bind(request)
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "UPDATE link_requests SET settled_at = ?, outcome = ?, settled_by = ? WHERE id = ?",
        )
        .bind(&now)
        .bind(outcome.code())
        .bind(by)
        .bind(request)
        .execute(&mut **tx)
        .await?;
        self.end_codes(tx, request).await
    }

    async fn end_codes(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        request: i64,
    ) -> Result<(), BackendError> {
        sqlx::query(
            "UPDATE activation_codes SET used_at = ?, letter = NULL WHERE request_id = ? AND used_at IS NULL",
        )
        .bind(stamp(self.clock.now()))
        .bind(request)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// A new code for the request (the last one stops working). The request counts it whether
    /// or not there is a home to post it to.
    async fn send_code(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        request: i64,
        base_url: &str,
    ) -> Result<(), BackendError> {
        let now = self.clock.now();
        self.end_codes(tx, request).await?;
        sqlx::query(
            "UPDATE link_requests SET codes_sent = codes_sent + 1, code_sent_at = ?, wrong_codes = 0 WHERE id = ?",
        )
        .bind(stamp(now))
        .bind(request)
        .execute(&mut **tx)
        .await?;
        let home: Option<(String, String, String)> = sqlx::query_as(
            "SELECT t.lead_tenant_name, t.address, t.postcode FROM link_requests r
             JOIN tenancies t ON t.rent_reference = r.tenancy WHERE r.id = ?",
        )
        .bind(request)
        .fetch_optional(&mut **tx)
        .await?;
        let Some((addressee, address, postcode)) = home else {
            return Ok(());
        };
        let code = random_code();
        let expires = linking::code_expires(now);
        let address = format!("{address}, {postcode}");
        let text = linking::activation_letter(
            &addressee,
            &address,
            &code,
            &long_date(london_date(&expires)),
            base_url,
        );
        sqlx::query(
            "INSERT INTO activation_codes (request_id, code_hash, letter, addressee, address, expires_at, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(request)
        .bind(token_hash(code.as_str()))
        .bind(text)
        .bind(&addressee)
        .bind(&address)
        .bind(stamp(expires))
        .bind(stamp(now))
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Mails every account linked to `tenancy` that another account asked to join it.
    async fn tell_household(
        &self,
        tx: &mut Transaction<'_, Sqlite>,
        tenancy: &str,
        asking: i64,
        asking_email: &str,
        base_url: &str,
    ) -> Result<(), BackendError> {
        let household: Vec<(String, String)> = sqlx::query_as(
            "SELECT email, language FROM accounts WHERE rent_reference = ? AND id <> ? AND verified_at IS NOT NULL",
        )
        .bind(tenancy)
        .bind(asking)
        .fetch_all(&mut **tx)
        .await?;
        // Each in their own account's language: nobody else's page asked for it.
        for (to, language) in household {
            let written = domain::mail::household_asked(
                domain::letters::written_in(&language),
                asking_email,
                &format!("{base_url}/account"),
            );
            self.enqueue(tx, Mail::to(&to, written)).await?;
        }
        Ok(())
    }

    /// Asks for `account` to be linked to another home (the resident moved, or registered
    /// without the details that prove it).
    pub async fn request_home(
        &self,
        account: i64,
        claim: &HomeClaim,
        base_url: &str,
    ) -> Result<HomeRequest, BackendError> {
        let mut tx = self.write_transaction().await?;
        let representative: bool = sqlx::query_scalar(
            "SELECT representative = 1 OR role IS NOT NULL FROM accounts WHERE id = ?",
        )
        .bind(account)
        .fetch_one(&mut *tx)
        .await?;
        if representative {
            return Ok(HomeRequest::Representative);
        }
        let outcome = self
            .ask_for_home(&mut tx, account, claim, base_url, true)
            .await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// The account's open request, if it has one.
    pub async fn pending_link(&self, account: i64) -> Result<Option<PendingLink>, BackendError> {
        self.pending_link_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::pending_link`], on a connection the caller holds.
    pub(crate) async fn pending_link_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Option<PendingLink>, BackendError> {
        let row: Option<(String, String, String, Option<String>, i64, i64)> = sqlx::query_as(
            "SELECT rent_reference, postcode, created_at, code_sent_at, codes_sent, wrong_codes
             FROM link_requests WHERE account_id = ? AND settled_at IS NULL
             ORDER BY id DESC LIMIT 1",
        )
        .bind(account)
        .fetch_optional(&mut *conn)
        .await?;
        row.map(|(rent_reference, postcode, asked, sent, codes, wrong)| {
            Ok(PendingLink {
                rent_reference,
                postcode,
                asked_at: parse_stamp(&asked)?,
                code_sent_at: sent.as_deref().map(parse_stamp).transpose()?,
                may_ask_again: linking::may_send_another(codes),
                code_spent: linking::tries_left(wrong) == 0,
            })
        })
        .transpose()
    }

    /// Checks an activation code against the account's open request.
    pub async fn activate(
        &self,
        account: i64,
        code: &ActivationCode,
    ) -> Result<Activation, BackendError> {
        let now = stamp(self.clock.now());
        let mut tx = self.write_transaction().await?;
        let request: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, wrong_codes FROM link_requests
             WHERE account_id = ? AND settled_at IS NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((request, wrong)) = request else {
            return Ok(Activation::NoRequest);
        };
        if linking::tries_left(wrong) == 0 {
            return Ok(Activation::Spent);
        }
        let right: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM activation_codes
             WHERE request_id = ? AND code_hash = ? AND used_at IS NULL AND expires_at > ?",
        )
        .bind(request)
        .bind(token_hash(code.as_str()))
        .bind(&now)
        .fetch_optional(&mut *tx)
        .await?;
        let outcome = if right.is_some() {
            self.link(&mut tx, request, LinkOutcome::Code, None).await?;
            Activation::Linked
        } else {
            sqlx::query(
                "UPDATE link_requests SET wrong_codes = wrong_codes + 1 WHERE id = ? AND wrong_codes < ?",
            )
            .bind(request)
            .bind(linking::WRONG_CODES_MAX)
                .execute(&mut *tx)
                .await?;
            match linking::tries_left(wrong + 1) {
                0 => Activation::Spent,
                left => Activation::Wrong { left },
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// Posts another code to the home of the account's open request.
    pub async fn new_code(&self, account: i64, base_url: &str) -> Result<NewCode, BackendError> {
        let mut tx = self.write_transaction().await?;
        let request: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, codes_sent FROM link_requests
             WHERE account_id = ? AND settled_at IS NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        let outcome = match request {
            None => NewCode::NoRequest,
            Some((_, sent)) if !linking::may_send_another(sent) => NewCode::TooMany,
            Some((request, _)) => {
                self.send_code(&mut tx, request, base_url).await?;
                NewCode::Sent
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// Open requests from other accounts to join the tenancy `account` is linked to.
    pub async fn join_requests(&self, account: i64) -> Result<Vec<JoinRequest>, BackendError> {
        self.join_requests_in(&mut *self.pool.acquire().await?, account)
            .await
    }

    /// [`Self::join_requests`], on a connection the caller holds.
    pub(crate) async fn join_requests_in(
        &self,
        conn: &mut sqlx::SqliteConnection,
        account: i64,
    ) -> Result<Vec<JoinRequest>, BackendError> {
        let rows: Vec<(i64, String, Option<String>, String)> = sqlx::query_as(
            "SELECT r.id, a.email, a.name, r.created_at FROM link_requests r
             JOIN accounts me ON me.id = ?1 AND me.rent_reference IS NOT NULL
             JOIN accounts a ON a.id = r.account_id
             WHERE r.tenancy = me.rent_reference AND r.settled_at IS NULL AND r.declined_at IS NULL
               AND r.account_id <> ?1 AND a.verified_at IS NOT NULL
             ORDER BY r.id",
        )
        .bind(account)
        .fetch_all(&mut *conn)
        .await?;
        rows.into_iter()
            .map(|(id, email, name, asked)| {
                Ok(JoinRequest {
                    id,
                    email,
                    name,
                    asked_at: parse_stamp(&asked)?,
                })
            })
            .collect()
    }

    /// An account linked to the tenancy approves or declines another's request to join it.
    /// Approval links the asker and tells them; a decline is not told to the asker (see
    /// `domain::linking`). `false` when the request is not open, or not for `account`'s
    /// tenancy.
    pub async fn decide_join(
        &self,
        account: i64,
        request: i64,
        approve: bool,
        base_url: &str,
    ) -> Result<bool, BackendError> {
        let mut tx = self.write_transaction().await?;
        let asking: Option<(String, String)> = sqlx::query_as(
            "SELECT a.email, a.language FROM link_requests r JOIN accounts a ON a.id = r.account_id
             JOIN accounts me ON me.id = ? AND me.rent_reference IS NOT NULL
             WHERE r.id = ? AND r.settled_at IS NULL AND r.declined_at IS NULL
               AND r.tenancy = me.rent_reference AND r.account_id <> me.id
               AND a.verified_at IS NOT NULL",
        )
        .bind(account)
        .bind(request)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((to, language)) = asking else {
            return Ok(false);
        };
        if approve {
            self.link(&mut tx, request, LinkOutcome::Approved, Some(account))
                .await?;
            // In the asker's own language: the page that approved it was someone else's.
            let written = domain::mail::linked(
                domain::letters::written_in(&language),
                &format!("{base_url}/account"),
            );
            self.enqueue(&mut tx, Mail::to(&to, written)).await?;
        } else {
            // The asker is not told: that someone declined would say the home matched. The
            // request stops being shown to the household; a code posted to the home still works.
            sqlx::query("UPDATE link_requests SET declined_at = ?, declined_by = ? WHERE id = ?")
                .bind(stamp(self.clock.now()))
                .bind(account)
                .bind(request)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Activation letters to post (oldest first), or with `posted`, the 50 posted most recently.
    pub async fn activation_letters(
        &self,
        posted: bool,
    ) -> Result<Vec<ActivationLetter>, BackendError> {
        let rows: Vec<LetterRow> = sqlx::query_as(
            "SELECT id, addressee, address, letter, created_at, posted_at, posted_by
                 FROM activation_codes WHERE (posted_at IS NOT NULL) = ?1
                   AND (?1 OR (used_at IS NULL AND expires_at > ?2))
                 ORDER BY CASE WHEN ?1 THEN posted_at END DESC, id LIMIT 50",
        )
        .bind(posted)
        .bind(stamp(self.clock.now()))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(
                |(id, addressee, address, text, created, posted_at, posted_by)| {
                    Ok(ActivationLetter {
                        id,
                        addressee,
                        address,
                        text,
                        created_at: parse_stamp(&created)?,
                        posted: match (posted_at, posted_by) {
                            (Some(at), Some(by)) => Some((parse_stamp(&at)?, by)),
                            _ => None,
                        },
                    })
                },
            )
            .collect()
    }

    /// A colleague has posted the letter: the code is no longer kept. `false` if it was
    /// posted already.
    pub async fn activation_letter_posted(&self, id: i64, by: &str) -> Result<bool, BackendError> {
        let done = sqlx::query(
            "UPDATE activation_codes SET posted_at = ?, posted_by = ?, letter = NULL
             WHERE id = ? AND posted_at IS NULL",
        )
        .bind(stamp(self.clock.now()))
        .bind(by)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

/// Settles the open requests of an account whose email address was just confirmed (or that
/// signs in with a request never settled).
pub(crate) async fn settle_on_verify(
    backend: &Backend,
    tx: &mut Transaction<'_, Sqlite>,
    account: i64,
    base_url: &str,
) -> Result<(), BackendError> {
    let open: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM link_requests WHERE account_id = ? AND settled_at IS NULL AND codes_sent = 0",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await?;
    for request in open {
        backend.settle(tx, request, base_url).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::{link_token, registration};
    use crate::tests::fresh;
    use domain::accounts::RegistrationAnswers;

    const BASE: &str = "http://calico.test";

    fn unproved(email: &str, reference: &str, postcode: &str) -> domain::accounts::Registration {
        RegistrationAnswers {
            email: email.into(),
            rent_reference: reference.into(),
            postcode: postcode.into(),
            ..Default::default()
        }
        .parse(
            "correct horse battery",
            "correct horse battery",
            NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        )
        .expect("valid")
    }

    /// Registers and confirms the address; the account's id.
    async fn confirmed(backend: &Backend, registration: &domain::accounts::Registration) -> i64 {
        let email = registration.email.as_str();
        backend
            .register(registration, BASE, domain::language::Language::English)
            .await
            .expect("registers");
        let mail = backend.mail_to(email).await.expect("mail");
        let token = link_token(&mail.last().expect("mail").body);
        assert!(backend.verify_email(&token, BASE).await.expect("verifies"));
        sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
            .bind(email)
            .fetch_one(&backend.pool)
            .await
            .expect("id")
    }

    async fn linked_to(backend: &Backend, account: i64) -> Option<String> {
        sqlx::query_scalar("SELECT rent_reference FROM accounts WHERE id = ?")
            .bind(account)
            .fetch_one(&backend.pool)
            .await
            .expect("row")
    }

    /// The code in the newest activation letter for the account's request.
    async fn posted_code(backend: &Backend, account: i64) -> ActivationCode {
        let text: String = sqlx::query_scalar(
            "SELECT c.letter FROM activation_codes c JOIN link_requests r ON r.id = c.request_id
             WHERE r.account_id = ? ORDER BY c.id DESC LIMIT 1",
        )
        .bind(account)
        .fetch_one(&backend.pool)
        .await
        .expect("a letter");
        let line = text
            .lines()
            .find(|l| l.len() == 9 && l.chars().nth(4) == Some(' '))
            .expect("the code's line");
        ActivationCode::parse(line).expect("code")
    }

    #[tokio::test]
    async fn the_date_of_birth_with_the_phone_or_email_on_file_links_once_the_address_is_confirmed()
    {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        backend
            .register(
                &registration("alex@example.com", "10012345", "BB11 2ED"),
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("registers");
        let id: i64 = sqlx::query_scalar("SELECT id FROM accounts")
            .fetch_one(&backend.pool)
            .await
            .expect("id");
        assert_eq!(
            linked_to(&backend, id).await,
            None,
            "not before the address is confirmed"
        );
        let mail = backend.mail_to("alex@example.com").await.expect("mail");
        backend
            .verify_email(&link_token(&mail[0].body), BASE)
            .await
            .expect("verifies");
        assert_eq!(linked_to(&backend, id).await.as_deref(), Some("10012345"));
        assert_eq!(backend.pending_link(id).await.expect("reads"), None);
        assert!(backend
            .activation_letters(false)
            .await
            .expect("reads")
            .is_empty());

        // The email address on file, with the date of birth, proves it too.
        let by_email = RegistrationAnswers {
            email: "Sam.Khan@example.com".into(),
            rent_reference: "10023456".into(),
            postcode: "BB10 1AA".into(),
            date_of_birth: ["14".into(), "9".into(), "1975".into()],
            phone: String::new(),
        }
        .parse(
            "correct horse battery",
            "correct horse battery",
            NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
        )
        .expect("valid");
        let sam = confirmed(&backend, &by_email).await;
        assert_eq!(linked_to(&backend, sam).await.as_deref(), Some("10023456"));
    }

    #[tokio::test]
    async fn a_home_that_matched_and_one_that_did_not_read_the_same_to_the_person_asking() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let right = confirmed(&backend, &unproved("a@example.com", "10012345", "BB11 2ED")).await;
        let wrong = confirmed(&backend, &unproved("b@example.com", "10012345", "BB10 1AA")).await;
        // The proof of another tenancy proves nothing here.
        let other = confirmed(
            &backend,
            &registration("c@example.com", "10023456", "BB10 1AA"),
        )
        .await;
        for id in [right, wrong, other] {
            assert_eq!(linked_to(&backend, id).await, None);
        }
        assert!(crate::profile::tests::overview_agrees(&backend, right).await);
        let a = backend
            .pending_link(right)
            .await
            .expect("reads")
            .expect("open");
        let b = backend
            .pending_link(wrong)
            .await
            .expect("reads")
            .expect("open");
        assert_eq!(
            (a.code_sent_at.is_some(), a.may_ask_again, a.code_spent),
            (b.code_sent_at.is_some(), b.may_ask_again, b.code_spent)
        );
        let mail = |to: &'static str| {
            let backend = backend.clone();
            async move {
                let mail = backend.mail_to(to).await.expect("mail");
                mail.iter()
                    .map(|m| {
                        (
                            m.subject.clone(),
                            m.body.split("token=").next().unwrap_or("").to_owned(),
                        )
                    })
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(mail("a@example.com").await, mail("b@example.com").await);
        // A wrong code reads the same for both, and runs out alike.
        let guess = ActivationCode::parse("00000000").expect("code");
        for left in (1..linking::WRONG_CODES_MAX).rev() {
            assert_eq!(
                backend.activate(right, &guess).await.expect("runs"),
                Activation::Wrong { left }
            );
            assert_eq!(
                backend.activate(wrong, &guess).await.expect("runs"),
                Activation::Wrong { left }
            );
        }
        assert_eq!(
            backend.activate(right, &guess).await.expect("runs"),
            Activation::Spent
        );
        assert_eq!(
            backend.activate(wrong, &guess).await.expect("runs"),
            Activation::Spent
        );
        // Only real homes get a letter, to the lead tenant at the address on the register: the
        // reference with a wrong postcode none, the other tenancy's its own.
        let letters = backend.activation_letters(false).await.expect("reads");
        assert_eq!(
            letters
                .iter()
                .map(|l| l.addressee.as_str())
                .collect::<Vec<_>>(),
            ["Alex Morgan", "Sam Khan"]
        );
        assert_eq!(backend.open_task_count().await.expect("counts"), 2);
        assert_eq!(
            letters[0].address,
            "Flat 1, Centenary Court, Croft Street, Burnley, BB11 2ED"
        );
    }

    #[tokio::test]
    async fn a_posted_code_links_once_and_another_can_be_asked_for_a_few_times() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let id = confirmed(&backend, &unproved("a@example.com", "10034567", "BB12 6BB")).await;
        let first = posted_code(&backend, id).await;
        assert_eq!(
            backend.new_code(id, BASE).await.expect("runs"),
            NewCode::Sent
        );
        let second = posted_code(&backend, id).await;
        assert_eq!(
            backend.activate(id, &first).await.expect("runs"),
            Activation::Wrong {
                left: linking::WRONG_CODES_MAX - 1
            },
            "a newer code replaces the last"
        );
        assert_eq!(
            backend.new_code(id, BASE).await.expect("runs"),
            NewCode::Sent
        );
        assert_eq!(
            backend.new_code(id, BASE).await.expect("runs"),
            NewCode::TooMany
        );
        let third = posted_code(&backend, id).await;
        assert_ne!(second, third);
        let letters = backend.activation_letters(false).await.expect("reads");
        assert_eq!(letters.len(), 1, "replaced codes are not posted");
        assert!(backend
            .activation_letter_posted(letters[0].id, "Kim Ward")
            .await
            .expect("runs"));
        assert!(!backend
            .activation_letter_posted(letters[0].id, "Kim Ward")
            .await
            .expect("runs"));
        let posted = backend.activation_letters(true).await.expect("reads");
        assert_eq!(posted[0].text, None, "the code is not kept once posted");
        assert_eq!(
            backend.activate(id, &third).await.expect("runs"),
            Activation::Linked
        );
        assert_eq!(linked_to(&backend, id).await.as_deref(), Some("10034567"));
        assert_eq!(
            backend.activate(id, &third).await.expect("runs"),
            Activation::NoRequest
        );
    }

    #[tokio::test]
    async fn the_household_is_told_and_a_linked_account_approves_or_declines() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let alex = confirmed(
            &backend,
            &registration("alex@example.com", "10012345", "BB11 2ED"),
        )
        .await;
        let robin = confirmed(
            &backend,
            &unproved("robin@example.com", "10012345", "BB11 2ED"),
        )
        .await;
        let stranger = confirmed(
            &backend,
            &unproved("eve@example.com", "10012345", "BB11 2ED"),
        )
        .await;
        let told = backend.mail_to("alex@example.com").await.expect("mail");
        assert_eq!(
            told.iter()
                .filter(|m| m.subject == "Someone asked to link their Calico Account to your home")
                .count(),
            2
        );
        let asking = backend.join_requests(alex).await.expect("reads");
        assert_eq!(
            asking.iter().map(|r| r.email.as_str()).collect::<Vec<_>>(),
            ["robin@example.com", "eve@example.com"]
        );
        assert!(crate::profile::tests::overview_agrees(&backend, alex).await);
        assert!(crate::profile::tests::overview_agrees(&backend, stranger).await);
        // Nobody else can decide, not even the stranger about their own request.
        assert!(!backend
            .decide_join(stranger, asking[1].id, true, BASE)
            .await
            .expect("runs"));
        assert!(!backend
            .decide_join(robin, asking[1].id, true, BASE)
            .await
            .expect("runs"));
        assert!(backend
            .join_requests(robin)
            .await
            .expect("reads")
            .is_empty());
        assert!(backend
            .decide_join(alex, asking[0].id, true, BASE)
            .await
            .expect("runs"));
        assert!(backend
            .decide_join(alex, asking[1].id, false, BASE)
            .await
            .expect("runs"));
        assert!(
            !backend
                .decide_join(alex, asking[1].id, true, BASE)
                .await
                .expect("runs"),
            "settled"
        );
        assert_eq!(
            linked_to(&backend, robin).await.as_deref(),
            Some("10012345")
        );
        assert_eq!(linked_to(&backend, stranger).await, None);
        // The stranger is not told (that would say the home matched): their request reads as
        // before, and only the household stops seeing it.
        assert!(backend
            .pending_link(stranger)
            .await
            .expect("reads")
            .is_some());
        assert!(backend.join_requests(alex).await.expect("reads").is_empty());
        let told: Vec<String> = backend
            .mail_to("eve@example.com")
            .await
            .expect("mail")
            .into_iter()
            .map(|m| m.subject)
            .collect();
        assert_eq!(told, ["Confirm your email address for your Calico Account"]);
        assert_eq!(
            backend
                .mail_to("robin@example.com")
                .await
                .expect("mail")
                .last()
                .map(|m| m.subject.clone()),
            Some("Your Calico Account is linked to your home".to_owned())
        );
    }

    #[tokio::test]
    async fn each_of_the_household_is_told_in_their_own_accounts_language() {
        use domain::language::Language;
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let alex = confirmed(
            &backend,
            &registration("alex@example.com", "10012345", "BB11 2ED"),
        )
        .await;
        backend
            .choose_page_language(alex, Language::Urdu)
            .await
            .expect("chooses");
        // Robin registers on a page read in Polish, and asks to join the home.
        let robin_registration = unproved("robin@example.com", "10012345", "BB11 2ED");
        backend
            .register(&robin_registration, BASE, Language::Polish)
            .await
            .expect("registers");
        let mail = backend.mail_to("robin@example.com").await.expect("mail");
        let token = link_token(&mail.last().expect("mail").body);
        assert!(backend.verify_email(&token, BASE).await.expect("verifies"));
        let told = backend.mail_to("alex@example.com").await.expect("mail");
        let asked = told.last().expect("alex is told");
        assert_eq!(
            asked.subject,
            "کسی نے اپنے Calico Account کو آپ کے گھر سے جوڑنے کو کہا ہے"
        );
        assert!(asked.body.contains("robin@example.com"), "{}", asked.body);
        assert!(
            asked
                .body
                .lines()
                .any(|line| line == format!("{BASE}/account")),
            "{}",
            asked.body
        );
        // Alex approves (on whatever page): Robin hears in Polish.
        let asking = backend.join_requests(alex).await.expect("reads");
        assert!(backend
            .decide_join(alex, asking[0].id, true, BASE)
            .await
            .expect("runs"));
        let robin = backend.mail_to("robin@example.com").await.expect("mail");
        let linked = robin.last().expect("robin is told");
        assert_eq!(
            linked.subject,
            "Twoje konto Calico Account jest powiązane z Twoim domem"
        );
        assert!(linked.body.contains("od 9:00 do 17:00"), "{}", linked.body);
    }

    #[tokio::test]
    async fn accounts_that_act_for_residents_and_colleagues_never_link() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let email = domain::values::Email::parse("advocate@example.org").expect("email");
        let name = domain::preferences::parse_name("Jordan Lee").expect("name");
        let password = domain::accounts::Password::new("a long passphrase here", None).expect("pw");
        backend
            .register_representative(
                &email,
                &name,
                &password,
                BASE,
                domain::language::Language::English,
            )
            .await
            .expect("registers");
        let id: i64 = sqlx::query_scalar("SELECT id FROM accounts")
            .fetch_one(&backend.pool)
            .await
            .expect("id");
        let claim = registration("x@example.com", "10012345", "BB11 2ED").home;
        assert_eq!(
            backend.request_home(id, &claim, BASE).await.expect("runs"),
            HomeRequest::Representative
        );
        assert_eq!(linked_to(&backend, id).await, None);
    }

    #[tokio::test]
    async fn moving_home_keeps_the_old_link_until_the_new_home_is_proved() {
        let (_dir, backend) = fresh().await;
        backend.seed_demo_tenancies().await.expect("register");
        let id = confirmed(
            &backend,
            &registration("alex@example.com", "10012345", "BB11 2ED"),
        )
        .await;
        let elsewhere = unproved("x@example.com", "10045678", "BB11 3CC").home;
        assert_eq!(
            backend
                .request_home(id, &elsewhere, BASE)
                .await
                .expect("runs"),
            HomeRequest::Waiting
        );
        assert_eq!(linked_to(&backend, id).await.as_deref(), Some("10012345"));
        let code = posted_code(&backend, id).await;
        assert_eq!(
            backend.activate(id, &code).await.expect("runs"),
            Activation::Linked
        );
        assert_eq!(linked_to(&backend, id).await.as_deref(), Some("10045678"));
    }
}
