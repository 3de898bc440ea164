//! The resident sees who has asked to act for them, and allows, refuses or withdraws it; invites
//! someone by email; and the person invited accepts.

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

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
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let records = context
        .backend
        .consents_for_resident(account)
        .await
        .map_err(super::unavailable)?;
    Ok(consent_views(records))
}

/// The consents of a resident's representatives, as the account page shows them.
pub(crate) fn consent_views(records: Vec<backend::consents::ConsentRecord>) -> Vec<ConsentView> {
    use backend::consents::ConsentStatus;
    records
        .into_iter()
        .map(|r| {
            let rep = &r.representation;
            let relationship = relationship_text(rep.relationship, rep.relationship_other.as_ref());
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
        .collect()
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

/// How someone is connected to the resident, in words.
fn relationship_text(
    relationship: domain::representation::Relationship,
    other: Option<&domain::values::LineText<100>>,
) -> String {
    match other {
        Some(other) => other.to_string(),
        None => relationship.label().to_owned(),
    }
}

/// Someone the resident invited by email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub relationship: String,
    /// "invited", "accepted" or "withdrawn".
    pub status: String,
    /// The last day it lasts, in words, if it ends.
    pub until: Option<String>,
}

/// Someone the signed-in person acts for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingForView {
    pub resident_name: String,
    pub until: Option<String>,
}

/// The invitations a resident has sent, newest first, as the account page shows them.
pub(crate) fn invitation_views(
    records: Vec<backend::invitations::InvitationRecord>,
) -> Vec<InvitationView> {
    use backend::invitations::InvitationStatus;
    records
        .into_iter()
        .map(|r| {
            let i = &r.invitation;
            InvitationView {
                id: r.id,
                name: i.name.to_string(),
                email: i.email.to_string(),
                relationship: relationship_text(i.relationship, i.relationship_other.as_ref()),
                status: match r.status {
                    InvitationStatus::Invited => "invited",
                    InvitationStatus::Accepted => "accepted",
                    InvitationStatus::Withdrawn => "withdrawn",
                }
                .into(),
                until: i.expires_on.map(domain::calendar::long_date),
            }
        })
        .collect()
}

/// The residents someone acts for by invitation, as the account page shows them.
pub(crate) fn acting_for_views(
    records: Vec<backend::invitations::ActingFor>,
) -> Vec<ActingForView> {
    records
        .into_iter()
        .map(|a| ActingForView {
            resident_name: a.resident_name,
            until: a.expires_on.map(domain::calendar::long_date),
        })
        .collect()
}

/// Invites someone by email to act for the signed-in resident on all their complaints.
#[server(endpoint = "account/representatives/invite")]
pub async fn invite_representative(
    #[server(default)] rep_name: String,
    #[server(default)] rep_email: String,
    #[server(default)] relationship: String,
    #[server(default)] relationship_other: String,
    #[server(default)] expiry_day: String,
    #[server(default)] expiry_month: String,
    #[server(default)] expiry_year: String,
) -> Result<(), AppError> {
    let answers = domain::representation::InvitationAnswers {
        rep_name,
        rep_email,
        relationship,
        relationship_other,
        expiry_day,
        expiry_month,
        expiry_year,
    };
    let typed = vec![
        ("rep_name".to_owned(), answers.rep_name.clone()),
        ("rep_email".to_owned(), answers.rep_email.clone()),
        ("relationship".to_owned(), answers.relationship.clone()),
        (
            "relationship_other".to_owned(),
            answers.relationship_other.clone(),
        ),
        ("expiry_day".to_owned(), answers.expiry_day.clone()),
        ("expiry_month".to_owned(), answers.expiry_month.clone()),
        ("expiry_year".to_owned(), answers.expiry_year.clone()),
    ];
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let today = domain::calendar::london_date(&context.backend.now());
    let invitation = answers.parse(today).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: typed.clone(),
            errors,
        })
    })?;
    if context
        .backend
        .invite_representative(
            account,
            &invitation,
            &context.base_url,
            crate::context::language(),
        )
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/account?saved=invited");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: typed,
            field: None,
            message: "Only a resident whose account is linked to a tenancy can invite someone. Add your home from your account page first.".into(),
        }))
    }
}

/// Withdraws an invitation, whether or not it was accepted.
#[server(endpoint = "account/representatives/withdraw-invitation")]
pub async fn withdraw_invitation(invitation: i64) -> Result<(), AppError> {
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    if context
        .backend
        .withdraw_invitation(account, invitation)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/account?saved=representatives");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "That invitation has already been withdrawn. Check the list below.".into(),
        }))
    }
}

/// What the invitation link's page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationPageView {
    /// `None` when the link has been used, withdrawn or is too old.
    pub offer: Option<OfferView>,
    /// The signed-in person's email address, if anyone is signed in.
    pub signed_in_as: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferView {
    pub resident_name: String,
    pub name: String,
    pub email: String,
    pub until: Option<String>,
}

/// The invitation behind a link, and who is signed in.
#[server(endpoint = "invitation")]
pub async fn invitation_page(token: String) -> Result<InvitationPageView, AppError> {
    let context = crate::context::server_context()?;
    let offer = context
        .backend
        .invitation_offer(&token)
        .await
        .map_err(super::unavailable)?
        .map(|o| OfferView {
            resident_name: o.resident_name,
            name: o.invitation.name.to_string(),
            email: o.invitation.email.to_string(),
            until: o.invitation.expires_on.map(domain::calendar::long_date),
        });
    let signed_in_as = crate::context::signed_in().await?.map(|a| a.email);
    Ok(InvitationPageView {
        offer,
        signed_in_as,
    })
}

/// Accepts an invitation for the signed-in person.
#[server(endpoint = "invitation/accept")]
pub async fn accept_invitation(token: String) -> Result<(), AppError> {
    use backend::invitations::Acceptance;
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    match context
        .backend
        .accept_invitation(account, &token)
        .await
        .map_err(super::unavailable)?
    {
        Acceptance::Accepted { .. } => {
            leptos_axum::redirect("/account?saved=accepted");
            Ok(())
        }
        Acceptance::OtherAddress => Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "This invitation was sent to a different email address. Sign out, then sign in (or register) with the address the invitation was sent to.".into(),
        })),
        Acceptance::Gone => Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: format!(
                "This invitation can no longer be accepted: it has been used, withdrawn, or is more than {} days old. Ask the resident to invite you again.",
                domain::representation::INVITATION_DAYS
            ),
        })),
    }
}
