//! The categories responses are filed under (`domain::outcomes`): a starting list, which
//! administrators extend and retire. Nothing is deleted: a retired category stays on the
//! responses filed under it, and can be restored.

use domain::forms::FieldError;
use domain::outcomes::{new_category, Category};

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// Why a category could not be added or changed.
#[derive(Debug, thiserror::Error)]
pub enum CategoryError {
    /// The name cannot be used; the message says why and how to fix it.
    #[error("{}", .0.message)]
    Refused(FieldError),
    /// The change cannot be made as things stand; the message says why.
    #[error("{0}")]
    NotNow(String),
    #[error("There is no category {0:?}.")]
    NotFound(String),
    #[error(transparent)]
    Backend(#[from] BackendError),
}

impl From<sqlx::Error> for CategoryError {
    fn from(error: sqlx::Error) -> Self {
        Self::Backend(error.into())
    }
}

/// What was done to a category (`category_changes.change`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryChange {
    Added,
    Retired,
    Restored,
}

impl CategoryChange {
    pub const ALL: [Self; 3] = [Self::Added, Self::Retired, Self::Restored];

    /// The stored code.
    pub fn code(self) -> &'static str {
        domain::codes::code(&self)
    }
}

/// Every category on `conn`, live ones first, each group by name.
pub(crate) async fn categories_in(
    conn: &mut sqlx::SqliteConnection,
) -> Result<Vec<Category>, BackendError> {
    let rows: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT code, name, retired_at IS NOT NULL FROM categories
         ORDER BY retired_at IS NOT NULL, name",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, name, retired)| Category {
            code,
            name,
            retired,
        })
        .collect())
}

async fn log(
    conn: &mut sqlx::SqliteConnection,
    code: &str,
    change: CategoryChange,
    at: &str,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO category_changes (code, change, changed_at, changed_by) VALUES (?, ?, ?, ?)",
    )
    .bind(code)
    .bind(change.code())
    .bind(at)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Backend {
    /// Every category, live ones first, each group by name.
    pub async fn categories(&self) -> Result<Vec<Category>, BackendError> {
        let mut conn = self.pool.acquire().await?;
        categories_in(&mut conn).await
    }

    /// The latest changes to the categories, newest first: (when, who, category, change).
    pub async fn category_changes(
        &self,
        limit: i64,
    ) -> Result<Vec<(String, String, String, CategoryChange)>, BackendError> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT h.changed_at, h.changed_by, c.name, h.change FROM category_changes h
             JOIN categories c ON c.code = h.code ORDER BY h.id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(at, by, name, change)| {
                let change = domain::codes::from_code(&change)
                    .ok_or_else(|| BackendError::BadRecord(change.clone()))?;
                Ok((at, by, name, change))
            })
            .collect()
    }

    /// Adds a category named `name` (checked by `domain::outcomes::new_category` against the
    /// others in the same transaction), recording who added it.
    pub async fn add_category(&self, name: &str, by: &str) -> Result<Category, CategoryError> {
        let mut tx = self.write_transaction().await?;
        let existing = categories_in(&mut tx).await?;
        let category = new_category(name, &existing).map_err(CategoryError::Refused)?;
        sqlx::query("INSERT INTO categories (code, name) VALUES (?, ?)")
            .bind(&category.code)
            .bind(&category.name)
            .execute(&mut *tx)
            .await?;
        let now = stamp(self.clock.now());
        log(&mut tx, &category.code, CategoryChange::Added, &now, by).await?;
        tx.commit().await?;
        Ok(category)
    }

    /// Retires the category `code` (no longer offered for new responses), or with `retired`
    /// false, offers it again; records who did it. The last category offered cannot be
    /// retired: every response must be filed under one.
    pub async fn retire_category(
        &self,
        code: &str,
        retired: bool,
        by: &str,
    ) -> Result<(), CategoryError> {
        let mut tx = self.write_transaction().await?;
        let all = categories_in(&mut tx).await?;
        let Some(category) = all.iter().find(|c| c.code == code) else {
            return Err(CategoryError::NotFound(code.to_owned()));
        };
        if category.retired == retired {
            return Err(CategoryError::NotNow(format!(
                "{} is already {}: the list shows every category as it stands.",
                category.name,
                if retired { "retired" } else { "offered" }
            )));
        }
        if retired && all.iter().filter(|c| !c.retired).count() == 1 {
            return Err(CategoryError::NotNow(format!(
                "{} is the only category offered, and every response is filed under one: add another first.",
                category.name
            )));
        }
        let now = stamp(self.clock.now());
        sqlx::query("UPDATE categories SET retired_at = ? WHERE code = ?")
            .bind(retired.then_some(&now))
            .bind(code)
            .execute(&mut *tx)
            .await?;
        let change = if retired {
            CategoryChange::Retired
        } else {
            CategoryChange::Restored
        };
        log(&mut tx, code, change, &now, by).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;

    #[tokio::test]
    async fn administrators_add_and_retire_categories_and_the_starting_list_is_there() {
        let (_dir, backend) = fresh().await;
        let start = backend.categories().await.expect("reads");
        assert!(start
            .iter()
            .any(|c| c.code == "damp_and_mould" && !c.retired));
        assert_eq!(start.len(), 10);
        let added = backend
            .add_category("Gas servicing", "Sam Patel")
            .await
            .expect("adds");
        assert_eq!(added.code, "gas_servicing");
        let twice = backend
            .add_category("gas  servicing", "Sam Patel")
            .await
            .expect_err("twice");
        assert_eq!(
            twice.to_string(),
            "There is already a category called Gas servicing."
        );
        backend
            .retire_category("gas_servicing", true, "Sam Patel")
            .await
            .expect("retires");
        let after = backend.categories().await.expect("reads");
        assert!(after
            .last()
            .is_some_and(|c| c.code == "gas_servicing" && c.retired));
        backend
            .retire_category("gas_servicing", false, "Sam Patel")
            .await
            .expect("restores");
        assert!(matches!(
            backend.retire_category("nothing", true, "Sam Patel").await,
            Err(CategoryError::NotFound(_))
        ));
        // Each change is kept, with who made it.
        let changes = backend.category_changes(3).await.expect("reads");
        let what: Vec<_> = changes
            .iter()
            .map(|(_, by, name, change)| (by.as_str(), name.as_str(), change.code()))
            .collect();
        assert_eq!(
            what,
            [
                ("Sam Patel", "Gas servicing", "restored"),
                ("Sam Patel", "Gas servicing", "retired"),
                ("Sam Patel", "Gas servicing", "added")
            ]
        );
        // Not twice, and never the last one offered.
        assert!(matches!(
            backend.retire_category("repairs", false, "Sam Patel").await,
            Err(CategoryError::NotNow(_))
        ));
        for c in backend.categories().await.expect("reads") {
            if c.code != "repairs" {
                backend
                    .retire_category(&c.code, true, "Sam Patel")
                    .await
                    .expect("retires");
            }
        }
        let last = backend
            .retire_category("repairs", true, "Sam Patel")
            .await
            .expect_err("the last one");
        assert_eq!(
            last.to_string(),
            "Repairs is the only category offered, and every response is filed under one: add another first."
        );
    }
}
