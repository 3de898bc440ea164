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
    server::follow_database(backend.clone());
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

/// The date of birth (day, month, year) and phone number the demo register holds for each
/// tenancy's lead tenant: what proves the tenancy at registration (`domain::linking`).
pub fn demo_proof(rent_reference: &str) -> Option<([&'static str; 3], &'static str)> {
    match rent_reference {
        "10012345" => Some((["2", "4", "1980"], "07700 900123")),
        "10023456" => Some((["14", "9", "1975"], "07700 900234")),
        "10034567" => Some((["30", "1", "1991"], "07700 900345")),
        "10045678" => Some((["5", "11", "1968"], "07700 900456")),
        _ => None,
    }
}

/// Registers `email` for the tenancy `rent_reference` (one of the demo register's), with its
/// lead tenant's date of birth and phone, so that the account is linked once confirmed.
pub async fn register_home(
    server: &TestServer,
    email: &str,
    rent_reference: &str,
    postcode: &str,
) -> reqwest::Response {
    let ([day, month, year], phone) = demo_proof(rent_reference).unwrap_or_default();
    register_with(
        server,
        email,
        rent_reference,
        postcode,
        [day, month, year],
        phone,
    )
    .await
}

/// Registers with exactly the given date of birth and phone (empty for none).
pub async fn register_with(
    server: &TestServer,
    email: &str,
    rent_reference: &str,
    postcode: &str,
    [day, month, year]: [&str; 3],
    phone: &str,
) -> reqwest::Response {
    post_form(
        server,
        "/register",
        "/api/register",
        &[
            ("email", email),
            ("rent_reference", rent_reference),
            ("postcode", postcode),
            ("dob_day", day),
            ("dob_month", month),
            ("dob_year", year),
            ("phone", phone),
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
    confirm_and_sign_in(server, email).await
}

/// Confirms the address of a registered `email` from its mail and signs in: the session's
/// cookie pair.
pub async fn confirm_and_sign_in(server: &TestServer, email: &str) -> String {
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
    complaint_saying_up_to_check(
        server,
        session,
        "The lift at Centenary Court has been broken for three weeks.",
    )
    .await;
}

/// One page of a journey: the page, the server function its form posts to, what is typed,
/// and the page it leads to.
pub struct Step {
    pub page: &'static str,
    pub endpoint: &'static str,
    pub fields: Vec<(&'static str, String)>,
    pub next: &'static str,
}

pub fn step(
    page: &'static str,
    endpoint: &'static str,
    fields: &[(&'static str, &str)],
    next: &'static str,
) -> Step {
    Step {
        page,
        endpoint,
        fields: fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        next,
    }
}

/// Answers each page of `steps` in turn, checking where each leads.
pub async fn walk(server: &TestServer, session: &str, steps: Vec<Step>) {
    for step in steps {
        let fields: Vec<(&str, &str)> = step.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let next = answer(server, step.page, step.endpoint, &fields, session).await;
        assert_eq!(next, step.next, "after {}", step.page);
    }
}

/// The pages of a complaint up to "Check your answers", with `what_happened` as its
/// description.
pub fn complaint_steps(what_happened: &str) -> Vec<Step> {
    vec![
        step(
            "/complaint/new",
            "/api/complaint/purpose",
            &[("purpose", "complaint")],
            "/complaint/new/for-whom",
        ),
        step(
            "/complaint/new/for-whom",
            "/api/complaint/for-whom",
            &[("for_whom", "me")],
            "/complaint/new/details",
        ),
        step(
            "/complaint/new/details",
            "/api/complaint/details",
            &[
                ("what_happened", what_happened),
                ("incident_day", "2"),
                ("incident_month", "11"),
                ("incident_year", "2026"),
                (
                    "already_reported",
                    "Reported by phone on 3 November, reference R-5521.",
                ),
                ("outcome", "Fix the lift and tell me when it will be done."),
            ],
            "/complaint/new/attachments",
        ),
        step(
            "/complaint/new/attachments",
            "/api/complaint/attachments/done",
            &[],
            "/complaint/new/support",
        ),
        step(
            "/complaint/new/support",
            "/api/complaint/support",
            SUPPORT,
            "/complaint/new/check",
        ),
    ]
}

/// [`complaint_up_to_check`] with `what_happened` as its description.
pub async fn complaint_saying_up_to_check(server: &TestServer, session: &str, what_happened: &str) {
    walk(server, session, complaint_steps(what_happened)).await;
}

/// Files a complaint for the signed-in resident and returns its reference.
pub async fn file_complaint(server: &TestServer, session: &str) -> String {
    file_complaint_saying(
        server,
        session,
        "The lift at Centenary Court has been broken for three weeks.",
    )
    .await
}

/// [`file_complaint`] with `what_happened` as its description.
pub async fn file_complaint_saying(
    server: &TestServer,
    session: &str,
    what_happened: &str,
) -> String {
    complaint_saying_up_to_check(server, session, what_happened).await;
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
        "/two-factor",
        "a colleague passes the second factor first"
    );
    let session = session_pair(&response);
    let code = second_factor_code(server, &session).await;
    let passed = post_form(
        server,
        "/two-factor",
        "/api/two-factor",
        &[("code", &code)],
        Some(&session),
    )
    .await;
    assert_eq!(location(&passed), "/two-factor/recovery-codes");
    session
}

/// The code a colleague's authenticator app shows now, set up from the secret the
/// second-factor page gives while it is not set up.
pub async fn second_factor_code(server: &TestServer, session: &str) -> String {
    let page = page(server, "/two-factor", session).await;
    let secret = page
        .split("data-secret=\"")
        .nth(1)
        .and_then(|rest| rest.split("secret=").nth(1))
        .and_then(|rest| rest.split('&').next())
        .expect("the setup key")
        .to_owned();
    let now = u64::try_from(server.backend.now().timestamp()).expect("after 1970");
    backend::second_factor::code_at(&secret, now).expect("a code")
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

/// Registers someone who acts for residents, confirms the address and signs in.
pub async fn representative(server: &TestServer, email: &str, name: &str) -> String {
    let registered = post_form(
        server,
        "/register/representative",
        "/api/register/representative",
        &[
            ("name", name),
            ("email", email),
            ("password", PASSWORD),
            ("confirm_password", PASSWORD),
        ],
        None,
    )
    .await;
    assert_eq!(location(&registered), "/register/check-email");
    let mail = server.backend.mail_to(email).await.expect("outbox");
    let token = link_token(&mail.last().expect("a link").body);
    post_form(
        server,
        "/verify-email",
        "/api/verify-email",
        &[("token", &token)],
        None,
    )
    .await;
    let signed = post_form(
        server,
        "/sign-in",
        "/api/sign-in",
        &[("email", email), ("password", PASSWORD)],
        None,
    )
    .await;
    session_pair(&signed)
}

/// A representative files a complaint for the lead tenant of `rent_reference`, saying
/// `what_happened`, with consent told to a colleague; its reference.
pub async fn file_for_resident(
    server: &TestServer,
    session: &str,
    rent_reference: &str,
    what_happened: &str,
) -> String {
    let steps = vec![
        // Someone who acts for residents is never asked who it is for.
        step(
            "/complaint/new",
            "/api/complaint/purpose",
            &[("purpose", "complaint")],
            "/complaint/new/about-you",
        ),
        step(
            "/complaint/new/about-you",
            "/api/complaint/about-you",
            &[("relationship", "advocate")],
            "/complaint/new/resident",
        ),
        step(
            "/complaint/new/resident",
            "/api/complaint/resident",
            &[
                ("resident_name", "The lead tenant"),
                ("resident_reference", rent_reference),
            ],
            "/complaint/new/consent",
        ),
        step(
            "/complaint/new/consent",
            "/api/complaint/consent",
            &[
                ("consent_method", "verbal"),
                ("consent_day", "20"),
                ("consent_month", "11"),
                ("consent_year", "2026"),
                ("consent_to", "Sam at the contact centre"),
                ("consent_scope", "this_complaint"),
            ],
            "/complaint/new/details",
        ),
        step(
            "/complaint/new/details",
            "/api/complaint/details",
            &[
                ("what_happened", what_happened),
                ("incident_day", "16"),
                ("incident_month", "11"),
                ("incident_year", "2026"),
                ("outcome", "Put it right."),
            ],
            "/complaint/new/attachments",
        ),
        step(
            "/complaint/new/attachments",
            "/api/complaint/attachments/done",
            &[],
            "/complaint/new/support",
        ),
        step(
            "/complaint/new/support",
            "/api/complaint/support",
            SUPPORT,
            "/complaint/new/check",
        ),
    ];
    walk(server, session, steps).await;
    let check = page(server, "/complaint/new/check", session).await;
    let sent = answer(
        server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        session,
    )
    .await;
    assert!(sent.ends_with("/sent"), "{sent}");
    sent.trim_start_matches("/complaints/")
        .trim_end_matches("/sent")
        .to_owned()
}

/// The account number of the colleague with `email`, as the step forms' "Who is handling it"
/// sends it.
pub async fn colleague_account(server: &TestServer, email: &str) -> String {
    server
        .backend
        .colleagues()
        .await
        .expect("reads the colleagues")
        .into_iter()
        .find(|c| c.email == email)
        .expect("a colleague with that email")
        .id
        .to_string()
}
