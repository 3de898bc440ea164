//! Logging what a resident told a colleague by phone, in person, by letter, by email or
//! through social media: find the resident (`/staff/log`), choose what it is, then one form
//! (`/staff/log/new`). Without JavaScript each is a plain form.

use domain::filing::{Answer, OUTCOME_MAX, PLACE_MAX, REPORTED_MAX, STORY_MAX};
use domain::logged::Channel;
use domain::preferences::{AltFormat, ContactMethod, ADJUSTMENTS_MAX};
use leptos::prelude::*;
use leptos_meta::Title;

use super::{query, signed_in};
use crate::api::logging::{find_resident, log_form, FindView, LogComplaint, LogView, ResidentRow};
use crate::api::AppError;
use crate::components::form::{
    title_text, Checkboxes, DateInput, ErrorSummary, Form, FormPage, Radios, Refusal, TextArea,
    TextInput,
};

/// Find the resident: by name, address, postcode, email address or rent reference.
#[component]
pub fn LogFindPage() -> impl IntoView {
    let q = query("q").unwrap_or_default();
    view! {
        <Title text="Log a complaint, concern or compliment" />
        {signed_in(find_resident(q), |view: FindView| find_page(view).into_any())}
    }
}

fn find_page(view: FindView) -> impl IntoView {
    let message = view.problem.clone();
    let invalid = message.as_ref().map(|_| "true");
    let described = if message.is_some() {
        "q-hint q-error"
    } else {
        "q-hint"
    };
    let results = view.found.clone().map(|found| {
        let count = match found.len() {
            0 => "No resident or tenancy found. Check the spelling, or try part of the address or the rent reference.".to_owned(),
            1 => "1 found.".to_owned(),
            n => format!("{n} found."),
        };
        let rows = found.into_iter().map(resident_row).collect_view();
        view! {
            <h2 class="heading-m" id="found">"Residents and tenancies found"</h2>
            <p role="status">{count}</p>
            <ul class="resident-list" aria-labelledby="found">{rows}</ul>
        }
    });
    view! {
        <div class="column-two-thirds">
            <span class="caption">"Complaints console"</span>
            <h1 class="heading-xl">"Log a complaint, concern or compliment"</h1>
            <p>"For someone who told us by phone, in person, by letter, by email or through social media. First find them: a resident's account, or their tenancy if they have no account."</p>
            <form method="get" action="/staff/log" role="search" aria-label="Find a resident">
                <div class=if message.is_some() { "form-group form-group-error" } else { "form-group" }>
                    <label class="label" for="q">"Find the resident"</label>
                    <div class="hint" id="q-hint">"Their name, part of their address or postcode, their email address or their rent reference"</div>
                    {message.clone().map(|m| view! { <p class="error-message" id="q-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                    <input class="input" type="search" id="q" name="q" maxlength="100" autocomplete="off"
                        aria-describedby=described aria-invalid=invalid value=view.search.clone() />
                </div>
                <button type="submit" class="button button-secondary">"Find"</button>
            </form>
            {results}
            <p><a href="/staff">"Back to the work queue"</a></p>
        </div>
    }
}

fn resident_row(row: ResidentRow) -> impl IntoView {
    let who = if row.has_account {
        "Has an account"
    } else {
        "Tenancy: no account chosen"
    };
    view! {
        <li class="resident">
            <h3 class="heading-s">{row.name.clone()}</h3>
            <p>
                {who}
                {row.email.clone().map(|e| view! { <br /> {e} })}
                {row.home.clone().map(|h| view! { <br /> {h} })}
            </p>
            <p><a href=row.address.clone()>"Log for " {row.name.clone()}</a></p>
        </li>
    }
}

/// The form: what kind first (a plain choice), then everything at once.
#[component]
pub fn LogFormPage() -> impl IntoView {
    let get = |name: &str| query(name).unwrap_or_default();
    let form = Form::of::<LogComplaint>();
    let asked = query("chose").is_some();
    // After a refused post the kind and the resident come back with what was typed.
    let again = |name: &str| form.refusal.answer(name).unwrap_or_else(|| get(name));
    let (account, tenancy) = (again("account"), again("tenancy"));
    let kind = form
        .refusal
        .answer("purpose")
        .unwrap_or_else(|| get("kind"));
    signed_in(log_form(account, tenancy, kind), move |view: LogView| {
        if view.kind.is_empty() {
            choose_kind(view, asked).into_any()
        } else {
            log_page(view, form).into_any()
        }
    })
}

fn whom(resident: &ResidentRow) -> String {
    match &resident.home {
        Some(home) => format!("For {}, {home}", resident.name),
        None => format!("For {}", resident.name),
    }
}

fn choose_kind(view: LogView, asked: bool) -> impl IntoView {
    let (name, value) = view.resident.key.clone();
    // "Continue" with nothing chosen comes back here saying so.
    let error = if asked {
        Refusal::from_error(AppError::Refused {
            answers: Vec::new(),
            field: Some("kind".into()),
            message: "Select whether they are making a complaint, reporting a safety concern or giving a compliment".into(),
        })
    } else {
        Refusal::default()
    };
    let title = title_text("What are they telling us?", &error);
    view! {
        <Title text=title />
        <div class="column-two-thirds">
            <ErrorSummary refusal=error />
            <span class="caption">{whom(&view.resident)}</span>
            <h1 class="heading-xl">"What are they telling us?"</h1>
            <form method="get" action="/staff/log/new" novalidate>
                <input type="hidden" name=name value=value />
                <input type="hidden" name="chose" value="true" />
                <Radios name="kind" legend="What are they telling us?"
                    options=vec![("complaint", "A complaint"), ("concern", "A safety concern"), ("compliment", "A compliment")]
                    hints=vec![
                        "They are unhappy with a service, or something we did or did not do",
                        "Something unsafe, such as scaffolding left up or a smoke alarm not working",
                        "They want to thank a colleague or a team",
                    ]
                    error />
                <button type="submit" class="button">"Continue"</button>
            </form>
            <p><a href="/staff/log">"Find someone else"</a></p>
        </div>
    }
}

fn log_page(view: LogView, form: Form) -> impl IntoView {
    let error = form.refusal;
    let (title, what) = match view.kind.as_str() {
        "concern" => ("Log a safety concern", "safety concern"),
        "compliment" => ("Log a compliment", "compliment"),
        _ => ("Log a complaint", "complaint"),
    };
    let channels: Vec<(&'static str, &'static str)> = Channel::LOGGED
        .iter()
        .map(|c| (c.code(), c.label()))
        .collect();
    let (name, value) = view.resident.key.clone();
    let name = if name == "account" {
        "account"
    } else {
        "tenancy"
    };
    let hidden = vec![
        (name, value),
        ("key", view.key.clone()),
        ("purpose", view.kind.clone()),
    ];
    let details = match view.kind.as_str() {
        "concern" => concern_fields(error).into_any(),
        "compliment" => compliment_fields(error).into_any(),
        _ => complaint_fields(error).into_any(),
    };
    let person = (!view.resident.has_account).then(|| {
        let register_email = view.resident.email.clone().unwrap_or_default();
        view! {
            <TextInput name="name" label="Their name" hint="As the register holds the lead tenant, unless they are someone else in the home."
                autocomplete="off" initial=view.resident.name.clone() error />
            <TextInput name="email" label="Their email address (optional)" hint="Needed if they want us to email them. They have no account, so it is kept with this complaint only."
                input_type="email" autocomplete="off" initial=register_email error />
        }
    });
    let account_note = view.resident.has_account.then(|| {
        view! {
            <p>"They have an account: they will see it there, and their name and email address are the account's. Their contact preferences are filled in from it; change them if they told you otherwise for this one."</p>
        }
    });
    let back = "/staff/log".to_owned();
    view! {
        <FormPage form title=title caption=whom(&view.resident) submit="Log it and send the acknowledgement"
            hidden
            intro=move || view! {
                <p>{format!("The {what} is filed from when we received it: the deadlines count from that day, not today.")}</p>
                {account_note}
            }
            after=move || view! { <p><a href=back>"Find someone else"</a></p> }>
            <Radios name="channel" legend="How did they contact us?" options=channels error />
            <TextInput name="received_at" label="When we received it" input_type="datetime-local" step="1"
                hint="UK time, as a date and a 24-hour time. For a letter or an email, when it arrived, even if it is logged later."
                initial=view.now.clone() error />
            {person}
            {details}
            <h2 class="heading-m">"How to contact them"</h2>
            {contact_fields(&view, error)}
        </FormPage>
    }
}

fn complaint_fields(error: Refusal) -> impl IntoView {
    view! {
        <TextArea name="what_happened" label="What happened?" rows=8
            hint=format!("What went wrong, or what we have not done, as they told you. Up to {STORY_MAX} characters.") error />
        <DateInput names=["incident_day", "incident_month", "incident_year"] legend="When did it happen?"
            hint="If it is still happening, when it started. If they are not sure of the day, enter 1. For example, 27 3 2026."
            initial=[String::new(), String::new(), String::new()] error />
        <TextArea name="late_reason" label="Why they did not tell us sooner (only if over 12 months ago)" rows=3
            hint="Needed when it happened more than 12 months before we received it. The Complaints Officer decides whether to accept it." error />
        <TextArea name="already_reported" label="Had they already told us about this? (optional)" rows=3
            hint=format!("What they reported and when, with any reference. Up to {REPORTED_MAX} characters.") error />
        <TextArea name="outcome" label="What would they like us to do to put things right?" rows=4
            hint=format!("Up to {OUTCOME_MAX} characters.") error />
    }
}

fn answers() -> Vec<(&'static str, &'static str)> {
    Answer::ALL.iter().map(|a| (a.code(), a.label())).collect()
}

fn concern_fields(error: Refusal) -> impl IntoView {
    view! {
        <TextArea name="concern_what" label="What is unsafe?" rows=5
            hint=format!("Up to {STORY_MAX} characters.") error />
        <TextInput name="concern_where" label="Where is it?"
            hint=format!("Up to {PLACE_MAX} characters.") error />
        <Radios name="danger_now" legend="Is anyone in danger now?" hint="If so, make sure 999 has been called." options=answers() error />
        <Radios name="vulnerable" legend="Does it affect anyone who may be more at risk?"
            hint="For example, a child, someone older, or someone who is disabled or unwell." options=answers() error />
    }
}

fn compliment_fields(error: Refusal) -> impl IntoView {
    view! {
        <TextInput name="compliment_who" label="Who are they thanking?" hint="The colleague's name, or their team." error />
        <TextArea name="compliment_what" label="What did they do?" rows=5
            hint=format!("Up to {STORY_MAX} characters.") error />
    }
}

fn contact_fields(view: &LogView, error: Refusal) -> impl IntoView {
    let answers = &view.preferences;
    let methods = ContactMethod::ALL
        .iter()
        .map(|m| (m.code(), m.label()))
        .collect();
    let formats = AltFormat::ALL
        .iter()
        .map(|f| (f.code(), f.label()))
        .collect();
    let ticked = AltFormat::ALL
        .iter()
        .map(|f| f.code())
        .filter(|code| answers.formats.iter().any(|c| c == code))
        .collect();
    let initial = (!answers.contact_method.is_empty()).then(|| answers.contact_method.clone());
    view! {
        <Radios name="contact_method" legend="How would they like us to contact them about it?"
            hint="The acknowledgement and every letter about it go this way: email, or a letter posted to the home (and a call first, for phone)."
            options=methods initial=initial.unwrap_or_default() error />
        <TextInput name="phone" label="Phone number" hint="Needed for phone calls." input_type="tel" autocomplete="off" class="width-20"
            initial=answers.phone.clone() error />
        <TextInput name="call_times" label="Best times to call (optional)" initial=answers.call_times.clone() error />
        <Checkboxes group="formats" legend="Do they need our letters in another format?" hint="Select all that apply."
            options=formats initial=ticked error />
        <TextInput name="language" label="Language, if not English (optional)" class="width-20"
            initial=answers.language.clone() error />
        <Checkboxes group="interpreter-group" legend="Interpreter" options=vec![("interpreter", "They need an interpreter for phone calls and meetings")]
            initial=if answers.interpreter { vec!["interpreter"] } else { vec![] } error />
        <TextArea name="adjustments" label="Anything else that would make contacting us easier for them (optional)"
            hint=format!("For example, a named contact, a carer present, or more time to reply. Up to {ADJUSTMENTS_MAX} characters.")
            initial=answers.adjustments.clone() error />
    }
}
