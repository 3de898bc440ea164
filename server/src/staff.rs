//! Only colleagues reach the complaints console: every `/staff` page and every `/api/staff`
//! server function is refused to a signed-in account without a staff role, before any page
//! code runs. (Someone signed out is let through: the page sends them to sign in.)

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Whether `path` belongs to the console: its pages and its server functions.
fn is_console(path: &str) -> bool {
    app::is_console(path) || path.starts_with("/api/staff/")
}

/// Refuses the console to anyone signed in who is not a colleague.
pub async fn only_colleagues(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !is_console(request.uri().path()) {
        return next.run(request).await;
    }
    match crate::who::asking(request.extensions()) {
        Ok(Some(account)) if account.colleague().is_none() => {
            refused(&request, &app::stylesheet_href(&state.leptos_options))
        }
        // Colleagues; and someone signed out, whom the page sends to sign in.
        Ok(_) => next.run(request).await,
        Err(unavailable) => unavailable.into_response(),
    }
}

fn wants_html(request: &Request) -> bool {
    request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

fn refused(request: &Request, stylesheet: &str) -> Response {
    let message = "This page is for Calico Homes' complaints staff.";
    if !wants_html(request) {
        return (StatusCode::FORBIDDEN, message).into_response();
    }
    let page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>You cannot see this page - Calico Account</title>\
         <link rel=\"stylesheet\" href=\"{stylesheet}\"></head><body>\
         <div class=\"width-container\"><main class=\"main\"><h1 class=\"heading-xl\">You cannot see this page</h1>\
         <p>{message} Your complaints, and the letters we have sent you, are in \
         <a href=\"/account\">your account</a>.</p></main></div></body></html>"
    );
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_console_is_every_staff_page_and_server_function_and_nothing_else() {
        for path in ["/staff", "/staff/complaints/CMP-1", "/api/staff/record"] {
            assert!(super::is_console(path), "{path}");
        }
        for path in [
            "/staffing",
            "/account",
            "/api/v1/complaints",
            "/api/account/letters",
        ] {
            assert!(!super::is_console(path), "{path}");
        }
    }
}
