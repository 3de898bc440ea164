//! Registering, confirming the email address, signing in, and resetting a password.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{notice, query};
use crate::api::accounts::{
    Register, RegisterRepresentative, RequestPasswordReset, ResetPassword, SignIn, VerifyEmail,
};
use crate::components::form::{DateInput, Form, FormPage, Refusal, TextInput};
use crate::islands::checks::ForgetKept;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let form = Form::of::<Register>();
    let error = form.refusal;
    view! {
        <FormPage form title=tr!("accounts-register-title") submit=tr!("accounts-register-submit")
            intro=|| view! {
                <p>{tr!("accounts-register-need")}</p>
                <p>{tr!("accounts-register-joint")}</p>
                <p>{tr!("accounts-register-linking")}</p>
            }
            after=|| view! {
                <p>{tr!("accounts-register-already")} " " <a href="/sign-in">{tr!("accounts-sign-in-link")}</a></p>
                <p>
                    {tr!("accounts-register-acting")} " "
                    <a href="/register/representative">{tr!("accounts-representative-link")}</a>
                </p>
            }>
            <TextInput name="email" label=tr!("accounts-email-label") hint=tr!("accounts-email-hint") input_type="email" autocomplete="email" error />
            <TextInput name="rent_reference" label=tr!("accounts-rent-reference-label") hint=tr!("accounts-rent-reference-hint") class="width-10" error />
            <TextInput name="postcode" label=tr!("accounts-postcode-label") class="width-10" autocomplete="postal-code" error />
            <HomeProof error />
            <TextInput name="password" label=tr!("accounts-password-create-label") hint=tr!("accounts-password-rules") input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label=tr!("accounts-password-again-label") input_type="password" autocomplete="new-password" error />
        </FormPage>
    }
}

/// The optional date of birth and phone number that link an account to its home at once.
#[component]
pub(crate) fn HomeProof(error: Refusal) -> impl IntoView {
    view! {
        <DateInput names=["dob_day", "dob_month", "dob_year"] legend=tr!("accounts-dob-legend")
            hint=tr!("accounts-dob-hint")
            initial=Default::default() error />
        <TextInput name="phone" label=tr!("accounts-phone-label") input_type="tel" autocomplete="tel" class="width-20"
            hint=tr!("accounts-phone-hint") error />
    }
}

#[component]
pub fn RegisterRepresentativePage() -> impl IntoView {
    let form = Form::of::<RegisterRepresentative>();
    let error = form.refusal;
    view! {
        <FormPage form title=tr!("accounts-representative-title") submit=tr!("accounts-register-submit")
            intro=|| view! {
                <p>{tr!("accounts-representative-who")}</p>
                <p>{tr!("accounts-representative-privacy")}</p>
            }>
            <TextInput name="name" label=tr!("accounts-name-label") autocomplete="name" error />
            <TextInput name="email" label=tr!("accounts-email-label") hint=tr!("accounts-email-hint") input_type="email" autocomplete="email" error />
            <TextInput name="password" label=tr!("accounts-password-create-label") hint=tr!("accounts-password-rules") input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label=tr!("accounts-password-again-label") input_type="password" autocomplete="new-password" error />
        </FormPage>
    }
}

/// A page that only says what to do next.
#[component]
pub(crate) fn InfoPage(
    #[prop(into)] title: String,
    /// The heading, when it differs from the title.
    #[prop(optional, into)]
    heading: Option<String>,
    #[prop(optional, into)] lead: Option<String>,
    children: Children,
) -> impl IntoView {
    let heading = heading.unwrap_or_else(|| title.clone());
    view! {
        <Title text=title />
        <div class="column-two-thirds">
            <h1 class="heading-xl">{heading}</h1>
            {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
            {children()}
        </div>
    }
}

#[component]
pub fn CheckEmailPage() -> impl IntoView {
    view! {
        <InfoPage title=tr!("accounts-check-email-title") lead=tr!("accounts-check-email-lead")>
            <p>{tr!("accounts-check-email-finish")}</p>
            <p>{tr!("accounts-check-email-none")}</p>
        </InfoPage>
    }
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form={Form::of::<VerifyEmail>()} title=tr!("accounts-verify-title") submit=tr!("accounts-verify-submit")
            hidden=vec![("token", token)]
            intro=|| view! { <p>{tr!("accounts-verify-intro")}</p> } />
    }
}

/// What the sign-in page says first, from how the browser got there.
fn sign_in_notice() -> Option<String> {
    if query("confirmed").is_some() {
        Some(tr!("accounts-notice-confirmed"))
    } else if query("signed_out").is_some() {
        Some(tr!("accounts-notice-signed-out"))
    } else if query("reset").is_some() {
        Some(tr!("accounts-notice-reset"))
    } else if query("kept").is_some() {
        Some(tr!("accounts-notice-kept"))
    } else if query("return").is_some() {
        Some(tr!("accounts-notice-return"))
    } else {
        None
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let form = Form::of::<SignIn>();
    let error = form.refusal;
    let return_to = query("kept")
        .or_else(|| query("return"))
        .unwrap_or_default();
    let said = sign_in_notice();
    let signed_out = query("signed_out").is_some();
    view! {
        <FormPage form title=tr!("accounts-sign-in-title") heading=tr!("accounts-sign-in-heading") submit=tr!("accounts-sign-in-submit")
            hidden=vec![("return_to", return_to)]
            before=move || view! { {signed_out.then(|| view! { <ForgetKept /> })} {said.map(|said| notice(&said))} }
            after=|| view! {
                <p><a href="/reset-password">{tr!("accounts-forgotten-password")}</a></p>
                <p>{tr!("accounts-not-registered")} " " <a href="/register">{tr!("accounts-register-link")}</a></p>
            }>
            <TextInput name="email" label=tr!("accounts-email-label") input_type="email" autocomplete="email" error />
            <TextInput name="password" label=tr!("accounts-password-label") input_type="password" autocomplete="current-password" error />
        </FormPage>
    }
}

#[component]
pub fn RequestResetPage() -> impl IntoView {
    let form = Form::of::<RequestPasswordReset>();
    let error = form.refusal;
    view! {
        <FormPage form title=tr!("accounts-reset-title") submit=tr!("accounts-reset-submit")
            intro=|| view! { <p>{tr!("accounts-reset-intro")}</p> }>
            <TextInput name="email" label=tr!("accounts-email-label") input_type="email" autocomplete="email" error />
        </FormPage>
    }
}

#[component]
pub fn ResetCheckEmailPage() -> impl IntoView {
    view! {
        <InfoPage title=tr!("accounts-check-email-title") lead=tr!("accounts-reset-check-lead")>
            <p>{tr!("accounts-reset-check-link")}</p>
        </InfoPage>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let form = Form::of::<ResetPassword>();
    let error = form.refusal;
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form title=tr!("accounts-new-password-title") submit=tr!("accounts-new-password-submit") hidden=vec![("token", token)]>
            <TextInput name="password" label=tr!("accounts-new-password-label") hint=tr!("accounts-password-rules") input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label=tr!("accounts-new-password-again-label") input_type="password" autocomplete="new-password" error />
        </FormPage>
    }
}
