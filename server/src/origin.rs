//! Refuses a state-changing request sent by another site's page (cross-site request forgery),
//! on top of the SameSite session cookie. Browsers name the page's origin in `Origin` on
//! every POST and say `Sec-Fetch-Site: cross-site` when it is foreign.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The service's own origin, e.g. `https://account.calicohomes.org.uk`.
#[derive(Clone, Debug)]
pub struct AllowedOrigin(pub Arc<str>);

/// Whether a request with these headers may change anything: its `Origin` is ours (the
/// configured base URL, or the host it was sent to), and the browser does not call it
/// cross-site. A request without `Origin` or `Sec-Fetch-Site` (not from a browser page) passes.
pub fn same_origin(headers: &HeaderMap, allowed: &str) -> bool {
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if origin == allowed {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    host.is_some_and(|host| {
        origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"))
            == Some(host)
    })
}

/// Middleware: any method but GET, HEAD and OPTIONS must come from our own pages.
pub async fn refuse_cross_site_posts(
    State(allowed): State<AllowedOrigin>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || same_origin(request.headers(), &allowed.0) {
        return next.run(request).await;
    }
    tracing::warn!(origin = ?request.headers().get(header::ORIGIN), path = %request.uri().path(), "refused a cross-site request");
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "This form was sent from another website, so it was not accepted. Go to Calico Account and try again from there.\n",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn our_own_pages_pass_and_foreign_ones_do_not() {
        let ours = "https://account.calicohomes.org.uk";
        assert!(same_origin(
            &headers(&[("origin", "https://account.calicohomes.org.uk")]),
            ours
        ));
        assert!(!same_origin(
            &headers(&[("origin", "https://evil.example")]),
            ours
        ));
        assert!(!same_origin(&headers(&[("origin", "null")]), ours));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            ours
        ));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://localhost:3000"),
                ("host", "localhost:3000")
            ]),
            ours
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "http://localhost:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            ours
        ));
        assert!(same_origin(&headers(&[]), ours), "not a browser page");
    }
}
