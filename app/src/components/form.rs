//! Form building blocks after the GOV.UK Design System: an error summary that takes focus and
//! links to each field, and text inputs with a visible label, hint and error message.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::AppError;
use crate::components::layout::InPageLink;

/// The page title, starting "Error: " while the form has errors.
#[component]
pub fn FormTitle(#[prop(into)] text: String, error: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <Title text=move || {
            if error.get().is_some() { format!("Error: {text}") } else { text.clone() }
        } />
    }
}

/// "There is a problem", with a link to each field that needs fixing. Takes focus when it
/// appears (by `autofocus` when the server renders it, by script after a live submit).
#[component]
pub fn ErrorSummary(error: Signal<Option<AppError>>) -> impl IntoView {
    let summary = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
    move || {
        error.get().map(|error| {
            let items = error
                .messages()
                .into_iter()
                .map(|(field, message)| match field {
                    Some(field) => view! { <li><InPageLink target_id=field>{message}</InPageLink></li> }.into_any(),
                    None => view! { <li>{message}</li> }.into_any(),
                })
                .collect_view();
            view! {
                <div class="error-summary" tabindex="-1" autofocus node_ref=summary aria-labelledby="error-summary-title">
                    <div role="alert">
                        <h2 id="error-summary-title" class="error-summary-title">"There is a problem"</h2>
                        <ul class="error-summary-list">{items}</ul>
                    </div>
                </div>
            }
        })
    }
}

/// A labelled text input. What was typed comes back after a rejected submit, except in
/// password fields.
#[component]
pub fn TextInput(
    /// The `name` (matching the server function's argument) and `id`.
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    /// Extra classes on the input, e.g. a width.
    #[prop(optional)]
    class: &'static str,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let secret = input_type == "password";
    let message = Signal::derive(move || error.get().and_then(|e| e.for_field(name)));
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let described_by = {
        let hint_id = hint_id.clone();
        move || {
            let ids: Vec<String> = hint_id
                .iter()
                .cloned()
                .chain(message.get().map(|_| format!("{name}-error")))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = move || {
        if secret {
            None
        } else {
            error.get().and_then(|e| e.answer(name))
        }
    };
    // A password box is emptied whenever the form comes back with a problem (the server
    // never sends one back; this is for a live submit, where the box would keep it).
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if secret && error.get().is_some() {
            if let Some(element) = input.get_untracked() {
                element.set_value("");
            }
        }
    });
    view! {
        <div class="form-group" class=("form-group-error", move || message.get().is_some())>
            <label class="label" for=name>{label}</label>
            {hint.map(|hint| view! { <div id=hint_id.clone() class="hint">{hint}</div> })}
            {move || {
                message.get().map(|m| view! {
                    <p id=format!("{name}-error") class="error-message">
                        <span class="visually-hidden">"Error: "</span>
                        {m}
                    </p>
                })
            }}
            <input
                class=format!("input {class}")
                class=("input-error", move || message.get().is_some())
                id=name
                name=name
                type=input_type
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                spellcheck=(input_type == "email" || secret).then_some("false")
                aria-describedby=described_by
                aria-invalid=move || message.get().map(|_| "true")
                value=value
                node_ref=input
            />
        </div>
    }
}
