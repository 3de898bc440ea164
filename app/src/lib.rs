//! Calico Account's user interface: every page is rendered on the server, so it works on any
//! phone and with JavaScript off, then hydrated in the browser.

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod context;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod security;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use components::layout::Layout;
use pages::accounts::{
    CheckEmailPage, NewPasswordPage, RegisterPage, RegisterRepresentativePage, RequestResetPage,
    ResetCheckEmailPage, SignInPage, VerifyEmailPage,
};
use pages::complaints::{ComplaintRequestPage, ComplaintStatusPage};
use pages::filing::{
    AboutYouPage, AttachmentsPage, CheckPage, ComplaintPage, ComplimentPage, ConcernPage,
    ConsentPage, ForWhomPage, LatePage, PurposePage, RepairPage, ResidentPage, SentPage,
    SupportPage,
};
use pages::letters::{LetterReadPage, LettersPage};
use pages::profile::{
    AccountPage, ChangeEmailCheckPage, ChangeEmailPage, ChangeHomePage, ConfirmEmailChangePage,
    InvitationPage, InvitePage, NamePage, PreferencesPage,
};
use pages::staff::{CasePage, QueuePage, StaffLetterPage, StepPage, TasksPage, TokensPage};
use pages::{accessibility::AccessibilityStatement, home::Home, not_found::NotFound};

/// The HTML document around the app. Used by the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    security::send_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en-GB">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: head tags, the layout and the routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="calico" href="/pkg/calico.css" />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta name="description" content="Calico Account: make a complaint, report a safety concern or give a compliment to Calico Homes, and follow what happens next." />
        <Meta name="theme-color" content="#1d4f73" />
        <Title formatter=|page: String| format!("{page} - Calico Account - Calico Homes") />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=Home />
                    <Route path=path!("accessibility") view=AccessibilityStatement />
                    <Route path=path!("register") view=RegisterPage />
                    <Route path=path!("register/check-email") view=CheckEmailPage />
                    <Route path=path!("register/representative") view=RegisterRepresentativePage />
                    <Route path=path!("verify-email") view=VerifyEmailPage />
                    <Route path=path!("sign-in") view=SignInPage />
                    <Route path=path!("reset-password") view=RequestResetPage />
                    <Route path=path!("reset-password/check-email") view=ResetCheckEmailPage />
                    <Route path=path!("reset-password/new") view=NewPasswordPage />
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("account/name") view=NamePage ssr=SsrMode::Async />
                    <Route path=path!("account/preferences") view=PreferencesPage ssr=SsrMode::Async />
                    <Route path=path!("account/email") view=ChangeEmailPage ssr=SsrMode::Async />
                    <Route path=path!("account/email/check-email") view=ChangeEmailCheckPage />
                    <Route path=path!("account/email/confirm") view=ConfirmEmailChangePage />
                    <Route path=path!("account/home") view=ChangeHomePage ssr=SsrMode::Async />
                    <Route path=path!("account/representatives/invite") view=InvitePage ssr=SsrMode::Async />
                    <Route path=path!("account/complaints/:reference") view=ComplaintStatusPage ssr=SsrMode::Async />
                    <Route path=path!("account/complaints/:reference/:request") view=ComplaintRequestPage ssr=SsrMode::Async />
                    <Route path=path!("account/letters") view=LettersPage ssr=SsrMode::Async />
                    <Route path=path!("account/letters/:id") view=LetterReadPage ssr=SsrMode::Async />
                    <Route path=path!("invitation") view=InvitationPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new") view=PurposePage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/repair") view=RepairPage />
                    <Route path=path!("complaint/new/for-whom") view=ForWhomPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/about-you") view=AboutYouPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/resident") view=ResidentPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/consent") view=ConsentPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/details") view=ComplaintPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/late") view=LatePage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/attachments") view=AttachmentsPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/concern") view=ConcernPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/compliment") view=ComplimentPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/support") view=SupportPage ssr=SsrMode::Async />
                    <Route path=path!("complaint/new/check") view=CheckPage ssr=SsrMode::Async />
                    <Route path=path!("complaints/:reference/sent") view=SentPage ssr=SsrMode::Async />
                    <Route path=path!("staff") view=QueuePage ssr=SsrMode::Async />
                    <Route path=path!("staff/complaints/:reference") view=CasePage ssr=SsrMode::Async />
                    <Route path=path!("staff/complaints/:reference/:step") view=StepPage ssr=SsrMode::Async />
                    <Route path=path!("staff/letters/:id") view=StaffLetterPage ssr=SsrMode::Async />
                    <Route path=path!("staff/tokens") view=TokensPage ssr=SsrMode::Async />
                    <Route path=path!("staff/tasks") view=TasksPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Entry point of the browser bundle: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
