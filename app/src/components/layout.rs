//! The frame of every page: skip link, header with the main navigation, the `main` landmark
//! and the footer with the landlord's and the Housing Ombudsman's contact details.

use crate::islands::menu::{NavLink, SiteNavigation};
use crate::islands::print::PrintButton;
use domain::contact::{Contact, HOUSING_OMBUDSMAN, LANDLORD};
use leptos::prelude::*;

/// Wraps a page in the site's landmarks.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let header = view! {
        <InPageLink target_id="main-content" class="skip-link">{tr!("layout-skip-link")}</InPageLink>
        <SiteHeader />
    };
    view! {
        {written(header.into_any())}
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">
                {children()}
            </main>
        </div>
        {written(view! { <SiteFooter /> }.into_any())}
    }
}

/// Part of a page that is wholly ready (nothing in it waits on a read), written out as HTML at
/// once. The document as a whole goes through Leptos's streaming renderer, because a
/// signed-in page's content waits on its reads; that renderer writes each element's tags into
/// strings of their own before copying them on, two or more small allocations an element. The
/// frame of every page and a signed-in page's loaded content are written this way instead:
/// about 480 fewer allocations a request for the complaint page. The markup is the same;
/// islands inside it are found and woken as before.
pub(crate) fn written(part: AnyView) -> AnyView {
    leptos::tachys::html::InertElement::new(part.to_html()).into_any()
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
    let colleague = viewer
        .as_ref()
        .is_some_and(|account| account.colleague().is_some());
    let links: Vec<(&str, String)> = match &viewer {
        None => vec![
            ("/", tr!("layout-nav-home")),
            ("/register", tr!("layout-nav-register")),
            ("/sign-in", tr!("layout-nav-sign-in")),
            ("/complaint/new", tr!("layout-nav-complain")),
            ("/accessibility", tr!("layout-nav-accessibility")),
        ],
        // The console is in English (`crate::context::language`).
        Some(_) if colleague => vec![
            ("/staff", "Work queue".to_owned()),
            ("/staff/tasks", "Letters and calls".to_owned()),
            ("/accessibility", tr!("layout-nav-accessibility")),
        ],
        Some(_) => vec![
            ("/", tr!("layout-nav-home")),
            ("/account", tr!("layout-nav-account")),
            ("/complaint/new", tr!("layout-nav-complain")),
            ("/accessibility", tr!("layout-nav-accessibility")),
        ],
    };
    let links = links
        .into_iter()
        .map(|(href, label)| NavLink {
            href: href.to_owned(),
            label,
            current: here == href,
        })
        .collect();
    let signed_in_as = viewer.map(|account| account.display_name().to_owned());
    // Colleagues work in English: the switch is for the resident pages.
    let switch = (!crate::is_console(&here) && !colleague).then(|| view! { <LanguageSwitch /> });
    view! {
        <header class="header">
            {switch}
            <SiteNavigation links menu=tr!("layout-menu") name=tr!("layout-nav-name")>
                <a href="/" class="header-logo">
                    <span class="header-landlord">"Calico Homes"</span>
                    <span class="header-service">"Calico Account"</span>
                </a>
                {signed_in_as.map(|name| view! { <p class="header-signed-in">{tr!("layout-signed-in-as")} " " <span class="header-name">{name}</span></p> })}
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
                    <h2 id="footer-contact" class="heading-s">{tr!("layout-footer-contact")}</h2>
                    <ContactDetails contact=LANDLORD />
                </section>
                <section aria-labelledby="footer-ombudsman">
                    <h2 id="footer-ombudsman" class="heading-s">"Housing Ombudsman Service"</h2>
                    <p>{tr!("layout-footer-ombudsman-text")}</p>
                    <ContactDetails contact=HOUSING_OMBUDSMAN />
                </section>
                <section aria-labelledby="footer-about">
                    <h2 id="footer-about" class="heading-s">{tr!("layout-footer-about")}</h2>
                    <ul class="footer-links">
                        <li><a href="/accessibility">{tr!("layout-footer-accessibility")}</a></li>
                        <li><a href=display_link>{tr!("layout-footer-display")}</a></li>
                    </ul>
                    <p>{tr!("layout-footer-rights")}</p>
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
        <div class="warning-text" role="note" aria-label=tr!("layout-emergency-name")>
            <p>
                <strong>{tr!("layout-emergency-danger")}</strong>
                " " {tr!("layout-emergency-repair")} " "
                <a href=format!("tel:{}", LANDLORD.phone_link)>{LANDLORD.phone}</a>
                {out_of_hours.map(|number| view! {
                    {tr!("layout-emergency-out-of-hours")} " "
                    <a href=format!("tel:{}", number.as_str())>{number.grouped()}</a>
                })}
                {tr!("layout-full-stop")}
            </p>
        </div>
    }
}

/// Phone, hours, email and postal address of one organisation.
#[component]
pub fn ContactDetails(contact: Contact) -> impl IntoView {
    // Only Calico Homes gives opening hours.
    let hours =
        (contact.name == LANDLORD.name).then(|| format!(" ({})", tr!("layout-landlord-hours")));
    view! {
        <ul class="contact-list">
            <li>
                {tr!("layout-contact-phone")} " "
                <a href=format!("tel:{}", contact.phone_link)>{contact.phone}</a>
                {hours}
            </li>
            <li>
                {tr!("layout-contact-email")} " "
                <a href=format!("mailto:{}", contact.email)>{contact.email}</a>
            </li>
            <li>
                {tr!("layout-contact-post")} " "
                <span class="address" dir="ltr">{contact.address.join(", ")}</span>
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
    let letter = what == "letter";
    view! {
        <p class="no-print">{if letter { tr!("layout-keep-letter") } else { tr!("layout-keep-page") }}</p>
        <p class="no-print"><PrintButton label=if letter { tr!("layout-print-letter") } else { tr!("layout-print-page") } /></p>
    }
}

/// The languages the pages are written in, each named in itself, on every resident page:
/// a form whose buttons post the one chosen (`api::display::choose_language`), so it works
/// without JavaScript, and brings the reader back to the page they were on.
#[component]
fn LanguageSwitch() -> impl IntoView {
    use crate::api::display::ChooseLanguage;
    use domain::language::Language;
    use leptos::server_fn::ServerFn;
    let location = leptos_router::hooks::use_location();
    let path = location.pathname.get_untracked();
    // (The router's `search` is the query without its `?`.)
    let query = location.search.get_untracked();
    let with_query = if query.is_empty() {
        path.clone()
    } else {
        format!("{path}?{}", query.trim_start_matches('?'))
    };
    let here = if domain::accounts::local_page(&with_query).is_some() {
        with_query
    } else {
        path
    };
    let shown = crate::context::language();
    let choices = Language::ALL
        .into_iter()
        .map(|language| {
            let name = language.endonym();
            if language == shown {
                view! {
                    <li><span class="language-current" lang=language.tag() dir=language.direction() aria-current="true">{name}</span></li>
                }
                .into_any()
            } else {
                view! {
                    <li><button type="submit" class="language-choice" name="language" value=language.code() lang=language.tag() dir=language.direction()>{name}</button></li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <form class="language-switch width-container" method="post" action=ChooseLanguage::url() aria-labelledby="language-switch-name">
            <input type="hidden" name="return_to" value=here />
            <span id="language-switch-name" class="language-switch-name">{tr!("layout-language")}</span>
            <ul class="language-list">{choices}</ul>
        </form>
    }
}
