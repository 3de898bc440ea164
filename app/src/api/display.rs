//! How the pages are shown (`domain::display`): chosen on `/display`, from any page, without
//! JavaScript. Kept in a cookie on the device; for someone signed in, on their account too,
//! so signing in on another device brings it with them.

use leptos::prelude::*;

use super::AppError;

/// Keeps the display chosen (`text`, `contrast`), and shows the page again saying so, with
/// the way back to `return_to` (a page of this site).
#[server(endpoint = "display")]
pub async fn save_display(
    #[server(default)] text: String,
    #[server(default)] contrast: String,
    #[server(default)] return_to: String,
) -> Result<(), AppError> {
    let answers = vec![
        ("text".to_owned(), text.clone()),
        ("contrast".to_owned(), contrast.clone()),
    ];
    let display = domain::display::Display::parse(&text, &contrast).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: answers.clone(),
            errors,
        })
    })?;
    let context = crate::context::server_context()?;
    crate::context::set_display_cookie(display, context.secure_cookies);
    if let Some(account) = crate::context::signed_in().await? {
        context
            .backend
            .set_display(account.id, display)
            .await
            .map_err(super::unavailable)?;
    }
    let mut address = form_urlencoded::Serializer::new(String::new());
    address.append_pair("saved", "1");
    if let Some(page) = domain::accounts::local_page(&return_to) {
        address.append_pair("return_to", page);
    }
    leptos_axum::redirect(&format!("/display?{}", address.finish()));
    Ok(())
}

/// Shows the pages in `language` (a code of `domain::language::Language`) from now on: kept on
/// this device, and for someone signed in on their account too. Back to `return_to` (a page
/// of this site), now in that language.
#[server(endpoint = "language")]
pub async fn choose_language(
    #[server(default)] language: String,
    #[server(default)] return_to: String,
) -> Result<(), AppError> {
    let back = domain::accounts::local_page(&return_to)
        .unwrap_or("/")
        .to_owned();
    // Only the switch's own buttons post here: anything else leaves the language as it was.
    if let Some(language) = domain::language::Language::from_code(language.trim()) {
        let context = crate::context::server_context()?;
        crate::context::set_language_cookie(language, context.secure_cookies);
        if let Some(account) = crate::context::signed_in().await? {
            context
                .backend
                .choose_page_language(account.id, language)
                .await
                .map_err(super::unavailable)?;
        }
    }
    leptos_axum::redirect(&back);
    Ok(())
}
