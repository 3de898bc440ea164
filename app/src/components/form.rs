//! Forms after the GOV.UK Design System, rendered on the server: one form page skeleton
//! ([`FormPage`]), an error summary that takes focus and links to each field, and fields with a
//! visible label, a hint and their message. Every form is a plain `<form>` that posts to its
//! server function, with JavaScript or without; a refused post comes back to the page with
//! the messages and what was typed ([`Refusal`]).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnUrlError;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::AppError;
use crate::components::layout::InPageLink;
use crate::islands::checks::{JourneyWords, LiveCheckedForm};
use crate::islands::console::StepChecks;
use crate::islands::countdown::Day;

/// What the last post of a form was refused for, with what was typed: the fields show the
/// messages and put back the answers. A copy is a handle on the same value (every field of a
/// form holds one), read while the page renders.
#[derive(Clone, Copy, Debug)]
pub struct Refusal(StoredValue<Option<Arc<AppError>>>);

impl Default for Refusal {
    fn default() -> Self {
        Self(StoredValue::new(None))
    }
}

impl Refusal {
    /// The refusal of server function `S` that the page is being shown again with, if any
    /// (kept by the server for this page: never read from the address).
    pub fn of<S: ServerFn<Error = AppError>>() -> Self {
        let refused = crate::context::form_refusal()
            .filter(|refused| refused.form == S::PATH)
            .map(|refused| Arc::new(ServerFnUrlError::<AppError>::decode_err(&refused.refusal)));
        Self(StoredValue::new(refused))
    }

    pub fn from_error(error: AppError) -> Self {
        Self(StoredValue::new(Some(Arc::new(error))))
    }

    fn with<T>(&self, read: impl FnOnce(&AppError) -> T) -> Option<T> {
        self.0.with_value(|e| e.as_deref().map(read))
    }

    pub fn is_some(&self) -> bool {
        self.with(|_| ()).is_some()
    }

    /// The answer typed into field `name`, to put back.
    pub fn answer(&self, name: &str) -> Option<String> {
        self.with(|e| e.answer(name)).flatten()
    }

    /// The message beside field `id`, in the page's language.
    pub fn message(&self, id: &str) -> Option<String> {
        self.with(|e| e.for_field(id))
            .flatten()
            .map(|message| crate::messages::translated(&message))
    }

    /// Every message for the error summary, with the field each links to, in the page's
    /// language.
    pub fn messages(&self) -> Vec<(Option<String>, String)> {
        self.with(AppError::messages)
            .unwrap_or_default()
            .into_iter()
            .map(|(field, message)| (field, crate::messages::translated(&message)))
            .collect()
    }
}

/// Where a form posts (its server function) and what its last post was refused for.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    pub action: &'static str,
    pub refusal: Refusal,
}

impl Form {
    /// The form that posts to server function `S`.
    pub fn of<S: ServerFn<Error = AppError>>() -> Self {
        Self {
            action: S::url(),
            refusal: Refusal::of::<S>(),
        }
    }
}

/// How a form is checked in the browser as it is filled in (an island around it).
#[derive(Clone, Debug, Default)]
pub enum Checks {
    /// Only by the server, when it is sent.
    #[default]
    Server,
    /// A page of the complaint journey (which also keeps what is typed on the device).
    Journey(JourneyCheck),
    /// A step of a complaint in the console, by its event type.
    ConsoleStep(String),
}

/// What a journey page's check needs: the page, whether the account has no tenancy, today,
/// and the draft's key.
#[derive(Clone, Debug)]
pub struct JourneyCheck {
    pub step: domain::filing::Step,
    pub without_tenancy: bool,
    pub today: chrono::NaiveDate,
    pub key: String,
}

/// The page title: "Error: " first while the form has something to fix (in the page's
/// language: it is called while the page renders).
pub fn title_text(text: &str, refusal: &Refusal) -> String {
    if refusal.is_some() {
        tr!("form-title-error", { "title" => text.to_owned() })
    } else {
        text.to_owned()
    }
}

/// A page with one form: its title (starting "Error: " after a refused post), the error
/// summary, the heading, what comes before the form, the form itself (hidden values, the
/// fields given as children, the button) and what comes after it.
#[component]
pub fn FormPage(
    form: Form,
    /// The page's title, and its heading unless `heading` says otherwise.
    #[prop(into)]
    title: String,
    #[prop(optional, into)] heading: Option<String>,
    /// A line above the heading, such as the complaint's reference.
    #[prop(optional, into)]
    caption: Option<String>,
    /// What the button says.
    #[prop(into)]
    submit: String,
    /// Its look, when not the main button ("button button-warning").
    #[prop(default = "button")]
    submit_class: &'static str,
    /// Above the heading: a warning or a notice.
    #[prop(optional, into)]
    before: ViewFnOnce,
    /// Between the heading and the form.
    #[prop(optional, into)]
    intro: ViewFnOnce,
    /// Under the form: links back.
    #[prop(optional, into)]
    after: ViewFnOnce,
    /// Values the form sends without showing them, as (name, value).
    #[prop(optional)]
    hidden: Vec<(&'static str, String)>,
    #[prop(optional)] checks: Checks,
    /// The whole width, not two thirds (a table beside the form).
    #[prop(optional)]
    wide: bool,
    /// The fields (a form that is only a button has none).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let refusal = form.refusal;
    let hidden = hidden_values(hidden);
    let fields = view! {
        <form method="post" action=form.action novalidate>
            {hidden}
            {children.map(|fields| fields())}
            <button type="submit" class=submit_class>{submit}</button>
        </form>
    };
    let fields = match checks {
        Checks::Server => fields.into_any(),
        Checks::Journey(c) => {
            // The domain's messages are English: the browser checks as the resident types only
            // on a page in English (elsewhere the server's, translated, show when it is sent).
            let check = crate::context::language() == domain::language::Language::English;
            view! {
                <LiveCheckedForm step=c.step without_tenancy=c.without_tenancy today=Day(c.today) key=c.key check=check words=JourneyWords {
                    problem: tr!("form-error-summary-title"),
                    unreachable: tr!("form-unreachable"),
                    restored: tr!("form-restored"),
                }>{fields}</LiveCheckedForm>
            }
            .into_any()
        }
        Checks::ConsoleStep(step) => view! { <StepChecks step>{fields}</StepChecks> }.into_any(),
    };
    let heading = heading.unwrap_or_else(|| title.clone());
    view! {
        <Title text=title_text(&title, &refusal) />
        <div class=if wide { "" } else { "column-two-thirds" }>
            <ErrorSummary refusal />
            {before.run()}
            {caption.map(|c| view! { <span class="caption">{c}</span> })}
            <h1 class="heading-xl">{heading}</h1>
            {intro.run()}
            {fields}
            {after.run()}
        </div>
    }
}

/// "There is a problem", with a link to each field that needs fixing. It takes focus when the
/// page opens (`autofocus`), so a screen reader reads it first.
#[component]
pub fn ErrorSummary(refusal: Refusal) -> impl IntoView {
    let messages = refusal.messages();
    (!messages.is_empty()).then(|| {
        let items = messages
            .into_iter()
            .map(|(field, message)| match field {
                Some(field) => view! { <li><InPageLink target_id=field>{message}</InPageLink></li> }.into_any(),
                None => view! { <li>{message}</li> }.into_any(),
            })
            .collect_view();
        view! {
            <div class="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title">
                <div role="alert">
                    <h2 id="error-summary-title" class="error-summary-title">{tr!("form-error-summary-title")}</h2>
                    <ul class="error-summary-list">{items}</ul>
                </div>
            </div>
        }
    })
}

/// The ids a field's `aria-describedby` lists: its hint and, while there is one, its message.
fn described_by(name: &str, has_hint: bool, message: &Option<String>) -> Option<String> {
    let ids: Vec<String> = has_hint
        .then(|| format!("{name}-hint"))
        .into_iter()
        .chain(message.as_ref().map(|_| format!("{name}-error")))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field's hint and its message, in GOV.UK order. The message's place is always there
/// (hidden while empty), so a check in the browser can fill it where the server would.
fn hint_and_message(name: &str, hint: Option<String>, message: Option<String>) -> impl IntoView {
    let hidden = message.is_none();
    view! {
        {hint.map(|hint| view! { <div id=format!("{name}-hint") class="hint">{hint}</div> })}
        <p id=format!("{name}-error") class="error-message" hidden=hidden data-prefix=tr!("form-error-prefix")>
            {message.map(|m| view! { <span class="visually-hidden">{tr!("form-error-prefix")} " "</span> {m} })}
        </p>
    }
}

fn group_class(message: &Option<String>) -> &'static str {
    if message.is_some() {
        "form-group form-group-error"
    } else {
        "form-group"
    }
}

/// A labelled text input. What was typed comes back after a refused post, except in
/// password boxes.
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
    /// The stored answer, shown unless the form came back with what was typed.
    #[prop(optional, into)]
    initial: Option<String>,
    /// The `step` of a number or time box (`"1"`: a time to the second).
    #[prop(optional)]
    step: Option<&'static str>,
    /// A numeric keyboard on phones.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    error: Refusal,
) -> impl IntoView {
    let secret = input_type == "password";
    let message = error.message(name);
    let wrapper = group_class(&message);
    let described_by = described_by(name, hint.is_some(), &message);
    let value = if secret {
        None
    } else {
        error.answer(name).or(initial)
    };
    let invalid = message.as_ref().map(|_| "true");
    let input_class = if message.is_some() {
        format!("input input-error {class}")
    } else {
        format!("input {class}")
    };
    view! {
        <div class=wrapper>
            <label class="label" for=name>{label}</label>
            {hint_and_message(name, hint, message)}
            <input
                class=input_class
                id=name
                name=name
                type=input_type
                step=step
                inputmode=inputmode
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                spellcheck=(input_type == "email" || secret).then_some("false")
                aria-describedby=described_by
                aria-invalid=invalid
                value=value
            />
        </div>
    }
}

/// One choice from a list (`options` are `(value, label)`), starting with `prompt` (an
/// empty value) unless `initial` names an option.
#[component]
pub fn Select(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The first, empty choice: "Choose the reviewer".
    #[prop(into)]
    prompt: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] initial: Option<String>,
    error: Refusal,
) -> impl IntoView {
    let message = error.message(name);
    let wrapper = group_class(&message);
    let described_by = described_by(name, hint.is_some(), &message);
    let chosen = error.answer(name).or(initial).unwrap_or_default();
    let invalid = message.as_ref().map(|_| "true");
    let class = if message.is_some() {
        "input input-error"
    } else {
        "input"
    };
    let options = options
        .into_iter()
        .map(|(value, label)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <div class=wrapper>
            <label class="label" for=name>{label}</label>
            {hint_and_message(name, hint, message)}
            <select class=class id=name name=name aria-describedby=described_by aria-invalid=invalid>
                <option value="">{prompt}</option>
                {options}
            </select>
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
    error: Refusal,
) -> impl IntoView {
    let message = error.message(name);
    let wrapper = group_class(&message);
    let described_by = described_by(name, hint.is_some(), &message);
    let value = error.answer(name).or(initial).unwrap_or_default();
    let invalid = message.as_ref().map(|_| "true");
    let class = if message.is_some() {
        "input textarea input-error"
    } else {
        "input textarea"
    };
    view! {
        <div class=wrapper>
            <label class="label" for=name>{label}</label>
            {hint_and_message(name, hint, message)}
            <textarea class=class id=name name=name rows=rows aria-describedby=described_by aria-invalid=invalid>
                {value}
            </textarea>
        </div>
    }
}

/// One answer from a set of radio buttons (`options` are `(value, label)`). The first
/// button carries the group's id, so the error summary can link to it. The labels and hints
/// are words (`&'static str`) or words translated while the page renders (`String`), the
/// same for both.
#[component]
pub fn Radios<L>(
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(&'static str, L)>,
    /// A hint under each option, in the same order (or none).
    #[prop(optional)]
    hints: Vec<L>,
    #[prop(optional, into)] initial: Option<String>,
    error: Refusal,
) -> impl IntoView
where
    L: Into<String> + 'static,
{
    let message = error.message(name);
    let wrapper = group_class(&message);
    let described_by = described_by(name, hint.is_some(), &message);
    let chosen = error.answer(name).or(initial);
    let mut hints = hints.into_iter().map(Into::<String>::into);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let label: String = label.into();
            let id = if i == 0 {
                name.to_owned()
            } else {
                format!("{name}-{value}")
            };
            let item_hint = hints.next();
            let hint_id = format!("{id}-item-hint");
            let checked = chosen.as_deref() == Some(value);
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name value=value
                        aria-describedby=item_hint.as_ref().map(|_| hint_id.clone())
                        checked=checked />
                    <div>
                        <label for=id>{label}</label>
                        {item_hint.map(|h| view! { <div id=hint_id.clone() class="hint choice-hint">{h}</div> })}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=wrapper>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_message(name, hint, message)}
                {items}
            </fieldset>
        </div>
    }
}

/// A group of checkboxes, each its own yes/no answer named by `(name, label)`; a ticked box
/// sends `true`. `group` names the fieldset (for its hint and any message). The labels are
/// words (`&'static str`) or words translated while the page renders (`String`).
#[component]
pub fn Checkboxes<L>(
    group: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(&'static str, L)>,
    /// The names of the boxes ticked in the stored answer.
    #[prop(optional)]
    initial: Vec<&'static str>,
    error: Refusal,
) -> impl IntoView
where
    L: Into<String> + 'static,
{
    let message = error.message(group);
    let described_by = described_by(group, hint.is_some(), &message);
    let wrapper = group_class(&message);
    let items = options
        .into_iter()
        .map(|(name, label)| {
            let label: String = label.into();
            let ticked = error
                .answer(name)
                .map_or(initial.contains(&name), |v| v == "true");
            view! {
                <div class="choice">
                    <input type="checkbox" id=name name=name value="true" checked=ticked />
                    <label for=name>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=wrapper>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_message(group, hint, message)}
                {items}
            </fieldset>
        </div>
    }
}

/// A group of checkboxes that together send one list named `list`: each ticked box sends its
/// option's code as `list[i]` (the server reads them as one list), and an answer sent back
/// with a message is the codes joined by commas. The first box carries the group's id, so the
/// error summary can link to it. For options that are data (`(code, label)`), not code.
#[component]
pub fn ListCheckboxes(
    list: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(String, String)>,
    error: Refusal,
) -> impl IntoView {
    let message = error.message(list);
    let described_by = described_by(list, hint.is_some(), &message);
    let wrapper = group_class(&message);
    let ticked: Vec<String> = error
        .answer(list)
        .map(|codes| codes.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (code, label))| {
            let id = if i == 0 {
                list.to_owned()
            } else {
                format!("{list}-{code}")
            };
            let checked = ticked.contains(&code);
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=format!("{list}[{i}]") value=code checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=wrapper>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_message(list, hint, message)}
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
    error: Refusal,
) -> impl IntoView {
    let group = names[0];
    let message = error.message(group);
    let described_by = described_by(group, hint.is_some(), &message);
    let wrapper = group_class(&message);
    let labels = [
        (tr!("form-date-day"), "width-2"),
        (tr!("form-date-month"), "width-2"),
        (tr!("form-date-year"), "width-4"),
    ];
    let boxes = names
        .into_iter()
        .zip(initial)
        .zip(labels)
        .map(|((name, initial), (label, width))| {
            let value = error.answer(name).unwrap_or(initial);
            let class = if message.is_some() {
                format!("input {width} input-error")
            } else {
                format!("input {width}")
            };
            view! {
                <div class="date-item">
                    <label class="date-label" for=name>{label}</label>
                    <input class=class id=name name=name type="text" inputmode="numeric" value=value />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=wrapper>
            <fieldset class="fieldset" role="group" aria-describedby=described_by>
                <legend class="fieldset-legend">{legend}</legend>
                {hint_and_message(group, hint, message)}
                <div class="date-input">{boxes}</div>
            </fieldset>
        </div>
    }
}

/// A form that is a button and the values it sends, such as "Withdraw access" or "Mark as
/// done". `action` is its server function's address (`S::url()`); `children` is the button.
#[component]
pub fn ButtonForm(
    action: &'static str,
    #[prop(optional)] hidden: Vec<(&'static str, String)>,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let hidden = hidden_values(hidden);
    view! {
        <form method="post" action=action class=class>
            {hidden}
            {children()}
        </form>
    }
}

/// Values a form sends without showing them.
fn hidden_values(values: Vec<(&'static str, String)>) -> impl IntoView {
    values
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view()
}
