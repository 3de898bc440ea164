//! The page for an address we do not have. Sent with status 404.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Page not found" />
        <h1 class="heading-xl">"Page not found"</h1>
        <p>"If you typed the web address, check it is correct."</p>
        <p>"If you pasted the web address, check you copied the entire address."</p>
        <p>
            "You can go to the "
            <a href="/">"Calico Account home page"</a>
            ", or call us on "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            {format!(" ({}).", LANDLORD.opening_hours)}
        </p>
    }
}
