//! What the server hands every page render and server function (server only).

use backend::accounts::{Account, SessionToken};
use backend::Backend;
use leptos::prelude::*;

/// The name of the session cookie.
pub const SESSION_COOKIE: &str = "calico_session";

/// Provided by the server to every render and server function.
#[derive(Clone, Debug)]
pub struct ServerContext {
    pub backend: Backend,
    /// The public address, without a trailing slash.
    pub base_url: String,
    /// Whether cookies must be `Secure` (served over HTTPS).
    pub secure_cookies: bool,
}

/// The server context; absent only if the server was wired wrongly.
pub fn server_context() -> Result<ServerContext, crate::api::AppError> {
    use_context::<ServerContext>().ok_or(crate::api::AppError::Unavailable)
}

/// The session cookie of the request being handled, if any.
pub fn session_cookie() -> Option<SessionToken> {
    let parts = use_context::<axum::http::request::Parts>()?;
    session_from_headers(&parts.headers)
}

/// The session cookie among a request's headers, if any (for routes outside Leptos).
pub fn session_from_headers(headers: &axum::http::HeaderMap) -> Option<SessionToken> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| SessionToken::from_cookie(value))
}

/// The signed-in resident, if the request carries a live session.
pub async fn signed_in() -> Result<Option<Account>, crate::api::AppError> {
    let Some(token) = session_cookie() else {
        return Ok(None);
    };
    let context = server_context()?;
    context
        .backend
        .session(&token)
        .await
        .map_err(crate::api::unavailable)
}

/// Sets (or, with `None`, clears) the session cookie on the response.
pub fn set_session_cookie(token: Option<&SessionToken>, secure: bool) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let secure = if secure { "; Secure" } else { "" };
    let cookie = match token {
        Some(token) => format!(
            "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            token.expose(),
            backend::accounts::SESSION_ABSOLUTE.num_seconds()
        ),
        None => format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    };
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}
