//! The signed-in resident's account page, and the forms that change what it shows.

use domain::preferences::{ContactMethod, Preferences};
use domain::representation::Relationship;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::{current_account, SignOut};
use crate::api::consents::{
    AcceptInvitation, ActingForView, ConsentView, DecideRepresentative, InvitationPageView,
    InvitationView, InviteRepresentative, WithdrawInvitation,
};
use crate::api::profile::{
    ChangeEmail, ChangeHome, ChangeName, ConfirmEmailChange, SavePreferences,
};
use crate::components::following::LiveRegion;
use crate::components::form::{DateInput, ErrorSummary, FormTitle, Radios, TextInput};
use crate::components::live::forget_all_on_device;
use crate::components::preferences::PreferenceFields;
use crate::pages::complaints::{Following, YourComplaints};
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
    let saved = move || {
        match query.read().get("saved").as_deref() {
        Some("name") => Some("Your name has been saved."),
        Some("email") => {
            Some("Your email address has been changed. Use it to sign in from now on.")
        }
        Some("home") => Some("Your home has been changed."),
        Some("representatives") => Some("Your choice about who can act for you has been saved."),
        Some("invited") => Some("Your invitation has been sent. They need to open the link in it and sign in, or register, with that email address."),
        Some("accepted") => Some("You can now act for this resident."),
        Some("preferences") => Some("Your contact preferences and support needs have been saved."),
        _ => None,
    }
    };
    let sign_out = ServerAction::<SignOut>::new();
    // Loaded here, beside the account, not inside it: a resource made inside another's
    // suspense can hydrate out of step with it.
    let following = Following::new();
    view! {
        <Title text="Your account" />
        <LiveRegion seen=following.seen.read_only() changed=following.changed />
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
                <YourComplaints following />
                <p><a href="/account/letters">"Letters we have sent you"</a></p>
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
                {account.rent_reference.is_some().then(|| representatives_section(account.representatives.clone(), account.invitations.clone()))}
                {(!account.acting_for.is_empty()).then(|| acting_for_section(account.acting_for.clone()))}
                <ActionForm action=sign_out>
                    <button type="submit" class="button button-secondary" on:click=|_| forget_all_on_device()>"Sign out"</button>
                </ActionForm>
            }
            .into_any()
        })}
    }
}

/// The residents this person acts for, at their invitation.
fn acting_for_section(residents: Vec<ActingForView>) -> impl IntoView {
    let rows = residents
        .into_iter()
        .map(|r| {
            let until = r.until.map_or_else(
                || "until they withdraw it".to_owned(),
                |d| format!("until {d}"),
            );
            view! { <li>{format!("{}: all their complaints, {until}.", r.resident_name)}</li> }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">"People you act for"</h2>
        <ul class="list-bullet">{rows}</ul>
    }
}

/// Who has asked to act for the resident, and whom they have invited, with a button for each
/// thing they can decide.
fn representatives_section(
    people: Vec<ConsentView>,
    invited: Vec<InvitationView>,
) -> impl IntoView {
    let decide = ServerAction::<DecideRepresentative>::new();
    let withdraw = ServerAction::<WithdrawInvitation>::new();
    let invited_rows = invited
        .into_iter()
        .map(|i| {
            let status = match i.status.as_str() {
                "invited" => "Invited: they have not accepted yet",
                "accepted" => "Can act for you",
                _ => "Access withdrawn",
            };
            let until = i.until.map_or_else(
                || "until you withdraw it".to_owned(),
                |d| format!("until {d}"),
            );
            let id = i.id.to_string();
            let whom = format!(" {}", i.name);
            let open = i.status != "withdrawn";
            view! {
                <li class="representative">
                    <p><strong>{i.name.clone()}</strong>" ("{i.relationship.clone()}"), "{i.email.clone()}</p>
                    <p>{format!("{status}. Covers: all your complaints, {until}.")}</p>
                    {open.then(|| view! {
                        <ActionForm action=withdraw attr:class="inline-form">
                            <input type="hidden" name="invitation" value=id />
                            <button type="submit" class="button button-secondary">
                                "Withdraw access"<span class="visually-hidden">{whom}</span>
                            </button>
                        </ActionForm>
                    })}
                </li>
            }
        })
        .collect_view();
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
        <ul class="plain-list">{invited_rows}{rows}</ul>
        <p><a href="/account/representatives/invite">"Invite someone to act for you"</a></p>
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

#[component]
pub fn InvitePage() -> impl IntoView {
    let action = ServerAction::<InviteRepresentative>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <FormTitle text="Invite someone to act for you" error />
        {signed_in_page(current_account, move |account| {
            if account.rent_reference.is_none() {
                return view! {
                    <h1 class="heading-xl">"Invite someone to act for you"</h1>
                    <p>"Your account is not linked to a tenancy, so there is nobody to act for. "
                       <a href="/account">"Back to your account"</a></p>
                }
                .into_any();
            }
            let answer = move |name: &'static str| error.get_untracked().and_then(|e| e.answer(name)).unwrap_or_default();
            let options = Relationship::ALL.iter().map(|x| (x.code(), x.label())).collect();
            view! {
                <div class="column-two-thirds">
                    <ErrorSummary error />
                    <h1 class="heading-xl">"Invite someone to act for you"</h1>
                    <p>"They will be able to make complaints for you and follow all your complaints, including what we send you about them. We will email them a link to accept. You can withdraw it at any time from your account."</p>
                    <ActionForm action attr:novalidate="">
                        <TextInput name="rep_name" label="Their full name" autocomplete="off" initial=answer("rep_name") error />
                        <TextInput name="rep_email" label="Their email address" input_type="email" autocomplete="off"
                            hint="They will need to sign in, or register, with this address to accept." initial=answer("rep_email") error />
                        <Radios name="relationship" legend="How are they connected to you?" options initial=answer("relationship") error />
                        <TextInput name="relationship_other" label="If other, how are they connected to you?" initial=answer("relationship_other") error />
                        <DateInput names=["expiry_day", "expiry_month", "expiry_year"] legend="When should it end? (optional)"
                            hint="Leave this empty if it lasts until you withdraw it. For example, 31 12 2027."
                            initial=[answer("expiry_day"), answer("expiry_month"), answer("expiry_year")] error />
                        <button type="submit" class="button">"Send the invitation"</button>
                    </ActionForm>
                    <p><a href="/account">"Back to your account"</a></p>
                </div>
            }
            .into_any()
        })}
    }
}

/// The page an invitation link opens: who is asking, and a button to accept once signed in
/// with the address it went to.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let query = use_query_map();
    let action = ServerAction::<AcceptInvitation>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let token = move || query.read().get("token").unwrap_or_default();
    let loaded = Resource::new(token, crate::api::consents::invitation_page);
    view! {
        <FormTitle text="An invitation to act for a resident" error />
        <div class="column-two-thirds">
            <ErrorSummary error />
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match loaded.await {
                        Ok(InvitationPageView { offer: Some(offer), signed_in_as }) => {
                            let token = token();
                            let until = offer.until.clone().map_or_else(|| "until they withdraw it".to_owned(), |d| format!("until {d}"));
                            let here = format!("/invitation%3Ftoken%3D{token}");
                            let next = match signed_in_as {
                                Some(email) if email.eq_ignore_ascii_case(&offer.email) => view! {
                                    <ActionForm action>
                                        <input type="hidden" name="token" value=token.clone() />
                                        <button type="submit" class="button">"Accept"</button>
                                    </ActionForm>
                                }.into_any(),
                                Some(email) => view! {
                                    <p>{format!("You are signed in as {email}, but the invitation was sent to {}. Sign out, then sign in with that address.", offer.email)}</p>
                                }.into_any(),
                                None => view! {
                                    <p><a class="button" href=format!("/sign-in?return={here}")>"Sign in to accept"</a></p>
                                    <p>"New to Calico Account? "<a href="/register/representative">"Register with "{offer.email.clone()}</a>
                                       ", confirm your address, then open the link in the invitation email again."</p>
                                }.into_any(),
                            };
                            view! {
                                <h1 class="heading-xl">{format!("{} has asked you to act for them", offer.resident_name)}</h1>
                                <p>{format!("Dear {}, you would be able to make complaints for them to Calico Homes and follow all their complaints, {until}.", offer.name)}</p>
                                <p>"They can withdraw this at any time."</p>
                                {next}
                            }.into_any()
                        }
                        Ok(_) => view! {
                            <h1 class="heading-xl">"This invitation cannot be used"</h1>
                            <p>{format!("It has been accepted or withdrawn already, or it is more than {} days old. Ask the resident to invite you again from their account.", domain::representation::INVITATION_DAYS)}</p>
                        }.into_any(),
                        Err(error) => view! {
                            <h1 class="heading-xl">"Sorry, there is a problem"</h1>
                            <p>{error.to_string()}</p>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
