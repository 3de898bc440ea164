//! One module per route.

pub mod accessibility;
pub mod accounts;
pub mod complaints;
pub mod filing;
pub mod home;
pub mod letters;
pub mod not_found;
pub mod profile;
pub mod staff;

use std::future::Future;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Redirect;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::api::AppError;

/// Renders `page` with what `load` returns for the signed-in user (`None` when nobody is
/// signed in, who is sent to sign in). Loaded again whenever the query changes, so a form that
/// sends the browser back to the same page with a new query ("?saved=…") shows what changed.
pub(crate) fn signed_in_page<T, Fut>(
    load: fn() -> Fut,
    page: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    Fut: Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    let location = leptos_router::hooks::use_location();
    signed_in_page_for(move || location.search.get(), move |_| load(), page)
}

/// [`signed_in_page`] for a page that loads by `key` (a route's parameters, its query): loaded
/// again whenever the key changes.
pub(crate) fn signed_in_page_for<K, T, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + Send + Sync + 'static,
    page: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    Fut: Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    loaded_page(key, load, page, false)
}

/// [`signed_in_page_for`] for a page that loads again as things change while it is open (live
/// updates): what it shows stays until the new copy has arrived, so focus and the place read
/// by a screen reader are not lost to a "Loading…" in between.
pub(crate) fn signed_in_page_kept<K, T, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + Send + Sync + 'static,
    page: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    Fut: Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    loaded_page(key, load, page, true)
}

fn loaded_page<K, T, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + Send + Sync + 'static,
    page: impl Fn(T) -> AnyView + Send + Sync + 'static,
    kept: bool,
) -> AnyView
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    Fut: Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    let page = Arc::new(page);
    let location = leptos_router::hooks::use_location();
    let pathname = location.pathname;
    let loaded = Resource::new(key, load);
    let content = move || {
        let page = page.clone();
        Suspend::new(async move {
            match loaded.await {
                Ok(Some(value)) => page(value),
                Ok(None) | Err(AppError::SignedOut) => {
                    let path = format!("/sign-in?return={}", pathname.get_untracked());
                    view! { <Redirect path /> }.into_any()
                }
                Err(error) => view! {
                    <h1 class="heading-xl">"Sorry, there is a problem"</h1>
                    <p>{error.to_string()}</p>
                }
                .into_any(),
            }
        })
    };
    if kept {
        view! { <Transition fallback=|| view! { <p>"Loading…"</p> }>{content}</Transition> }
            .into_any()
    } else {
        view! { <Suspense fallback=|| view! { <p>"Loading…"</p> }>{content}</Suspense> }.into_any()
    }
}
