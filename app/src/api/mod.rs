//! Server functions, grouped by capability. Each is thin: who is asking, parse the input with
//! the domain's parsers, call one `Backend` use case, map the result to what the page shows.

pub mod accounts;
pub mod categories;
pub mod complaints;
pub mod consents;
pub mod display;
pub mod filing;
pub mod letters;
pub mod linking;
pub mod logging;
pub mod opening;
pub mod profile;
pub mod reports;
pub mod second_factor;
pub mod staff;
pub mod tokens;

use domain::accounts::FieldError;
use leptos::prelude::use_context;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What a page is told when a server function does not succeed. Never carries a database
/// message or a password; the cause is logged on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Some answers need fixing: what was typed (except passwords) comes back with them.
    #[error("There is a problem with your answers")]
    Invalid {
        answers: Vec<(String, String)>,
        errors: Vec<FieldError>,
    },
    /// The request as a whole was refused, with what to do next.
    #[error("{message}")]
    Refused {
        answers: Vec<(String, String)>,
        field: Option<String>,
        message: String,
    },
    /// Too many attempts: wait, then try again. What was typed comes back.
    #[error("{message}")]
    TooManyAttempts {
        answers: Vec<(String, String)>,
        message: String,
    },
    #[error("You need to sign in to do that")]
    SignedOut,
    /// A post that lacked the fields its form sends (no page of the service sends one).
    #[error("The form did not arrive whole. Go back to the page, and send it again.")]
    Malformed,
    #[error("Something went wrong on our side. Nothing you typed was saved; please try again in a few minutes.")]
    Unavailable,
    /// Too many people at once: the request waited for the database and gave up.
    #[error("We are very busy at the moment. Wait a few seconds, then try again: what you typed is still here.")]
    Busy,
    /// The browser could not reach the server (offline, or the connection dropped).
    #[error("We could not reach Calico Homes. Check your connection, then try again: what you typed is still here.")]
    Unreachable,
}

impl AppError {
    /// The answer that was typed into a field, to put back in the form.
    pub fn answer(&self, name: &str) -> Option<String> {
        match self {
            Self::Invalid { answers, .. }
            | Self::Refused { answers, .. }
            | Self::TooManyAttempts { answers, .. } => answers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// Every message for the error summary, with the field each links to.
    pub fn messages(&self) -> Vec<(Option<String>, String)> {
        match self {
            Self::Invalid { errors, .. } => errors
                .iter()
                .map(|e| (Some(e.field.id().to_owned()), e.message.clone()))
                .collect(),
            Self::Refused { field, message, .. } => vec![(field.clone(), message.clone())],
            other => vec![(None, other.to_string())],
        }
    }

    /// The message beside one field, if any.
    pub fn for_field(&self, id: &str) -> Option<String> {
        match self {
            Self::Invalid { errors, .. } => errors
                .iter()
                .find(|e| e.field.id() == id)
                .map(|e| e.message.clone()),
            Self::Refused {
                field: Some(field),
                message,
                ..
            } if field == id => Some(message.clone()),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        match error {
            ServerFnErrorErr::Request(_) => Self::Unreachable,
            // A post without the fields the function takes (not sent by any page of ours):
            // the asker's mistake, not the service's.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => {
                tracing::info!(%error, "server function called without its arguments");
                refused(Self::Malformed)
            }
            _ => {
                tracing::error!(%error, "server function failed");
                Self::Unavailable
            }
        }
    }
}

impl AppError {
    /// The HTTP status a program calling the server function sees. (A browser posting a
    /// form is always redirected back to it, so it never sees this.)
    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid { .. } => 422,
            Self::Refused { .. } => 403,
            Self::TooManyAttempts { .. } => 429,
            Self::SignedOut => 401,
            Self::Malformed => 400,
            Self::Unavailable => 500,
            Self::Busy => 503,
            Self::Unreachable => 503,
        }
    }
}

/// `error`, after giving the response its status for script callers.
pub(crate) fn refused(error: AppError) -> AppError {
    let plain_form_post = use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(axum::http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if !plain_form_post {
        if let (Some(response), Ok(status)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            axum::http::StatusCode::from_u16(error.status()),
        ) {
            response.set_status(status);
        }
    }
    error
}

/// Counts an attempt against the rate limits `keys` (each `(key, limit)`), or refuses it
/// saying how long to wait. The counts are kept in the database.
pub(crate) async fn limit(
    context: &crate::context::ServerContext,
    keys: &[(String, domain::limits::RateLimit)],
    answers: &[(String, String)],
) -> Result<(), AppError> {
    match context
        .backend
        .try_attempt(keys)
        .await
        .map_err(unavailable)?
    {
        Ok(()) => Ok(()),
        Err(wait) => Err(refused(AppError::TooManyAttempts {
            answers: answers.to_vec(),
            message: domain::limits::wait_message(wait),
        })),
    }
}

/// The address the request came from: the peer of the connection or, behind a reverse proxy
/// the server is told to trust (`CALICO_TRUST_PROXY`), the address that proxy saw (the last
/// in `X-Forwarded-For`; earlier ones are whatever the client claimed).
pub(crate) async fn client_address() -> String {
    let peer = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|_| "unknown".into());
    let trusted = crate::context::server_context().is_ok_and(|c| c.trust_proxy);
    // Only the entry the proxy added itself: the last, if it is an address at all.
    let forwarded = use_context::<axum::http::request::Parts>().and_then(|parts| {
        let entries: Vec<String> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|a| a.trim().to_owned())
            .collect();
        entries
            .last()
            .filter(|a| a.parse::<std::net::IpAddr>().is_ok())
            .cloned()
    });
    match (trusted, forwarded) {
        (true, Some(address)) => address,
        _ => peer,
    }
}

pub(crate) fn unavailable(error: impl std::error::Error + 'static) -> AppError {
    let busy = (&error as &dyn std::error::Error)
        .downcast_ref::<backend::BackendError>()
        .is_some_and(backend::BackendError::is_busy);
    if busy {
        tracing::warn!(%error, "the database was busy");
        // A page, or a program, is told 503 and when to try again; a form post is sent back
        // to its form with the message, keeping what was typed.
        let form_post = use_context::<axum::http::request::Parts>().is_some_and(|parts| {
            parts.method == axum::http::Method::POST
                && parts
                    .headers
                    .get(axum::http::header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|accept| accept.contains("text/html"))
        });
        if let (false, Some(response)) = (form_post, use_context::<leptos_axum::ResponseOptions>())
        {
            response.set_status(axum::http::StatusCode::SERVICE_UNAVAILABLE);
            response.insert_header(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("5"),
            );
        }
        return AppError::Busy;
    }
    tracing::error!(%error, cause = ?error.source(), "use case failed");
    AppError::Unavailable
}
