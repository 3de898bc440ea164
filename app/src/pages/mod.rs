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

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::api::AppError;

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
                    Ok(Some(value)) => page(value),
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
    view! {
        <Title text="Sorry, there is a problem" />
        <h1 class="heading-xl">"Sorry, there is a problem"</h1>
        <p>{error.to_string()}</p>
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
