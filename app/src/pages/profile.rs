//! The signed-in resident's account page, and the forms that change what it shows.

use domain::preferences::{ContactMethod, Preferences};
use domain::representation::Relationship;
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
use crate::components::preferences::PreferenceFields;
use crate::islands::checks::SignOutButton;
use crate::islands::live::LiveUpdates;
use crate::pages::accounts::{HomeProof, InfoPage};
use crate::pages::complaints::your_complaints;

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

/// What the account page says after a change sent the browser back to it.
fn saved_notice(saved: Option<String>) -> Option<&'static str> {
    match saved.as_deref() {
        Some("name") => Some("Your name has been saved."),
        Some("email") => Some("Your email address has been changed. Use it to sign in from now on."),
        Some("home") => Some("Your account is now linked to your home."),
        Some("linked") => Some("Your activation code is right: your account is now linked to your home."),
        Some("approved") => Some("You approved the request: they are now linked to your home, and we have told them."),
        Some("declined") => Some("You declined the request: they are not linked to your home, and we have told them."),
        Some("representatives") => Some("Your choice about who can act for you has been saved."),
        Some("invited") => Some("Your invitation has been sent. They need to open the link in it and sign in, or register, with that email address."),
        Some("accepted") => Some("You can now act for this resident."),
        Some("preferences") => Some("Your contact preferences and support needs have been saved."),
        _ => None,
    }
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
        <leptos_meta::Title text="Your account" />
        {signed_in(load, move |(account, complaints)| {
            view! {
                <LiveUpdates after=complaints.seen only=None />
                {saved.map(notice)}
                <h1 class="heading-xl">"Your account"</h1>
                <p><a href="/complaint/new" class="button">"Make a complaint, report a safety concern or give a compliment"</a></p>
                <div data-live-content="">{your_complaints(complaints)}</div>
                <p><a href="/account/letters">"Letters we have sent you"</a></p>
                {home_status(&account)}
                {(!account.join_requests.is_empty()).then(|| join_requests_section(account.join_requests.clone()))}
                {account_details(&account)}
                {account.rent_reference.is_some().then(|| representatives_section(account.representatives.clone(), account.invitations.clone()))}
                {(!account.acting_for.is_empty()).then(|| acting_for_section(account.acting_for.clone()))}
                <ButtonForm action=SignOut::url()>
                    <SignOutButton label=leptos_fluent::tr!("layout-sign-out") />
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
                "We are checking your new home"
            } else {
                "Your account is not linked to your home yet"
            },
            view! {
                <p>{format!(
                    "You asked on {} to link your account to the home with rent reference {} and postcode {}. If they match our records, we post an activation code there, addressed to the lead tenant.",
                    pending.asked_on, pending.rent_reference, pending.postcode
                )}</p>
                <p>"Until it is linked you can still make a complaint about your home; we will not show you the home's other complaints, letters or representatives."</p>
                <p><a href="/account/activate">"Enter your activation code"</a></p>
            }
            .into_any(),
        ),
        (None, None) => (
            "Your account is not linked to your home",
            view! {
                <p>"Link it to see the complaints made about your home and the letters we send about them, and to choose who can act for you."</p>
                <p><a href="/account/home">"Link your account to your home"</a></p>
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
            let buttons = [("approve", "Approve"), ("decline", "Decline")]
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
                    <p>{format!("Asked on {} to be linked to your home.", r.asked_on)}</p>
                    {buttons}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">"People asking to join your home"</h2>
        <p>"Approve only someone you know who lives with you, such as a joint tenant: they will see the complaints made about your home, the letters we send about them, and who acts for you."</p>
        <ul class="plain-list">{rows}</ul>
    }
}

/// Name, email, home; how we contact them; the support they need.
fn account_details(account: &AccountSummary) -> impl IntoView {
    let p = &account.preferences;
    let contact = match (p.contact_method, &account.address) {
        (ContactMethod::Letter, Some(address)) => format!("Letter by post to {address}"),
        (method, _) => method.label().to_owned(),
    };
    let language = if p.language.is_empty() {
        "English".to_owned()
    } else if p.interpreter {
        format!(
            "{}, with an interpreter for calls and meetings",
            p.language.as_str()
        )
    } else {
        p.language.as_str().to_owned()
    };
    view! {
        <h2 class="heading-m">"Your details"</h2>
        <dl class="summary-list">
            <Row key="Name" value=account.name.clone().unwrap_or_else(|| "Not given yet".into()) change="/account/name" />
            <Row key="Email address" value=account.email.clone() change="/account/email" />
            {account.rent_reference.clone().map(|reference| view! {
                <Row key="Home" value=account.address.clone().unwrap_or_default() change="/account/home" />
                <Row key="Rent reference" value=reference />
            })}
        </dl>
        {(account.rent_reference.is_none() && account.representative).then(|| view! {
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
            <Row key="Format of letters" value=formats_text(p) />
            <Row key="Language" value=language />
            <Row key="Adjustments" value=or_else(p.adjustments.as_str(), "None recorded") />
        </dl>
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
            let open = i.status != "withdrawn";
            view! {
                <li class="representative">
                    <p><strong>{i.name.clone()}</strong>" ("{i.relationship.clone()}"), "{i.email.clone()}</p>
                    <p>{format!("{status}. Covers: all your complaints, {until}.")}</p>
                    {open.then(|| view! {
                        <ButtonForm action=WithdrawInvitation::url() hidden=vec![("invitation", i.id.to_string())] class="inline-form">
                            <button type="submit" class="button button-secondary">
                                "Withdraw access"<span class="visually-hidden">{format!(" {}", i.name)}</span>
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
            let (status, choices): (&str, &[(&str, &str)]) = match p.status.as_str() {
                "unverified" => ("Asking to act for you", &[("allow", "Allow"), ("refuse", "Do not allow")]),
                "verified" => ("Can act for you", &[("withdraw", "Withdraw access")]),
                "refused" => ("You did not allow this", &[]),
                _ => ("Access withdrawn", &[]),
            };
            let buttons = choices
                .iter()
                .map(|(decision, label)| {
                    let hidden = vec![("consent", p.id.to_string()), ("decision", (*decision).to_owned())];
                    let whom = format!(" {}", p.email);
                    view! {
                        <ButtonForm action=DecideRepresentative::url() hidden class="inline-form">
                            <button type="submit" class="button button-secondary">
                                {*label}<span class="visually-hidden">{whom}</span>
                            </button>
                        </ButtonForm>
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

/// The link back under every form of the account.
fn back_to_account() -> impl IntoView {
    view! { <p><a href="/account">"Back to your account"</a></p> }
}

#[component]
pub fn NamePage() -> impl IntoView {
    let form = Form::of::<ChangeName>();
    let error = form.refusal;
    view! {
        {signed_in(current_account(), move |account| view! {
            <FormPage form title="Your name" heading="What name should we use?" submit="Save" after=back_to_account>
                <TextInput name="name" label="Your full name" hint="We will use this name on letters and when we call you." autocomplete="name" initial=account.name.unwrap_or_default() error />
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
            <FormPage form title="How we contact you and the support you need" submit="Save" after=back_to_account>
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
                <FormPage form title="Change your email address" submit="Send the link" after=back_to_account
                    intro=move || view! {
                        <p>"Your email address is now " <strong>{email.clone()}</strong> "."</p>
                        <p>"We will send a link to the new address. Your address changes when you open it; until then we keep using the old one."</p>
                    }>
                    <TextInput name="email" label="New email address" input_type="email" autocomplete="email" error />
                    <TextInput name="password" label="Your password" hint="So we know it is you." input_type="password" autocomplete="current-password" error />
                </FormPage>
            }
            .into_any()
        })}
    }
}

#[component]
pub fn ChangeEmailCheckPage() -> impl IntoView {
    view! {
        <InfoPage title="Check your email" lead="We have sent a message to the new email address.">
            <p>"Open the link in it to start using that address. The link works once, for 24 hours. If nothing arrives within a few minutes, check your spam or junk folder."</p>
            {back_to_account()}
        </InfoPage>
    }
}

#[component]
pub fn ConfirmEmailChangePage() -> impl IntoView {
    let token = query("token").unwrap_or_default();
    view! {
        <FormPage form={Form::of::<ConfirmEmailChange>()} title="Confirm your new email address" submit="Use my new email address"
            hidden=vec![("token", token)]
            intro=|| view! { <p>"Press the button to use this email address for your Calico Account."</p> } />
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
                    <InfoPage title="Your home">
                        <p>"This account acts for residents, so it is not linked to a home. To complain about your own home, register a separate account with your rent reference."</p>
                        {back_to_account()}
                    </InfoPage>
                }
                .into_any();
            }
            let address = account.address;
            let (title, heading, field) = if address.is_some() {
                ("Change your home", "Have you moved to another Calico home?", "Postcode of your new home")
            } else {
                ("Link your account to your home", "Link your account to your home", "Postcode of your home")
            };
            view! {
                <FormPage form title heading submit="Continue" after=back_to_account
                    intro=move || view! {
                        {address.clone().map(|address| view! { <p>"Your account is now for " <strong>{address}</strong> "."</p> })}
                        <p>"Enter the rent reference and postcode of your home. Your rent reference is on your rent statement and your tenancy agreement."</p>
                        <p>"If you are the lead tenant and your date of birth, and your phone number or email address, match our records, your account is linked at once. Otherwise we post an activation code to the home."</p>
                    }>
                    <TextInput name="rent_reference" label="Rent reference" hint="For example, 10012345" class="width-10" error />
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
                    <InfoPage title="Activation code">
                        {if linked {
                            view! { <p>"Your account is linked to your home. There is no code to enter."</p> }.into_any()
                        } else {
                            view! { <p>"Your account is not waiting for a code. " <a href="/account/home">"Link your account to your home"</a></p> }.into_any()
                        }}
                        {back_to_account()}
                    </InfoPage>
                }
                .into_any();
            };
            let banner = if sent {
                Some("We have asked for a new code to be posted. The codes sent before no longer work.")
            } else if asked {
                Some("We have your request. If the home matches our records, we post an activation code to it.")
            } else {
                None
            };
            let PendingHomeView { rent_reference, postcode, code_sent_on, may_ask_again, code_spent, .. } = pending;
            let posted = code_sent_on.map_or_else(
                || "We have not posted a code yet: ask for one below.".to_owned(),
                |day| format!("We sent a code for posting on {day}. Letters usually arrive within 5 working days."),
            );
            view! {
                {banner.map(notice)}
                <FormPage form title="Enter your activation code" submit="Link my account"
                    intro=move || view! {
                        <p>{format!("If the rent reference {rent_reference} and postcode {postcode} match our records, we post the code to that home, addressed to the lead tenant.")}</p>
                        <p>{posted.clone()}</p>
                        {code_spent.then(|| view! { <p><strong>"The last code was tried too many times. Ask for a new one below."</strong></p> })}
                    }
                    after=move || view! {
                        <h2 class="heading-m">"Not received a code?"</h2>
                        <crate::components::form::ErrorSummary refusal=again />
                        {if may_ask_again {
                            view! {
                                <ButtonForm action=NewActivationCode::url()>
                                    <button type="submit" class="button button-secondary">"Post me a new code"</button>
                                </ButtonForm>
                            }.into_any()
                        } else {
                            view! { <p>{format!("We have posted {} codes for this request, the most we send.", domain::linking::CODES_PER_REQUEST)}</p> }.into_any()
                        }}
                        <p>"If the rent reference or postcode above is wrong, " <a href="/account/home">"give them again"</a> "."</p>
                        <h2 class="heading-m">"If you cannot get post at this home"</h2>
                        <p>"If someone already linked to the home, such as the lead tenant, has an account, they can approve your request from their account: we have emailed them."</p>
                        <p>{format!("Or call us on {} ({}) and we will check who you are another way.", domain::contact::LANDLORD.phone, domain::contact::LANDLORD.opening_hours)}</p>
                        {back_to_account()}
                    }>
                    <TextInput name="code" label="Activation code" hint="8 numbers, from the letter. For example, 1234 5678" class="width-10"
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
                    <InfoPage title="Invite someone to act for you">
                        <p>"Your account is not linked to a tenancy, so there is nobody to act for. "
                           <a href="/account">"Back to your account"</a></p>
                    </InfoPage>
                }
                .into_any();
            }
            let options = Relationship::ALL.iter().map(|x| (x.code(), x.label())).collect();
            view! {
                <FormPage form title="Invite someone to act for you" submit="Send the invitation" after=back_to_account
                    intro=|| view! { <p>"They will be able to make complaints for you and follow all your complaints, including what we send you about them. We will email them a link to accept. You can withdraw it at any time from your account."</p> }>
                    <TextInput name="rep_name" label="Their full name" autocomplete="off" error />
                    <TextInput name="rep_email" label="Their email address" input_type="email" autocomplete="off"
                        hint="They will need to sign in, or register, with this address to accept." error />
                    <Radios name="relationship" legend="How are they connected to you?" options error />
                    <TextInput name="relationship_other" label="If other, how are they connected to you?" error />
                    <DateInput names=["expiry_day", "expiry_month", "expiry_year"] legend="When should it end? (optional)"
                        hint="Leave this empty if it lasts until you withdraw it. For example, 31 12 2027."
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
                        let until = offer.until.clone().map_or_else(|| "until they withdraw it".to_owned(), |d| format!("until {d}"));
                        let here = format!("/invitation%3Ftoken%3D{token}");
                        let intro = format!("Dear {}, you would be able to make complaints for them to Calico Homes and follow all their complaints, {until}.", offer.name);
                        let heading = format!("{} has asked you to act for them", offer.resident_name);
                        let intro = move || view! { <p>{intro.clone()}</p> <p>"They can withdraw this at any time."</p> };
                        match signed_in_as {
                            Some(email) if email.eq_ignore_ascii_case(&offer.email) => view! {
                                <FormPage form title="An invitation to act for a resident" heading submit="Accept"
                                    hidden=vec![("token", token)] intro />
                            }.into_any(),
                            Some(email) => view! {
                                <InfoPage title="An invitation to act for a resident" heading>
                                    {intro()}
                                    <p>{format!("You are signed in as {email}, but the invitation was sent to {}. Sign out, then sign in with that address.", offer.email)}</p>
                                </InfoPage>
                            }.into_any(),
                            None => view! {
                                <InfoPage title="An invitation to act for a resident" heading>
                                    {intro()}
                                    <p><a class="button" href=format!("/sign-in?return={here}")>"Sign in to accept"</a></p>
                                    <p>"New to Calico Account? "<a href="/register/representative">"Register with "{offer.email.clone()}</a>
                                       ", confirm your address, then open the link in the invitation email again."</p>
                                </InfoPage>
                            }.into_any(),
                        }
                    }
                    Ok(_) => view! {
                        <InfoPage title="This invitation cannot be used">
                            <p>{format!("It has been accepted or withdrawn already, or it is more than {} days old. Ask the resident to invite you again from their account.", domain::representation::INVITATION_DAYS)}</p>
                        </InfoPage>
                    }.into_any(),
                    Err(error) => problem(error).into_any(),
                }
            })}
        </Suspense>
    }
}
