//! What a resident tells us about themselves: the name for letters, how to contact them, and
//! the support they need. Stored on the account; every change is stamped.

use domain::preferences::{PersonName, PreferenceAnswers, Preferences};

use crate::clock::stamp;
use crate::{Backend, BackendError};

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

impl Backend {
    /// The account's preferences (the plain defaults until the resident changes them).
    pub async fn preferences(&self, account: i64) -> Result<Preferences, BackendError> {
        let row: Row = sqlx::query_as(
            "SELECT contact_method, phone, call_times, formats, language, interpreter, adjustments
             FROM accounts WHERE id = ?",
        )
        .bind(account)
        .fetch_one(&self.pool)
        .await?;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;
    use domain::preferences::{AltFormat, ContactMethod};

    async fn account(backend: &Backend) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO accounts (email, password_hash, created_at) VALUES ('a@example.com', 'x', 'now') RETURNING id",
        )
        .fetch_one(&backend.pool)
        .await
        .expect("account")
    }

    #[tokio::test]
    async fn a_new_account_is_contacted_by_email_with_no_support_recorded() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend).await;
        assert_eq!(
            backend.preferences(id).await.expect("reads"),
            Preferences::default()
        );
    }

    #[tokio::test]
    async fn saved_preferences_and_name_read_back_the_same() {
        let (_dir, backend) = fresh().await;
        let id = account(&backend).await;
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
