//! The accessibility statement, in the shape the public sector regulations ask for.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    view! {
        <Title text="Accessibility statement" />
        <h1 class="heading-xl">"Accessibility statement for Calico Account"</h1>
        <p class="lead">
            "Calico Homes runs Calico Account. We want as many people as possible to be able to use it."
        </p>
        <p>"You should be able to:"</p>
        <ul class="bulleted">
            <li>"zoom in up to 400% without the text spilling off the screen"</li>
            <li>"use it on a small phone screen, 320 pixels wide"</li>
            <li>"get from the start of a form to the end using just a keyboard"</li>
            <li>"use it with a screen reader, such as NVDA, JAWS, VoiceOver or TalkBack"</li>
            <li>"use every form with JavaScript turned off"</li>
            <li>"make the text larger, or show every page in high contrast, on the "<a href="/display">"text size and colours"</a>" page, with or without JavaScript"</li>
            <li>"change colours, contrast levels and fonts using your browser or device settings: the pages follow your device's contrast and colour themes, and move nothing if you ask for reduced motion"</li>
        </ul>

        <h2 class="heading-l">"How accessible this service is"</h2>
        <p>
            "We design Calico Account to meet the Web Content Accessibility Guidelines (WCAG) "
            "version 2.2 at level AA. Every page is tested in a real browser, with and without "
            "JavaScript, by automated accessibility checks and by keyboard."
        </p>
        <p>
            "We know automated checks do not find every problem. If you find one, please tell us "
            "so we can fix it."
        </p>

        <h2 class="heading-l">"Information in another format or language"</h2>
        <p>
            "We can give you any letter or page in large print, audio or Braille. We arrange "
            "interpreters by phone through Language Line. "
            {format!(
                "A written translation can take up to {} days.",
                crate::context::standard().translation_lead_days,
            )}
        </p>
        <p>
            "Every letter in your account has a large-print version to read or print. If you "
            "ask for your letters in Braille, as audio or in another language (when you make a "
            "complaint, or in your contact preferences), we send each letter that way too, and "
            "the letter itself tells you the day it will reach you by."
        </p>
        <p>
            "Call us on "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            {format!(" ({}) or email ", LANDLORD.opening_hours)}
            <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a>
            ". Tell us what you need, and we will also record it on your account so you do not "
            "have to ask again."
        </p>

        <h2 class="heading-l">"Reporting accessibility problems"</h2>
        <p>
            "If you have a problem using Calico Account, or you think we are not meeting "
            "accessibility requirements, contact us in the same way. "
            {format!("We will reply within {}.", crate::context::standard().enquiry_acknowledge)}
        </p>

        <h2 class="heading-l">"Enforcement procedure"</h2>
        <p>
            "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
            "accessibility regulations. If you are not happy with how we respond to your "
            "complaint, contact the Equality Advisory and Support Service (EASS)."
        </p>

        <h2 class="heading-l">"Preparation of this statement"</h2>
        <p>
            "This statement was prepared on 22 November 2026. It is reviewed whenever the service "
            "changes, and at least once a year."
        </p>
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
        .map(|t| (t.code(), t.label()))
        .collect();
    let colours = Contrast::ALL
        .iter()
        .map(|c| (c.code(), c.label()))
        .collect();
    let notice = saved.then(|| super::notice(&format!("Saved. {}", current.saved_words())));
    let back_link = back.clone().map(|page| {
        view! { <p><a href=page>"Go back to the page you were on"</a></p> }
    });
    view! {
        <FormPage form title="Text size and colours" submit="Save"
            hidden=vec![("return_to", back.clone().unwrap_or_default())]
            before=move || notice
            intro=move || view! {
                <p>{if signed_in {
                    "Choose how every page is shown. We remember it on this device, and on your account for the next device you sign in on."
                } else {
                    "Choose how every page is shown. We remember it on this device with a cookie that holds only this choice."
                }}</p>
                <p>"Your browser's own settings work too: zoom (up to 400%), its text size, and your device's contrast or colour themes."</p>
            }
            after=move || back_link>
            <Radios name="text" legend="Text size" options=sizes initial=current.text.code().to_owned() error />
            <Radios name="contrast" legend="Colours" options=colours initial=current.contrast.code().to_owned() error />
        </FormPage>
    }
}
