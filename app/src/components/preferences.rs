//! The contact preference and support fields, on the account page and in every complaint.

use domain::preferences::{
    AltFormat, ContactMethod, PreferenceAnswers, ADJUSTMENTS_MAX, CALL_TIMES_MAX,
};
use leptos::prelude::*;

use crate::components::form::{Checkboxes, Radios, Refusal, TextArea, TextInput};

/// A contact method as the page's language says it ("Letter by post").
pub(crate) fn method_label(method: ContactMethod) -> String {
    match method {
        ContactMethod::Email => tr!("profile-method-email"),
        ContactMethod::Phone => tr!("profile-method-phone"),
        ContactMethod::Letter => tr!("profile-method-letter"),
    }
}

/// A letter format as the page's language says it ("Large print").
pub(crate) fn format_label(format: AltFormat) -> String {
    match format {
        AltFormat::LargePrint => tr!("profile-format-large-print"),
        AltFormat::Audio => tr!("profile-format-audio"),
        AltFormat::Braille => tr!("profile-format-braille"),
    }
}

/// The fields, starting from `answers`. `about` ends the contact question: "about
/// complaints" (the account) or "about this" (a complaint).
#[component]
pub fn PreferenceFields(
    answers: PreferenceAnswers,
    about: &'static str,
    error: Refusal,
) -> impl IntoView {
    let lead_days = i64::from(crate::context::standard().translation_lead_days);
    let methods = ContactMethod::ALL
        .iter()
        .map(|m| (m.code(), method_label(*m)))
        .collect();
    let formats = AltFormat::ALL
        .iter()
        .map(|f| (f.code(), format_label(*f)))
        .collect();
    let ticked = AltFormat::ALL
        .iter()
        .map(|f| f.code())
        .filter(|code| answers.formats.iter().any(|c| c == code))
        .collect();
    let legend = if about == "about this" {
        tr!("profile-contact-legend-this")
    } else {
        tr!("profile-contact-legend-complaints")
    };
    let interpreter = vec![("interpreter", tr!("profile-interpreter-option"))];
    // On the account, the language is also the one its pages are shown in
    // (`domain::language`), if they are written in it.
    let language_hint = if about == "about this" {
        tr!("profile-language-hint", { "days" => lead_days })
    } else {
        format!(
            "{} {}",
            tr!("profile-language-hint", { "days" => lead_days }),
            tr!("profile-language-pages-hint")
        )
    };
    view! {
        <Radios name="contact_method" legend
            hint=tr!("profile-contact-hint")
            options=methods initial=answers.contact_method.clone() error />
        <TextInput name="phone" label=tr!("profile-phone-label") hint=tr!("profile-phone-hint") input_type="tel" autocomplete="tel" class="width-20"
            initial=answers.phone.clone() error />
        <TextInput name="call_times" label=tr!("profile-call-times-label") hint=tr!("profile-call-times-hint", { "max" => CALL_TIMES_MAX as i64 })
            initial=answers.call_times.clone() error />
        <Checkboxes group="formats" legend=tr!("profile-formats-legend") hint=tr!("profile-formats-hint", { "days" => lead_days })
            options=formats initial=ticked error />
        <TextInput name="language" label=tr!("profile-language-label") hint=language_hint class="width-20"
            autocomplete="language" initial=answers.language.clone() error />
        <Checkboxes group="interpreter-group" legend=tr!("profile-interpreter-legend") options=interpreter
            initial=if answers.interpreter { vec!["interpreter"] } else { vec![] } error />
        <TextArea name="adjustments" label=tr!("profile-adjustments-label")
            hint=tr!("profile-adjustments-hint", { "max" => ADJUSTMENTS_MAX as i64 })
            initial=answers.adjustments.clone() error />
    }
}
