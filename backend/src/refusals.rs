//! What a form post was refused for, kept on the server for the page that shows it again: a
//! refusal carries what was typed (a complaint, a disability, a name), which must never be put
//! in an address, where browser history, proxy logs and `Referer`s would keep it.

use chrono::Duration;

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// How long a refusal waits for its page: the redirect after the post is followed at once.
pub const KEPT_FOR: Duration = Duration::minutes(1);

impl Backend {
    /// Keeps what the post to `form` was refused for; returns the token that finds it again
    /// (for a cookie). Refusals older than [`KEPT_FOR`] are forgotten on the way.
    pub async fn keep_refusal(&self, form: &str, refusal: &str) -> Result<String, BackendError> {
        let now = self.clock.now();
        let (token, hash) = crate::accounts::new_token();
        let mut tx = self.write_transaction().await?;
        sqlx::query("DELETE FROM form_refusals WHERE expires_at <= ?")
            .bind(stamp(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO form_refusals (token_hash, form, refusal, expires_at) VALUES (?, ?, ?, ?)",
        )
        .bind(hash)
        .bind(form)
        .bind(refusal)
        .bind(stamp(now + KEPT_FOR))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The refusal kept under `token`, as `(form, refusal)`, once: it is forgotten as it is
    /// read. `None` when there is none, it was read, or it is older than [`KEPT_FOR`].
    pub async fn take_refusal(
        &self,
        token: &str,
    ) -> Result<Option<(String, String)>, BackendError> {
        Ok(sqlx::query_as(
            "DELETE FROM form_refusals WHERE token_hash = ? AND expires_at > ? RETURNING form, refusal",
        )
        .bind(crate::accounts::token_hash(token))
        .bind(stamp(self.clock.now()))
        .fetch_optional(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use crate::tests::fresh;

    #[tokio::test]
    async fn a_refusal_is_read_once_and_only_within_its_minute() {
        let (_dir, backend) = fresh().await;
        let token = backend
            .keep_refusal("/api/register", "{\"Invalid\":{}}")
            .await
            .expect("kept");
        assert_eq!(
            backend.take_refusal(&token).await.expect("reads"),
            Some(("/api/register".to_owned(), "{\"Invalid\":{}}".to_owned()))
        );
        assert_eq!(
            backend.take_refusal(&token).await.expect("reads"),
            None,
            "read once"
        );

        let late = backend
            .keep_refusal("/api/register", "x")
            .await
            .expect("kept");
        backend
            .clock
            .advance(super::KEPT_FOR + chrono::Duration::seconds(1));
        assert_eq!(
            backend.take_refusal(&late).await.expect("reads"),
            None,
            "too old"
        );
        assert_eq!(
            backend.take_refusal("not a token").await.expect("reads"),
            None
        );
    }
}
