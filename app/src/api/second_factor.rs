//! Colleagues' second factor (`domain::second_factor`): setting up an authenticator app,
//! entering its code or a recovery code after signing in, and an administrator's reset.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use domain::limits;

/// The cookie that carries new recovery codes to the page that shows them, once.
pub const RECOVERY_COOKIE: &str = "calico_recovery_codes";

/// What the second-factor page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecondFactorView {
    /// Set up: enter a code, or a recovery code.
    Ask,
    /// To set up: the secret, typed or scanned.
    SetUp {
        secret: String,
        uri: String,
        qr_svg: String,
    },
}

/// A colleague, for the administrators' list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColleagueView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub second_factor: bool,
}

/// The colleague whose session awaits the second factor; refused for anyone else.
async fn awaiting() -> Result<Option<backend::accounts::Account>, AppError> {
    match crate::context::signed_in().await? {
        None => Ok(None),
        Some(account) if account.awaiting_second_factor => Ok(Some(account)),
        Some(account) => Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: if account.colleague().is_some() {
                "You have already entered your code for this session. Go to the work queue."
            } else {
                "This page is for Calico Homes' complaints staff."
            }
            .into(),
        })),
    }
}

/// What the page needs: whether to set the second factor up, and the secret if so.
#[server(endpoint = "two-factor/page")]
pub async fn second_factor_page() -> Result<Option<SecondFactorView>, AppError> {
    use backend::second_factor::SecondFactor;
    let Some(account) = awaiting().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    Ok(Some(
        match context
            .backend
            .second_factor(account.id, &account.email)
            .await
            .map_err(super::unavailable)?
        {
            SecondFactor::SetUp => SecondFactorView::Ask,
            SecondFactor::NotSetUp {
                secret,
                uri,
                qr_svg,
            } => SecondFactorView::SetUp {
                secret,
                uri,
                qr_svg,
            },
        },
    ))
}

/// The colleague awaiting the second factor and their session, once the attempt is counted
/// against the limit.
async fn attempt() -> Result<(backend::accounts::Account, backend::accounts::SessionToken), AppError>
{
    let Some(account) = awaiting().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let context = crate::context::server_context()?;
    super::limit(
        &context,
        &[
            (
                format!("second-factor:account:{}", account.id),
                limits::SECOND_FACTOR_PER_ACCOUNT,
            ),
            (
                format!("second-factor-day:account:{}", account.id),
                limits::SECOND_FACTOR_PER_DAY,
            ),
        ],
        &[],
    )
    .await?;
    let session =
        crate::context::session_cookie().ok_or_else(|| super::refused(AppError::SignedOut))?;
    Ok((account, session))
}

/// Checks the code from the app; the first one sets the second factor up and leads to the
/// recovery codes.
#[server(endpoint = "two-factor")]
pub async fn pass_second_factor(#[server(default)] code: String) -> Result<(), AppError> {
    use backend::second_factor::Passed;
    let refuse = |message: &str| {
        super::refused(AppError::Refused {
            answers: Vec::new(),
            field: Some("code".into()),
            message: message.into(),
        })
    };
    let parsed = domain::second_factor::parse_code(&code).map_err(refuse)?;
    let (account, session) = attempt().await?;
    let context = crate::context::server_context()?;
    match context
        .backend
        .pass_second_factor(account.id, &session, &parsed)
        .await
        .map_err(super::unavailable)?
    {
        Passed::Yes => {
            leptos_axum::redirect("/staff");
            Ok(())
        }
        Passed::SetUp { recovery_codes } => {
            crate::context::set_short_cookie(
                RECOVERY_COOKIE,
                &recovery_codes.join("."),
                300,
                context.secure_cookies,
            );
            leptos_axum::redirect("/two-factor/recovery-codes");
            Ok(())
        }
        Passed::No => Err(refuse(
            "That code is not right, or it was used already. Enter the code your authenticator app shows now.",
        )),
    }
}

/// Uses a recovery code in place of a code from the app.
#[server(endpoint = "two-factor/recovery")]
pub async fn use_recovery_code(#[server(default)] recovery_code: String) -> Result<(), AppError> {
    let refuse = |message: &str| {
        super::refused(AppError::Refused {
            answers: Vec::new(),
            field: Some("recovery_code".into()),
            message: message.into(),
        })
    };
    let parsed = domain::second_factor::parse_recovery_code(&recovery_code).map_err(refuse)?;
    let (account, session) = attempt().await?;
    let context = crate::context::server_context()?;
    if context
        .backend
        .use_recovery_code(account.id, &session, &parsed)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/staff?recovery=1");
        Ok(())
    } else {
        Err(refuse(
            "That recovery code is not right, or it was used already. Each works once.",
        ))
    }
}

/// The recovery codes just made, once (read from their cookie, then cleared).
#[server(endpoint = "two-factor/recovery-codes")]
pub async fn new_recovery_codes() -> Result<Vec<String>, AppError> {
    let context = crate::context::server_context()?;
    // Only for the colleague whose session just set the app up.
    let colleague = crate::context::signed_in()
        .await?
        .is_some_and(|account| account.colleague().is_some());
    if !colleague {
        crate::context::clear_cookie(RECOVERY_COOKIE, context.secure_cookies);
        return Ok(Vec::new());
    }
    let codes = crate::context::request_cookie(RECOVERY_COOKIE).unwrap_or_default();
    crate::context::clear_cookie(RECOVERY_COOKIE, context.secure_cookies);
    Ok(codes
        .split('.')
        .filter(|c| domain::second_factor::parse_recovery_code(c).is_ok())
        .map(str::to_owned)
        .collect())
}

/// The administrator signed in, `None` when nobody is, or refused for anyone else.
async fn administrator() -> Result<Option<backend::handling::Staff>, AppError> {
    super::staff::server::administrator(
        "Only an administrator can reset a colleague's second factor. Ask one to do it for you.",
    )
    .await
}

/// Every colleague, for administrators.
#[server(endpoint = "staff/colleagues")]
pub async fn staff_colleagues() -> Result<Option<Vec<ColleagueView>>, AppError> {
    if administrator().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    Ok(Some(
        context
            .backend
            .colleagues()
            .await
            .map_err(super::unavailable)?
            .into_iter()
            .map(|c| ColleagueView {
                id: c.id,
                name: c.name,
                email: c.email,
                role: c.role.label().into(),
                second_factor: c.second_factor,
            })
            .collect(),
    ))
}

/// Resets a colleague's second factor: they are signed out and set it up again.
#[server(endpoint = "staff/colleagues/reset-second-factor")]
pub async fn reset_second_factor(id: i64) -> Result<(), AppError> {
    if administrator().await?.is_none() {
        return Err(super::refused(AppError::SignedOut));
    }
    let context = crate::context::server_context()?;
    if context
        .backend
        .reset_second_factor(id)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect(&format!("/staff/colleagues?reset={id}"));
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message: "That is not a colleague's account. The list below is up to date.".into(),
        }))
    }
}
