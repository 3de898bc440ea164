//! The resident sees who has asked to act for them, and allows, refuses or withdraws it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// One representative, as the resident sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentView {
    pub id: i64,
    pub email: String,
    pub relationship: String,
    pub scope: String,
    /// "unverified", "verified", "refused" or "withdrawn".
    pub status: String,
    pub complaint_reference: String,
}

/// Everyone who has asked to act for the signed-in resident.
#[server(endpoint = "account/representatives")]
pub async fn representatives() -> Result<Vec<ConsentView>, AppError> {
    use backend::consents::ConsentStatus;
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let records = context
        .backend
        .consents_for_resident(account)
        .await
        .map_err(super::unavailable)?;
    Ok(records
        .into_iter()
        .map(|r| {
            let rep = &r.representation;
            let relationship = match &rep.relationship_other {
                Some(other) => other.to_string(),
                None => rep.relationship.label().to_owned(),
            };
            ConsentView {
                id: r.id,
                email: r.representative_email.clone(),
                relationship,
                scope: rep.consent.scope.label().to_owned(),
                status: match r.status {
                    ConsentStatus::Unverified => "unverified",
                    ConsentStatus::Verified => "verified",
                    ConsentStatus::Refused => "refused",
                    ConsentStatus::Withdrawn => "withdrawn",
                }
                .into(),
                complaint_reference: r.complaint_reference,
            }
        })
        .collect())
}

/// Allows ("allow"), refuses ("refuse") or withdraws ("withdraw") a representative.
#[server(endpoint = "account/representatives/decide")]
pub async fn decide_representative(consent: i64, decision: String) -> Result<(), AppError> {
    use backend::consents::Decision;
    let decision = match decision.as_str() {
        "allow" => Decision::Allow,
        "refuse" => Decision::Refuse,
        "withdraw" => Decision::Withdraw,
        _ => {
            return Err(super::refused(AppError::Refused {
                answers: vec![],
                field: None,
                message: "Choose whether to allow, refuse or withdraw.".into(),
            }))
        }
    };
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    if context
        .backend
        .decide_consent(account, consent, decision)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/account?saved=representatives");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "That person's access has already been changed. Check the list below.".into(),
        }))
    }
}
