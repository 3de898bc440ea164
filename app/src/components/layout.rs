//! The frame of every page: skip link, header with the main navigation, the `main` landmark
//! and the footer with the landlord's and the Housing Ombudsman's contact details.

use domain::contact::{Contact, HOUSING_OMBUDSMAN, LANDLORD};
use leptos::prelude::*;
use leptos_router::components::A;

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

/// The header. On a narrow screen with JavaScript the navigation folds behind a "Menu"
/// button; without JavaScript (or before the page is hydrated) the links are always shown.
#[component]
fn SiteHeader() -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    let (open, set_open) = signal(false);
    // Effects run only in the browser, once the page is interactive.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <header class="header">
            <div class="width-container header-row">
                <a href="/" class="header-logo">
                    <span class="header-landlord">"Calico Homes"</span>
                    <span class="header-service">"Calico Account"</span>
                </a>
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-navigation"
                    aria-expanded=move || open.get().to_string()
                    hidden=move || !hydrated.get()
                    on:click=move |_| set_open.update(|o| *o = !*o)
                >
                    "Menu"
                </button>
            </div>
            <nav
                id="site-navigation"
                aria-label="Main"
                class="width-container site-navigation"
                class=("folded", move || hydrated.get() && !open.get())
            >
                <ul class="navigation-list">
                    <li><A href="/">"Home"</A></li>
                    <li><A href="/register">"Register"</A></li>
                    <li><A href="/sign-in">"Sign in"</A></li>
                    <li><A href="/complaint/new">"Make a complaint"</A></li>
                    <li><A href="/account">"Your account"</A></li>
                    <li><A href="/accessibility">"Accessibility"</A></li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
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
    view! {
        <div class="warning-text" role="note" aria-label="Emergency">
            <p>
                <strong>"If someone is in danger now, call 999."</strong>
                " For an emergency repair, call us on "
                <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
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

/// How to keep a copy, and, once the page is interactive, a button that prints it.
#[component]
pub fn PrintCopy(
    /// What is printed: "page", "letter".
    what: &'static str,
) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <p class="no-print">{format!("To keep a copy, print this {what} or save it as a PDF from your browser's menu.")}</p>
        <p class="no-print">
            {move || hydrated.get().then(|| view! {
                <button type="button" class="button button-secondary" on:click=|_| {
                    let _ = window().print();
                }>{format!("Print this {what}")}</button>
            })}
        </p>
    }
}
