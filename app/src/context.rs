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
    /// Whether the server stands behind a reverse proxy whose `X-Forwarded-For` it believes.
    pub trust_proxy: bool,
}

/// The server context; absent only if the server was wired wrongly.
pub fn server_context() -> Result<ServerContext, crate::api::AppError> {
    use_context::<ServerContext>().ok_or(crate::api::AppError::Unavailable)
}

/// The timescales the backend counts deadlines by, for a page that states them. (The
/// backend's own default if the server was wired without a context.)
pub fn standard() -> domain::ServiceStandard {
    server_context().map_or(domain::ServiceStandard::CALICO_2024, |context| {
        *context.backend.standard()
    })
}

/// A cookie's name as it is sent: over HTTPS with the `__Host-` prefix, which a browser accepts
/// only from a secure page of this very host, for the whole site, so that no other site and no
/// plain-HTTP page can set or overwrite it.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{name}")
    } else {
        name.to_owned()
    }
}

/// Whether this request's cookies are the secure ones.
fn secure() -> bool {
    use_context::<ServerContext>().is_some_and(|c| c.secure_cookies)
}

/// The session cookie of the request being handled, if any.
pub fn session_cookie() -> Option<SessionToken> {
    let parts = use_context::<axum::http::request::Parts>()?;
    session_from_headers(&parts.headers, secure())
}

/// The session cookie among a request's headers, if any (for routes outside Leptos).
pub fn session_from_headers(headers: &axum::http::HeaderMap, secure: bool) -> Option<SessionToken> {
    cookie_in(headers, &cookie_name(SESSION_COOKIE, secure))
        .map(|value| SessionToken::from_cookie(&value))
}

/// The cookie `name` among a request's headers, if any.
pub fn cookie_in(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    axum_extra::extract::cookie::CookieJar::from_headers(headers)
        .get(name)
        .map(|cookie| cookie.value().to_owned())
}

/// The name of the cookie that keeps how the pages are shown on this device.
pub const DISPLAY_COOKIE: &str = "calico_display";

/// How the pages are shown for the request being handled (the standard when never chosen).
pub fn display() -> domain::display::Display {
    request_cookie(DISPLAY_COOKIE)
        .map(|code| domain::display::Display::from_code(&code))
        .unwrap_or_default()
}

/// Keeps how the pages are to be shown on this device, for a year.
pub fn set_display_cookie(display: domain::display::Display, secure: bool) {
    set_cookie(DISPLAY_COOKIE, &display.code(), 366 * 24 * 60 * 60, secure);
}

/// The name of the cookie that keeps the language the pages are shown in on this device.
pub const LANGUAGE_COOKIE: &str = "calico_language";

/// The language the request's page is shown in: the one chosen on this device, else the one
/// the browser asks for (`Accept-Language`), else English (`domain::language`). The
/// complaints console is in English whatever is chosen (`crate::is_console`).
pub fn language() -> domain::language::Language {
    let Some(parts) = use_context::<axum::http::request::Parts>() else {
        return domain::language::Language::English;
    };
    if crate::is_console(parts.uri.path()) {
        return domain::language::Language::English;
    }
    language_of(&parts.headers, secure())
}

/// The language a resident page asked for with these headers is shown in: the language
/// cookie, else `Accept-Language`, else English.
pub fn language_of(headers: &axum::http::HeaderMap, secure: bool) -> domain::language::Language {
    let chosen =
        cookie_in(headers, &cookie_name(LANGUAGE_COOKIE, secure)).filter(|v| !v.is_empty());
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    domain::language::Language::for_page(chosen.as_deref(), accept)
}

/// Keeps the language the pages are shown in on this device, for a year.
pub fn set_language_cookie(language: domain::language::Language, secure: bool) {
    set_cookie(LANGUAGE_COOKIE, language.code(), 366 * 24 * 60 * 60, secure);
}

/// The name of the cookie that claims answers sent after the session had ended.
pub const KEPT_COOKIE: &str = "calico_kept";

/// The kept-answers cookie of the request being handled, if any.
pub fn kept_cookie() -> Option<String> {
    request_cookie(KEPT_COOKIE)
}

/// Sets (or, with `None`, clears) the kept-answers cookie on the response.
pub fn set_kept_cookie(token: Option<&str>, secure: bool) {
    let max_age = token.map_or(0, |_| backend::filing::KEPT_FOR.num_seconds());
    set_cookie(KEPT_COOKIE, token.unwrap_or(""), max_age, secure);
}

/// What a form post was refused for, read for the page the browser was sent back to (by the
/// server's `refusals` layer, from a cookie: never from the address): the address of the
/// server function the form posts to, and the refusal as that function encodes it.
#[derive(Clone, Debug)]
pub struct FormRefusal {
    pub form: String,
    pub refusal: String,
}

/// The refusal this page is shown again with, if any.
pub fn form_refusal() -> Option<FormRefusal> {
    use_context::<axum::http::request::Parts>()?
        .extensions
        .get::<FormRefusal>()
        .cloned()
}

/// Who is asking: the account of the request's live session, looked up once per request by
/// the server before anything renders (`server::who`), and kept in the request's extensions
/// for everything that renders the page or answers the call.
#[derive(Clone, Debug)]
pub struct Viewer(pub Option<Account>);

/// The viewer the server looked up for this request, if it did.
fn looked_up() -> Option<Viewer> {
    use_context::<axum::http::request::Parts>()?
        .extensions
        .get::<Viewer>()
        .cloned()
}

/// Who is asking, as far as the page's frame needs to know (no database call: `None` when
/// signed out or not looked up).
pub fn viewer() -> Option<Account> {
    looked_up().and_then(|viewer| viewer.0)
}

/// The signed-in account, if the request carries a live session.
pub async fn signed_in() -> Result<Option<Account>, crate::api::AppError> {
    if let Some(Viewer(account)) = looked_up() {
        return Ok(account);
    }
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
    match token {
        Some(token) => set_cookie(
            SESSION_COOKIE,
            token.expose(),
            backend::accounts::SESSION_ABSOLUTE.num_seconds(),
            secure,
        ),
        None => set_cookie(SESSION_COOKIE, "", 0, secure),
    }
}

/// The cookie `name` of the request being handled, if any.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = use_context::<axum::http::request::Parts>()?;
    cookie_in(&parts.headers, &cookie_name(name, secure())).filter(|v| !v.is_empty())
}

/// Sets an HTTP-only cookie that lasts `max_age` seconds.
pub fn set_short_cookie(name: &str, value: &str, max_age: i64, secure: bool) {
    set_cookie(name, value, max_age, secure);
}

/// Clears the cookie `name`.
pub fn clear_cookie(name: &str, secure: bool) {
    set_cookie(name, "", 0, secure);
}

/// Sets an HTTP-only cookie for the whole site (a `max_age` of 0 clears it).
fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    if let Some(value) = site_cookie(name, value, max_age, secure) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// A `Set-Cookie` value for an HTTP-only, same-site cookie for the whole site, named with the
/// `__Host-` prefix over https (a `max_age` of 0 clears it).
pub fn site_cookie(
    name: &str,
    value: &str,
    max_age: i64,
    secure: bool,
) -> Option<axum::http::HeaderValue> {
    use axum_extra::extract::cookie::{Cookie, SameSite};
    let cookie = Cookie::build((cookie_name(name, secure), value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::seconds(max_age))
        .secure(secure)
        .build();
    axum::http::HeaderValue::from_str(&cookie.encoded().to_string()).ok()
}
