//! The complaints a signed-in person follows, one complaint's page, and what they may ask of
//! it: a review (Stage 2), a late review, more information, a withdrawal. Who may see and do
//! what is decided by `backend` and `domain`; nothing here trusts what the page offered.

use chrono::NaiveDate;
use domain::complaint::{Due, State};
use domain::progress::{Actions, Milestone, Request};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::staff::LetterSummary;
use super::AppError;
use crate::islands::countdown::Clock;

/// One complaint in "Your complaints".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintRow {
    pub reference: String,
    pub kind: String,
    pub received: String,
    /// Where it stands ("Stage 1: being looked into"); `None` when only its sending is shown.
    pub state: Option<String>,
    pub due: Option<Due>,
    /// Why only its sending is shown, for a representative waiting for consent.
    pub limited: Option<String>,
    pub own: bool,
}

/// "Your complaints", with what a browser needs to count working days as the server does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintList {
    pub rows: Vec<ComplaintRow>,
    pub clock: Clock,
    /// The newest event anywhere when this was read: live updates continue after it.
    pub seen: i64,
}

/// One complaint's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintPageView {
    pub reference: String,
    pub kind: domain::handling::Kind,
    pub own: bool,
    pub state: State,
    pub state_words: String,
    pub received: String,
    pub due: Option<Due>,
    pub milestones: Vec<Milestone>,
    pub handled_by: Option<(String, Option<String>)>,
    /// What it is about and the outcome sought, as the landlord defined it.
    pub definition: Option<(String, String)>,
    /// What the resident (or whoever filed it) told us.
    pub submission: domain::filing::Submission,
    pub letters: Vec<LetterSummary>,
    pub actions: Actions,
    /// What happens next, in words.
    pub next: String,
    /// The last day a review can be asked for (shown even once it has passed).
    pub review_by: Option<NaiveDate>,
    /// The newest event anywhere when this was read: live updates continue after it.
    pub seen: i64,
    pub clock: Clock,
}

/// The form for one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub reference: String,
    pub kind: domain::handling::Kind,
    pub request: Request,
    pub allowed: bool,
    /// Why it cannot be asked now, when it cannot.
    pub not_now: Option<String>,
    pub review_by: Option<NaiveDate>,
}

pub(crate) mod server {
    use super::*;
    use backend::following::ActFailure;

    pub async fn today() -> Result<Clock, AppError> {
        let context = crate::context::server_context()?;
        let calendar = context
            .backend
            .calendar()
            .await
            .map_err(crate::api::unavailable)?;
        Ok(Clock {
            now: context.backend.now(),
            closure_days: calendar
                .closure_days()
                .map(crate::islands::countdown::Day)
                .collect(),
        })
    }

    pub fn act_error(failure: ActFailure, typed: Vec<(String, String)>) -> AppError {
        use backend::handling::RecordFailure;
        match failure {
            ActFailure::Backend(error) | ActFailure::Record(RecordFailure::Backend(error)) => {
                crate::api::unavailable(error)
            }
            ActFailure::Record(RecordFailure::Refused(error)) => {
                crate::api::refused(AppError::Refused {
                    answers: typed,
                    field: domain::steps::field_for(&error).map(|f| f.id().to_owned()),
                    message: error.to_string(),
                })
            }
            other => crate::api::refused(AppError::Refused {
                answers: typed,
                field: None,
                message: other.to_string(),
            }),
        }
    }
}

/// Every complaint the signed-in person follows, newest first.
#[server(endpoint = "account/complaints")]
pub async fn my_complaints() -> Result<Option<ComplaintList>, AppError> {
    use domain::following::Sight;
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let seen = context
        .backend
        .following_from()
        .await
        .map_err(super::unavailable)?;
    let followed = context
        .backend
        .followed(account.id)
        .await
        .map_err(super::unavailable)?;
    let rows = followed
        .into_iter()
        .map(|f| ComplaintRow {
            kind: f.kind.label().to_owned(),
            received: domain::calendar::long_date(domain::calendar::london_date(&f.received_at)),
            state: f.progress.as_ref().map(|p| p.state.describe().to_owned()),
            due: f.progress.as_ref().and_then(|p| p.next),
            limited: (f.sight == Sight::OnlyThatItWasSent).then(|| {
                "You sent this for a resident. You will see how it is going once we have their consent.".to_owned()
            }),
            own: f.own,
            reference: f.reference,
        })
        .collect();
    Ok(Some(ComplaintList {
        seen,
        rows,
        clock: server::today().await?,
    }))
}

/// One complaint's page, if the signed-in person may see everything of it.
#[server(endpoint = "account/complaint")]
pub async fn my_complaint(reference: String) -> Result<Option<ComplaintPageView>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let Some(case) = context
        .backend
        .followed_one(account.id, &reference)
        .await
        .map_err(super::unavailable)?
    else {
        return Err(no_complaint());
    };
    let today = domain::calendar::london_date(&context.backend.now());
    let events = &case.events;
    let language = crate::context::language();
    Ok(Some(ComplaintPageView {
        milestones: domain::progress::milestones(case.kind, events, &case.complaint, language),
        handled_by: domain::progress::handled_by(events),
        definition: domain::progress::definition(events),
        actions: domain::progress::actions(case.kind, &case.complaint, today),
        next: domain::progress::next_words(case.kind, &case.complaint, today, language),
        review_by: case.complaint.deadlines().stage2_request_by,
        state: case.complaint.state(),
        state_words: case.complaint.state().describe().to_owned(),
        received: domain::steps::long_time(&case.complaint.received_at()),
        due: case.complaint.next_deadline(),
        submission: case.submission.clone(),
        letters: case
            .letters
            .iter()
            .rev()
            .map(crate::api::staff::server::letter_summary)
            .collect(),
        seen: case.seen,
        kind: case.kind,
        own: case.own,
        reference: case.reference,
        clock: server::today().await?,
    }))
}

/// What a representative waiting for the resident's consent may see of a complaint they sent:
/// that they sent it, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentOnlyView {
    pub reference: String,
    pub kind: domain::handling::Kind,
    pub received: String,
}

/// `Some` when all the signed-in person may see of complaint `reference` is that they sent it.
pub async fn sent_only(reference: &str) -> Result<Option<SentOnlyView>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    Ok(context
        .backend
        .sent_only(account.id, reference)
        .await
        .map_err(super::unavailable)?
        .map(|f| SentOnlyView {
            received: domain::steps::long_time(&f.received_at),
            reference: f.reference,
            kind: f.kind,
        }))
}

/// The same refusal for a complaint that is not there and one that is someone else's.
pub fn no_complaint() -> AppError {
    super::refused(AppError::Refused {
        answers: Vec::new(),
        field: None,
        message: "There is no complaint with that reference in your account. Check the reference, or go back to your account to see your complaints.".into(),
    })
}

/// The form for `request` on complaint `reference`.
#[server(endpoint = "account/complaint-request")]
pub async fn request_form(
    reference: String,
    request: String,
) -> Result<Option<RequestView>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let (Some(case), Some(request)) = (
        context
            .backend
            .followed_one(account.id, &reference)
            .await
            .map_err(super::unavailable)?,
        Request::from_path(&request),
    ) else {
        return Err(no_complaint());
    };
    let today = domain::calendar::london_date(&context.backend.now());
    let allowed = request.allowed(&domain::progress::actions(
        case.kind,
        &case.complaint,
        today,
    ));
    Ok(Some(RequestView {
        not_now: (!allowed).then(|| domain::progress::not_now(request, &case.complaint)),
        review_by: case.complaint.deadlines().stage2_request_by,
        reference: case.reference,
        kind: case.kind,
        request,
        allowed,
    }))
}

/// Records what the signed-in person asks of complaint `reference`, then shows the complaint.
#[server(endpoint = "account/complaint-ask")]
pub async fn ask(
    reference: String,
    request: String,
    #[server(default)] still_unhappy: String,
    #[server(default)] outcome_wanted: String,
    #[server(default)] reason: String,
    #[server(default)] information: String,
) -> Result<(), AppError> {
    let answers = domain::progress::RequestAnswers {
        still_unhappy,
        outcome_wanted,
        reason,
        information,
    };
    let typed: Vec<(String, String)> = [
        ("still_unhappy", &answers.still_unhappy),
        ("outcome_wanted", &answers.outcome_wanted),
        ("reason", &answers.reason),
        ("information", &answers.information),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect();
    let Some(request) = Request::from_path(&request) else {
        return Err(no_complaint());
    };
    let kind = answers.parse(request).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: typed.clone(),
            errors,
        })
    })?;
    let Some(account) = crate::context::signed_in().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let context = crate::context::server_context()?;
    let name = account
        .name
        .clone()
        .unwrap_or_else(|| account.email.clone());
    let recorded_by = format!("{name} ({}), in their account", account.email);
    match context
        .backend
        .act(account.id, &reference, request, kind, &name, &recorded_by)
        .await
    {
        Ok(_) => {
            leptos_axum::redirect(&format!(
                "/account/complaints/{reference}?done={}",
                request.path()
            ));
            Ok(())
        }
        Err(failure) => Err(server::act_error(failure, typed)),
    }
}
