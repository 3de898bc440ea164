//! Who is asking: the account of the request's session, looked up once per request before
//! anything else runs, and kept in the request's extensions ([`app::context::Viewer`]) for
//! everything that answers it: the console's guard, the page and everything it renders, the
//! server functions, `/live` and the files. What is answered to someone signed in, and every
//! server function's answer, is sent `Cache-Control: no-store`.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::context::Viewer;

use crate::AppState;

/// Looks up the session of the request's cookie, if it has one. When the database cannot be
/// read, nothing is recorded, and whatever needs to know says it cannot answer.
pub async fn who_is_asking(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let viewer = match app::context::session_from_headers(
        request.headers(),
        state.context.secure_cookies,
    ) {
        None => Some(Viewer(None)),
        Some(token) => match state.backend.session(&token).await {
            Ok(account) => Some(Viewer(account)),
            Err(error) => {
                tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not read the session");
                None
            }
        },
    };
    // What a signed-in page or a server function answers is no one else's to keep: a shared
    // computer's browser must not keep it in its cache.
    let private = request.uri().path().starts_with("/api/")
        || matches!(&viewer, Some(Viewer(Some(_))) | None);
    // A colleague who has given only their password reaches nothing but the second factor
    // (and signing out): not the console, and not a resident's pages either.
    if matches!(&viewer, Some(Viewer(Some(account))) if account.awaiting_second_factor)
        && !before_second_factor(request.uri().path())
    {
        let mut response = awaiting_second_factor(&request);
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return response;
    }
    if let Some(viewer) = viewer {
        request.extensions_mut().insert(viewer);
    }
    let mut response = next.run(request).await;
    if private {
        response
            .headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    response
}

/// What a session that has not yet passed the second factor may reach.
fn before_second_factor(path: &str) -> bool {
    matches!(
        path,
        "/two-factor"
            | "/two-factor/recovery-codes"
            | "/api/sign-out"
            | "/sign-in"
            | "/api/sign-in"
            | "/healthz"
    ) || path.starts_with("/api/two-factor")
}

/// A page is sent on to the second factor; anything else is refused.
fn awaiting_second_factor(request: &Request) -> Response {
    let page = request.method() == axum::http::Method::GET
        && request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"));
    if page {
        (StatusCode::SEE_OTHER, [(header::LOCATION, "/two-factor")]).into_response()
    } else {
        (
            StatusCode::FORBIDDEN,
            "Enter the code from your authenticator app first, at /two-factor.\n",
        )
            .into_response()
    }
}

/// The session could not be read: answered with 503, to try again in a moment.
#[derive(Debug)]
pub struct Unavailable;

impl IntoResponse for Unavailable {
    fn into_response(self) -> Response {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::RETRY_AFTER, "5"),
            ],
            "Calico Account is very busy at the moment. Wait a few seconds, then try again.\n",
        )
            .into_response()
    }
}

/// The account asking, from a request [`who_is_asking`] has seen: `Ok(None)` when signed out.
pub fn asking(
    extensions: &axum::http::Extensions,
) -> Result<Option<&backend::accounts::Account>, Unavailable> {
    match extensions.get::<Viewer>() {
        Some(Viewer(account)) => Ok(account.as_ref()),
        None => Err(Unavailable),
    }
}

/// Who is asking, for a handler to take as an argument: the account [`who_is_asking`] found
/// (`None` when signed out), or a 503 when the session could not be read. Pages and server
/// functions read the same record through `app::context`; the console's guard through
/// [`asking`].
pub struct Asking(pub Option<backend::accounts::Account>);

impl<S: Send + Sync> FromRequestParts<S> for Asking {
    type Rejection = Unavailable;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        asking(&parts.extensions).map(|account| Asking(account.cloned()))
    }
}
