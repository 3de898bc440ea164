//! The islands: the only parts of a page that run in the browser. Each is small, takes props
//! that serialise to a few bytes of JSON, and wraps markup the server already rendered, so the
//! page reads and works the same before it wakes up, and without JavaScript at all.
//!
//! A resident's page loads the residents' bundle (feature `hydrate`); a page of the console
//! loads the console's (feature `staff`), which also holds the islands in [`console`].
//!
//! Before the bundle arrives, a one-line script in the page's head marks the document with
//! the class `js` (when the browser can run WebAssembly), so the stylesheet draws what an
//! island will show (the folded menu, a print button) from the first paint: nothing moves
//! when the islands wake up.

pub mod checks;
#[cfg(any(feature = "ssr", feature = "staff"))]
pub mod console;
pub mod countdown;
pub mod live;
pub mod menu;
pub mod print;
pub mod upload;

#[cfg(feature = "hydrate")]
mod dom;

use leptos::prelude::*;

/// Whether the island has woken up: `false` as the server renders it, `true` once it runs in
/// the browser. An island a person acts on shows it as `data-ready` (the live region shows
/// whether it is listening instead), which is what a test waits for before it uses one.
pub(crate) fn awake() -> ReadSignal<bool> {
    let (awake, set_awake) = signal(false);
    Effect::new(move |_| set_awake.set(true));
    awake
}
