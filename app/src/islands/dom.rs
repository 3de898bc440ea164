//! What the islands do to the page the server rendered: read a form's answers, keep a copy of
//! them on the device, and show or take away a field's message exactly as the server draws it.

use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

pub(crate) fn document() -> Document {
    leptos::prelude::document()
}

/// Every `selector` match under `root`, as elements.
pub(crate) fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The answers of the fields under `root` as the form would send them: text as typed, ticked
/// boxes and chosen radio buttons only; never passwords or files.
pub(crate) fn answers(root: &Element) -> Vec<(String, String)> {
    all(root, "input[name], textarea[name]")
        .into_iter()
        .filter_map(|element| {
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" | "checkbox" if !input.checked() => None,
                    "hidden" | "file" | "password" | "submit" => None,
                    _ => Some((input.name(), input.value())),
                }
            } else {
                element
                    .dyn_ref::<HtmlTextAreaElement>()
                    .map(|t| (t.name(), t.value()))
            }
        })
        .collect()
}

/// The name of the field an event came from.
pub(crate) fn field_name(event: &leptos::web_sys::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return Some(input.name());
    }
    target
        .dyn_ref::<HtmlTextAreaElement>()
        .map(HtmlTextAreaElement::name)
}

/// Shows `message` beside field `id`, or takes its message away, the way the server renders
/// one (`components::form`): the group's red bar, the message under the hint, the boxes'
/// red borders, `aria-invalid`, and the message's id in the field's `aria-describedby`.
pub(crate) fn show_message(id: &str, message: Option<&str>) {
    let document = document();
    let Some(slot) = document.get_element_by_id(&format!("{id}-error")) else {
        return;
    };
    let Ok(Some(group)) = slot.closest(".form-group") else {
        return;
    };
    let shown = message.is_some();
    let _ = group
        .class_list()
        .toggle_with_force("form-group-error", shown);
    for input in all(&group, ".input") {
        let _ = input.class_list().toggle_with_force("input-error", shown);
    }
    if let Some(slot) = slot.dyn_ref::<HtmlElement>() {
        slot.set_hidden(!shown);
    }
    if let Some(message) = message {
        slot.set_text_content(None);
        if let Ok(prefix) = document.create_element("span") {
            prefix.set_class_name("visually-hidden");
            // In the page's language, as the server wrote it on the slot.
            let words = slot.get_attribute("data-prefix");
            prefix.set_text_content(Some(&format!("{} ", words.as_deref().unwrap_or("Error:"))));
            let _ = slot.append_child(&prefix);
        }
        let _ = slot.append_child(&document.create_text_node(message));
    }
    // A group of boxes is described on its fieldset; a single box on itself.
    let described = group
        .query_selector("fieldset")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id(id));
    let Some(described) = described else { return };
    let hint = format!("{id}-hint");
    let ids: Vec<String> = document
        .get_element_by_id(&hint)
        .map(|_| hint)
        .into_iter()
        .chain(shown.then(|| format!("{id}-error")))
        .collect();
    if ids.is_empty() {
        let _ = described.remove_attribute("aria-describedby");
    } else {
        let _ = described.set_attribute("aria-describedby", &ids.join(" "));
    }
    if matches!(described.tag_name().as_str(), "INPUT" | "TEXTAREA") {
        if shown {
            let _ = described.set_attribute("aria-invalid", "true");
        } else {
            let _ = described.remove_attribute("aria-invalid");
        }
    }
}

/// The fields under `root` that have a message slot (`<id>-error`), by id.
pub(crate) fn message_slots(root: &Element) -> Vec<String> {
    all(root, ".error-message[id$='-error']")
        .into_iter()
        .filter_map(|slot| slot.id().strip_suffix("-error").map(str::to_owned))
        .collect()
}

/// What is kept on this device: answers typed but not yet saved by the server.
pub(crate) mod kept {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Element, HtmlInputElement, HtmlTextAreaElement, Storage};

    /// Every key this service keeps starts with it, so signing out can forget them all.
    pub(crate) const PREFIX: &str = "calico:";

    fn storage() -> Option<Storage> {
        leptos::prelude::window().local_storage().ok().flatten()
    }

    /// Keeps the answers of the fields under `root` as `key`.
    pub(crate) fn keep(root: &Element, key: &str) {
        if let (Some(storage), Ok(json)) = (
            storage(),
            leptos::serde_json::to_string(&super::answers(root)),
        ) {
            // Full or refused storage: the server's draft still has everything sent.
            let _ = storage.set_item(key, &json);
        }
    }

    /// Puts back the answers kept as `key` where they differ from the page's; whether any did.
    /// A copy the page already shows is forgotten. A field changed since the page arrived
    /// (typed before the page woke, on a slow phone) is never overwritten: what was typed
    /// last wins over an older copy.
    pub(crate) fn restore(root: &Element, key: &str) -> bool {
        let Some(kept) = storage()
            .and_then(|s| s.get_item(key).ok().flatten())
            .and_then(|json| leptos::serde_json::from_str::<Vec<(String, String)>>(&json).ok())
        else {
            return false;
        };
        if kept == super::answers(root) {
            forget(key);
            return false;
        }
        let value = |name: &str| {
            kept.iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let mut changed = false;
        for element in super::all(root, "input[name], textarea[name]") {
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                let name = input.name();
                match input.type_().as_str() {
                    kind @ ("radio" | "checkbox") => {
                        let on = if kind == "radio" {
                            value(&name) == Some(input.value().as_str())
                        } else {
                            value(&name).is_some()
                        };
                        if on != input.checked() && untouched_choice(root, input, kind) {
                            input.set_checked(on);
                            changed = true;
                        }
                    }
                    "hidden" | "file" | "password" | "submit" => {}
                    _ => {
                        let untouched = input.value() == input.default_value();
                        if let Some(v) = value(&name).filter(|v| *v != input.value() && untouched) {
                            input.set_value(v);
                            changed = true;
                        }
                    }
                }
            } else if let Some(text) = element.dyn_ref::<HtmlTextAreaElement>() {
                let untouched = text.default_value().is_ok_and(|d| d == text.value());
                if let Some(v) = value(&text.name()).filter(|v| *v != text.value() && untouched) {
                    text.set_value(v);
                    changed = true;
                }
            }
        }
        // The copy now says what the page shows, typing before the page woke included, so
        // that an older copy never comes back on a later visit.
        keep(root, key);
        changed
    }

    /// Whether a checkbox, or every radio button of a radio group, is as the page arrived.
    fn untouched_choice(root: &Element, input: &HtmlInputElement, kind: &str) -> bool {
        if kind != "radio" {
            return input.checked() == input.default_checked();
        }
        super::all(root, "input[type=radio]").iter().all(|other| {
            other
                .dyn_ref::<HtmlInputElement>()
                .is_none_or(|r| r.name() != input.name() || r.checked() == r.default_checked())
        })
    }

    pub(crate) fn forget(key: &str) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(key);
        }
    }

    /// Forgets every copy this service kept on the device.
    pub(crate) fn forget_all() {
        let Some(storage) = storage() else { return };
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
