//! The accessibility statement, in the shape the public sector regulations ask for.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let standard = crate::context::standard();
    let hours = tr!("layout-landlord-hours");
    view! {
        <Title text=tr!("accessibility-title") />
        <h1 class="heading-xl">{tr!("accessibility-heading")}</h1>
        <p class="lead">{tr!("accessibility-lead")}</p>
        <p>{tr!("accessibility-able")}</p>
        <ul class="bulleted">
            <li>{tr!("accessibility-able-zoom")}</li>
            <li>{tr!("accessibility-able-phone")}</li>
            <li>{tr!("accessibility-able-keyboard")}</li>
            <li>{tr!("accessibility-able-screen-reader")}</li>
            <li>{tr!("accessibility-able-no-script")}</li>
            <li>
                {tr!("accessibility-able-display-before")} " "
                <a href="/display">{tr!("accessibility-able-display-link")}</a>
                " " {tr!("accessibility-able-display-after")}
            </li>
            <li>{tr!("accessibility-able-settings")}</li>
        </ul>

        <h2 class="heading-l">{tr!("accessibility-how-heading")}</h2>
        <p>{tr!("accessibility-how-text")}</p>
        <p>{tr!("accessibility-how-limits")}</p>

        <h2 class="heading-l">{tr!("accessibility-formats-heading")}</h2>
        <p>
            {tr!("accessibility-formats-text", {
                "days" => i64::from(standard.translation_lead_days),
            })}
        </p>
        <p>{tr!("accessibility-formats-letters")}</p>
        <p>
            {tr!("accessibility-contact-call")} " "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            " " {tr!("accessibility-contact-email", { "hours" => hours })} " "
            <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a>
            {tr!("accessibility-contact-after")}
        </p>

        <h2 class="heading-l">{tr!("accessibility-reporting-heading")}</h2>
        <p>
            {tr!("accessibility-reporting-text", {
                "within" => super::span_within(standard.enquiry_acknowledge),
            })}
        </p>

        <h2 class="heading-l">{tr!("accessibility-enforcement-heading")}</h2>
        <p>{tr!("accessibility-enforcement-text")}</p>

        <h2 class="heading-l">{tr!("accessibility-preparation-heading")}</h2>
        <p>{tr!("accessibility-preparation-text")}</p>
    }
}

/// `/display`: larger text and high contrast, chosen without JavaScript and remembered on
/// this device (and on the account, when signed in).
#[component]
pub fn DisplayPage() -> impl IntoView {
    use crate::api::display::SaveDisplay;
    use crate::components::form::{Form, FormPage, Radios};
    use domain::display::{Contrast, TextSize};
    let form = Form::of::<SaveDisplay>();
    let error = form.refusal;
    let current = crate::context::display();
    let saved = super::query("saved").is_some() && !error.is_some();
    let back = super::query("return_to")
        .and_then(|page| domain::accounts::local_page(&page).map(str::to_owned))
        .filter(|page| page != "/display");
    let signed_in = crate::context::viewer().is_some();
    let sizes = TextSize::ALL
        .iter()
        .map(|t| (t.code(), text_size_label(*t)))
        .collect();
    let colours = Contrast::ALL
        .iter()
        .map(|c| (c.code(), contrast_label(*c)))
        .collect();
    let notice = saved.then(|| super::notice(&saved_words(current)));
    let back_link = back.clone().map(|page| {
        view! { <p><a href=page>{tr!("accessibility-display-back")}</a></p> }
    });
    let intro = if signed_in {
        tr!("accessibility-display-intro-signed-in")
    } else {
        tr!("accessibility-display-intro-signed-out")
    };
    let browser = tr!("accessibility-display-browser");
    view! {
        <FormPage form title=tr!("accessibility-display-title") submit=tr!("accessibility-display-save")
            hidden=vec![("return_to", back.clone().unwrap_or_default())]
            before=move || notice
            intro=move || view! {
                <p>{intro}</p>
                <p>{browser}</p>
            }
            after=move || back_link>
            <Radios name="text" legend=tr!("accessibility-display-text-legend") options=sizes initial=current.text.code().to_owned() error />
            <Radios name="contrast" legend=tr!("accessibility-display-colours-legend") options=colours initial=current.contrast.code().to_owned() error />
        </FormPage>
    }
}

/// A text size as the form offers it (`TextSize::label`, in the page's language).
fn text_size_label(size: domain::display::TextSize) -> String {
    use domain::display::TextSize;
    match size {
        TextSize::Standard => tr!("accessibility-display-text-standard"),
        TextSize::Larger => tr!("accessibility-display-text-larger"),
        TextSize::Largest => tr!("accessibility-display-text-largest"),
    }
}

/// The colours as the form offers them (`Contrast::label`, in the page's language).
fn contrast_label(contrast: domain::display::Contrast) -> String {
    use domain::display::Contrast;
    match contrast {
        Contrast::Standard => tr!("accessibility-display-colours-standard"),
        Contrast::High => tr!("accessibility-display-colours-high"),
    }
}

/// "Saved.", and how pages are shown now (`Display::saved_words`, in the page's language).
fn saved_words(display: domain::display::Display) -> String {
    use domain::display::{Contrast, TextSize};
    if display.is_standard() {
        return tr!("accessibility-display-saved-standard");
    }
    let text = match display.text {
        TextSize::Standard => "standard",
        TextSize::Larger => "larger",
        TextSize::Largest => "largest",
    };
    let colours = match display.contrast {
        Contrast::Standard => "standard",
        Contrast::High => "high",
    };
    tr!("accessibility-display-saved", { "text" => text, "colours" => colours })
}
