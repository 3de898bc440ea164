//! The signed-in resident's account page, and the forms that change what it shows.

use domain::preferences::{ContactMethod, Preferences};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::{current_account, SignOut};
use crate::api::consents::{ConsentView, DecideRepresentative};
use crate::api::profile::{
    ChangeEmail, ChangeHome, ChangeName, ConfirmEmailChange, SavePreferences,
};
use crate::components::form::{ErrorSummary, FormTitle, TextInput};
use crate::components::preferences::PreferenceFields;
use crate::pages::signed_in_page;

/// One row of a summary list, with an optional "Change" link.
#[component]
fn Row(
    key: &'static str,
    #[prop(into)] value: String,
    #[prop(optional)] change: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="summary-row">
            <dt>{key}</dt>
            <dd>{value}</dd>
            {change.map(|href| view! {
                <dd class="summary-change">
                    <a href=href>"Change"<span class="visually-hidden">" "{key.to_lowercase()}</span></a>
                </dd>
            })}
        </div>
    }
}

fn or_else(text: &str, otherwise: &str) -> String {
    if text.is_empty() {
        otherwise.to_owned()
    } else {
        text.to_owned()
    }
}

fn formats_text(preferences: &Preferences) -> String {
    if preferences.formats.is_empty() {
        "Standard print".into()
    } else {
        preferences
            .formats
            .iter()
            .map(|f| f.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let query = use_query_map();
    let saved = move || match query.read().get("saved").as_deref() {
        Some("name") => Some("Your name has been saved."),
        Some("email") => {
            Some("Your email address has been changed. Use it to sign in from now on.")
        }
        Some("home") => Some("Your home has been changed."),
        Some("representatives") => Some("Your choice about who can act for you has been saved."),
        Some("preferences") => Some("Your contact preferences and support needs have been saved."),
        _ => None,
    };
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <Title text="Your account" />
        {signed_in_page(current_account, move |account| {
            let p = account.preferences.clone();
            let contact = match (p.contact_method, &account.address) {
                (ContactMethod::Letter, Some(address)) => format!("Letter by post to {address}"),
                (method, _) => method.label().to_owned(),
            };
            let language = if p.language.is_empty() {
                "English".to_owned()
            } else if p.interpreter {
                format!("{}, with an interpreter for calls and meetings", p.language.as_str())
            } else {
                p.language.as_str().to_owned()
            };
            view! {
                {move || saved().map(|text| view! {
                    <div class="notification-banner" role="status">
                        <p class="notification-heading">{text}</p>
                    </div>
                })}
                <h1 class="heading-xl">"Your account"</h1>
                <p><a href="/complaint/new" class="button">"Make a complaint, report a safety concern or give a compliment"</a></p>
                <h2 class="heading-m">"Your details"</h2>
                <dl class="summary-list">
                    <Row key="Name" value=account.name.clone().unwrap_or_else(|| "Not given yet".into()) change="/account/name" />
                    <Row key="Email address" value=account.email.clone() change="/account/email" />
                    {account.rent_reference.clone().map(|reference| view! {
                        <Row key="Home" value=account.address.clone().unwrap_or_default() change="/account/home" />
                        <Row key="Rent reference" value=reference />
                    })}
                </dl>
                {account.rent_reference.is_none().then(|| view! {
                    <p>"Your account is not linked to a tenancy: you can act for residents who agree to it."</p>
                })}
                <div class="section-heading">
                    <h2 class="heading-m">"How we contact you"</h2>
                    <a href="/account/preferences">"Change"<span class="visually-hidden">" how we contact you and the support you need"</span></a>
                </div>
                <dl class="summary-list">
                    <Row key="Contact me by" value=contact />
                    <Row key="Phone number" value=p.phone.as_ref().map(|n| n.grouped()).unwrap_or_else(|| "Not given".into()) />
                    <Row key="Times to call" value=or_else(p.call_times.as_str(), "No preference") />
                </dl>
                <h2 class="heading-m">"Support you need"</h2>
                <dl class="summary-list">
                    <Row key="Format of letters" value=formats_text(&p) />
                    <Row key="Language" value=language />
                    <Row key="Adjustments" value=or_else(p.adjustments.as_str(), "None recorded") />
                </dl>
                {account.rent_reference.is_some().then(|| representatives_section(account.representatives.clone()))}
                <ActionForm action=sign_out>
                    <button type="submit" class="button button-secondary">"Sign out"</button>
                </ActionForm>
            }
            .into_any()
        })}
    }
}

/// Who has asked to act for the resident, with a button for each thing they can decide.
fn representatives_section(people: Vec<ConsentView>) -> impl IntoView {
    let decide = ServerAction::<DecideRepresentative>::new();
    let rows = people
        .into_iter()
        .map(|p| {
            let (status, choices): (&str, &[(&str, &str)]) = match p.status.as_str() {
                "unverified" => ("Asking to act for you", &[("allow", "Allow"), ("refuse", "Do not allow")]),
                "verified" => ("Can act for you", &[("withdraw", "Withdraw access")]),
                "refused" => ("You did not allow this", &[]),
                _ => ("Access withdrawn", &[]),
            };
            let buttons = choices
                .iter()
                .map(|(decision, label)| {
                    let id = p.id.to_string();
                    let whom = format!(" {}", p.email);
                    view! {
                        <ActionForm action=decide attr:class="inline-form">
                            <input type="hidden" name="consent" value=id />
                            <input type="hidden" name="decision" value=*decision />
                            <button type="submit" class="button button-secondary">
                                {*label}<span class="visually-hidden">{whom}</span>
                            </button>
                        </ActionForm>
                    }
                })
                .collect_view();
            view! {
                <li class="representative">
                    <p><strong>{p.email.clone()}</strong>" ("{p.relationship.clone()}")"</p>
                    <p>{format!("{status}. Covers: {}. Asked with complaint {}.", p.scope.to_lowercase(), p.complaint_reference)}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">"People who can act for you"</h2>
        <p>"A relative, advocate, councillor or MP can make complaints for you and hear about them, but only if you agree."</p>
        <ul class="plain-list">{rows}</ul>
    }
}

#[component]
pub fn NamePage() -> impl IntoView {
    let action = ServerAction::<ChangeName>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Your name" error />
        {signed_in_page(current_account, move |account| view! {
            <div class="column-two-thirds">
                <ErrorSummary error />
                <ActionForm action attr:novalidate="">
                    <h1 class="heading-xl">"What name should we use?"</h1>
                    <TextInput name="name" label="Your full name" hint="We will use this name on letters and when we call you." autocomplete="name" initial=account.name.clone().unwrap_or_default() error />
                    <button type="submit" class="button">"Save"</button>
                </ActionForm>
                <p><a href="/account">"Back to your account"</a></p>
            </div>
        }.into_any())}
    }
}

#[component]
pub fn PreferencesPage() -> impl IntoView {
    let action = ServerAction::<SavePreferences>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="How we contact you and the support you need" error />
        {signed_in_page(current_account, move |account| view! {
            <div class="column-two-thirds">
                <ErrorSummary error />
                <h1 class="heading-xl">"How we contact you and the support you need"</h1>
                <ActionForm action attr:novalidate="">
                    <PreferenceFields answers=account.preferences.answers() about="about complaints" error />
                    <button type="submit" class="button">"Save"</button>
                </ActionForm>
                <p><a href="/account">"Back to your account"</a></p>
            </div>
        }.into_any())}
    }
}

#[component]
pub fn ChangeEmailPage() -> impl IntoView {
    let action = ServerAction::<ChangeEmail>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Change your email address" error />
        {signed_in_page(current_account, move |account| view! {
            <div class="column-two-thirds">
                <ErrorSummary error />
                <h1 class="heading-xl">"Change your email address"</h1>
                <p>"Your email address is now " <strong>{account.email.clone()}</strong> "."</p>
                <p>"We will send a link to the new address. Your address changes when you open it; until then we keep using the old one."</p>
                <ActionForm action attr:novalidate="">
                    <TextInput name="email" label="New email address" input_type="email" autocomplete="email" error />
                    <TextInput name="password" label="Your password" hint="So we know it is you." input_type="password" autocomplete="current-password" error />
                    <button type="submit" class="button">"Send the link"</button>
                </ActionForm>
                <p><a href="/account">"Back to your account"</a></p>
            </div>
        }.into_any())}
    }
}

#[component]
pub fn ChangeEmailCheckPage() -> impl IntoView {
    view! {
        <Title text="Check your email" />
        <div class="column-two-thirds">
            <h1 class="heading-xl">"Check your email"</h1>
            <p class="lead">"We have sent a message to the new email address."</p>
            <p>"Open the link in it to start using that address. The link works once, for 24 hours. If nothing arrives within a few minutes, check your spam or junk folder."</p>
            <p><a href="/account">"Back to your account"</a></p>
        </div>
    }
}

#[component]
pub fn ConfirmEmailChangePage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let action = ServerAction::<ConfirmEmailChange>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Confirm your new email address" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <h1 class="heading-xl">"Confirm your new email address"</h1>
            <p>"Press the button to use this email address for your Calico Account."</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button">"Use my new email address"</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn ChangeHomePage() -> impl IntoView {
    let action = ServerAction::<ChangeHome>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Change your home" error />
        {signed_in_page(current_account, move |account| view! {
            <div class="column-two-thirds">
                <ErrorSummary error />
                <h1 class="heading-xl">"Have you moved to another Calico home?"</h1>
                {account.address.clone().map(|address| view! { <p>"Your account is now for " <strong>{address}</strong> "."</p> })}
                <p>"Enter the rent reference and postcode of your new home. Your rent reference is on your rent statement and your tenancy agreement."</p>
                <ActionForm action attr:novalidate="">
                    <TextInput name="rent_reference" label="Rent reference" hint="For example, 10012345" class="width-10" error />
                    <TextInput name="postcode" label="Postcode of your new home" class="width-10" autocomplete="postal-code" error />
                    <button type="submit" class="button">"Change my home"</button>
                </ActionForm>
                <p><a href="/account">"Back to your account"</a></p>
            </div>
        }.into_any())}
    }
}
