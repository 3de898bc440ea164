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
            <li>"change colours, contrast levels and fonts using your browser or device settings"</li>
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
