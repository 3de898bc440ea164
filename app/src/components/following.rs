//! Following complaints as they change: "today" as the browser counts it, and the live
//! updates from `/live` with their polite announcement. Without JavaScript neither runs: the
//! page is as the server rendered it, and says when that was.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Now, as the server rendered the page, then as the browser's clock says (checked every
/// minute), so that "3 working days left" stays right on a page left open overnight. Days are
/// counted from it with the same `domain` code on both sides.
pub fn use_now(rendered: DateTime<Utc>) -> Signal<DateTime<Utc>> {
    let now = RwSignal::new(rendered);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let tick = move || now.set(browser_now());
        tick();
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(60)) {
            on_cleanup(move || handle.clear());
        }
    });
    now.into()
}

#[cfg(feature = "hydrate")]
fn browser_now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(leptos::web_sys::js_sys::Date::now() as i64).unwrap_or_default()
}

/// A change announced by `/live`: which complaint, and the sentence to announce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub reference: String,
    pub announcement: String,
}

/// The polite live region the announcements go into: on the page from the start, so that
/// screen readers are listening before anything is put in it. `changed` counts the changes
/// to `only` (or to any complaint), for the page to load again.
#[component]
pub fn LiveRegion(
    /// The newest event the page was rendered with, once known.
    seen: ReadSignal<Option<i64>>,
    /// Only changes to this complaint, or to any.
    #[prop(optional, into)]
    only: Option<String>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    {
        let started = StoredValue::new(false);
        Effect::new(move |_| {
            let Some(after) = seen.get() else { return };
            if started.get_value() {
                return;
            }
            started.set_value(true);
            let only = only.clone();
            stream::listen(after, move |change: Change| {
                if only.as_ref().is_none_or(|r| *r == change.reference) {
                    said.set(Some(change.announcement));
                    changed.update(|n| *n += 1);
                }
            });
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (seen, only, changed);
    view! {
        <div class="live-region" aria-live="polite" aria-atomic="true">
            {move || said.get().map(|text| view! {
                <div class="notification-banner"><p class="notification-heading">{text}</p></div>
            })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod stream {
    use super::Change;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{EventSource, MessageEvent};
    use std::cell::Cell;
    use std::rc::Rc;

    /// Opens `/live` after event `after`, and opens it again if the browser gives up on it
    /// (it retries by itself after most drops, sending the last id it saw).
    pub fn listen(after: i64, on_change: impl Fn(Change) + 'static) {
        let last = Rc::new(Cell::new(after));
        let on_change: Rc<dyn Fn(Change)> = Rc::new(on_change);
        open(last, on_change);
    }

    fn open(last: Rc<Cell<i64>>, on_change: Rc<dyn Fn(Change)>) {
        let Ok(source) = EventSource::new(&format!("/live?after={}", last.get())) else {
            return;
        };
        let on_message = {
            let last = last.clone();
            let on_change = on_change.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                if let Ok(id) = event.last_event_id().parse::<i64>() {
                    last.set(last.get().max(id));
                }
                let Some(data) = event.data().as_string() else {
                    return;
                };
                if let Some((reference, announcement)) = data.split_once('\n') {
                    on_change(Change {
                        reference: reference.to_owned(),
                        announcement: announcement.to_owned(),
                    });
                }
            })
        };
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error = {
            let source = source.clone();
            Closure::<dyn FnMut()>::new(move || {
                // Closed for good (the server answered with an error, or not as a stream):
                // try again a little later from the last change seen.
                if source.ready_state() == EventSource::CLOSED {
                    source.close();
                    let (last, on_change) = (last.clone(), on_change.clone());
                    leptos::prelude::set_timeout(
                        move || open(last, on_change),
                        std::time::Duration::from_secs(3),
                    );
                }
            })
        };
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
    }
}
