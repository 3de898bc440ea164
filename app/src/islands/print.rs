//! "Print this letter": a button that opens the browser's print dialogue.

use leptos::prelude::*;

/// The button. It is drawn only where script can run (the document's `js` class), from the
/// first paint; the page also says how to print without it.
#[island]
pub fn PrintButton(
    /// Its words: "Print this letter", in the page's language.
    label: String,
) -> impl IntoView {
    view! {
        <button type="button" class="button button-secondary print-button" on:click=|_| {
            let _ = window().print();
        }>{label}</button>
    }
}
