//! Who is asking: the account of the request's session, looked up once per request before
//! anything else runs, and kept in the request's extensions ([`app::context::Viewer`]) for
//! everything that answers it: the console's guard, the page and everything it renders, the
//! server functions, `/live` and the files.

use axum::extract::{Request, State};
use axum::http::StatusCode;
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
    let viewer = match app::context::session_from_headers(request.headers()) {
        None => Some(Viewer(None)),
        Some(token) => match state.backend.session(&token).await {
            Ok(account) => Some(Viewer(account)),
            Err(error) => {
                tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not read the session");
                None
            }
        },
    };
    if let Some(viewer) = viewer {
        request.extensions_mut().insert(viewer);
    }
    next.run(request).await
}

/// The session could not be read: answered with 503, to try again in a moment.
#[derive(Debug)]
pub struct Unavailable;

impl IntoResponse for Unavailable {
    fn into_response(self) -> Response {
        StatusCode::SERVICE_UNAVAILABLE.into_response()
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
