//! The journey to make a complaint, report a safety concern or give a compliment. Every page
//! saves what was typed to the account's draft before checking it, so nothing is lost; a
//! valid page moves on to the first page still needing an answer.

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

use chrono::NaiveDate;
use domain::filing::Step;
use domain::filing::{Draft, Submission};
use domain::preferences::Preferences;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// What the journey's pages need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    pub draft: Draft,
    /// Sent with "Send" so that sending twice files once; empty before the first save.
    pub key: String,
    /// The London date today, for the 12-month rule.
    pub today: NaiveDate,
    /// The account's preferences, where the support page starts.
    pub preferences: Preferences,
    /// The photos and documents added so far.
    pub attachments: Vec<AttachmentView>,
}

/// A photo or document, without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentView {
    pub id: i64,
    pub name: String,
    /// "1.2 MB", "340 KB".
    pub size: String,
}

fn attachment_view(a: backend::attachments::AttachmentInfo) -> AttachmentView {
    let size = if a.size >= 1024 * 1024 {
        format!("{:.1} MB", a.size as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", (a.size + 1023) / 1024)
    };
    AttachmentView {
        id: a.id,
        name: a.file_name,
        size,
    }
}

/// A filed complaint, concern or compliment, for its confirmation page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptView {
    pub reference: String,
    /// "complaint", "concern" or "compliment".
    pub kind: String,
    pub received: NaiveDate,
    /// What was filed; `None` for a representative whose consent is not verified yet, who is
    /// told only that it was received (never the resident's details).
    pub submission: Option<Submission>,
    pub next_steps: Vec<String>,
    /// The photos and documents filed with it (none shown while withheld).
    pub attachments: Vec<AttachmentView>,
}

fn today(context: &crate::context::ServerContext) -> NaiveDate {
    domain::calendar::london_date(&context.backend.now())
}

/// Saves page `step`: applies `update` to the draft and stores it, then checks the page with
/// the domain's parsers; sends a valid page on to the next one. A rejected page gets back only
/// the messages: what was typed is in the draft, where the page reads it (so it is never put
/// in an address, however long). Sent after the session has ended, the answers are kept
/// against a cookie and the resident is asked to sign in, which brings them back to this page
/// with the answers in place.
async fn save_page(step: Step, update: impl FnOnce(&mut Draft)) -> Result<(), AppError> {
    let context = crate::context::server_context()?;
    let Some(account) = crate::context::signed_in().await? else {
        // Kept without an account: at most so many pages from one address, and no more than a
        // page could hold.
        let address = super::client_address().await;
        super::limit(
            &context,
            &[(
                format!("keep:address:{address}"),
                domain::limits::KEEP_PER_ADDRESS,
            )],
            &[],
        )
        .await?;
        let mut kept = Draft::default();
        update(&mut kept);
        let token = context
            .backend
            .keep_answers(step.path(), &kept)
            .await
            .map_err(super::unavailable)?;
        let Some(token) = token else {
            leptos_axum::redirect(&format!("/sign-in?return={}", step.path()));
            return Ok(());
        };
        crate::context::set_kept_cookie(Some(&token), context.secure_cookies);
        leptos_axum::redirect(&format!("/sign-in?kept={}", step.path()));
        return Ok(());
    };
    let mut draft = context
        .backend
        .draft(account.id)
        .await
        .map_err(super::unavailable)?
        .map(|(draft, _)| draft)
        .unwrap_or_default();
    draft.without_tenancy = account.representative;
    update(&mut draft);
    context
        .backend
        .save_draft(account.id, &draft)
        .await
        .map_err(super::unavailable)?;
    let today = today(&context);
    step.check(&draft, today).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: vec![],
            errors,
        })
    })?;
    leptos_axum::redirect(draft.resume(today).path());
    Ok(())
}

/// The draft, the key that sends it and the account's preferences; `None` when signed out.
#[server(endpoint = "complaint/draft")]
pub async fn load_draft() -> Result<Option<DraftView>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let (draft, key) = context
        .backend
        .draft(account.id)
        .await
        .map_err(super::unavailable)?
        .unwrap_or_default();
    let preferences = context
        .backend
        .preferences(account.id)
        .await
        .map_err(super::unavailable)?;
    let attachments = context
        .backend
        .draft_attachments(account.id)
        .await
        .map_err(super::unavailable)?
        .into_iter()
        .map(attachment_view)
        .collect();
    Ok(Some(DraftView {
        draft,
        key,
        today: today(&context),
        preferences,
        attachments,
    }))
}

/// The first page: what the resident wants to do.
#[server(endpoint = "complaint/purpose")]
pub async fn choose_purpose(#[server(default)] purpose: String) -> Result<(), AppError> {
    save_page(Step::Purpose, |d| d.purpose = purpose.clone()).await
}

/// Who it is for: the resident themselves, or someone they act for.
#[server(endpoint = "complaint/for-whom")]
pub async fn save_for_whom(#[server(default)] for_whom: String) -> Result<(), AppError> {
    save_page(Step::ForWhom, |d| d.for_whom = for_whom.clone()).await
}

/// About the representative: how they know the resident, and a phone number.
#[server(endpoint = "complaint/about-you")]
pub async fn save_about_you(
    #[server(default)] relationship: String,
    #[server(default)] relationship_other: String,
    #[server(default)] rep_phone: String,
) -> Result<(), AppError> {
    save_page(Step::AboutYou, |d| {
        d.representative.relationship = relationship.clone();
        d.representative.relationship_other = relationship_other.clone();
        d.representative.rep_phone = rep_phone.clone();
    })
    .await
}

/// Who the representative is acting for.
#[server(endpoint = "complaint/resident")]
pub async fn save_resident(
    #[server(default)] resident_name: String,
    #[server(default)] resident_address: String,
    #[server(default)] resident_reference: String,
) -> Result<(), AppError> {
    save_page(Step::Resident, |d| {
        d.representative.resident_name = resident_name.clone();
        d.representative.resident_address = resident_address.clone();
        d.representative.resident_reference = resident_reference.clone();
    })
    .await
}

/// How the resident gave consent, what it covers and when it ends.
#[server(endpoint = "complaint/consent")]
pub async fn save_consent(
    #[server(default)] consent_method: String,
    #[server(default)] consent_day: String,
    #[server(default)] consent_month: String,
    #[server(default)] consent_year: String,
    #[server(default)] consent_to: String,
    #[server(default)] consent_scope: String,
    #[server(default)] expiry_day: String,
    #[server(default)] expiry_month: String,
    #[server(default)] expiry_year: String,
) -> Result<(), AppError> {
    save_page(Step::Consent, |d| {
        let r = &mut d.representative;
        r.consent_method = consent_method.clone();
        r.consent_day = consent_day.clone();
        r.consent_month = consent_month.clone();
        r.consent_year = consent_year.clone();
        r.consent_to = consent_to.clone();
        r.consent_scope = consent_scope.clone();
        r.expiry_day = expiry_day.clone();
        r.expiry_month = expiry_month.clone();
        r.expiry_year = expiry_year.clone();
    })
    .await
}

/// A complaint: what happened, when, what was already reported, and the outcome wanted.
#[server(endpoint = "complaint/details")]
pub async fn save_complaint(
    #[server(default)] what_happened: String,
    #[server(default)] incident_day: String,
    #[server(default)] incident_month: String,
    #[server(default)] incident_year: String,
    #[server(default)] already_reported: String,
    #[server(default)] outcome: String,
) -> Result<(), AppError> {
    save_page(Step::Complaint, |d| {
        d.what_happened = what_happened.clone();
        d.incident_day = incident_day.clone();
        d.incident_month = incident_month.clone();
        d.incident_year = incident_year.clone();
        d.already_reported = already_reported.clone();
        d.outcome = outcome.clone();
    })
    .await
}

/// Why an incident over 12 months old was not raised sooner.
#[server(endpoint = "complaint/late")]
pub async fn save_late(#[server(default)] late_reason: String) -> Result<(), AppError> {
    save_page(Step::Late, |d| d.late_reason = late_reason.clone()).await
}

/// Past the photos and documents page (adding them is optional).
#[server(endpoint = "complaint/attachments/done")]
pub async fn finish_attachments() -> Result<(), AppError> {
    save_page(Step::Attachments, |d| d.attachments_done = true).await
}

/// Takes a photo or document off the draft.
#[server(endpoint = "complaint/attachments/remove")]
pub async fn remove_attachment(id: i64) -> Result<(), AppError> {
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    context
        .backend
        .remove_draft_attachment(account, id)
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect(&format!(
        "{}?removed=1",
        domain::filing::Step::Attachments.path()
    ));
    Ok(())
}

/// A safety concern: what, where, and what staff need to set its risk.
#[server(endpoint = "complaint/concern")]
pub async fn save_concern(
    #[server(default)] concern_what: String,
    #[server(default)] concern_where: String,
    #[server(default)] danger_now: String,
    #[server(default)] vulnerable: String,
) -> Result<(), AppError> {
    save_page(Step::Concern, |d| {
        d.concern_what = concern_what.clone();
        d.concern_where = concern_where.clone();
        d.danger_now = danger_now.clone();
        d.vulnerable = vulnerable.clone();
    })
    .await
}

/// A compliment: who helped, and how.
#[server(endpoint = "complaint/compliment")]
pub async fn save_compliment(
    #[server(default)] compliment_who: String,
    #[server(default)] compliment_what: String,
) -> Result<(), AppError> {
    save_page(Step::Compliment, |d| {
        d.compliment_who = compliment_who.clone();
        d.compliment_what = compliment_what.clone();
    })
    .await
}

/// How to contact the resident about this one, and the support they need.
#[server(endpoint = "complaint/support")]
pub async fn save_support(
    #[server(default)] contact_method: String,
    #[server(default)] phone: String,
    #[server(default)] call_times: String,
    #[server(default)] large_print: bool,
    #[server(default)] audio: bool,
    #[server(default)] braille: bool,
    #[server(default)] language: String,
    #[server(default)] interpreter: bool,
    #[server(default)] adjustments: String,
) -> Result<(), AppError> {
    let answers = super::profile::preference_answers(
        contact_method,
        phone,
        call_times,
        [large_print, audio, braille],
        language,
        interpreter,
        adjustments,
    );
    save_page(Step::Support, |d| d.support = Some(answers)).await
}

/// Sends the draft. Sending again with the same key (a double tap, a retry after a network
/// error, the back button) goes to the same confirmation and files nothing new.
#[server(endpoint = "complaint/send")]
pub async fn send_draft(#[server(default)] key: String) -> Result<(), AppError> {
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let draft = context
        .backend
        .draft(account)
        .await
        .map_err(super::unavailable)?
        .filter(|(_, current)| *current == key)
        .map(|(draft, _)| draft);
    let submission = match draft.map(|d| d.submission(today(&context))) {
        Some(Ok(submission)) => Some(submission),
        Some(Err(step)) => {
            leptos_axum::redirect(step.path());
            return Ok(());
        }
        // Already sent (or started again): only the key can find what it filed.
        None => None,
    };
    let filed = match &submission {
        Some(submission) => context.backend.file(account, &key, submission).await,
        None => context.backend.filed_with(account, &key).await,
    }
    .map_err(super::unavailable)?;
    match filed {
        Some(reference) => {
            leptos_axum::redirect(&format!("/complaints/{reference}/sent"));
            Ok(())
        }
        None => Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "We could not find these answers: they may have been started again. Check your email for a reference before starting again.".into(),
        })),
    }
}

/// What the signed-in resident filed under `reference`, for its confirmation page.
#[server(endpoint = "complaint/receipt")]
pub async fn receipt(reference: String) -> Result<Option<ReceiptView>, AppError> {
    use domain::values::ComplaintRef;
    let Ok(reference) = ComplaintRef::parse(&reference) else {
        return Ok(None);
    };
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let Some(receipt) = context
        .backend
        .receipt(account, &reference)
        .await
        .map_err(super::unavailable)?
    else {
        return Ok(None);
    };
    let opening = context
        .backend
        .opening()
        .await
        .map_err(super::unavailable)?;
    let received = domain::calendar::london_date(&receipt.received_at);
    let next_steps = domain::filing::next_steps(
        &receipt.submission.filing,
        received,
        &opening.calendar,
        context.backend.standard(),
        &opening.out_of_hours,
        crate::context::language(),
    );
    let withheld = !domain::representation::may_see_details(receipt.consent_verified);
    Ok(Some(ReceiptView {
        reference: receipt.reference.to_string(),
        kind: receipt.submission.filing.kind().to_owned(),
        received,
        next_steps: if withheld {
            domain::representation::steps_while_consent_unverified(crate::context::language())
        } else {
            next_steps
        },
        submission: (!withheld).then_some(receipt.submission),
        attachments: if withheld {
            vec![]
        } else {
            receipt
                .attachments
                .into_iter()
                .map(attachment_view)
                .collect()
        },
    }))
}
