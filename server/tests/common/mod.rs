//! Shared helpers for the server's HTTP tests: the real router on a random port.
#![allow(dead_code)]

use std::net::SocketAddr;

use server::config::Config;
use server::{open_backend, router, AppState};

pub struct TestServer {
    pub base: String,
    pub backend: backend::Backend,
    pub dir: tempfile::TempDir,
    /// The backend's clock: the system's, or a fixed one the test moves.
    pub clock: backend::Clock,
}

pub async fn spawn() -> TestServer {
    spawn_with_clock(backend::Clock::system()).await
}

/// The server on a clock the test controls.
pub async fn spawn_with_clock(clock: backend::Clock) -> TestServer {
    spawn_with(clock, None, false).await
}

/// The server as it runs behind HTTPS at `base_url` (it is still reached over plain HTTP here).
pub async fn spawn_at(base_url: &str) -> TestServer {
    spawn_with(backend::Clock::system(), Some(base_url.to_owned()), false).await
}

/// The server told to believe a reverse proxy's `X-Forwarded-For`.
pub async fn spawn_behind_proxy() -> TestServer {
    spawn_with(backend::Clock::system(), None, true).await
}

async fn spawn_with(
    clock: backend::Clock,
    base_url: Option<String>,
    trust_proxy: bool,
) -> TestServer {
    let dir = tempfile::tempdir().expect("temporary folder");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site folder");
    std::fs::write(
        site.join("pkg/calico.js"),
        "export default 1;\n".repeat(200),
    )
    .expect("bundle");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let config = Config {
        database_url: format!("sqlite://{}/calico.db", dir.path().display()),
        bind: addr,
        base_url,
        site_root: Some(site.display().to_string()),
        leptos_toml: concat!(env!("CARGO_MANIFEST_DIR"), "/../leptos.toml").into(),
        demo: true,
        mail_dir: dir.path().join("mail"),
        mail_from: "test@example.com".into(),
        smtp_url: None,
        trust_proxy,
    };
    let backend = open_backend(&config)
        .await
        .expect("database")
        .with_clock(clock.clone());
    backend.seed_demo_tenancies().await.expect("demo register");
    let state = AppState::new(&config, backend.clone()).expect("the bundle's settings");
    let app = router(&config, state);
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    TestServer {
        base: format!("http://{addr}"),
        backend,
        dir,
        clock,
    }
}

/// A client that keeps no cookies and follows no redirects: tests see every response.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Gets a page the way a browser navigating to it does.
pub async fn get_page(server: &TestServer, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let url = if path.starts_with("http") {
        path.to_owned()
    } else {
        format!("{}{path}", server.base)
    };
    let mut request = client()
        .get(url)
        .header("accept", "text/html,application/xhtml+xml");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("request")
}

/// Posts a form on page `from` to a server function the way a browser without JavaScript does.
pub async fn post_form(
    server: &TestServer,
    from: &str,
    path: &str,
    fields: &[(&str, &str)],
    cookie: Option<&str>,
) -> reqwest::Response {
    let body: String = fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut request = client()
        .post(format!("{}{path}", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html")
        .header("origin", server.base.clone())
        .header("referer", format!("{}{from}", server.base))
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("request")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub const PASSWORD: &str = "correct horse battery staple";

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

pub async fn register(server: &TestServer, email: &str, postcode: &str) -> reqwest::Response {
    register_home(server, email, "10012345", postcode).await
}

/// Registers `email` for the tenancy `rent_reference` (one of the demo register's).
pub async fn register_home(
    server: &TestServer,
    email: &str,
    rent_reference: &str,
    postcode: &str,
) -> reqwest::Response {
    post_form(
        server,
        "/register",
        "/api/register",
        &[
            ("email", email),
            ("rent_reference", rent_reference),
            ("postcode", postcode),
            ("password", PASSWORD),
            ("confirm_password", PASSWORD),
        ],
        None,
    )
    .await
}

pub fn link_token(body: &str) -> String {
    body.split("token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a link")
        .to_owned()
}

/// Registers, confirms the address from the outbox mail, and returns the session cookie pair.
pub async fn signed_in(server: &TestServer, email: &str) -> String {
    signed_in_home(server, email, "10012345", "BB11 2ED").await
}

/// [`signed_in`] for the tenancy `rent_reference` with its `postcode`.
pub async fn signed_in_home(
    server: &TestServer,
    email: &str,
    rent_reference: &str,
    postcode: &str,
) -> String {
    register_home(server, email, rent_reference, postcode).await;
    let mail = server.backend.mail_to(email).await.expect("outbox");
    let token = link_token(&mail.last().expect("verification mail").body);
    let confirmed = post_form(
        server,
        "/verify-email",
        "/api/verify-email",
        &[("token", &token)],
        None,
    )
    .await;
    assert_eq!(location(&confirmed), "/sign-in?confirmed=1");
    let response = post_form(
        server,
        "/sign-in",
        "/api/sign-in",
        &[("email", email), ("password", PASSWORD)],
        None,
    )
    .await;
    assert_eq!(location(&response), "/account");
    session_pair(&response)
}

pub fn session_pair(response: &reqwest::Response) -> String {
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("a cookie");
    cookie.split(';').next().expect("name=value").to_owned()
}

pub async fn page(server: &TestServer, path: &str, session: &str) -> String {
    get_page(server, path, Some(session))
        .await
        .text()
        .await
        .expect("html")
}

/// Posts one page of the journey and returns where it sends the browser.
pub async fn answer(
    server: &TestServer,
    from: &str,
    endpoint: &str,
    fields: &[(&str, &str)],
    session: &str,
) -> String {
    location(&post_form(server, from, endpoint, fields, Some(session)).await)
}

pub const SUPPORT: &[(&str, &str)] = &[("contact_method", "email")];

/// The key the "Send" button carries.
pub fn send_key(check_page: &str) -> String {
    check_page
        .split("name=\"key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a key on the check page")
        .to_owned()
}

pub async fn complaint_up_to_check(server: &TestServer, session: &str) {
    let next = answer(
        server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
        session,
    )
    .await;
    assert_eq!(next, "/complaint/new/for-whom");
    let next = answer(
        server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "me")],
        session,
    )
    .await;
    assert_eq!(next, "/complaint/new/details");
    let next = answer(
        server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[
            (
                "what_happened",
                "The lift at Centenary Court has been broken for three weeks.",
            ),
            ("incident_day", "2"),
            ("incident_month", "11"),
            ("incident_year", "2026"),
            (
                "already_reported",
                "Reported by phone on 3 November, reference R-5521.",
            ),
            ("outcome", "Fix the lift and tell me when it will be done."),
        ],
        session,
    )
    .await;
    assert_eq!(next, "/complaint/new/attachments");
    let next = answer(
        server,
        "/complaint/new/attachments",
        "/api/complaint/attachments/done",
        &[],
        session,
    )
    .await;
    assert_eq!(next, "/complaint/new/support");
    let next = answer(
        server,
        "/complaint/new/support",
        "/api/complaint/support",
        SUPPORT,
        session,
    )
    .await;
    assert_eq!(next, "/complaint/new/check");
}

/// Files a complaint for the signed-in resident and returns its reference.
pub async fn file_complaint(server: &TestServer, session: &str) -> String {
    complaint_up_to_check(server, session).await;
    let check = page(server, "/complaint/new/check", session).await;
    let sent = answer(
        server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        session,
    )
    .await;
    sent.trim_start_matches("/complaints/")
        .trim_end_matches("/sent")
        .to_owned()
}

/// Adds a colleague, sets their password through their link, signs them in, and returns the
/// session cookie. A colleague lands on the work queue.
pub async fn colleague(
    server: &TestServer,
    email: &str,
    name: &str,
    role: domain::handling::Role,
) -> String {
    let backend::handling::StaffAdded::Added { link } = server
        .backend
        .add_staff(
            &domain::values::Email::parse(email).expect("email"),
            name,
            role,
            &server.base,
        )
        .await
        .expect("adds")
    else {
        panic!("already there");
    };
    let token = link.split("token=").nth(1).expect("token");
    let password = domain::accounts::Password::new(PASSWORD, None).expect("password");
    assert!(server
        .backend
        .reset_password(token, &password)
        .await
        .expect("sets"));
    let response = post_form(
        server,
        "/sign-in",
        "/api/sign-in",
        &[("email", email), ("password", PASSWORD)],
        None,
    )
    .await;
    assert_eq!(
        location(&response),
        "/staff",
        "a colleague starts at the queue"
    );
    session_pair(&response)
}

/// Where a form post sends the browser, and the cookies it arrives with: the session's, and
/// the one that finds the refusal a refused post was kept under (never in the address).
#[derive(Debug, Clone)]
pub struct Landing {
    pub path: String,
    pub cookies: String,
}

impl Landing {
    /// Where `response` sends a browser signed in with `session` (if any).
    pub fn of(server: &TestServer, response: &reqwest::Response, session: Option<&str>) -> Self {
        let path = location(response)
            .trim_start_matches(&server.base)
            .to_owned();
        assert!(
            !path.contains("__err") && !path.contains("__path"),
            "nothing typed goes in an address: {path}"
        );
        let refusal = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("calico_refusal=") && !v.starts_with("calico_refusal=;"))
            .and_then(|v| v.split(';').next())
            .map(str::to_owned);
        let cookies = session
            .map(str::to_owned)
            .into_iter()
            .chain(refusal)
            .collect::<Vec<_>>()
            .join("; ");
        Self { path, cookies }
    }

    /// Whether the post was refused (the page will show why).
    pub fn refused(&self) -> bool {
        self.cookies.contains("calico_refusal=")
    }

    /// The page it lands on, as the browser gets it.
    pub async fn page(&self, server: &TestServer) -> String {
        let cookies = (!self.cookies.is_empty()).then_some(self.cookies.as_str());
        get_page(server, &self.path, cookies)
            .await
            .text()
            .await
            .expect("html")
    }
}

impl std::fmt::Display for Landing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)
    }
}

impl PartialEq<String> for Landing {
    fn eq(&self, other: &String) -> bool {
        &self.path == other
    }
}

impl PartialEq<&str> for Landing {
    fn eq(&self, other: &&str) -> bool {
        self.path == *other
    }
}
