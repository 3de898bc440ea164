//! The signed-in resident changes their name, contact preferences and support needs.

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::AppError;

/// The signed-in account's id, or [`AppError::SignedOut`].
pub(crate) async fn account_id() -> Result<i64, AppError> {
    crate::context::signed_in()
        .await?
        .map(|account| account.id)
        .ok_or_else(|| super::refused(AppError::SignedOut))
}

/// The answers of the preference fields; `formats` are the large print, audio and Braille
/// checkboxes, in that order.
pub(crate) fn preference_answers(
    contact_method: String,
    phone: String,
    call_times: String,
    formats: [bool; 3],
    language: String,
    interpreter: bool,
    adjustments: String,
) -> domain::preferences::PreferenceAnswers {
    use domain::preferences::AltFormat;
    domain::preferences::PreferenceAnswers {
        contact_method,
        phone,
        call_times,
        formats: AltFormat::ALL
            .iter()
            .zip(formats)
            .filter(|(_, on)| *on)
            .map(|(f, _)| f.code().to_owned())
            .collect(),
        language,
        interpreter,
        adjustments,
    }
}

/// The preference answers as typed, to send back with a message (checkboxes as "true" or
/// "false").
pub(crate) fn typed_preferences(
    answers: &domain::preferences::PreferenceAnswers,
) -> Vec<(String, String)> {
    use domain::preferences::AltFormat;
    let mut typed = vec![
        ("contact_method".to_owned(), answers.contact_method.clone()),
        ("phone".to_owned(), answers.phone.clone()),
        ("call_times".to_owned(), answers.call_times.clone()),
        ("language".to_owned(), answers.language.clone()),
        ("interpreter".to_owned(), answers.interpreter.to_string()),
        ("adjustments".to_owned(), answers.adjustments.clone()),
    ];
    typed.extend(AltFormat::ALL.iter().map(|f| {
        (
            f.code().to_owned(),
            answers.formats.iter().any(|c| c == f.code()).to_string(),
        )
    }));
    typed
}

/// Sets the name we use on letters.
#[server(endpoint = "account/name")]
pub async fn change_name(name: String) -> Result<(), AppError> {
    let answers = vec![("name".to_owned(), name.clone())];
    let parsed = domain::preferences::parse_name(&name)
        .map_err(|errors| super::refused(AppError::Invalid { answers, errors }))?;
    let account = account_id().await?;
    let context = crate::context::server_context()?;
    context
        .backend
        .set_name(account, &parsed)
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect("/account?saved=name");
    Ok(())
}

/// Saves how the resident wants to be contacted and the support they need. Each format and
/// the interpreter are checkboxes: present (`true`) when ticked, absent otherwise.
#[server(endpoint = "account/preferences")]
pub async fn save_preferences(
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
    let answers = preference_answers(
        contact_method,
        phone,
        call_times,
        [large_print, audio, braille],
        language,
        interpreter,
        adjustments,
    );
    let preferences = answers.parse().map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: typed_preferences(&answers),
            errors,
        })
    })?;
    let account = account_id().await?;
    let context = crate::context::server_context()?;
    context
        .backend
        .save_preferences(account, &preferences)
        .await
        .map_err(super::unavailable)?;
    // A language the pages are written in is the one they are shown in from now on.
    if !preferences.language.is_empty() {
        if let Some(language) =
            domain::language::Language::from_preference(preferences.language.as_str())
        {
            crate::context::set_language_cookie(language, context.secure_cookies);
        }
    }
    leptos_axum::redirect("/account?saved=preferences");
    Ok(())
}

/// Starts a change of email address: the password must be right, and the new address gets
/// a link. The page then says "check your email" whether or not that address has an account.
#[server(endpoint = "account/email")]
pub async fn change_email(email: String, password: String) -> Result<(), AppError> {
    use backend::profile::EmailChange;
    use domain::limits;
    let answers = vec![("email".to_owned(), email.clone())];
    let (new_email, password) =
        domain::accounts::parse_sign_in(&email, &password).map_err(|errors| {
            super::refused(AppError::Invalid {
                answers: answers.clone(),
                errors,
            })
        })?;
    let account = account_id().await?;
    let context = crate::context::server_context()?;
    super::limit(
        &context,
        &[(
            format!("password:account:{account}"),
            limits::SIGN_IN_PER_ACCOUNT,
        )],
        &answers,
    )
    .await?;
    let refusal = |field: &str, message: &str| {
        super::refused(AppError::Refused {
            answers: answers.clone(),
            field: Some(field.into()),
            message: message.into(),
        })
    };
    match context
        .backend
        .request_email_change(
            account,
            &new_email,
            &password,
            &context.base_url,
            crate::context::language(),
        )
        .await
        .map_err(super::unavailable)?
    {
        EmailChange::Sent => {
            leptos_axum::redirect("/account/email/check-email");
            Ok(())
        }
        EmailChange::WrongPassword => Err(refusal(
            "password",
            "Your password is not right. Enter the password you sign in with.",
        )),
        EmailChange::Unchanged => Err(refusal(
            "email",
            "That is already your email address. Enter the new address you want to use.",
        )),
    }
}

/// Confirms a new email address from the emailed link (a button press, so mail scanners that
/// open links do not use it up).
#[server(endpoint = "account/email/confirm")]
pub async fn confirm_email_change(token: String) -> Result<(), AppError> {
    use backend::profile::EmailConfirmation;
    let context = crate::context::server_context()?;
    let message = match context
        .backend
        .confirm_email_change(
            token.trim(),
            &context.base_url,
            crate::context::session_cookie().as_ref(), crate::context::language(),
        )
        .await
        .map_err(super::unavailable)?
    {
        EmailConfirmation::Changed => {
            leptos_axum::redirect("/account?saved=email");
            return Ok(());
        }
        EmailConfirmation::Expired => {
            "This link has expired or has already been used. Sign in and ask to change your email address again."
        }
        EmailConfirmation::Taken => {
            "That email address now has its own Calico Account, so we have not moved yours to it. Your email address has not changed."
        }
    };
    Err(super::refused(AppError::Refused {
        answers: vec![],
        field: None,
        message: message.into(),
    }))
}
