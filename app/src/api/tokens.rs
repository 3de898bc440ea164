//! Integrations' API tokens, managed by an administrator from the console: listed, created
//! (the token is shown once) and revoked. Only each token's hash is kept.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// A token as listed: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub created_by: String,
    /// When it was revoked, if it was.
    pub revoked: Option<String>,
}

/// The tokens page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensView {
    pub tokens: Vec<TokenRow>,
    /// A token just created, shown this once: (name, token).
    pub created: Option<(String, String)>,
}

/// The cookie that carries a new token to the page that shows it, once.
pub const NEW_TOKEN_COOKIE: &str = "calico_new_token";

/// The administrator signed in, `None` when nobody is, or refused for anyone else.
async fn administrator() -> Result<Option<backend::handling::Staff>, AppError> {
    super::staff::server::administrator(
        "Only an administrator can manage API tokens. Ask one to create or revoke a token for you.",
    )
    .await
}

fn stamp_words(stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|at| domain::steps::long_time(&at))
        .unwrap_or_else(|_| stamp.to_owned())
}

/// Every token, newest first, and the one just created (read from its cookie, then cleared).
/// `created` is the id in the address the creation led to.
#[server(endpoint = "staff/tokens")]
pub async fn api_tokens(created: Option<i64>) -> Result<Option<TokensView>, AppError> {
    if administrator().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let tokens = context
        .backend
        .api_tokens()
        .await
        .map_err(super::unavailable)?;
    let created = crate::context::request_cookie(NEW_TOKEN_COOKIE).and_then(|value| {
        crate::context::clear_cookie(NEW_TOKEN_COOKIE, context.secure_cookies);
        let (id, token) = value.split_once(':')?;
        let id: i64 = id.parse().ok()?;
        // Only on the page the creation led to.
        if created != Some(id) {
            return None;
        }
        let name = tokens.iter().find(|t| t.id == id)?.name.clone();
        Some((name, token.to_owned()))
    });
    Ok(Some(TokensView {
        tokens: tokens
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                created: stamp_words(&t.created_at),
                revoked: t.revoked_at.as_deref().map(stamp_words),
                name: t.name,
                created_by: t.created_by,
            })
            .collect(),
        created,
    }))
}

/// Creates a token for an integration; the tokens page shows it once.
#[server(endpoint = "staff/tokens/create")]
pub async fn create_token(#[server(default)] name: String) -> Result<(), AppError> {
    let answers = vec![("name".to_owned(), name.clone())];
    let name = domain::handling::integration_name(&name).map_err(|error| {
        super::refused(AppError::Invalid {
            answers: answers.clone(),
            errors: vec![error],
        })
    })?;
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let context = crate::context::server_context()?;
    let (id, token) = context
        .backend
        .create_api_token(&name, &format!("{} ({})", admin.name, admin.email))
        .await
        .map_err(super::unavailable)?;
    crate::context::set_short_cookie(
        NEW_TOKEN_COOKIE,
        &format!("{id}:{token}"),
        300,
        context.secure_cookies,
    );
    leptos_axum::redirect(&format!("/staff/tokens?created={id}"));
    Ok(())
}

/// Revokes a token at once.
#[server(endpoint = "staff/tokens/revoke")]
pub async fn revoke_token(id: i64) -> Result<(), AppError> {
    if administrator().await?.is_none() {
        return Err(super::refused(AppError::SignedOut));
    }
    let context = crate::context::server_context()?;
    if !context
        .backend
        .revoke_api_token(id)
        .await
        .map_err(super::unavailable)?
    {
        return Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: "That token was already revoked, or does not exist. The list shows every token as it stands.".into(),
        }));
    }
    leptos_axum::redirect(&format!("/staff/tokens?revoked={id}"));
    Ok(())
}
