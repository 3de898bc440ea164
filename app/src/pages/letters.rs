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
        <Title text="Your letters" />
        {signed_in(my_letters(), |letters: Vec<LetterSummary>| {
            let list = letters
                .iter()
                .map(|l| view! {
                    <li class="representative">
                        <p><a href=format!("/account/letters/{}", l.id)>{l.subject.clone()}</a></p>
                        <p class="hint">{l.reference.clone()} ". " {l.delivery.clone()} " on " {l.sent.clone()} "."</p>
                    </li>
                })
                .collect_view();
            view! {
                <h1 class="heading-xl">"Your letters"</h1>
                <p>"The letters we have sent about your complaints, newest first. Each is also sent to you as you asked us to contact you."</p>
                {if letters.is_empty() {
                    view! { <p>"We have not sent you any letters yet."</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{list}</ul> }.into_any()
                }}
                <p><a href="/account">"Back to your account"</a></p>
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
        view! { <LetterPage letter here large back=("/account/letters".to_owned(), "All your letters") /> }
            .into_any()
    })
}
