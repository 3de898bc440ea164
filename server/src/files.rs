//! Photos and documents: uploaded with a plain HTML form (so it works without JavaScript),
//! and served back only to whoever added them.

use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::attachments::AttachmentError;

use crate::who::Asking;
use crate::AppState;

/// The page the upload form is on.
const PAGE: &str = "/complaint/new/attachments";

/// `POST /complaint/new/attachments`: adds the chosen file to the draft, then back to the
/// page, saying what went wrong if it was refused.
pub async fn upload(
    State(state): State<AppState>,
    Asking(asking): Asking,
    mut form: Multipart,
) -> Response {
    let Some(account) = asking.map(|a| a.id) else {
        return Redirect::to("/sign-in").into_response();
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(_) => return back_with(AttachmentError::TooLarge.code()),
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return back_with(AttachmentError::TooLarge.code()),
        }
    }
    let (name, bytes) = file.unwrap_or_default();
    match state
        .backend
        .add_draft_attachment(account, &name, &bytes)
        .await
    {
        Ok(Ok(_)) => Redirect::to(&format!("{PAGE}?added=1")).into_response(),
        Ok(Err(refusal)) => back_with(refusal.code()),
        Err(error) => {
            tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not keep an attachment");
            back_with("unavailable")
        }
    }
}

fn back_with(code: &str) -> Response {
    Redirect::to(&format!("{PAGE}?error={code}")).into_response()
}

/// `GET /attachments/{id}`: the file, for whoever added it; "not found" for anyone else.
pub async fn download(
    State(state): State<AppState>,
    Asking(asking): Asking,
    Path(id): Path<i64>,
) -> Response {
    let Some(account) = asking else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let colleague = account.colleague().is_some();
    match state.backend.attachment(account.id, colleague, id).await {
        Ok(Some(file)) => {
            let disposition = format!("inline; filename=\"{}\"", file.file_name);
            (
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static(file.kind.content_type()),
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        HeaderValue::from_str(&disposition)
                            .unwrap_or_else(|_| HeaderValue::from_static("inline")),
                    ),
                    // Shown on its own, never as part of a page that could run script.
                    (
                        header::CONTENT_SECURITY_POLICY,
                        HeaderValue::from_static("sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"),
                    ),
                    (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
                ],
                file.content,
            )
                .into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "could not read an attachment");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
