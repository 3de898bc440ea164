//! The letters colleagues post and the calls they make, at the HTTP level: a resident who
//! wants letters by post gets a task instead of an email, and a colleague marks it done once.
//! (Its own test binary: the console's tests share one process, and each starts a server.)

mod common;

use chrono::{DateTime, Duration};
use common::{
    colleague, location, page, post_form, signed_in, spawn_with_clock, Landing, TestServer,
};
use domain::handling::Role;

/// Records a step through the console's form.
async fn record(
    server: &TestServer,
    session: &str,
    reference: &str,
    step: &str,
    fields: &[(&str, &str)],
) {
    let from = format!("/staff/complaints/{reference}/{step}");
    let mut all = vec![("reference", reference), ("step", step)];
    all.extend_from_slice(fields);
    let response = post_form(server, &from, "/api/staff/record", &all, Some(session)).await;
    assert_eq!(response.status(), 302, "{step}");
}

#[tokio::test]
async fn letters_to_post_wait_on_the_task_list_until_a_colleague_marks_them_done() {
    let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let resident = signed_in(&server, "alex@example.com").await;
    // This complaint asks for letters by post.
    common::complaint_up_to_check(&server, &resident).await;
    common::answer(
        &server,
        "/complaint/new/support",
        "/api/complaint/support",
        &[("contact_method", "letter")],
        &resident,
    )
    .await;
    let check = page(&server, "/complaint/new/check", &resident).await;
    let sent = common::answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &common::send_key(&check))],
        &resident,
    )
    .await;
    let reference = sent
        .trim_start_matches("/complaints/")
        .trim_end_matches("/sent")
        .to_owned();
    let staff = colleague(
        &server,
        "sam@calicohomes.org.uk",
        "Sam Patel",
        Role::Handler,
    )
    .await;
    let sam = common::colleague_account(&server, "sam@calicohomes.org.uk").await;
    assert!(page(&server, "/staff", &staff)
        .await
        .contains("Letters to post and calls to make (0)"));
    server.clock.advance(Duration::minutes(10));
    record(
        &server,
        &staff,
        &reference,
        "stage1_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:10"),
            ("by", "Sam Patel"),
            ("colleague", &sam),
            ("contact", "01282 686300"),
            ("about", "The broken lift."),
            ("outcome_sought", "Fix the lift."),
        ],
    )
    .await;
    assert!(page(&server, "/staff", &staff)
        .await
        .contains("Letters to post and calls to make (1)"));
    let tasks = page(&server, "/staff/tasks", &staff).await;
    assert!(tasks.contains(&format!("Post the letter: {reference}")));
    assert!(tasks.contains("Flat 1, Centenary Court, Croft Street, Burnley"));
    assert!(tasks.contains("Stage 1 acknowledgement"));
    assert!(
        server
            .backend
            .mail_to("alex@example.com")
            .await
            .expect("outbox")
            .iter()
            .all(|m| !m.subject.contains("acknowledgement")),
        "no email for a resident who asked for post"
    );
    let id = tasks
        .split("name=\"id\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a task")
        .to_owned();
    let refused = post_form(
        &server,
        "/account",
        "/api/staff/task-done",
        &[("id", &id)],
        Some(&resident),
    )
    .await;
    assert_eq!(refused.status(), 403, "not for residents");
    let done = post_form(
        &server,
        "/staff/tasks",
        "/api/staff/task-done",
        &[("id", &id)],
        Some(&staff),
    )
    .await;
    assert_eq!(location(&done), format!("/staff/tasks?done={id}"));
    let listed = page(&server, &location(&done), &staff).await;
    assert!(listed.contains("Marked as done."));
    assert!(listed.contains("There is nothing to post or phone about."));
    assert!(
        listed.contains("Done by Sam Patel (sam@calicohomes.org.uk) on Monday 23 November 2026")
    );
    let again = post_form(
        &server,
        "/staff/tasks",
        "/api/staff/task-done",
        &[("id", &id)],
        Some(&staff),
    )
    .await;
    let again = Landing::of(&server, &again, Some(&staff))
        .page(&server)
        .await;
    assert!(again.contains("That task was already done, or is not there."));
}
