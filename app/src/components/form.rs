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
            // `try_get`: the title is rendered last, when the form's action may be gone.
            if error.try_get().flatten().is_some() { format!("Error: {text}") } else { text.clone() }
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

/// The message beside field `name`: the browser's own check once the field has been changed
/// (on pages that have one), else the server's while the form has errors.
fn field_message(error: Signal<Option<AppError>>, name: &'static str) -> Signal<Option<String>> {
    let live = use_context::<crate::components::live::LiveCheck>();
    Signal::derive(move || match live.and_then(|live| live.message(name)) {
        Some(message) => message,
        None => error.get().and_then(|e| e.for_field(name)),
    })
}

/// What a field shows: the answer sent back with an error, else the stored answer (pages
/// whose answers are saved before they are checked send back only the messages).
fn field_value(
    error: Signal<Option<AppError>>,
    name: &'static str,
    initial: Option<String>,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || {
        error
            .get()
            .and_then(|e| e.answer(name))
            .or_else(|| initial.clone())
    }
}

/// The ids a field's `aria-describedby` lists: its hint and, while there is one, its error.
fn described_by(
    name: &'static str,
    has_hint: bool,
    message: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || {
        let ids: Vec<String> = has_hint
            .then(|| format!("{name}-hint"))
            .into_iter()
            .chain(message.get().map(|_| format!("{name}-error")))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A field's hint and (while there is one) its error message, in GOV.UK order.
fn hint_and_error(
    name: &'static str,
    hint: Option<String>,
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        {hint.map(|hint| view! { <div id=format!("{name}-hint") class="hint">{hint}</div> })}
        {move || {
            message.get().map(|m| view! {
                <p id=format!("{name}-error") class="error-message">
                    <span class="visually-hidden">"Error: "</span>
                    {m}
                </p>
            })
        }}
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
    /// The stored answer, shown until the form comes back with errors.
    #[prop(optional, into)]
    initial: Option<String>,
    /// The `step` of a number or time box (`"1"`: a time to the second).
    #[prop(optional)]
    step: Option<&'static str>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let secret = input_type == "password";
    let message = field_message(error, name);
    let described_by = described_by(name, hint.is_some(), message);
    let value = field_value(error, name, initial);
    let value = move || if secret { None } else { value() };
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
            {hint_and_error(name, hint, message)}
            <input
                class=format!("input {class}")
                class=("input-error", move || message.get().is_some())
                id=name
                name=name
                type=input_type
                step=step
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

/// A labelled box for longer text, with its limit in the hint.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] initial: Option<String>,
    #[prop(default = 5)] rows: u32,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let message = field_message(error, name);
    let described_by = described_by(name, hint.is_some(), message);
    let value = field_value(error, name, initial);
    view! {
        <div class="form-group" class=("form-group-error", move || message.get().is_some())>
            <label class="label" for=name>{label}</label>
            {hint_and_error(name, hint, message)}
            <textarea
                class="input textarea"
                class=("input-error", move || message.get().is_some())
                id=name
                name=name
                rows=rows
                aria-describedby=described_by
                aria-invalid=move || message.get().map(|_| "true")
            >
                // The default value only: once someone has typed, the box keeps what they typed.
                {move || value().unwrap_or_default()}
            </textarea>
        </div>
    }
}

/// One answer from a set of radio buttons (`options` are `(value, label)`). The first
/// button carries the group's id, so the error summary can link to it.
#[component]
pub fn Radios(
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(&'static str, &'static str)>,
    /// A hint under each option, in the same order (or none).
    #[prop(optional)]
    hints: Vec<&'static str>,
    #[prop(optional, into)] initial: Option<String>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let message = field_message(error, name);
    let described_by = described_by(name, hint.is_some(), message);
    let chosen = field_value(error, name, initial);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 {
                name.to_owned()
            } else {
                format!("{name}-{value}")
            };
            let item_hint = hints.get(i).copied();
            let hint_id = format!("{id}-item-hint");
            let chosen = chosen.clone();
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name value=value
                        aria-describedby=item_hint.map(|_| hint_id.clone())
                        checked=move || chosen().as_deref() == Some(value) />
                    <div>
                        <label for=id>{label}</label>
                        {item_hint.map(|h| view! { <div id=hint_id.clone() class="hint choice-hint">{h}</div> })}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class=("form-group-error", move || message.get().is_some())>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_error(name, hint, message)}
                {items}
            </fieldset>
        </div>
    }
}

/// A group of checkboxes, each its own yes/no answer named by `(name, label)`; a ticked box
/// sends `true`. `group` names the fieldset (for its hint and any error).
#[component]
pub fn Checkboxes(
    group: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(&'static str, &'static str)>,
    /// The names of the boxes ticked in the stored answer.
    #[prop(optional)]
    initial: Vec<&'static str>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let message = field_message(error, group);
    let described_by = described_by(group, hint.is_some(), message);
    let items = options
        .into_iter()
        .map(|(name, label)| {
            let stored = initial.contains(&name);
            let ticked = move || {
                error
                    .get()
                    .and_then(|e| e.answer(name))
                    .map_or(stored, |v| v == "true")
            };
            view! {
                <div class="choice">
                    <input type="checkbox" id=name name=name value="true" checked=ticked />
                    <label for=name>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class=("form-group-error", move || message.get().is_some())>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_error(group, hint, message)}
                {items}
            </fieldset>
        </div>
    }
}

/// A date as three boxes (day, month, year) after the GOV.UK date input. `names` are the
/// three fields' names; a message for the date is keyed on the first.
#[component]
pub fn DateInput(
    names: [&'static str; 3],
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The stored day, month and year.
    initial: [String; 3],
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let group = names[0];
    let message = field_message(error, group);
    let described_by = described_by(group, hint.is_some(), message);
    let boxes = names
        .into_iter()
        .zip(initial)
        .zip(["Day", "Month", "Year"])
        .map(|((name, initial), label)| {
            let value = field_value(error, name, Some(initial));
            let width = if label == "Year" { "width-4" } else { "width-2" };
            view! {
                <div class="date-item">
                    <label class="date-label" for=name>{label}</label>
                    <input class=format!("input {width}") class=("input-error", move || message.get().is_some())
                        id=name name=name type="text" inputmode="numeric" value=value />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class=("form-group-error", move || message.get().is_some())>
            <fieldset class="fieldset" role="group" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_error(group, hint, message)}
                <div class="date-input">{boxes}</div>
            </fieldset>
        </div>
    }
}
