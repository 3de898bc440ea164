//! Following a complaint: "Your complaints" on the account page, each complaint's page (its
//! stages done and due, who is handling it, the letters, what happens next), and the forms to
//! ask for a review, ask for one late, add information or withdraw it.

use domain::calendar::long_date;
use domain::contact::HOUSING_OMBUDSMAN;
use domain::progress::{Mark, Request};
use leptos::prelude::*;
use leptos_meta::Title;

use super::{notice, param, query, signed_in};
use crate::api::complaints::{
    my_complaint, request_form, sent_only, Ask, ComplaintList, ComplaintPageView, RequestView,
    SentOnlyView,
};
use crate::components::form::{ErrorSummary, Form, FormPage, Refusal, TextArea};
use crate::islands::countdown::{Clock, Countdown, Counted};
use crate::islands::live::LiveUpdates;

/// "Your complaints", on the account page: each with where it stands and the next deadline in
/// words, counted again in the browser while the page is open.
pub(crate) fn your_complaints(list: ComplaintList) -> impl IntoView {
    if list.rows.is_empty() {
        return view! {
            <h2 class="heading-m">"Your complaints"</h2>
            <p>"You have not made a complaint, reported a safety concern or given a compliment yet."</p>
        }
        .into_any();
    }
    let clock = list.clock;
    let rows = list
        .rows
        .into_iter()
        .map(|row| {
            let title = format!("{} {}", row.kind, row.reference);
            let due = row.due.map(|due| {
                view! { <p><Countdown counted=Counted::due(due) clock=clock.clone() tag=true /></p> }
            });
            view! {
                <li class="complaint-card">
                    <h3 class="heading-s">
                        <a href=format!("/account/complaints/{}", row.reference)>{title}</a>
                    </h3>
                    <p class="hint">{format!("Sent on {}{}", row.received, if row.own { "" } else { ", for a resident you act for" })}</p>
                    {row.state.map(|state| view! { <p>{state}</p> })}
                    {due}
                    {row.limited.map(|text| view! { <p>{text}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">"Your complaints"</h2>
        <ul class="plain-list">{rows}</ul>
    }
    .into_any()
}

/// What the complaint page says after the resident asked something of it.
fn done_notice(done: Option<String>) -> Option<&'static str> {
    Some(match Request::from_path(&done?)? {
        Request::Review => "You have asked for a review. We will acknowledge it within 5 working days and tell you who is reviewing it.",
        Request::LateReview => "You have asked for a review. The Complaints Officer will decide whether to accept it and will tell you.",
        Request::AddInformation => "Your information has been added to your complaint. The person handling it has been told.",
        Request::Withdraw => "Your complaint has been withdrawn.",
    })
}

/// One complaint's page. What it shows is loaded again, in place, when a live update says the
/// complaint changed.
#[component]
pub fn ComplaintStatusPage() -> impl IntoView {
    let reference = param("reference");
    let done = done_notice(query("done"));
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
        <Title text=format!("Complaint {reference}") />
        {done.map(notice)}
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
    view! {
        <span class="caption">{sent.kind.label()}</span>
        <h1 class="heading-xl">{sent.reference.clone()}</h1>
        <dl class="summary-list">
            {summary_row("Sent".into(), sent.received)}
            {summary_row("Where it is".into(), "Waiting for the resident to agree that you can act for them")}
        </dl>
        <h2 class="heading-m">"What happens next"</h2>
        <p>"We are looking into it already, and we contact the resident about it directly. We will show you how it is going, and send you our letters about it, once they have told us they agree that you can act for them."</p>
        <h2 class="heading-m">"What you can do meanwhile"</h2>
        <ul class="bulleted">
            <li>"Ask the resident to agree in their own Calico Account, or to tell us by phone or in writing."</li>
            <li>"Send us their signed consent, quoting this reference, to " {domain::contact::LANDLORD.email} "."</li>
            <li>"Tell us anything urgent about it by phone: " {domain::contact::LANDLORD.phone} " (" {domain::contact::LANDLORD.opening_hours} ")."</li>
        </ul>
        <p><a href="/account">"Back to your account"</a></p>
    }
}

fn summary_row(label: String, text: impl IntoView) -> impl IntoView {
    view! { <div class="summary-row"><dt>{label}</dt><dd>{text}</dd></div> }
}

fn complaint_page(view: ComplaintPageView) -> impl IntoView {
    let clock: Clock = view.clock.clone();
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
            let counted = Counted::stage(&m);
            view! {
                <li class="stage" class:stage-done=done class:stage-overdue=overdue>
                    <h3 class="heading-s">{what}</h3>
                    <p><Countdown counted clock=clock.clone() tag=false /></p>
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
        .map(|l| view! { <li><a href=format!("/account/letters/{}", l.id)>{l.subject.clone()}</a> " (" {l.sent.clone()} ")"</li> })
        .collect_view();
    let told_us = view
        .told_us
        .into_iter()
        .map(|(label, text)| summary_row(label, text))
        .collect_view();
    let last_updated = domain::steps::long_time(&view.clock.now);
    let due = view.due.map(|due| {
        summary_row(
            "Next".into(),
            view! { <Countdown counted=Counted::due(due) clock=clock.clone() tag=false /> },
        )
    });
    let handled_by = view.handled_by.map(|(name, contact)| {
        summary_row(
            "Handled by".into(),
            match contact {
                Some(c) => format!("{name}, {c}"),
                None => name,
            },
        )
    });
    let offered = actions.review_until.is_some()
        || actions.late_review_since.is_some()
        || actions.add_information
        || actions.withdraw;
    view! {
        <span class="caption">{view.kind.label()}</span>
        <h1 class="heading-xl">{view.reference.clone()}</h1>
        <dl class="summary-list">
            {summary_row("Where it is".into(), view.state_words)}
            {due}
            {handled_by}
            {summary_row("Sent".into(), view.received)}
        </dl>
        <h2 class="heading-m">"What happens next"</h2>
        <p>{view.next}</p>
        {offered.then(|| view! {
            <ul class="plain-list actions">
                {actions.review_until.map(|last| view! {
                    <li><a class="button" href=format!("{base}/review")>"Ask for a review (Stage 2)"</a>
                    <p class="hint">{format!("You can ask for a review until {}.", long_date(last))}</p></li>
                })}
                {actions.late_review_since.map(|_| view! {
                    <li><a class="button" href=format!("{base}/late-review")>"Ask for a review after the time to ask has ended"</a></li>
                })}
                {actions.add_information.then(|| view! {
                    <li><a href=format!("{base}/add-information")>"Add information to this complaint"</a></li>
                })}
                {actions.withdraw.then(|| view! {
                    <li><a href=format!("{base}/withdraw")>"Withdraw this complaint"</a></li>
                })}
            </ul>
        })}
        <h2 class="heading-m">"Its stages"</h2>
        <ol class="timeline stages">{stages}</ol>
        {view.definition.map(|(about, outcome)| view! {
            <h2 class="heading-m">"What we understand your complaint to be"</h2>
            <dl class="summary-list">
                {summary_row("What it is about".into(), about)}
                {summary_row("The outcome you want".into(), outcome)}
            </dl>
            <p class="hint">"If this is not right, tell the person handling it."</p>
        })}
        <h2 class="heading-m">"Letters"</h2>
        {if view.letters.is_empty() {
            view! { <p>"We have not sent any letters about it yet."</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{letters}</ul> }.into_any()
        }}
        <h2 class="heading-m">"What you told us"</h2>
        <dl class="summary-list">{told_us}</dl>
        <h2 class="heading-m">"The Housing Ombudsman"</h2>
        <p>{format!(
            "You can contact the {} at any time for free, independent advice: phone {}, email {}.",
            HOUSING_OMBUDSMAN.name, HOUSING_OMBUDSMAN.phone, HOUSING_OMBUDSMAN.email
        )}</p>
        <p class="hint">{format!("This page was last updated on {last_updated}. It updates by itself while it is open; reload it to check.")}</p>
        <p><a href="/account">"Back to your account"</a></p>
    }
}

fn title_of(request: Request) -> &'static str {
    match request {
        Request::Review => "Ask for a review of your complaint",
        Request::LateReview => "Ask for a review after the time to ask has ended",
        Request::AddInformation => "Add information to your complaint",
        Request::Withdraw => "Are you sure you want to withdraw your complaint?",
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
    let caption = format!("{} {}", view.kind.label(), view.reference);
    let title = title_of(view.request);
    if let Some(text) = view.not_now {
        // Not offered now (it changed since the link was followed): say why, and what can
        // be done instead, rather than a form the server would refuse.
        return view! {
            <Title text=crate::components::form::title_text(title, &error) />
            <div class="column-two-thirds">
                <ErrorSummary refusal=error />
                <span class="caption">{caption}</span>
                <h1 class="heading-xl">{title}</h1>
                <div class="inset"><p>{text}</p></div>
                <p><a href=back>"Back to the complaint"</a></p>
            </div>
        }
        .into_any();
    }
    let review_by = view.review_by.map(long_date).unwrap_or_default();
    let (intro, submit): (String, &str) = match view.request {
        Request::Review => (
            format!("You can ask for a review until {review_by}. A different person from the one who handled it so far will look at your complaint again, and we will send you our final response. You do not have to give reasons."),
            "Ask for a review",
        ),
        Request::LateReview => (
            format!("The time to ask for a review ended on {review_by}. You can still ask: tell us why you are asking now, and the Complaints Officer will decide whether to accept it. Whatever they decide, you can go to the Housing Ombudsman."),
            "Send my request",
        ),
        Request::AddInformation => (
            "Tell us anything more about your complaint. If it is related and we have not yet sent our Stage 1 response, we will include it in that response. The person handling your complaint is told straight away.".to_owned(),
            "Add it to my complaint",
        ),
        Request::Withdraw => (
            "If you withdraw it, we will stop looking into your complaint and close it. You can make a new complaint at any time.".to_owned(),
            "Yes, withdraw my complaint",
        ),
    };
    let fields = match view.request {
        Request::Review => view! {
            <TextArea name="still_unhappy" label="What are you still unhappy about? (optional)" hint="For example, a part of our response you disagree with." error />
            <TextArea name="outcome_wanted" label="What would you like us to do? (optional)" error />
        }
        .into_any(),
        Request::LateReview => view! {
            <TextArea name="reason" label="Why are you asking now?" hint="For example, you were in hospital or did not receive our letter." error />
            <TextArea name="still_unhappy" label="What are you still unhappy about? (optional)" error />
            <TextArea name="outcome_wanted" label="What would you like us to do? (optional)" error />
        }
        .into_any(),
        Request::AddInformation => view! {
            <TextArea name="information" label="What do you want to add?" error />
        }
        .into_any(),
        Request::Withdraw => view! {
            <TextArea name="reason" label="Why are you withdrawing it? (optional)" rows=3 error />
        }
        .into_any(),
    };
    let withdraw = view.request == Request::Withdraw;
    let back_text = if withdraw {
        "No, keep my complaint"
    } else {
        "Back to the complaint"
    };
    view! {
        <FormPage form title caption submit
            submit_class=if withdraw { "button button-warning" } else { "button" }
            hidden=vec![("reference", view.reference.clone()), ("request", view.request.path().to_owned())]
            intro=move || view! { <p>{intro.clone()}</p> }
            after=move || view! { <p><a href=back.clone()>{back_text}</a></p> }>
            {fields}
        </FormPage>
    }
    .into_any()
}
