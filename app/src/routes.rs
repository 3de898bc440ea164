//! The HTML document around every page, and the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::layout::Layout;
use crate::i18n::Translations;
use crate::pages::accounts::{
    CheckEmailPage, NewPasswordPage, RegisterPage, RegisterRepresentativePage, RequestResetPage,
    ResetCheckEmailPage, SignInPage, VerifyEmailPage,
};
use crate::pages::complaints::{ComplaintRequestPage, ComplaintStatusPage};
use crate::pages::filing::{
    AboutYouPage, AttachmentsPage, CheckPage, ComplaintPage, ComplimentPage, ConcernPage,
    ConsentPage, ForWhomPage, LatePage, PurposePage, RepairPage, ResidentPage, SentPage,
    SupportPage,
};
use crate::pages::letters::{LetterReadPage, LettersPage};
use crate::pages::logging::{LogFindPage, LogFormPage};
use crate::pages::profile::{
    AccountPage, ActivatePage, ChangeEmailCheckPage, ChangeEmailPage, ChangeHomePage,
    ConfirmEmailChangePage, InvitationPage, InvitePage, NamePage, PreferencesPage,
};
use crate::pages::reports::{AssessPage, ReportPage, SelfAssessmentPage};
use crate::pages::second_factor::{ColleaguesPage, RecoveryCodesPage, SecondFactorPage};
use crate::pages::staff::{
    CaseFilePage, CasePage, CategoriesPage, ClosureDaysPage, OutOfHoursPage, QueuePage,
    StaffLetterPage, StepPage, TasksPage, TokensPage,
};
use crate::pages::{
    accessibility::{AccessibilityStatement, DisplayPage},
    home::Home,
    not_found::NotFound,
};

/// Whether `path` is a page of the complaints console, which loads the console's bundle.
pub fn is_console(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/")
}

/// The name of the browser bundle a page at `path` loads: the residents' (`output-name` in
/// leptos.toml), or for the console's pages the console's (the same name with `_staff`).
pub fn bundle_name(output_name: &str, path: &str) -> String {
    if is_console(path) {
        format!("{output_name}_staff")
    } else {
        output_name.to_owned()
    }
}

/// The address of the stylesheet, under the bundle's folder.
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    format!("/{}/{}.css", options.site_pkg_dir, options.output_name)
}

/// The script that wakes a page's islands (islands/wake.js), without its comments.
static WAKE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    include_str!("islands/wake.js")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
});

/// The HTML document around the app. Used by the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    crate::security::send_content_security_policy();
    let nonce = leptos::nonce::use_nonce();
    let path = use_context::<axum::http::request::Parts>()
        .map(|parts| parts.uri.path().to_owned())
        .unwrap_or_default();
    let stylesheet = stylesheet_href(&options);
    // Larger text or high contrast, as chosen on this device (`/display`).
    let display = Some(crate::context::display().classes()).filter(|c| !c.is_empty());
    // The language the page is written in, and its direction (Urdu is right to left).
    let language = crate::context::language();
    // The page itself never hydrates: only its islands do (set before anything renders).
    if let Some(shared) = Owner::current_shared_context() {
        shared.set_is_hydrating(false);
    }
    let wake = format!(
        "({})({:?},{:?})",
        *WAKE,
        format!("/{}", options.site_pkg_dir),
        bundle_name(&options.output_name, &path),
    );
    view! {
        <!DOCTYPE html>
        <html lang=language.tag() dir=language.direction() class=display>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                // Before the first paint: where the islands can run, draw what they will show.
                <script nonce=nonce.clone()>"if(window.WebAssembly)document.documentElement.classList.add('js')"</script>
                <MetaTags />
            </head>
            <body>
                <App stylesheet />
                <script nonce=nonce>{wake}</script>
            </body>
        </html>
    }
}

/// The application: head tags, the layout and the routes. Every page that loads anything is
/// rendered whole before it is sent (`SsrMode::Async`): a page without JavaScript never waits
/// on a script to fill it in, and nobody sees "Loading…".
#[component]
pub fn App(#[prop(into)] stylesheet: String) -> impl IntoView {
    provide_meta_context();
    view! {
        <Translations>
            <Head stylesheet />
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=path!("") view=Home />
                        <Route path=path!("accessibility") view=AccessibilityStatement />
                        <Route path=path!("display") view=DisplayPage />
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
                        <Route path=path!("account/activate") view=ActivatePage ssr=SsrMode::Async />
                        <Route path=path!("two-factor") view=SecondFactorPage ssr=SsrMode::Async />
                        <Route path=path!("two-factor/recovery-codes") view=RecoveryCodesPage ssr=SsrMode::Async />
                        <Route path=path!("account/representatives/invite") view=InvitePage ssr=SsrMode::Async />
                        <Route path=path!("account/complaints/:reference") view=ComplaintStatusPage ssr=SsrMode::Async />
                        <Route path=path!("account/complaints/:reference/:request") view=ComplaintRequestPage ssr=SsrMode::Async />
                        <Route path=path!("account/letters") view=LettersPage ssr=SsrMode::Async />
                        <Route path=path!("account/letters/:id") view=LetterReadPage ssr=SsrMode::Async />
                        <Route path=path!("invitation") view=InvitationPage ssr=SsrMode::Async />
                        // The complaint journey: each path is its `domain::filing::Step`'s (a test
                        // holds them to it).
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
                        <Route path=path!("staff/colleagues") view=ColleaguesPage ssr=SsrMode::Async />
                        <Route path=path!("staff/complaints/:reference") view=CasePage ssr=SsrMode::Async />
                        <Route path=path!("staff/complaints/:reference/:step") view=StepPage ssr=SsrMode::Async />
                        <Route path=path!("staff/letters/:id") view=StaffLetterPage ssr=SsrMode::Async />
                        <Route path=path!("staff/tokens") view=TokensPage ssr=SsrMode::Async />
                        <Route path=path!("staff/closure-days") view=ClosureDaysPage ssr=SsrMode::Async />
                        <Route path=path!("staff/out-of-hours") view=OutOfHoursPage ssr=SsrMode::Async />
                        <Route path=path!("staff/categories") view=CategoriesPage ssr=SsrMode::Async />
                        <Route path=path!("staff/tasks") view=TasksPage ssr=SsrMode::Async />
                        <Route path=path!("staff/log") view=LogFindPage ssr=SsrMode::Async />
                        <Route path=path!("staff/reports") view=ReportPage ssr=SsrMode::Async />
                        <Route path=path!("staff/self-assessment") view=SelfAssessmentPage ssr=SsrMode::Async />
                        <Route path=path!("staff/self-assessment/:provision") view=AssessPage ssr=SsrMode::Async />
                        <Route path=path!("staff/case-files/:reference") view=CaseFilePage ssr=SsrMode::Async />
                        <Route path=path!("staff/log/new") view=LogFormPage ssr=SsrMode::Async />
                    </Routes>
                </Layout>
            </Router>
        </Translations>
    }
}

/// The document's head tags, in the page's language.
#[component]
fn Head(stylesheet: String) -> impl IntoView {
    view! {
        <Stylesheet id="calico" href=stylesheet />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta name="description" content=tr!("meta-description") />
        <Meta name="theme-color" content="#1d4f73" />
        <Title formatter=|page: String| format!("{page} - Calico Account - Calico Homes") />
    }
}
