//! Registering, confirming the email address, signing in, and resetting a password.

use domain::accounts::PASSWORD_RULES;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::{
    Register, RegisterRepresentative, RequestPasswordReset, ResetPassword, SignIn, VerifyEmail,
};
use crate::components::form::{ErrorSummary, FormTitle, TextInput};

#[component]
pub fn RegisterPage() -> impl IntoView {
    let action = ServerAction::<Register>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Register for a Calico Account" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Register for a Calico Account"</h1>
            <p>
                "You need your email address, your rent reference and the postcode of your home. "
                "Your rent reference is on your rent statement and your tenancy agreement."
            </p>
            <p>"Joint tenants can each register with their own email address."</p>
            <ActionForm action attr:novalidate="">
                <TextInput name="email" label="Email address" hint="We will send a link to this address to check it is yours." input_type="email" autocomplete="email" error />
                <TextInput name="rent_reference" label="Rent reference" hint="For example, 10012345" class="width-10" error />
                <TextInput name="postcode" label="Postcode of your home" class="width-10" autocomplete="postal-code" error />
                <TextInput name="password" label="Create a password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
                <TextInput name="confirm_password" label="Type your password again" input_type="password" autocomplete="new-password" error />
                <button type="submit" class="button">"Register"</button>
            </ActionForm>
            <p>"Already registered? " <a href="/sign-in">"Sign in"</a></p>
            <p>
                "Acting for a Calico Homes resident, as a relative, advocate, councillor or MP? "
                <a href="/register/representative">"Register to act for someone"</a>
            </p>
        </div>
    }
}

#[component]
pub fn RegisterRepresentativePage() -> impl IntoView {
    let action = ServerAction::<RegisterRepresentative>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Register to act for someone" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Register to act for someone"</h1>
            <p>
                "For a relative or friend, a Power of Attorney, a councillor or MP, or an advocate or support worker "
                "making a complaint for a Calico Homes resident. You do not need a tenancy of your own."
            </p>
            <p>"We share nothing about the resident with you until they have agreed that you can act for them."</p>
            <ActionForm action attr:novalidate="">
                <TextInput name="name" label="Your full name" autocomplete="name" error />
                <TextInput name="email" label="Email address" hint="We will send a link to this address to check it is yours." input_type="email" autocomplete="email" error />
                <TextInput name="password" label="Create a password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
                <TextInput name="confirm_password" label="Type your password again" input_type="password" autocomplete="new-password" error />
                <button type="submit" class="button">"Register"</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn CheckEmailPage() -> impl IntoView {
    view! {
        <Title text="Check your email" />
        <div class="column-two-thirds">
            <h1 class="heading-xl">"Check your email"</h1>
            <p class="lead">"We have sent a message to the email address you gave us. It tells you what to do next."</p>
            <p>
                "To finish registering, open the link in the message. "
                "If it has not arrived within a few minutes, check your spam or junk folder."
            </p>
            <p>"If you did not receive a message, check the details you gave and register again."</p>
        </div>
    }
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let action = ServerAction::<VerifyEmail>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Confirm your email address" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Confirm your email address"</h1>
            <p>"Press the button to confirm this is your email address and finish registering."</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button">"Confirm my email address"</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let action = ServerAction::<SignIn>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let notice = move || {
        let q = query.read();
        if q.get("confirmed").is_some() {
            Some("Your email address is confirmed. Sign in to use your account.")
        } else if q.get("signed_out").is_some() {
            Some("You have signed out.")
        } else if q.get("reset").is_some() {
            Some("Your password has been changed. Sign in with your new password.")
        } else if q.get("kept").is_some() {
            Some("You were signed out because nothing happened for an hour. What you typed is kept safe: sign in to carry on where you left off.")
        } else if q.get("return").is_some() {
            Some("Sign in to carry on where you left off.")
        } else {
            None
        }
    };
    let return_to = move || {
        let q = query.read();
        q.get("kept")
            .or_else(|| q.get("return"))
            .unwrap_or_default()
    };
    view! {
        <FormTitle text="Sign in" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            {move || notice().map(|text| view! {
                <div class="notification-banner" role="status">
                    <p class="notification-heading">{text}</p>
                </div>
            })}
            <h1 class="heading-xl">"Sign in to your Calico Account"</h1>
            <ActionForm action attr:novalidate="">
                <input type="hidden" name="return_to" value=return_to />
                <TextInput name="email" label="Email address" input_type="email" autocomplete="email" error />
                <TextInput name="password" label="Password" input_type="password" autocomplete="current-password" error />
                <button type="submit" class="button">"Sign in"</button>
            </ActionForm>
            <p><a href="/reset-password">"Forgotten your password?"</a></p>
            <p>"Not registered yet? " <a href="/register">"Register for a Calico Account"</a></p>
        </div>
    }
}

#[component]
pub fn RequestResetPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Reset your password" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Reset your password"</h1>
            <p>"Enter the email address you registered with. We will send you a link to choose a new password."</p>
            <ActionForm action attr:novalidate="">
                <TextInput name="email" label="Email address" input_type="email" autocomplete="email" error />
                <button type="submit" class="button">"Send me a link"</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn ResetCheckEmailPage() -> impl IntoView {
    view! {
        <Title text="Check your email" />
        <div class="column-two-thirds">
            <h1 class="heading-xl">"Check your email"</h1>
            <p class="lead">"If that address has a Calico Account, we have sent it a link to reset the password."</p>
            <p>"The link works once, for one hour. If nothing arrives within a few minutes, check your spam or junk folder."</p>
        </div>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let action = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Choose a new password" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Choose a new password"</h1>
            <ActionForm action attr:novalidate="">
                <input type="hidden" name="token" value=token />
                <TextInput name="password" label="New password" hint=PASSWORD_RULES input_type="password" autocomplete="new-password" error />
                <TextInput name="confirm_password" label="Type your new password again" input_type="password" autocomplete="new-password" error />
                <button type="submit" class="button">"Change my password"</button>
            </ActionForm>
        </div>
    }
}
