//! The JSON API under /api/v1, as the housing management system calls it: a complaint driven
//! through both stages, and every rule of the Code it must refuse, each with a JSON error a
//! person can act on.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{client, file_complaint, signed_in, spawn, spawn_with_clock, TestServer};
use serde_json::{json, Value};

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc()
}

async fn token(server: &TestServer) -> String {
    server
        .backend
        .create_api_token("Housing system", "test")
        .await
        .expect("token")
        .1
}

async fn get(server: &TestServer, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut request = client().get(format!("{}{path}", server.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("responds");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

async fn post_event(
    server: &TestServer,
    token: &str,
    reference: &str,
    event: Value,
) -> (u16, Value) {
    let response = client()
        .post(format!(
            "{}/api/v1/complaints/{reference}/events",
            server.base
        ))
        .bearer_auth(token)
        .json(&event)
        .send()
        .await
        .expect("responds");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

/// `now` on the server's clock, as the API writes it.
fn now(server: &TestServer) -> String {
    server.clock.now().to_rfc3339()
}

#[tokio::test]
async fn the_api_needs_a_live_integration_token_and_a_resident_session_is_not_one() {
    let server = spawn().await;
    let (status, body) = get(&server, "/api/v1/complaints", None).await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "unauthorized");
    assert!(body["message"]
        .as_str()
        .expect("text")
        .contains("Authorization: Bearer"));

    let session = signed_in(&server, "alex@example.com").await;
    let with_cookie = client()
        .get(format!("{}/api/v1/complaints", server.base))
        .header("cookie", &session)
        .send()
        .await
        .expect("responds");
    assert_eq!(
        with_cookie.status(),
        401,
        "a resident's session opens nothing here"
    );

    let (id, live) = server
        .backend
        .create_api_token("Housing system", "test")
        .await
        .expect("token");
    assert_eq!(get(&server, "/api/v1/complaints", Some(&live)).await.0, 200);
    server.backend.revoke_api_token(id).await.expect("revokes");
    let (status, body) = get(&server, "/api/v1/complaints", Some(&live)).await;
    assert_eq!(status, 401);
    assert!(body["message"].as_str().expect("text").contains("revoked"));
}

#[tokio::test]
async fn the_openapi_document_describes_every_operation() {
    let server = spawn().await;
    let response = client()
        .get(format!("{}/api/v1/openapi.json", server.base))
        .send()
        .await
        .expect("responds");
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.expect("JSON");
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."));
    for (path, method) in [
        ("/api/v1/complaints", "get"),
        ("/api/v1/complaints/{reference}", "get"),
        ("/api/v1/complaints/{reference}/events", "post"),
        ("/api/v1/categories", "get"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path}");
    }
    assert!(doc["components"]["securitySchemes"]["api_token"].is_object());
    let (status, body) = get(&server, "/api/v1/nothing", Some(&token(&server).await)).await;
    assert_eq!((status, body["code"].as_str()), (404, Some("not_found")));
}

#[tokio::test]
async fn a_complaint_goes_through_both_stages_and_the_code_is_enforced_on_the_way() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let session = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &session).await;
    let token = token(&server).await;

    let (status, list) = get(
        &server,
        "/api/v1/complaints?state=awaiting_acknowledgement",
        Some(&token),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["reference"], reference.as_str());
    assert_eq!(list["items"][0]["next_deadline"]["by"], "2026-11-30");

    // An acknowledgement that leaves out the complaint's definition is refused.
    let (status, error) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage1_acknowledged", "occurred_at": now(&server), "by": "Sam Patel", "handler": "Sam Patel"}),
    )
    .await;
    assert_eq!((status, error["code"].as_str()), (422, Some("incomplete")));
    assert_eq!(
        error["message"],
        "A Stage 1 acknowledgement must say what the complaint is about, the outcome sought and how to contact them."
    );
    // Nor can it be dated tomorrow.
    let tomorrow = (server.clock.now() + Duration::days(1)).to_rfc3339();
    let acknowledgement = |at: &str| {
        json!({
            "type": "stage1_acknowledged", "occurred_at": at, "by": "Sam Patel",
            "handler": "Sam Patel", "handler_contact": "01282 686300",
            "about": "The lift at Centenary Court has been broken for three weeks.",
            "outcome_sought": "Fix the lift."
        })
    };
    let (status, error) = post_event(&server, &token, &reference, acknowledgement(&tomorrow)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("in_the_future"))
    );

    server.clock.advance(Duration::hours(3));
    let (status, complaint) =
        post_event(&server, &token, &reference, acknowledgement(&now(&server))).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["state"], "stage1_open");
    assert_eq!(complaint["deadlines"]["stage1_respond_by"], "2026-12-07");
    assert_eq!(complaint["events"][1]["recorded_by"], "API: Housing system");
    assert_eq!(complaint["letters"][0]["delivery"], "email");

    // A first extension within the limit; a second past it without a good reason is refused.
    server.clock.advance(Duration::days(1));
    let extend = |days: u32, good: Option<&str>, at: &str| {
        json!({"type": "stage1_extended", "occurred_at": at, "by": "Sam Patel",
               "working_days": days, "reason": "We are waiting for the lift engineer's report.",
               "good_reason": good})
    };
    let (status, complaint) =
        post_event(&server, &token, &reference, extend(5, None, &now(&server))).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["deadlines"]["stage1_respond_by"], "2026-12-14");
    let (status, error) =
        post_event(&server, &token, &reference, extend(10, None, &now(&server))).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("extension_past_limit"))
    );
    assert!(error["message"]
        .as_str()
        .expect("text")
        .contains("extend by 5 working days at most"));

    // The Stage 1 response; logged the day after it was sent.
    let response = |t: &str, at: &str| {
        json!({"type": t, "occurred_at": at, "by": "Sam Patel",
               "about": "The lift", "outcome_sought": "Fix the lift", "decision": "Upheld",
               "reasons": "The repair took too long.", "remedy": "£100 and the lift repaired.",
               "outcome": "upheld", "categories": ["repairs", "communication"]})
    };
    let sent = now(&server);
    server.clock.advance(Duration::days(1));
    // Filed under a category that is not on offer: refused, saying where the list is.
    let (status, categories) = get(&server, "/api/v1/categories", Some(&token)).await;
    assert_eq!(status, 200);
    assert_eq!(categories[0]["code"], "anti_social_behaviour");
    assert_eq!(categories[0]["retired"], false);
    let mut unknown = response("stage1_responded", &sent);
    unknown["categories"] = json!(["lifts"]);
    let (status, error) = post_event(&server, &token, &reference, unknown).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("unknown_category")),
        "{error}"
    );
    assert!(error["message"]
        .as_str()
        .expect("text")
        .contains("GET /api/v1/categories"));
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        response("stage1_responded", &sent),
    )
    .await;
    assert_eq!(status, 201, "{complaint}");
    let answered = complaint["events"]
        .as_array()
        .expect("events")
        .last()
        .expect("the response")
        .clone();
    assert_eq!(answered["outcome"], "upheld");
    assert_eq!(answered["categories"], json!(["repairs", "communication"]));
    assert_eq!(complaint["state"], "stage1_responded");
    assert_eq!(
        complaint["events"][3]["occurred_at"]
            .as_str()
            .map(|t| &t[..10]),
        Some("2026-11-24")
    );

    // An event dated before the one before it is refused.
    let (status, error) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage2_requested", "occurred_at": "2026-11-23T10:00:00Z", "by": "Alex Morgan"}),
    )
    .await;
    assert_eq!(
        (status, error["code"].as_str()),
        (409, Some("before_previous_event"))
    );

    // Stage 2, and a reviewer who handled Stage 1 is refused.
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage2_requested", "occurred_at": now(&server), "by": "Alex Morgan"}),
    )
    .await;
    assert_eq!(status, 201);
    let reviewer = |name: &str, at: &str| {
        json!({"type": "stage2_acknowledged", "occurred_at": at, "by": name,
               "reviewer": name, "reviewer_contact": "01282 686300"})
    };
    let (status, error) = post_event(
        &server,
        &token,
        &reference,
        reviewer(" sam patel ", &now(&server)),
    )
    .await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("stage2_reviewer_is_stage1_handler"))
    );
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        reviewer("Priya Shah", &now(&server)),
    )
    .await;
    assert_eq!(status, 201);
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        response("stage2_responded", &now(&server)),
    )
    .await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["state"], "closed");
    assert_eq!(complaint["closure"], "final_response");
    let letters = complaint["letters"].as_array().expect("letters");
    assert_eq!(
        letters.len(),
        5,
        "acknowledgement, extension, response, Stage 2 acknowledgement, final response"
    );
    assert!(letters[4]["text"]
        .as_str()
        .expect("text")
        .contains("0300 111 3000"));

    // Everything recorded is there, in order, and the resident was mailed each letter.
    let (_, read) = get(
        &server,
        &format!("/api/v1/complaints/{reference}"),
        Some(&token),
    )
    .await;
    assert_eq!(read["events"].as_array().map(Vec::len), Some(7));
    let mail = server
        .backend
        .mail_to("alex@example.com")
        .await
        .expect("outbox");
    assert!(mail
        .iter()
        .any(|m| m.subject == format!("Your complaint {reference}: our final response (Stage 2)")));

    // The history as the API gives it goes into `server deadlines` as it is, with the same
    // state and deadlines out.
    let input = json!({ "events": read["events"] }).to_string();
    let report: Value = serde_json::from_str(&deadlines_command(&input)).expect("JSON");
    assert_eq!(report["state"], read["state"]);
    for (name, by) in read["deadlines"].as_object().expect("deadlines") {
        assert_eq!(&report[name], by, "{name}");
    }
}

/// What `server deadlines` prints for `input` (a fresh database: no closure days, like the
/// test server's).
fn deadlines_command(input: &str) -> String {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("deadlines")
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("writes");
    let output = child.wait_with_output().expect("finishes");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("text")
}

#[tokio::test]
async fn a_stage2_request_after_the_window_is_refused_without_the_officers_discretion() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let session = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &session).await;
    let token = token(&server).await;
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage1_acknowledged", "occurred_at": now(&server), "by": "Sam Patel",
               "handler": "Sam Patel", "handler_contact": "01282 686300",
               "about": "The lift", "outcome_sought": "Fix it"}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage1_responded", "occurred_at": now(&server), "by": "Sam Patel",
               "about": "The lift", "outcome_sought": "Fix it", "decision": "Not upheld",
               "reasons": "It was fixed within our timescale.", "remedy": "None",
               "outcome": "not_upheld", "categories": ["repairs"]}),
    )
    .await;
    assert_eq!(status, 201);
    // 30 working days from Monday 23 November 2026, past Christmas, Boxing Day (on Monday 28)
    // and New Year's Day, end on Thursday 7 January 2027; this is Friday 8 January.
    server.clock.advance(Duration::days(46));
    let (status, error) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage2_requested", "occurred_at": now(&server), "by": "Alex Morgan"}),
    )
    .await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("stage2_request_too_late"))
    );
    assert!(
        error["message"]
            .as_str()
            .expect("text")
            .contains("Thursday 7 January 2027"),
        "{error}"
    );
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage2_requested", "occurred_at": now(&server), "by": "Alex Morgan",
               "discretion": "The resident was in hospital."}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(complaint["state"], "stage2_awaiting_acknowledgement");
}

#[tokio::test]
async fn bad_requests_get_json_errors_that_say_how_to_fix_them() {
    let server = spawn().await;
    let token = token(&server).await;
    let (status, error) = get(&server, "/api/v1/complaints?stage=3", Some(&token)).await;
    assert_eq!((status, error["code"].as_str()), (400, Some("bad_request")));
    let (status, error) = get(&server, "/api/v1/complaints?per_page=500", Some(&token)).await;
    assert_eq!((status, error["code"].as_str()), (400, Some("bad_request")));
    let (status, error) = get(&server, "/api/v1/complaints/CMP-2026-999999", Some(&token)).await;
    assert_eq!((status, error["code"].as_str()), (404, Some("not_found")));
    let (status, error) = post_event(
        &server,
        &token,
        "CMP-2026-999999",
        json!({"type": "teleported"}),
    )
    .await;
    assert_eq!((status, error["code"].as_str()), (400, Some("bad_request")));
    assert!(error["message"]
        .as_str()
        .expect("text")
        .contains("openapi.json"));
    let huge = "x".repeat(100 * 1024);
    let (status, error) = post_event(
        &server,
        &token,
        "CMP-2026-999999",
        json!({"type": "corrected", "occurred_at": now(&server), "by": "Sam", "note": huge}),
    )
    .await;
    assert_eq!((status, error["code"].as_str()), (413, Some("too_large")));
}

#[tokio::test]
async fn the_list_finds_complaints_by_a_search_and_says_how_to_fix_one_it_cannot_use() {
    let server = spawn().await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let token = token(&server).await;
    let (status, found) = get(
        &server,
        "/api/v1/complaints?search=centenary%20court",
        Some(&token),
    )
    .await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["reference"], reference.as_str());
    let (_, none) = get(&server, "/api/v1/complaints?search=padiham", Some(&token)).await;
    assert_eq!(none["total"], 0);
    let (status, refused) = get(
        &server,
        &format!("/api/v1/complaints?search={}", "x".repeat(101)),
        Some(&token),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        refused["message"]
            .as_str()
            .unwrap_or_default()
            .contains("up to 100 characters"),
        "{refused}"
    );
}

#[tokio::test]
async fn a_system_that_knows_the_colleagues_accounts_is_held_to_them_not_to_names() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let session = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &session).await;
    let token = token(&server).await;
    for (email, name) in [
        ("sam@calicohomes.org.uk", "Sam Patel"),
        ("sam.p@calicohomes.org.uk", "Sam Patel"),
    ] {
        common::colleague(
            &server,
            email,
            name,
            domain::handling::Role::ComplaintsOfficer,
        )
        .await;
    }
    let sam = common::colleague_account(&server, "sam@calicohomes.org.uk").await;
    let namesake = common::colleague_account(&server, "sam.p@calicohomes.org.uk").await;
    let account = |id: &str| id.parse::<i64>().expect("number");
    let response = |t: &str, at: &str| {
        json!({"type": t, "occurred_at": at, "by": "Housing system",
               "about": "The lift", "outcome_sought": "Fix the lift", "decision": "Upheld",
               "reasons": "The repair took too long.", "remedy": "£100 and the lift repaired.",
               "outcome": "upheld", "categories": ["repairs", "communication"]})
    };

    // The handler by account: the name is filled in from it.
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        json!({
            "type": "stage1_acknowledged", "occurred_at": now(&server), "by": "Housing system",
            "handler_account": account(&sam), "handler_contact": "01282 686300",
            "about": "The broken lift.", "outcome_sought": "Fix the lift."
        }),
    )
    .await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["stage1_handler"], "Sam Patel", "{complaint}");
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        response("stage1_responded", &now(&server)),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        json!({"type": "stage2_requested", "occurred_at": now(&server), "by": "Alex Morgan"}),
    )
    .await;
    assert_eq!(status, 201);
    let reviewer = |id: i64| {
        json!({"type": "stage2_acknowledged", "occurred_at": now(&server), "by": "Housing system",
               "reviewer_account": id, "reviewer_contact": "01282 686300"})
    };
    // No one who is not a colleague, and not the handler's account, whatever name it carries.
    let resident = server
        .backend
        .session(&backend::accounts::SessionToken::from_cookie(
            session.trim_start_matches("calico_session="),
        ))
        .await
        .expect("reads")
        .expect("signed in")
        .id;
    let (status, error) = post_event(&server, &token, &reference, reviewer(resident)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("not_a_colleague")),
        "{error}"
    );
    let (status, error) = post_event(&server, &token, &reference, reviewer(account(&sam))).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("stage2_reviewer_is_stage1_handler"))
    );
    assert_eq!(
        error["message"],
        "The Stage 2 reviewer must be someone other than Sam Patel, who acknowledged or answered Stage 1."
    );
    // Another colleague of the same name may review.
    let (status, complaint) =
        post_event(&server, &token, &reference, reviewer(account(&namesake))).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["state"], "stage2_open");
}

#[tokio::test]
async fn a_system_agrees_updates_for_a_late_response_and_lists_those_owed() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let session = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &session).await;
    let token = token(&server).await;
    server.clock.advance(Duration::hours(1));
    let (status, _) = post_event(
        &server,
        &token,
        &reference,
        json!({
            "type": "stage1_acknowledged", "occurred_at": now(&server), "by": "Sam Patel",
            "handler": "Sam Patel", "handler_contact": "01282 686300",
            "about": "The lift is broken.", "outcome_sought": "Fix the lift."
        }),
    )
    .await;
    assert_eq!(status, 201);
    let agree = |at: &str, every: u32| {
        json!({"type": "updates_agreed", "occurred_at": at, "by": "Sam Patel",
               "every_working_days": every, "how": "By phone"})
    };
    // On time, with no extension: refused, saying why.
    let (status, error) = post_event(&server, &token, &reference, agree(&now(&server), 5)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("updates_before_delay")),
        "{error}"
    );
    // Due by 7 December: on the 8th it is late, and updates every 5 working days are agreed.
    server.clock.advance(Duration::days(15));
    let (status, error) = post_event(&server, &token, &reference, agree(&now(&server), 0)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("update_interval_out_of_range"))
    );
    let (status, complaint) =
        post_event(&server, &token, &reference, agree(&now(&server), 5)).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["next_update"]["by"], "2026-12-15");
    assert_eq!(complaint["next_update"]["every_working_days"], 5);
    assert_eq!(complaint["update_overdue"], false);
    let (_, list) = get(&server, "/api/v1/complaints?updates_due=true", Some(&token)).await;
    assert_eq!(list["total"], 0);
    // A week later, on the 15th, it is owed today, and listed; the next day it is late.
    server.clock.advance(Duration::days(7));
    let (_, list) = get(&server, "/api/v1/complaints?updates_due=true", Some(&token)).await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["update_overdue"], false);
    server.clock.advance(Duration::days(1));
    let (_, list) = get(&server, "/api/v1/complaints?updates_due=true", Some(&token)).await;
    assert_eq!(list["items"][0]["update_overdue"], true);
    // An update without words is refused; with them, it is sent and starts the next interval.
    let update = |text: &str| json!({"type": "update_given", "occurred_at": now(&server), "by": "Sam Patel", "text": text});
    let (status, error) = post_event(&server, &token, &reference, update(" ")).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("incomplete")),
        "{error}"
    );
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        update("The engineer comes on Monday."),
    )
    .await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["next_update"]["by"], "2026-12-23");
    assert!(complaint["next_events"]
        .as_array()
        .expect("list")
        .contains(&json!("update_given")));
    let (_, list) = get(&server, "/api/v1/complaints?updates_due=true", Some(&token)).await;
    assert_eq!(list["total"], 0);
}

async fn post_complaint(server: &TestServer, token: &str, body: Value) -> (u16, Value) {
    let response = client()
        .post(format!("{}/api/v1/complaints", server.base))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("responds");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

#[tokio::test]
async fn the_housing_system_logs_a_phone_complaint_that_runs_from_when_it_was_received() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let token = token(&server).await;
    // Received on Friday 20 November at 16:30; logged on Monday 23rd.
    let phoned = json!({
        "rent_reference": "1002-3456",
        "kind": "complaint",
        "channel": "phone",
        "received_at": "2026-11-20T16:30:00Z",
        "contact_method": "letter",
        "what_happened": "The roof has leaked since October and nobody came.",
        "incident_date": "2026-10-12",
        "outcome": "Fix the roof.",
        "idempotency_key": "call-4471"
    });
    let (status, logged) = post_complaint(&server, &token, phoned.clone()).await;
    assert_eq!(status, 201, "{logged}");
    assert_eq!(logged["channel"], "phone");
    assert_eq!(
        logged["deadlines"]["acknowledge_by"], "2026-11-27",
        "{logged}"
    );
    assert_eq!(
        logged["events"][0]["by"], "Sam Khan",
        "the register's lead tenant"
    );
    assert_eq!(logged["events"][0]["recorded_by"], "API: Housing system");
    assert_eq!(logged["letters"][0]["delivery"], "post");
    let reference = logged["reference"].as_str().expect("reference").to_owned();
    // Sent again (a retry after a timeout), it logs nothing new.
    let (status, again) = post_complaint(&server, &token, phoned.clone()).await;
    assert_eq!(
        (status, again["reference"].as_str()),
        (201, Some(reference.as_str()))
    );
    let (_, list) = get(&server, "/api/v1/complaints", Some(&token)).await;
    assert_eq!(list["total"], 1);

    let mut unknown = phoned.clone();
    unknown["rent_reference"] = json!("99999999");
    unknown["idempotency_key"] = json!("call-1");
    let (status, refused) = post_complaint(&server, &token, unknown).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (422, Some("unknown_tenancy"))
    );

    let mut incomplete = phoned.clone();
    incomplete["idempotency_key"] = json!("call-2");
    incomplete["what_happened"] = json!("");
    incomplete["received_at"] = json!("2026-11-24T09:00:00Z");
    incomplete["contact_method"] = json!("email");
    let (status, refused) = post_complaint(&server, &token, incomplete).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (422, Some("invalid_answers"))
    );
    let message = refused["message"].as_str().expect("message");
    for said in ["received_at: ", "what_happened: ", "email: "] {
        assert!(message.contains(said), "{said} in {message}");
    }
    let mut online = phoned.clone();
    online["channel"] = json!("online");
    online["idempotency_key"] = json!("call-3");
    let (status, refused) = post_complaint(&server, &token, online).await;
    assert_eq!(status, 422, "{refused}");
    let mut braille = phoned.clone();
    braille["formats"] = json!(["braile"]);
    braille["idempotency_key"] = json!("call-4");
    let (status, refused) = post_complaint(&server, &token, braille).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused["message"]
        .as_str()
        .unwrap_or_default()
        .contains("braille"));
    let mut other = phoned.clone();
    other["rent_reference"] = json!("10012345");
    let (status, refused) = post_complaint(&server, &token, other).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (409, Some("idempotency_key_used"))
    );
    let (status, refused) = post_complaint(&server, &token, json!({"kind": "complaint"})).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (400, Some("bad_request"))
    );
    let (_, list) = get(&server, "/api/v1/complaints", Some(&token)).await;
    assert_eq!(list["total"], 1, "nothing refused was logged");

    let doc: Value = client()
        .get(format!("{}/api/v1/openapi.json", server.base))
        .send()
        .await
        .expect("responds")
        .json()
        .await
        .expect("JSON");
    assert!(doc["paths"]["/api/v1/complaints"]["post"].is_object());
}

#[tokio::test]
async fn the_years_figures_count_complaints_from_every_channel() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    file_complaint(&server, &alex).await;
    let token = token(&server).await;
    let (status, _) = post_complaint(
        &server,
        &token,
        json!({
            "rent_reference": "10023456",
            "kind": "complaint",
            "channel": "letter",
            "received_at": "2026-11-20T10:00:00Z",
            "contact_method": "letter",
            "what_happened": "My letter about the damp went unanswered.",
            "incident_date": "2026-10-01",
            "outcome": "Deal with the damp."
        }),
    )
    .await;
    assert_eq!(status, 201);
    let (status, report) = get(&server, "/api/v1/reports/2026", Some(&token)).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["year"], "2026/27");
    assert_eq!(report["stage1"]["received"], 2);
    assert_eq!(report["homes"], 5, "the demo register");
    assert_eq!(report["ch01"]["stage1"], 400.0);
    assert_eq!(
        report["ch02"]["stage1"],
        Value::Null,
        "nothing answered yet"
    );
    let letters = report["by_channel"]
        .as_array()
        .expect("channels")
        .iter()
        .find(|c| c["of"] == "letter")
        .expect("letter")
        .clone();
    assert_eq!(letters["count"], 1);
    assert_eq!(report["stage1_by_month"][7], 2, "November");
    assert_eq!(report["stage1_acknowledgements"]["acknowledged"], 0);
    assert_eq!(
        report["determinations"][0]["of"],
        "severe_maladministration"
    );
    let provisions = report["self_assessment"]["provisions"]
        .as_array()
        .expect("provisions");
    assert_eq!(provisions.len(), 72, "every provision of the Code");
    assert_eq!(provisions[0]["provision"], "1.2");
    assert_eq!(report["self_assessment"]["summary"]["not_assessed"], 72);
    let (status, refused) = get(&server, "/api/v1/reports/2027", Some(&token)).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (422, Some("year_not_started"))
    );
    let (status, refused) = get(&server, "/api/v1/reports/last", Some(&token)).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (400, Some("bad_request"))
    );
}

#[tokio::test]
async fn a_system_agrees_remedies_after_a_response_and_marks_them_done() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let token = token(&server).await;
    let event = |body: Value| {
        let mut body = body;
        body["occurred_at"] = json!(now(&server));
        body["by"] = json!("Sam Patel");
        body
    };
    let payment = |amount: Option<u64>| {
        let mut body = json!({"type": "action_agreed", "kind": "payment",
            "what": "Compensation for the delay", "owner": "Finance team", "due": "2026-11-27"});
        if let Some(amount) = amount {
            body["amount_pence"] = json!(amount);
        }
        body
    };
    let (status, error) =
        post_event(&server, &token, &reference, event(payment(Some(5_000)))).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("action_before_response"))
    );
    for body in [
        json!({"type": "stage1_acknowledged", "handler": "Sam Patel", "handler_contact": "01282 686300",
               "about": "The lift.", "outcome_sought": "Fix it."}),
        json!({"type": "stage1_responded", "about": "The lift.", "outcome_sought": "Fix it.",
               "decision": "Upheld", "reasons": "It was late", "remedy": "Compensation",
               "outcome": "upheld", "categories": ["repairs"]}),
    ] {
        let (status, body) = post_event(&server, &token, &reference, event(body)).await;
        assert_eq!(status, 201, "{body}");
    }
    let (status, error) = post_event(&server, &token, &reference, event(payment(None))).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("payment_without_amount"))
    );
    let (status, complaint) =
        post_event(&server, &token, &reference, event(payment(Some(5_000)))).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["actions"][0]["number"], 1);
    assert_eq!(complaint["actions"][0]["amount_pence"], 5_000);
    assert_eq!(complaint["remedy_due"], "2026-11-27");
    assert!(complaint["letters"]
        .as_array()
        .expect("letters")
        .iter()
        .any(|l| l["subject"]
            .as_str()
            .unwrap_or_default()
            .ends_with("putting things right")));
    let (_, list) = get(
        &server,
        "/api/v1/complaints?remedies_due=true",
        Some(&token),
    )
    .await;
    assert_eq!(list["total"], 0, "due Friday");
    server.clock.advance(Duration::days(5));
    let (_, list) = get(
        &server,
        "/api/v1/complaints?remedies_due=true",
        Some(&token),
    )
    .await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["remedy_overdue"], true);
    let done = json!({"type": "action_done", "number": 1, "note": "Paid by bank transfer"});
    let (status, complaint) = post_event(&server, &token, &reference, event(done.clone())).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["remedy_due"], Value::Null);
    let (status, error) = post_event(&server, &token, &reference, event(done)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("action_already_done"))
    );
    let (_, list) = get(
        &server,
        "/api/v1/complaints?remedies_due=true",
        Some(&token),
    )
    .await;
    assert_eq!(list["total"], 0);
    // The resident, signed in again, sees what was agreed and that it was done.
    let again = common::post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[
            ("email", "alex@example.com"),
            ("password", common::PASSWORD),
        ],
        None,
    )
    .await;
    let alex = common::session_pair(&again);
    let page = common::page(&server, &format!("/account/complaints/{reference}"), &alex).await;
    assert!(
        page.contains("We agreed how we will put things right"),
        "{page}"
    );
    assert!(
        page.contains("We did what we agreed to put things right"),
        "{page}"
    );
    assert!(page.contains("£50.00"), "{page}");
}

#[tokio::test]
async fn a_system_records_a_residents_need_and_its_review_and_the_resident_never_sees_it() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let token = token(&server).await;
    let event = |body: Value| {
        let mut body = body;
        body["occurred_at"] = json!(now(&server));
        body["by"] = json!("Sam Patel");
        body
    };
    let need = |review_by: &str| {
        json!({"type": "support_recorded", "need": "domestic_abuse",
            "adjustment": "Only call the mobile number; no letters to the home.",
            "review_by": review_by})
    };
    for (review_by, code) in [
        ("2026-11-23", "support_review_not_ahead"),
        ("2027-11-25", "support_review_too_far"),
    ] {
        let (status, error) = post_event(&server, &token, &reference, event(need(review_by))).await;
        assert_eq!(
            (status, error["code"].as_str()),
            (422, Some(code)),
            "{error}"
        );
    }
    let mut blank = need("2027-01-04");
    blank["adjustment"] = json!(" ");
    let (status, error) = post_event(&server, &token, &reference, event(blank)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("support_without_adjustment"))
    );
    let (status, complaint) =
        post_event(&server, &token, &reference, event(need("2027-01-04"))).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["support"][0]["number"], 1);
    assert_eq!(complaint["support"][0]["need"], "domestic_abuse");
    assert_eq!(complaint["support"][0]["review_by"], "2027-01-04");
    assert_eq!(complaint["support_review_due"], "2027-01-04");
    assert_eq!(complaint["letters"].as_array().map(Vec::len), Some(0));
    assert!(complaint["next_events"]
        .as_array()
        .expect("next events")
        .contains(&json!("support_reviewed")));
    // The resident's own page says nothing of it.
    let page = common::page(&server, &format!("/account/complaints/{reference}"), &alex).await;
    assert!(!page.contains("mobile number"), "{page}");
    assert!(!page.contains("Domestic abuse"), "{page}");
    // Reviewed: kept to a new day, then ended; ended once only.
    let kept = json!({"type": "support_reviewed", "number": 1, "review_by": "2027-03-01"});
    let (status, complaint) = post_event(&server, &token, &reference, event(kept)).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["support_review_due"], "2027-03-01");
    let ended = json!({"type": "support_reviewed", "number": 1, "note": "Moved away safely."});
    let (status, complaint) = post_event(&server, &token, &reference, event(ended.clone())).await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(complaint["support_review_due"], Value::Null);
    assert_eq!(complaint["support"][0]["ended"], "2026-11-23");
    let (status, error) = post_event(&server, &token, &reference, event(ended)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("support_ended"))
    );
    let other = json!({"type": "support_reviewed", "number": 2});
    let (status, error) = post_event(&server, &token, &reference, event(other)).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (422, Some("no_such_support"))
    );
}

#[tokio::test]
async fn a_system_records_the_ombudsmans_determination_and_the_report_counts_it() {
    let server = spawn_with_clock(backend::Clock::fixed(start())).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &alex).await;
    let token = token(&server).await;
    let today = now(&server);
    let determined = |on: &str, case: &str| {
        json!({"type": "ombudsman_determined", "occurred_at": today, "by": "Sam Patel",
            "case": case, "finding": "maladministration", "determined_on": on,
            "orders": "Apologise, and pay £200 within four weeks."})
    };
    for (on, case, code) in [
        ("2027-01-04", "202612345", "determined_in_future"),
        ("2026-01-04", "202612345", "determined_before_received"),
        ("2026-11-23", " ", "ombudsman_case_invalid"),
    ] {
        let (status, error) = post_event(&server, &token, &reference, determined(on, case)).await;
        assert_eq!(
            (status, error["code"].as_str()),
            (422, Some(code)),
            "{error}"
        );
    }
    let (status, complaint) = post_event(
        &server,
        &token,
        &reference,
        determined("2026-11-23", "202612345"),
    )
    .await;
    assert_eq!(status, 201, "{complaint}");
    assert_eq!(
        complaint["determinations"][0]["finding"],
        "maladministration"
    );
    assert_eq!(complaint["determinations"][0]["case"], "202612345");
    let (_, report) = get(&server, "/api/v1/reports/2026", Some(&token)).await;
    let found = report["determinations"]
        .as_array()
        .expect("determinations")
        .iter()
        .find(|c| c["of"] == "maladministration")
        .expect("maladministration")
        .clone();
    assert_eq!(found["count"], 1);
}
