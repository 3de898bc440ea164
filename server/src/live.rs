//! `GET /live`: server-sent events for the signed-in person, one for each change to a
//! complaint they may see everything of. Each event's id is the complaint event's id, so a
//! browser that reconnects (after a dropped connection or a server restart) sends
//! `Last-Event-ID` and is sent everything it missed. A page that opens the stream gives
//! `?after=` the newest id it was rendered with, so nothing between the render and the
//! connection is lost either. Nobody is sent a change to a complaint they may not see.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use serde::Deserialize;

use crate::AppState;

/// How often this process looks in the database for events recorded by another process (a
/// second server, a command): once for all its streams, not once per stream.
pub const LOOK_AGAIN: Duration = Duration::from_millis(1000);
/// How often a stream checks that its session has not ended by itself (timed out) or in
/// another process. Sessions this process ends (signing out, a password reset) end their
/// streams at once.
const SESSION_CHECK: Duration = Duration::from_secs(30);
/// What a browser waits before reconnecting.
const RETRY: Duration = Duration::from_millis(1000);
/// The most streams one session may hold open at once: a resident with a few tabs open, not
/// a script holding the server's connections.
pub const MAX_STREAMS_PER_SESSION: usize = 10;

/// The streams open in this process, per session (by the session cookie's hash).
#[derive(Clone, Debug, Default)]
pub struct OpenStreams(Arc<Mutex<HashMap<Vec<u8>, usize>>>);

impl OpenStreams {
    /// A place for one more stream of `session`, held until the stream ends; `None` when the
    /// session has as many open as it may.
    fn open(&self, session: &backend::accounts::SessionToken) -> Option<StreamPlace> {
        let key = session.hash();
        let mut open = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = open.entry(key.clone()).or_default();
        if *count >= MAX_STREAMS_PER_SESSION {
            return None;
        }
        *count += 1;
        Some(StreamPlace {
            streams: self.clone(),
            key,
        })
    }
}

/// One stream's place among its session's; given back when the stream ends.
struct StreamPlace {
    streams: OpenStreams,
    key: Vec<u8>,
}

impl Drop for StreamPlace {
    fn drop(&mut self) {
        let mut open = self
            .streams
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.key);
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct After {
    #[serde(default)]
    after: Option<i64>,
}

struct Listening {
    state: AppState,
    token: backend::accounts::SessionToken,
    account: i64,
    last: i64,
    pending: std::collections::VecDeque<backend::following::Change>,
    checked: tokio::time::Instant,
    /// Accounts whose sessions this process has ended.
    ended: tokio::sync::broadcast::Receiver<i64>,
    /// Whether to look at the session before waiting again: at once when the stream starts
    /// (a sign-out between the request's check and subscribing to `ended` is not missed), and
    /// when the account's sessions were ended.
    check_session: bool,
    first: bool,
    /// The language the page is shown in.
    language: domain::language::Language,
    _place: StreamPlace,
}

pub async fn live(
    State(state): State<AppState>,
    crate::who::Asking(asking): crate::who::Asking,
    headers: HeaderMap,
    Query(query): Query<After>,
) -> Response {
    let Some(account) = asking.map(|a| a.id) else {
        return signed_out();
    };
    let Some(token) = app::context::session_from_headers(&headers, state.context.secure_cookies)
    else {
        return signed_out();
    };
    let resumed = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    let last = match resumed.or(query.after) {
        Some(id) => id.max(0),
        None => match state.backend.last_event_id().await {
            Ok(id) => id,
            Err(error) => {
                tracing::error!(%error, "could not read the newest event");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        },
    };
    let Some(place) = state.open_streams.open(&token) else {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "30")],
            "Too many pages are following your complaints at once: close some, then reload this one.\n",
        )
            .into_response();
    };
    // Announced in the language the page is shown in.
    let language = app::context::language_of(&headers, state.context.secure_cookies);
    let ended = state.backend.sessions_ending();
    let listening = Listening {
        language,
        state,
        token,
        _place: place,
        account,
        last,
        pending: Default::default(),
        checked: tokio::time::Instant::now(),
        ended,
        check_session: true,
        first: true,
    };
    (
        [(header::CACHE_CONTROL, "no-store")],
        Sse::new(changes(listening)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))),
    )
        .into_response()
}

fn signed_out() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        "Sign in to follow your complaints.\n",
    )
        .into_response()
}

/// One stream's events. A stream waits on the process's shared feed of new events and reads
/// the database only when there is something new, or to check its session: an idle page
/// costs nothing but its connection.
fn changes(listening: Listening) -> impl Stream<Item = Result<Event, Infallible>> {
    stream::unfold(listening, |mut l| async move {
        if l.first {
            l.first = false;
            return Some((Ok(Event::default().retry(RETRY).comment("listening")), l));
        }
        let mut look = true;
        loop {
            if let Some(change) = l.pending.pop_front() {
                let event = Event::default()
                    .id(change.id.to_string())
                    .data(format!("{}\n{}", change.reference, change.announcement));
                return Some((Ok(event), l));
            }
            if l.check_session || l.checked.elapsed() >= SESSION_CHECK {
                l.check_session = false;
                l.checked = tokio::time::Instant::now();
                if !matches!(l.state.backend.session_live(&l.token).await, Ok(true)) {
                    return None;
                }
            }
            if look || l.state.backend.newest_change() > l.last {
                look = false;
                match l
                    .state
                    .backend
                    .changes_since(l.account, l.last, l.language)
                    .await
                {
                    Ok((changes, upto)) => {
                        let looked = upto > l.last;
                        l.last = upto;
                        if !changes.is_empty() {
                            l.pending.extend(changes);
                            continue;
                        }
                        if looked {
                            // Only others' changes so far: there may be more of them to pass.
                            look = true;
                            continue;
                        }
                    }
                    Err(error) => {
                        tracing::error!(%error, "could not read changes for /live");
                        // Look again after a pause, not at once: nothing has moved on.
                        look = true;
                        if !l.state.backend.wait_for_change(i64::MAX, LOOK_AGAIN).await {
                            return None;
                        }
                        continue;
                    }
                }
            }
            let until_check = SESSION_CHECK.saturating_sub(l.checked.elapsed());
            tokio::select! {
                going = l.state.backend.wait_for_change(l.last, until_check) => {
                    if !going {
                        // The server is stopping; the browser reconnects (to it or another).
                        return None;
                    }
                }
                ended = l.ended.recv() => match ended {
                    Ok(account) if account != l.account => {}
                    // This account's sessions ended, or too many ended to tell whose: look.
                    Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        l.check_session = true;
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                },
            }
        }
    })
}
