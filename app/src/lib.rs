//! Calico Account's user interface, as Leptos islands. Every page is rendered on the server
//! only, so it works on any phone and with JavaScript off; the few parts that need the browser
//! (`islands`) are the only code shipped to it, as WebAssembly.
//!
//! Features: `ssr` builds the pages, routes and server functions for the server; `hydrate`
//! builds the residents' browser bundle (their islands only); `staff` builds the console's
//! bundle (the residents' islands and the console's own).

/// A resident page's words in the page's language, while it renders (server only; see `i18n`):
/// `tr!("message-id")`, or `tr!("message-id", { "name" => value, … })`. Defined here, before the
/// modules, so that every module has it by name: leptos-fluent's `check_translations` finds
/// each call by that name, whichever macro it is.
#[cfg(feature = "ssr")]
macro_rules! tr {
    ($id:literal $(,)?) => {
        $crate::i18n::text($id)
    };
    ($id:literal, { $($key:literal => $value:expr),* $(,)? } $(,)?) => {
        $crate::i18n::text_with($id, &{
            let mut values = ::std::collections::HashMap::new();
            $(values.insert(::std::borrow::Cow::Borrowed($key), $value.into());)*
            values
        })
    };
}

pub mod islands;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod messages;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
pub mod security;

#[cfg(feature = "ssr")]
pub use routes::{is_console, shell, stylesheet_href, App};

/// Entry point of a browser bundle: it wakes up the islands on the page, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
