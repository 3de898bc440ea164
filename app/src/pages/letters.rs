//! The letters a resident has been sent about their complaints, to read and print.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{param, query, signed_in};
use crate::api::letters::{my_letter, my_letters};
use crate::api::staff::LetterSummary;
use crate::components::letter::LetterPage;

/// Every letter, newest first.
#[component]
pub fn LettersPage() -> impl IntoView {
    view! {
        <Title text=tr!("letters-title") />
        {signed_in(my_letters(), |letters: Vec<LetterSummary>| {
            let list = letters
                .iter()
                .map(|l| view! {
                    <li class="representative">
                        // The subject is in the letter's own language, whatever the page's.
                        <p><a href=format!("/account/letters/{}", l.id) lang=l.language.tag() dir=l.language.direction()>{l.subject.clone()}</a></p>
                        <p class="hint">{l.reference.clone()} ". " {crate::i18n::sent_words(l.delivery, &l.sent)}</p>
                    </li>
                })
                .collect_view();
            view! {
                <h1 class="heading-xl">{tr!("letters-title")}</h1>
                <p>{tr!("letters-intro")}</p>
                {if letters.is_empty() {
                    view! { <p>{tr!("letters-none")}</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{list}</ul> }.into_any()
                }}
                <p><a href="/account">{tr!("letters-back-to-account")}</a></p>
            }
            .into_any()
        })}
    }
}

/// One letter.
#[component]
pub fn LetterReadPage() -> impl IntoView {
    let id = param("id").parse::<i64>().unwrap_or(0);
    let large = query("print").as_deref() == Some("large");
    signed_in(my_letter(id), move |letter| {
        let here = format!("/account/letters/{id}");
        let back = ("/account/letters".to_owned(), tr!("letters-all"));
        view! { <LetterPage letter here large back /> }.into_any()
    })
}
