//! Following a complaint: "Your complaints" on the account page, each complaint's page (its
//! stages done and due, who is handling it, the letters, what happens next), and the forms to
//! ask for a review, ask for one late, add information or withdraw it.
//!
//! The words are the page's, in its language (`complaints-*` in `app/locales`). Some come
//! finished from `domain` through the server functions and stay in English: the stages'
//! names and details, what happens next, why a request cannot be made now.

use chrono::NaiveDate;
use domain::complaint::{DeadlineKind, Due, State};
use domain::contact::{HOUSING_OMBUDSMAN, LANDLORD};
use domain::handling::Kind;
use domain::progress::{Mark, Request};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{long_date, time_words};

use super::{notice, param, query, signed_in};
use crate::api::complaints::{
    my_complaint, request_form, sent_only, Ask, ComplaintList, ComplaintPageView, RequestView,
    SentOnlyView,
};
use crate::components::form::{ErrorSummary, Form, FormPage, Refusal, TextArea};
use crate::islands::countdown::{sentence, Clock, Countdown, Day, Left, Words};
use crate::islands::live::LiveUpdates;

/// "Your complaints", on the account page: each with where it stands and the next deadline in
/// words, counted again in the browser while the page is open.
pub(crate) fn your_complaints(list: ComplaintList) -> impl IntoView {
    if list.rows.is_empty() {
        return view! {
            <h2 class="heading-m">{tr!("complaints-yours")}</h2>
            <p>{tr!("complaints-none-yet")}</p>
        }
        .into_any();
    }
    let clock = list.clock;
    let left = days_left();
    let rows = list
        .rows
        .into_iter()
        .map(|row| {
            // The row has the domain's labels of its kind and state: read back, to be said
            // in the page's language.
            let kind = Kind::ALL.into_iter().find(|kind| kind.label() == row.kind);
            let title = match kind {
                Some(kind) => named(kind, &row.reference),
                None => format!("{} {}", row.kind, row.reference),
            };
            let day = crate::i18n::day_words(&row.received);
            let sent = if row.own {
                tr!("complaints-sent-on", { "day" => day })
            } else {
                tr!("complaints-sent-on-for-resident", { "day" => day })
            };
            let state = row.state.map(|text| {
                State::ALL
                    .into_iter()
                    .find(|state| state.describe() == text)
                    .map_or(text, state_words)
            });
            let due = row.due.map(|due| {
                let words = due_words(due, left.clone(), true);
                view! { <p>{counted(due.by, &clock, words)}</p> }
            });
            // The server function says it in English; it is there only while the resident's
            // consent is awaited, and always the same.
            let limited = row.limited.map(|_| tr!("complaints-limited"));
            view! {
                <li class="complaint-card">
                    <h3 class="heading-s">
                        <a href=format!("/account/complaints/{}", row.reference)>{title}</a>
                    </h3>
                    <p class="hint">{sent}</p>
                    {state.map(|state| view! { <p>{state}</p> })}
                    {due}
                    {limited.map(|text| view! { <p>{text}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{tr!("complaints-yours")}</h2>
        <ul class="plain-list">{rows}</ul>
    }
    .into_any()
}

/// What it is, for a caption: "Complaint".
fn kind_words(kind: Kind) -> String {
    match kind {
        Kind::Complaint => tr!("complaints-kind-complaint"),
        Kind::Concern => tr!("complaints-kind-concern"),
        Kind::Compliment => tr!("complaints-kind-compliment"),
    }
}

/// What it is, with its reference: "Complaint CH-2026-0001".
fn named(kind: Kind, reference: &str) -> String {
    let reference = reference.to_owned();
    match kind {
        Kind::Complaint => tr!("complaints-named-complaint", { "reference" => reference }),
        Kind::Concern => tr!("complaints-named-concern", { "reference" => reference }),
        Kind::Compliment => tr!("complaints-named-compliment", { "reference" => reference }),
    }
}

/// Where it stands: "open at Stage 1".
fn state_words(state: State) -> String {
    match state {
        State::AwaitingAcknowledgement => tr!("complaints-state-awaiting-acknowledgement"),
        State::Stage1Open => tr!("complaints-state-stage1-open"),
        State::Stage1Responded => tr!("complaints-state-stage1-responded"),
        State::Stage2AwaitingAcknowledgement => {
            tr!("complaints-state-stage2-awaiting-acknowledgement")
        }
        State::Stage2Open => tr!("complaints-state-stage2-open"),
        State::Closed => tr!("complaints-state-closed"),
    }
}

/// Stands for the working days left in a countdown's sentence ([`Words`]).
const LEFT: &str = "{left}";

/// The working days left in words, for the countdowns to count with: each form as the
/// translation writes it for a number it covers, with `{n}` for the number.
fn days_left() -> Left {
    let form =
        |n: i64| tr!("complaints-days-left", { "count" => n }).replacen(&n.to_string(), "{n}", 1);
    let (few, other) = (form(2), form(5));
    Left {
        none: tr!("complaints-days-left", { "count" => 0_i64 }),
        one: form(1),
        few: (few != other).then_some(few),
        other,
    }
}

/// The sentence for a day (a deadline, the end of a window), counted again in the browser
/// while the day is still to come. Once it has passed, what it says never changes: it is sent
/// as words alone, with nothing for the browser to count or wake (most of a resident's older
/// complaints have such a day).
fn counted(by: NaiveDate, clock: &Clock, words: Words) -> AnyView {
    match words.once_passed(by, clock.today()) {
        Some(said) => sentence(said).into_any(),
        None => view! { <Countdown by=Day(by) clock=clock.clone() words /> }.into_any(),
    }
}

/// A complaint's next deadline, as its list and its page say it, with the "Overdue" tag once
/// the landlord is late when `tag`.
fn due_words(due: Due, left: Left, tag: bool) -> Words {
    let day = long_date(due.by);
    let (open, passed) = match due.kind {
        DeadlineKind::Acknowledge => (
            tr!("complaints-due-acknowledge", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-overdue-acknowledge", { "day" => day }),
        ),
        DeadlineKind::Stage1Response => (
            tr!("complaints-due-stage1-response", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-overdue-stage1-response", { "day" => day }),
        ),
        DeadlineKind::Stage2Request => (
            tr!("complaints-review-open", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-review-ended", { "day" => day }),
        ),
        DeadlineKind::Stage2Acknowledge => (
            tr!("complaints-due-stage2-acknowledge", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-overdue-stage2-acknowledge", { "day" => day }),
        ),
        DeadlineKind::Stage2Response => (
            tr!("complaints-due-stage2-response", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-overdue-stage2-response", { "day" => day }),
        ),
    };
    Words {
        open,
        passed,
        left,
        late: (tag && due.kind.owed_by_landlord()).then(|| tr!("complaints-overdue")),
    }
}

/// A stage still to come that has a day: owed by the landlord ("Due by …") or the resident's
/// window to ask for a review ("Open until …").
fn stage_words(by: NaiveDate, owed_by_landlord: bool, left: Left) -> Words {
    let day = long_date(by);
    let (open, passed) = if owed_by_landlord {
        (
            tr!("complaints-stage-due", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-stage-overdue", { "day" => day }),
        )
    } else {
        (
            tr!("complaints-stage-open", { "day" => day.clone(), "left" => LEFT }),
            tr!("complaints-stage-closed", { "day" => day }),
        )
    };
    Words {
        open,
        passed,
        left,
        late: None,
    }
}

/// What the complaint page says after the resident asked something of it.
fn done_notice(done: Option<String>) -> Option<String> {
    Some(match Request::from_path(&done?)? {
        Request::Review => tr!("complaints-done-review"),
        Request::LateReview => tr!("complaints-done-late-review"),
        Request::AddInformation => tr!("complaints-done-add-information"),
        Request::Withdraw => tr!("complaints-done-withdraw"),
    })
}

/// One complaint's page. What it shows is loaded again, in place, when a live update says the
/// complaint changed.
#[component]
pub fn ComplaintStatusPage() -> impl IntoView {
    let reference = param("reference");
    let done = done_notice(query("done"));
    let title = named(Kind::Complaint, &reference);
    let load = {
        let reference = reference.clone();
        async move {
            match my_complaint(reference.clone()).await {
                Ok(whole) => Ok(whole.map(|view| Seen::Whole(Box::new(view)))),
                // A representative waiting for consent is told where they stand.
                Err(refusal) => match sent_only(&reference).await? {
                    Some(sent) => Ok(Some(Seen::SentOnly(sent))),
                    None => Err(refusal),
                },
            }
        }
    };
    view! {
        <Title text=title />
        {done.map(|text| notice(&text))}
        {signed_in(load, move |seen: Seen| match seen {
            Seen::Whole(view) => view! {
                <LiveUpdates after=view.seen only=Some(reference) />
                <div data-live-content="">{complaint_page(*view)}</div>
            }
            .into_any(),
            Seen::SentOnly(sent) => sent_only_page(sent).into_any(),
        })}
    }
}

/// What the signed-in person may see of a complaint.
enum Seen {
    Whole(Box<ComplaintPageView>),
    SentOnly(SentOnlyView),
}

/// For a representative who sent a complaint for a resident, while the resident's consent is
/// awaited: that it was sent and when, what happens next, and what they can do meanwhile.
fn sent_only_page(sent: SentOnlyView) -> impl IntoView {
    let send = tr!("complaints-meanwhile-send", { "email" => LANDLORD.email });
    let phone = tr!("complaints-meanwhile-phone", {
        "phone" => LANDLORD.phone,
        "hours" => tr!("layout-landlord-hours"),
    });
    view! {
        <span class="caption">{kind_words(sent.kind)}</span>
        <h1 class="heading-xl">{sent.reference.clone()}</h1>
        <dl class="summary-list">
            {summary_row(tr!("complaints-sent"), time_words(&sent.received))}
            {summary_row(tr!("complaints-where-it-is"), tr!("complaints-waiting-for-consent"))}
        </dl>
        <h2 class="heading-m">{tr!("complaints-next-heading")}</h2>
        <p>{tr!("complaints-sent-only-next")}</p>
        <h2 class="heading-m">{tr!("complaints-meanwhile")}</h2>
        <ul class="bulleted">
            <li>{tr!("complaints-meanwhile-ask")}</li>
            <li>{send}</li>
            <li>{phone}</li>
        </ul>
        <p><a href="/account">{tr!("complaints-back-to-account")}</a></p>
    }
}

fn summary_row(label: String, text: impl IntoView) -> impl IntoView {
    view! { <div class="summary-row"><dt>{label}</dt><dd>{text}</dd></div> }
}

fn complaint_page(view: ComplaintPageView) -> impl IntoView {
    let clock: Clock = view.clock.clone();
    let left = days_left();
    let stages = view
        .milestones
        .into_iter()
        .map(|m| {
            let done = matches!(m.mark, Mark::Done(_));
            let overdue = m.overdue(clock.today());
            let details = m
                .details
                .iter()
                .map(|(label, text)| summary_row(label.clone(), text.clone()))
                .collect_view();
            let has_details = !m.details.is_empty();
            let what = m.what.clone();
            // Only a day still to come is counted again in the browser.
            let when = match m.mark {
                Mark::Done(on) => {
                    tr!("complaints-stage-done", { "day" => long_date(on) }).into_any()
                }
                Mark::Later(words) => words.into_any(),
                Mark::Due(by) => {
                    let words = stage_words(by, m.owed_by_landlord, left.clone());
                    counted(by, &clock, words)
                }
            };
            view! {
                <li class="stage" class:stage-done=done class:stage-overdue=overdue>
                    <h3 class="heading-s">{what}</h3>
                    <p>{when}</p>
                    {has_details.then(|| view! { <dl class="summary-list">{details}</dl> })}
                </li>
            }
        })
        .collect_view();
    let actions = view.actions;
    let base = format!("/account/complaints/{}", view.reference);
    let letters = view
        .letters
        .iter()
        .map(|l| view! { <li><a href=format!("/account/letters/{}", l.id) lang=l.language.tag() dir=l.language.direction()>{l.subject.clone()}</a> " (" {time_words(&l.sent)} ")"</li> })
        .collect_view();
    let told_us = crate::pages::filing::submission_rows(&view.submission)
        .into_iter()
        .map(|(label, text)| summary_row(label, text))
        .collect_view();
    let last_updated = time_words(&domain::steps::long_time(&view.clock.now));
    let due = view.due.map(|due| {
        let words = due_words(due, left.clone(), false);
        summary_row(tr!("complaints-next"), counted(due.by, &clock, words))
    });
    let handled_by = view.handled_by.map(|(name, contact)| {
        summary_row(
            tr!("complaints-handled-by"),
            match contact {
                Some(c) => format!("{name}, {c}"),
                None => name,
            },
        )
    });
    let ombudsman = tr!("complaints-ombudsman-advice", {
        "name" => HOUSING_OMBUDSMAN.name,
        "phone" => HOUSING_OMBUDSMAN.phone,
        "email" => HOUSING_OMBUDSMAN.email,
    });
    let updated = tr!("complaints-last-updated", { "when" => last_updated });
    let review_until = actions
        .review_until
        .map(|last| tr!("complaints-review-until", { "day" => long_date(last) }));
    let offered = actions.review_until.is_some()
        || actions.late_review_since.is_some()
        || actions.add_information
        || actions.withdraw;
    view! {
        <span class="caption">{kind_words(view.kind)}</span>
        <h1 class="heading-xl">{view.reference.clone()}</h1>
        <dl class="summary-list">
            {summary_row(tr!("complaints-where-it-is"), state_words(view.state))}
            {due}
            {handled_by}
            {summary_row(tr!("complaints-sent"), time_words(&view.received))}
        </dl>
        <h2 class="heading-m">{tr!("complaints-next-heading")}</h2>
        <p>{view.next}</p>
        {offered.then(|| view! {
            <ul class="plain-list actions">
                {review_until.map(|until| view! {
                    <li><a class="button" href=format!("{base}/review")>{tr!("complaints-action-review")}</a>
                    <p class="hint">{until}</p></li>
                })}
                {actions.late_review_since.map(|_| view! {
                    <li><a class="button" href=format!("{base}/late-review")>{tr!("complaints-action-late-review")}</a></li>
                })}
                {actions.add_information.then(|| view! {
                    <li><a href=format!("{base}/add-information")>{tr!("complaints-action-add-information")}</a></li>
                })}
                {actions.withdraw.then(|| view! {
                    <li><a href=format!("{base}/withdraw")>{tr!("complaints-action-withdraw")}</a></li>
                })}
            </ul>
        })}
        <h2 class="heading-m">{tr!("complaints-stages")}</h2>
        <ol class="timeline stages">{stages}</ol>
        {view.definition.map(|(about, outcome)| view! {
            <h2 class="heading-m">{tr!("complaints-definition")}</h2>
            <dl class="summary-list">
                {summary_row(tr!("complaints-definition-about"), about)}
                {summary_row(tr!("complaints-definition-outcome"), outcome)}
            </dl>
            <p class="hint">{tr!("complaints-definition-hint")}</p>
        })}
        <h2 class="heading-m">{tr!("complaints-letters")}</h2>
        {if view.letters.is_empty() {
            view! { <p>{tr!("complaints-no-letters")}</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{letters}</ul> }.into_any()
        }}
        <h2 class="heading-m">{tr!("complaints-told-us")}</h2>
        <dl class="summary-list">{told_us}</dl>
        <h2 class="heading-m">{tr!("complaints-ombudsman")}</h2>
        <p>{ombudsman}</p>
        <p class="hint">{updated}</p>
        <p><a href="/account">{tr!("complaints-back-to-account")}</a></p>
    }
}

fn title_of(request: Request) -> String {
    match request {
        Request::Review => tr!("complaints-request-title-review"),
        Request::LateReview => tr!("complaints-request-title-late-review"),
        Request::AddInformation => tr!("complaints-request-title-add-information"),
        Request::Withdraw => tr!("complaints-request-title-withdraw"),
    }
}

/// The form for asking something of a complaint: a review, a late review, more information,
/// or a withdrawal (which is its own confirmation step).
#[component]
pub fn ComplaintRequestPage() -> impl IntoView {
    let reference = param("reference");
    let request = param("request");
    let form = Form::of::<Ask>();
    view! {
        {signed_in(request_form(reference, request), move |view: RequestView| request_page(view, form).into_any())}
    }
}

fn request_page(view: RequestView, form: Form) -> impl IntoView {
    let error: Refusal = form.refusal;
    let back = format!("/account/complaints/{}", view.reference);
    let caption = named(view.kind, &view.reference);
    let title = title_of(view.request);
    if let Some(text) = view.not_now {
        // Not offered now (it changed since the link was followed): say why, and what can
        // be done instead, rather than a form the server would refuse.
        return view! {
            <Title text=crate::components::form::title_text(&title, &error) />
            <div class="column-two-thirds">
                <ErrorSummary refusal=error />
                <span class="caption">{caption}</span>
                <h1 class="heading-xl">{title}</h1>
                <div class="inset"><p>{crate::messages::translated(&text)}</p></div>
                <p><a href=back>{tr!("complaints-back-to-complaint")}</a></p>
            </div>
        }
        .into_any();
    }
    let review_by = view.review_by.map(long_date).unwrap_or_default();
    let (intro, submit) = match view.request {
        Request::Review => (
            tr!("complaints-intro-review", { "day" => review_by }),
            tr!("complaints-submit-review"),
        ),
        Request::LateReview => (
            tr!("complaints-intro-late-review", { "day" => review_by }),
            tr!("complaints-submit-late-review"),
        ),
        Request::AddInformation => (
            tr!("complaints-intro-add-information"),
            tr!("complaints-submit-add-information"),
        ),
        Request::Withdraw => (
            tr!("complaints-intro-withdraw"),
            tr!("complaints-submit-withdraw"),
        ),
    };
    let still_unhappy = tr!("complaints-field-still-unhappy");
    let outcome_wanted = tr!("complaints-field-outcome-wanted");
    let fields = match view.request {
        Request::Review => view! {
            <TextArea name="still_unhappy" label=still_unhappy hint=tr!("complaints-field-still-unhappy-hint") error />
            <TextArea name="outcome_wanted" label=outcome_wanted error />
        }
        .into_any(),
        Request::LateReview => view! {
            <TextArea name="reason" label=tr!("complaints-field-late-reason") hint=tr!("complaints-field-late-reason-hint") error />
            <TextArea name="still_unhappy" label=still_unhappy error />
            <TextArea name="outcome_wanted" label=outcome_wanted error />
        }
        .into_any(),
        Request::AddInformation => view! {
            <TextArea name="information" label=tr!("complaints-field-information") error />
        }
        .into_any(),
        Request::Withdraw => view! {
            <TextArea name="reason" label=tr!("complaints-field-withdraw-reason") rows=3 error />
        }
        .into_any(),
    };
    let withdraw = view.request == Request::Withdraw;
    let back_text = if withdraw {
        tr!("complaints-keep")
    } else {
        tr!("complaints-back-to-complaint")
    };
    view! {
        <FormPage form title caption submit
            submit_class=if withdraw { "button button-warning" } else { "button" }
            hidden=vec![("reference", view.reference.clone()), ("request", view.request.path().to_owned())]
            intro=move || view! { <p>{intro.clone()}</p> }
            after=move || view! { <p><a href=back.clone()>{back_text.clone()}</a></p> }>
            {fields}
        </FormPage>
    }
    .into_any()
}
