//! The home page: what a resident can do in Calico Account, and how long each step takes.

use domain::contact::LANDLORD;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::layout::EmergencyWarning;

#[component]
pub fn Home() -> impl IntoView {
    let standard = crate::context::standard();
    view! {
        <Title text="Home" />
        <h1 class="heading-xl">"Your Calico Account"</h1>
        <p class="lead">
            "Tell Calico Homes when something has gone wrong, when something is unsafe, or when "
            "someone has helped you. Then follow what happens next, and when."
        </p>

        <EmergencyWarning />

        <h2 class="heading-l">"What you can do here"</h2>
        <ul class="task-list">
            <li>
                <h3 class="heading-m">"Register with your rent reference"</h3>
                <p>
                    "You need an email address and your rent reference number. "
                    "We check the reference against your tenancy before anyone can see your details."
                </p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">"Make a complaint"</a></h3>
                <p>
                    "Tell us what went wrong and what you would like us to do. You do not need to use "
                    "the word \"complaint\". Unhappy with how we handled a repair you reported? "
                    "That is a complaint too."
                </p>
                <p>
                    {format!(
                        "We acknowledge a complaint within {} (we aim for {}) and give you our full \
                         response within {} of acknowledging it.",
                        standard.acknowledge_limit,
                        standard.acknowledge_target,
                        standard.stage1_response,
                    )}
                </p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">"Report a safety concern"</a></h3>
                <p>
                    "Scaffolding left up, a smoke alarm that does not work, anything that feels unsafe. "
                    "We act on concerns straight away and deal with the most urgent first."
                </p>
            </li>
            <li>
                <h3 class="heading-m"><a href="/complaint/new">"Give a compliment"</a></h3>
                <p>"Tell us who helped you and how. We pass your words to their manager."</p>
            </li>
            <li>
                <h3 class="heading-m">"Follow your complaint"</h3>
                <p>
                    "See who is handling it, the date each answer is due and how many working days are "
                    "left. The page updates when we act."
                </p>
            </li>
            <li>
                <h3 class="heading-m">"Ask for a review"</h3>
                <p>
                    "If you are still unhappy after our first response, you can ask for your complaint "
                    "to be looked at again by a different, senior person (Stage 2)."
                </p>
                <p>
                    {format!(
                        "You can ask within {} of our Stage 1 response. We acknowledge your request \
                         within {} and give our final response within {} of that.",
                        standard.stage2_request_window,
                        standard.stage2_acknowledge,
                        standard.stage2_response,
                    )}
                </p>
            </li>
        </ul>

        <h2 class="heading-l">"Someone can do this for you"</h2>
        <p>
            "A family member or friend, an advocate or support worker, a councillor or your MP can "
            "make a complaint for you. We only share your details with them once you have told us "
            "you agree."
        </p>

        <h2 class="heading-l">"Other ways to contact us"</h2>
        <p>
            "Call us on "
            <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
            {format!(", {}, email ", LANDLORD.opening_hours)}
            <a href=format!("mailto:{}", LANDLORD.email)>{LANDLORD.email}</a>
            " or visit our office on Croft Street, Burnley, next to the bus station."
        </p>
        <p>
            "We can give you information in large print, audio or Braille, and arrange an "
            "interpreter through Language Line."
        </p>
    }
}
