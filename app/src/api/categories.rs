//! The categories responses are filed under, managed by an administrator from the console:
//! add one, retire one (it stays on past responses), or offer a retired one again. The rules
//! are `domain::outcomes`'.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// A category as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryRow {
    pub code: String,
    pub name: String,
    pub retired: bool,
}

async fn administrator() -> Result<Option<backend::handling::Staff>, AppError> {
    super::staff::server::administrator(
        "Only an administrator can change the categories. Ask one to make the change.",
    )
    .await
}

fn who(admin: &backend::handling::Staff) -> String {
    format!("{} ({})", admin.name, admin.email)
}

/// The categories page: every category, live ones first, and the latest changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryList {
    pub categories: Vec<CategoryRow>,
    /// Newest first: (when, who, what).
    pub changes: Vec<(String, String, String)>,
}

/// Every category, live ones first, and the 10 latest changes.
#[server(endpoint = "staff/categories")]
pub async fn categories_view() -> Result<Option<CategoryList>, AppError> {
    use backend::categories::CategoryChange;
    if administrator().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let categories = backend.categories().await.map_err(super::unavailable)?;
    let changes = backend
        .category_changes(10)
        .await
        .map_err(super::unavailable)?;
    Ok(Some(CategoryList {
        categories: categories
            .into_iter()
            .map(|c| CategoryRow {
                code: c.code,
                name: c.name,
                retired: c.retired,
            })
            .collect(),
        changes: changes
            .into_iter()
            .map(|(at, by, name, change)| {
                let at = chrono::DateTime::parse_from_rfc3339(&at)
                    .map(|at| domain::steps::long_time(&at))
                    .unwrap_or(at);
                let what = match change {
                    CategoryChange::Added => format!("Added {name}"),
                    CategoryChange::Retired => format!("Retired {name}"),
                    CategoryChange::Restored => format!("Offered {name} again"),
                };
                (at, by, what)
            })
            .collect(),
    }))
}

/// Adds a category, offered for every response from now on.
#[server(endpoint = "staff/categories/add")]
pub async fn add_category(#[server(default)] name: String) -> Result<(), AppError> {
    use backend::categories::CategoryError;
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let answers = vec![("name".to_owned(), name.clone())];
    let context = crate::context::server_context()?;
    match context.backend.add_category(&name, &who(&admin)).await {
        Ok(category) => {
            leptos_axum::redirect(&format!("/staff/categories?added={}", category.code));
            Ok(())
        }
        Err(CategoryError::Refused(error)) => Err(super::refused(AppError::Invalid {
            answers,
            errors: vec![error],
        })),
        Err(CategoryError::NotFound(_) | CategoryError::NotNow(_)) => {
            Err(super::refused(AppError::SignedOut))
        }
        Err(CategoryError::Backend(error)) => Err(super::unavailable(error)),
    }
}

/// Retires a category (`retire` is "true"), or offers a retired one again.
#[server(endpoint = "staff/categories/retire")]
pub async fn retire_category(
    #[server(default)] code: String,
    #[server(default)] retire: String,
) -> Result<(), AppError> {
    use backend::categories::CategoryError;
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let retire = retire == "true";
    let context = crate::context::server_context()?;
    match context
        .backend
        .retire_category(&code, retire, &who(&admin))
        .await
    {
        Ok(()) => {
            let said = if retire { "retired" } else { "restored" };
            leptos_axum::redirect(&format!("/staff/categories?{said}={code}"));
            Ok(())
        }
        Err(CategoryError::NotNow(message)) => Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message,
        })),
        Err(CategoryError::NotFound(_) | CategoryError::Refused(_)) => {
            Err(super::refused(AppError::Refused {
                answers: Vec::new(),
                field: None,
                message:
                    "That is not one of the categories: the list shows every category as it stands."
                        .into(),
            }))
        }
        Err(CategoryError::Backend(error)) => Err(super::unavailable(error)),
    }
}
