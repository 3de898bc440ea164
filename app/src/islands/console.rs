//! The console's islands, in the console's bundle only (feature `staff`): a resident's page
//! never loads them.

use domain::steps::StepAnswers;
use leptos::html::Div;
use leptos::prelude::*;

/// Wraps the form of a step of a complaint (`step` is its event type): each answer is checked
/// as it is left, by the same `domain::steps` parser the server runs when it is recorded. The
/// rules that need the complaint's history (a reviewer who handled Stage 1, an extension past
/// the limit) are still the server's to apply.
#[island]
pub fn StepChecks(step: String, children: Children) -> impl IntoView {
    let area = NodeRef::<Div>::new();
    let awake = super::awake();
    let (on_input, on_focusout) = super::checks::check_as_you_go(
        area,
        move |answers| {
            // An unknown step is the server's to refuse when the form is sent.
            domain::complaint::EventType::from_code(&step)
                .and_then(|step| StepAnswers::from_form(answers).parse(step).err())
                .unwrap_or_default()
        },
        |_| {},
    );
    view! {
        <div node_ref=area on:input=on_input on:focusout=on_focusout
            data-ready=move || if awake.get() { "true" } else { "false" }>{children()}</div>
    }
}
