//! Registering, confirming an email address, signing in and out.
// A server function's arguments are its form's fields.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use domain::limits;

/// What a page needs to know about the signed-in resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub email: String,
    /// The name for letters, once given.
    pub name: Option<String>,
    pub lead_tenant: Option<String>,
    pub address: Option<String>,
    pub rent_reference: Option<String>,
    pub preferences: domain::preferences::Preferences,
    /// Everyone who has asked to act for this resident.
    pub representatives: Vec<super::consents::ConsentView>,
    /// Everyone this resident has invited to act for them.
    pub invitations: Vec<super::consents::InvitationView>,
    /// The residents this account acts for by invitation.
    pub acting_for: Vec<super::consents::ActingForView>,
    /// Made to act for residents: never linked to a home.
    pub representative: bool,
    /// The home this account asked to be linked to, while it waits.
    pub pending_home: Option<super::linking::PendingHomeView>,
    /// Other accounts asking to join this account's home.
    pub join_requests: Vec<super::linking::JoinRequestView>,
}

/// Registers with a rent reference. Whatever the outcome, the resident is sent to "check your
/// email", where the real outcome waits: nobody can learn who has an account or a tenancy.
#[server(endpoint = "register")]
pub async fn register(
    #[server(default)] email: String,
    #[server(default)] rent_reference: String,
    #[server(default)] postcode: String,
    #[server(default)] dob_day: String,
    #[server(default)] dob_month: String,
    #[server(default)] dob_year: String,
    #[server(default)] phone: String,
    #[server(default)] password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), AppError> {
    use domain::accounts::RegistrationAnswers;
    let typed = vec![
        ("email".to_owned(), email.clone()),
        ("rent_reference".to_owned(), rent_reference.clone()),
        ("postcode".to_owned(), postcode.clone()),
        ("dob_day".to_owned(), dob_day.clone()),
        ("dob_month".to_owned(), dob_month.clone()),
        ("dob_year".to_owned(), dob_year.clone()),
        ("phone".to_owned(), phone.clone()),
    ];
    let answers = RegistrationAnswers {
        email,
        rent_reference,
        postcode,
        date_of_birth: [dob_day, dob_month, dob_year],
        phone,
    };
    let context = crate::context::server_context()?;
    let today = domain::calendar::london_date(&context.backend.now());
    let registration = answers
        .parse(&password, &confirm_password, today)
        .map_err(|errors| {
            super::refused(AppError::Invalid {
                answers: typed.clone(),
                errors,
            })
        })?;
    let address = super::client_address().await;
    super::limit(
        &context,
        &[
            (
                format!("register:address:{address}"),
                limits::REGISTER_PER_ADDRESS,
            ),
            (
                format!("register:account:{}", registration.email.canonical()),
                limits::REGISTER_PER_ACCOUNT,
            ),
        ],
        &typed,
    )
    .await?;
    context
        .backend
        .register(&registration, &context.base_url, crate::context::language())
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect("/register/check-email");
    Ok(())
}

/// Registers someone who acts for residents: an email address and a name, no tenancy. As with
/// residents, the page always says "check your email".
#[server(endpoint = "register/representative")]
pub async fn register_representative(
    email: String,
    name: String,
    password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    let answers = vec![
        ("email".to_owned(), email.clone()),
        ("name".to_owned(), name.clone()),
    ];
    let (email, name, password) =
        domain::accounts::parse_representative(&email, &name, &password, &confirm_password)
            .map_err(|errors| {
                super::refused(AppError::Invalid {
                    answers: answers.clone(),
                    errors,
                })
            })?;
    let context = crate::context::server_context()?;
    let address = super::client_address().await;
    super::limit(
        &context,
        &[
            (
                format!("register:address:{address}"),
                limits::REGISTER_PER_ADDRESS,
            ),
            (
                format!("register:account:{}", email.canonical()),
                limits::REGISTER_PER_ACCOUNT,
            ),
        ],
        &answers,
    )
    .await?;
    context
        .backend
        .register_representative(
            &email,
            &name,
            &password,
            &context.base_url,
            crate::context::language(),
        )
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect("/register/check-email");
    Ok(())
}

/// Confirms an email address from the emailed link (a button press, so mail scanners that
/// open links do not use it up).
#[server(endpoint = "verify-email")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    let context = crate::context::server_context()?;
    if context
        .backend
        .verify_email(token.trim(), &context.base_url)
        .await
        .map_err(super::unavailable)?
    {
        leptos_axum::redirect("/sign-in?confirmed=1");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "This link has expired or has already been used. Sign in to get a new one."
                .into(),
        }))
    }
}

/// Signs in; a new session id every time.
#[server(endpoint = "sign-in")]
pub async fn sign_in(
    email: String,
    password: String,
    #[server(default)] return_to: String,
) -> Result<(), AppError> {
    use backend::accounts::SignIn;
    let answers = vec![("email".to_owned(), email.clone())];
    let (email, password) =
        domain::accounts::parse_sign_in(&email, &password).map_err(|errors| {
            super::refused(AppError::Invalid {
                answers: answers.clone(),
                errors,
            })
        })?;
    let context = crate::context::server_context()?;
    let address = super::client_address().await;
    super::limit(
        &context,
        &[
            (
                format!("sign-in:account:{}", email.canonical()),
                limits::SIGN_IN_PER_ACCOUNT,
            ),
            (
                format!("sign-in:address:{address}"),
                limits::SIGN_IN_PER_ADDRESS,
            ),
        ],
        &answers,
    )
    .await?;
    match context.backend.sign_in(&email, &password, &context.base_url).await.map_err(super::unavailable)? {
        SignIn::SignedIn(token) => {
            if let Some(old) = crate::context::session_cookie() {
                context.backend.sign_out(&old).await.map_err(super::unavailable)?;
            }
            crate::context::set_session_cookie(Some(&token), context.secure_cookies);
            let account = context.backend.session(&token).await.map_err(super::unavailable)?;
            // The display the account chose comes to this device with it.
            if let Some(account) = &account {
                if let Some(display) =
                    context.backend.display(account.id).await.map_err(super::unavailable)?
                {
                    crate::context::set_display_cookie(display, context.secure_cookies);
                }
                // So does the language they read the pages in.
                if let Some(language) =
                    context.backend.page_language(account.id).await.map_err(super::unavailable)?
                {
                    crate::context::set_language_cookie(language, context.secure_cookies);
                }
            }
            // A colleague passes the second factor first, then starts at the work queue;
            // everyone else starts at their account.
            if account.as_ref().is_some_and(|a| a.awaiting_second_factor) {
                leptos_axum::redirect("/two-factor");
                return Ok(());
            }
            let home = "/account";
            let mut page = domain::accounts::local_page(&return_to).unwrap_or(home).to_owned();
            if let (Some(kept), Some(account)) = (crate::context::kept_cookie(), account) {
                crate::context::set_kept_cookie(None, context.secure_cookies);
                if let Some(kept_page) = context
                    .backend
                    .restore_kept(account.id, &kept)
                    .await
                    .map_err(super::unavailable)?
                {
                    page = kept_page;
                }
            }
            leptos_axum::redirect(&page);
            Ok(())
        }
        SignIn::Unverified => Err(super::refused(AppError::Refused {
            answers,
            field: Some("email".into()),
            message: "You need to confirm your email address before you can sign in. We have sent you a new link: open it, then sign in.".into(),
        })),
        SignIn::Refused => Err(super::refused(AppError::Refused {
            answers,
            field: Some("email".into()),
            message: "The email address or password is not right. Check them and try again.".into(),
        })),
    }
}

/// Asks for a password reset link. The answer is the same whether or not the address has an
/// account: the link (if any) goes by email.
#[server(endpoint = "reset-password")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let answers = vec![("email".to_owned(), email.clone())];
    let email = domain::values::Email::parse(&email).map_err(|e| {
        super::refused(AppError::Invalid {
            answers,
            errors: vec![domain::accounts::FieldError {
                field: domain::accounts::Field::Email,
                message: e.to_string(),
            }],
        })
    })?;
    let context = crate::context::server_context()?;
    let address = super::client_address().await;
    super::limit(
        &context,
        &[
            (
                format!("reset:account:{}", email.canonical()),
                limits::RESET_PER_ACCOUNT,
            ),
            (
                format!("reset:address:{address}"),
                limits::RESET_PER_ADDRESS,
            ),
        ],
        &[("email".into(), email.to_string())],
    )
    .await?;
    context
        .backend
        .request_password_reset(&email, &context.base_url, crate::context::language())
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect("/reset-password/check-email");
    Ok(())
}

/// Sets a new password from an emailed reset link.
#[server(endpoint = "new-password")]
pub async fn reset_password(
    token: String,
    password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    let password =
        domain::accounts::parse_new_password(&password, &confirm_password).map_err(|errors| {
            super::refused(AppError::Invalid {
                answers: vec![],
                errors,
            })
        })?;
    let context = crate::context::server_context()?;
    let address = super::client_address().await;
    super::limit(
        &context,
        &[(
            format!("new-password:address:{address}"),
            limits::NEW_PASSWORD_PER_ADDRESS,
        )],
        &[],
    )
    .await?;
    if context
        .backend
        .reset_password(token.trim(), &password)
        .await
        .map_err(super::unavailable)?
    {
        crate::context::set_session_cookie(None, context.secure_cookies);
        leptos_axum::redirect("/sign-in?reset=1");
        Ok(())
    } else {
        Err(super::refused(AppError::Refused {
            answers: vec![],
            field: None,
            message: "This link has expired or has already been used. Ask for a new one.".into(),
        }))
    }
}

/// Signs out of this browser.
#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    let context = crate::context::server_context()?;
    if let Some(token) = crate::context::session_cookie() {
        context
            .backend
            .sign_out(&token)
            .await
            .map_err(super::unavailable)?;
    }
    crate::context::set_session_cookie(None, context.secure_cookies);
    crate::context::clear_cookie(super::tokens::NEW_TOKEN_COOKIE, context.secure_cookies);
    crate::context::clear_cookie(
        super::second_factor::RECOVERY_COOKIE,
        context.secure_cookies,
    );
    leptos_axum::redirect("/sign-in?signed_out=1");
    Ok(())
}

/// The signed-in resident, or `None`.
#[server(endpoint = "account")]
pub async fn current_account() -> Result<Option<AccountSummary>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let overview = context
        .backend
        .account_overview(account.id)
        .await
        .map_err(super::unavailable)?;
    Ok(Some(AccountSummary {
        email: account.email,
        name: account.name,
        lead_tenant: account.lead_tenant_name,
        address: account.address,
        rent_reference: account.rent_reference,
        preferences: overview.preferences,
        representatives: super::consents::consent_views(overview.consents),
        invitations: super::consents::invitation_views(overview.invitations),
        acting_for: super::consents::acting_for_views(overview.acting_for),
        representative: account.representative,
        pending_home: super::linking::pending_home_view(overview.pending_link),
        join_requests: super::linking::join_request_views(overview.join_requests),
    }))
}
