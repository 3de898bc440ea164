//! Calico Account's user interface, as Leptos islands. Every page is rendered on the server
//! only, so it works on any phone and with JavaScript off; the few parts that need the browser
//! (`islands`) are the only code shipped to it, as WebAssembly.
//!
//! Features: `ssr` builds the pages, routes and server functions for the server; `hydrate`
//! builds the residents' browser bundle (their islands only); `staff` builds the console's
//! bundle (the residents' islands and the console's own).

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
