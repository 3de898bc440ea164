//! The letters a resident has been sent about the complaints they may follow.

use leptos::prelude::*;

use super::staff::{LetterSummary, LetterView};
use super::AppError;

/// The letters about the complaints the signed-in resident may follow, newest first.
#[server(endpoint = "account/letters")]
pub async fn my_letters() -> Result<Option<Vec<LetterSummary>>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let letters = context
        .backend
        .letters_for_account(account.id)
        .await
        .map_err(super::unavailable)?;
    Ok(Some(
        letters
            .iter()
            .map(crate::api::staff::server::letter_summary)
            .collect(),
    ))
}

/// One letter, if the signed-in resident may read it.
#[server(endpoint = "account/letter")]
pub async fn my_letter(id: i64) -> Result<Option<LetterView>, AppError> {
    let Some(account) = crate::context::signed_in().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    match context
        .backend
        .letter_for_account(id, account.id)
        .await
        .map_err(super::unavailable)?
    {
        Some(letter) => Ok(Some(crate::api::staff::server::letter_view(letter))),
        None => Err(crate::api::staff::no_letter()),
    }
}
