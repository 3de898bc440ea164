//! The contact preference and support fields, on the account page and in every complaint.

use domain::preferences::{
    AltFormat, ContactMethod, PreferenceAnswers, ADJUSTMENTS_MAX, CALL_TIMES_MAX,
};
use leptos::prelude::*;

use crate::components::form::{Checkboxes, Radios, Refusal, TextArea, TextInput};

/// The fields, starting from `answers`. `about` ends the contact question: "about
/// complaints", "about this complaint".
#[component]
pub fn PreferenceFields(
    answers: PreferenceAnswers,
    about: &'static str,
    error: Refusal,
) -> impl IntoView {
    let lead_days = crate::context::standard().translation_lead_days;
    let methods = ContactMethod::ALL
        .iter()
        .map(|m| (m.code(), m.label()))
        .collect();
    let formats = AltFormat::ALL
        .iter()
        .map(|f| (f.code(), f.label()))
        .collect();
    let ticked = AltFormat::ALL
        .iter()
        .map(|f| f.code())
        .filter(|code| answers.formats.iter().any(|c| c == code))
        .collect();
    view! {
        <Radios name="contact_method" legend=format!("How would you like us to contact you {about}?")
            hint="We will still email you about your account, for example to reset your password."
            options=methods initial=answers.contact_method.clone() error />
        <TextInput name="phone" label="Phone number (optional)" hint="We need this if you would like phone calls." input_type="tel" autocomplete="tel" class="width-20"
            initial=answers.phone.clone() error />
        <TextInput name="call_times" label="Best times to call (optional)" hint=format!("For example, weekday mornings, or not before 10am. Up to {CALL_TIMES_MAX} characters.")
            initial=answers.call_times.clone() error />
        <Checkboxes group="formats" legend="Do you need our letters in another format?" hint=format!("Select all that apply. Each letter in Braille or audio reaches you within {lead_days} days of the letter itself.")
            options=formats initial=ticked error />
        <TextInput name="language" label="Language, if not English (optional)" hint=format!("We can translate our letters. A written translation can take up to {lead_days} days.") class="width-20"
            autocomplete="language" initial=answers.language.clone() error />
        <Checkboxes group="interpreter-group" legend="Interpreter" options=vec![("interpreter", "I need an interpreter for phone calls and meetings")]
            initial=if answers.interpreter { vec!["interpreter"] } else { vec![] } error />
        <TextArea name="adjustments" label="Is there anything else we should do to make contacting us easier? (optional)"
            hint=format!("For example, a named contact, a carer present, or more time to reply. Up to {ADJUSTMENTS_MAX} characters.")
            initial=answers.adjustments.clone() error />
    }
}
