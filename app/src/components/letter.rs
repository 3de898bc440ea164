//! A letter to the resident, laid out to read on screen and to print on one sheet: the
//! landlord's address, the date and reference, the greeting, the body and the sign-off.
//!
//! The page's own words around the letter are in the page's language. The letter itself
//! (`domain::letters`) is in the language it was written in, and is marked so (`lang`, `dir`),
//! whatever the page's; how it was sent is in the page's. The landlord's postal address stays
//! as the post office knows it, in English, and is marked so.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::staff::LetterView;
use crate::components::layout::PrintCopy;

/// The letter, with a print button once the page is interactive and a link back to `back`;
/// in large print when `large` (clear-print guidance: 18 point, 1.5 line spacing, everything
/// left aligned, no italics), with a link between the two versions at `here`.
#[component]
pub fn LetterPage(
    letter: LetterView,
    back: (String, String),
    /// The letter's own address, without a query.
    here: String,
    #[prop(optional)] large: bool,
) -> impl IntoView {
    let address = LANDLORD
        .address
        .iter()
        .map(|line| view! { <span class="letter-line">{*line}</span> })
        .collect_view();
    let paragraphs = letter
        .paragraphs
        .iter()
        .map(|p| view! { <p class="preserve-lines">{p.clone()}</p> })
        .collect_view();
    view! {
        <Title text=letter.subject.clone() />
        <p class="no-print">{if large {
            view! { <a href=here.clone()>{tr!("letters-standard-print")}</a> }.into_any()
        } else {
            view! { <a href=format!("{here}?print=large")>{tr!("letters-large-print")}</a> }.into_any()
        }}</p>
        <article class=if large { "letter letter-large" } else { "letter" } aria-labelledby="letter-subject"
            lang=letter.language.tag() dir=letter.language.direction()>
            <address class="letter-from" lang="en" dir="ltr">{address}</address>
            <p>
                <time datetime=letter.sent_iso.clone()>{letter.dated.clone()}</time>
                <br />
                {letter.our_reference.clone()}
            </p>
            <h1 id="letter-subject" class="heading-l">{letter.subject.clone()}</h1>
            <p>{letter.greeting.clone()}</p>
            {paragraphs}
            <p>{letter.sign_off.0.clone()}</p>
            <p>{letter.sign_off.1.clone()} <br /> "Calico Homes"</p>
        </article>
        <p class="no-print hint">{crate::i18n::sent_words(letter.delivery, &letter.sent)}</p>
        <PrintCopy what="letter" />
        <p class="no-print"><a href=back.0.clone()>{back.1}</a></p>
    }
}
