//! No answer in any address. When a form post is refused, leptos sends the browser back to the
//! form with the refusal in the address (`?__path=…&__err=…`): the messages and everything
//! typed, a complaint or a disability among them, which browser history, proxy logs and
//! `Referer`s would then keep. This layer takes it out of the address before the response
//! leaves: the refusal is kept on the server for a minute (`backend::refusals`) under a cookie,
//! and the page the browser is sent back to reads it from there, once
//! (`app::context::FormRefusal`).

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;

use app::context::FormRefusal;

use crate::AppState;

/// The cookie that finds a refusal kept for the page it is shown on.
pub const REFUSAL_COOKIE: &str = "calico_refusal";

/// On a page: reads the refusal its form was sent back with, and forgets it. On a post: keeps
/// the refusal out of the address it sends the browser back to.
pub async fn keep_out_of_addresses(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let post = request.method() == Method::POST;
    let page = request.method() == Method::GET && wants_html(&request);
    let kept = page
        .then(|| {
            let name = app::context::cookie_name(REFUSAL_COOKIE, state.context.secure_cookies);
            app::context::cookie_in(request.headers(), &name)
        })
        .flatten();
    if let Some(token) = &kept {
        match state.backend.take_refusal(token).await {
            Ok(Some((form, refusal))) => {
                request
                    .extensions_mut()
                    .insert(FormRefusal { form, refusal });
            }
            Ok(None) => {}
            Err(error) => {
                tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not read a refusal");
            }
        }
    }
    let mut response = next.run(request).await;
    if kept.is_some() {
        set_cookie(response.headers_mut(), "", 0, state.context.secure_cookies);
    }
    if post {
        keep_refusal(&state, &mut response).await;
    }
    response
}

fn wants_html(request: &Request) -> bool {
    request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// If `response` sends the browser back with a refusal in the address, keeps the refusal and
/// sends the browser to the address without it, with the cookie that finds it.
async fn keep_refusal(state: &AppState, response: &mut Response) {
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return;
    };
    let Some((clean, form, refusal)) = split_refusal(location) else {
        return;
    };
    match state.backend.keep_refusal(&form, &refusal).await {
        Ok(token) => {
            if let Ok(value) = HeaderValue::from_str(&clean) {
                response.headers_mut().insert(header::LOCATION, value);
            }
            set_cookie(
                response.headers_mut(),
                &token,
                backend::refusals::KEPT_FOR.num_seconds(),
                state.context.secure_cookies,
            );
        }
        Err(error) => {
            // The answers are not put in the address whatever happens: the form comes back
            // without them, and says nothing was saved.
            tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not keep a refusal");
            if let Ok(value) = HeaderValue::from_str(&clean) {
                response.headers_mut().insert(header::LOCATION, value);
            }
        }
    }
}

/// `location` without its refusal, and the refusal's form and value; `None` when it has none.
fn split_refusal(location: &str) -> Option<(String, String, String)> {
    let base = url::Url::parse("http://calico.invalid").ok()?;
    let url = base.join(location).ok()?;
    let mut form = None;
    let mut refusal = None;
    let rest: Vec<(String, String)> = url
        .query_pairs()
        .filter_map(|(key, value)| match key.as_ref() {
            "__path" => {
                form = Some(value.into_owned());
                None
            }
            "__err" => {
                refusal = Some(value.into_owned());
                None
            }
            _ => Some((key.into_owned(), value.into_owned())),
        })
        .collect();
    let (form, refusal) = (form?, refusal?);
    let mut clean = url.clone();
    clean.set_query(None);
    if !rest.is_empty() {
        clean.query_pairs_mut().extend_pairs(rest);
    }
    // Relative stays relative; an absolute address keeps its origin.
    let clean = if location.starts_with('/') {
        clean[url::Position::BeforePath..].to_owned()
    } else {
        clean.to_string()
    };
    Some((clean, form, refusal))
}

/// Sets (or with a `max_age` of 0 clears) the refusal cookie, named as it is read (with the
/// `__Host-` prefix over https).
fn set_cookie(headers: &mut axum::http::HeaderMap, token: &str, max_age: i64, secure: bool) {
    if let Some(value) = app::context::site_cookie(REFUSAL_COOKIE, token, max_age, secure) {
        headers.append(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::split_refusal;

    #[test]
    fn the_refusal_leaves_the_address_and_the_rest_stays() {
        let (clean, form, refusal) = split_refusal(
            "http://127.0.0.1:3000/account/preferences?saved=1&__path=%2Fapi%2Faccount%2Fpreferences&__err=eyJJbnZhbGlkIjp7fX0",
        )
        .expect("a refusal");
        assert_eq!(clean, "http://127.0.0.1:3000/account/preferences?saved=1");
        assert_eq!(form, "/api/account/preferences");
        assert_eq!(refusal, "eyJJbnZhbGlkIjp7fX0");
        let (clean, _, _) =
            split_refusal("/register?__path=%2Fapi%2Fregister&__err=x").expect("a refusal");
        assert_eq!(clean, "/register");
        assert_eq!(split_refusal("/account?saved=name"), None);
    }
}
