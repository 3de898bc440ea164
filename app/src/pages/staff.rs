//! The complaints console: the work queue, one complaint's record with its timeline, a form
//! for each step that can be recorded next, and the letters. Only colleagues reach these pages.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::{notice, param, query, signed_in};
use crate::api::categories::{categories_view, AddCategory, CategoryList, RetireCategory};
use crate::api::opening::{
    opening_view, AddClosureDay, OpeningDetails, RemoveClosureDay, SetOutOfHours,
};
use crate::api::staff::{
    staff_case, staff_case_file, staff_letter, staff_queue, staff_step, staff_tasks,
    ActivationPosted, ActivationRow, CaseFileView, CaseView, CompleteTask, QueueQuery, QueueRow,
    QueueView, RecordStep, StepView, TaskRow, TasksView,
};
use crate::api::tokens::{api_tokens, CreateToken, RevokeToken, TokensView};
use crate::components::form::{
    ButtonForm, Checks, DateInput, ErrorSummary, Form, FormPage, ListCheckboxes, Radios, Refusal,
    Select, TextArea, TextInput,
};
use crate::components::layout::PrintCopy;
use crate::components::letter::LetterPage;

/// The work queue: concerns first by risk, then the nearest deadline, with overdue and
/// due-today said in words.
#[component]
pub fn QueuePage() -> impl IntoView {
    let get = |name: &str| query(name).unwrap_or_default();
    let filter = QueueQuery {
        q: get("q"),
        kind: get("kind"),
        stage: get("stage"),
        overdue: get("overdue"),
        due_within: get("due_within"),
        updates: get("updates"),
        remedies: get("remedies"),
        page: get("page"),
    };
    view! {
        <Title text="Work queue" />
        {signed_in(staff_queue(filter), |queue: QueueView| queue_page(queue).into_any())}
    }
}

/// The address of the queue (or its CSV export) with the filters `q`, and the page if given.
fn queue_address(path: &str, q: &QueueQuery, page: Option<usize>) -> String {
    let mut address = form_urlencoded::Serializer::new(String::new());
    for (name, value) in [
        ("q", &q.q),
        ("kind", &q.kind),
        ("stage", &q.stage),
        ("overdue", &q.overdue),
        ("due_within", &q.due_within),
        ("updates", &q.updates),
        ("remedies", &q.remedies),
    ] {
        if !value.is_empty() {
            address.append_pair(name, value);
        }
    }
    if let Some(page) = page {
        address.append_pair("page", &page.to_string());
    }
    match address.finish() {
        query if query.is_empty() => path.to_owned(),
        query => format!("{path}?{query}"),
    }
}

fn option(value: &'static str, label: &'static str, chosen: &str) -> impl IntoView {
    let selected = chosen == value;
    view! { <option value=value selected=selected>{label}</option> }
}

/// A queue row's vulnerabilities and adjustments: each open need with its adjustment, what the
/// resident asked for, and the next review (flagged in words once owed).
fn support_note(row: &QueueRow) -> Option<impl IntoView> {
    if row.support.is_empty() && row.asked.is_none() {
        return None;
    }
    let needs = row
        .support
        .iter()
        .map(|line| view! { <li>{line.clone()}</li> })
        .collect_view();
    let review = row.support_review.clone().map(|words| {
        if row.support_review_owed {
            let class = if row.support_review_overdue {
                "tag tag-overdue"
            } else {
                "tag tag-today"
            };
            view! { <strong class=class>{words}</strong> }.into_any()
        } else {
            view! { <span>{words}</span> }.into_any()
        }
    });
    Some(view! {
        <div class="queue-support">
            <strong>"Vulnerabilities and adjustments"</strong>
            <ul class="bulleted">
                {needs}
                {row.asked.clone().map(|asked| view! { <li>"They asked for: " {asked}</li> })}
            </ul>
            {review}
        </div>
    })
}

fn queue_page(queue: QueueView) -> impl IntoView {
    let q = queue.query.clone();
    let rows = queue
        .rows
        .iter()
        .map(|row| {
            let flag = if row.overdue {
                Some(("tag tag-overdue", "Overdue"))
            } else if row.due_today {
                Some(("tag tag-today", "Due today"))
            } else {
                None
            };
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/staff/complaints/{}", row.reference)>{row.reference.clone()}</a>
                    </th>
                    <td>{row.kind.clone()}{row.risk.clone().map(|r| view! { <br /> <strong>"Risk: " {r}</strong> })}</td>
                    <td>{row.state.clone()}</td>
                    <td>
                        {row.next.clone().unwrap_or_else(|| "None: closed".into())}
                        {row.update.clone().map(|text| {
                            // Flagged once owed (today or earlier), in words as well as colour.
                            let flag = match (row.update_owed, row.update_overdue) {
                                (_, true) => Some(("tag tag-overdue", "Update overdue")),
                                (true, false) => Some(("tag tag-today", "Update due today")),
                                (false, false) => None,
                            };
                            view! {
                                <br />
                                {flag.map(|(class, words)| view! { <strong class=class>{words}</strong> <br /> })}
                                {text}
                            }
                        })}
                        {row.remedy.clone().map(|text| {
                            let flag = match (row.remedy_owed, row.remedy_overdue) {
                                (_, true) => Some(("tag tag-overdue", "Remedy overdue")),
                                (true, false) => Some(("tag tag-today", "Remedy due today")),
                                (false, false) => None,
                            };
                            view! {
                                <br />
                                {flag.map(|(class, words)| view! { <strong class=class>{words}</strong> <br /> })}
                                {text}
                            }
                        })}
                    </td>
                    <td>
                        {flag.map(|(class, text)| view! { <strong class=class>{text}</strong> <br /> })}
                        {row.left.clone().unwrap_or_default()}
                    </td>
                    <td class="queue-summary">
                        {row.asked_late.clone().map(|text| view! { <strong>{text}</strong> <br /> })}
                        {row.summary.clone()}
                        {support_note(row)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let link = {
        let q = q.clone();
        move |page: usize| queue_address("/staff", &q, Some(page))
    };
    let export = queue_address("/staff/queue.csv", &q, None);
    let (page, pages) = (queue.page, queue.pages);
    let overdue_only = q.overdue == "true";
    let updates_only = q.updates == "true";
    let remedies_only = q.remedies == "true";
    view! {
        <h1 class="heading-xl">"Work queue"</h1>
        <p class="lead">{format!("Signed in as {} ({}).", queue.colleague, queue.role)}</p>
        <p><a href="/staff/reports">"Complaints performance: the regulator's measures, the Board's quarters and the year's volumes"</a></p>
        <p><a href="/staff/self-assessment">"Self-assessment against the Housing Ombudsman's Complaint Handling Code"</a></p>
        <p><a href="/staff/log">"Log a complaint, concern or compliment made by phone, in person, by letter, by email or through social media"</a></p>
        <p><a href="/staff/tasks">{format!("Letters to post and calls to make ({})", queue.open_tasks)}</a></p>
        <p><a href="/staff?updates=true">{format!("Updates owed to residents, as agreed while a response is late ({})", queue.updates_owed)}</a></p>
        <p><a href="/staff?remedies=true">{format!("Remedies owed to residents: due today or overdue, not yet done ({})", queue.remedies_owed)}</a></p>
        {queue.administers.then(|| view! {
            <p><a href="/staff/tokens">"API tokens for the landlord's systems"</a></p>
            <p><a href="/staff/colleagues">"Colleagues and their second sign-in step"</a></p>
            <p><a href="/staff/closure-days">"Closure days"</a>" and "<a href="/staff/out-of-hours">"the out-of-hours number"</a></p>
            <p><a href="/staff/categories">"Categories responses are filed under"</a></p>
        })}
        {queue.notice.clone().map(|notice| view! {
            <div class="notification-banner" role="status"><p class="notification-heading">{notice}</p></div>
        })}
        <form method="get" action="/staff" class="queue-filter" role="search" aria-label="Find and filter complaints">
            <div class="form-group queue-search">
                <label class="label" for="q">"Find a complaint"</label>
                <div class="hint" id="q-hint">"A reference, the resident's name, part of their address or their rent reference"</div>
                <input class="input" type="search" id="q" name="q" maxlength="100" autocomplete="off"
                    aria-describedby="q-hint" value=q.q.clone() />
            </div>
            <div class="form-group">
                <label class="label" for="kind">"Kind"</label>
                <select class="input" id="kind" name="kind">
                    {option("", "All kinds", &q.kind)}
                    {option("complaint", "Complaints", &q.kind)}
                    {option("concern", "Safety concerns", &q.kind)}
                    {option("compliment", "Compliments", &q.kind)}
                </select>
            </div>
            <div class="form-group">
                <label class="label" for="stage">"Stage"</label>
                <select class="input" id="stage" name="stage">
                    {option("", "Any stage", &q.stage)}
                    {option("1", "Stage 1", &q.stage)}
                    {option("2", "Stage 2", &q.stage)}
                </select>
            </div>
            <div class="form-group">
                <label class="label" for="due_within">"Due within (working days)"</label>
                <input class="input width-4" id="due_within" name="due_within" inputmode="numeric" value=q.due_within.clone() />
            </div>
            <div class="form-group choice">
                <input type="checkbox" id="overdue" name="overdue" value="true" checked=overdue_only />
                <label for="overdue">"Only overdue"</label>
            </div>
            <div class="form-group choice">
                <input type="checkbox" id="updates" name="updates" value="true" checked=updates_only />
                <label for="updates">"Only updates owed to residents"</label>
            </div>
            <div class="form-group choice">
                <input type="checkbox" id="remedies" name="remedies" value="true" checked=remedies_only />
                <label for="remedies">"Only remedies owed to residents"</label>
            </div>
            <button type="submit" class="button button-secondary">"Show"</button>
        </form>
        <p>
            {format!("{} {} found.", queue.total, if queue.total == 1 { "complaint" } else { "complaints" })}
            {(queue.total > 0).then(|| view! {
                " " <a href=export download>
                    {format!("Download {} as a spreadsheet (CSV)", if queue.total == 1 { "it".to_owned() } else { format!("all {}", queue.total) })}
                </a>
            })}
        </p>
        <div class="table-scroll" role="region" aria-labelledby="queue-caption" tabindex="0">
            <table class="table">
                <caption id="queue-caption" class="table-caption">"Concerns first by risk, then the nearest deadline"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Reference"</th>
                        <th scope="col">"Kind"</th>
                        <th scope="col">"Where it is"</th>
                        <th scope="col">"Next deadline"</th>
                        <th scope="col">"Working days left"</th>
                        <th scope="col">"About"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(pages > 1).then(|| view! {
            <nav aria-label="Pages of the queue" class="pagination">
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">"Previous page"</a> " " })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { " " <a href=link(page + 1) rel="next">"Next page"</a> })}
            </nav>
        })}
        <ButtonForm action=crate::api::accounts::SignOut::url()>
            <crate::islands::checks::SignOutButton label="Sign out".to_owned() />
        </ButtonForm>
    }
}

/// One complaint: where it is, what is owed, what the resident said, its timeline and its
/// letters, and what can be recorded next.
#[component]
pub fn CasePage() -> impl IntoView {
    let reference = param("reference");
    // Logging a complaint lands here as "recorded" its received event.
    let recorded = query("recorded")
        .or_else(|| query("logged").map(|_| "received".into()))
        .unwrap_or_default();
    view! {
        <Title text=format!("Complaint {reference}") />
        {signed_in(staff_case(reference), move |case: CaseView| case_page(case, recorded).into_any())}
    }
}

fn rows(rows: &[(String, String)]) -> impl IntoView {
    rows.iter()
        .map(|(key, value)| view! {
            <div class="summary-row"><dt>{key.clone()}</dt><dd class="preserve-lines">{value.clone()}</dd></div>
        })
        .collect_view()
}

fn case_page(case: CaseView, recorded: String) -> impl IntoView {
    let reference = case.reference.clone();
    let logged = (recorded == "received").then(|| view! {
        <div class="notification-banner" role="status">
            <p class="notification-heading">{format!("Logged as {reference}.")}</p>
            <p>"The acknowledgement is listed under Letters, and goes to the resident as they asked to be contacted. Give them the reference."</p>
        </div>
    });
    let banner = domain::complaint::EventType::from_code(&recorded)
        .filter(|_| logged.is_none())
        .and_then(domain::steps::step_label)
        .map(|label| view! {
        <div class="notification-banner" role="status">
            <p class="notification-heading">{format!("Recorded: {label}.")}</p>
            <p>"Any letter it sends is listed under Letters, and goes to the resident as they asked to be contacted."</p>
        </div>
    });
    let summary = case_summary(&case);
    let steps = case
        .steps
        .iter()
        .map(|(step, label)| {
            view! {
                <li><a href=format!("/staff/complaints/{reference}/{step}")>{label.clone()}</a></li>
            }
        })
        .collect_view();
    let letters = case
        .letters
        .iter()
        .map(|l| view! {
            <li><a href=format!("/staff/letters/{}", l.id) lang=l.language.tag() dir=l.language.direction()>{l.subject.clone()}</a> " (" {l.sent.clone()} ", " {l.delivery.words().to_lowercase()} ")"</li>
        })
        .collect_view();
    view! {
        {logged}
        {banner}
        <span class="caption">{case.kind.clone()}</span>
        <h1 class="heading-xl">{case.reference.clone()}</h1>
        {case.overdue.then(|| view! { <p><strong class="tag tag-overdue">"Overdue"</strong></p> })}
        <dl class="summary-list">{rows(&summary)}</dl>
        <h2 class="heading-m">"Vulnerabilities and adjustments"</h2>
        {support_table(&case)}
        <p><a href=format!("/staff/case-files/{}", case.reference)>"Case file for the Housing Ombudsman: print it, or download it with every letter and file"</a></p>
        <h2 class="heading-m">"Record the next step"</h2>
        {if case.steps.is_empty() {
            view! { <p>"Nothing can be recorded now."</p> }.into_any()
        } else {
            view! { <ul class="bulleted">{steps}</ul> }.into_any()
        }}
        <h2 class="heading-m">"Deadlines"</h2>
        <dl class="summary-list">{rows(&case.deadlines)}</dl>
        <h2 class="heading-m">"What they told us"</h2>
        <dl class="summary-list">{rows(&case.answers)}</dl>
        {(!case.attachments.is_empty()).then(|| view! {
            <h3 class="heading-s">"Photos and documents"</h3>
            <ul class="bulleted">{attachments_list(&case)}</ul>
        })}
        <h2 class="heading-m">"Timeline"</h2>
        <p class="hint">"Oldest first. Nothing here can be changed or removed: a mistake is put right by recording a correction."</p>
        <ol class="timeline">{timeline_list(&case)}</ol>
        <h2 class="heading-m">"Putting things right, and learning"</h2>
        {actions_table(&case)}
        <h2 class="heading-m">"Letters"</h2>
        {if case.letters.is_empty() {
            view! { <p>"No letters yet."</p> }.into_any()
        } else {
            view! { <ul class="bulleted">{letters}</ul> }.into_any()
        }}
        <p><a href="/staff">"Back to the work queue"</a></p>
    }
}

/// The case's summary: where it is, what is next, and who it is for.
fn case_summary(case: &CaseView) -> Vec<(String, String)> {
    let mut summary = vec![
        ("Where it is".to_owned(), case.state.clone()),
        (
            "Next".to_owned(),
            match (&case.next, &case.left) {
                (Some(next), Some(left)) => format!("{next}. {left}."),
                (Some(next), None) => format!("{next}."),
                _ => "Nothing: it is closed.".into(),
            },
        ),
    ];
    if let Some(update) = &case.update {
        summary.push(("Agreed updates".into(), format!("{update}.")));
    }
    if let Some(risk) = &case.risk {
        summary.push(("Risk level".into(), risk.clone()));
    }
    summary.push(("Received".into(), case.received.clone()));
    summary.push((
        if case.logged {
            "Logged for"
        } else {
            "Filed by"
        }
        .into(),
        case.filed_by.clone(),
    ));
    if let Some(home) = &case.filer_home {
        summary.push(("Their home".into(), home.clone()));
    }
    if let Some(consent) = &case.consent {
        summary.push(("Representative's consent".into(), consent.clone()));
    }
    summary
}

/// The timeline, oldest first.
fn timeline_list(case: &CaseView) -> impl IntoView {
    case
        .timeline
        .iter()
        .map(|entry| view! {
            <li class="timeline-entry">
                <h3 class="heading-s">{entry.what.clone()}</h3>
                <p>
                    "Happened " <time datetime=entry.occurred_iso.clone()>{entry.occurred.clone()}</time>
                    {entry.by.as_ref().map(|by| format!(", by {by}"))} "."
                    <br />
                    {match &entry.recorded_by {
                        Some(by) => format!("Recorded {} by {by}.", entry.recorded),
                        None => format!("Recorded {}.", entry.recorded),
                    }}
                </p>
                {(!entry.details.is_empty()).then(|| view! { <dl class="summary-list">{rows(&entry.details)}</dl> })}
                {entry.letter.map(|id| view! { <p><a href=format!("/staff/letters/{id}")>"Read the letter it sent"</a></p> })}
            </li>
        })
        .collect_view()
}

/// The files the resident sent, as links.
fn attachments_list(case: &CaseView) -> impl IntoView {
    case
        .attachments
        .iter()
        .map(|(id, name)| view! { <li><a href=format!("/attachments/{id}") rel="external">{name.clone()}</a></li> })
        .collect_view()
}

/// What the resident asked for, and the needs colleagues recognised with the adjustment made
/// for each and its review, as a table.
fn support_table(case: &CaseView) -> AnyView {
    let asked = view! {
        <p>{match &case.asked {
            Some(asked) => format!("They asked for: {asked}."),
            None => "They asked for no format, language or adjustment when it was made.".to_owned(),
        }}</p>
    };
    if case.support.is_empty() {
        return view! {
            {asked}
            <p>"No vulnerability or adjustment recorded by colleagues. Record one when you recognise a need: what you will do about it, and when to look at it again."</p>
        }
        .into_any();
    }
    let rows = case
        .support
        .iter()
        .map(|n| {
            let status = if n.review_owed {
                let class = if n.review_overdue {
                    "tag tag-overdue"
                } else {
                    "tag tag-today"
                };
                view! { <strong class=class>{n.status.clone()}</strong> }.into_any()
            } else {
                view! { <span>{n.status.clone()}</span> }.into_any()
            };
            view! {
                <tr>
                    <th scope="row">{n.number}</th>
                    <td>{n.need.clone()}</td>
                    <td class="preserve-lines">{n.adjustment.clone()}</td>
                    <td>{n.recorded.clone()}</td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {asked}
        <div class="table-scroll" role="region" aria-labelledby="support-caption" tabindex="0">
            <table class="table">
                <caption id="support-caption" class="table-caption">"Needs recognised and the adjustments made, in the order recorded"</caption>
                <thead><tr>
                    <th scope="col">"Number"</th>
                    <th scope="col">"Recognised"</th>
                    <th scope="col">"How we respond"</th>
                    <th scope="col">"Recorded"</th>
                    <th scope="col">"Review"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The remedies and learning actions, as a table.
fn actions_table(case: &CaseView) -> AnyView {
    if case.actions.is_empty() {
        view! { <p>"No remedies or learning actions agreed yet. They can be agreed once a response has been sent."</p> }.into_any()
    } else {
        let rows = case
            .actions
            .iter()
            .map(|a| {
                let flag = a
                    .overdue
                    .then(|| view! { <strong class="tag tag-overdue">"Overdue"</strong> <br /> });
                view! {
                    <tr>
                        <th scope="row">{a.number}</th>
                        <td>{a.kind.clone()}</td>
                        <td class="preserve-lines">{a.what.clone()}</td>
                        <td>{a.owner.clone()}</td>
                        <td>{flag}{a.status.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
                <div class="table-scroll" role="region" aria-labelledby="actions-caption" tabindex="0">
                    <table class="table">
                        <caption id="actions-caption" class="table-caption">"Remedies and learning actions, in the order agreed"</caption>
                        <thead><tr>
                            <th scope="col">"Number"</th>
                            <th scope="col">"Kind"</th>
                            <th scope="col">"What will be done"</th>
                            <th scope="col">"Who is responsible"</th>
                            <th scope="col">"When"</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }.into_any()
    }
}

/// A complaint's whole case file, for the Housing Ombudsman: printable, with a ZIP of the
/// same record, every letter and every file.
#[component]
pub fn CaseFilePage() -> impl IntoView {
    let reference = param("reference");
    view! {
        <Title text=format!("Case file {reference}") />
        {signed_in(staff_case_file(reference), |file: CaseFileView| case_file_page(file).into_any())}
    }
}

fn case_file_page(file: CaseFileView) -> impl IntoView {
    let case = &file.case;
    let zip = format!("/staff/case-file.zip?reference={}", case.reference);
    let back = format!("/staff/complaints/{}", case.reference);
    let letters = file
        .letters
        .iter()
        .map(|letter| {
            let paragraphs = letter
                .paragraphs
                .iter()
                .map(|p| view! { <p class="preserve-lines">{p.clone()}</p> })
                .collect_view();
            view! {
                <article class="letter-in-file" lang=letter.language.tag() dir=letter.language.direction()>
                    <h3 class="heading-s">{letter.subject.clone()}</h3>
                    <p class="hint" lang="en" dir="ltr">{format!("Sent {}, {}.", letter.sent, letter.delivery.words().to_lowercase())}</p>
                    <p>{letter.greeting.clone()}</p>
                    {paragraphs}
                </article>
            }
        })
        .collect_view();
    view! {
        <span class="caption">{format!("{}: case file", case.kind)}</span>
        <h1 class="heading-xl">{format!("Case file {}", case.reference)}</h1>
        <p class="lead">{format!("The whole record as it stood on {}, for the Housing Ombudsman when it asks for evidence. Nothing in it is ever edited or removed: corrections are recorded as events.", file.made)}</p>
        <p class="no-print"><a href=zip download>"Download the case file as a ZIP: the record, every letter and every file the resident sent"</a></p>
        <PrintCopy what="page" />
        <dl class="summary-list">{rows(&case_summary(case))}</dl>
        <h2 class="heading-m">"What they told us, and how to contact them"</h2>
        <dl class="summary-list">{rows(&case.answers)}</dl>
        {(!case.attachments.is_empty()).then(|| view! {
            <h3 class="heading-s">"Photos and documents"</h3>
            <ul class="bulleted">{attachments_list(case)}</ul>
        })}
        <h2 class="heading-m">"Deadlines"</h2>
        <dl class="summary-list">{rows(&case.deadlines)}</dl>
        <h2 class="heading-m">"Timeline"</h2>
        <ol class="timeline">{timeline_list(case)}</ol>
        <h2 class="heading-m">"Vulnerabilities and adjustments"</h2>
        {support_table(case)}
        <h2 class="heading-m">"Putting things right, and learning"</h2>
        {actions_table(case)}
        <h2 class="heading-m">"Letters, in full"</h2>
        {if file.letters.is_empty() {
            view! { <p>"No letters yet."</p> }.into_any()
        } else {
            letters.into_any()
        }}
        <p class="no-print"><a href=back>"Back to the complaint"</a></p>
    }
}

/// The form for one step, with the fields that step needs. Each answer is checked in the
/// browser as it is left (the console's `StepChecks` island), and by the server when it is sent.
#[component]
pub fn StepPage() -> impl IntoView {
    let reference = param("reference");
    let step = param("step");
    let form = Form::of::<RecordStep>();
    signed_in(staff_step(reference, step), move |view: StepView| {
        step_form(view, form).into_any()
    })
}

fn step_form(view: StepView, form: Form) -> impl IntoView {
    let error = form.refusal;
    let back = format!("/staff/complaints/{}", view.reference);
    // Shown even when the step no longer fits (someone else may have recorded one since the
    // link was followed), so that nothing typed is lost; the server refuses it with the reason.
    let not_now = (!view.allowed).then(|| {
        format!(
            "This cannot be recorded now: the {} is {}. Go back to the complaint to see what has changed.",
            view.kind.to_lowercase(),
            view.state
        )
    });
    let fields = step_fields(&view, error);
    let hint = format!("UK time. Give the time it really happened (a letter logged a day late keeps the day it arrived). Not in the future, and not before the last event: {}.", view.last_event);
    view! {
        <FormPage form title=view.label.clone() caption=view.reference.clone() submit=submit_text(&view.step)
            hidden=vec![("reference", view.reference.clone()), ("step", view.step.clone())]
            checks=Checks::ConsoleStep(view.step.clone())
            intro=move || not_now.map(|text| view! { <div class="inset"><p>{text}</p></div> })
            after=move || view! { <p><a href=back>"Back to the complaint"</a></p> }>
            <TextInput name="occurred_at" label="When it happened" input_type="datetime-local" step="1"
                hint initial=view.now.clone() error />
            <TextInput name="by" label="Who acted" hint="The colleague who did it. You are recorded as the person who logged it." autocomplete="name" initial=view.colleague.clone() error />
            {fields}
        </FormPage>
    }
}

fn submit_text(step: &str) -> &'static str {
    use domain::complaint::EventType;
    match EventType::from_code(step) {
        Some(
            EventType::Stage1Acknowledged
            | EventType::Stage1Extended
            | EventType::Stage1Responded
            | EventType::Stage2Acknowledged
            | EventType::Stage2Extended
            | EventType::Stage2Responded
            | EventType::NotAccepted
            | EventType::UpdatesAgreed
            | EventType::UpdateGiven,
        ) => "Record it and send the letter",
        _ => "Record it",
    }
}

fn step_fields(view: &StepView, error: Refusal) -> AnyView {
    let about = view.about.clone();
    let outcome = view.outcome_sought.clone();
    use domain::complaint::EventType;
    let Some(step) = EventType::from_code(&view.step) else {
        return ().into_any();
    };
    match step {
        EventType::Stage1Acknowledged => view! {
            <Select name="colleague" label="Who is handling it" hint="The resident will see their name." prompt="Choose the handler"
                options=view.colleagues.clone() initial=view.colleague_account.clone() error />
            <TextInput name="contact" label="How the resident can contact them" hint="A direct phone number or email address." error />
            <TextArea name="about" label="What the complaint is about" hint="Your understanding of the complaint, in plain words: the resident reads this and can tell you if it is wrong." error />
            <TextArea name="outcome_sought" label="The outcome the resident is seeking" error />
        }
        .into_any(),
        EventType::Stage2Acknowledged => {
            let hint = match &view.stage1_handler {
                Some(handler) => format!("The resident will see their name. Only colleagues who did not acknowledge or answer Stage 1 are listed: not {handler}, who handled it."),
                None => "The resident will see their name. Only colleagues who did not acknowledge or answer Stage 1 are listed.".into(),
            };
            view! {
                <Select name="colleague" label="Who is reviewing it" hint=hint prompt="Choose the reviewer"
                    options=view.colleagues.clone() error />
                <TextInput name="contact" label="How the resident can contact them" hint="A direct phone number or email address." error />
            }
            .into_any()
        }
        EventType::Stage1Extended | EventType::Stage2Extended => {
            let hint = view.extension_used.map(|(used, limit)| {
                format!("{used} working days used so far at this stage. Beyond {limit} in all, a good reason is needed.")
            });
            view! {
                <TextInput name="working_days" label="Working days to add" hint=hint.unwrap_or_default() class="width-4" error />
                <TextArea name="reason" label="Why more time is needed" hint="This goes in the letter to the resident, with the Housing Ombudsman's details." error />
                <TextArea name="good_reason" label="Good reason for going past the limit (if it does)" hint="Only needed when the extensions at this stage add up to more than the limit. It is kept on the record." rows=3 error />
            }
            .into_any()
        }
        EventType::Stage1Responded | EventType::Stage2Responded => view! {
            <TextArea name="about" label="What the complaint is about" initial=about error />
            <TextArea name="outcome_sought" label="The outcome the resident is seeking" initial=outcome error />
            <Radios name="finding" legend="Is the complaint upheld?" hint="The resident is told this in the letter."
                options=domain::outcomes::Outcome::ALL.iter().map(|o| (o.code(), o.label())).collect() error />
            <ListCheckboxes list="categories" legend="What it is about" hint="Choose every category that fits, at least one. They are for the landlord's reports and learning; the resident does not see them."
                options=view.categories.clone() error />
            <TextArea name="decision" label="Your decision" hint="What was found, and what you decided." error />
            <TextArea name="reasons" label="The reasons for the decision" error />
            <TextArea name="remedy" label="What will be done to put things right" hint="Any remedy offered, with when it will happen. If there is none, write \u{2018}None\u{2019}." error />
        }
        .into_any(),
        EventType::Stage2Requested => view! {
            <TextArea name="reason" label="Discretion to accept it late (only if the window has closed)" hint="The Complaints Officer's reason for accepting a request made after the last day. Leave empty for a request in time." rows=3 error />
        }
        .into_any(),
        EventType::NotAccepted => view! {
            <TextArea name="reason" label="Why it is not accepted as a complaint" hint="The resident is told this reason, and that they can go to the Housing Ombudsman." error />
        }
        .into_any(),
        EventType::RiskAssessed => {
            let options: Vec<(&'static str, &'static str)> = domain::RiskLevel::ALL
                .iter()
                .map(|level| (level.code(), domain::steps::risk_label(*level)))
                .collect();
            let hints = domain::RiskLevel::ALL.iter().map(|l| l.meaning()).collect();
            view! {
                <Radios name="level" legend="How urgent is it?" options hints error />
                <TextArea name="reason" label="Why (optional)" rows=3 error />
            }
            .into_any()
        }
        EventType::PassedOn => view! {
            <TextInput name="name" label="Who it was passed to" hint="The colleague's manager, by name." error />
        }
        .into_any(),
        EventType::ConsentVerified => view! {
            <TextArea name="reason" label="How it was checked (optional)" hint="For example, \u{2018}signed form received\u{2019} or \u{2018}phoned the resident\u{2019}." rows=3 error />
        }
        .into_any(),
        EventType::ConsentRefused => view! {
            <TextArea name="reason" label="Why it could not be verified" rows=3 error />
        }
        .into_any(),
        EventType::Withdrawn => view! {
            <TextArea name="reason" label="The resident's reason (optional)" rows=3 error />
        }
        .into_any(),
        EventType::UpdatesAgreed => view! {
            <TextInput name="working_days" label="Update the resident at least every (working days)"
                hint=format!("As agreed with the resident while the response is late: from 1 to {}. The first update is due that many working days from when it was agreed.", domain::complaint::MAX_UPDATE_INTERVAL)
                class="width-4" error />
            <TextArea name="reason" label="How it was agreed (optional)" hint="For example, \u{2018}by phone; they want updates by text message\u{2019}. It is kept on the record." rows=3 error />
        }
        .into_any(),
        EventType::UpdateGiven => view! {
            <TextArea name="reason" label="The update for the resident" hint="What has happened and what happens next, in plain words. It is sent to them as a letter, in the way they asked to be contacted, and shown on their complaint page." error />
        }
        .into_any(),
        EventType::ActionAgreed => {
            let kinds = domain::actions::ActionKind::ALL
                .iter()
                .map(|k| (k.code(), k.label()))
                .collect();
            view! {
                <Radios name="action_kind" legend="What kind of action is it?"
                    hint="A remedy puts things right for the resident: they are sent a letter and see it on their complaint page until it is done. Learning changes how we work; the resident does not see it, but it is reported."
                    options=kinds error />
                <TextArea name="what" label="What will be done" hint="In plain words: for a remedy, the resident reads this." rows=3 error />
                <TextInput name="owner" label="Who is responsible" hint="A colleague or a team." error />
                <DateInput names=["due_day", "due_month", "due_year"] legend="Done by"
                    hint="The day it will be done by: today or later. For example, 18 12 2026." initial=[String::new(), String::new(), String::new()] error />
                <TextInput name="amount" label="Amount, for a payment (pounds)" hint="Only for a payment: compensation or a refund. For example, 125 or 125.50." class="width-10" inputmode="decimal" error />
            }
            .into_any()
        }
        EventType::ActionDone => view! {
            <Select name="action" label="Which action was done" prompt="Choose the action" options=view.open_actions.clone() error />
            <TextArea name="reason" label="What was done (optional)" hint="For the record; for a remedy, the resident is told." rows=3 error />
        }
        .into_any(),
        EventType::SupportRecorded => {
            let needs = domain::support::Need::ALL
                .iter()
                .map(|n| (n.code(), n.label()))
                .collect();
            view! {
                <Radios name="need" legend="What have you recognised?"
                    hint="For colleagues only: the resident's representative never sees it, and no letter mentions it."
                    options=needs error />
                <TextArea name="adjustment" label="How we will respond" hint="The reasonable adjustment colleagues are to make, like \"Only call the mobile number; no letters to the home\" or \"Large print, and a call before any visit\"." rows=3 error />
                <DateInput names=["review_day", "review_month", "review_year"] legend="Review by"
                    hint="The day to check it is still needed and still right: after today, within a year. For example, 1 3 2027." initial=[String::new(), String::new(), String::new()] error />
            }
            .into_any()
        }
        EventType::SupportReviewed => view! {
            <Select name="support" label="Which need was reviewed" prompt="Choose the need" options=view.open_support.clone() error />
            <Radios name="still_needed" legend="Is it still needed?"
                options=vec![("yes", "Yes: keep it, and review it again"), ("no", "No: it is no longer needed")] error />
            <DateInput names=["review_day", "review_month", "review_year"] legend="Review again by"
                hint="Only if it is still needed: after today, within a year. For example, 1 3 2027." initial=[String::new(), String::new(), String::new()] error />
            <TextArea name="reason" label="What the review found (optional)" hint="For the record." rows=3 error />
        }
        .into_any(),
        EventType::OmbudsmanDetermined => {
            let findings = domain::ombudsman::Finding::ALL
                .iter()
                .map(|f| (f.code(), f.label()))
                .collect();
            view! {
                <TextInput name="ombudsman_case" label="The Ombudsman's case number" hint="As on the Ombudsman's letter, like 202412345." class="width-20" autocomplete="off" error />
                <Radios name="ombudsman_finding" legend="What did the Ombudsman find?"
                    hint="Its finding on how the landlord handled the complaint. The resident sees it on their complaint's page, and the annual report counts it."
                    options=findings error />
                <DateInput names=["determined_day", "determined_month", "determined_year"] legend="The day the Ombudsman decided"
                    hint="The date on its determination, not today's: between the day the complaint was received and today. For example, 14 11 2026." initial=[String::new(), String::new(), String::new()] error />
                <TextArea name="orders" label="What the Ombudsman ordered or recommended (optional)" hint="Each order, with its deadline: agree an action for each so it is followed through." rows=4 error />
            }
            .into_any()
        }
        EventType::Corrected => view! {
            <TextArea name="reason" label="What was wrong and what is right" hint="The record keeps both: the mistake and this correction." error />
        }
        .into_any(),
        // Nothing more to ask: the time and who acted say it all.
        EventType::Received
        | EventType::Stage2AskedLate
        | EventType::ResolvedAtFirstContact
        | EventType::InformationAdded => ().into_any(),
    }
}

/// A letter, for colleagues.
#[component]
pub fn StaffLetterPage() -> impl IntoView {
    let id = param("id").parse::<i64>().unwrap_or(0);
    let large = query("print").as_deref() == Some("large");
    signed_in(staff_letter(id), move |letter| {
        let back = (
            format!("/staff/complaints/{}", letter.reference),
            "Back to the complaint".to_owned(),
        );
        let here = format!("/staff/letters/{id}");
        view! { <LetterPage letter back here large /> }.into_any()
    })
}

/// An administrator's page for the integrations' API tokens.
#[component]
pub fn TokensPage() -> impl IntoView {
    let create = Form::of::<CreateToken>();
    let revoke = Refusal::of::<RevokeToken>();
    let revoked = query("revoked").is_some();
    let created = query("created").and_then(|id| id.parse().ok());
    let error = create.refusal;
    signed_in(api_tokens(created), move |view: TokensView| {
        let rows = view
            .tokens
            .iter()
            .map(|t| {
                let status = match &t.revoked {
                    Some(at) => format!("Revoked {at}"),
                    None => "Live".to_owned(),
                };
                let live = t.revoked.is_none();
                let name = t.name.clone();
                let id = t.id.to_string();
                view! {
                    <tr>
                        <th scope="row">{t.name.clone()}</th>
                        <td>{format!("{} by {}", t.created, t.created_by)}</td>
                        <td>{status}</td>
                        <td>
                            {live.then(|| view! {
                                <ButtonForm action=RevokeToken::url() hidden=vec![("id", id)]>
                                    <button type="submit" class="button button-secondary">
                                        "Revoke" <span class="visually-hidden">{format!(" the token for {name}")}</span>
                                    </button>
                                </ButtonForm>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let tokens = if view.tokens.is_empty() {
            view! { <p>"There are no tokens yet."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" aria-labelledby="tokens-caption" tabindex="0">
                    <table class="table">
                        <caption id="tokens-caption" class="table-caption">"Every token, newest first"</caption>
                        <thead><tr>
                            <th scope="col">"System"</th>
                            <th scope="col">"Created"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col"><span class="visually-hidden">"Action"</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        let created = view.created.clone();
        view! {
            <FormPage form=create title="API tokens" submit="Create token"
                intro=move || view! {
                    {created.map(|(name, token)| view! {
                        <div class="panel-confirmation">
                            <h2 class="heading-m">{format!("The token for {name}")}</h2>
                            <p><code class="token">{token}</code></p>
                            <p>"It is shown only this once: put it in the system's secret store now. The system sends it as Authorization: Bearer followed by the token."</p>
                        </div>
                    })}
                    <ErrorSummary refusal=revoke />
                    {(revoked && !revoke.is_some()).then(|| notice("The token is revoked: requests with it are refused from now on."))}
                    <p>"The landlord's systems use a token to call the JSON API at /api/v1 (its description is at /api/v1/openapi.json). Give each system its own token, and revoke a token when a system no longer needs it or it may have been seen by someone else."</p>
                    <h2 class="heading-m">"Create a token"</h2>
                }>
                <TextInput name="name" label="Name of the system that will use it" hint="For example, Housing management system." error />
            </FormPage>
            <h2 class="heading-m">"Tokens"</h2>
            {tokens}
            <p><a href="/staff">"Back to the work queue"</a></p>
        }
        .into_any()
    })
}

/// An administrator's page for the days the offices close (besides weekends and bank
/// holidays): add one, or take an upcoming one away. Past days stay: deadlines were counted
/// past them.
#[component]
pub fn ClosureDaysPage() -> impl IntoView {
    let add = Form::of::<AddClosureDay>();
    let remove = Refusal::of::<RemoveClosureDay>();
    let said = |name: &str| {
        query(name).and_then(|day| chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok())
    };
    let added = said("added").filter(|_| !add.refusal.is_some());
    let removed = said("removed").filter(|_| !remove.is_some());
    let error = add.refusal;
    signed_in(opening_view(), move |view: OpeningDetails| {
        let rows = view
            .closure_days
            .iter()
            .map(|c| {
                let words = c.words.clone();
                view! {
                    <tr>
                        <th scope="row">{c.words.clone()}</th>
                        <td>{c.reason.clone()}</td>
                        <td>
                            {if c.upcoming {
                                view! {
                                    <ButtonForm action=RemoveClosureDay::url() hidden=vec![("day", c.day.clone())]>
                                        <button type="submit" class="button button-secondary">
                                            "Open again" <span class="visually-hidden">{format!(" on {words}")}</span>
                                        </button>
                                    </ButtonForm>
                                }.into_any()
                            } else {
                                view! { "Passed" }.into_any()
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let days = if view.closure_days.is_empty() {
            view! { <p>"There are no closure days in the last year or to come."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" aria-labelledby="closure-caption" tabindex="0">
                    <table class="table">
                        <caption id="closure-caption" class="table-caption">"Closure days of the last year and to come, oldest first"</caption>
                        <thead><tr>
                            <th scope="col">"Day"</th>
                            <th scope="col">"Reason"</th>
                            <th scope="col"><span class="visually-hidden">"Action"</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        let changes = opening_changes(&view);
        view! {
            <FormPage form=add title="Closure days" submit="Add closure day"
                intro=move || view! {
                    <ErrorSummary refusal=remove />
                    {added.map(|day| notice(&format!("{} is a closure day: every deadline now counts past it.", domain::calendar::long_date(day))))}
                    {removed.map(|day| notice(&format!("{} is a working day again: every deadline now counts it.", domain::calendar::long_date(day))))}
                    <p>"On a closure day the offices are closed, as on weekends and bank holidays (which are already counted). No complaint deadline counts it, and residents who report a safety concern on it are given the out-of-hours number. A day can be added or opened again from today on: deadlines were already counted past the days before."</p>
                    <h2 class="heading-m">"Add a closure day"</h2>
                }>
                <DateInput names=["closure_day", "closure_month", "closure_year"] legend="Day the offices close"
                    hint="For example, 4 12 2026." initial=[String::new(), String::new(), String::new()] error />
                <TextInput name="reason" label="Reason" hint="Residents do not see it. For example, Staff training day." error />
            </FormPage>
            <h2 class="heading-m">"Closure days"</h2>
            {days}
            {changes}
            <p><a href="/staff">"Back to the work queue"</a></p>
        }
        .into_any()
    })
}

/// An administrator's page for the categories responses are filed under: add one, retire one
/// (it stays on past responses), or offer a retired one again.
#[component]
pub fn CategoriesPage() -> impl IntoView {
    let add = Form::of::<AddCategory>();
    let change = Refusal::of::<RetireCategory>();
    let error = add.refusal;
    let said = [
        ("added", "is offered for every response from now on."),
        (
            "retired",
            "is retired: it is no longer offered, and stays on past responses.",
        ),
        ("restored", "is offered again."),
    ]
    .into_iter()
    .find_map(|(name, words)| query(name).map(|code| (code, words)))
    .filter(|_| !add.refusal.is_some() && !change.is_some());
    signed_in(categories_view(), move |view: CategoryList| {
        let rows = &view.categories;
        let said = said.clone().and_then(|(code, words)| {
            rows.iter()
                .find(|r| r.code == code)
                .map(|r| format!("{} {words}", r.name))
        });
        let list = rows
            .iter()
            .map(|row| {
                let (button, retire) = if row.retired {
                    ("Offer again", "false")
                } else {
                    ("Retire", "true")
                };
                let name = row.name.clone();
                view! {
                    <tr>
                        <th scope="row">{row.name.clone()}</th>
                        <td>{if row.retired { "Retired" } else { "Offered" }}</td>
                        <td>
                            <ButtonForm action=RetireCategory::url()
                                hidden=vec![("code", row.code.clone()), ("retire", retire.to_owned())]>
                                <button type="submit" class="button button-secondary">
                                    {button} <span class="visually-hidden">{name}</span>
                                </button>
                            </ButtonForm>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <FormPage form=add title="Categories" submit="Add category"
                intro=move || view! {
                    <ErrorSummary refusal=change />
                    {said.clone().map(|text| notice(&text))}
                    <p>"Every Stage 1 and Stage 2 response is filed under one or more of these, for the landlord's reports and learning. A category is never removed: retiring one stops it being offered, and responses already filed under it keep it."</p>
                    <h2 class="heading-m">"Add a category"</h2>
                }>
                <TextInput name="name" label="Name" hint="For example, Gas servicing. Up to 60 characters." error />
            </FormPage>
            <div class="table-scroll" role="region" aria-labelledby="categories-caption" tabindex="0">
                <table class="table">
                    <caption id="categories-caption" class="table-caption">"Categories, those offered first"</caption>
                    <thead><tr>
                        <th scope="col">"Category"</th>
                        <th scope="col">"Offered for new responses"</th>
                        <th scope="col"><span class="visually-hidden">"Action"</span></th>
                    </tr></thead>
                    <tbody>{list}</tbody>
                </table>
            </div>
            {changes_list(&view.changes, "The last 10 changes to the categories, newest first")}
            <p><a href="/staff">"Back to the work queue"</a></p>
        }
        .into_any()
    })
}

/// An administrator's page for the number residents call about an emergency repair when the
/// offices are closed.
#[component]
pub fn OutOfHoursPage() -> impl IntoView {
    let set = Form::of::<SetOutOfHours>();
    let saved = query("saved").is_some() && !set.refusal.is_some();
    let error = set.refusal;
    signed_in(opening_view(), move |view: OpeningDetails| {
        let changes = opening_changes(&view);
        let current = view.out_of_hours.clone();
        view! {
            <FormPage form=set title="Out-of-hours number" submit="Save number"
                intro=move || view! {
                    {saved.then(|| notice(&format!("Saved. Residents are given {current} for an emergency repair when the offices are closed.")))}
                    <p>"Residents are given this number for an emergency repair: with every emergency warning, and when they report a safety concern while the offices are closed."</p>
                }>
                <TextInput name="phone" label="Out-of-hours number" input_type="tel" autocomplete="off"
                    hint="A UK phone number, like 0800 169 2407." class="width-20" initial=view.out_of_hours.clone() error />
            </FormPage>
            {changes}
            <p><a href="/staff">"Back to the work queue"</a></p>
        }
        .into_any()
    })
}

/// The latest changes to the closure days and the number: who made each, and when.
fn opening_changes(view: &OpeningDetails) -> impl IntoView + use<> {
    changes_list(
        &view.changes,
        "The last 10 changes to the closure days and the out-of-hours number, newest first",
    )
}

/// The latest changes an administrator's page lists: (when, who, what), newest first.
fn changes_list(
    changes: &[(String, String, String)],
    caption: &'static str,
) -> impl IntoView + use<> {
    let rows = changes
        .iter()
        .map(|(at, by, what)| view! { <tr><td>{at.clone()}</td><td>{by.clone()}</td><td>{what.clone()}</td></tr> })
        .collect_view();
    (!changes.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Latest changes"</h2>
            <div class="table-scroll" role="region" aria-labelledby="changes-caption" tabindex="0">
                <table class="table">
                    <caption id="changes-caption" class="table-caption">{caption}</caption>
                    <thead><tr>
                        <th scope="col">"When"</th>
                        <th scope="col">"Who"</th>
                        <th scope="col">"Change"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

/// The letters to post and the calls to make, for residents who do not get their letters by
/// email, oldest first; and those done lately.
#[component]
pub fn TasksPage() -> impl IntoView {
    let refusal = Refusal::of::<CompleteTask>();
    let posted_refusal = Refusal::of::<ActivationPosted>();
    let done = query("done").is_some() && !refusal.is_some() && !posted_refusal.is_some();
    let title = crate::components::form::title_text("Letters to post and calls to make", &refusal);
    view! {
        <Title text=title />
        {signed_in(staff_tasks(), move |view: TasksView| {
            let open = view.open.iter().map(|task| task_item(task, true)).collect_view();
            let finished = view.done.iter().map(|task| task_item(task, false)).collect_view();
            let codes = view.codes.iter().map(activation_item).collect_view();
            let codes_posted = view.codes_posted.iter().map(activation_item).collect_view();
            view! {
                <ErrorSummary refusal />
                <ErrorSummary refusal=posted_refusal />
                {done.then(|| notice("Marked as done."))}
                <h1 class="heading-xl">"Letters to post and calls to make"</h1>
                <p>"For residents who asked for letters by post or for phone calls, or whose representative's consent is not yet verified, and for those who asked for their letters in Braille, as audio or in another language. Each letter is also in the resident's account."</p>
                <p>"Braille, audio and translations come from our suppliers and Language Line: send the letter to them the day it is listed, and send what they return to the resident by the day given. The resident was told that day in the letter."</p>
                {if view.open.is_empty() {
                    view! { <p>"There is nothing to post or phone about."</p> }.into_any()
                } else {
                    view! { <ol class="plain-list">{open}</ol> }.into_any()
                }}
                {(!view.done.is_empty()).then(|| view! {
                    <h2 class="heading-m">"Done lately"</h2>
                    <ol class="plain-list">{finished}</ol>
                })}
                <h2 class="heading-l">"Activation codes to post"</h2>
                <p>"Someone asked to link their account to a home and could not prove it online. Print each letter, post it to the address on it (never anywhere else), then mark it as posted: the code is then no longer kept here."</p>
                {if view.codes.is_empty() {
                    view! { <p>"There are no activation codes to post."</p> }.into_any()
                } else {
                    view! { <ol class="plain-list">{codes}</ol> }.into_any()
                }}
                {(!view.codes_posted.is_empty()).then(|| view! {
                    <h2 class="heading-m">"Codes posted lately"</h2>
                    <ol class="plain-list">{codes_posted}</ol>
                })}
                <p><a href="/staff">"Back to the work queue"</a></p>
            }
            .into_any()
        })}
    }
}

fn activation_item(letter: &ActivationRow) -> impl IntoView {
    let heading = format!("Activation code for {}", letter.addressee);
    let hidden_label = format!(": {}, {}", letter.addressee, letter.address);
    let id = letter.id.to_string();
    view! {
        <li class="complaint-card">
            <h3 class="heading-s">{heading}</h3>
            <p>{letter.address.clone()}</p>
            {letter.text.clone().map(|text| view! { <div class="preserve-lines">{text}</div> })}
            <p class="hint">{format!("Since {}", letter.created)}</p>
            {match letter.posted.clone() {
                Some(posted) => view! { <p>{posted}</p> }.into_any(),
                None => view! {
                    <ButtonForm action=ActivationPosted::url() hidden=vec![("id", id)]>
                        <button type="submit" class="button button-secondary">
                            "Mark as posted"<span class="visually-hidden">{hidden_label}</span>
                        </button>
                    </ButtonForm>
                }.into_any(),
            }}
        </li>
    }
}

fn task_item(task: &TaskRow, open: bool) -> impl IntoView {
    let how = task
        .how
        .iter()
        .map(|(label, text)| view! { <div class="summary-row"><dt>{label.clone()}</dt><dd>{text.clone()}</dd></div> })
        .collect_view();
    let heading = format!("{}: {}", task.what, task.reference);
    let hidden_label = format!(": {heading}");
    let id = task.id.to_string();
    view! {
        <li class="complaint-card">
            <h2 class="heading-s">{heading.clone()}</h2>
            <p>
                <a href=task.letter_href.clone()>{task.subject.clone()}</a>
                " · "
                <a href=format!("/staff/complaints/{}", task.reference)>{format!("The record of {}", task.reference)}</a>
            </p>
            <dl class="summary-list">{how}</dl>
            <p class="hint">{format!("Since {}", task.created)}</p>
            {task.done.clone().map(|text| view! { <p>{text}</p> })}
            {open.then(|| view! {
                <ButtonForm action=CompleteTask::url() hidden=vec![("id", id)]>
                    <button type="submit" class="button button-secondary">
                        "Mark as done"<span class="visually-hidden">{hidden_label}</span>
                    </button>
                </ButtonForm>
            })}
        </li>
    }
}
