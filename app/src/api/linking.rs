//! Linking the account to its home (`domain::linking`): asking for a home, entering the code
//! posted to it, asking for another, and a linked account's answer to someone asking to join.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use domain::limits;

/// An open request to be linked to a home, as the account that made it sees it: the same
/// words whether or not the home matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingHomeView {
    pub rent_reference: String,
    pub postcode: String,
    pub asked_on: String,
    /// The day the latest code was sent for posting.
    pub code_sent_on: Option<String>,
    pub may_ask_again: bool,
    pub code_spent: bool,
}

/// Someone asking to join the resident's home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequestView {
    pub id: i64,
    pub who: String,
    pub asked_on: String,
}

fn day(at: &chrono::DateTime<chrono::Utc>) -> String {
    domain::calendar::long_date(domain::calendar::london_date(at))
}

/// The account's unsettled request to link to a home, as the account page shows it.
pub(crate) fn pending_home_view(
    pending: Option<backend::linking::PendingLink>,
) -> Option<PendingHomeView> {
    pending.map(|p| PendingHomeView {
        rent_reference: p.rent_reference,
        postcode: p.postcode,
        asked_on: day(&p.asked_at),
        code_sent_on: p.code_sent_at.as_ref().map(day),
        may_ask_again: p.may_ask_again,
        code_spent: p.code_spent,
    })
}

/// Others asking to join the resident's home, as the account page shows them.
pub(crate) fn join_request_views(
    requests: Vec<backend::linking::JoinRequest>,
) -> Vec<JoinRequestView> {
    requests
        .into_iter()
        .map(|r| JoinRequestView {
            id: r.id,
            who: match r.name {
                Some(name) => format!("{name} ({})", r.email),
                None => r.email,
            },
            asked_on: day(&r.asked_at),
        })
        .collect()
}

/// Asks to link the account to a home (after a move, or to prove the home given at
/// registration). Linked at once when the date of birth and phone match what we hold;
/// otherwise a code is posted to the home.
#[server(endpoint = "account/home")]
pub async fn request_home(
    #[server(default)] rent_reference: String,
    #[server(default)] postcode: String,
    #[server(default)] dob_day: String,
    #[server(default)] dob_month: String,
    #[server(default)] dob_year: String,
    #[server(default)] phone: String,
) -> Result<(), AppError> {
    use backend::linking::HomeRequest;
    let answers = vec![
        ("rent_reference".to_owned(), rent_reference.clone()),
        ("postcode".to_owned(), postcode.clone()),
        ("dob_day".to_owned(), dob_day.clone()),
        ("dob_month".to_owned(), dob_month.clone()),
        ("dob_year".to_owned(), dob_year.clone()),
        ("phone".to_owned(), phone.clone()),
    ];
    let context = crate::context::server_context()?;
    let today = domain::calendar::london_date(&context.backend.now());
    let claim = domain::accounts::parse_claim(
        &rent_reference,
        &postcode,
        &[dob_day, dob_month, dob_year],
        &phone,
        today,
    )
    .map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: answers.clone(),
            errors,
        })
    })?;
    let account = super::profile::account_id().await?;
    super::limit(
        &context,
        &[
            (format!("home:account:{account}"), limits::LINK_PER_ACCOUNT),
            (
                format!("home:reference:{}", claim.rent_reference),
                limits::LINK_PER_HOME,
            ),
        ],
        &answers,
    )
    .await?;
    match context
        .backend
        .request_home(account, &claim, &context.base_url)
        .await
        .map_err(super::unavailable)?
    {
        HomeRequest::Linked => leptos_axum::redirect("/account?saved=home"),
        HomeRequest::Waiting => leptos_axum::redirect("/account/activate?asked=1"),
        HomeRequest::Representative => {
            return Err(super::refused(AppError::Refused {
                answers,
                field: None,
                message: "This account acts for residents, so it is not linked to a home. To complain about your own home, register a separate account with your rent reference.".into(),
            }))
        }
    }
    Ok(())
}

/// Links the account with the activation code posted to the home.
#[server(endpoint = "account/activate")]
pub async fn activate(#[server(default)] code: String) -> Result<(), AppError> {
    use backend::linking::Activation;
    let answers = vec![("code".to_owned(), code.clone())];
    let refuse = |message: String| {
        super::refused(AppError::Refused {
            answers: answers.clone(),
            field: Some("code".into()),
            message,
        })
    };
    let parsed = domain::linking::ActivationCode::parse(&code).map_err(|m| refuse(m.into()))?;
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    super::limit(
        &context,
        &[(
            format!("activate:account:{account}"),
            limits::ACTIVATE_PER_ACCOUNT,
        )],
        &answers,
    )
    .await?;
    match context
        .backend
        .activate(account, &parsed)
        .await
        .map_err(super::unavailable)?
    {
        Activation::Linked => {
            leptos_axum::redirect("/account?saved=linked");
            Ok(())
        }
        Activation::Wrong { left } => Err(refuse(format!(
            "That code is not right, or it has expired. Check it against the newest letter we sent. You can try {left} more {}.",
            if left == 1 { "time" } else { "times" }
        ))),
        Activation::NoRequest => Err(refuse(
            "Your account is not waiting for a code. Go back to your account to see where it stands.".into(),
        )),
        Activation::Spent => Err(refuse(
            "That code can no longer be used: it has been tried too many times. Ask for a new code below.".into(),
        )),
    }
}

/// Posts a new activation code to the home (the last one stops working).
#[server(endpoint = "account/activate/new-code")]
pub async fn new_activation_code() -> Result<(), AppError> {
    use backend::linking::NewCode;
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    let message = match context
        .backend
        .new_code(account, &context.base_url)
        .await
        .map_err(super::unavailable)?
    {
        NewCode::Sent => {
            leptos_axum::redirect("/account/activate?sent=1");
            return Ok(());
        }
        NewCode::TooMany => format!(
            "We have already posted {} codes for this request. Call us on {} ({}) and we will help you link your account.",
            domain::linking::CODES_PER_REQUEST,
            domain::contact::LANDLORD.phone,
            domain::contact::LANDLORD.opening_hours
        ),
        NewCode::NoRequest => "Your account is not waiting for a code. Go back to your account to see where it stands.".into(),
    };
    Err(super::refused(AppError::Refused {
        answers: vec![],
        field: None,
        message,
    }))
}

/// A linked account approves or declines another account's request to join its home.
#[server(endpoint = "account/home/decide")]
pub async fn decide_join(request: i64, decision: String) -> Result<(), AppError> {
    let approve = match decision.as_str() {
        "approve" => true,
        "decline" => false,
        _ => {
            return Err(super::refused(AppError::Refused {
                answers: vec![],
                field: None,
                message: "Choose whether to approve or decline.".into(),
            }))
        }
    };
    let account = super::profile::account_id().await?;
    let context = crate::context::server_context()?;
    if context
        .backend
        .decide_join(account, request, approve, &context.base_url)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect(if approve {
            "/account?saved=approved"
        } else {
            "/account?saved=declined"
        });
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "That request has already been answered. Check your account.".into(),
        }))
    }
}
