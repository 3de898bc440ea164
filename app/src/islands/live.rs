//! Live updates: the page listens on `/live` (server-sent events); when a complaint it shows
//! changes, the change is announced politely and the part of the page marked
//! `data-live-content` is loaded again from the server, so the old content stays until the new
//! has arrived and nothing else on the page moves. Without JavaScript nothing here runs: the
//! page is as the server rendered it, and says when that was.

use leptos::prelude::*;

/// The polite live region the announcements go into. It is on the page from the start, so
/// screen readers are listening before anything is put in it; while the connection is open
/// it carries `data-listening="true"`.
#[island]
pub fn LiveUpdates(
    /// The newest event the page was rendered with: the stream continues after it.
    after: i64,
    /// Only changes to this complaint, or (none) to any the page lists.
    only: Option<String>,
) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    let listening = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let kept = StoredValue::new_local(None::<std::rc::Rc<stream::Listener>>);
        Effect::new(move |_| {
            let only = only.clone();
            let listener = stream::Listener::start(
                after,
                move |change: stream::Change| {
                    if only.as_ref().is_none_or(|r| *r == change.reference) {
                        said.set(Some(change.announcement));
                        refresh::content();
                    }
                },
                move |open| listening.set(open),
            );
            kept.set_value(Some(listener));
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (after, only);
    view! {
        <div class="live-region" aria-live="polite" aria-atomic="true"
            data-listening=move || if listening.get() { "true" } else { "false" }>
            {move || said.get().map(|text| view! {
                <div class="notification-banner"><p class="notification-heading">{text}</p></div>
            })}
        </div>
    }
}

/// Loading the page's live content again.
#[cfg(feature = "hydrate")]
mod refresh {
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::{JsCast, JsValue};
    use leptos::web_sys::{Element, XmlHttpRequest, XmlHttpRequestResponseType};
    use std::cell::Cell;

    const CONTENT: &str = "[data-live-content]";

    thread_local! {
        /// The newest request: an older one that answers later is ignored.
        static LATEST: Cell<u32> = const { Cell::new(0) };
    }

    /// Fetches this page again and puts its new live content in place of the old.
    pub(super) fn content() {
        let Ok(href) = leptos::prelude::window().location().href() else {
            return;
        };
        let Ok(request) = XmlHttpRequest::new() else {
            return;
        };
        let number = LATEST.with(|latest| {
            latest.set(latest.get() + 1);
            latest.get()
        });
        request.set_response_type(XmlHttpRequestResponseType::Document);
        let answered = request.clone();
        let on_load = Closure::once_into_js(move || {
            if LATEST.with(Cell::get) != number || answered.status().unwrap_or(0) != 200 {
                return;
            }
            if let Some(fresh) = answered
                .response_xml()
                .ok()
                .flatten()
                .and_then(|doc| doc.query_selector(CONTENT).ok().flatten())
            {
                replace(&fresh);
            }
        });
        request.set_onload(Some(on_load.unchecked_ref()));
        if request.open("GET", &href).is_ok() {
            let _ = request.set_request_header("Accept", "text/html");
            let _ = request.send();
        }
    }

    /// Puts `fresh` in place of the page's live content, keeps the focus on the same control
    /// if it was in there, and wakes up the islands in it.
    fn replace(fresh: &Element) {
        let document = super::super::dom::document();
        let Some(current) = document.query_selector(CONTENT).ok().flatten() else {
            return;
        };
        let focused = document
            .active_element()
            .filter(|active| current.contains(Some(active)))
            .map(|active| {
                (
                    active.id(),
                    active.get_attribute("href"),
                    active.text_content(),
                )
            });
        current.set_inner_html(&fresh.inner_html());
        if let Some((id, href, text)) = focused {
            let again = super::super::dom::all(&current, "a, button, input, textarea, [tabindex]")
                .into_iter()
                .find(|e| {
                    (!id.is_empty() && e.id() == id)
                        || (id.is_empty()
                            && e.get_attribute("href") == href
                            && e.text_content() == text)
                });
            if let Some(element) =
                again.and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        }
        // The script that woke the page's islands wakes those put in later.
        let wake = leptos::web_sys::js_sys::Reflect::get(
            &leptos::prelude::window(),
            &JsValue::from_str("calicoWake"),
        )
        .ok()
        .and_then(|f| f.dyn_into::<leptos::web_sys::js_sys::Function>().ok());
        if let Some(wake) = wake {
            let _ = wake.call1(&JsValue::NULL, &current);
        }
    }
}

/// The connection to `/live`.
#[cfg(feature = "hydrate")]
mod stream {
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{EventSource, MessageEvent};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    /// A change announced by `/live`: which complaint, and the sentence to announce.
    pub(super) struct Change {
        pub reference: String,
        pub announcement: String,
    }

    type OnMessage = Closure<dyn FnMut(MessageEvent)>;

    /// After this many failed openings in a row (signed out, say) it stops trying.
    const MAX_FAILURES: u32 = 6;

    /// The page's connection to `/live`: opened again, after a growing pause, when the browser
    /// gives up on it (it retries by itself after most drops, sending the last id it saw).
    pub(super) struct Listener {
        last: Cell<i64>,
        failures: Cell<u32>,
        source: RefCell<Option<EventSource>>,
        on_change: Box<dyn Fn(Change)>,
        on_open: Box<dyn Fn(bool)>,
        // Kept for as long as the listener.
        handlers: RefCell<Vec<OnMessage>>,
        other_handlers: RefCell<Vec<Closure<dyn FnMut()>>>,
    }

    impl Listener {
        pub(super) fn start(
            after: i64,
            on_change: impl Fn(Change) + 'static,
            on_open: impl Fn(bool) + 'static,
        ) -> Rc<Self> {
            let listener = Rc::new(Self {
                last: Cell::new(after),
                failures: Cell::new(0),
                source: RefCell::new(None),
                on_change: Box::new(on_change),
                on_open: Box::new(on_open),
                handlers: RefCell::new(Vec::new()),
                other_handlers: RefCell::new(Vec::new()),
            });
            open(&listener);
            listener
        }
    }

    fn open(listener: &Rc<Listener>) {
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
            if !closed {
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
