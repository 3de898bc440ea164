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
/// to `only` (or to any complaint), for the page to load again. While the connection is open
/// the region carries `data-listening="true"`.
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
    let listening = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let listener = StoredValue::new_local(None::<std::rc::Rc<stream::Listener>>);
        Effect::new(move |_| {
            let Some(after) = seen.get() else { return };
            if listener.with_value(Option::is_some) {
                return;
            }
            let only = only.clone();
            let started = stream::Listener::start(
                after,
                move |change: Change| {
                    if only.as_ref().is_none_or(|r| *r == change.reference) {
                        said.set(Some(change.announcement));
                        changed.update(|n| *n += 1);
                    }
                },
                move |open| listening.set(open),
            );
            listener.set_value(Some(started));
        });
        on_cleanup(move || {
            if let Some(Some(l)) = listener.try_get_value() {
                l.stop();
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (seen, only, changed);
    view! {
        <div class="live-region" aria-live="polite" aria-atomic="true"
            data-listening=move || if listening.get() { "true" } else { "false" }>
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
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    type OnMessage = Closure<dyn FnMut(MessageEvent)>;

    /// After this many failed openings in a row (signed out, say) it stops trying.
    const MAX_FAILURES: u32 = 6;

    /// The page's connection to `/live`: opened again, after a growing pause, when the browser
    /// gives up on it (it retries by itself after most drops, sending the last id it saw).
    pub struct Listener {
        last: Cell<i64>,
        failures: Cell<u32>,
        stopped: Cell<bool>,
        source: RefCell<Option<EventSource>>,
        on_change: Box<dyn Fn(Change)>,
        on_open: Box<dyn Fn(bool)>,
        // Kept for as long as the listener, then dropped with it (never leaked).
        handlers: RefCell<Vec<OnMessage>>,
        other_handlers: RefCell<Vec<Closure<dyn FnMut()>>>,
    }

    impl Listener {
        pub fn start(
            after: i64,
            on_change: impl Fn(Change) + 'static,
            on_open: impl Fn(bool) + 'static,
        ) -> Rc<Self> {
            let listener = Rc::new(Self {
                last: Cell::new(after),
                failures: Cell::new(0),
                stopped: Cell::new(false),
                source: RefCell::new(None),
                on_change: Box::new(on_change),
                on_open: Box::new(on_open),
                handlers: RefCell::new(Vec::new()),
                other_handlers: RefCell::new(Vec::new()),
            });
            open(&listener);
            listener
        }

        /// Closes the connection for good (the page is gone).
        pub fn stop(&self) {
            self.stopped.set(true);
            if let Some(source) = self.source.borrow_mut().take() {
                source.close();
            }
            self.handlers.borrow_mut().clear();
            self.other_handlers.borrow_mut().clear();
        }
    }

    fn open(listener: &Rc<Listener>) {
        if listener.stopped.get() {
            return;
        }
        let Ok(source) = EventSource::new(&format!("/live?after={}", listener.last.get())) else {
            return;
        };
        let weak = Rc::downgrade(listener);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(l) = weak.upgrade() else { return };
            if let Ok(id) = event.last_event_id().parse::<i64>() {
                l.last.set(l.last.get().max(id));
            }
            let Some(data) = event.data().as_string() else {
                return;
            };
            if let Some((reference, announcement)) = data.split_once('\n') {
                (l.on_change)(Change {
                    reference: reference.to_owned(),
                    announcement: announcement.to_owned(),
                });
            }
        });
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let weak = Rc::downgrade(listener);
        let on_opened = Closure::<dyn FnMut()>::new(move || {
            if let Some(l) = weak.upgrade() {
                l.failures.set(0);
                (l.on_open)(true);
            }
        });
        source.set_onopen(Some(on_opened.as_ref().unchecked_ref()));
        let weak = Rc::downgrade(listener);
        let on_error = Closure::<dyn FnMut()>::new(move || {
            let Some(l) = weak.upgrade() else { return };
            (l.on_open)(false);
            let closed = l
                .source
                .borrow()
                .as_ref()
                .is_some_and(|s| s.ready_state() == EventSource::CLOSED);
            if !closed || l.stopped.get() {
                return; // the browser is reconnecting by itself
            }
            // Closed for good (an error answer, such as signed out): try again later from
            // the last change seen, a few times, waiting longer each time.
            let failures = l.failures.get() + 1;
            l.failures.set(failures);
            if failures > MAX_FAILURES {
                return;
            }
            let weak = Rc::downgrade(&l);
            leptos::prelude::set_timeout(
                move || {
                    if let Some(l) = weak.upgrade() {
                        open(&l);
                    }
                },
                std::time::Duration::from_secs(2u64.pow(failures)),
            );
        });
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        if let Some(old) = listener.source.borrow_mut().replace(source) {
            old.close();
        }
        listener.handlers.borrow_mut().push(on_message);
        let mut others = listener.other_handlers.borrow_mut();
        others.push(on_opened);
        others.push(on_error);
    }
}
