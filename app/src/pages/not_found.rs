//! The page for an address we do not have. Sent with status 404.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let title = tr!("common-not-found-title");
    view! {
        <Title text=title.clone() />
        <h1 class="heading-xl">{title}</h1>
        <p>{tr!("common-not-found-typed")}</p>
        <p>{tr!("common-not-found-pasted")}</p>
        <p>
            {tr!("common-not-found-go-to")} " "
            <a href="/">{tr!("common-not-found-home-link")}</a>
            {tr!("common-not-found-or-call")} " "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            " " {tr!("common-not-found-hours", { "hours" => tr!("layout-landlord-hours") })}
        </p>
    }
}
