//! The complaints console's server functions: the work queue, one complaint's record, recording
//! a step, and the letters. Each checks that a colleague is signed in (the server also refuses
//! every `/staff` page and `/api/staff` call to anyone else before it gets here).

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// The queue's filters as they are in the address (`?kind=concern&overdue=true&page=2`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    /// The search box: a reference, a name, part of an address or a rent reference.
    pub q: String,
    pub kind: String,
    pub stage: String,
    pub overdue: String,
    pub due_within: String,
    /// "true": only those owing the resident an agreed update today or earlier.
    pub updates: String,
    /// "true": only those with a remedy for the resident due today or earlier, not done.
    pub remedies: String,
    pub page: String,
}

/// One complaint in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub reference: String,
    pub kind: String,
    pub state: String,
    pub risk: Option<String>,
    /// "Stage 1 response due by Tuesday 5 January 2027".
    pub next: Option<String>,
    /// "3 working days left", "Due today", "Overdue by 2 working days".
    pub left: Option<String>,
    pub overdue: bool,
    pub due_today: bool,
    pub summary: String,
    /// "Asked for a review late on …: decide whether to accept it".
    pub asked_late: Option<String>,
    /// The next update agreed with the resident, in words; whether it is owed today or
    /// earlier, and whether it is late.
    pub update: Option<String>,
    pub update_owed: bool,
    pub update_overdue: bool,
    /// The first open remedy's day, in words; whether it is owed today or earlier, and late.
    pub remedy: Option<String>,
    pub remedy_owed: bool,
    pub remedy_overdue: bool,
    /// Vulnerabilities and adjustments: what the resident asked for, and the needs colleagues
    /// recorded ("Need: adjustment"), with the next review in words and whether it is owed.
    pub asked: Option<String>,
    pub support: Vec<String>,
    pub support_review: Option<String>,
    pub support_review_owed: bool,
    pub support_review_overdue: bool,
}

/// A page of the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub colleague: String,
    pub role: String,
    /// Whether they manage the API tokens.
    pub administers: bool,
    /// How many letters are waiting to be posted and calls to be made.
    pub open_tasks: usize,
    /// How many residents are owed an agreed update today or earlier.
    pub updates_owed: usize,
    /// How many complaints have a remedy for the resident due today or earlier.
    pub remedies_owed: usize,
    pub rows: Vec<QueueRow>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// The filters as applied (unknown values dropped), to show in the form.
    pub query: QueueQuery,
    /// Why a filter was ignored, if one was.
    pub notice: Option<String>,
}

/// How many complaints a queue page lists.
pub const QUEUE_PAGE: usize = 25;

/// An event in a complaint's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub what: String,
    pub occurred: String,
    pub occurred_iso: String,
    pub recorded: String,
    pub by: Option<String>,
    pub recorded_by: Option<String>,
    pub details: Vec<(String, String)>,
    pub letter: Option<i64>,
}

/// A letter, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterSummary {
    pub id: i64,
    pub reference: String,
    pub subject: String,
    /// The language the letter (its subject too) is written in.
    pub language: domain::language::Language,
    pub sent: String,
    pub delivery: domain::letters::Delivery,
}

/// One complaint's whole record, for the people handling it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    pub reference: String,
    pub kind: String,
    pub state: String,
    pub risk: Option<String>,
    pub next: Option<String>,
    pub left: Option<String>,
    pub overdue: bool,
    /// The next update agreed with the resident, in words.
    pub update: Option<String>,
    pub received: String,
    pub filed_by: String,
    /// Whether a colleague logged it for the resident (not filed online).
    pub logged: bool,
    /// The filer's home, and whether their identity is confirmed.
    pub filer_home: Option<String>,
    pub consent: Option<String>,
    pub answers: Vec<(String, String)>,
    pub attachments: Vec<(i64, String)>,
    pub deadlines: Vec<(String, String)>,
    pub timeline: Vec<TimelineEntry>,
    pub letters: Vec<LetterSummary>,
    /// What can be recorded next: (step, button text).
    pub steps: Vec<(String, String)>,
    /// The remedies and learning actions agreed, in order.
    pub actions: Vec<ActionRow>,
    /// What the resident asked for themselves when it was made, in one line.
    pub asked: Option<String>,
    /// The needs recognised and the adjustments made, in order.
    pub support: Vec<SupportRow>,
}

/// A recorded need, as the case page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRow {
    pub number: u32,
    pub need: String,
    pub adjustment: String,
    pub recorded: String,
    /// "Review by …", "Review due today", "Review overdue: due by …", or "No longer needed
    /// since …".
    pub status: String,
    /// Whether its review is owed today or earlier, and whether its day has passed.
    pub review_owed: bool,
    pub review_overdue: bool,
}

/// An agreed action, as the case page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionRow {
    pub number: u32,
    pub kind: String,
    pub what: String,
    pub owner: String,
    /// "Due by …", "Overdue: due by …", or "Done on …".
    pub status: String,
    pub overdue: bool,
}

/// The form for one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    pub reference: String,
    pub step: String,
    pub label: String,
    pub kind: String,
    pub state: String,
    /// Whether the step can be recorded where the complaint stands now.
    pub allowed: bool,
    /// The colleague signed in: who acted, unless they say otherwise.
    pub colleague: String,
    /// Now, London time, for the time box.
    pub now: String,
    /// The latest event's time: a new one cannot be earlier.
    pub last_event: String,
    /// Who handled Stage 1 (a Stage 2 reviewer must be someone else).
    pub stage1_handler: Option<String>,
    /// Every colleague, to choose the handler or reviewer from: (account, "Name (email)").
    pub colleagues: Vec<(String, String)>,
    /// The signed-in colleague's account.
    pub colleague_account: String,
    /// Extension days used at the stage, and the limit without a good reason.
    pub extension_used: Option<(u32, u32)>,
    /// The complaint definition from the acknowledgement, to start a response from.
    pub about: String,
    pub outcome_sought: String,
    /// The categories a response may be filed under: (code, name), live ones only.
    pub categories: Vec<(String, String)>,
    /// The actions not yet done, to mark one: (number, "1: Repair the lock, due by …").
    pub open_actions: Vec<(String, String)>,
    /// The needs still open, to review one: (number, "1: Mental health: …, review by …").
    pub open_support: Vec<(String, String)>,
}

/// A letter to read or print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterView {
    pub id: i64,
    pub reference: String,
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub sent: String,
    pub sent_iso: String,
    pub delivery: domain::letters::Delivery,
    /// The language the letter is written in, and its own words around the body: its date,
    /// "Our reference: …", and the sign-off.
    pub language: domain::language::Language,
    pub dated: String,
    pub our_reference: String,
    pub sign_off: (String, String),
}

pub(crate) mod server {
    use super::*;
    use backend::handling::{LetterRecord, Staff};

    /// The colleague signed in, `None` when nobody is, or refused for anyone else.
    pub async fn colleague() -> Result<Option<Staff>, AppError> {
        let Some(account) = crate::context::signed_in().await? else {
            return Ok(None);
        };
        if account.awaiting_second_factor {
            return Err(super::super::refused(AppError::Refused {
                answers: Vec::new(),
                field: None,
                message: "Enter the code from your authenticator app first, at /two-factor.".into(),
            }));
        }
        // The session's role: a colleague's counts only once the session passed the second
        // factor. Read with the session, so a console page makes no query of its own for it.
        match account.staff() {
            Some(staff) => Ok(Some(staff)),
            None => Err(super::super::refused(AppError::Refused {
                answers: Vec::new(),
                field: None,
                message: "This page is for Calico Homes' complaints staff. Go to your account to see your own complaints.".into(),
            })),
        }
    }

    /// The administrator signed in, `None` when nobody is, or refused with `message` for
    /// anyone else.
    pub async fn administrator(message: &str) -> Result<Option<Staff>, AppError> {
        match colleague().await? {
            Some(staff) if staff.role.administers() => Ok(Some(staff)),
            Some(_) => Err(super::super::refused(AppError::Refused {
                answers: Vec::new(),
                field: None,
                message: message.into(),
            })),
            None => Ok(None),
        }
    }

    pub fn letter_summary(letter: &LetterRecord) -> LetterSummary {
        LetterSummary {
            id: letter.id,
            reference: letter.reference.clone(),
            subject: letter.letter.subject.clone(),
            language: letter.letter.language,
            sent: domain::steps::long_time(&letter.created_at),
            delivery: letter.delivery,
        }
    }

    pub fn letter_view(letter: LetterRecord) -> LetterView {
        let (dated, our_reference) = letter.letter.dated(
            domain::calendar::london_date(&letter.created_at),
            &letter.reference,
        );
        LetterView {
            id: letter.id,
            greeting: letter.letter.greeting(letter.addressee.as_deref()),
            language: letter.letter.language,
            dated,
            our_reference,
            sign_off: letter.letter.sign_off(),
            reference: letter.reference,
            subject: letter.letter.subject,
            paragraphs: letter.letter.paragraphs,
            sent: domain::steps::long_time(&letter.created_at),
            sent_iso: letter.created_at.to_rfc3339(),
            delivery: letter.delivery,
        }
    }
}

/// The queue's filters from the address, as the backend takes them; the filters as applied
/// (unknown values dropped), to show in the form and in links; and why any was left out.
#[cfg(feature = "ssr")]
pub fn queue_filter(
    query: &QueueQuery,
) -> (backend::handling::QueueFilter, QueueQuery, Option<String>) {
    use backend::handling::QueueFilter;
    use domain::complaint::Stage;
    use domain::handling::Kind;
    let mut notices = Vec::new();
    let kind = Kind::from_code(&query.kind);
    let stage = match query.stage.as_str() {
        "1" => Some(Stage::One),
        "2" => Some(Stage::Two),
        _ => None,
    };
    let due_within = match query.due_within.trim() {
        "" => None,
        text => match text.parse::<i64>() {
            Ok(n) if (0..=1000).contains(&n) => Some(n),
            _ => {
                notices.push("The working days box needs a whole number from 0 to 1000, like 5; it was left out of the filter.".to_owned());
                None
            }
        },
    };
    let search = domain::search::QueueSearch::parse(&query.q).unwrap_or_else(|error| {
        notices.push(format!("{error} It was left out of the filter."));
        None
    });
    let overdue = (query.overdue == "true").then_some(true);
    let updates_due = query.updates == "true";
    let remedies_due = query.remedies == "true";
    let applied = QueueQuery {
        q: search
            .as_ref()
            .map(|s| s.text().to_owned())
            .unwrap_or_default(),
        kind: kind.map(|k| k.code().to_owned()).unwrap_or_default(),
        stage: stage
            .map(|s| if s == Stage::One { "1" } else { "2" }.to_owned())
            .unwrap_or_default(),
        overdue: if overdue.is_some() {
            "true".into()
        } else {
            String::new()
        },
        due_within: due_within.map(|n| n.to_string()).unwrap_or_default(),
        updates: if updates_due {
            "true".into()
        } else {
            String::new()
        },
        remedies: if remedies_due {
            "true".into()
        } else {
            String::new()
        },
        page: String::new(),
    };
    let filter = QueueFilter {
        kind,
        stage,
        overdue,
        due_within,
        updates_due,
        remedies_due,
        search,
        ..QueueFilter::default()
    };
    let notice = (!notices.is_empty()).then(|| notices.join(" "));
    (filter, applied, notice)
}

/// A page of the work queue: concerns first by risk, then the nearest deadline.
#[server(endpoint = "staff/queue")]
pub async fn staff_queue(query: QueueQuery) -> Result<Option<QueueView>, AppError> {
    use backend::handling::QueueFilter;
    let Some(colleague) = server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let (filter, mut applied, notice) = queue_filter(&query);
    let page = query.page.parse::<usize>().unwrap_or(1).clamp(1, 100_000);
    let filter = QueueFilter {
        offset: (page - 1) * QUEUE_PAGE,
        limit: QUEUE_PAGE,
        ..filter
    };
    let mut queue = context
        .backend
        .queue(&filter)
        .await
        .map_err(super::unavailable)?;
    let pages = queue.total.div_ceil(QUEUE_PAGE).max(1);
    // Past the last page shows the last page.
    let page = if page > pages {
        queue = context
            .backend
            .queue(&QueueFilter {
                offset: (pages - 1) * QUEUE_PAGE,
                ..filter.clone()
            })
            .await
            .map_err(super::unavailable)?;
        pages
    } else {
        page
    };
    let today = domain::calendar::london_date(&context.backend.now());
    let rows = queue
        .items
        .iter()
        .map(|item| QueueRow {
            reference: item.reference.clone(),
            kind: item.kind.label().into(),
            state: domain::handling::capitalised(item.state.describe()),
            risk: item.risk.map(|r| domain::steps::risk_label(r).to_owned()),
            next: next_words(item),
            left: left_words(item),
            overdue: item.overdue,
            due_today: item.working_days_left == Some(0)
                && item.next.is_some_and(|d| d.kind.owed_by_landlord()),
            summary: item.summary.clone(),
            asked_late: item.asked_late.map(|day| {
                format!(
                    "Asked for a review late, on {}: the Complaints Officer decides whether to accept it.",
                    domain::calendar::long_date(day)
                )
            }),
            update: update_words(item, today),
            update_owed: item.update.is_some_and(|update| update.owed(today)),
            update_overdue: item.update_overdue,
            remedy: item
                .remedy
                .map(|by| format!("Remedy due by {}", domain::calendar::long_date(by))),
            remedy_owed: item.remedy_owed,
            remedy_overdue: item.remedy_overdue,
            asked: item.asked.clone(),
            support: item.support.clone(),
            support_review: item.support_review.map(|by| review_words(by, today)),
            support_review_owed: item.support_review_owed,
            support_review_overdue: item.support_review_overdue,
        })
        .collect();
    let open = context
        .backend
        .open_work()
        .await
        .map_err(super::unavailable)?;
    Ok(Some(QueueView {
        open_tasks: open.tasks,
        updates_owed: open.updates,
        remedies_owed: open.remedies,
        colleague: colleague.name,
        role: colleague.role.label().into(),
        administers: colleague.role.administers(),
        rows,
        total: queue.total,
        page,
        pages,
        query: {
            applied.page = page.to_string();
            applied
        },
        notice,
    }))
}

/// The next deadline in words: "Stage 1 response due by Tuesday 5 January 2027".
fn next_words(item: &backend::handling::QueueItem) -> Option<String> {
    item.next.map(|due| domain::steps::due_words(due, None))
}

/// A response's categories by name ("Repairs, Communication"), from their codes as the
/// timeline lists them.
fn category_names(codes: &str, categories: &[domain::outcomes::Category]) -> String {
    codes
        .split(", ")
        .map(|code| {
            categories
                .iter()
                .find(|c| c.code == code)
                .map_or(code, |c| c.name.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A need's next review, as the queue and the case page say it on `today`.
fn review_words(by: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    let day = domain::calendar::long_date(by);
    match by.cmp(&today) {
        std::cmp::Ordering::Greater => format!("Review by {day}"),
        std::cmp::Ordering::Equal => "Review due today".to_owned(),
        std::cmp::Ordering::Less => format!("Review overdue: due by {day}"),
    }
}

/// The next update agreed with the resident, in words, as of `today`.
fn update_words(item: &backend::handling::QueueItem, today: chrono::NaiveDate) -> Option<String> {
    item.update
        .map(|update| domain::steps::update_words(update, today))
}

/// The working days left to a deadline the landlord owes: "3 working days left".
fn left_words(item: &backend::handling::QueueItem) -> Option<String> {
    item.next
        .filter(|due| due.kind.owed_by_landlord())
        .and(item.working_days_left)
        .map(domain::steps::days_left_words)
}

/// One complaint's record: what was filed, its deadlines, its timeline, its letters, and the
/// steps that can be recorded next.
#[server(endpoint = "staff/case")]
pub async fn staff_case(reference: String) -> Result<Option<CaseView>, AppError> {
    let Some(_) = server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let case = case_of(&context, &reference).await?;
    case_view(&context, case).await.map(Some)
}

/// A complaint's whole case file, to print or save for the Housing Ombudsman: the record and
/// every letter in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFileView {
    pub case: CaseView,
    pub letters: Vec<LetterView>,
    /// When it was made.
    pub made: String,
}

/// The case file of complaint `reference`.
#[server(endpoint = "staff/case-file")]
pub async fn staff_case_file(reference: String) -> Result<Option<CaseFileView>, AppError> {
    let Some(_) = server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let case = case_of(&context, &reference).await?;
    let letters = case
        .letters
        .iter()
        .cloned()
        .map(server::letter_view)
        .collect();
    Ok(Some(CaseFileView {
        case: case_view(&context, case).await?,
        letters,
        made: domain::steps::long_time(&context.backend.now()),
    }))
}

/// The case `reference`, or a refusal saying there is none.
#[cfg(feature = "ssr")]
async fn case_of(
    context: &crate::context::ServerContext,
    reference: &str,
) -> Result<backend::handling::Case, AppError> {
    context
        .backend
        .case(reference)
        .await
        .map_err(super::unavailable)?
        .ok_or_else(|| {
            super::refused(AppError::Refused {
                answers: Vec::new(),
                field: None,
                message: format!("There is no complaint with the reference {reference}. Check it against the work queue."),
            })
        })
}

/// A case as the console shows it: [`staff_case`]'s page, and the case file's.
#[cfg(feature = "ssr")]
async fn case_view(
    context: &crate::context::ServerContext,
    case: backend::handling::Case,
) -> Result<CaseView, AppError> {
    let d = case.complaint.deadlines();
    let deadlines = [
        ("Acknowledgement aimed for by", d.acknowledge_target),
        ("Acknowledgement due by", d.acknowledge_by),
        ("Stage 1 response due by", d.stage1_respond_by),
        ("Last day to ask for Stage 2", d.stage2_request_by),
        ("Stage 2 acknowledgement due by", d.stage2_acknowledge_by),
        ("Final response due by", d.stage2_respond_by),
    ]
    .into_iter()
    .filter_map(|(label, date)| {
        date.map(|date| (label.to_owned(), domain::calendar::long_date(date)))
    })
    .collect();
    let categories = context
        .backend
        .categories()
        .await
        .map_err(super::unavailable)?;
    let timeline = case
        .events
        .iter()
        .map(|recorded| TimelineEntry {
            what: domain::handling::capitalised(recorded.event.kind.describe()),
            occurred: domain::steps::long_time(&recorded.event.at),
            occurred_iso: recorded.event.at.to_rfc3339(),
            recorded: domain::steps::long_time(&recorded.recorded_at),
            by: recorded.event.by.clone(),
            recorded_by: recorded.recorded_by.clone(),
            details: domain::steps::event_details(&recorded.event.kind)
                .into_iter()
                .map(|(label, text)| {
                    if label == domain::steps::CATEGORIES_LINE {
                        (label.to_owned(), category_names(&text, &categories))
                    } else {
                        (label.to_owned(), text)
                    }
                })
                .collect(),
            letter: recorded.letter,
        })
        .collect();
    let item = &case.item;
    Ok(CaseView {
        reference: item.reference.clone(),
        kind: item.kind.label().into(),
        state: domain::handling::capitalised(item.state.describe()),
        risk: item.risk.map(|r| domain::steps::risk_label(r).to_owned()),
        next: next_words(item),
        left: left_words(item),
        overdue: item.overdue,
        update: update_words(
            item,
            domain::calendar::london_date(&context.backend.now()),
        ),
        received: match case.channel {
            domain::logged::Channel::Online => domain::steps::long_time(&item.received_at),
            channel => format!(
                "{}, {}",
                domain::steps::long_time(&item.received_at),
                channel.how()
            ),
        },
        logged: case.channel != domain::logged::Channel::Online,
        filed_by: match (&case.filed_by_email, &case.logged_for) {
            (Some(email), _) => email.clone(),
            (None, Some((name, Some(email)))) => format!("{name}, who has no account ({email})"),
            (None, Some((name, None))) => format!("{name}, who has no account"),
            (None, None) => String::new(),
        },
        filer_home: match &case.filer_home {
            backend::handling::FilerHome::Confirmed { reference, address } => {
                Some(format!("{address} (rent reference {reference})"))
            }
            backend::handling::FilerHome::Unconfirmed { reference } => Some(format!(
                "Identity not yet confirmed: gave rent reference {reference}, not yet proved to be theirs"
            )),
            backend::handling::FilerHome::None => None,
        },
        consent: case.consent.map(|c| c.label().to_owned()),
        answers: domain::steps::submission_rows(&case.submission)
            .into_iter()
            .map(|(q, a)| (q.to_owned(), a))
            .collect(),
        attachments: case
            .attachments
            .iter()
            .map(|a| (a.id, a.file_name.clone()))
            .collect(),
        deadlines,
        timeline,
        letters: case.letters.iter().map(server::letter_summary).collect(),
        actions: {
            let today = domain::calendar::london_date(&context.backend.now());
            case.complaint
                .actions()
                .iter()
                .map(|a| ActionRow {
                    number: a.number,
                    kind: match a.amount_words() {
                        Some(amount) => format!("{} of {amount}", a.kind.label()),
                        None => a.kind.label().to_owned(),
                    },
                    what: a.what.clone(),
                    owner: a.owner.clone(),
                    status: match a.done {
                        Some(done) => format!("Done on {}", domain::calendar::long_date(done)),
                        None if a.overdue(today) => {
                            format!("Overdue: due by {}", domain::calendar::long_date(a.due))
                        }
                        None => format!("Due by {}", domain::calendar::long_date(a.due)),
                    },
                    overdue: a.overdue(today),
                })
                .collect()
        },
        asked: domain::support::asked_for(&case.submission.support),
        support: {
            let today = domain::calendar::london_date(&context.backend.now());
            case.complaint
                .support()
                .iter()
                .map(|n| SupportRow {
                    number: n.number,
                    need: n.need.label().to_owned(),
                    adjustment: n.adjustment.clone(),
                    recorded: domain::calendar::long_date(n.recorded),
                    status: match n.ended {
                        Some(ended) => format!(
                            "No longer needed since {}",
                            domain::calendar::long_date(ended)
                        ),
                        None => review_words(n.review_by, today),
                    },
                    review_owed: n.review_owed(today),
                    review_overdue: n.review_overdue(today),
                })
                .collect()
        },
        steps: case
            .next_events
            .iter()
            .filter_map(|step| {
                domain::steps::step_label(*step).map(|l| (step.code().to_owned(), l.to_owned()))
            })
            .collect(),
    })
}

/// What the form for one step needs to show.
#[server(endpoint = "staff/step")]
pub async fn staff_step(reference: String, step: String) -> Result<Option<StepView>, AppError> {
    use domain::complaint::{EventType, Stage};
    let Some(colleague) = server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let case = context
        .backend
        .case(&reference)
        .await
        .map_err(super::unavailable)?;
    let step_type = EventType::from_code(&step);
    let (Some(case), Some(step_type), Some(label)) = (
        case,
        step_type,
        step_type.and_then(domain::steps::step_label),
    ) else {
        return Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: format!("There is no such step for {reference}. Go back to the complaint and choose one of the steps it offers."),
        }));
    };
    let complaint = &case.complaint;
    let standard = *context.backend.standard();
    let extension_used = match step_type {
        EventType::Stage1Extended => Some((
            complaint.extension_days(Stage::One),
            standard.stage1_extension_limit,
        )),
        EventType::Stage2Extended => Some((
            complaint.extension_days(Stage::Two),
            standard.stage2_extension_limit,
        )),
        _ => None,
    };
    let (about, outcome_sought) = complaint_definition(&case);
    let categories = if matches!(
        step_type,
        EventType::Stage1Responded | EventType::Stage2Responded
    ) {
        context
            .backend
            .categories()
            .await
            .map_err(super::unavailable)?
            .into_iter()
            .filter(|c| !c.retired)
            .map(|c| (c.code, c.name))
            .collect()
    } else {
        Vec::new()
    };
    let colleagues = if matches!(
        step_type,
        EventType::Stage1Acknowledged | EventType::Stage2Acknowledged
    ) {
        // A reviewer is never offered who acknowledged or answered Stage 1: they would be
        // refused (the backend still checks).
        let took_part: &[i64] = if step_type == EventType::Stage2Acknowledged {
            complaint.stage1_accounts()
        } else {
            &[]
        };
        context
            .backend
            .colleagues()
            .await
            .map_err(super::unavailable)?
            .into_iter()
            .filter(|c| !took_part.contains(&c.id))
            .map(|c| (c.id.to_string(), format!("{} ({})", c.name, c.email)))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Some(StepView {
        colleagues,
        colleague_account: colleague.id.to_string(),
        reference: case.item.reference.clone(),
        allowed: case.next_events.contains(&step_type),
        step,
        label: label.into(),
        kind: case.item.kind.label().into(),
        state: case.item.state.describe().into(),
        colleague: colleague.name,
        now: domain::steps::local_input_value(&context.backend.now()),
        last_event: domain::steps::long_time(&complaint.last_event_at()),
        stage1_handler: complaint.stage1_handler().map(str::to_owned),
        extension_used,
        about,
        outcome_sought,
        categories,
        open_actions: complaint
            .actions()
            .iter()
            .filter(|a| a.done.is_none())
            .map(|a| {
                (
                    a.number.to_string(),
                    format!(
                        "{}: {} (due by {})",
                        a.number,
                        a.what,
                        domain::calendar::long_date(a.due)
                    ),
                )
            })
            .collect(),
        open_support: complaint
            .support()
            .iter()
            .filter(|n| n.open())
            .map(|n| {
                (
                    n.number.to_string(),
                    format!(
                        "{}: {} (review by {})",
                        n.number,
                        n.line(),
                        domain::calendar::long_date(n.review_by)
                    ),
                )
            })
            .collect(),
    }))
}

/// The complaint definition recorded with the Stage 1 acknowledgement, if any.
fn complaint_definition(case: &backend::handling::Case) -> (String, String) {
    case.events
        .iter()
        .find_map(|recorded| match &recorded.event.kind {
            domain::EventKind::Stage1Acknowledged {
                about,
                outcome_sought,
                ..
            } => Some((
                about.clone().unwrap_or_default(),
                outcome_sought.clone().unwrap_or_default(),
            )),
            _ => None,
        })
        .unwrap_or_default()
}

/// Records one step on a complaint, with the letter it sends, then shows the complaint.
#[server(endpoint = "staff/record")]
pub async fn record_step(
    reference: String,
    step: String,
    #[server(default)] occurred_at: String,
    #[server(default)] by: String,
    #[server(default)] name: String,
    #[server(default)] colleague: String,
    #[server(default)] contact: String,
    #[server(default)] about: String,
    #[server(default)] outcome_sought: String,
    #[server(default)] working_days: String,
    #[server(default)] reason: String,
    #[server(default)] good_reason: String,
    #[server(default)] decision: String,
    #[server(default)] reasons: String,
    #[server(default)] remedy: String,
    #[server(default)] level: String,
    #[server(default)] finding: String,
    #[server(default)] categories: Vec<String>,
    #[server(default)] action_kind: String,
    #[server(default)] what: String,
    #[server(default)] owner: String,
    #[server(default)] due_day: String,
    #[server(default)] due_month: String,
    #[server(default)] due_year: String,
    #[server(default)] amount: String,
    #[server(default)] action: String,
    #[server(default)] need: String,
    #[server(default)] adjustment: String,
    #[server(default)] review_day: String,
    #[server(default)] review_month: String,
    #[server(default)] review_year: String,
    #[server(default)] support: String,
    #[server(default)] still_needed: String,
    #[server(default)] ombudsman_case: String,
    #[server(default)] ombudsman_finding: String,
    #[server(default)] determined_day: String,
    #[server(default)] determined_month: String,
    #[server(default)] determined_year: String,
    #[server(default)] orders: String,
) -> Result<(), AppError> {
    use backend::handling::RecordFailure;
    use domain::complaint::EventType;
    let answers = domain::steps::StepAnswers {
        occurred_at,
        by,
        name,
        colleague: colleague.clone(),
        contact,
        about,
        outcome_sought,
        working_days,
        reason,
        good_reason,
        decision,
        reasons,
        remedy,
        level,
        finding,
        categories,
        action_kind,
        what,
        owner,
        due_day,
        due_month,
        due_year,
        amount,
        action,
        need,
        adjustment,
        review_day,
        review_month,
        review_year,
        support,
        still_needed,
        ombudsman_case,
        ombudsman_finding,
        determined_day,
        determined_month,
        determined_year,
        orders,
    };
    let typed = answers.typed();
    let Some(step_type) = EventType::from_code(&step) else {
        return Err(super::refused(AppError::Refused {
            answers: typed,
            field: None,
            message: format!("There is no such step for {reference}. Go back to the complaint and choose one of the steps it offers."),
        }));
    };
    let mut event = answers.parse(step_type).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: typed.clone(),
            errors,
        })
    })?;
    let Some(colleague) = server::colleague().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    // Who acknowledged or answered a stage is decided by account (a Stage 2 reviewer must be
    // none of them), so the colleague recording it is kept with the event.
    event.recorded_by_account = Some(colleague.id);
    if let Some(message) = domain::handling::refused_for(colleague.role, &event.kind) {
        return Err(super::refused(AppError::Refused {
            answers: typed,
            field: Some("reason".into()),
            message: message.into(),
        }));
    }
    let context = crate::context::server_context()?;
    let recorded_by = format!("{} ({})", colleague.name, colleague.email);
    match context
        .backend
        .record_event(&reference, &event, &recorded_by)
        .await
    {
        Ok(_) => {
            leptos_axum::redirect(&format!("/staff/complaints/{reference}?recorded={step}"));
            Ok(())
        }
        Err(RecordFailure::Backend(error)) => Err(super::unavailable(error)),
        Err(RecordFailure::NotAColleague(_)) => Err(super::refused(AppError::Refused {
            answers: typed,
            field: Some("colleague".into()),
            message: "That person can no longer handle complaints (their access may have been removed since the page was opened). Choose someone else from the list.".into(),
        })),
        Err(RecordFailure::Categories(error)) => Err(super::refused(AppError::Refused {
            answers: typed,
            field: Some(error.field.id().to_owned()),
            message: error.message,
        })),
        Err(RecordFailure::Refused(error)) => Err(super::refused(AppError::Refused {
            answers: typed,
            field: domain::steps::field_for(&error).map(|f| f.id().to_owned()),
            message: error.to_string(),
        })),
        Err(failure) => Err(super::refused(AppError::Refused {
            answers: typed,
            field: None,
            message: failure.to_string(),
        })),
    }
}

/// A letter, for the people handling complaints.
#[server(endpoint = "staff/letter")]
pub async fn staff_letter(id: i64) -> Result<Option<LetterView>, AppError> {
    let Some(_) = server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    match context
        .backend
        .letter(id)
        .await
        .map_err(super::unavailable)?
    {
        Some(letter) => Ok(Some(server::letter_view(letter))),
        None => Err(no_letter()),
    }
}

pub(crate) fn no_letter() -> AppError {
    super::refused(AppError::Refused {
        answers: Vec::new(),
        field: None,
        message: "There is no letter with that number that you can read.".into(),
    })
}

/// A letter to post or a call to make, for the people handling complaints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRow {
    pub id: i64,
    pub what: String,
    pub reference: String,
    /// Where the letter is read and printed: its large-print version for a resident who asked
    /// for large print.
    pub letter_href: String,
    pub subject: String,
    /// Who to, and how: name, address or phone and times to call, formats, language.
    pub how: Vec<(String, String)>,
    pub created: String,
    /// "Done by Sam Patel on …", once done.
    pub done: Option<String>,
}

/// The letters to post and calls to make, and those done lately.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TasksView {
    pub open: Vec<TaskRow>,
    pub done: Vec<TaskRow>,
    /// Activation codes to post to homes (`domain::linking`), and those posted lately.
    pub codes: Vec<ActivationRow>,
    pub codes_posted: Vec<ActivationRow>,
}

/// An activation letter: to whom, where, and (until posted) its text with the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRow {
    pub id: i64,
    pub addressee: String,
    pub address: String,
    pub text: Option<String>,
    pub created: String,
    pub posted: Option<String>,
}

fn activation_row(letter: backend::linking::ActivationLetter) -> ActivationRow {
    ActivationRow {
        id: letter.id,
        addressee: letter.addressee,
        address: letter.address,
        text: letter.text,
        created: domain::steps::long_time(&letter.created_at),
        posted: letter
            .posted
            .map(|(at, by)| format!("Posted by {by} on {}", domain::steps::long_time(&at))),
    }
}

fn task_row(task: backend::tasks::ContactTaskItem) -> TaskRow {
    use domain::letters::ContactTask;
    let p = &task.preferences;
    let mut how = vec![(
        "To".to_owned(),
        task.addressee
            .clone()
            .unwrap_or_else(|| "The resident".into()),
    )];
    match task.task {
        ContactTask::Post
        | ContactTask::Braille
        | ContactTask::Audio
        | ContactTask::Translation => how.push((
            "Address".into(),
            task.address
                .clone()
                .unwrap_or_else(|| "Not known: check the complaint's record".into()),
        )),
        ContactTask::Phone => {
            how.push((
                "Phone".into(),
                p.phone
                    .as_ref()
                    .map(|n| n.grouped())
                    .unwrap_or_else(|| "Not given: post the letter".into()),
            ));
            if !p.call_times.as_str().is_empty() {
                how.push(("Times to call".into(), p.call_times.as_str().to_owned()));
            }
        }
    }
    if !p.formats.is_empty() {
        how.push((
            "Formats".into(),
            p.formats
                .iter()
                .map(|f| f.label())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    if !p.language.as_str().is_empty() {
        how.push(("Language".into(), p.language.as_str().to_owned()));
    }
    if !p.adjustments.as_str().is_empty() {
        how.push(("Adjustments".into(), p.adjustments.as_str().to_owned()));
    }
    if let Some(by) = task.ready_by {
        how.push((
            "The resident was told to expect it by".into(),
            domain::calendar::long_date(by),
        ));
    }
    TaskRow {
        id: task.id,
        what: task.task.label(p),
        reference: task.reference,
        letter_href: if domain::letters::prints_large(p) {
            format!("/staff/letters/{}?print=large", task.letter)
        } else {
            format!("/staff/letters/{}", task.letter)
        },
        subject: task.subject,
        how,
        created: domain::steps::long_time(&task.created_at),
        done: task
            .done
            .map(|(at, by)| format!("Done by {by} on {}", domain::steps::long_time(&at))),
    }
}

/// The letters to post and the calls to make.
#[server(endpoint = "staff/tasks")]
pub async fn staff_tasks() -> Result<Option<TasksView>, AppError> {
    if server::colleague().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let read = |done| context.backend.contact_tasks(done);
    let open = read(false).await.map_err(super::unavailable)?;
    let done = read(true).await.map_err(super::unavailable)?;
    let letters = |posted| context.backend.activation_letters(posted);
    let codes = letters(false).await.map_err(super::unavailable)?;
    let codes_posted = letters(true).await.map_err(super::unavailable)?;
    Ok(Some(TasksView {
        open: open.into_iter().map(task_row).collect(),
        done: done.into_iter().map(task_row).collect(),
        codes: codes.into_iter().map(activation_row).collect(),
        codes_posted: codes_posted.into_iter().map(activation_row).collect(),
    }))
}

/// Marks an activation letter posted (its code is no longer kept), then shows the list again.
#[server(endpoint = "staff/activation-posted")]
pub async fn activation_posted(id: i64) -> Result<(), AppError> {
    let Some(colleague) = server::colleague().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let context = crate::context::server_context()?;
    let by = format!("{} ({})", colleague.name, colleague.email);
    if context
        .backend
        .activation_letter_posted(id, &by)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/staff/tasks?done=code");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: "That letter was already marked as posted, or is not there. The list below is up to date."
                .into(),
        }))
    }
}

/// Marks a letter posted or a call made, then shows the list again.
#[server(endpoint = "staff/task-done")]
pub async fn complete_task(id: i64) -> Result<(), AppError> {
    let Some(colleague) = server::colleague().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let context = crate::context::server_context()?;
    let by = format!("{} ({})", colleague.name, colleague.email);
    if context
        .backend
        .complete_contact_task(id, &by)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect(&format!("/staff/tasks?done={id}"));
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: "That task was already done, or is not there. The list below is up to date."
                .into(),
        }))
    }
}
