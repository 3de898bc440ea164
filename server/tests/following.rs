//! Following a complaint at the HTTP level, as a browser without JavaScript uses it (and as
//! `EventSource` reads `/live`): a resident sees where their complaint is and asks for a review
//! only while the window is open; nobody reads another resident's complaint, letters or live
//! events by changing an id.

mod common;

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration};
use common::{
    file_complaint, location, page, post_form, signed_in, signed_in_home, spawn_with_clock,
    Landing, TestServer,
};
use domain::complaint::{Event, EventKind, Response};

fn start() -> chrono::DateTime<chrono::Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc()
}

/// Records a step as a colleague would (the console and the API are tested elsewhere).
async fn staff(server: &TestServer, reference: &str, kind: EventKind) -> i64 {
    server.clock.advance(Duration::minutes(5));
    let event = Event::new(server.backend.now().fixed_offset(), kind).by("Sam Patel");
    server
        .backend
        .record_event(reference, &event, "Sam Patel (sam@calicohomes.org.uk)")
        .await
        .expect("records")
        .event
}

fn acknowledgement() -> EventKind {
    EventKind::Stage1Acknowledged {
        handler: Some("Sam Patel".into()),
        handler_contact: Some("01282 686300".into()),
        about: Some("The broken lift".into()),
        outcome_sought: Some("Fix the lift".into()),
        handler_account: None,
    }
}

fn response() -> EventKind {
    EventKind::Stage1Responded(Response {
        about: "The broken lift".into(),
        outcome_sought: "Fix the lift".into(),
        decision: "Upheld".into(),
        reasons: "It took too long".into(),
        remedy: "£50 and a new lift motor".into(),
        outcome: Some(domain::outcomes::Outcome::Upheld),
        categories: vec!["repairs".into()],
    })
}

/// Asks for `request` on the complaint through the page's form; where the browser is sent.
async fn ask(
    server: &TestServer,
    session: &str,
    reference: &str,
    request: &str,
    fields: &[(&str, &str)],
) -> Landing {
    let from = format!("/account/complaints/{reference}/{request}");
    let mut all = vec![("reference", reference), ("request", request)];
    all.extend_from_slice(fields);
    let response = post_form(
        server,
        &from,
        "/api/account/complaint-ask",
        &all,
        Some(session),
    )
    .await;
    assert_eq!(response.status(), 302, "{request}");
    Landing::of(server, &response, Some(session))
}

/// The card of the complaint at `href` in the account page's list.
fn card<'a>(account: &'a str, href: &str) -> &'a str {
    let start = account
        .find(&format!("href=\"{href}\""))
        .expect("the complaint's card");
    let card = &account[start..];
    &card[..card.find("</li>").expect("the card's end")]
}

async fn events(server: &TestServer, reference: &str) -> usize {
    server
        .backend
        .case(reference)
        .await
        .expect("reads")
        .expect("case")
        .events
        .len()
}

#[tokio::test]
async fn a_resident_follows_their_complaint_and_asks_for_a_review_only_in_the_window() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let sam = signed_in_home(&server, "sam@example.com", "10023456", "BB10 1AA").await;
    let reference = file_complaint(&server, &alex).await;
    let own_page = format!("/account/complaints/{reference}");

    let account = page(&server, "/account", &alex).await;
    assert!(account.contains("Your complaints"));
    assert!(account.contains(&format!("href=\"{own_page}\"")));
    assert!(account.contains("Acknowledgement due by Monday 30 November 2026, 5 working days left"));

    staff(&server, &reference, acknowledgement()).await;
    let followed = page(&server, &own_page, &alex).await;
    assert!(
        followed.contains("Sam Patel, 01282 686300"),
        "who handles it"
    );
    assert!(followed.contains("The broken lift"), "the definition");
    assert!(followed.contains("Stage 1 response due by Monday 7 December 2026"));
    assert!(followed.contains("<ol class=\"timeline stages\">"));
    assert!(followed.contains("Done on Monday 23 November 2026"));
    assert!(followed.contains("This page was last updated on Monday 23 November 2026"));
    assert!(
        !followed.contains("Ask for a review (Stage 2)"),
        "no review before the Stage 1 response"
    );
    // Asked too early, whatever the form sent.
    let early = ask(&server, &alex, &reference, "review", &[]).await;
    assert!(early
        .page(&server)
        .await
        .contains("A review can be asked for once we have sent our Stage 1 response."));

    staff(&server, &reference, response()).await;
    let responded = page(&server, &own_page, &alex).await;
    assert!(responded.contains("You can ask for a review until Thursday 7 January 2027."));
    // While the window is open, the browser counts its working days again.
    let account = page(&server, "/account", &alex).await;
    let open = card(&account, &own_page);
    assert!(
        open.contains(
            "You can ask for a review until Thursday 7 January 2027, 30 working days left"
        ),
        "{open}"
    );
    assert!(open.contains("data-component=\"Countdown_"), "{open}");
    assert!(
        responded.contains("href=\"/account/letters/"),
        "its letters"
    );

    // Another resident learns nothing by changing the reference, and can do nothing with it.
    let theirs = page(&server, &own_page, &sam).await;
    assert!(theirs.contains("There is no complaint with that reference in your account."));
    assert!(!theirs.contains("The broken lift"));
    let form = page(&server, &format!("{own_page}/withdraw"), &sam).await;
    assert!(form.contains("There is no complaint with that reference in your account."));
    let refused = ask(&server, &sam, &reference, "withdraw", &[]).await;
    assert!(refused
        .page(&server)
        .await
        .contains("There is no complaint with that reference in your account."));
    assert!(!page(&server, "/account", &sam).await.contains(&reference));
    let letter = responded
        .split("href=\"/account/letters/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a letter");
    let letter_page = page(&server, &format!("/account/letters/{letter}"), &sam).await;
    assert!(letter_page.contains("There is no letter with that number that you can read."));
    assert!(!letter_page.contains("The broken lift"));
    assert_eq!(
        events(&server, &reference).await,
        3,
        "nothing recorded for Sam"
    );

    // Inside the window: the review starts Stage 2, with its acknowledgement due.
    let review_form = page(&server, &format!("{own_page}/review"), &alex).await;
    assert!(review_form.contains("You can ask for a review until Thursday 7 January 2027."));
    assert!(
        review_form.contains("(optional)"),
        "reasons are not required"
    );
    let done = ask(
        &server,
        &alex,
        &reference,
        "review",
        &[("still_unhappy", "The lift broke again.")],
    )
    .await;
    assert_eq!(done, format!("{own_page}?done=review"));
    let stage2 = done.page(&server).await;
    assert!(stage2.contains("You have asked for a review."));
    assert!(stage2.contains("Stage 2 acknowledgement due by"));
    assert!(stage2.contains("The lift broke again."));
}

#[tokio::test]
async fn after_the_window_only_a_late_request_with_a_reason_is_taken() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    staff(&server, &reference, acknowledgement()).await;
    staff(&server, &reference, response()).await;
    let own_page = format!("/account/complaints/{reference}");
    // The window closed at the end of Thursday 7 January 2027; it is now days later (and
    // the resident signs in again).
    server.clock.advance(Duration::days(50));
    let alex = sign_in(&server, "alex@example.com").await;
    let closed = page(&server, &own_page, &alex).await;
    assert!(
        closed.contains("The time to ask for a review ended on Thursday 7 January 2027."),
        "{}",
        &closed[closed.find("What happens next").unwrap_or(0)..]
    );
    assert!(closed.contains("Ask for a review after the time to ask has ended"));
    // Once the window has closed, what the account page says of it never changes: it is
    // sent as words alone, with nothing for the browser to count.
    let account = page(&server, "/account", &alex).await;
    let ended = card(&account, &own_page);
    assert!(
        ended.contains("The time to ask for a review ended on Thursday 7 January 2027"),
        "{ended}"
    );
    assert!(!ended.contains("leptos-island"), "{ended}");
    assert!(closed.contains("0300 111 3000"), "the Ombudsman, always");
    assert!(!closed.contains(&format!("href=\"{own_page}/review\"")));

    // A crafted request in the usual way is refused by the server, and nothing is recorded.
    let before = events(&server, &reference).await;
    let crafted = ask(&server, &alex, &reference, "review", &[]).await;
    let refused = crafted.page(&server).await;
    assert!(refused.contains("The time to ask for a review ended on Thursday 7 January 2027."));
    assert_eq!(events(&server, &reference).await, before);

    // A late request needs its reason; what was typed comes back.
    let back = ask(
        &server,
        &alex,
        &reference,
        "late-review",
        &[("still_unhappy", "The lift")],
    )
    .await;
    let form = back.page(&server).await;
    assert!(form.contains("Enter why you are asking after the time to ask has ended"));
    assert!(form.contains(">The lift</textarea>"));
    let done = ask(
        &server,
        &alex,
        &reference,
        "late-review",
        &[("reason", "I was in hospital.")],
    )
    .await;
    assert_eq!(done, format!("{own_page}?done=late-review"));
    let waiting = done.page(&server).await;
    assert!(waiting.contains("The Complaints Officer will decide whether to accept it"));
    assert_eq!(events(&server, &reference).await, before + 1);
}

#[tokio::test]
async fn added_information_and_a_withdrawal_are_recorded_with_a_confirmation_step() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let own_page = format!("/account/complaints/{reference}");
    let blank = ask(&server, &alex, &reference, "add-information", &[]).await;
    assert!(blank
        .page(&server)
        .await
        .contains("Enter the information you want to add to your complaint"));
    let added = ask(
        &server,
        &alex,
        &reference,
        "add-information",
        &[("information", "It broke again on Sunday.")],
    )
    .await;
    assert!(added
        .page(&server)
        .await
        .contains("It broke again on Sunday."));
    let confirm = page(&server, &format!("{own_page}/withdraw"), &alex).await;
    assert!(confirm.contains("Are you sure you want to withdraw your complaint?"));
    assert!(confirm.contains("No, keep my complaint"));
    let withdrawn = ask(&server, &alex, &reference, "withdraw", &[]).await;
    let closed = withdrawn.page(&server).await;
    assert!(closed.contains("Your complaint has been withdrawn."));
    assert!(!closed.contains(&format!("href=\"{own_page}/withdraw\"")));
}

async fn sign_in(server: &TestServer, email: &str) -> String {
    let response = post_form(
        server,
        "/sign-in",
        "/api/sign-in",
        &[("email", email), ("password", common::PASSWORD)],
        None,
    )
    .await;
    assert_eq!(location(&response), "/account");
    common::session_pair(&response)
}

/// Reads the stream until `wanted` appears or `within` passes; everything read.
async fn read_until(response: &mut reqwest::Response, wanted: &str, within: StdDuration) -> String {
    let mut text = String::new();
    let _ = tokio::time::timeout(within, async {
        while let Ok(Some(chunk)) = response.chunk().await {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains(wanted) {
                break;
            }
        }
    })
    .await;
    text
}

async fn listen(
    server: &TestServer,
    session: &str,
    after: Option<i64>,
    last_id: Option<i64>,
) -> reqwest::Response {
    let mut request = common::client()
        .get(format!(
            "{}/live{}",
            server.base,
            after.map(|a| format!("?after={a}")).unwrap_or_default()
        ))
        .header("accept", "text/event-stream")
        .header("cookie", session);
    if let Some(id) = last_id {
        request = request.header("last-event-id", id.to_string());
    }
    request.send().await.expect("stream")
}

#[tokio::test]
async fn live_events_reach_only_those_who_may_see_them_and_a_reconnection_catches_up() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let sam = signed_in_home(&server, "sam@example.com", "10023456", "BB10 1AA").await;
    let reference = file_complaint(&server, &alex).await;
    let seen = server.backend.last_event_id().await.expect("reads");

    let signed_out = common::client()
        .get(format!("{}/live", server.base))
        .send()
        .await
        .expect("answers");
    assert_eq!(signed_out.status(), 401);

    let mut alex_stream = listen(&server, &alex, Some(seen), None).await;
    assert_eq!(alex_stream.status(), 200);
    assert!(alex_stream
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream")));
    let mut sam_stream = listen(&server, &sam, Some(seen), None).await;
    assert_eq!(sam_stream.status(), 200);
    let id = staff(&server, &reference, acknowledgement()).await;
    let announced = format!(
        "Your complaint {reference} was acknowledged. A response is due by Monday 7 December 2026."
    );
    let got = read_until(&mut alex_stream, &announced, StdDuration::from_secs(2)).await;
    assert!(got.contains(&format!("id: {id}")), "{got}");
    assert!(
        got.contains(&format!("data: {reference}\ndata: {announced}")),
        "{got}"
    );
    let nothing = read_until(&mut sam_stream, &reference, StdDuration::from_millis(1500)).await;
    assert!(nothing.contains(": listening"), "{nothing}");
    assert!(
        !nothing.contains(&reference),
        "Sam is told nothing: {nothing}"
    );

    // A browser reconnecting with the last id it saw is sent what it missed, and a bare
    // `after` cannot reach back into another's complaint.
    drop(alex_stream);
    let later = staff(&server, &reference, response()).await;
    let mut again = listen(&server, &alex, None, Some(id)).await;
    let missed = read_until(&mut again, "Stage 1 response", StdDuration::from_secs(2)).await;
    assert!(missed.contains(&format!("id: {later}")), "{missed}");
    let mut sam_again = listen(&server, &sam, Some(0), None).await;
    assert_eq!(sam_again.status(), 200);
    let still_nothing =
        read_until(&mut sam_again, &reference, StdDuration::from_millis(1500)).await;
    assert!(still_nothing.contains(": listening"), "{still_nothing}");
    assert!(!still_nothing.contains(&reference), "{still_nothing}");
}

#[tokio::test]
async fn one_session_may_hold_only_so_many_live_streams_open() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let sam = signed_in_home(&server, "sam@example.com", "10023456", "BB10 1AA").await;
    let mut open = Vec::new();
    for _ in 0..10 {
        let stream = listen(&server, &alex, None, None).await;
        assert_eq!(stream.status(), 200);
        open.push(stream);
    }
    assert_eq!(
        listen(&server, &alex, None, None).await.status(),
        429,
        "the eleventh"
    );
    assert_eq!(
        listen(&server, &sam, None, None).await.status(),
        200,
        "another session's are its own"
    );
    // A tab closed gives its place back.
    drop(open.pop());
    let mut again = 0;
    for _ in 0..50 {
        again = listen(&server, &alex, None, None).await.status().as_u16();
        if again == 200 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(again, 200);
}

/// Every stream of a process waits on one shared look at the database: an event recorded by
/// another process (a second server, a command) still reaches the page, and signing out ends
/// the page's stream at once rather than at its next check.
#[tokio::test]
async fn another_process_events_reach_live_streams_and_signing_out_ends_them_at_once() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let seen = server.backend.last_event_id().await.expect("reads");
    let mut stream = listen(&server, &alex, Some(seen), None).await;
    assert_eq!(stream.status(), 200);
    let mut other_tab = listen(&server, &alex, Some(seen), None).await;

    let elsewhere = backend::Backend::connect(&format!(
        "sqlite://{}/calico.db",
        server.dir.path().display()
    ))
    .await
    .expect("a second process's connection")
    .with_clock(server.clock.clone());
    server.clock.advance(Duration::minutes(5));
    let event = Event::new(elsewhere.now().fixed_offset(), acknowledgement()).by("Sam Patel");
    let id = elsewhere
        .record_event(&reference, &event, "Sam Patel (sam@calicohomes.org.uk)")
        .await
        .expect("records")
        .event;
    let got = read_until(&mut stream, "was acknowledged", StdDuration::from_secs(4)).await;
    assert!(got.contains(&format!("id: {id}")), "{got}");

    let signed_out = post_form(&server, "/account", "/api/sign-out", &[], Some(&alex)).await;
    assert_eq!(location(&signed_out), "/sign-in?signed_out=1");
    for tab in [&mut stream, &mut other_tab] {
        let ended = tokio::time::timeout(StdDuration::from_secs(2), async {
            while let Ok(Some(_)) = tab.chunk().await {}
        })
        .await;
        assert!(ended.is_ok(), "the stream ends when its session does");
    }
}
