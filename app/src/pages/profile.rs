//! The signed-in resident's account page, and the forms that change what it shows.

use domain::preferences::{ContactMethod, Preferences};
use domain::representation::{ConsentScope, Relationship};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::{notice, problem, query, signed_in};
use crate::api::accounts::{current_account, AccountSummary, SignOut};
use crate::api::complaints::my_complaints;
use crate::api::consents::{
    AcceptInvitation, ActingForView, ConsentView, DecideRepresentative, InvitationPageView,
    InvitationView, InviteRepresentative, WithdrawInvitation,
};
use crate::api::linking::{
    Activate, DecideJoin, JoinRequestView, NewActivationCode, PendingHomeView, RequestHome,
};
use crate::api::profile::{ChangeEmail, ChangeName, ConfirmEmailChange, SavePreferences};
use crate::components::form::{ButtonForm, DateInput, Form, FormPage, Radios, TextInput};
use crate::components::preferences::{format_label, method_label, PreferenceFields};
use crate::islands::checks::SignOutButton;
use crate::islands::live::LiveUpdates;
use crate::pages::accounts::{HomeProof, InfoPage};
use crate::pages::complaints::your_complaints;
use crate::pages::filing::relationship_label;

/// One row of a summary list, with an optional "Change" link.
#[component]
fn Row(
    #[prop(into)] key: String,
    #[prop(into)] value: String,
    #[prop(optional)] change: Option<&'static str>,
) -> impl IntoView {
    let hidden = format!(" {}", key.to_lowercase());
    view! {
        <div class="summary-row">
            <dt>{key}</dt>
            <dd>{value}</dd>
            {change.map(|href| view! {
                <dd class="summary-change">
                    <a href=href>{tr!("profile-change")}<span class="visually-hidden">{hidden}</span></a>
                </dd>
            })}
        </div>
    }
}

fn or_else(text: &str, otherwise: String) -> String {
    if text.is_empty() {
        otherwise
    } else {
        text.to_owned()
    }
}

fn formats_text(preferences: &Preferences) -> String {
    if preferences.formats.is_empty() {
        tr!("profile-standard-print")
    } else {
        preferences
            .formats
            .iter()
            .map(|f| format_label(*f))
            .collect::<Vec<_>>()
            .join(&tr!("profile-list-separator"))
    }
}

/// How someone is connected to a resident: one of the form's choices in the page's language,
/// or what was written under "Other".
fn relationship_text(text: &str) -> String {
    Relationship::ALL
        .iter()
        .find(|r| r.label() == text)
        .map_or_else(|| text.to_owned(), |r| relationship_label(*r))
}

/// What the account page says after a change sent the browser back to it.
fn saved_notice(saved: Option<String>) -> Option<String> {
    Some(match saved.as_deref()? {
        "name" => tr!("profile-saved-name"),
        "email" => tr!("profile-saved-email"),
        "home" => tr!("profile-saved-home"),
        "linked" => tr!("profile-saved-linked"),
        "approved" => tr!("profile-saved-approved"),
        "declined" => tr!("profile-saved-declined"),
        "representatives" => tr!("profile-saved-representatives"),
        "invited" => tr!("profile-saved-invited"),
        "accepted" => tr!("profile-saved-accepted"),
        "preferences" => tr!("profile-saved-preferences"),
        _ => return None,
    })
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let saved = saved_notice(query("saved"));
    let load = async {
        let Some(account) = current_account().await? else {
            return Ok(None);
        };
        Ok(my_complaints().await?.map(|list| (account, list)))
    };
    view! {
        <leptos_meta::Title text=tr!("profile-account-title") />
        {signed_in(load, move |(account, complaints)| {
            view! {
                <LiveUpdates after=complaints.seen only=None />
                {saved.as_deref().map(notice)}
                <h1 class="heading-xl">{tr!("profile-account-title")}</h1>
                <p><a href="/complaint/new" class="button">{tr!("profile-new-feedback")}</a></p>
                <div data-live-content="">{your_complaints(complaints)}</div>
                <p><a href="/account/letters">{tr!("profile-letters-link")}</a></p>
                {home_status(&account)}
                {(!account.join_requests.is_empty()).then(|| join_requests_section(account.join_requests.clone()))}
                {account_details(&account)}
                {account.rent_reference.is_some().then(|| representatives_section(account.representatives.clone(), account.invitations.clone()))}
                {(!account.acting_for.is_empty()).then(|| acting_for_section(account.acting_for.clone()))}
                <ButtonForm action=SignOut::url()>
                    <SignOutButton label=tr!("layout-sign-out") />
                </ButtonForm>
            }
            .into_any()
        })}
    }
}

/// Where linking the account to its home stands, when it is not linked yet.
fn home_status(account: &AccountSummary) -> Option<impl IntoView> {
    if account.representative {
        return None;
    }
    let (heading, body) = match (&account.pending_home, &account.rent_reference) {
        (Some(pending), linked) => (
            if linked.is_some() {
                tr!("profile-home-checking-new")
            } else {
                tr!("profile-home-not-linked-yet")
            },
            view! {
                <p>{tr!("profile-home-asked", {
                    "day" => crate::i18n::day_words(&pending.asked_on),
                    "reference" => pending.rent_reference.clone(),
                    "postcode" => pending.postcode.clone(),
                })}</p>
                <p>{tr!("profile-home-until-linked")}</p>
                <p><a href="/account/activate">{tr!("profile-enter-code")}</a></p>
            }
            .into_any(),
        ),
        (None, None) => (
            tr!("profile-home-not-linked"),
            view! {
                <p>{tr!("profile-home-why-link")}</p>
                <p><a href="/account/home">{tr!("profile-link-home")}</a></p>
            }
            .into_any(),
        ),
        (None, Some(_)) => return None,
    };
    Some(view! {
        <div class="inset">
            <h2 class="heading-m">{heading}</h2>
            {body}
        </div>
    })
}

/// Other accounts asking to join this resident's home, each with Approve and Decline.
fn join_requests_section(requests: Vec<JoinRequestView>) -> impl IntoView {
    let rows = requests
        .into_iter()
        .map(|r| {
            let buttons = [
                ("approve", tr!("profile-approve")),
                ("decline", tr!("profile-decline")),
            ]
            .into_iter()
            .map(|(decision, label)| {
                let hidden = vec![
                    ("request", r.id.to_string()),
                    ("decision", decision.to_owned()),
                ];
                let whom = format!(" {}", r.who);
                view! {
                    <ButtonForm action=DecideJoin::url() hidden class="inline-form">
                        <button type="submit" class="button button-secondary">
                            {label}<span class="visually-hidden">{whom}</span>
                        </button>
                    </ButtonForm>
                }
            })
            .collect_view();
            view! {
                <li class="representative">
                    <p><strong>{r.who.clone()}</strong></p>
                    <p>{tr!("profile-join-asked", { "day" => crate::i18n::day_words(&r.asked_on) })}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{tr!("profile-join-heading")}</h2>
        <p>{tr!("profile-join-intro")}</p>
        <ul class="plain-list">{rows}</ul>
    }
}

/// Name, email, home; how we contact them; the support they need.
fn account_details(account: &AccountSummary) -> impl IntoView {
    let p = &account.preferences;
    let contact = match (p.contact_method, &account.address) {
        (ContactMethod::Letter, Some(address)) => {
            tr!("profile-contact-letter-to", { "address" => address.clone() })
        }
        (method, _) => method_label(method),
    };
    let language = if p.language.is_empty() {
        tr!("profile-language-english")
    } else if p.interpreter {
        tr!("profile-language-interpreter", { "language" => p.language.as_str().to_owned() })
    } else {
        p.language.as_str().to_owned()
    };
    view! {
        <h2 class="heading-m">{tr!("profile-details-heading")}</h2>
        <dl class="summary-list">
            <Row key=tr!("profile-row-name") value=account.name.clone().unwrap_or_else(|| tr!("profile-name-not-given")) change="/account/name" />
            <Row key=tr!("profile-row-email") value=account.email.clone() change="/account/email" />
            {account.rent_reference.clone().map(|reference| view! {
                <Row key=tr!("profile-row-home") value=account.address.clone().unwrap_or_default() change="/account/home" />
                <Row key=tr!("profile-rent-reference") value=reference />
            })}
        </dl>
        {(account.rent_reference.is_none() && account.representative).then(|| view! {
            <p>{tr!("profile-not-tenancy")}</p>
        })}
        <div class="section-heading">
            <h2 class="heading-m">{tr!("profile-contact-heading")}</h2>
            <a href="/account/preferences">{tr!("profile-change")}<span class="visually-hidden">" "{tr!("profile-change-contact-hidden")}</span></a>
        </div>
        <dl class="summary-list">
            <Row key=tr!("profile-row-contact-by") value=contact />
            <Row key=tr!("profile-row-phone") value=p.phone.as_ref().map(|n| n.grouped()).unwrap_or_else(|| tr!("profile-phone-not-given")) />
            <Row key=tr!("profile-row-call-times") value=or_else(p.call_times.as_str(), tr!("profile-no-preference")) />
        </dl>
        <h2 class="heading-m">{tr!("profile-support-heading")}</h2>
        <dl class="summary-list">
            <Row key=tr!("profile-row-formats") value=formats_text(p) />
            <Row key=tr!("profile-row-language") value=language />
            <Row key=tr!("profile-row-adjustments") value=or_else(p.adjustments.as_str(), tr!("profile-none-recorded")) />
        </dl>
    }
}

/// The residents this person acts for, at their invitation.
fn acting_for_section(residents: Vec<ActingForView>) -> impl IntoView {
    let rows = residents
        .into_iter()
        .map(|r| {
            let name = r.resident_name;
            let text = match r.until {
                None => tr!("profile-acting-for-open", { "name" => name }),
                Some(d) => tr!("profile-acting-for-until", { "name" => name, "day" => crate::i18n::day_words(&d) }),
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{tr!("profile-acting-for-heading")}</h2>
        <ul class="list-bullet">{rows}</ul>
    }
}

/// Who has asked to act for the resident, and whom they have invited, with a button for each
/// thing they can decide.
fn representatives_section(
    people: Vec<ConsentView>,
    invited: Vec<InvitationView>,
) -> impl IntoView {
    let invited_rows = invited
        .into_iter()
        .map(|i| {
            let status = match i.status.as_str() {
                "invited" => tr!("profile-status-invited"),
                "accepted" => tr!("profile-status-can-act"),
                _ => tr!("profile-status-withdrawn"),
            };
            let covers = match &i.until {
                None => tr!("profile-invited-covers-open"),
                Some(d) => tr!("profile-invited-covers-until", { "day" => crate::i18n::day_words(d) }),
            };
            let open = i.status != "withdrawn";
            view! {
                <li class="representative">
                    <p><strong>{i.name.clone()}</strong>" ("{relationship_text(&i.relationship)}"), "{i.email.clone()}</p>
                    <p>{format!("{status} {covers}")}</p>
                    {open.then(|| view! {
                        <ButtonForm action=WithdrawInvitation::url() hidden=vec![("invitation", i.id.to_string())] class="inline-form">
                            <button type="submit" class="button button-secondary">
                                {tr!("profile-withdraw-access")}<span class="visually-hidden">{format!(" {}", i.name)}</span>
                            </button>
                        </ButtonForm>
                    })}
                </li>
            }
        })
        .collect_view();
    let rows = people
        .into_iter()
        .map(|p| {
            let (status, choices): (String, Vec<(&str, String)>) = match p.status.as_str() {
                "unverified" => (
                    tr!("profile-status-asking"),
                    vec![("allow", tr!("profile-allow")), ("refuse", tr!("profile-do-not-allow"))],
                ),
                "verified" => (tr!("profile-status-can-act"), vec![("withdraw", tr!("profile-withdraw-access"))]),
                "refused" => (tr!("profile-status-refused"), vec![]),
                _ => (tr!("profile-status-withdrawn"), vec![]),
            };
            let scope = ConsentScope::ALL
                .iter()
                .find(|s| s.label() == p.scope)
                .map_or_else(
                    || p.scope.to_lowercase(),
                    |s| match s {
                        ConsentScope::ThisComplaint => tr!("profile-scope-this"),
                        ConsentScope::AllComplaints => tr!("profile-scope-all"),
                    },
                );
            let covers = tr!("profile-consent-covers", { "scope" => scope });
            let asked = tr!("profile-consent-asked-with", { "reference" => p.complaint_reference.clone() });
            let buttons = choices
                .into_iter()
                .map(|(decision, label)| {
                    let hidden = vec![("consent", p.id.to_string()), ("decision", decision.to_owned())];
                    let whom = format!(" {}", p.email);
                    view! {
                        <ButtonForm action=DecideRepresentative::url() hidden class="inline-form">
                            <button type="submit" class="button button-secondary">
                                {label}<span class="visually-hidden">{whom}</span>
                            </button>
                        </ButtonForm>
                    }
                })
                .collect_view();
            view! {
                <li class="representative">
                    <p><strong>{p.email.clone()}</strong>" ("{relationship_text(&p.relationship)}")"</p>
                    <p>{format!("{status} {covers} {asked}")}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{tr!("profile-representatives-heading")}</h2>
        <p>{tr!("profile-representatives-intro")}</p>
        <ul class="plain-list">{invited_rows}{rows}</ul>
        <p><a href="/account/representatives/invite">{tr!("profile-invite-title")}</a></p>
    }
}

/// The link back under every form of the account.
fn back_to_account() -> impl IntoView {
    view! { <p><a href="/account">{tr!("profile-back")}</a></p> }
}

#[component]
pub fn NamePage() -> impl IntoView {
    let form = Form::of::<ChangeName>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| view! {
            <FormPage form title=tr!("profile-name-title") heading=tr!("profile-name-heading") submit=tr!("profile-save") after=back_to_account>
                <TextInput name="name" label=tr!("profile-name-label") hint=tr!("profile-name-hint") autocomplete="name" initial=account.name.unwrap_or_default() error />
            </FormPage>
        }.into_any())}
    }
}

#[component]
pub fn PreferencesPage() -> impl IntoView {
    let form = Form::of::<SavePreferences>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| view! {
            <FormPage form title=tr!("profile-preferences-title") submit=tr!("profile-save") after=back_to_account>
                <PreferenceFields answers=account.preferences.answers() about="about complaints" error />
            </FormPage>
        }.into_any())}
    }
}

#[component]
pub fn ChangeEmailPage() -> impl IntoView {
    let form = Form::of::<ChangeEmail>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| {
            let email = account.email;
            view! {
                <FormPage form title=tr!("profile-email-title") submit=tr!("profile-email-submit") after=back_to_account
                    intro=move || view! {
                        <p>{tr!("profile-email-now-before")} " " <strong>{email.clone()}</strong> {tr!("profile-email-now-after")}</p>
                        <p>{tr!("profile-email-intro")}</p>
                    }>
                    <TextInput name="email" label=tr!("profile-email-new-label") input_type="email" autocomplete="email" error />
                    <TextInput name="password" label=tr!("profile-password-label") hint=tr!("profile-password-hint") input_type="password" autocomplete="current-password" error />
                </FormPage>
            }
            .into_any()
        })}
    }
}

#[component]
pub fn ChangeEmailCheckPage() -> impl IntoView {
    view! {
        <InfoPage title=tr!("profile-check-title") lead=tr!("profile-check-lead")>
            <p>{tr!("profile-check-body")}</p>
            {back_to_account()}
        </InfoPage>
    }
}

#[component]
pub fn ConfirmEmailChangePage() -> impl IntoView {
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form={Form::of::<ConfirmEmailChange>()} title=tr!("profile-confirm-title") submit=tr!("profile-confirm-submit")
            hidden=vec![("token", token)]
            intro=|| view! { <p>{tr!("profile-confirm-intro")}</p> } />
    }
}

#[component]
pub fn ChangeHomePage() -> impl IntoView {
    let form = Form::of::<RequestHome>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| {
            if account.representative {
                return view! {
                    <InfoPage title=tr!("profile-home-title")>
                        <p>{tr!("profile-home-representative")}</p>
                        {back_to_account()}
                    </InfoPage>
                }
                .into_any();
            }
            let address = account.address;
            let (title, heading, field) = if address.is_some() {
                (tr!("profile-change-home-title"), tr!("profile-change-home-heading"), tr!("profile-postcode-new"))
            } else {
                (tr!("profile-link-home"), tr!("profile-link-home"), tr!("profile-postcode"))
            };
            view! {
                <FormPage form title heading submit=tr!("profile-continue") after=back_to_account
                    intro=move || view! {
                        {address.clone().map(|address| view! { <p>{tr!("profile-home-now-before")} " " <strong>{address}</strong> {tr!("profile-home-now-after")}</p> })}
                        <p>{tr!("profile-home-enter")}</p>
                        <p>{tr!("profile-home-lead-tenant")}</p>
                    }>
                    <TextInput name="rent_reference" label=tr!("profile-rent-reference") hint=tr!("profile-rent-reference-hint") class="width-10" error />
                    <TextInput name="postcode" label=field class="width-10" autocomplete="postal-code" error />
                    <HomeProof error />
                </FormPage>
            }
            .into_any()
        })}
    }
}

/// The page to enter the activation code posted to the home (after GOV.UK's one-time code
/// pattern): a numeric keyboard, a way to ask for a new code, and a way on without post.
#[component]
pub fn ActivatePage() -> impl IntoView {
    let form = Form::of::<Activate>();
    let error = form.refusal;
    let again = crate::components::form::Refusal::of::<NewActivationCode>();
    let asked = query("asked").is_some();
    let sent = query("sent").is_some();
    view! {
        {signed_in(current_account(), move |account| {
            let Some(pending) = account.pending_home.clone() else {
                let linked = account.rent_reference.is_some();
                return view! {
                    <InfoPage title=tr!("profile-activation-code")>
                        {if linked {
                            view! { <p>{tr!("profile-activation-linked")}</p> }.into_any()
                        } else {
                            view! { <p>{tr!("profile-activation-not-waiting")} " " <a href="/account/home">{tr!("profile-link-home")}</a></p> }.into_any()
                        }}
                        {back_to_account()}
                    </InfoPage>
                }
                .into_any();
            };
            let banner = if sent {
                Some(tr!("profile-activation-sent-again"))
            } else if asked {
                Some(tr!("profile-activation-asked"))
            } else {
                None
            };
            let PendingHomeView { rent_reference, postcode, code_sent_on, may_ask_again, code_spent, .. } = pending;
            let posted = code_sent_on.map_or_else(
                || tr!("profile-activation-not-posted"),
                |d| tr!("profile-activation-posted", { "day" => crate::i18n::day_words(&d) }),
            );
            let matching = tr!("profile-activation-match", { "reference" => rent_reference, "postcode" => postcode });
            let call = tr!("profile-activation-call", {
                "phone" => domain::contact::LANDLORD.phone,
                "hours" => tr!("layout-landlord-hours"),
            });
            view! {
                {banner.as_deref().map(notice)}
                <FormPage form title=tr!("profile-enter-code") submit=tr!("profile-activation-submit")
                    intro=move || view! {
                        <p>{matching.clone()}</p>
                        <p>{posted.clone()}</p>
                        {code_spent.then(|| view! { <p><strong>{tr!("profile-activation-spent")}</strong></p> })}
                    }
                    after=move || view! {
                        <h2 class="heading-m">{tr!("profile-activation-not-received")}</h2>
                        <crate::components::form::ErrorSummary refusal=again />
                        {if may_ask_again {
                            view! {
                                <ButtonForm action=NewActivationCode::url()>
                                    <button type="submit" class="button button-secondary">{tr!("profile-activation-post-new")}</button>
                                </ButtonForm>
                            }.into_any()
                        } else {
                            view! { <p>{tr!("profile-activation-codes-max", { "count" => domain::linking::CODES_PER_REQUEST })}</p> }.into_any()
                        }}
                        <p>{tr!("profile-activation-wrong-before")} " " <a href="/account/home">{tr!("profile-activation-wrong-link")}</a> {tr!("profile-activation-wrong-after")}</p>
                        <h2 class="heading-m">{tr!("profile-activation-no-post-heading")}</h2>
                        <p>{tr!("profile-activation-someone-linked")}</p>
                        <p>{call.clone()}</p>
                        {back_to_account()}
                    }>
                    <TextInput name="code" label=tr!("profile-activation-code") hint=tr!("profile-activation-hint") class="width-10"
                        autocomplete="one-time-code" inputmode="numeric" error />
                </FormPage>
            }
            .into_any()
        })}
    }
}

#[component]
pub fn InvitePage() -> impl IntoView {
    let form = Form::of::<InviteRepresentative>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| {
            if account.rent_reference.is_none() {
                return view! {
                    <InfoPage title=tr!("profile-invite-title")>
                        <p>{tr!("profile-invite-no-tenancy")} " "
                           <a href="/account">{tr!("profile-back")}</a></p>
                    </InfoPage>
                }
                .into_any();
            }
            let options = Relationship::ALL.iter().map(|x| (x.code(), relationship_label(*x))).collect();
            view! {
                <FormPage form title=tr!("profile-invite-title") submit=tr!("profile-invite-submit") after=back_to_account
                    intro=|| view! { <p>{tr!("profile-invite-intro")}</p> }>
                    <TextInput name="rep_name" label=tr!("profile-invite-name") autocomplete="off" error />
                    <TextInput name="rep_email" label=tr!("profile-invite-email") input_type="email" autocomplete="off"
                        hint=tr!("profile-invite-email-hint") error />
                    <Radios name="relationship" legend=tr!("profile-invite-relationship") options error />
                    <TextInput name="relationship_other" label=tr!("profile-invite-relationship-other") error />
                    <DateInput names=["expiry_day", "expiry_month", "expiry_year"] legend=tr!("profile-invite-expiry")
                        hint=tr!("profile-invite-expiry-hint")
                        initial=Default::default() error />
                </FormPage>
            }
            .into_any()
        })}
    }
}

/// The page an invitation link opens: who is asking, and a button to accept once signed in
/// with the address it went to.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let form = Form::of::<AcceptInvitation>();
    let token = query("token").unwrap_or_default();
    let load = crate::api::consents::invitation_page(token.clone());
    view! {
        <Suspense>
            {Suspend::new(async move {
                match load.await {
                    Ok(InvitationPageView { offer: Some(offer), signed_in_as }) => {
                        let here = format!("/invitation%3Ftoken%3D{token}");
                        let intro = match &offer.until {
                            None => tr!("profile-offer-intro-open", { "name" => offer.name.clone() }),
                            Some(d) => tr!("profile-offer-intro-until", { "name" => offer.name.clone(), "day" => crate::i18n::day_words(d) }),
                        };
                        let heading = tr!("profile-offer-heading", { "resident" => offer.resident_name.clone() });
                        let title = tr!("profile-offer-title");
                        let intro = move || view! { <p>{intro.clone()}</p> <p>{tr!("profile-offer-withdraw")}</p> };
                        match signed_in_as {
                            Some(email) if email.eq_ignore_ascii_case(&offer.email) => view! {
                                <FormPage form title heading submit=tr!("profile-accept")
                                    hidden=vec![("token", token)] intro />
                            }.into_any(),
                            Some(email) => view! {
                                <InfoPage title heading>
                                    {intro()}
                                    <p>{tr!("profile-offer-wrong-account", { "email" => email, "invited" => offer.email.clone() })}</p>
                                </InfoPage>
                            }.into_any(),
                            None => view! {
                                <InfoPage title heading>
                                    {intro()}
                                    <p><a class="button" href=format!("/sign-in?return={here}")>{tr!("profile-offer-sign-in")}</a></p>
                                    <p>{tr!("profile-offer-new")} " " <a href="/register/representative">{tr!("profile-offer-register", { "email" => offer.email.clone() })}</a>
                                       {tr!("profile-offer-register-after")}</p>
                                </InfoPage>
                            }.into_any(),
                        }
                    }
                    Ok(_) => view! {
                        <InfoPage title=tr!("profile-offer-unusable-title")>
                            <p>{tr!("profile-offer-unusable", { "days" => domain::representation::INVITATION_DAYS })}</p>
                        </InfoPage>
                    }.into_any(),
                    Err(error) => problem(error).into_any(),
                }
            })}
        </Suspense>
    }
}
