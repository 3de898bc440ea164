//! Counting attempts for the rate limits in `domain::limits`, in the database: a limit holds
//! across a restart and across several server processes on one database. Each key names an
//! account ("sign-in:account:alex@example.com") or a client address, and only its hash is kept.

use chrono::Duration;
use domain::limits::RateLimit;
use sha2::{Digest, Sha256};

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// The longest window of any limit: attempts older than this count for nothing.
const LONGEST_WINDOW: Duration = Duration::hours(24);

fn key_hash(key: &str) -> Vec<u8> {
    Sha256::digest(key.as_bytes()).to_vec()
}

impl Backend {
    /// Records an attempt under every key, unless one of them is over its limit: then nothing
    /// is recorded and the answer is `Ok(Err(seconds))`, how long until the oldest attempt in
    /// the fullest window expires.
    pub async fn try_attempt(
        &self,
        keys: &[(String, RateLimit)],
    ) -> Result<Result<(), i64>, BackendError> {
        let now = self.clock.now();
        let mut tx = self.write_transaction().await?;
        sqlx::query("DELETE FROM attempts WHERE at <= ?")
            .bind(stamp(now - LONGEST_WINDOW))
            .execute(&mut *tx)
            .await?;
        let mut wait = 0;
        for (key, limit) in keys {
            let since = now - Duration::minutes(limit.window_minutes);
            let seen: Vec<String> = sqlx::query_scalar(
                "SELECT at FROM attempts WHERE key_hash = ? AND at > ? ORDER BY at",
            )
            .bind(key_hash(key))
            .bind(stamp(since))
            .fetch_all(&mut *tx)
            .await?;
            if seen.len() >= usize::try_from(limit.attempts).unwrap_or(usize::MAX) {
                let oldest = seen
                    .first()
                    .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
                    .map_or(now, |at| at.to_utc());
                let left = (oldest + Duration::minutes(limit.window_minutes) - now).num_seconds();
                wait = wait.max(left.max(1));
            }
        }
        if wait > 0 {
            return Ok(Err(wait));
        }
        for (key, _) in keys {
            sqlx::query("INSERT INTO attempts (key_hash, at) VALUES (?, ?)")
                .bind(key_hash(key))
                .bind(stamp(now))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;

    fn limit(attempts: u32) -> RateLimit {
        RateLimit {
            attempts,
            window_minutes: 15,
        }
    }

    #[tokio::test]
    async fn the_limit_engages_after_the_allowed_attempts_and_lifts_when_the_window_passes() {
        let (_dir, backend) = fresh().await;
        let key = || vec![("sign-in:account:alex@example.com".to_owned(), limit(3))];
        for _ in 0..3 {
            assert_eq!(backend.try_attempt(&key()).await.expect("counts"), Ok(()));
            backend.clock.advance(Duration::minutes(1));
        }
        backend.clock.advance(Duration::minutes(2));
        assert_eq!(
            backend.try_attempt(&key()).await.expect("counts"),
            Err(10 * 60),
            "wait until the first attempt is 15 minutes old"
        );
        let other = vec![("sign-in:account:sam@example.com".to_owned(), limit(3))];
        assert_eq!(
            backend.try_attempt(&other).await.expect("counts"),
            Ok(()),
            "other accounts are not affected"
        );
        backend.clock.advance(Duration::minutes(10));
        assert_eq!(
            backend.try_attempt(&key()).await.expect("counts"),
            Ok(()),
            "the first attempt has expired"
        );
    }

    #[tokio::test]
    async fn a_refused_attempt_is_not_counted_against_the_other_keys() {
        let (_dir, backend) = fresh().await;
        let keys = vec![("a".to_owned(), limit(1)), ("b".to_owned(), limit(2))];
        assert_eq!(backend.try_attempt(&keys).await.expect("counts"), Ok(()));
        assert!(backend.try_attempt(&keys).await.expect("counts").is_err());
        assert_eq!(
            backend
                .try_attempt(&[("b".to_owned(), limit(2))])
                .await
                .expect("counts"),
            Ok(()),
            "b has had only one attempt"
        );
    }

    #[tokio::test]
    async fn a_limit_holds_for_another_process_on_the_same_database() {
        let (dir, backend) = fresh().await;
        let key = vec![("reset:account:alex@example.com".to_owned(), limit(1))];
        assert_eq!(backend.try_attempt(&key).await.expect("counts"), Ok(()));
        // A second server on the same file (or this one after a restart).
        let url = format!("sqlite://{}/nested/calico.db", dir.path().display());
        let again = Backend::connect(&url)
            .await
            .expect("connects")
            .with_clock(backend.clock.clone());
        assert!(again.try_attempt(&key).await.expect("counts").is_err());
    }
}
