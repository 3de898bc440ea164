//! The signed-in resident changes their name, contact preferences and support needs.

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::AppError;

/// The signed-in account's id, or [`AppError::SignedOut`].
#[cfg(feature = "ssr")]
async fn account_id() -> Result<i64, AppError> {
    crate::context::signed_in()
        .await?
        .map(|account| account.id)
        .ok_or_else(|| super::refused(AppError::SignedOut))
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
    use domain::preferences::{AltFormat, PreferenceAnswers};
    let ticked = [
        (AltFormat::LargePrint, large_print),
        (AltFormat::Audio, audio),
        (AltFormat::Braille, braille),
    ];
    let answers = PreferenceAnswers {
        contact_method,
        phone,
        call_times,
        formats: ticked
            .iter()
            .filter(|(_, on)| *on)
            .map(|(f, _)| f.code().to_owned())
            .collect(),
        language,
        interpreter,
        adjustments,
    };
    let preferences = answers.parse().map_err(|errors| {
        let mut typed = vec![
            ("contact_method".to_owned(), answers.contact_method.clone()),
            ("phone".to_owned(), answers.phone.clone()),
            ("call_times".to_owned(), answers.call_times.clone()),
            ("language".to_owned(), answers.language.clone()),
            ("interpreter".to_owned(), answers.interpreter.to_string()),
            ("adjustments".to_owned(), answers.adjustments.clone()),
        ];
        typed.extend(
            ticked
                .iter()
                .map(|(f, on)| (f.code().to_owned(), on.to_string())),
        );
        super::refused(AppError::Invalid {
            answers: typed,
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
    leptos_axum::redirect("/account?saved=preferences");
    Ok(())
}
