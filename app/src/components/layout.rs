//! The frame of every page: skip link, header with the main navigation, the `main` landmark
//! and the footer with the landlord's and the Housing Ombudsman's contact details.

use crate::islands::menu::{NavLink, SiteNavigation};
use crate::islands::print::PrintButton;
use domain::contact::{Contact, HOUSING_OMBUDSMAN, LANDLORD};
use leptos::prelude::*;

/// Wraps a page in the site's landmarks.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <InPageLink target_id="main-content" class="skip-link">"Skip to main content"</InPageLink>
        <SiteHeader />
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">
                {children()}
            </main>
        </div>
        <SiteFooter />
    }
}

/// A link to an element on the same page (skip link, error summary). The browser follows it,
/// so focus moves to the target as a keyboard or screen-reader user expects: the router
/// would only scroll. (The router leaves alone any link with a `target`; `_self` is what a
/// link does anyway.)
#[component]
pub fn InPageLink(
    /// The `id` of the element to move to.
    #[prop(into)]
    target_id: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <a href=format!("#{target_id}") target="_self" class=class>
            {children()}
        </a>
    }
}

/// The header: the service's name, who is signed in, and the main navigation (an island that
/// folds it behind a "Menu" button on a narrow screen). The links are those of who is asking:
/// someone signed out is offered registering and signing in; a colleague, the work queue.
#[component]
fn SiteHeader() -> impl IntoView {
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let viewer = crate::context::viewer();
    let links: &[(&str, &str)] = match &viewer {
        None => &[
            ("/", "Home"),
            ("/register", "Register"),
            ("/sign-in", "Sign in"),
            ("/complaint/new", "Make a complaint"),
            ("/accessibility", "Accessibility"),
        ],
        Some(account) if account.colleague().is_some() => &[
            ("/staff", "Work queue"),
            ("/staff/tasks", "Letters and calls"),
            ("/accessibility", "Accessibility"),
        ],
        Some(_) => &[
            ("/", "Home"),
            ("/account", "Your account"),
            ("/complaint/new", "Make a complaint"),
            ("/accessibility", "Accessibility"),
        ],
    };
    let links = links
        .iter()
        .map(|(href, label)| NavLink {
            href: (*href).to_owned(),
            label: (*label).to_owned(),
            current: here == *href,
        })
        .collect();
    let signed_in_as = viewer.map(|account| account.display_name().to_owned());
    view! {
        <header class="header">
            <SiteNavigation links>
                <a href="/" class="header-logo">
                    <span class="header-landlord">"Calico Homes"</span>
                    <span class="header-service">"Calico Account"</span>
                </a>
                {signed_in_as.map(|name| view! { <p class="header-signed-in">"Signed in as " <span class="header-name">{name}</span></p> })}
            </SiteNavigation>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    // Back to this page once the display is chosen.
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let display_link = if here == "/display" {
        "/display".to_owned()
    } else {
        format!("/display?return_to={here}")
    };
    view! {
        <footer class="footer">
            <div class="width-container footer-columns">
                <section aria-labelledby="footer-contact">
                    <h2 id="footer-contact" class="heading-s">"Contact Calico Homes"</h2>
                    <ContactDetails contact=LANDLORD />
                </section>
                <section aria-labelledby="footer-ombudsman">
                    <h2 id="footer-ombudsman" class="heading-s">"Housing Ombudsman Service"</h2>
                    <p>
                        "Free, impartial advice about your complaint at any time. "
                        "The Ombudsman can investigate once our complaints process has ended."
                    </p>
                    <ContactDetails contact=HOUSING_OMBUDSMAN />
                </section>
                <section aria-labelledby="footer-about">
                    <h2 id="footer-about" class="heading-s">"About this service"</h2>
                    <ul class="footer-links">
                        <li><a href="/accessibility">"Accessibility statement"</a></li>
                        <li><a href=display_link>"Text size and colours"</a></li>
                    </ul>
                    <p>"Making a complaint never affects your right to our services."</p>
                </section>
            </div>
        </footer>
    }
}

/// "If someone is in danger now, call 999", with the emergency repairs line: on the home page
/// and wherever someone may be reporting something unsafe.
#[component]
pub fn EmergencyWarning() -> impl IntoView {
    // The out-of-hours number administrators set, as this process last read it (no query:
    // see `backend::opening`); said only where it is not the number above.
    let out_of_hours = crate::context::server_context()
        .ok()
        .and_then(|context| context.backend.opening_held())
        .map(|opening| opening.out_of_hours.clone())
        .filter(|number| {
            domain::values::PhoneNumber::parse(LANDLORD.phone_link)
                .ok()
                .as_ref()
                != Some(number)
        });
    view! {
        <div class="warning-text" role="note" aria-label="Emergency">
            <p>
                <strong>"If someone is in danger now, call 999."</strong>
                " For an emergency repair, call us on "
                <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
                {out_of_hours.map(|number| view! {
                    "; when our offices are closed, call our out-of-hours line on "
                    <a href=format!("tel:{}", number.as_str())>{number.grouped()}</a>
                })}
                "."
            </p>
        </div>
    }
}

/// Phone, hours, email and postal address of one organisation.
#[component]
pub fn ContactDetails(contact: Contact) -> impl IntoView {
    let hours =
        (!contact.opening_hours.is_empty()).then(|| format!(" ({})", contact.opening_hours));
    view! {
        <ul class="contact-list">
            <li>
                "Phone: "
                <a href=format!("tel:{}", contact.phone_link)>{contact.phone}</a>
                {hours}
            </li>
            <li>
                "Email: "
                <a href=format!("mailto:{}", contact.email)>{contact.email}</a>
            </li>
            <li>
                "Post: "
                <span class="address">{contact.address.join(", ")}</span>
            </li>
        </ul>
    }
}

/// How to keep a copy, and a button that prints it where script can run.
#[component]
pub fn PrintCopy(
    /// What is printed: "page", "letter".
    what: &'static str,
) -> impl IntoView {
    view! {
        <p class="no-print">{format!("To keep a copy, print this {what} or save it as a PDF from your browser's menu.")}</p>
        <p class="no-print"><PrintButton what=what.to_owned() /></p>
    }
}
