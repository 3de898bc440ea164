//! Help while a form is filled in: each field is checked as it is left, by the same `domain`
//! parsers the server runs when the form is sent, and its message is shown exactly where and
//! as the server would show it (on a journey page in English only: those messages are the
//! domain's English, which the server translates). On the complaint journey, what is typed is
//! also kept on this device until the server has it, so a lost connection or a closed tab
//! loses nothing (a copy the server already has is forgotten when the page is next shown;
//! signing out forgets them all). Without JavaScript none of this runs, and nothing depends on
//! it.

use domain::filing::Step;
use domain::forms::FieldError;
use leptos::html::Div;
use leptos::prelude::*;

use super::countdown::Day;

/// A date's three boxes count as one field.
#[cfg(feature = "hydrate")]
fn group(name: &str) -> &str {
    ["_day", "_month", "_year"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name)
}

/// Checks the fields under `area` as they are left: `check` reads every answer and returns
/// the problems. A field's message changes only once that field (a date's boxes count as one)
/// has been changed on this page; the others keep what the server said. `typed` is told of
/// every keystroke.
#[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
pub(crate) fn check_as_you_go(
    area: NodeRef<Div>,
    check: impl Fn(&[(String, String)]) -> Vec<FieldError> + 'static,
    typed: impl Fn(&leptos::web_sys::Element) + 'static,
) -> (
    impl Fn(leptos::ev::Event) + 'static,
    impl Fn(leptos::ev::FocusEvent) + 'static,
) {
    use std::cell::RefCell;
    use std::collections::HashSet;
    use std::rc::Rc;
    // Fields changed since the last check, and those changed before it.
    let pending = Rc::new(RefCell::new(HashSet::<String>::new()));
    let check = Rc::new(check);
    let touched = Rc::new(RefCell::new(HashSet::<String>::new()));
    let on_input = {
        let pending = pending.clone();
        move |ev: leptos::ev::Event| {
            #[cfg(feature = "hydrate")]
            {
                let Some(area) = area.get_untracked() else {
                    return;
                };
                if let Some(name) = super::dom::field_name(&ev) {
                    pending.borrow_mut().insert(group(&name).to_owned());
                }
                typed(&area);
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (ev, &pending);
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            // Not when focus goes to a button: the form is being sent, and the server checks it.
            let to_button = ev
                .related_target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
                .is_some_and(|e| e.tag_name() == "BUTTON");
            if to_button {
                return;
            }
            touched.borrow_mut().extend(pending.borrow_mut().drain());
            let touched = touched.clone();
            let check = check.clone();
            // Shown a moment later, once the click that moved the focus has landed: a message
            // appearing above what was clicked would otherwise move it from under the pointer.
            // The answers are read then, not now: a field filled in the meantime (quick typing,
            // autofill) must not be shown the message its emptiness earned a moment ago, which
            // would also move the button about to be pressed.
            set_timeout(
                move || {
                    let Some(area) = area.get_untracked() else {
                        return;
                    };
                    let found = check(&super::dom::answers(&area));
                    let slots = super::dom::message_slots(&area);
                    let touched = touched.borrow();
                    for id in slots.iter().filter(|id| touched.contains(group(id))) {
                        let message = found.iter().find(|e| e.field.id() == id);
                        super::dom::show_message(id, message.map(|e| e.message.as_str()));
                    }
                },
                std::time::Duration::from_millis(300),
            );
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, &touched, &check, &pending);
    };
    (on_input, on_focusout)
}

/// The words of a journey page's checks, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JourneyWords {
    /// "There is a problem".
    pub problem: String,
    /// Sent while offline: nothing typed is lost.
    pub unreachable: String,
    /// What was typed on this device before has been put back.
    pub restored: String,
}

/// Wraps the form of complaint journey page `step`: checks it as it is filled in (on a page in
/// English), and keeps what is typed on this device until the server has it.
#[island]
pub fn LiveCheckedForm(
    step: Step,
    /// Whether the account has no tenancy (it can then only act for someone else): all a
    /// page's check needs besides the page's own answers.
    without_tenancy: bool,
    today: Day,
    /// The draft's key: what is kept on this device belongs to this draft alone.
    key: String,
    /// Whether to check the answers as they are filled in: only on a page in English, since
    /// the domain's messages are English (on other pages the server's, translated, show once
    /// the form is sent). What is typed is kept on this device either way.
    check: bool,
    /// What it says, in the page's language.
    words: JourneyWords,
    children: Children,
) -> impl IntoView {
    let JourneyWords {
        problem,
        unreachable,
        restored: put_back,
    } = words;
    let area = NodeRef::<Div>::new();
    let kept_as = format!(
        "calico:{}:{}",
        if key.is_empty() { "new" } else { key.as_str() },
        step.path()
    );
    let restored = RwSignal::new(false);
    // Sent while the browser knows it is offline: said at once, and nothing typed is lost.
    let offline = RwSignal::new(false);
    let awake = super::awake();
    Effect::new({
        let kept_as = kept_as.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            if let Some(area) = area.get_untracked() {
                restored.set(super::dom::kept::restore(&area, &kept_as));
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = &kept_as;
        }
    });
    let (on_input, on_focusout) = check_as_you_go(
        area,
        move |answers| step.check_answers(answers, without_tenancy, today.0),
        move |area| {
            #[cfg(feature = "hydrate")]
            super::dom::kept::keep(area, &kept_as);
            #[cfg(not(feature = "hydrate"))]
            let _ = (area, &kept_as);
        },
    );
    let on_leaving = move |ev: leptos::ev::FocusEvent| {
        if check {
            on_focusout(ev);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        let connected = window().navigator().on_line();
        offline.set(!connected);
        if !connected {
            ev.prevent_default();
        }
    };
    view! {
        {move || offline.get().then(|| view! {
            <div class="error-summary" role="alert">
                <h2 class="error-summary-title">{problem.clone()}</h2>
                <p>{unreachable.clone()}</p>
            </div>
        })}
        {move || restored.get().then(|| view! {
            <div class="notification-banner" role="status">
                <p class="notification-heading">{put_back.clone()}</p>
            </div>
        })}
        <div node_ref=area on:input=on_input on:focusout=on_leaving on:submit=on_submit
            data-ready=move || if awake.get() { "true" } else { "false" }>{children()}</div>
    }
}

/// The sign-out button. Signing out also forgets the answers kept on this device, so the next
/// person to use it sees nothing of them.
#[island]
pub fn SignOutButton(
    /// "Sign out", in the page's language.
    label: String,
) -> impl IntoView {
    let awake = super::awake();
    view! {
        <button type="submit" class="button button-secondary" data-ready=move || if awake.get() { "true" } else { "false" }
            on:click=|_| {
                #[cfg(feature = "hydrate")]
                super::dom::kept::forget_all();
            }>{label}</button>
    }
}

/// On the page signing out leads to: forgets the answers kept on this device, in case the
/// button was pressed before it could (a slow phone, or a sign-out from another page).
#[island]
pub fn ForgetKept() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        super::dom::kept::forget_all();
    });
}
