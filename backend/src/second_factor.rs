//! Colleagues' second factor (the rules are `domain::second_factor`): setting up an
//! authenticator app, passing the second factor in a session, recovery codes, and an
//! administrator's reset.

use domain::second_factor::{self as rules, DIGITS, RECOVERY_CHARS, STEP_SECONDS};
use rand::RngCore;
use totp_rs::{Algorithm, TOTP};

use crate::accounts::{token_hash, SessionToken};
use crate::clock::stamp;
use crate::{Backend, BackendError};

/// Where a colleague's second factor stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactor {
    /// Set up: the session asks for a code.
    SetUp,
    /// Not yet: the app is to be given this secret, by the QR code or typed.
    NotSetUp {
        /// The secret in base32, grouped in fours to type.
        secret: String,
        /// The `otpauth://` address the QR code holds.
        uri: String,
        /// The QR code as an SVG image.
        qr_svg: String,
    },
}

/// What a code typed in a session did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passed {
    /// The session may use the console now.
    Yes,
    /// The second factor was set up by this code: the recovery codes, shown once.
    SetUp { recovery_codes: Vec<String> },
    /// Not a code that works now (or it was used already).
    No,
}

fn totp(secret: Vec<u8>) -> Result<TOTP, BackendError> {
    TOTP::new(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, secret)
        .map_err(|e| BackendError::BadRecord(format!("second factor secret: {e:?}")))
}

/// The code an authenticator app shows for `secret_base32` at `unix_seconds` (what a test, or
/// a colleague's app, computes).
pub fn code_at(secret_base32: &str, unix_seconds: u64) -> Option<String> {
    let compact: String = secret_base32
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = totp_rs::Secret::Encoded(compact).to_bytes().ok()?;
    Some(totp(bytes).ok()?.generate(unix_seconds))
}

/// The time step `code` belongs to at `unix_seconds`, if any (one either side allowed).
fn matching_step(totp: &TOTP, code: &str, unix_seconds: u64) -> Option<u64> {
    rules::steps_around(unix_seconds).find(|step| {
        let expected = totp.generate(step * STEP_SECONDS);
        // Both are six ASCII digits: compare every byte whatever the first difference.
        expected
            .bytes()
            .zip(code.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
            && expected.len() == code.len()
    })
}

impl Backend {
    fn unix_now(&self) -> u64 {
        u64::try_from(self.clock.now().timestamp()).unwrap_or(0)
    }

    /// Where `account`'s second factor stands; while it is not set up, the secret to set it up
    /// with (made once, kept until confirmed).
    pub async fn second_factor(
        &self,
        account: i64,
        email: &str,
    ) -> Result<SecondFactor, BackendError> {
        let row: Option<(Vec<u8>, Option<String>)> =
            sqlx::query_as("SELECT secret, confirmed_at FROM second_factors WHERE account_id = ?")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
        let secret = match row {
            Some((_, Some(_))) => return Ok(SecondFactor::SetUp),
            Some((secret, None)) => secret,
            None => {
                let mut secret = vec![0u8; 20];
                rand::rng().fill_bytes(&mut secret);
                sqlx::query(
                    "INSERT INTO second_factors (account_id, secret) VALUES (?, ?)
                     ON CONFLICT (account_id) DO NOTHING",
                )
                .bind(account)
                .bind(&secret)
                .execute(&self.pool)
                .await?;
                // Another request may have made it first: use what is stored.
                sqlx::query_scalar("SELECT secret FROM second_factors WHERE account_id = ?")
                    .bind(account)
                    .fetch_one(&self.pool)
                    .await?
            }
        };
        let base32 = totp(secret)?.get_secret_base32();
        let uri = format!(
            "otpauth://totp/Calico%20Account:{}?secret={base32}&issuer=Calico%20Account&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            email.replace('@', "%40")
        );
        let qr_svg = qrcode::QrCode::new(uri.as_bytes())
            .map_err(|e| BackendError::BadRecord(format!("QR code: {e}")))?
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .build();
        let grouped = base32
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(SecondFactor::NotSetUp {
            secret: grouped,
            uri,
            qr_svg,
        })
    }

    /// Checks a code from the app for the session's colleague; a code sets the second factor
    /// up if it is not yet. Each code works once.
    pub async fn pass_second_factor(
        &self,
        account: i64,
        session: &SessionToken,
        code: &str,
    ) -> Result<Passed, BackendError> {
        let mut tx = self.write_transaction().await?;
        let row: Option<(Vec<u8>, Option<String>, i64)> = sqlx::query_as(
            "SELECT secret, confirmed_at, last_step FROM second_factors WHERE account_id = ?",
        )
        .bind(account)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((secret, confirmed, last_step)) = row else {
            return Ok(Passed::No);
        };
        let step = matching_step(&totp(secret)?, code, self.unix_now())
            .and_then(|step| i64::try_from(step).ok())
            .filter(|step| *step > last_step);
        let Some(step) = step else {
            return Ok(Passed::No);
        };
        let now = stamp(self.clock.now());
        let moved = sqlx::query(
            "UPDATE second_factors SET last_step = ?1, confirmed_at = coalesce(confirmed_at, ?2)
             WHERE account_id = ?3 AND last_step < ?1",
        )
        .bind(step)
        .bind(&now)
        .bind(account)
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            return Ok(Passed::No);
        }
        let outcome = if confirmed.is_some() {
            Passed::Yes
        } else {
            self.tell_colleague(
                &mut tx,
                account,
                "Your Calico Account second sign-in step is set up",
                "An authenticator app was set up as the second sign-in step of your Calico Account.",
            )
            .await?;
            let mut recovery_codes = Vec::with_capacity(rules::RECOVERY_CODES);
            for _ in 0..rules::RECOVERY_CODES {
                let mut random = [0u8; RECOVERY_CHARS];
                rand::rng().fill_bytes(&mut random);
                let code = rules::recovery_code(random);
                sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)")
                    .bind(account)
                    .bind(token_hash(&code))
                    .execute(&mut *tx)
                    .await?;
                recovery_codes.push(rules::grouped_recovery_code(&code));
            }
            Passed::SetUp { recovery_codes }
        };
        self.mark_passed(&mut tx, session, &now).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Uses one of the colleague's recovery codes in place of a code from the app.
    pub async fn use_recovery_code(
        &self,
        account: i64,
        session: &SessionToken,
        code: &str,
    ) -> Result<bool, BackendError> {
        let now = stamp(self.clock.now());
        let mut tx = self.write_transaction().await?;
        let used = sqlx::query(
            "UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL
             AND EXISTS (SELECT 1 FROM second_factors f WHERE f.account_id = recovery_codes.account_id
                         AND f.confirmed_at IS NOT NULL)",
        )
        .bind(&now)
        .bind(account)
        .bind(token_hash(code))
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Ok(false);
        }
        self.tell_colleague(
            &mut tx,
            account,
            "A recovery code was used to sign in to your Calico Account",
            "One of your recovery codes was used in place of a code from your authenticator app.",
        )
        .await?;
        self.mark_passed(&mut tx, session, &now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Mails the colleague about a change to their second factor, so that one made by someone
    /// else with their password does not go unseen.
    async fn tell_colleague(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        account: i64,
        subject: &str,
        what: &str,
    ) -> Result<(), BackendError> {
        let to: String = sqlx::query_scalar("SELECT email FROM accounts WHERE id = ?")
            .bind(account)
            .fetch_one(&mut **tx)
            .await?;
        self.enqueue(
            tx,
            crate::outbox::Mail {
                to,
                subject: subject.into(),
                body: format!(
                    "{what}\n\nIf this was not you, tell an administrator at once: they can reset your \
                     second sign-in step, and you should change your password.\n\n{}",
                    domain::mail::signature(domain::language::Language::English)
                ),
            },
        )
        .await
    }

    async fn mark_passed(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        session: &SessionToken,
        now: &str,
    ) -> Result<(), BackendError> {
        sqlx::query("UPDATE sessions SET second_factor_at = ? WHERE id_hash = ?")
            .bind(now)
            .bind(token_hash(session.expose()))
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// An administrator resets a colleague's second factor (a lost phone): the app's secret
    /// and the recovery codes go, and the colleague is signed out everywhere; they set it up
    /// again at their next sign-in. `false` if `account` is not a colleague.
    pub async fn reset_second_factor(&self, account: i64) -> Result<bool, BackendError> {
        let mut tx = self.write_transaction().await?;
        let colleague: Option<i64> =
            sqlx::query_scalar("SELECT id FROM accounts WHERE id = ? AND role IS NOT NULL")
                .bind(account)
                .fetch_optional(&mut *tx)
                .await?;
        if colleague.is_none() {
            return Ok(false);
        }
        for statement in [
            "DELETE FROM second_factors WHERE account_id = ?",
            "DELETE FROM recovery_codes WHERE account_id = ?",
            "DELETE FROM sessions WHERE account_id = ?",
        ] {
            sqlx::query(statement)
                .bind(account)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        self.sessions_ended(account);
        Ok(true)
    }

    /// Every colleague, with whether their second factor is set up, by name.
    pub async fn colleagues(&self) -> Result<Vec<Colleague>, BackendError> {
        let rows: Vec<(i64, String, Option<String>, String, bool)> = sqlx::query_as(
            "SELECT a.id, a.email, a.name, a.role,
                    EXISTS (SELECT 1 FROM second_factors f WHERE f.account_id = a.id AND f.confirmed_at IS NOT NULL)
             FROM accounts a WHERE a.role IS NOT NULL ORDER BY coalesce(a.name, a.email)",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, email, name, role, set_up)| {
                Some(Colleague {
                    id,
                    name: name.unwrap_or_else(|| email.clone()),
                    email,
                    role: domain::handling::Role::from_code(&role)?,
                    second_factor: set_up,
                })
            })
            .collect())
    }
}

/// A colleague, as the administrators' list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colleague {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: domain::handling::Role,
    pub second_factor: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handling::StaffAdded;
    use crate::tests::fresh;
    use domain::handling::Role;

    const BASE: &str = "http://calico.test";

    /// A colleague with a password, signed in: their id and session.
    async fn signed_in_colleague(backend: &Backend, email: &str) -> (i64, SessionToken) {
        let StaffAdded::Added { link } = backend
            .add_staff(
                &domain::values::Email::parse(email).expect("email"),
                "Kim Ward",
                Role::Handler,
                BASE,
            )
            .await
            .expect("adds")
        else {
            panic!("already there")
        };
        let password = domain::accounts::Password::new("a long passphrase here", None).expect("pw");
        let token = link.split("token=").nth(1).expect("token");
        assert!(backend
            .reset_password(token, &password)
            .await
            .expect("sets"));
        let crate::accounts::SignIn::SignedIn(session) = backend
            .sign_in(
                &domain::values::Email::parse(email).expect("email"),
                &password,
                BASE,
            )
            .await
            .expect("signs in")
        else {
            panic!("not signed in")
        };
        let account = backend
            .session(&session)
            .await
            .expect("reads")
            .expect("live");
        (account.id, session)
    }

    #[tokio::test]
    async fn a_colleague_is_no_colleague_until_the_session_passes_the_second_factor() {
        let (_dir, backend) = fresh().await;
        let (id, session) = signed_in_colleague(&backend, "kim@calicohomes.org.uk").await;
        let account = backend
            .session(&session)
            .await
            .expect("reads")
            .expect("live");
        assert_eq!(
            (&account.role, account.awaiting_second_factor),
            (&None, true)
        );
        assert_eq!(account.staff(), None, "not a colleague yet");

        let SecondFactor::NotSetUp {
            secret,
            uri,
            qr_svg,
        } = backend
            .second_factor(id, "kim@calicohomes.org.uk")
            .await
            .expect("reads")
        else {
            panic!("set up already")
        };
        assert!(uri.starts_with("otpauth://totp/Calico%20Account:kim%40calicohomes.org.uk?secret="));
        assert!(qr_svg.contains("<svg"));
        // The same secret until it is confirmed.
        assert_eq!(
            backend
                .second_factor(id, "kim@calicohomes.org.uk")
                .await
                .expect("reads"),
            SecondFactor::NotSetUp {
                secret: secret.clone(),
                uri,
                qr_svg
            }
        );
        let now = backend.unix_now();
        assert_eq!(
            backend
                .pass_second_factor(id, &session, "000000")
                .await
                .expect("runs"),
            Passed::No
        );
        let code = code_at(&secret, now).expect("code");
        let Passed::SetUp { recovery_codes } = backend
            .pass_second_factor(id, &session, &code)
            .await
            .expect("runs")
        else {
            panic!("not set up")
        };
        assert_eq!(recovery_codes.len(), rules::RECOVERY_CODES);
        let account = backend
            .session(&session)
            .await
            .expect("reads")
            .expect("live");
        assert_eq!(
            (account.role.as_deref(), account.awaiting_second_factor),
            (Some("handler"), false)
        );
        // The colleague, as the console pages take it from the session's row.
        let staff = account.staff().expect("a colleague now");
        assert_eq!(
            Some(&staff),
            backend.staff(id).await.expect("reads").as_ref()
        );
        assert_eq!(
            (staff.name.as_str(), staff.email.as_str()),
            ("Kim Ward", "kim@calicohomes.org.uk")
        );
        assert_eq!(
            backend
                .second_factor(id, "kim@calicohomes.org.uk")
                .await
                .expect("reads"),
            SecondFactor::SetUp
        );

        // A new session asks again; the same code does not work twice.
        let (_, second) = signed_in_colleague_again(&backend, "kim@calicohomes.org.uk").await;
        assert_eq!(
            backend
                .pass_second_factor(id, &second, &code)
                .await
                .expect("runs"),
            Passed::No
        );
        // A recovery code works once.
        let recovery = rules::parse_recovery_code(&recovery_codes[0]).expect("code");
        assert!(backend
            .use_recovery_code(id, &second, &recovery)
            .await
            .expect("runs"));
        assert!(!backend
            .use_recovery_code(id, &second, &recovery)
            .await
            .expect("runs"));
        let left: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM recovery_codes WHERE account_id = ? AND used_at IS NULL",
        )
        .bind(id)
        .fetch_one(&backend.pool)
        .await
        .expect("count");
        assert_eq!(left, 9);

        // An administrator's reset signs them out and starts again.
        assert!(backend.reset_second_factor(id).await.expect("resets"));
        assert_eq!(backend.session(&second).await.expect("reads"), None);
        assert!(matches!(
            backend
                .second_factor(id, "kim@calicohomes.org.uk")
                .await
                .expect("reads"),
            SecondFactor::NotSetUp { .. }
        ));
    }

    async fn signed_in_colleague_again(backend: &Backend, email: &str) -> (i64, SessionToken) {
        let password = domain::accounts::Password::entered("a long passphrase here").expect("pw");
        let crate::accounts::SignIn::SignedIn(session) = backend
            .sign_in(
                &domain::values::Email::parse(email).expect("email"),
                &password,
                BASE,
            )
            .await
            .expect("signs in")
        else {
            panic!("not signed in")
        };
        (0, session)
    }

    #[test]
    fn codes_match_the_rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", 59 s: 94287082 (8 digits);
        // its last 6 digits are what a 6-digit app shows.
        let secret = totp_rs::Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        assert_eq!(code_at(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(code_at(&secret, 1_111_111_109).as_deref(), Some("081804"));
    }
}
