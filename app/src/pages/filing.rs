//! Making a complaint, reporting a safety concern or giving a compliment: one question or a
//! small group per page, "Check your answers", then a confirmation with the reference.

use domain::calendar::long_date;
use domain::contact::LANDLORD;
use domain::filing::{
    Answer, Draft, Purpose, Step, LATE_REASON_MAX, OUTCOME_MAX, REPORTED_MAX, STORY_MAX,
};
use domain::preferences::PreferenceAnswers;
use domain::representation::{ConsentMethod, ConsentScope, ForWhom, Relationship};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use super::{notice, param, query, signed_in};
use crate::api::filing::{
    load_draft, receipt, ChoosePurpose, DraftView, FinishAttachments, RemoveAttachment,
    SaveAboutYou, SaveComplaint, SaveCompliment, SaveConcern, SaveConsent, SaveForWhom, SaveLate,
    SaveResident, SaveSupport, SendDraft,
};
use crate::components::form::{
    ButtonForm, Checks, DateInput, ErrorSummary, Form, FormPage, JourneyCheck, Radios, Refusal,
    TextArea, TextInput,
};
use crate::components::layout::{ContactDetails, EmergencyWarning, PrintCopy};
use crate::components::preferences::PreferenceFields;
use crate::islands::upload::UploadProgress;

/// Renders `page` with the signed-in person's draft; anyone else is sent to sign in.
fn journey_page(page: impl FnOnce(DraftView) -> AnyView + Send + 'static) -> impl IntoView {
    signed_in(load_draft(), page)
}

/// The browser's checks of journey page `step`, which also keep what is typed on the device.
fn checked(step: Step, state: &DraftView) -> Checks {
    Checks::Journey(JourneyCheck {
        step,
        without_tenancy: state.draft.without_tenancy,
        today: state.today,
        key: state.key.clone(),
    })
}

/// "Back to check your answers", once every page has been answered.
fn back_to_check(state: &DraftView) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    let complete = state.draft.resume(state.today) == Step::Check;
    move || {
        complete.then(|| {
            view! { <p><a href=Step::Check.path()>"Back to check your answers"</a></p> }.into_any()
        })
    }
}

#[component]
pub fn PurposePage() -> impl IntoView {
    let form = Form::of::<ChoosePurpose>();
    let error = form.refusal;
    journey_page(move |state| {
        let options = Purpose::ALL.iter().map(|p| (p.code(), p.label())).collect();
        let hints = Purpose::ALL.iter().map(|p| p.hint()).collect();
        view! {
            <FormPage form title="What would you like to do?" submit="Continue"
                checks=checked(Step::Purpose, &state) after=back_to_check(&state) before=EmergencyWarning>
                <Radios name="purpose" legend="Choose one" options hints initial=state.draft.purpose.clone() error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn RepairPage() -> impl IntoView {
    view! {
        <Title text="Get something repaired" />
        <div class="column-two-thirds">
            <h1 class="heading-xl">"Get something repaired"</h1>
            <p class="lead">"Report the repair to our repairs team, so we can get it sorted for you."</p>
            <p>
                "Call us on " <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
                " (" {LANDLORD.opening_hours} "), or email "
                <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a> "."
            </p>
            <EmergencyWarning />
            <h2 class="heading-m">"Already reported it?"</h2>
            <p>
                "If you reported a repair and you are unhappy with how we have handled it, that is a complaint, "
                "even if the repair is still open."
            </p>
            <ButtonForm action=ChoosePurpose::url() hidden=vec![("purpose", "complaint".to_owned())]>
                <button type="submit" class="button button-secondary">"Make a complaint about how a repair was handled"</button>
            </ButtonForm>
            <p><a href=Step::Purpose.path()>"Choose something else"</a></p>
        </div>
    }
}

#[component]
pub fn ForWhomPage() -> impl IntoView {
    let form = Form::of::<SaveForWhom>();
    let error = form.refusal;
    journey_page(move |state| {
        let options = ForWhom::ALL.iter().map(|w| (w.code(), w.label())).collect();
        view! {
            <FormPage form title="Who is this for?" submit="Continue"
                checks=checked(Step::ForWhom, &state) after=back_to_check(&state)>
                <Radios name="for_whom" legend="Choose one"
                    hint="Choose someone else if you are acting for a Calico Homes resident, for example as their relative, advocate, councillor or MP."
                    options initial=state.draft.for_whom.clone() error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn AboutYouPage() -> impl IntoView {
    let form = Form::of::<SaveAboutYou>();
    let error = form.refusal;
    journey_page(move |state| {
        let r = state.draft.representative.clone();
        let options = Relationship::ALL
            .iter()
            .map(|x| (x.code(), x.label()))
            .collect();
        view! {
            <FormPage form title="About you" submit="Continue"
                checks=checked(Step::AboutYou, &state) after=back_to_check(&state)>
                <Radios name="relationship" legend="How do you know the person you are acting for?"
                    options initial=r.relationship error />
                <TextInput name="relationship_other" label="If other, how do you know them?" initial=r.relationship_other error />
                <TextInput name="rep_phone" label="Your phone number (optional)" hint="So we can call you about it if we need to." input_type="tel" autocomplete="tel" class="width-20"
                    initial=r.rep_phone error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn ResidentPage() -> impl IntoView {
    let form = Form::of::<SaveResident>();
    let error = form.refusal;
    journey_page(move |state| {
        let r = state.draft.representative.clone();
        view! {
            <FormPage form title="Who are you acting for?" submit="Continue"
                checks=checked(Step::Resident, &state) after=back_to_check(&state)>
                <TextInput name="resident_name" label="Their full name" initial=r.resident_name error />
                <TextArea name="resident_address" label="Their address" rows=3
                    hint="You can leave this out if you know their rent reference."
                    initial=r.resident_address error />
                <TextInput name="resident_reference" label="Their rent reference (optional)" hint="It is on their rent statement and tenancy agreement, for example 10012345." class="width-10"
                    initial=r.resident_reference error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn ConsentPage() -> impl IntoView {
    let form = Form::of::<SaveConsent>();
    let error = form.refusal;
    journey_page(move |state| {
        let r = state.draft.representative.clone();
        let methods = ConsentMethod::ALL
            .iter()
            .map(|x| (x.code(), x.label()))
            .collect();
        let scopes = ConsentScope::ALL
            .iter()
            .map(|x| (x.code(), x.label()))
            .collect();
        view! {
            <FormPage form title="Their consent" submit="Continue"
                checks=checked(Step::Consent, &state) after=back_to_check(&state)
                intro=|| view! {
                    <p>
                        "We need the resident's agreement before we share anything about them or their complaint with you. "
                        "We will act on the complaint in the meantime and contact them directly."
                    </p>
                }>
                <Radios name="consent_method" legend="How have they given their consent?"
                    hint=format!("For consent in writing, send the signed letter or form to {} or by post to us, quoting the reference we give you.", LANDLORD.email)
                    options=methods initial=r.consent_method error />
                <DateInput names=["consent_day", "consent_month", "consent_year"] legend="If they told us themselves, on what date?"
                    hint="For example, 20 11 2026."
                    initial=[r.consent_day, r.consent_month, r.consent_year] error />
                <TextInput name="consent_to" label="If they told us themselves, who did they tell?" hint="The name or team at Calico Homes, if you know it."
                    initial=r.consent_to error />
                <Radios name="consent_scope" legend="What does their consent cover?"
                    options=scopes initial=r.consent_scope error />
                <DateInput names=["expiry_day", "expiry_month", "expiry_year"] legend="When does it end? (optional)"
                    hint="Leave this empty if it lasts until they withdraw it."
                    initial=[r.expiry_day, r.expiry_month, r.expiry_year] error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn ComplaintPage() -> impl IntoView {
    let form = Form::of::<SaveComplaint>();
    let error = form.refusal;
    journey_page(move |state| {
        let d = state.draft.clone();
        view! {
            <FormPage form title="Tell us about your complaint" submit="Continue"
                checks=checked(Step::Complaint, &state) after=back_to_check(&state)
                intro=|| view! { <p>"Use your own words. You do not need to use the word \"complaint\"."</p> }>
                <TextArea name="what_happened" label="What happened?" rows=8
                    hint=format!("Tell us what went wrong, or what we have not done. Up to {STORY_MAX} characters.")
                    initial=d.what_happened error />
                <DateInput names=["incident_day", "incident_month", "incident_year"] legend="When did it happen?"
                    hint="If it is still happening, tell us when it started. If you are not sure of the day, enter 1. For example, 27 3 2026."
                    initial=[d.incident_day, d.incident_month, d.incident_year] error />
                <TextArea name="already_reported" label="Have you already told us about this? (optional)" rows=3
                    hint=format!("Tell us what you reported and when, with any reference number you were given. Up to {REPORTED_MAX} characters.")
                    initial=d.already_reported error />
                <TextArea name="outcome" label="What would you like us to do to put things right?" rows=4
                    hint=format!("For example, finish a repair, an apology, or a change to how we do things. Up to {OUTCOME_MAX} characters.")
                    initial=d.outcome error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn LatePage() -> impl IntoView {
    let form = Form::of::<SaveLate>();
    let error = form.refusal;
    journey_page(move |state| {
        let months = state.draft.months_late(state.today).unwrap_or(13);
        view! {
            <FormPage form title="This happened more than 12 months ago" submit="Continue"
                checks=checked(Step::Late, &state) after=back_to_check(&state)
                intro=move || view! {
                    <p>{format!("You told us it happened {months} months ago.")}</p>
                    <p>
                        "We usually look at complaints about things that happened in the last 12 months. "
                        "Our Complaints Officer can still look into it if there is a reason you could not tell us sooner. "
                        "We will not turn your complaint away without telling you why and what you can do next."
                    </p>
                }>
                <TextArea name="late_reason" label="Why did you not tell us sooner?" rows=4
                    hint=format!("For example, you were unwell or away, or you were waiting for us to finish a repair. Up to {LATE_REASON_MAX} characters.")
                    initial=state.draft.late_reason.clone() error />
            </FormPage>
        }
        .into_any()
    })
}

fn answers_offered() -> Vec<(&'static str, &'static str)> {
    Answer::ALL.iter().map(|a| (a.code(), a.label())).collect()
}

/// What the attachments page was sent back with: the upload's refusal (`?error=code`), or
/// that a file was added or removed.
fn upload_refusal() -> Refusal {
    use domain::attachments::AttachmentError;
    let Some(code) = query("error") else {
        return Refusal::default();
    };
    let message = AttachmentError::from_code(&code).map_or_else(
        || "Something went wrong on our side and the file was not kept. Please try again in a few minutes.".to_owned(),
        |e| e.to_string(),
    );
    Refusal::from_error(crate::api::AppError::Invalid {
        answers: vec![],
        errors: vec![domain::forms::FieldError {
            field: domain::forms::Field::File,
            message,
        }],
    })
}

#[component]
pub fn AttachmentsPage() -> impl IntoView {
    use domain::attachments::MAX_FILES;
    // An upload is a plain form post to the server, which sends the browser back here with
    // what happened in the address.
    let refusal = upload_refusal();
    let said = if query("added").is_some() {
        Some("Your file has been added.")
    } else if query("removed").is_some() {
        Some("The file has been removed.")
    } else {
        None
    };
    let message = refusal.message("file");
    let title = crate::components::form::title_text("Photos or documents", &refusal);
    journey_page(move |state| {
        let back = back_to_check(&state);
        let files = state
            .attachments
            .iter()
            .map(|a| {
                let name = a.name.clone();
                view! {
                    <li class="representative">
                        <p><a href=format!("/attachments/{}", a.id) rel="external">{a.name.clone()}</a>" ("{a.size.clone()}")"</p>
                        <ButtonForm action=RemoveAttachment::url() hidden=vec![("id", a.id.to_string())]>
                            <button type="submit" class="button button-secondary">"Remove"<span class="visually-hidden">{format!(" {name}")}</span></button>
                        </ButtonForm>
                    </li>
                }
            })
            .collect_view();
        let count = state.attachments.len();
        let described = if message.is_some() {
            "file-hint file-error"
        } else {
            "file-hint"
        };
        view! {
            <Title text=title />
            <div class="column-two-thirds">
                <ErrorSummary refusal />
                {said.map(notice)}
                <h1 class="heading-xl">"Photos or documents (optional)"</h1>
                <p>"You can add photos of the problem, or letters and documents about it. This is optional."</p>
                {(count > 0).then(|| view! {
                    <h2 class="heading-m">{format!("Files added ({count} of {MAX_FILES})")}</h2>
                    <ul class="plain-list">{files}</ul>
                })}
                <UploadProgress>
                    <form method="post" action=Step::Attachments.path() enctype="multipart/form-data">
                        <div class=if message.is_some() { "form-group form-group-error" } else { "form-group" }>
                            <label class="label" for="file">"Upload a file"</label>
                            <div id="file-hint" class="hint">"A photo (JPG, PNG, GIF, WebP or HEIC) or a PDF, up to 10 MB. You can add up to 5 files."</div>
                            {message.clone().map(|m| view! {
                                <p id="file-error" class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p>
                            })}
                            <input class="file-upload" id="file" name="file" type="file"
                                accept="image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf"
                                aria-describedby=described />
                        </div>
                        <button type="submit" class="button button-secondary">"Upload file"</button>
                    </form>
                </UploadProgress>
                <ButtonForm action=FinishAttachments::url()>
                    <button type="submit" class="button">"Continue"</button>
                </ButtonForm>
                {back()}
            </div>
        }
        .into_any()
    })
}

#[component]
pub fn ConcernPage() -> impl IntoView {
    let form = Form::of::<SaveConcern>();
    let error = form.refusal;
    journey_page(move |state| {
        let d = state.draft.clone();
        view! {
            <FormPage form title="Report a safety concern" submit="Continue"
                checks=checked(Step::Concern, &state) after=back_to_check(&state) intro=EmergencyWarning>
                <TextArea name="concern_what" label="What is unsafe?" rows=5
                    hint=format!("For example, scaffolding left up, or a smoke alarm not working. Up to {STORY_MAX} characters.")
                    initial=d.concern_what error />
                <TextInput name="concern_where" label="Where is it?"
                    hint="For example, the stairs at Centenary Court, or the kitchen of your home."
                    initial=d.concern_where error />
                <Radios name="danger_now" legend="Is anyone in danger now?" options=answers_offered()
                    initial=d.danger_now error />
                <Radios name="vulnerable" legend="Does it affect anyone who may be more at risk?"
                    hint="For example, a child, someone older, or someone who is disabled or unwell."
                    options=answers_offered() initial=d.vulnerable error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn ComplimentPage() -> impl IntoView {
    let form = Form::of::<SaveCompliment>();
    let error = form.refusal;
    journey_page(move |state| {
        let d = state.draft.clone();
        view! {
            <FormPage form title="Give a compliment" submit="Continue"
                checks=checked(Step::Compliment, &state) after=back_to_check(&state)
                intro=|| view! { <p>"We will pass your thanks to their manager."</p> }>
                <TextInput name="compliment_who" label="Who helped you?"
                    hint="Their name, or their team if you do not know it."
                    initial=d.compliment_who error />
                <TextArea name="compliment_what" label="What did they do?" rows=5
                    hint=format!("Up to {STORY_MAX} characters.")
                    initial=d.compliment_what error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn SupportPage() -> impl IntoView {
    let form = Form::of::<SaveSupport>();
    let error = form.refusal;
    journey_page(move |state| {
        let answers = state
            .draft
            .support
            .clone()
            .unwrap_or_else(|| state.preferences.answers());
        view! {
            <FormPage form title="How should we contact you about this?" submit="Continue"
                checks=checked(Step::Support, &state) after=back_to_check(&state)
                intro=|| view! { <p>"We have filled this in from your account. Any change here is for this one only; change your account to change it for everything."</p> }>
                <PreferenceFields answers about="about this" error />
            </FormPage>
        }
        .into_any()
    })
}

/// One row of "Check your answers", with a Change link to its page.
#[component]
fn CheckRow(key: &'static str, #[prop(into)] value: String, step: Step) -> impl IntoView {
    view! {
        <div class="summary-row">
            <dt>{key}</dt>
            <dd class="preserve-lines">{value}</dd>
            <dd class="summary-change">
                <a href=step.path()>"Change"<span class="visually-hidden">" "{key.to_lowercase()}</span></a>
            </dd>
        </div>
    }
}

fn or_none(text: &str) -> String {
    if text.trim().is_empty() {
        "None given".into()
    } else {
        text.trim().to_owned()
    }
}

fn answer_label(code: &str) -> String {
    Answer::from_code(code)
        .map(|a| a.label().to_owned())
        .unwrap_or_default()
}

fn support_rows(answers: &PreferenceAnswers) -> impl IntoView {
    let parsed = answers.parse().unwrap_or_default();
    let formats = if parsed.formats.is_empty() {
        "Standard print".to_owned()
    } else {
        parsed
            .formats
            .iter()
            .map(|f| f.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let language = match (parsed.language.is_empty(), parsed.interpreter) {
        (true, _) => "English".to_owned(),
        (false, true) => format!("{}, with an interpreter", parsed.language.as_str()),
        (false, false) => parsed.language.as_str().to_owned(),
    };
    let contact = match &parsed.phone {
        Some(phone) => format!("{} ({})", parsed.contact_method.label(), phone.grouped()),
        None => parsed.contact_method.label().to_owned(),
    };
    view! {
        <CheckRow key="Contact me by" value=contact step=Step::Support />
        <CheckRow key="Format of letters" value=formats step=Step::Support />
        <CheckRow key="Language" value=language step=Step::Support />
        <CheckRow key="Adjustments" value=or_none(parsed.adjustments.as_str()) step=Step::Support />
    }
}

fn representation_rows(draft: &Draft, today: chrono::NaiveDate) -> Option<AnyView> {
    let rep = draft.representative.parse(today).ok()?;
    (draft.for_whom().ok()? == ForWhom::SomeoneElse).then(|| {
        let relationship = rep
            .relationship_other
            .as_ref()
            .map_or_else(|| rep.relationship.label().to_owned(), |o| o.to_string());
        let resident = [
            Some(rep.resident_name.to_string()),
            (!rep.resident_address.is_empty()).then(|| rep.resident_address.as_str().to_owned()),
            rep.resident_reference
                .as_ref()
                .map(|r| format!("Rent reference {r}")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
        let consent = match (
            rep.consent.method,
            rep.consent.given_on,
            &rep.consent.given_to,
        ) {
            (ConsentMethod::Verbal, Some(on), Some(to)) => {
                format!("They told {to} on {}", long_date(on))
            }
            _ => "In writing".to_owned(),
        };
        let expiry = rep
            .consent
            .expires_on
            .map_or_else(|| "Until they withdraw it".to_owned(), long_date);
        view! {
            <CheckRow key="Who it is for" value="Someone else" step=Step::ForWhom />
            <CheckRow key="How you know them" value=relationship step=Step::AboutYou />
            <CheckRow key="Who you are acting for" value=resident step=Step::Resident />
            <CheckRow key="Their consent" value=consent step=Step::Consent />
            <CheckRow key="What it covers" value=rep.consent.scope.label() step=Step::Consent />
            <CheckRow key="When it ends" value=expiry step=Step::Consent />
        }
        .into_any()
    })
}

fn answer_rows(draft: &Draft, today: chrono::NaiveDate, files: &str) -> AnyView {
    match draft.purpose() {
        Ok(Purpose::Complaint) => {
            let when = draft
                .complaint(today)
                .map(|c| long_date(c.incident))
                .unwrap_or_default();
            let late = draft.months_late(today).map(|_| {
                view! { <CheckRow key="Why you did not tell us sooner" value=draft.late_reason.clone() step=Step::Late /> }
            });
            view! {
                <CheckRow key="What you would like to do" value="Make a complaint" step=Step::Purpose />
                <CheckRow key="What happened" value=draft.what_happened.clone() step=Step::Complaint />
                <CheckRow key="When it happened" value=when step=Step::Complaint />
                {late}
                <CheckRow key="What you have already told us" value=or_none(&draft.already_reported) step=Step::Complaint />
                <CheckRow key="What you would like us to do" value=draft.outcome.clone() step=Step::Complaint />
                <CheckRow key="Photos or documents" value=files.to_owned() step=Step::Attachments />
            }
            .into_any()
        }
        Ok(Purpose::Concern) => view! {
            <CheckRow key="What you would like to do" value="Report a safety concern" step=Step::Purpose />
            <CheckRow key="What is unsafe" value=draft.concern_what.clone() step=Step::Concern />
            <CheckRow key="Where it is" value=draft.concern_where.clone() step=Step::Concern />
            <CheckRow key="Anyone in danger now" value=answer_label(&draft.danger_now) step=Step::Concern />
            <CheckRow key="Affects anyone more at risk" value=answer_label(&draft.vulnerable) step=Step::Concern />
        }
        .into_any(),
        _ => view! {
            <CheckRow key="What you would like to do" value="Give a compliment" step=Step::Purpose />
            <CheckRow key="Who helped you" value=draft.compliment_who.clone() step=Step::Compliment />
            <CheckRow key="What they did" value=draft.compliment_what.clone() step=Step::Compliment />
        }
        .into_any(),
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let form = Form::of::<SendDraft>();
    journey_page(move |state| {
        let next = state.draft.resume(state.today);
        if next != Step::Check {
            return view! { <Redirect path=next.path() /> }.into_any();
        }
        let support = state.draft.support.clone().unwrap_or_default();
        let files = if state.attachments.is_empty() {
            "None".to_owned()
        } else {
            state
                .attachments
                .iter()
                .map(|a| a.name.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let told = representation_rows(&state.draft, state.today);
        let answers = answer_rows(&state.draft, state.today, &files);
        let support = support_rows(&support);
        view! {
            <FormPage form title="Check your answers" submit="Send" hidden=vec![("key", state.key.clone())]
                intro=move || view! {
                    <h2 class="heading-m">"What you told us"</h2>
                    <dl class="summary-list">{told}{answers}</dl>
                    <h2 class="heading-m">"How we contact you about this"</h2>
                    <dl class="summary-list">{support}</dl>
                    <h2 class="heading-m">"Now send it"</h2>
                    <p>"When you send it, we will give you a reference number and email you a copy."</p>
                } />
        }
        .into_any()
    })
}

#[component]
pub fn SentPage() -> impl IntoView {
    let reference = param("reference");
    let load = async move { receipt(reference).await.map(Some) };
    signed_in(load, |found| {
        match found {
        Some(sent) => sent_page(sent).into_any(),
        None => view! {
            <Title text="Page not found" />
            <h1 class="heading-xl">"Page not found"</h1>
            <p>"We could not find that reference in your account. Check the reference in the email we sent you."</p>
        }
        .into_any(),
    }
    })
}

fn sent_page(sent: crate::api::filing::ReceiptView) -> impl IntoView {
    let what = match sent.kind.as_str() {
        "concern" => "Safety concern sent",
        "compliment" => "Compliment sent",
        _ => "Complaint sent",
    };
    let steps = sent
        .next_steps
        .iter()
        .map(|s| view! { <li>{s.clone()}</li> })
        .collect_view();
    view! {
        <Title text=what />
        <div class="column-two-thirds">
            <div class="panel-confirmation">
                <h1 class="heading-xl">{what}</h1>
                <p>"Your reference is" <span class="panel-reference">{sent.reference.clone()}</span></p>
            </div>
            <p>
                "We received it on "
                <time datetime=sent.received.to_string()>{long_date(sent.received)}</time>
                ". We have emailed you a copy. Quote your reference if you contact us about it."
            </p>
            {(!sent.attachments.is_empty()).then(|| {
                let files = sent.attachments.iter().map(|a| view! {
                    <li><a href=format!("/attachments/{}", a.id) rel="external">{a.name.clone()}</a></li>
                }).collect_view();
                view! {
                    <h2 class="heading-m">"Files you sent"</h2>
                    <ul class="bulleted">{files}</ul>
                }
            })}
            <h2 class="heading-m">"What happens next"</h2>
            <ul class="bulleted">{steps}</ul>
            <h2 class="heading-m">"If you need to talk to us"</h2>
            <ContactDetails contact=LANDLORD />
            <h2 class="heading-m">"The Housing Ombudsman"</h2>
            <p>"You can contact the Housing Ombudsman Service at any time for free, impartial advice."</p>
            <ContactDetails contact=domain::contact::HOUSING_OMBUDSMAN />
            <PrintCopy what="page" />
            <p class="no-print"><a href="/account">"Go to your account"</a></p>
        </div>
    }
}
