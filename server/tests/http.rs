//! The real router on a random port, spoken to over HTTP.

mod common;

use common::spawn;

fn client() -> reqwest::Client {
    reqwest::Client::builder().build().expect("client")
}

#[tokio::test]
async fn healthz_answers_ok_when_the_database_answers() {
    let server = spawn().await;
    let response = client()
        .get(format!("{}/healthz", server.base))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.text().await.expect("body"), "ok\n");
}

#[tokio::test]
async fn the_home_page_is_rendered_on_the_server_with_its_security_headers() {
    let server = spawn().await;
    let response = client().get(&server.base).send().await.expect("request");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    let csp = headers["content-security-policy"].to_str().expect("ascii");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("the page's policy names a nonce");
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(
        !headers.contains_key("strict-transport-security"),
        "no HSTS over plain http"
    );
    let html = response.text().await.expect("body");
    assert!(
        html.contains("<h1 class=\"heading-xl\">Your Calico Account</h1>"),
        "server-rendered"
    );
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the inline script carries the header's nonce"
    );
    assert!(
        html.contains(r#"("/pkg","calico")</script>"#),
        "the residents' bundle wakes the islands"
    );
    assert!(
        !html.contains("rel=\"preload\"") && !html.contains("modulepreload"),
        "nothing competes with the page and its stylesheet before they are drawn"
    );
}

#[tokio::test]
async fn each_page_gets_a_fresh_nonce() {
    let server = spawn().await;
    let policy = |r: reqwest::Response| {
        r.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_owned()
    };
    let first = policy(client().get(&server.base).send().await.expect("request"));
    let second = policy(client().get(&server.base).send().await.expect("request"));
    assert_ne!(first, second);
}

#[tokio::test]
async fn an_unknown_address_is_a_404_page() {
    let server = spawn().await;
    let response = client()
        .get(format!("{}/no/such/page", server.base))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 404);
    assert!(response.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .contains("'nonce-"));
    assert!(response
        .text()
        .await
        .expect("body")
        .contains("Page not found"));
}

#[tokio::test]
async fn static_files_get_the_strict_policy_and_are_compressed() {
    let server = spawn().await;
    let raw = reqwest::Client::builder()
        .no_brotli()
        .no_gzip()
        .build()
        .expect("client");
    let response = raw
        .get(format!("{}/pkg/calico.js", server.base))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .expect("ascii");
    assert!(
        !csp.contains("nonce"),
        "no inline script allowed outside pages: {csp}"
    );
}

#[tokio::test]
async fn html_is_compressed_for_browsers_that_ask() {
    let server = spawn().await;
    let raw = reqwest::Client::builder()
        .no_brotli()
        .no_gzip()
        .build()
        .expect("client");
    let response = raw
        .get(&server.base)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn over_https_every_cookie_has_the_host_prefix_and_an_unprefixed_one_is_not_believed() {
    let server = common::spawn_at("https://account.example").await;
    let origin = "https://account.example";
    let post = |path: &str, fields: &[(&str, &str)]| {
        common::client()
            .post(format!("{}{path}", server.base))
            .header("accept", "text/html")
            .header("origin", origin)
            .header("referer", format!("{origin}/sign-in"))
            .form(fields)
            .send()
    };
    post(
        "/api/register",
        &[
            ("email", "alex@example.com"),
            ("rent_reference", "10012345"),
            ("postcode", "BB11 2ED"),
            ("password", common::PASSWORD),
            ("confirm_password", common::PASSWORD),
        ],
    )
    .await
    .expect("registers");
    let mail = server
        .backend
        .mail_to("alex@example.com")
        .await
        .expect("outbox");
    let token = common::link_token(&mail.last().expect("a link").body);
    post("/api/verify-email", &[("token", &token)])
        .await
        .expect("verifies");
    let signed_in = post(
        "/api/sign-in",
        &[
            ("email", "alex@example.com"),
            ("password", common::PASSWORD),
        ],
    )
    .await
    .expect("signs in");
    let cookie = signed_in
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("a cookie: {signed_in:?}"))
        .to_owned();
    assert!(
        cookie.starts_with("__Host-calico_session=")
            && cookie.contains("; Path=/")
            && cookie.contains("; Secure")
            && !cookie.contains("Domain"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().expect("name=value").to_owned();
    let account = common::get_page(&server, "/account", Some(&pair)).await;
    assert_eq!(account.status(), 200);
    assert!(account.text().await.expect("html").contains("Signed in as"));
    let unprefixed = pair.trim_start_matches("__Host-");
    let page = common::get_page(&server, "/account", Some(unprefixed)).await;
    assert_eq!(
        common::location(&page),
        "/sign-in?return=/account",
        "not believed"
    );
    // A refused form's answers are found again over https too: the cookie that finds them is
    // written with the name it is read by.
    let refused = post(
        "/api/sign-in",
        &[("email", "not an email"), ("password", "x")],
    )
    .await
    .expect("responds");
    let refusal = refused
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.contains("calico_refusal="))
        .expect("a refusal cookie")
        .to_owned();
    assert!(
        refusal.starts_with("__Host-calico_refusal=") && refusal.contains("; Secure"),
        "{refusal}"
    );
    let back = common::get_page(
        &server,
        common::location(&refused).trim_start_matches(origin),
        Some(refusal.split(';').next().expect("name=value")),
    )
    .await
    .text()
    .await
    .expect("html");
    assert!(back.contains("value=\"not an email\""), "{back}");
}
