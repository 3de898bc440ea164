//! Making a complaint, reporting a safety concern and giving a compliment over HTTP, as a
//! browser without JavaScript does it.

mod common;

use common::{get_page, location, post_form, signed_in, spawn, TestServer};

async fn page(server: &TestServer, path: &str, session: &str) -> String {
    get_page(server, path, Some(session))
        .await
        .text()
        .await
        .expect("html")
}

/// Posts one page of the journey and returns where it sends the browser.
async fn answer(
    server: &TestServer,
    from: &str,
    endpoint: &str,
    fields: &[(&str, &str)],
    session: &str,
) -> String {
    location(&post_form(server, from, endpoint, fields, Some(session)).await)
}

const SUPPORT: &[(&str, &str)] = &[("contact_method", "email")];

/// The key the "Send" button carries.
fn send_key(check_page: &str) -> String {
    check_page
        .split("name=\"key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a key on the check page")
        .to_owned()
}

async fn complaint_up_to_check(server: &TestServer, session: &str) {
    let next = answer(
        server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
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

#[tokio::test]
async fn a_resident_files_a_complaint_page_by_page_and_gets_a_reference_and_an_email() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    complaint_up_to_check(&server, &session).await;
    let check = page(&server, "/complaint/new/check", &session).await;
    assert!(check.contains("Check your answers"));
    assert!(check.contains("The lift at Centenary Court has been broken for three weeks."));
    assert!(check.contains("Monday 2 November 2026"));
    let sent = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        &session,
    )
    .await;
    assert_eq!(sent, "/complaints/CMP-2026-000001/sent");
    let confirmation = page(&server, &sent, &session).await;
    assert!(confirmation.contains("Complaint sent"));
    assert!(confirmation.contains("CMP-2026-000001"));
    assert!(confirmation.contains("We will contact you to acknowledge your complaint by"));
    assert!(
        confirmation.contains("0300 111 3000"),
        "the Ombudsman's details"
    );
    let mail = server
        .backend
        .mail_to("alex@example.com")
        .await
        .expect("outbox");
    assert_eq!(
        mail.last().expect("an acknowledgement").subject,
        "We have received your complaint: CMP-2026-000001"
    );
}

#[tokio::test]
async fn sending_the_same_answers_twice_files_one_complaint() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    complaint_up_to_check(&server, &session).await;
    let key = send_key(&page(&server, "/complaint/new/check", &session).await);
    let first = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &key)],
        &session,
    )
    .await;
    let second = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &key)],
        &session,
    )
    .await;
    assert_eq!(first, second, "the retry lands on the same confirmation");
    let mail = server
        .backend
        .mail_to("alex@example.com")
        .await
        .expect("outbox");
    assert_eq!(
        mail.iter()
            .filter(|m| m.subject.starts_with("We have received"))
            .count(),
        1
    );
}

#[tokio::test]
async fn a_rejected_page_keeps_every_answer_and_so_does_a_reload() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    answer(
        &server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
        &session,
    )
    .await;
    let long = "x".repeat(5001);
    let back = answer(
        &server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[
            ("what_happened", &long),
            ("incident_day", "31"),
            ("incident_month", "2"),
            ("incident_year", "2026"),
            ("outcome", "An apology"),
        ],
        &session,
    )
    .await;
    assert!(back.contains("/complaint/new/details?"), "{back}");
    assert!(back.len() < 1000, "the answers are not in the address");
    let rejected = page(&server, &back, &session).await;
    assert!(rejected.contains("What happened must be 5000 characters or fewer (you have 5001)"));
    assert!(rejected.contains("The date it happened must be a real date"));
    assert!(rejected.contains("An apology</textarea>"));
    let reloaded = page(&server, "/complaint/new/details", &session).await;
    assert!(
        reloaded.contains("An apology</textarea>"),
        "the draft kept it"
    );
    assert!(reloaded.contains("value=\"31\""));
    assert!(reloaded.contains(&long), "even the over-long answer");
}

#[tokio::test]
async fn an_incident_over_twelve_months_ago_asks_why_and_files_with_the_reason() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    answer(
        &server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
        &session,
    )
    .await;
    let next = answer(
        &server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[
            ("what_happened", "Damp in the bedroom was never treated."),
            ("incident_day", "1"),
            ("incident_month", "9"),
            ("incident_year", "2025"),
            ("outcome", "Treat the damp."),
        ],
        &session,
    )
    .await;
    assert_eq!(next, "/complaint/new/late");
    let late = page(&server, &next, &session).await;
    assert!(late.contains("This happened more than 12 months ago"));
    let next = answer(
        &server,
        "/complaint/new/late",
        "/api/complaint/late",
        &[("late_reason", "I was in hospital.")],
        &session,
    )
    .await;
    assert_eq!(next, "/complaint/new/support");
}

#[tokio::test]
async fn a_repair_is_steered_to_the_repairs_route() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let next = answer(
        &server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "repair")],
        &session,
    )
    .await;
    assert_eq!(next, "/complaint/new/repair");
    let steer = page(&server, &next, &session).await;
    assert!(steer.contains("Make a complaint about how a repair was handled"));
}

#[tokio::test]
async fn nobody_else_can_read_a_confirmation_or_file_without_signing_in() {
    let server = spawn().await;
    let alex = signed_in(&server, "alex@example.com").await;
    complaint_up_to_check(&server, &alex).await;
    let key = send_key(&page(&server, "/complaint/new/check", &alex).await);
    let sent = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &key)],
        &alex,
    )
    .await;

    let sam = signed_in(&server, "sam@example.com").await;
    let theirs = page(&server, &sent, &sam).await;
    assert!(theirs.contains("We could not find that reference in your account."));
    assert!(!theirs.contains("The lift at Centenary Court"));
    let api = common::client()
        .post(format!("{}/api/complaint/receipt", server.base))
        .header("cookie", &sam)
        .form(&[("reference", "CMP-2026-000001")])
        .send()
        .await
        .expect("responds");
    assert_eq!(api.text().await.expect("body"), "null");

    let signed_out = get_page(&server, "/complaint/new", None).await;
    assert_eq!(location(&signed_out), "/sign-in");
    let refused = common::client()
        .post(format!("{}/api/complaint/purpose", server.base))
        .form(&[("purpose", "complaint")])
        .send()
        .await
        .expect("responds");
    assert_eq!(refused.status(), 401);
}

#[tokio::test]
async fn sending_more_than_the_server_takes_gets_a_page_saying_what_to_do() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let response = post_form(
        &server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[("what_happened", &huge)],
        Some(&session),
    )
    .await;
    assert_eq!(response.status(), 413);
    let page = response.text().await.expect("html");
    assert!(page.contains("That was too much to send"));
    assert!(page.contains("Use your browser's Back button to return to your answers"));
}
