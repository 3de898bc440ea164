//! Help in the browser while a page of the complaint journey is filled in. Each field is
//! checked as it is left, by the same `domain` parsers the server runs when the page is sent;
//! and what is typed is kept on this device until the server has it, so a lost connection or
//! a closed tab loses nothing (a copy the server already has is forgotten when the page is
//! next shown; signing out forgets them all). Without JavaScript none of this runs, and nothing depends on it.

use std::collections::HashSet;

use chrono::NaiveDate;
use domain::filing::{Draft, Step};
use domain::forms::FieldError;
use leptos::html::Div;
use leptos::prelude::*;

/// The browser's own check of the page, shared with its fields.
#[derive(Clone, Copy)]
pub(crate) struct LiveCheck {
    /// The fields (dates as one) changed on this page.
    touched: RwSignal<HashSet<String>>,
    /// The page's problems as the browser last found them.
    errors: RwSignal<Vec<FieldError>>,
}

impl LiveCheck {
    /// For a field changed on this page, the browser's message (or none); `None` for the
    /// others, whose message from the server (if any) stands. The parsers are the server's, so
    /// the two agree.
    pub(crate) fn message(&self, id: &str) -> Option<Option<String>> {
        let changed = self
            .touched
            .try_with(|t| t.contains(group(id)))
            .unwrap_or(false);
        changed.then(|| {
            self.errors
                .try_with(|errors| {
                    errors
                        .iter()
                        .find(|e| e.field.id() == id)
                        .map(|e| e.message.clone())
                })
                .flatten()
        })
    }
}

/// A date's three boxes count as one field.
fn group(name: &str) -> &str {
    ["_day", "_month", "_year"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name)
}

/// Wraps the form of journey page `step`.
#[component]
pub fn LiveCheckedForm(
    step: Step,
    /// The draft as the server has it, which the page's answers are put into to check them.
    draft: Draft,
    today: NaiveDate,
    /// The draft's key: what is kept on this device belongs to this draft alone.
    key: String,
    children: Children,
) -> impl IntoView {
    let live = LiveCheck {
        touched: RwSignal::new(HashSet::new()),
        errors: RwSignal::new(Vec::new()),
    };
    provide_context(live);
    let area = NodeRef::<Div>::new();
    let stored_as = format!(
        "{}{}:{}",
        device::PREFIX,
        if key.is_empty() { "new" } else { key.as_str() },
        step.path()
    );
    let restored = RwSignal::new(false);
    Effect::new({
        let stored_as = stored_as.clone();
        move |_| {
            if let Some(area) = area.try_get().flatten() {
                restored.try_set(device::restore(&area, &stored_as));
            }
        }
    });
    // Fields typed in since the last check; they join `touched` when it runs.
    let pending = StoredValue::new(HashSet::<String>::new());
    // The handlers can still be called while the page is taken away (a focused button that
    // is removed loses focus), when some of its fields have gone: hence `try_`, and nothing
    // is changed for a form no longer in the document.
    let on_input = move |ev: leptos::ev::Event| {
        let Some(area) = device::within(area, &ev) else {
            return;
        };
        if let Some(name) = device::target_name(&ev) {
            pending.try_update_value(|p| p.insert(group(&name).to_owned()));
        }
        device::keep(&area, &stored_as);
    };
    // A field is checked as it is left (not for the button: the page is being sent, and the
    // server checks it).
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        let Some(area) = device::within(area, &ev) else {
            return;
        };
        if device::to_a_button(&ev) {
            return;
        }
        let newly = pending.try_update_value(std::mem::take).unwrap_or_default();
        let mut answered = draft.clone();
        answered.answer_page(step, &device::answers(&area));
        let found = step.check(&answered, today).err().unwrap_or_default();
        // Shown a moment later, once the click that moved the focus has landed: a message
        // appearing above what was clicked would otherwise move it from under the pointer.
        set_timeout(
            move || {
                if !newly.is_empty() {
                    live.touched.try_update(|t| t.extend(newly));
                }
                if live.errors.try_with_untracked(|errors| *errors != found) == Some(true) {
                    live.errors.try_set(found);
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    // Listened for on the window, for events from this form's fields.
    let typing = window_event_listener(leptos::ev::input, on_input);
    let leaving = window_event_listener(leptos::ev::focusout, on_focusout);
    on_cleanup(move || {
        typing.remove();
        leaving.remove();
    });
    view! {
        {move || restored.try_get().unwrap_or(false).then(|| view! {
            <div class="notification-banner" role="status">
                <p class="notification-heading">"We have put back what you typed on this device before it was saved. Check it, then continue."</p>
            </div>
        })}
        <div node_ref=area>{children()}</div>
    }
}

/// Forgets everything kept on this device (on signing out, so the next person using it sees
/// nothing).
pub fn forget_all_on_device() {
    device::forget_all();
}

/// The form's answers in the browser's local storage.
mod device {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{HtmlDivElement, HtmlInputElement, HtmlTextAreaElement, Storage};

    pub(super) const PREFIX: &str = "calico:";

    fn storage() -> Option<Storage> {
        leptos::prelude::window().local_storage().ok().flatten()
    }

    /// The form area, if `ev` came from one of its fields while it is in the document.
    pub(super) fn within(
        area: leptos::prelude::NodeRef<leptos::html::Div>,
        ev: &leptos::web_sys::Event,
    ) -> Option<HtmlDivElement> {
        use leptos::prelude::GetUntracked;
        let area = area.try_get_untracked().flatten()?;
        let target = ev.target()?.dyn_into::<leptos::web_sys::Node>().ok()?;
        (area.is_connected() && area.contains(Some(&target))).then_some(area)
    }

    /// Whether focus is moving to a button (the page is being sent).
    pub(super) fn to_a_button(ev: &leptos::ev::FocusEvent) -> bool {
        ev.related_target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
            .is_some_and(|e| e.tag_name() == "BUTTON")
    }

    /// The field an event came from.
    pub(super) fn target_name(ev: &leptos::ev::Event) -> Option<String> {
        let target = ev.target()?;
        if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            return Some(input.name());
        }
        target
            .dyn_ref::<HtmlTextAreaElement>()
            .map(HtmlTextAreaElement::name)
    }

    /// The answers as the form would send them: text as typed, ticked boxes and chosen
    /// radio buttons only.
    pub(super) fn answers(area: &HtmlDivElement) -> Vec<(String, String)> {
        let Ok(list) = area.query_selector_all("input[name], textarea[name]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| {
                if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                    match input.type_().as_str() {
                        "radio" | "checkbox" if !input.checked() => None,
                        "hidden" | "file" | "password" | "submit" => None,
                        _ => Some((input.name(), input.value())),
                    }
                } else {
                    node.dyn_ref::<HtmlTextAreaElement>()
                        .map(|t| (t.name(), t.value()))
                }
            })
            .collect()
    }

    pub(super) fn keep(area: &HtmlDivElement, stored_as: &str) {
        if let (Some(storage), Ok(json)) =
            (storage(), leptos::serde_json::to_string(&answers(area)))
        {
            // Full or refused storage: the server's draft still has everything sent.
            let _ = storage.set_item(stored_as, &json);
        }
    }

    /// Puts back answers kept on this device that differ from the page's; whether any did.
    pub(super) fn restore(area: &HtmlDivElement, stored_as: &str) -> bool {
        let Some(kept) = storage()
            .and_then(|s| s.get_item(stored_as).ok().flatten())
            .and_then(|json| leptos::serde_json::from_str::<Vec<(String, String)>>(&json).ok())
        else {
            return false;
        };
        if kept == answers(area) {
            forget(stored_as);
            return false;
        }
        let Ok(list) = area.query_selector_all("input[name], textarea[name]") else {
            return false;
        };
        let kept_value = |name: &str| {
            kept.iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let mut changed = false;
        for node in (0..list.length()).filter_map(|i| list.item(i)) {
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let name = input.name();
                match input.type_().as_str() {
                    "radio" | "checkbox" => {
                        let on = match input.type_().as_str() {
                            "radio" => kept_value(&name) == Some(input.value().as_str()),
                            _ => kept_value(&name).is_some(),
                        };
                        if on != input.checked() {
                            input.set_checked(on);
                            changed = true;
                        }
                    }
                    "hidden" | "file" | "password" | "submit" => {}
                    _ => {
                        if let Some(value) = kept_value(&name).filter(|v| *v != input.value()) {
                            input.set_value(value);
                            changed = true;
                        }
                    }
                }
            } else if let Some(text) = node.dyn_ref::<HtmlTextAreaElement>() {
                if let Some(value) = kept_value(&text.name()).filter(|v| *v != text.value()) {
                    text.set_value(value);
                    changed = true;
                }
            }
        }
        changed
    }

    pub(super) fn forget(stored_as: &str) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(stored_as);
        }
    }

    pub(super) fn forget_all() {
        let Some(storage) = storage() else {
            return;
        };
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
