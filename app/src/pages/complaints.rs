//! Following a complaint: "Your complaints" on the account page, each complaint's page (its
//! stages done and due, who is handling it, the letters, what happens next), and the forms to
//! ask for a review, ask for one late, add information or withdraw it.

use domain::calendar::long_date;
use domain::contact::HOUSING_OMBUDSMAN;
use domain::progress::{Mark, Request};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::complaints::{
    my_complaint, my_complaints, request_form, Ask, ComplaintList, ComplaintPageView, RequestView,
};
use crate::components::following::{use_now, LiveRegion};
use crate::components::form::{ErrorSummary, FormTitle, TextArea};
use crate::pages::{signed_in_page_for, signed_in_page_kept};

fn param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    // Read with `try_with`: a page title is rendered last, and must not panic if the route's
    // parameters are gone by then.
    move || {
        params
            .try_with(|p| p.get(name))
            .flatten()
            .unwrap_or_default()
    }
}

/// The complaints an account follows, loaded by the page that shows them (at its top level),
/// and loaded again whenever a live update says one changed.
#[derive(Clone, Copy)]
pub struct Following {
    pub changed: RwSignal<u32>,
    pub seen: RwSignal<Option<i64>>,
    list: Resource<Result<Option<ComplaintList>, crate::api::AppError>>,
}

impl Default for Following {
    fn default() -> Self {
        Self::new()
    }
}

impl Following {
    pub fn new() -> Self {
        let changed = RwSignal::new(0u32);
        Self {
            changed,
            seen: RwSignal::new(None),
            list: Resource::new(move || changed.get(), |_| my_complaints()),
        }
    }
}

/// "Your complaints", on the account page: each with where it stands and the next deadline in
/// words, updated while the page is open.
#[component]
pub fn YourComplaints(following: Following) -> impl IntoView {
    view! {
        <Transition fallback=|| view! { <p>"Loading your complaints…"</p> }>
            {move || Suspend::new(async move {
                match following.list.await {
                    Ok(Some(list)) => {
                        following.seen.try_set(Some(list.seen));
                        complaint_list(list).into_any()
                    }
                    Ok(None) => ().into_any(),
                    Err(error) => view! {
                        <h2 class="heading-m">"Your complaints"</h2>
                        <p>{error.to_string()}</p>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

fn complaint_list(list: ComplaintList) -> impl IntoView {
    let now = use_now(list.clock.now);
    let calendar = list.clock.calendar();
    if list.rows.is_empty() {
        return view! {
            <h2 class="heading-m">"Your complaints"</h2>
            <p>"You have not made a complaint, reported a safety concern or given a compliment yet."</p>
        }
        .into_any();
    }
    let rows = list
        .rows
        .into_iter()
        .map(|row| {
            let calendar = calendar.clone();
            let due = row.due;
            let sentence = move || {
                due.map(|due| {
                    let today = domain::calendar::london_date(&now.get());
                    (
                        domain::progress::due_sentence(due, today, &calendar),
                        due.kind.owed_by_landlord() && today > due.by,
                    )
                })
            };
            let title = format!("{} {}", row.kind, row.reference);
            view! {
                <li class="complaint-card">
                    <h3 class="heading-s">
                        {if row.limited.is_none() {
                            view! { <a href=format!("/account/complaints/{}", row.reference)>{title}</a> }.into_any()
                        } else {
                            view! { <span>{title}</span> }.into_any()
                        }}
                    </h3>
                    <p class="hint">{format!("Sent on {}{}", row.received, if row.own { "" } else { ", for a resident you act for" })}</p>
                    {row.state.map(|state| view! { <p>{state}</p> })}
                    {move || sentence().map(|(text, overdue)| view! {
                        <p>
                            {overdue.then(|| view! { <strong class="tag tag-overdue">"Overdue"</strong> " " })}
                            {text}
                        </p>
                    })}
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

/// One complaint's page.
#[component]
pub fn ComplaintStatusPage() -> impl IntoView {
    let reference = param("reference");
    let query = use_query_map();
    let changed = RwSignal::new(0u32);
    let seen = RwSignal::new(None::<i64>);
    let done = move || {
        let request = query
            .read()
            .get("done")
            .and_then(|d| Request::from_path(&d));
        request.map(|r| match r {
            Request::Review => "You have asked for a review. We will acknowledge it within 5 working days and tell you who is reviewing it.",
            Request::LateReview => "You have asked for a review. The Complaints Officer will decide whether to accept it and will tell you.",
            Request::AddInformation => "Your information has been added to your complaint. The person handling it has been told.",
            Request::Withdraw => "Your complaint has been withdrawn.",
        })
    };
    view! {
        <Title text=move || format!("Complaint {}", reference()) />
        {move || done().map(|text| view! {
            <div class="notification-banner" role="status"><p class="notification-heading">{text}</p></div>
        })}
        <LiveRegion seen=seen.read_only() only=reference() changed />
        {signed_in_page_kept(move || (reference(), changed.get()), |(r, _)| my_complaint(r), move |view: ComplaintPageView| {
            seen.try_set(Some(view.seen));
            complaint_page(view).into_any()
        })}
    }
}

fn complaint_page(view: ComplaintPageView) -> impl IntoView {
    let now = use_now(view.clock.now);
    let calendar = view.clock.calendar();
    let today = move || domain::calendar::london_date(&now.get());
    let stages = view
        .milestones
        .iter()
        .map(|m| {
            let calendar = calendar.clone();
            let done = matches!(m.mark, Mark::Done(_));
            let when = {
                let m = m.clone();
                move || m.when(today(), &calendar)
            };
            let overdue = {
                let m = m.clone();
                move || m.overdue(today())
            };
            let details = m
                .details
                .iter()
                .map(|(label, text)| view! { <div class="summary-row"><dt>{label.clone()}</dt><dd>{text.clone()}</dd></div> })
                .collect_view();
            view! {
                <li class="stage" class:stage-done=done class:stage-overdue=overdue>
                    <h3 class="heading-s">{m.what.clone()}</h3>
                    <p>{when}</p>
                    {(!m.details.is_empty()).then(|| view! { <dl class="summary-list">{details}</dl> })}
                </li>
            }
        })
        .collect_view();
    let due = view.due;
    let due_calendar = calendar.clone();
    let due_sentence =
        move || due.map(|due| domain::progress::due_sentence(due, today(), &due_calendar));
    let next = view.next.clone();
    let actions = view.actions;
    let base = format!("/account/complaints/{}", view.reference);
    let letters = view
        .letters
        .iter()
        .map(|l| view! { <li><a href=format!("/account/letters/{}", l.id)>{l.subject.clone()}</a> " (" {l.sent.clone()} ")"</li> })
        .collect_view();
    let told_us = view
        .told_us
        .iter()
        .map(|(label, text)| view! { <div class="summary-row"><dt>{label.clone()}</dt><dd>{text.clone()}</dd></div> })
        .collect_view();
    let kind = view.kind.label();
    let last_updated = domain::steps::long_time(&view.clock.now);
    view! {
        <span class="caption">{kind}</span>
        <h1 class="heading-xl">{view.reference.clone()}</h1>
        <dl class="summary-list">
            <div class="summary-row"><dt>"Where it is"</dt><dd>{view.state_words.clone()}</dd></div>
            {due.is_some().then(|| view! { <div class="summary-row"><dt>"Next"</dt><dd>{due_sentence}</dd></div> })}
            {view.handled_by.clone().map(|(name, contact)| view! {
                <div class="summary-row"><dt>"Handled by"</dt><dd>{match contact { Some(c) => format!("{name}, {c}"), None => name }}</dd></div>
            })}
            <div class="summary-row"><dt>"Sent"</dt><dd>{view.received.clone()}</dd></div>
        </dl>
        <h2 class="heading-m">"What happens next"</h2>
        <p>{next}</p>
        {(actions.review_until.is_some() || actions.late_review_since.is_some() || actions.add_information || actions.withdraw).then(|| view! {
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
        {view.definition.clone().map(|(about, outcome)| view! {
            <h2 class="heading-m">"What we understand your complaint to be"</h2>
            <dl class="summary-list">
                <div class="summary-row"><dt>"What it is about"</dt><dd>{about}</dd></div>
                <div class="summary-row"><dt>"The outcome you want"</dt><dd>{outcome}</dd></div>
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

/// The form for asking something of a complaint: a review, a late review, more information,
/// or a withdrawal (which is its own confirmation step).
#[component]
pub fn ComplaintRequestPage() -> impl IntoView {
    let reference = param("reference");
    let request = param("request");
    let action = ServerAction::<Ask>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let title = move || {
        Request::from_path(&request())
            .map(title_of)
            .unwrap_or("Your complaint")
    };
    view! {
        <FormTitle text=title() error />
        {signed_in_page_for(move || (reference(), request()), |(r, q)| request_form(r, q), move |view: RequestView| {
            request_page(view, action, error).into_any()
        })}
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

fn request_page(
    view: RequestView,
    action: ServerAction<Ask>,
    error: Signal<Option<crate::api::AppError>>,
) -> impl IntoView {
    let back = format!("/account/complaints/{}", view.reference);
    let review_by = view.review_by.map(long_date).unwrap_or_default();
    let (intro, fields, submit): (String, AnyView, &str) = match view.request {
        Request::Review => (
            format!("You can ask for a review until {review_by}. A different person from the one who handled it so far will look at your complaint again, and we will send you our final response. You do not have to give reasons."),
            view! {
                <TextArea name="still_unhappy" label="What are you still unhappy about? (optional)" hint="For example, a part of our response you disagree with." error />
                <TextArea name="outcome_wanted" label="What would you like us to do? (optional)" error />
            }.into_any(),
            "Ask for a review",
        ),
        Request::LateReview => (
            format!("The time to ask for a review ended on {review_by}. You can still ask: tell us why you are asking now, and the Complaints Officer will decide whether to accept it. Whatever they decide, you can go to the Housing Ombudsman."),
            view! {
                <TextArea name="reason" label="Why are you asking now?" hint="For example, you were in hospital or did not receive our letter." error />
                <TextArea name="still_unhappy" label="What are you still unhappy about? (optional)" error />
                <TextArea name="outcome_wanted" label="What would you like us to do? (optional)" error />
            }.into_any(),
            "Send my request",
        ),
        Request::AddInformation => (
            "Tell us anything more about your complaint. If it is related and we have not yet sent our Stage 1 response, we will include it in that response. The person handling your complaint is told straight away.".to_owned(),
            view! {
                <TextArea name="information" label="What do you want to add?" error />
            }.into_any(),
            "Add it to my complaint",
        ),
        Request::Withdraw => (
            "If you withdraw it, we will stop looking into your complaint and close it. You can make a new complaint at any time.".to_owned(),
            view! {
                <TextArea name="reason" label="Why are you withdrawing it? (optional)" rows=3 error />
            }.into_any(),
            "Yes, withdraw my complaint",
        ),
    };
    view! {
        <div class="column-two-thirds">
            <ErrorSummary error />
            <span class="caption">{format!("{} {}", view.kind.label(), view.reference)}</span>
            <h1 class="heading-xl">{title_of(view.request)}</h1>
            {match view.not_now.clone() {
                // Not offered now (it changed since the link was followed): say why, and what
                // can be done instead, rather than a form the server would refuse.
                Some(text) => view! {
                    <div class="inset"><p>{text}</p></div>
                    <p><a href=back>"Back to the complaint"</a></p>
                }
                .into_any(),
                None => view! {
                    <p>{intro}</p>
                    <ActionForm action attr:novalidate="">
                        <input type="hidden" name="reference" value=view.reference.clone() />
                        <input type="hidden" name="request" value=view.request.path() />
                        {fields}
                        <button type="submit" class=if view.request == Request::Withdraw { "button button-warning" } else { "button" }>{submit}</button>
                    </ActionForm>
                    <p><a href=back>{if view.request == Request::Withdraw { "No, keep my complaint" } else { "Back to the complaint" }}</a></p>
                }
                .into_any(),
            }}
        </div>
    }
}
