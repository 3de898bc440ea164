//! Making a complaint, reporting a safety concern or giving a compliment: one question or a
//! small group per page, "Check your answers", then a confirmation with the reference.

use crate::i18n::long_date;
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
use crate::components::preferences::{format_label, method_label, PreferenceFields};
use crate::islands::upload::{UploadProgress, UploadWords};

/// Renders `page` with the signed-in person's draft; anyone else is sent to sign in.
fn journey_page(page: impl FnOnce(DraftView) -> AnyView + Send + 'static) -> impl IntoView {
    signed_in(load_draft(), page)
}

fn purpose_label(purpose: Purpose) -> String {
    match purpose {
        Purpose::Complaint => tr!("filing-purpose-complaint"),
        Purpose::Concern => tr!("filing-purpose-concern"),
        Purpose::Compliment => tr!("filing-purpose-compliment"),
        Purpose::Repair => tr!("filing-purpose-repair"),
    }
}

fn purpose_hint(purpose: Purpose) -> String {
    match purpose {
        Purpose::Complaint => tr!("filing-purpose-complaint-hint"),
        Purpose::Concern => tr!("filing-purpose-concern-hint"),
        Purpose::Compliment => tr!("filing-purpose-compliment-hint"),
        Purpose::Repair => tr!("filing-purpose-repair-hint"),
    }
}

fn for_whom_label(for_whom: ForWhom) -> String {
    match for_whom {
        ForWhom::Me => tr!("filing-for-whom-me"),
        ForWhom::SomeoneElse => tr!("filing-for-whom-someone-else"),
    }
}

/// How a representative knows the resident, in the page's language.
pub(crate) fn relationship_label(relationship: Relationship) -> String {
    match relationship {
        Relationship::FamilyOrFriend => tr!("filing-relationship-family-or-friend"),
        Relationship::PowerOfAttorney => tr!("filing-relationship-power-of-attorney"),
        Relationship::Councillor => tr!("filing-relationship-councillor"),
        Relationship::Mp => tr!("filing-relationship-mp"),
        Relationship::Advocate => tr!("filing-relationship-advocate"),
        Relationship::Other => tr!("filing-relationship-other"),
    }
}

fn consent_method_label(method: ConsentMethod) -> String {
    match method {
        ConsentMethod::Written => tr!("filing-consent-written"),
        ConsentMethod::Verbal => tr!("filing-consent-verbal"),
    }
}

fn consent_scope_label(scope: ConsentScope) -> String {
    match scope {
        ConsentScope::ThisComplaint => tr!("filing-consent-this-complaint"),
        ConsentScope::AllComplaints => tr!("filing-consent-all-complaints"),
    }
}

fn answer_text(answer: Answer) -> String {
    match answer {
        Answer::Yes => tr!("filing-answer-yes"),
        Answer::No => tr!("filing-answer-no"),
        Answer::NotSure => tr!("filing-answer-not-sure"),
    }
}

/// The radios' `(value, label)` of each of `all`.
fn offered<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> String,
) -> Vec<(&'static str, String)> {
    all.iter().map(|&x| (code(x), label(x))).collect()
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
            view! { <p><a href=Step::Check.path()>{tr!("filing-back-to-check")}</a></p> }.into_any()
        })
    }
}

#[component]
pub fn PurposePage() -> impl IntoView {
    let form = Form::of::<ChoosePurpose>();
    let error = form.refusal;
    journey_page(move |state| {
        let options = offered(&Purpose::ALL, Purpose::code, purpose_label);
        let hints = Purpose::ALL.iter().map(|&p| purpose_hint(p)).collect();
        view! {
            <FormPage form title=tr!("filing-purpose-title") submit=tr!("filing-continue")
                checks=checked(Step::Purpose, &state) after=back_to_check(&state) before=EmergencyWarning>
                <Radios name="purpose" legend=tr!("filing-choose-one") options hints initial=state.draft.purpose.clone() error />
            </FormPage>
        }
        .into_any()
    })
}

#[component]
pub fn RepairPage() -> impl IntoView {
    view! {
        <Title text=tr!("filing-purpose-repair") />
        <div class="column-two-thirds">
            <h1 class="heading-xl">{tr!("filing-purpose-repair")}</h1>
            <p class="lead">{tr!("filing-repair-lead")}</p>
            // The hours are the frame's (`LANDLORD.opening_hours`, translated in layout.ftl).
            <p>
                {tr!("filing-repair-call-before")} " " <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
                " (" {tr!("layout-landlord-hours")} ")" {tr!("filing-repair-call-middle")} " "
                <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a> {tr!("filing-repair-call-after")}
            </p>
            <EmergencyWarning />
            <h2 class="heading-m">{tr!("filing-repair-already")}</h2>
            <p>{tr!("filing-repair-already-text")}</p>
            <ButtonForm action=ChoosePurpose::url() hidden=vec![("purpose", "complaint".to_owned())]>
                <button type="submit" class="button button-secondary">{tr!("filing-repair-complain")}</button>
            </ButtonForm>
            <p><a href=Step::Purpose.path()>{tr!("filing-repair-something-else")}</a></p>
        </div>
    }
}

#[component]
pub fn ForWhomPage() -> impl IntoView {
    let form = Form::of::<SaveForWhom>();
    let error = form.refusal;
    journey_page(move |state| {
        let options = offered(ForWhom::ALL, ForWhom::code, for_whom_label);
        view! {
            <FormPage form title=tr!("filing-for-whom-title") submit=tr!("filing-continue")
                checks=checked(Step::ForWhom, &state) after=back_to_check(&state)>
                <Radios name="for_whom" legend=tr!("filing-choose-one")
                    hint=tr!("filing-for-whom-hint")
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
        let options = offered(Relationship::ALL, Relationship::code, relationship_label);
        view! {
            <FormPage form title=tr!("filing-about-you-title") submit=tr!("filing-continue")
                checks=checked(Step::AboutYou, &state) after=back_to_check(&state)>
                <Radios name="relationship" legend=tr!("filing-relationship-legend")
                    options initial=r.relationship error />
                <TextInput name="relationship_other" label=tr!("filing-relationship-other-label") initial=r.relationship_other error />
                <TextInput name="rep_phone" label=tr!("filing-rep-phone-label") hint=tr!("filing-rep-phone-hint") input_type="tel" autocomplete="tel" class="width-20"
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
            <FormPage form title=tr!("filing-resident-title") submit=tr!("filing-continue")
                checks=checked(Step::Resident, &state) after=back_to_check(&state)>
                <TextInput name="resident_name" label=tr!("filing-resident-name") initial=r.resident_name error />
                <TextArea name="resident_address" label=tr!("filing-resident-address") rows=3
                    hint=tr!("filing-resident-address-hint")
                    initial=r.resident_address error />
                <TextInput name="resident_reference" label=tr!("filing-resident-reference") hint=tr!("filing-resident-reference-hint") class="width-10"
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
        let methods = offered(
            ConsentMethod::ALL,
            ConsentMethod::code,
            consent_method_label,
        );
        let scopes = offered(ConsentScope::ALL, ConsentScope::code, consent_scope_label);
        view! {
            <FormPage form title=tr!("filing-consent-title") submit=tr!("filing-continue")
                checks=checked(Step::Consent, &state) after=back_to_check(&state)
                intro=|| view! { <p>{tr!("filing-consent-intro")}</p> }>
                <Radios name="consent_method" legend=tr!("filing-consent-method-legend")
                    hint=tr!("filing-consent-method-hint", { "email" => LANDLORD.email })
                    options=methods initial=r.consent_method error />
                <DateInput names=["consent_day", "consent_month", "consent_year"] legend=tr!("filing-consent-date-legend")
                    hint=tr!("filing-consent-date-hint")
                    initial=[r.consent_day, r.consent_month, r.consent_year] error />
                <TextInput name="consent_to" label=tr!("filing-consent-to-label") hint=tr!("filing-consent-to-hint")
                    initial=r.consent_to error />
                <Radios name="consent_scope" legend=tr!("filing-consent-scope-legend")
                    options=scopes initial=r.consent_scope error />
                <DateInput names=["expiry_day", "expiry_month", "expiry_year"] legend=tr!("filing-consent-expiry-legend")
                    hint=tr!("filing-consent-expiry-hint")
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
            <FormPage form title=tr!("filing-complaint-title") submit=tr!("filing-continue")
                checks=checked(Step::Complaint, &state) after=back_to_check(&state)
                intro=|| view! { <p>{tr!("filing-complaint-intro")}</p> }>
                <TextArea name="what_happened" label=tr!("filing-what-happened-label") rows=8
                    hint=tr!("filing-what-happened-hint", { "max" => STORY_MAX as i64 })
                    initial=d.what_happened error />
                <DateInput names=["incident_day", "incident_month", "incident_year"] legend=tr!("filing-incident-legend")
                    hint=tr!("filing-incident-hint")
                    initial=[d.incident_day, d.incident_month, d.incident_year] error />
                <TextArea name="already_reported" label=tr!("filing-already-reported-label") rows=3
                    hint=tr!("filing-already-reported-hint", { "max" => REPORTED_MAX as i64 })
                    initial=d.already_reported error />
                <TextArea name="outcome" label=tr!("filing-outcome-label") rows=4
                    hint=tr!("filing-outcome-hint", { "max" => OUTCOME_MAX as i64 })
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
        let months = i64::from(state.draft.months_late(state.today).unwrap_or(13));
        view! {
            <FormPage form title=tr!("filing-late-title") submit=tr!("filing-continue")
                checks=checked(Step::Late, &state) after=back_to_check(&state)
                intro=move || view! {
                    <p>{tr!("filing-late-months", { "months" => months })}</p>
                    <p>{tr!("filing-late-intro")}</p>
                }>
                <TextArea name="late_reason" label=tr!("filing-late-reason-label") rows=4
                    hint=tr!("filing-late-reason-hint", { "max" => LATE_REASON_MAX as i64 })
                    initial=state.draft.late_reason.clone() error />
            </FormPage>
        }
        .into_any()
    })
}

fn answers_offered() -> Vec<(&'static str, String)> {
    offered(&Answer::ALL, Answer::code, answer_text)
}

/// What the attachments page was sent back with: the upload's refusal (`?error=code`), or
/// that a file was added or removed.
fn upload_refusal() -> Refusal {
    use domain::attachments::AttachmentError;
    let Some(code) = query("error") else {
        return Refusal::default();
    };
    let message = match AttachmentError::from_code(&code) {
        Some(AttachmentError::Empty) => tr!("filing-upload-empty"),
        Some(AttachmentError::WrongType) => tr!("filing-upload-wrong-type"),
        Some(AttachmentError::TooLarge) => tr!("filing-upload-too-large"),
        Some(AttachmentError::TooMany) => tr!("filing-upload-too-many"),
        None => tr!("filing-upload-failed"),
    };
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
        Some(tr!("filing-file-added"))
    } else if query("removed").is_some() {
        Some(tr!("filing-file-removed"))
    } else {
        None
    };
    let message = refusal.message("file");
    let title = crate::components::form::title_text(&tr!("filing-attachments-title"), &refusal);
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
                            <button type="submit" class="button button-secondary">{tr!("filing-remove")}<span class="visually-hidden">{format!(" {name}")}</span></button>
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
                {said.as_deref().map(notice)}
                <h1 class="heading-xl">{tr!("filing-attachments-heading")}</h1>
                <p>{tr!("filing-attachments-intro")}</p>
                {(count > 0).then(|| view! {
                    <h2 class="heading-m">{tr!("filing-files-added", { "count" => count as i64, "max" => MAX_FILES as i64 })}</h2>
                    <ul class="plain-list">{files}</ul>
                })}
                <UploadProgress words=UploadWords {
                    sent_so_far: tr!("filing-upload-sent-so-far"),
                    uploading: tr!("filing-upload-uploading"),
                    failed: tr!("filing-upload-not-sent"),
                }>
                    <form method="post" action=Step::Attachments.path() enctype="multipart/form-data">
                        <div class=if message.is_some() { "form-group form-group-error" } else { "form-group" }>
                            <label class="label" for="file">{tr!("filing-upload-label")}</label>
                            <div id="file-hint" class="hint">{tr!("filing-upload-hint")}</div>
                            {message.clone().map(|m| view! {
                                <p id="file-error" class="error-message"><span class="visually-hidden">{tr!("filing-error-prefix")} " "</span>{m}</p>
                            })}
                            <input class="file-upload" id="file" name="file" type="file"
                                accept="image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf"
                                aria-describedby=described />
                        </div>
                        <button type="submit" class="button button-secondary">{tr!("filing-upload-button")}</button>
                    </form>
                </UploadProgress>
                <ButtonForm action=FinishAttachments::url()>
                    <button type="submit" class="button">{tr!("filing-continue")}</button>
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
            <FormPage form title=tr!("filing-purpose-concern") submit=tr!("filing-continue")
                checks=checked(Step::Concern, &state) after=back_to_check(&state) intro=EmergencyWarning>
                <TextArea name="concern_what" label=tr!("filing-concern-what-label") rows=5
                    hint=tr!("filing-concern-what-hint", { "max" => STORY_MAX as i64 })
                    initial=d.concern_what error />
                <TextInput name="concern_where" label=tr!("filing-concern-where-label")
                    hint=tr!("filing-concern-where-hint")
                    initial=d.concern_where error />
                <Radios name="danger_now" legend=tr!("filing-danger-now-legend") options=answers_offered()
                    initial=d.danger_now error />
                <Radios name="vulnerable" legend=tr!("filing-vulnerable-legend")
                    hint=tr!("filing-vulnerable-hint")
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
            <FormPage form title=tr!("filing-purpose-compliment") submit=tr!("filing-continue")
                checks=checked(Step::Compliment, &state) after=back_to_check(&state)
                intro=|| view! { <p>{tr!("filing-compliment-intro")}</p> }>
                <TextInput name="compliment_who" label=tr!("filing-compliment-who-label")
                    hint=tr!("filing-compliment-who-hint")
                    initial=d.compliment_who error />
                <TextArea name="compliment_what" label=tr!("filing-compliment-what-label") rows=5
                    hint=tr!("filing-compliment-what-hint", { "max" => STORY_MAX as i64 })
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
            <FormPage form title=tr!("filing-support-title") submit=tr!("filing-continue")
                checks=checked(Step::Support, &state) after=back_to_check(&state)
                intro=|| view! { <p>{tr!("filing-support-intro")}</p> }>
                <PreferenceFields answers about="about this" error />
            </FormPage>
        }
        .into_any()
    })
}

/// One row of "Check your answers", with a Change link to its page.
#[component]
fn CheckRow(#[prop(into)] key: String, #[prop(into)] value: String, step: Step) -> impl IntoView {
    let hidden = key.to_lowercase();
    view! {
        <div class="summary-row">
            <dt>{key}</dt>
            <dd class="preserve-lines">{value}</dd>
            <dd class="summary-change">
                <a href=step.path()>{tr!("filing-change")}<span class="visually-hidden">" "{hidden}</span></a>
            </dd>
        </div>
    }
}

/// What was filed, as (question, answer) rows in the page's language, asked as the check page
/// asked them: for the complaint's own page.
pub(crate) fn submission_rows(submission: &domain::filing::Submission) -> Vec<(String, String)> {
    use domain::filing::Filing;
    let mut rows = match &submission.filing {
        Filing::Complaint(c) => {
            let mut rows = vec![
                (
                    tr!("filing-row-what-happened"),
                    c.what_happened.as_str().to_owned(),
                ),
                (tr!("filing-row-when"), long_date(c.incident)),
            ];
            if let Some(late) = &c.late_reason {
                rows.push((tr!("filing-row-late-reason"), late.as_str().to_owned()));
            }
            rows.push((
                tr!("filing-row-already-reported"),
                or_none(c.already_reported.as_str()),
            ));
            rows.push((tr!("filing-row-outcome"), c.outcome.as_str().to_owned()));
            rows
        }
        Filing::Concern(c) => vec![
            (tr!("filing-row-unsafe"), c.what.as_str().to_owned()),
            (tr!("filing-row-where"), c.location.as_str().to_owned()),
            (tr!("filing-row-danger-now"), answer_text(c.danger_now)),
            (tr!("filing-row-vulnerable"), answer_text(c.vulnerable)),
        ],
        Filing::Compliment(c) => vec![
            (tr!("filing-row-who-helped"), c.who.as_str().to_owned()),
            (tr!("filing-row-what-they-did"), c.what.as_str().to_owned()),
        ],
    };
    if let Some(rep) = &submission.on_behalf {
        let resident = [rep.resident_name.as_str(), rep.resident_address.as_str()]
            .into_iter()
            .filter(|line| !line.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        rows.push((tr!("filing-row-resident"), resident));
        let relationship = rep.relationship_other.as_ref().map_or_else(
            || relationship_label(rep.relationship),
            |other| other.as_str().to_owned(),
        );
        rows.push((tr!("filing-row-relationship"), relationship));
        if let Some(phone) = &rep.phone {
            rows.push((tr!("filing-row-rep-phone"), phone.grouped()));
        }
    }
    rows.extend(support_answers(&submission.support));
    rows
}

fn or_none(text: &str) -> String {
    if text.trim().is_empty() {
        tr!("filing-none-given")
    } else {
        text.trim().to_owned()
    }
}

fn answer_label(code: &str) -> String {
    Answer::from_code(code).map(answer_text).unwrap_or_default()
}

/// How to contact them and what they asked for, as (question, answer) rows: for the check
/// page and for the complaint's own page.
fn support_answers(support: &domain::preferences::Preferences) -> [(String, String); 4] {
    let formats = if support.formats.is_empty() {
        tr!("filing-standard-print")
    } else {
        support
            .formats
            .iter()
            .map(|&f| format_label(f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let language = match (support.language.is_empty(), support.interpreter) {
        (true, _) => tr!("filing-language-english"),
        (false, true) => {
            tr!("filing-language-interpreter", { "language" => support.language.as_str() })
        }
        (false, false) => support.language.as_str().to_owned(),
    };
    let method = method_label(support.contact_method);
    let contact = match &support.phone {
        Some(phone) => {
            tr!("filing-contact-with-phone", { "method" => method, "phone" => phone.grouped() })
        }
        None => method,
    };
    [
        (tr!("filing-row-contact"), contact),
        (tr!("filing-row-formats"), formats),
        (tr!("filing-row-language"), language),
        (
            tr!("filing-row-adjustments"),
            or_none(support.adjustments.as_str()),
        ),
    ]
}

fn support_rows(answers: &PreferenceAnswers) -> impl IntoView {
    support_answers(&answers.parse().unwrap_or_default())
        .into_iter()
        .map(|(key, value)| view! { <CheckRow key value step=Step::Support /> })
        .collect_view()
}

fn representation_rows(draft: &Draft, today: chrono::NaiveDate) -> Option<AnyView> {
    let rep = draft.representative.parse(today).ok()?;
    (draft.for_whom().ok()? == ForWhom::SomeoneElse).then(|| {
        let relationship = rep
            .relationship_other
            .as_ref()
            .map_or_else(|| relationship_label(rep.relationship), |o| o.to_string());
        let resident = [
            Some(rep.resident_name.to_string()),
            (!rep.resident_address.is_empty()).then(|| rep.resident_address.as_str().to_owned()),
            rep.resident_reference
                .as_ref()
                .map(|r| tr!("filing-rent-reference", { "reference" => r.to_string() })),
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
                tr!("filing-consent-told", { "to" => to.to_string(), "day" => long_date(on) })
            }
            _ => tr!("filing-consent-in-writing"),
        };
        let expiry = rep
            .consent
            .expires_on
            .map_or_else(|| tr!("filing-consent-until-withdrawn"), long_date);
        view! {
            <CheckRow key=tr!("filing-row-for-whom") value=for_whom_label(ForWhom::SomeoneElse) step=Step::ForWhom />
            <CheckRow key=tr!("filing-row-relationship") value=relationship step=Step::AboutYou />
            <CheckRow key=tr!("filing-row-resident") value=resident step=Step::Resident />
            <CheckRow key=tr!("filing-consent-title") value=consent step=Step::Consent />
            <CheckRow key=tr!("filing-row-scope") value=consent_scope_label(rep.consent.scope) step=Step::Consent />
            <CheckRow key=tr!("filing-row-expiry") value=expiry step=Step::Consent />
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
                view! { <CheckRow key=tr!("filing-row-late-reason") value=draft.late_reason.clone() step=Step::Late /> }
            });
            view! {
                <CheckRow key=tr!("filing-row-purpose") value=purpose_label(Purpose::Complaint) step=Step::Purpose />
                <CheckRow key=tr!("filing-row-what-happened") value=draft.what_happened.clone() step=Step::Complaint />
                <CheckRow key=tr!("filing-row-when") value=when step=Step::Complaint />
                {late}
                <CheckRow key=tr!("filing-row-already-reported") value=or_none(&draft.already_reported) step=Step::Complaint />
                <CheckRow key=tr!("filing-row-outcome") value=draft.outcome.clone() step=Step::Complaint />
                <CheckRow key=tr!("filing-attachments-title") value=files.to_owned() step=Step::Attachments />
            }
            .into_any()
        }
        Ok(Purpose::Concern) => view! {
            <CheckRow key=tr!("filing-row-purpose") value=purpose_label(Purpose::Concern) step=Step::Purpose />
            <CheckRow key=tr!("filing-row-unsafe") value=draft.concern_what.clone() step=Step::Concern />
            <CheckRow key=tr!("filing-row-where") value=draft.concern_where.clone() step=Step::Concern />
            <CheckRow key=tr!("filing-row-danger-now") value=answer_label(&draft.danger_now) step=Step::Concern />
            <CheckRow key=tr!("filing-row-vulnerable") value=answer_label(&draft.vulnerable) step=Step::Concern />
        }
        .into_any(),
        _ => view! {
            <CheckRow key=tr!("filing-row-purpose") value=purpose_label(Purpose::Compliment) step=Step::Purpose />
            <CheckRow key=tr!("filing-row-who-helped") value=draft.compliment_who.clone() step=Step::Compliment />
            <CheckRow key=tr!("filing-row-what-they-did") value=draft.compliment_what.clone() step=Step::Compliment />
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
            tr!("filing-files-none")
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
            <FormPage form title=tr!("filing-check-title") submit=tr!("filing-send") hidden=vec![("key", state.key.clone())]
                intro=move || view! {
                    <h2 class="heading-m">{tr!("filing-check-told")}</h2>
                    <dl class="summary-list">{told}{answers}</dl>
                    <h2 class="heading-m">{tr!("filing-check-contact")}</h2>
                    <dl class="summary-list">{support}</dl>
                    <h2 class="heading-m">{tr!("filing-check-send-heading")}</h2>
                    <p>{tr!("filing-check-send-text")}</p>
                } />
        }
        .into_any()
    })
}

#[component]
pub fn SentPage() -> impl IntoView {
    let reference = param("reference");
    let load = async move { receipt(reference).await.map(Some) };
    signed_in(load, |found| match found {
        Some(sent) => sent_page(sent).into_any(),
        None => view! {
            <Title text=tr!("filing-not-found-title") />
            <h1 class="heading-xl">{tr!("filing-not-found-title")}</h1>
            <p>{tr!("filing-not-found-text")}</p>
        }
        .into_any(),
    })
}

fn sent_page(sent: crate::api::filing::ReceiptView) -> impl IntoView {
    let what = match sent.kind.as_str() {
        "concern" => tr!("filing-sent-concern"),
        "compliment" => tr!("filing-sent-compliment"),
        _ => tr!("filing-sent-complaint"),
    };
    let steps = sent
        .next_steps
        .iter()
        .map(|s| view! { <li>{s.clone()}</li> })
        .collect_view();
    view! {
        <Title text=what.clone() />
        <div class="column-two-thirds">
            <div class="panel-confirmation">
                <h1 class="heading-xl">{what}</h1>
                <p>{tr!("filing-your-reference")} <span class="panel-reference">{sent.reference.clone()}</span></p>
            </div>
            <p>
                {tr!("filing-received-before")} " "
                <time datetime=sent.received.to_string()>{long_date(sent.received)}</time>
                {tr!("filing-received-after")}
            </p>
            {(!sent.attachments.is_empty()).then(|| {
                let files = sent.attachments.iter().map(|a| view! {
                    <li><a href=format!("/attachments/{}", a.id) rel="external">{a.name.clone()}</a></li>
                }).collect_view();
                view! {
                    <h2 class="heading-m">{tr!("filing-files-sent")}</h2>
                    <ul class="bulleted">{files}</ul>
                }
            })}
            <h2 class="heading-m">{tr!("filing-next")}</h2>
            // The steps are the domain's sentences (`domain::filing::next_steps`), in the page's
            // language.
            <ul class="bulleted">{steps}</ul>
            <h2 class="heading-m">{tr!("filing-talk-to-us")}</h2>
            <ContactDetails contact=LANDLORD />
            <h2 class="heading-m">{tr!("filing-ombudsman-heading")}</h2>
            <p>{tr!("filing-ombudsman-text")}</p>
            <ContactDetails contact=domain::contact::HOUSING_OMBUDSMAN />
            <PrintCopy what="page" />
            <p class="no-print"><a href="/account">{tr!("filing-go-to-account")}</a></p>
        </div>
    }
}
