//! Who may see what: every page route, server function, file, `/live` and `/api/v1` operation,
//! asked by everyone the service knows (signed out, two residents, a joint tenant, an account
//! that has not proved its home, representatives before consent, after it and after its
//! withdrawal, each colleague role, an API token). Each answer has the status its kind of
//! route gives that person, and none holds a complaint's words that person may not see.
//!
//! The routes come from the route table, the server-function list and the OpenAPI document,
//! so a new route without an entry in [`RULES`] fails this test.

mod common;

use common::{
    client, colleague, file_complaint_saying, file_for_resident, representative, signed_in,
    signed_in_home, TestServer,
};
use domain::handling::Role;

/// What kind of route it is, which decides who gets what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Anyone, signed in or not.
    Public,
    /// A signed-in account's own things: signed out, it sends to sign in.
    Account,
    /// The console: colleagues only.
    Staff,
    /// The console, for administrators only.
    Admin,
    /// The API for the landlord's systems: a bearer token only.
    Api,
    /// A colleague between password and second factor (or anyone, told they need not).
    SecondFactor,
}

/// Every route, by path as the route table writes it, with its kind. `POST ` marks a route
/// that only takes posts outside the server functions.
const RULES: &[(&str, Kind)] = &[
    // Pages.
    ("/", Kind::Public),
    ("/accessibility", Kind::Public),
    ("/display", Kind::Public),
    ("/register", Kind::Public),
    ("/register/check-email", Kind::Public),
    ("/register/representative", Kind::Public),
    ("/verify-email", Kind::Public),
    ("/sign-in", Kind::Public),
    ("/reset-password", Kind::Public),
    ("/reset-password/check-email", Kind::Public),
    ("/reset-password/new", Kind::Public),
    ("/invitation", Kind::Public),
    ("/account", Kind::Account),
    ("/account/activate", Kind::Account),
    ("/account/complaints/{reference}", Kind::Account),
    ("/account/complaints/{reference}/{request}", Kind::Account),
    ("/account/email", Kind::Account),
    ("/account/email/check-email", Kind::Public),
    ("/account/email/confirm", Kind::Public),
    ("/account/home", Kind::Account),
    ("/account/letters", Kind::Account),
    ("/account/letters/{id}", Kind::Account),
    ("/account/name", Kind::Account),
    ("/account/preferences", Kind::Account),
    ("/account/representatives/invite", Kind::Account),
    ("/complaint/new", Kind::Account),
    ("/complaint/new/about-you", Kind::Account),
    ("/complaint/new/attachments", Kind::Account),
    ("/complaint/new/check", Kind::Account),
    ("/complaint/new/compliment", Kind::Account),
    ("/complaint/new/concern", Kind::Account),
    ("/complaint/new/consent", Kind::Account),
    ("/complaint/new/details", Kind::Account),
    ("/complaint/new/for-whom", Kind::Account),
    ("/complaint/new/late", Kind::Account),
    ("/complaint/new/repair", Kind::Public),
    ("/complaint/new/resident", Kind::Account),
    ("/complaint/new/support", Kind::Account),
    ("/complaints/{reference}/sent", Kind::Account),
    ("/two-factor", Kind::SecondFactor),
    ("/two-factor/recovery-codes", Kind::SecondFactor),
    ("/staff", Kind::Staff),
    ("/staff/complaints/{reference}", Kind::Staff),
    ("/staff/complaints/{reference}/{step}", Kind::Staff),
    ("/staff/letters/{id}", Kind::Staff),
    ("/staff/tasks", Kind::Staff),
    ("/staff/log", Kind::Staff),
    ("/staff/reports", Kind::Staff),
    ("/staff/self-assessment", Kind::Staff),
    ("/staff/self-assessment/{provision}", Kind::Admin),
    ("/staff/case-files/{reference}", Kind::Staff),
    ("/staff/log/new", Kind::Staff),
    ("/staff/colleagues", Kind::Admin),
    ("/staff/tokens", Kind::Admin),
    ("/staff/closure-days", Kind::Admin),
    ("/staff/out-of-hours", Kind::Admin),
    ("/staff/categories", Kind::Admin),
    // Routes outside the pages.
    ("/live", Kind::Account),
    ("/attachments/{id}", Kind::Account),
    ("POST /complaint/new/attachments", Kind::Account),
    // The API (operations from its OpenAPI document).
    ("GET /api/v1/complaints", Kind::Api),
    ("POST /api/v1/complaints", Kind::Api),
    ("GET /api/v1/complaints/{reference}", Kind::Api),
    ("POST /api/v1/complaints/{reference}/events", Kind::Api),
    ("GET /api/v1/categories", Kind::Api),
    ("GET /api/v1/reports/{year}", Kind::Api),
    // Server functions (signing out last: it ends the asker's session).
    ("/api/account", Kind::Account),
    ("/api/account/activate", Kind::Account),
    ("/api/account/activate/new-code", Kind::Account),
    ("/api/account/complaint", Kind::Account),
    ("/api/account/complaint-ask", Kind::Account),
    ("/api/account/complaint-request", Kind::Account),
    ("/api/account/complaints", Kind::Account),
    ("/api/account/email", Kind::Account),
    ("/api/account/email/confirm", Kind::Public),
    ("/api/account/home", Kind::Account),
    ("/api/account/home/decide", Kind::Account),
    ("/api/account/letter", Kind::Account),
    ("/api/account/letters", Kind::Account),
    ("/api/account/name", Kind::Account),
    ("/api/account/preferences", Kind::Account),
    ("/api/account/representatives", Kind::Account),
    ("/api/account/representatives/decide", Kind::Account),
    ("/api/account/representatives/invite", Kind::Account),
    (
        "/api/account/representatives/withdraw-invitation",
        Kind::Account,
    ),
    ("/api/complaint/about-you", Kind::Account),
    ("/api/complaint/attachments/done", Kind::Account),
    ("/api/complaint/attachments/remove", Kind::Account),
    ("/api/complaint/compliment", Kind::Account),
    ("/api/complaint/concern", Kind::Account),
    ("/api/complaint/consent", Kind::Account),
    ("/api/complaint/details", Kind::Account),
    ("/api/complaint/draft", Kind::Account),
    ("/api/complaint/for-whom", Kind::Account),
    ("/api/complaint/late", Kind::Account),
    ("/api/complaint/purpose", Kind::Account),
    ("/api/complaint/receipt", Kind::Account),
    ("/api/complaint/resident", Kind::Account),
    ("/api/complaint/send", Kind::Account),
    ("/api/complaint/support", Kind::Account),
    ("/api/invitation", Kind::Public),
    ("/api/invitation/accept", Kind::Account),
    ("/api/new-password", Kind::Public),
    ("/api/register", Kind::Public),
    ("/api/register/representative", Kind::Public),
    ("/api/reset-password", Kind::Public),
    ("/api/sign-in", Kind::Public),
    ("/api/verify-email", Kind::Public),
    ("/api/two-factor", Kind::SecondFactor),
    ("/api/two-factor/page", Kind::SecondFactor),
    ("/api/two-factor/recovery", Kind::SecondFactor),
    ("/api/two-factor/recovery-codes", Kind::SecondFactor),
    ("/api/staff/activation-posted", Kind::Staff),
    ("/api/staff/case", Kind::Staff),
    ("/api/staff/colleagues", Kind::Admin),
    ("/api/staff/colleagues/reset-second-factor", Kind::Admin),
    ("/api/staff/letter", Kind::Staff),
    ("/api/staff/queue", Kind::Staff),
    ("/api/staff/record", Kind::Staff),
    ("/api/staff/step", Kind::Staff),
    ("/api/staff/task-done", Kind::Staff),
    ("/api/staff/tasks", Kind::Staff),
    ("/api/staff/find-resident", Kind::Staff),
    ("/api/staff/log-form", Kind::Staff),
    ("/api/staff/log", Kind::Staff),
    ("/api/staff/report", Kind::Staff),
    ("/api/staff/self-assessment", Kind::Staff),
    ("/api/staff/self-assessment/form", Kind::Admin),
    ("/api/staff/self-assessment/save", Kind::Admin),
    ("/api/staff/case-file", Kind::Staff),
    ("/api/staff/tokens", Kind::Admin),
    ("/api/staff/tokens/create", Kind::Admin),
    ("/api/staff/tokens/revoke", Kind::Admin),
    ("/api/staff/opening", Kind::Admin),
    ("/api/staff/opening/closure-days/add", Kind::Admin),
    ("/api/staff/opening/closure-days/remove", Kind::Admin),
    ("/api/staff/categories", Kind::Admin),
    ("/api/staff/categories/add", Kind::Admin),
    ("/api/staff/categories/retire", Kind::Admin),
    ("/api/staff/opening/out-of-hours", Kind::Admin),
    ("/api/sign-out", Kind::Public),
    ("/api/display", Kind::Public),
    ("/api/language", Kind::Public),
];

/// Everyone who asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    SignedOut,
    ResidentA,
    ResidentB,
    JointTenant,
    Unlinked,
    RepBeforeConsent,
    RepAfterConsent,
    RepAfterWithdrawal,
    Handler,
    ComplaintsOfficer,
    Administrator,
    ApiToken,
}

const EVERYONE: [Who; 12] = [
    Who::SignedOut,
    Who::ResidentA,
    Who::ResidentB,
    Who::JointTenant,
    Who::Unlinked,
    Who::RepBeforeConsent,
    Who::RepAfterConsent,
    Who::RepAfterWithdrawal,
    Who::Handler,
    Who::ComplaintsOfficer,
    Who::Administrator,
    Who::ApiToken,
];

impl Who {
    fn colleague(self) -> bool {
        matches!(
            self,
            Who::Handler | Who::ComplaintsOfficer | Who::Administrator
        )
    }
    fn has_cookie(self) -> bool {
        !matches!(self, Who::SignedOut | Who::ApiToken)
    }
}

/// The words of each complaint, which only those who may see it may be shown.
const OWN_A: &str = "Words of resident A 7c41";
const OWN_B: &str = "Words of resident B 9e02";
const REP_BEFORE: &str = "Words sent before consent 3a77";
const REP_AFTER: &str = "Words sent with consent 5d18";
const REP_WITHDRAWN: &str = "Words sent before withdrawal 8b63";
const ALL_WORDS: [&str; 5] = [OWN_A, OWN_B, REP_BEFORE, REP_AFTER, REP_WITHDRAWN];
/// A file resident A added to a complaint they have not sent: only theirs.
const FILE_WORDS: &str = "File of resident A 4f90";

/// What `who` must never be shown.
fn forbidden(who: Who) -> Vec<&'static str> {
    let mut words: Vec<&str> = match who {
        Who::SignedOut | Who::Unlinked | Who::ApiToken => ALL_WORDS.to_vec(),
        Who::RepBeforeConsent | Who::RepAfterWithdrawal => ALL_WORDS.to_vec(),
        Who::ResidentA => vec![OWN_B],
        Who::ResidentB => vec![OWN_A, REP_BEFORE, REP_AFTER, REP_WITHDRAWN],
        Who::JointTenant => vec![OWN_A, OWN_B],
        Who::RepAfterConsent => vec![OWN_A, OWN_B, REP_BEFORE, REP_WITHDRAWN],
        Who::Handler | Who::ComplaintsOfficer | Who::Administrator => vec![],
    };
    if who != Who::ResidentA {
        words.push(FILE_WORDS);
    }
    words
}

struct World {
    server: TestServer,
    cookies: Vec<(Who, String)>,
    token: String,
    references: Vec<String>,
    attachment: String,
}

impl World {
    fn cookie(&self, who: Who) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(w, _)| *w == who)
            .map(|(_, c)| c.as_str())
    }
}

async fn consent_id(server: &TestServer, resident: &str, reference: &str) -> String {
    let cookie = resident.split_once('=').expect("name=value").1;
    let account = server
        .backend
        .session(&backend::accounts::SessionToken::from_cookie(cookie))
        .await
        .expect("reads")
        .expect("signed in");
    server
        .backend
        .consents_for_resident(account.id)
        .await
        .expect("reads")
        .into_iter()
        .find(|c| c.complaint_reference == reference)
        .expect("a consent")
        .id
        .to_string()
}

async fn decide(server: &TestServer, resident: &str, consent: &str, decision: &str) {
    let decided = common::post_form(
        server,
        "/account",
        "/api/account/representatives/decide",
        &[("consent", consent), ("decision", decision)],
        Some(resident),
    )
    .await;
    assert_eq!(common::location(&decided), "/account?saved=representatives");
}

async fn world() -> World {
    let server = common::spawn().await;
    let a = signed_in(&server, "a@example.com").await;
    let b = signed_in_home(&server, "b@example.com", "10023456", "BB10 1AA").await;
    let joint = signed_in(&server, "joint@example.com").await;
    common::register_with(
        &server,
        "unlinked@example.com",
        "10012345",
        "BB11 2ED",
        ["", "", ""],
        "",
    )
    .await;
    let unlinked = common::confirm_and_sign_in(&server, "unlinked@example.com").await;
    let own_a = file_complaint_saying(&server, &a, OWN_A).await;
    let own_b = file_complaint_saying(&server, &b, OWN_B).await;

    let before = representative(&server, "before@advice.example.org", "Rep Before").await;
    let rep_before = file_for_resident(&server, &before, "10012345", REP_BEFORE).await;
    let after = representative(&server, "after@advice.example.org", "Rep After").await;
    let rep_after = file_for_resident(&server, &after, "10012345", REP_AFTER).await;
    let withdrawn = representative(&server, "withdrawn@advice.example.org", "Rep Withdrawn").await;
    let rep_withdrawn = file_for_resident(&server, &withdrawn, "10012345", REP_WITHDRAWN).await;
    let allow = consent_id(&server, &a, &rep_after).await;
    decide(&server, &a, &allow, "allow").await;
    let allow = consent_id(&server, &a, &rep_withdrawn).await;
    decide(&server, &a, &allow, "allow").await;
    decide(&server, &a, &allow, "withdraw").await;

    // A file resident A adds to a new complaint, not sent.
    let uploaded = client()
        .post(format!("{}/complaint/new/attachments", server.base))
        .header("cookie", &a)
        .header("origin", &server.base)
        .multipart(
            reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(
                    format!("%PDF-1.4\n{FILE_WORDS}\n%%EOF").into_bytes(),
                )
                .file_name("note.pdf")
                .mime_str("application/pdf")
                .expect("type"),
            ),
        )
        .send()
        .await
        .expect("uploads");
    assert!(uploaded.status().is_redirection(), "{}", uploaded.status());
    let attachments = common::page(&server, "/complaint/new/attachments", &a).await;
    let attachment = attachments
        .split("href=\"/attachments/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the file's link")
        .to_owned();

    let handler = colleague(
        &server,
        "handler@calicohomes.org.uk",
        "Hal Ward",
        Role::Handler,
    )
    .await;
    let officer = colleague(
        &server,
        "officer@calicohomes.org.uk",
        "Olu Grant",
        Role::ComplaintsOfficer,
    )
    .await;
    let admin = colleague(
        &server,
        "admin@calicohomes.org.uk",
        "Ash Cole",
        Role::Administrator,
    )
    .await;
    // A letter for each resident's complaint, so letter routes have something to refuse.
    for reference in [&own_a, &own_b] {
        let recorded = common::post_form(
            &server,
            &format!("/staff/complaints/{reference}/stage1_acknowledged"),
            "/api/staff/record",
            &[
                ("reference", reference.as_str()),
                ("step", "stage1_acknowledged"),
                ("occurred_at", "2026-11-30T09:00"),
                ("by", "Hal Ward"),
                ("contact", "01282 686300"),
                ("about", "The matter raised."),
                ("outcome_sought", "As asked."),
            ],
            Some(&handler),
        )
        .await;
        assert!(recorded.status().is_redirection());
    }
    let (_, token) = server
        .backend
        .create_api_token("Housing system", "test")
        .await
        .expect("token");
    World {
        cookies: vec![
            (Who::ResidentA, a),
            (Who::ResidentB, b),
            (Who::JointTenant, joint),
            (Who::Unlinked, unlinked),
            (Who::RepBeforeConsent, before),
            (Who::RepAfterConsent, after),
            (Who::RepAfterWithdrawal, withdrawn),
            (Who::Handler, handler),
            (Who::ComplaintsOfficer, officer),
            (Who::Administrator, admin),
        ],
        server,
        token,
        references: vec![own_a, own_b, rep_before, rep_after, rep_withdrawn],
        attachment,
    }
}

/// The concrete paths a route pattern is asked with: every complaint for `{reference}`.
fn fill(pattern: &str, world: &World) -> Vec<String> {
    let mut paths = vec![pattern.to_owned()];
    if pattern.contains("{reference}") {
        paths = world
            .references
            .iter()
            .map(|r| pattern.replace("{reference}", r))
            .collect();
    }
    paths
        .into_iter()
        .flat_map(|p| {
            if p.starts_with("/attachments/") {
                vec![p.replace("{id}", &world.attachment)]
            } else if p.contains("{id}") {
                (1..=3)
                    .map(|id| p.replace("{id}", &id.to_string()))
                    .collect()
            } else {
                vec![p
                    .replace("{request}", "add-information")
                    .replace("{provision}", "6.2")
                    .replace("{step}", "stage1_acknowledged")]
            }
        })
        .collect()
}

/// Arguments for a server function: the ids of things that are mostly not the asker's, and
/// choices left empty, so that nothing is changed for good by the matrix itself.
fn arguments(reference: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("reference", reference),
        // One whose assessment needs answers: sent empty, it is refused.
        ("provision", "5.14"),
        ("id", "1"),
        ("letter", "1"),
        ("consent", "1"),
        ("request", "1"),
        ("invitation", "1"),
        ("decision", ""),
        ("step", ""),
        ("token", "not-a-token"),
        ("key", ""),
        ("code", "00000000"),
        ("recovery_code", ""),
        ("email", ""),
        ("password", ""),
        ("kind", ""),
        ("page", "1"),
    ]
}

fn body_check(seen: &mut Vec<(Who, &'static str)>, who: Who, route: &str, status: u16, body: &str) {
    assert!(status < 500, "{who:?} {route}: {status}\n{body}");
    for words in ALL_WORDS {
        if body.contains(words) && !seen.contains(&(who, words)) {
            seen.push((who, words));
        }
    }
    for words in forbidden(who) {
        assert!(
            !body.contains(words),
            "{who:?} was shown {words:?} by {route} ({status})"
        );
    }
}

fn location(response: &reqwest::Response) -> String {
    common::location(response)
}

/// The status a page of `kind` gives `who`.
fn page_status(kind: Kind, who: Who, route: &str, response: &reqwest::Response) {
    let status = response.status().as_u16();
    let to_sign_in = (300..400).contains(&status) && location(response).starts_with("/sign-in");
    if route.starts_with("/attachments/") {
        // Only whoever added a file may open it.
        assert_eq!(
            status == 200,
            who == Who::ResidentA,
            "{who:?} {route}: {status}"
        );
        return;
    }
    match kind {
        Kind::Account | Kind::Staff | Kind::Admin if !who.has_cookie() => {
            assert!(
                to_sign_in,
                "{who:?} {route}: {status} {}",
                location(response)
            );
        }
        Kind::Staff | Kind::Admin if !who.colleague() => {
            assert_eq!(status, 403, "{who:?} {route}");
        }
        Kind::Staff => assert!(status == 200 || status == 404, "{who:?} {route}: {status}"),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn everyone_gets_the_right_answer_and_nothing_they_may_not_see_from_every_route() {
    let world = world().await;
    let server = &world.server;

    // Every route has a rule, and every rule a route.
    let mut routes: Vec<String> = server::page_paths();
    routes.extend(leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()));
    routes.extend(
        [
            "/live",
            "/attachments/{id}",
            "POST /complaint/new/attachments",
        ]
        .map(String::from),
    );
    let openapi: serde_json::Value = client()
        .get(format!("{}/api/v1/openapi.json", server.base))
        .send()
        .await
        .expect("responds")
        .json()
        .await
        .expect("json");
    for (path, operations) in openapi["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys() {
            routes.push(format!("{} {path}", method.to_uppercase()));
        }
    }
    for route in &routes {
        assert!(
            RULES.iter().any(|(r, _)| r == route),
            "{route} has no rule: add it to RULES with who may use it"
        );
    }
    for (rule, _) in RULES {
        assert!(
            routes.iter().any(|r| r == rule),
            "{rule} is no route any more"
        );
    }

    let http = client();
    let mut seen = Vec::new();
    for (route, kind) in RULES {
        for who in EVERYONE {
            let cookie = world.cookie(who);
            if let Some(path) = route
                .strip_prefix("GET ")
                .or_else(|| route.strip_prefix("POST "))
            {
                let post = route.starts_with("POST ");
                for path in fill(path, &world) {
                    let mut request = if post {
                        http.post(format!("{}{path}", server.base))
                            .header("origin", &server.base)
                    } else {
                        http.get(format!("{}{path}", server.base))
                    };
                    if let Some(cookie) = cookie {
                        request = request.header("cookie", cookie);
                    }
                    if who == Who::ApiToken {
                        request = request.bearer_auth(&world.token);
                    }
                    if post && path.starts_with("/api/v1/") {
                        request = request.json(&serde_json::json!({}));
                    }
                    let response = request.send().await.expect("responds");
                    let status = response.status().as_u16();
                    if *kind == Kind::Api {
                        if who == Who::ApiToken {
                            assert!(status != 401 && status != 403, "{route}: {status}");
                        } else {
                            assert_eq!(status, 401, "{who:?} {route}");
                        }
                    } else if !who.has_cookie() {
                        assert!(status != 200, "{who:?} {route}: {status}");
                    }
                    let body = response.text().await.unwrap_or_default();
                    let who_for_words = if *kind == Kind::Api && who == Who::ApiToken {
                        Who::Administrator
                    } else {
                        who
                    };
                    body_check(&mut seen, who_for_words, route, status, &body);
                }
            } else if route.starts_with("/api/") {
                for reference in &world.references {
                    let mut request = http
                        .post(format!("{}{route}", server.base))
                        .header("origin", &server.base)
                        .form(&arguments(reference));
                    if let Some(cookie) = cookie {
                        request = request.header("cookie", cookie);
                    }
                    let response = request.send().await.expect("responds");
                    let status = response.status().as_u16();
                    if matches!(kind, Kind::Staff | Kind::Admin)
                        && who.has_cookie()
                        && !who.colleague()
                    {
                        assert_eq!(status, 403, "{who:?} {route}");
                    }
                    let body = response.text().await.unwrap_or_default();
                    body_check(&mut seen, who, route, status, &body);
                }
            } else if *route == "/live" {
                let mut request = http.get(format!("{}/live?after=0", server.base));
                if let Some(cookie) = cookie {
                    request = request.header("cookie", cookie);
                }
                let mut response = request.send().await.expect("responds");
                let status = response.status().as_u16();
                if who.has_cookie() {
                    assert_eq!(status, 200, "{who:?} /live");
                } else {
                    assert_eq!(status, 401, "{who:?} /live");
                }
                let mut heard = String::new();
                let _ = tokio::time::timeout(std::time::Duration::from_millis(300), async {
                    while let Ok(Some(chunk)) = response.chunk().await {
                        heard.push_str(&String::from_utf8_lossy(&chunk));
                    }
                })
                .await;
                body_check(&mut seen, who, route, status, &heard);
                // A stream names only complaints its listener may follow.
                if matches!(who, Who::ResidentB) {
                    assert!(!heard.contains(&world.references[0]), "{heard}");
                }
            } else {
                for path in fill(route, &world) {
                    let response = common::get_page(server, &path, cookie).await;
                    page_status(*kind, who, &path, &response);
                    let status = response.status().as_u16();
                    let body = response.text().await.unwrap_or_default();
                    body_check(&mut seen, who, &path, status, &body);
                }
            }
        }
    }

    // Not a matrix of refusals only: everyone saw what they may.
    let saw = |who: Who, words: &'static str| seen.contains(&(who, words));
    assert!(saw(Who::ResidentA, OWN_A) && saw(Who::ResidentA, REP_AFTER));
    assert!(saw(Who::ResidentB, OWN_B));
    assert!(saw(Who::JointTenant, REP_AFTER));
    assert!(saw(Who::RepAfterConsent, REP_AFTER));
    for who in [Who::Handler, Who::ComplaintsOfficer, Who::Administrator] {
        for words in ALL_WORDS {
            assert!(saw(who, words), "{who:?} never saw {words:?}");
        }
    }
    for words in ALL_WORDS {
        assert!(saw(Who::Administrator, words));
    }
}
