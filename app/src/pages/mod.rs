//! One module per area. Every page is a server-only component: it loads what it shows while
//! the server renders it, and its titles and headings are plain values computed then.

pub mod accessibility;
pub mod accounts;
pub mod complaints;
pub mod filing;
pub mod home;
pub mod letters;
pub mod logging;
pub mod not_found;
pub mod profile;
pub mod reports;
pub mod second_factor;
pub mod staff;

use std::future::Future;

use domain::calendar::Span;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::api::AppError;
use crate::components::layout::written;

/// Renders `page` with what `load` returns for the signed-in person. Someone signed out
/// (`Ok(None)`) is sent to sign in, and back here after; a refusal or a fault is said in words.
/// The page is rendered whole before it is sent, so there is never a "Loading…" to see.
pub(crate) fn signed_in<T, Fut>(
    load: Fut,
    page: impl FnOnce(T) -> AnyView + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    let here = use_location().pathname.get_untracked();
    view! {
        <Suspense>
            {Suspend::new(async move {
                match load.await {
                    Ok(Some(value)) => written(page(value)),
                    Ok(None) | Err(AppError::SignedOut) => {
                        let path = format!("/sign-in?return={here}");
                        view! { <Redirect path /> }.into_any()
                    }
                    Err(error) => problem(error).into_any(),
                }
            })}
        </Suspense>
    }
}

/// "Sorry, there is a problem", with what it is.
pub(crate) fn problem(error: AppError) -> impl IntoView {
    let title = tr!("common-problem-title");
    view! {
        <Title text=title.clone() />
        <h1 class="heading-xl">{title}</h1>
        <p>{problem_words(&error)}</p>
    }
}

/// What went wrong, in the page's language. A refusal carries its own sentence, written by
/// the server function in English, and is shown translated where it is known
/// (`crate::messages`), else as it is.
fn problem_words(error: &AppError) -> String {
    match error {
        AppError::Invalid { .. } => tr!("common-problem-invalid"),
        AppError::SignedOut => tr!("common-problem-signed-out"),
        AppError::Malformed => tr!("common-problem-malformed"),
        AppError::Unavailable => tr!("common-problem-unavailable"),
        AppError::Busy => tr!("common-problem-busy"),
        AppError::Unreachable => tr!("common-problem-unreachable"),
        AppError::Refused { .. } | AppError::TooManyAttempts { .. } => {
            crate::messages::translated(&error.to_string())
        }
    }
}

/// A span of the service standard in the page's language, as it reads after "within"
/// ("5 working days", "14 days"): in Polish in the genitive ("w ciągu 5 dni roboczych"), in
/// Urdu in the oblique case ("کام کے 5 دنوں کے اندر"), so a sentence that uses it is worded to
/// take that case.
pub(crate) fn span_within(span: Span) -> String {
    match span {
        Span::WorkingDays(count) => {
            tr!("common-span-working-days", { "count" => i64::from(count) })
        }
        Span::CalendarDays(count) => tr!("common-span-days", { "count" => i64::from(count) }),
    }
}

/// A parameter of the page's route, read once while it renders.
pub(crate) fn param(name: &str) -> String {
    use_params_map()
        .with_untracked(|p| p.get(name))
        .unwrap_or_default()
}

/// A value from the page's query string, read once while it renders.
pub(crate) fn query(name: &str) -> Option<String> {
    use_query_map().with_untracked(|q| q.get(name))
}

/// A notice at the top of a page ("Your name has been saved."), read as soon as it appears.
pub(crate) fn notice(text: &str) -> impl IntoView {
    view! {
        <div class="notification-banner" role="status">
            <p class="notification-heading">{text.to_owned()}</p>
        </div>
    }
}
