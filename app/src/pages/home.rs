//! The home page: what a resident can do in Calico Account, and how long each step takes.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

use super::span_within;
use crate::components::layout::EmergencyWarning;

#[component]
pub fn Home() -> impl IntoView {
    let standard = crate::context::standard();
    let acknowledge = tr!("home-complaint-timescales", {
        "limit" => span_within(standard.acknowledge_limit),
        "target" => span_within(standard.acknowledge_target),
        "response" => span_within(standard.stage1_response),
    });
    let review = tr!("home-review-timescales", {
        "window" => span_within(standard.stage2_request_window),
        "acknowledge" => span_within(standard.stage2_acknowledge),
        "response" => span_within(standard.stage2_response),
    });
    view! {
        <Title text=tr!("home-title") />
        <h1 class="heading-xl">{tr!("home-heading")}</h1>
        <p class="lead">{tr!("home-lead")}</p>

        <EmergencyWarning />

        <h2 class="heading-l">{tr!("home-what-you-can-do")}</h2>
        <ul class="task-list">
            <li>
                <h3 class="heading-m">{tr!("home-register-heading")}</h3>
                <p>{tr!("home-register-text")}</p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">{tr!("home-complaint-heading")}</a></h3>
                <p>{tr!("home-complaint-text")}</p>
                <p>{acknowledge}</p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">{tr!("home-safety-heading")}</a></h3>
                <p>{tr!("home-safety-text")}</p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">{tr!("home-compliment-heading")}</a></h3>
                <p>{tr!("home-compliment-text")}</p>
            </li>
            <li>
                <h3 class="heading-m">{tr!("home-follow-heading")}</h3>
                <p>{tr!("home-follow-text")}</p>
            </li>
            <li>
                <h3 class="heading-m">{tr!("home-review-heading")}</h3>
                <p>{tr!("home-review-text")}</p>
                <p>{review}</p>
            </li>
        </ul>

        <h2 class="heading-l">{tr!("home-someone-heading")}</h2>
        <p>{tr!("home-someone-text")}</p>

        <h2 class="heading-l">{tr!("home-contact-heading")}</h2>
        <p>
            {tr!("home-contact-call")} " "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            {tr!("home-contact-email", { "hours" => tr!("layout-landlord-hours") })} " "
            <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a>
            " " {tr!("home-contact-visit")}
        </p>
        <p>{tr!("home-formats")}</p>
    }
}
