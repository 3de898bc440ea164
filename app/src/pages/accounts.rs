//! Registering, confirming the email address, signing in, and resetting a password.

use domain::accounts::PASSWORD_RULES;
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
        <FormPage form title="Register for a Calico Account" submit="Register"
            intro=|| view! {
                <p>
                    "You need your email address, your rent reference and the postcode of your home. "
                    "Your rent reference is on your rent statement and your tenancy agreement."
                </p>
                <p>"Joint tenants can each register with their own email address."</p>
                <p>
                    "To keep your home's complaints and letters private, we link your account to your home only once we know it is yours: "
                    "at once if you are the lead tenant and your date of birth, and your phone number or this email address, match our records; "
                    "otherwise by a code we post to your home, or when someone already linked to your home approves it."
                </p>
            }
            after=|| view! {
                <p>"Already registered? " <a href="/sign-in">"Sign in"</a></p>
                <p>
                    "Acting for a Calico Homes resident, as a relative, advocate, councillor or MP? "
                    <a href="/register/representative">"Register to act for someone"</a>
                </p>
            }>
            <TextInput name="email" label="Email address" hint="We will send a link to this address to check it is yours." input_type="email" autocomplete="email" error />
            <TextInput name="rent_reference" label="Rent reference" hint="For example, 10012345" class="width-10" error />
            <TextInput name="postcode" label="Postcode of your home" class="width-10" autocomplete="postal-code" error />
            <HomeProof error />
            <TextInput name="password" label="Create a password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label="Type your password again" input_type="password" autocomplete="new-password" error />
        </FormPage>
    }
}

/// The optional date of birth and phone number that link an account to its home at once.
#[component]
pub(crate) fn HomeProof(error: Refusal) -> impl IntoView {
    view! {
        <DateInput names=["dob_day", "dob_month", "dob_year"] legend="Your date of birth (optional)"
            hint="For example, 27 3 1985. If you are the lead tenant, we check it against our records."
            initial=Default::default() error />
        <TextInput name="phone" label="Your phone number (optional)" input_type="tel" autocomplete="tel" class="width-20"
            hint="The number we have on file for you. Leave it empty if you have not given us one." error />
    }
}

#[component]
pub fn RegisterRepresentativePage() -> impl IntoView {
    let form = Form::of::<RegisterRepresentative>();
    let error = form.refusal;
    view! {
        <FormPage form title="Register to act for someone" submit="Register"
            intro=|| view! {
                <p>
                    "For a relative or friend, a Power of Attorney, a councillor or MP, or an advocate or support worker "
                    "making a complaint for a Calico Homes resident. You do not need a tenancy of your own."
                </p>
                <p>"We share nothing about the resident with you until they have agreed that you can act for them."</p>
            }>
            <TextInput name="name" label="Your full name" autocomplete="name" error />
            <TextInput name="email" label="Email address" hint="We will send a link to this address to check it is yours." input_type="email" autocomplete="email" error />
            <TextInput name="password" label="Create a password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label="Type your password again" input_type="password" autocomplete="new-password" error />
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
        <InfoPage title="Check your email" lead="We have sent a message to the email address you gave us. It tells you what to do next.">
            <p>
                "To finish registering, open the link in the message. "
                "If it has not arrived within a few minutes, check your spam or junk folder."
            </p>
            <p>"If you did not receive a message, check the details you gave and register again."</p>
        </InfoPage>
    }
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form={Form::of::<VerifyEmail>()} title="Confirm your email address" submit="Confirm my email address"
            hidden=vec![("token", token)]
            intro=|| view! { <p>"Press the button to confirm this is your email address and finish registering."</p> } />
    }
}

/// What the sign-in page says first, from how the browser got there.
fn sign_in_notice() -> Option<&'static str> {
    if query("confirmed").is_some() {
        Some("Your email address is confirmed. Sign in to use your account.")
    } else if query("signed_out").is_some() {
        Some("You have signed out.")
    } else if query("reset").is_some() {
        Some("Your password has been changed. Sign in with your new password.")
    } else if query("kept").is_some() {
        Some("You were signed out because nothing happened for an hour. What you typed is kept safe: sign in to carry on where you left off.")
    } else if query("return").is_some() {
        Some("Sign in to carry on where you left off.")
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
        <FormPage form title="Sign in" heading="Sign in to your Calico Account" submit="Sign in"
            hidden=vec![("return_to", return_to)]
            before=move || view! { {signed_out.then(|| view! { <ForgetKept /> })} {said.map(notice)} }
            after=|| view! {
                <p><a href="/reset-password">"Forgotten your password?"</a></p>
                <p>"Not registered yet? " <a href="/register">"Register for a Calico Account"</a></p>
            }>
            <TextInput name="email" label="Email address" input_type="email" autocomplete="email" error />
            <TextInput name="password" label="Password" input_type="password" autocomplete="current-password" error />
        </FormPage>
    }
}

#[component]
pub fn RequestResetPage() -> impl IntoView {
    let form = Form::of::<RequestPasswordReset>();
    let error = form.refusal;
    view! {
        <FormPage form title="Reset your password" submit="Send me a link"
            intro=|| view! { <p>"Enter the email address you registered with. We will send you a link to choose a new password."</p> }>
            <TextInput name="email" label="Email address" input_type="email" autocomplete="email" error />
        </FormPage>
    }
}

#[component]
pub fn ResetCheckEmailPage() -> impl IntoView {
    view! {
        <InfoPage title="Check your email" lead="If that address has a Calico Account, we have sent it a link to reset the password.">
            <p>"The link works once, for one hour. If nothing arrives within a few minutes, check your spam or junk folder."</p>
        </InfoPage>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let form = Form::of::<ResetPassword>();
    let error = form.refusal;
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form title="Choose a new password" submit="Change my password" hidden=vec![("token", token)]>
            <TextInput name="password" label="New password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
            <TextInput name="confirm_password" label="Type your new password again" input_type="password" autocomplete="new-password" error />
        </FormPage>
    }
}
