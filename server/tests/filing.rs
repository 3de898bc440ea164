//! Making a complaint, reporting a safety concern and giving a compliment over HTTP, as a
//! browser without JavaScript does it.

mod common;

use common::{
    answer, complaint_up_to_check, get_page, location, page, post_form, send_key, signed_in, spawn,
    Landing, TestServer, SUPPORT,
};

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
    answer(
        &server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "me")],
        &session,
    )
    .await;
    let long = "x".repeat(5001);
    let back = post_form(
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
        Some(&session),
    )
    .await;
    let back = Landing::of(&server, &back, Some(&session));
    assert_eq!(
        back.path, "/complaint/new/details",
        "nothing typed is in the address"
    );
    let rejected = back.page(&server).await;
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
    answer(
        &server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "me")],
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
    assert_eq!(next, "/complaint/new/attachments");
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
    assert_eq!(location(&signed_out), "/sign-in?return=/complaint/new");
    let refused = common::client()
        .post(format!("{}/api/complaint/send", server.base))
        .form(&[("key", key.as_str())])
        .send()
        .await
        .expect("responds");
    assert_eq!(refused.status(), 401);
    let kept_only = post_form(
        &server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
        None,
    )
    .await;
    assert_eq!(
        location(&kept_only),
        "/sign-in?kept=/complaint/new",
        "a page sent signed out is only kept for whoever signs in next in that browser"
    );
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

#[tokio::test]
async fn an_advocate_files_for_a_resident_and_sees_nothing_of_theirs_until_the_resident_agrees() {
    let server = spawn().await;
    // The advocate registers with an email address alone.
    let registered = post_form(
        &server,
        "/register/representative",
        "/api/register/representative",
        &[
            ("name", "Jordan Lee"),
            ("email", "jordan@advice.example.org"),
            ("password", common::PASSWORD),
            ("confirm_password", common::PASSWORD),
        ],
        None,
    )
    .await;
    assert_eq!(location(&registered), "/register/check-email");
    let mail = server
        .backend
        .mail_to("jordan@advice.example.org")
        .await
        .expect("outbox");
    let token = common::link_token(&mail.last().expect("a link").body);
    post_form(
        &server,
        "/verify-email",
        "/api/verify-email",
        &[("token", &token)],
        None,
    )
    .await;
    let signed = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[
            ("email", "jordan@advice.example.org"),
            ("password", common::PASSWORD),
        ],
        None,
    )
    .await;
    let advocate = common::session_pair(&signed);

    // With no tenancy of their own, the journey goes straight to "about you".
    let next = answer(
        &server,
        "/complaint/new",
        "/api/complaint/purpose",
        &[("purpose", "complaint")],
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/about-you");
    let refused = post_form(
        &server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "me")],
        Some(&advocate),
    )
    .await;
    let refused = Landing::of(&server, &refused, Some(&advocate));
    assert!(refused.refused(), "an advocate cannot file for themselves");
    assert!(refused
        .page(&server)
        .await
        .contains("you can only act for someone else"));
    answer(
        &server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "someone_else")],
        &advocate,
    )
    .await;
    let next = answer(
        &server,
        "/complaint/new/about-you",
        "/api/complaint/about-you",
        &[("relationship", "advocate")],
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/resident");
    let next = answer(
        &server,
        "/complaint/new/resident",
        "/api/complaint/resident",
        &[
            ("resident_name", "Alex Morgan"),
            ("resident_reference", "10012345"),
        ],
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/consent");
    let next = answer(
        &server,
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
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/details");
    let next = answer(
        &server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[
            ("what_happened", "Alex's boiler has been broken for a week."),
            ("incident_day", "16"),
            ("incident_month", "11"),
            ("incident_year", "2026"),
            ("outcome", "Fix the boiler."),
        ],
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/attachments");
    let next = answer(
        &server,
        "/complaint/new/attachments",
        "/api/complaint/attachments/done",
        &[],
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/support");
    let next = answer(
        &server,
        "/complaint/new/support",
        "/api/complaint/support",
        SUPPORT,
        &advocate,
    )
    .await;
    assert_eq!(next, "/complaint/new/check");
    let check = page(&server, "/complaint/new/check", &advocate).await;
    assert!(
        check.contains("They told Sam at the contact centre on Friday 20 November 2026"),
        "{}",
        check.split("<main").nth(1).unwrap_or(&check)
    );
    let sent = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        &advocate,
    )
    .await;
    assert_eq!(sent, "/complaints/CMP-2026-000001/sent");

    // Filed at once, but the advocate sees only that it was received.
    let receipt = || async {
        common::client()
            .post(format!("{}/api/complaint/receipt", server.base))
            .header("cookie", &advocate)
            .form(&[("reference", "CMP-2026-000001")])
            .send()
            .await
            .expect("responds")
            .text()
            .await
            .expect("body")
    };
    let before = receipt().await;
    assert!(before.contains("CMP-2026-000001"), "{before}");
    assert!(
        !before.contains("Alex Morgan")
            && !before.contains("10012345")
            && !before.contains("boiler"),
        "{before}"
    );
    let confirmation = page(&server, &sent, &advocate).await;
    assert!(confirmation.contains("We will check with the resident that they agree"));
    assert!(!confirmation.contains("Alex Morgan"));
    // Their account lists it as sent, and its page, its changes and its letters stay closed.
    let listed = page(&server, "/account", &advocate).await;
    assert!(listed.contains(
        "You sent this for a resident. You will see how it is going once we have their consent."
    ));
    // Its page says where they stand: that they sent it and when, what happens next and what
    // they can do meanwhile; and nothing of its handling or of the resident.
    let closed = page(&server, "/account/complaints/CMP-2026-000001", &advocate).await;
    assert!(
        closed.contains("<h1 class=\"heading-xl\">CMP-2026-000001</h1>"),
        "{closed}"
    );
    assert!(closed.contains("Waiting for the resident to agree that you can act for them"));
    assert!(closed.contains("What you can do meanwhile"));
    assert!(!closed.contains("There is no complaint with that reference"));
    assert!(
        !closed.contains("boiler")
            && !closed.contains("Alex Morgan")
            && !closed.contains("Acknowledge")
    );
    // A complaint it did not send stays unknown.
    let other = page(&server, "/account/complaints/CMP-2026-000099", &advocate).await;
    assert!(other.contains("There is no complaint with that reference in your account."));
    let mut live = common::client()
        .get(format!("{}/live?after=0", server.base))
        .header("cookie", &advocate)
        .send()
        .await
        .expect("streams");
    assert_eq!(live.status(), 200, "signed in, so the stream opens");
    let mut heard = String::new();
    let _ = tokio::time::timeout(std::time::Duration::from_millis(1500), async {
        while let Ok(Some(chunk)) = live.chunk().await {
            heard.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await;
    assert!(heard.contains(": listening"), "{heard}");
    assert!(!heard.contains("CMP-2026-000001"), "{heard}");
    assert!(!page(&server, "/account/letters", &advocate)
        .await
        .contains("CMP-2026-000001"));

    // Someone who gave Alex's rent reference and postcode without proving them sees nothing of
    // the advocate, the consent or the complaint, and cannot decide it.
    common::register_with(
        &server,
        "eve@example.com",
        "10012345",
        "BB11 2ED",
        ["", "", ""],
        "",
    )
    .await;
    let eve = common::confirm_and_sign_in(&server, "eve@example.com").await;
    let eves = page(&server, "/account", &eve).await;
    assert!(!eves.contains("jordan@advice.example.org") && !eves.contains("CMP-2026-000001"));
    assert!(!page(&server, "/account/complaints/CMP-2026-000001", &eve)
        .await
        .contains("boiler"));

    // Alex sees who asked, and agrees.
    let alex = signed_in(&server, "alex@example.com").await;
    let account = page(&server, "/account", &alex).await;
    assert!(account.contains("jordan@advice.example.org"));
    assert!(account.contains("Asking to act for you"));
    let consent_id = account
        .split("name=\"consent\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a consent id")
        .to_owned();
    let eve_decides = post_form(
        &server,
        "/account",
        "/api/account/representatives/decide",
        &[("consent", &consent_id), ("decision", "refuse")],
        Some(&eve),
    )
    .await;
    assert!(Landing::of(&server, &eve_decides, Some(&eve)).refused());
    let decided = answer(
        &server,
        "/account",
        "/api/account/representatives/decide",
        &[("consent", &consent_id), ("decision", "allow")],
        &alex,
    )
    .await;
    assert_eq!(decided, "/account?saved=representatives");
    let after = receipt().await;
    assert!(
        after.contains("Alex Morgan") && after.contains("boiler"),
        "{after}"
    );
    let open = page(&server, "/account/complaints/CMP-2026-000001", &advocate).await;
    assert!(
        open.contains("Alex&#x27;s boiler has been broken for a week.")
            || open.contains("Alex's boiler has been broken for a week.")
    );
}

/// Uploads a file the way a browser's file field does; returns where it sends the browser.
async fn upload(server: &TestServer, session: &str, name: &str, bytes: Vec<u8>) -> String {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
    );
    let response = common::client()
        .post(format!("{}/complaint/new/attachments", server.base))
        .header("cookie", session)
        .header("origin", &server.base)
        .multipart(form)
        .send()
        .await
        .expect("uploads");
    location(&response)
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n a small photo";

#[tokio::test]
async fn photos_and_pdfs_are_kept_other_files_are_refused_and_nobody_else_can_open_them() {
    let server = spawn().await;
    let alex = signed_in(&server, "alex@example.com").await;
    let refused = upload(
        &server,
        &alex,
        "photo.jpg",
        b"MZ this is really a program".to_vec(),
    )
    .await;
    assert_eq!(refused, "/complaint/new/attachments?error=wrong_type");
    let page_text = page(&server, &refused, &alex).await;
    assert!(page_text
        .contains("The selected file must be a photo (JPG, PNG, GIF, WebP or HEIC) or a PDF"));
    assert!(page_text.contains("There is a problem"));

    let too_big = upload(&server, &alex, "huge.pdf", {
        let mut b = b"%PDF-1.7".to_vec();
        b.resize(domain::attachments::MAX_BYTES + 1, b' ');
        b
    })
    .await;
    assert_eq!(too_big, "/complaint/new/attachments?error=too_large");
    let far_too_big = upload(&server, &alex, "huger.pdf", vec![b'%'; 12 * 1024 * 1024]).await;
    assert_eq!(far_too_big, "/complaint/new/attachments?error=too_large");

    let added = upload(&server, &alex, "damp.png", PNG.to_vec()).await;
    assert_eq!(added, "/complaint/new/attachments?added=1");
    let listed = page(&server, "/complaint/new/attachments", &alex).await;
    assert!(listed.contains("damp.png"));
    let id = listed
        .split("/attachments/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the file")
        .to_owned();
    let own = get_page(&server, &format!("/attachments/{id}"), Some(&alex)).await;
    assert_eq!(own.status(), 200);
    assert_eq!(own.headers()["content-type"], "image/png");
    assert!(own.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .starts_with("sandbox"));
    assert_eq!(own.bytes().await.expect("bytes").as_ref(), PNG);
    let sam = signed_in(&server, "sam@example.com").await;
    assert_eq!(
        get_page(&server, &format!("/attachments/{id}"), Some(&sam))
            .await
            .status(),
        404
    );
    assert_eq!(
        get_page(&server, &format!("/attachments/{id}"), None)
            .await
            .status(),
        404
    );

    // Filed with the complaint, and listed on its confirmation.
    complaint_up_to_check(&server, &alex).await;
    let check = page(&server, "/complaint/new/check", &alex).await;
    assert!(check.contains("damp.png"));
    let sent = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        &alex,
    )
    .await;
    assert!(page(&server, &sent, &alex).await.contains("damp.png"));
    assert_eq!(
        get_page(&server, &format!("/attachments/{id}"), Some(&alex))
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn answers_sent_after_the_session_ended_are_kept_until_signing_in_again() {
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
    answer(
        &server,
        "/complaint/new/for-whom",
        "/api/complaint/for-whom",
        &[("for_whom", "me")],
        &session,
    )
    .await;
    let value = session.split_once('=').expect("name=value").1;
    server
        .backend
        .sign_out(&backend::accounts::SessionToken::from_cookie(value))
        .await
        .expect("the session ends");

    let typed = "Typed slowly over an hour: the lift has been broken since October.";
    let sent = post_form(
        &server,
        "/complaint/new/details",
        "/api/complaint/details",
        &[
            ("what_happened", typed),
            ("incident_day", "2"),
            ("incident_month", "11"),
            ("incident_year", "2026"),
            ("already_reported", ""),
            ("outcome", "Fix the lift."),
        ],
        Some(&session),
    )
    .await;
    assert_eq!(location(&sent), "/sign-in?kept=/complaint/new/details");
    let kept = common::session_pair(&sent);
    assert!(kept.starts_with("calico_kept="), "{kept}");
    let sign_in_page = get_page(&server, &location(&sent), Some(&kept))
        .await
        .text()
        .await
        .expect("html");
    assert!(
        sign_in_page.contains("What you typed is kept safe"),
        "says so"
    );

    let someone_else = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[
            ("email", "alex@example.com"),
            ("password", "not the password"),
        ],
        Some(&kept),
    )
    .await;
    assert!(
        location(&someone_else).contains("/sign-in"),
        "a wrong password claims nothing: {}",
        location(&someone_else)
    );
    let back = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[
            ("email", "alex@example.com"),
            ("password", common::PASSWORD),
            ("return_to", "/complaint/new/details"),
        ],
        Some(&kept),
    )
    .await;
    assert_eq!(
        location(&back),
        "/complaint/new/details",
        "back to the page"
    );
    let session = common::session_pair(&back);
    let details = page(&server, "/complaint/new/details", &session).await;
    assert!(details.contains(typed), "the answer is in the form");
    assert!(details.contains("Fix the lift."));

    let elsewhere = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[
            ("email", "alex@example.com"),
            ("password", common::PASSWORD),
            ("return_to", "//evil.example/"),
        ],
        None,
    )
    .await;
    assert_eq!(location(&elsewhere), "/account", "never to another site");
}

#[tokio::test]
async fn signed_out_posts_are_kept_only_when_a_page_could_hold_them_and_not_without_end() {
    let server = spawn().await;
    let huge = "x".repeat(900 * 1024);
    for _ in 0..5 {
        let response = post_form(
            &server,
            "/complaint/new/details",
            "/api/complaint/details",
            &[("what_happened", &huge)],
            None,
        )
        .await;
        assert_eq!(
            location(&response),
            "/sign-in?return=/complaint/new/details"
        );
        assert!(
            !response
                .headers()
                .get_all("set-cookie")
                .iter()
                .any(|v| v.to_str().is_ok_and(|v| v.starts_with("calico_kept="))),
            "nothing kept"
        );
    }
    let mut kept = 0;
    let mut refused = 0;
    for _ in 0..35 {
        let response = post_form(
            &server,
            "/complaint/new/details",
            "/api/complaint/details",
            &[("what_happened", "The lift is broken.")],
            None,
        )
        .await;
        if location(&response).starts_with("/sign-in?kept=") {
            kept += 1;
        } else {
            refused += 1;
        }
    }
    assert_eq!(
        (kept, refused),
        (25, 10),
        "at most 30 an hour from one address, the five too large to keep among them"
    );
}
