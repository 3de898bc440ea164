//! Registration, verification, sign-in and sessions over HTTP, as a browser without
//! JavaScript sends them.

mod common;

use common::{
    client, get_page, link_token, location, page, post_form, register, session_pair, signed_in,
    spawn, Landing, PASSWORD,
};

#[tokio::test]
async fn registration_answers_the_same_whatever_the_outcome() {
    let server = spawn().await;
    let good = register(&server, "alex@example.com", "BB11 2ED").await;
    let wrong_postcode = register(&server, "sam@example.com", "BB10 1AA").await;
    let again = register(&server, "alex@example.com", "BB11 2ED").await;
    for response in [&good, &wrong_postcode, &again] {
        assert_eq!(response.status(), 302);
        assert_eq!(location(response), "/register/check-email");
    }
    // The mail says nothing of whether the home matched: a stranger's mailbox is no oracle.
    let words = |to: &'static str| {
        let server = &server;
        async move {
            let mail = server.backend.mail_to(to).await.expect("outbox");
            (
                mail[0].subject.clone(),
                mail[0].body.split("token=").next().unwrap_or("").to_owned(),
            )
        }
    };
    assert_eq!(
        words("sam@example.com").await,
        words("alex@example.com").await
    );
}

/// Finding: signed in as one resident, posting another tenancy's rent reference and postcode
/// moved the account to that home at once, and a wrong postcode answered differently.
#[tokio::test]
async fn another_tenancys_reference_and_postcode_link_nothing_and_answer_like_a_wrong_one() {
    let server = spawn().await;
    let alex = signed_in(&server, "alex@example.com").await;
    let eve = common::signed_in_home(&server, "eve@example.com", "10023456", "BB10 1AA").await;
    let ask = |postcode: &'static str| {
        let server = &server;
        let eve = eve.clone();
        async move {
            post_form(
                server,
                "/account/home",
                "/api/account/home",
                &[("rent_reference", "10012345"), ("postcode", postcode)],
                Some(&eve),
            )
            .await
        }
    };
    // (A new request replaces the last, so the real one goes last.)
    let wrong = ask("BB10 1AA").await;
    let right = ask("BB11 2ED").await;
    assert_eq!(location(&right), "/account/activate?asked=1");
    assert_eq!(location(&wrong), location(&right));
    let page = get_page(&server, "/account", Some(&eve))
        .await
        .text()
        .await
        .expect("html");
    assert!(page.contains("14 Padiham Road"), "still Eve's own home");
    assert!(
        !page.contains("Flat 1, Centenary Court"),
        "nothing of Alex's home"
    );
    // Alex is asked, and may decline.
    let mail = server
        .backend
        .mail_to("alex@example.com")
        .await
        .expect("outbox");
    assert!(mail.iter().any(|m| m.subject
        == "Someone asked to link their Calico Account to your home"
        && m.body.contains("eve@example.com")));
    let alex_page = get_page(&server, "/account", Some(&alex))
        .await
        .text()
        .await
        .expect("html");
    assert!(alex_page.contains("People asking to join your home"));
    assert!(alex_page.contains("eve@example.com"));
}

#[tokio::test]
async fn rejected_answers_come_back_with_everything_but_the_passwords() {
    let server = spawn().await;
    let response = post_form(
        &server,
        "/register",
        "/api/register",
        &[
            ("email", "alex@"),
            ("rent_reference", "10012345"),
            ("postcode", "bb11 2ed"),
            ("password", "short"),
            ("confirm_password", "short"),
        ],
        None,
    )
    .await;
    assert_eq!(response.status(), 302);
    let back = Landing::of(&server, &response, None);
    assert!(back.refused(), "{back}");
    assert!(
        !back.path.contains("alex"),
        "nothing typed is in the address"
    );
    let page = back.page(&server).await;
    let title = page
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_default()
        .to_owned();
    assert!(
        title.starts_with("Error: Register for a Calico Account"),
        "title starts with Error: {title}"
    );
    assert!(page.contains("There is a problem"));
    assert!(page.contains("Enter an email address in the correct format, like name@example.com"));
    assert!(page.contains("Your password must be 10 characters or more"));
    assert!(page.contains("value=\"alex@\""), "what was typed is kept");
    assert!(page.contains("value=\"bb11 2ed\""));
    assert!(
        !page.contains("value=\"short\""),
        "passwords are never sent back"
    );
}

#[tokio::test]
async fn an_unverified_account_cannot_sign_in() {
    let server = spawn().await;
    register(&server, "alex@example.com", "BB11 2ED").await;
    let response = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[("email", "alex@example.com"), ("password", PASSWORD)],
        None,
    )
    .await;
    assert!(
        !response
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.starts_with("calico_session="))),
        "no session"
    );
    let page = Landing::of(&server, &response, None).page(&server).await;
    assert!(page.contains("You need to confirm your email address before you can sign in."));
}

#[tokio::test]
async fn the_session_cookie_is_http_only_same_site_lax_and_new_at_every_sign_in() {
    let server = spawn().await;
    let first = signed_in(&server, "alex@example.com").await;
    let response = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[("email", "alex@example.com"), ("password", PASSWORD)],
        Some(&first),
    )
    .await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("cookie")
        .to_owned();
    assert!(cookie.starts_with("calico_session="));
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain http in tests; Secure is set when served over https"
    );
    let second = session_pair(&response);
    assert_ne!(first, second, "a new session id at sign-in");
    // The old session is gone, the new one works.
    let old = get_page(&server, "/account", Some(&first)).await;
    assert_eq!(old.status(), 302);
    let new = get_page(&server, "/account", Some(&second)).await;
    assert_eq!(new.status(), 200);
    assert!(new
        .text()
        .await
        .expect("html")
        .contains("Flat 1, Centenary Court, Croft Street, Burnley"));
}

#[tokio::test]
async fn the_account_page_needs_a_session() {
    let server = spawn().await;
    let response = get_page(&server, "/account", None).await;
    assert_eq!(response.status(), 302);
    assert_eq!(location(&response), "/sign-in?return=/account");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let response = post_form(&server, "/account", "/api/sign-out", &[], Some(&session)).await;
    assert_eq!(location(&response), "/sign-in?signed_out=1");
    assert!(response.headers()["set-cookie"]
        .to_str()
        .expect("ascii")
        .contains("Max-Age=0"));
    let after = get_page(&server, "/account", Some(&session)).await;
    assert_eq!(after.status(), 302);
}

#[tokio::test]
async fn a_cross_site_post_is_refused_even_with_the_residents_cookie() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let response = client()
        .post(format!("{}/api/sign-out", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .header("cookie", &session)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 403);
    assert!(response
        .text()
        .await
        .expect("text")
        .contains("sent from another website"));
    let still = get_page(&server, "/account", Some(&session)).await;
    assert_eq!(still.status(), 200, "the session survived");
}

#[tokio::test]
async fn a_script_caller_gets_a_status_that_says_what_kind_of_refusal() {
    let server = spawn().await;
    let post = |path: &'static str, body: &'static str| {
        client()
            .post(format!("{}{path}", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body(body)
            .send()
    };
    let invalid = post("/api/sign-in", "email=alex%40&password=")
        .await
        .expect("request");
    assert_eq!(invalid.status(), 422);
    let refused = post(
        "/api/sign-in",
        "email=nobody%40example.com&password=whatever123",
    )
    .await
    .expect("request");
    assert_eq!(refused.status(), 403);
    let body = refused.text().await.expect("json");
    assert!(
        body.contains("The email address or password is not right."),
        "{body}"
    );
    let used_link = post("/api/verify-email", "token=not-a-real-token")
        .await
        .expect("request");
    assert_eq!(used_link.status(), 403);
}

#[tokio::test]
async fn too_many_sign_in_attempts_for_one_account_are_refused_with_when_to_try_again() {
    let server = spawn().await;
    let attempt = || {
        client()
            .post(format!("{}/api/sign-in", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .body("email=alex%40example.com&password=guess-number-n")
            .send()
    };
    for _ in 0..domain::limits::SIGN_IN_PER_ACCOUNT.attempts {
        assert_eq!(
            attempt().await.expect("request").status(),
            403,
            "wrong password, not yet limited"
        );
    }
    let limited = attempt().await.expect("request");
    assert_eq!(limited.status(), 429);
    let body = limited.text().await.expect("json");
    assert!(
        body.contains("You have tried too many times. Wait 15 minutes, then try again."),
        "{body}"
    );
    // Another account from the same address is not held up by this one.
    let other = client()
        .post(format!("{}/api/sign-in", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body("email=sam%40example.com&password=guess-number-n")
        .send()
        .await
        .expect("request");
    assert_eq!(other.status(), 403);
}

#[tokio::test]
async fn a_limited_form_without_javascript_comes_back_with_the_message_and_the_email() {
    let server = spawn().await;
    for _ in 0..domain::limits::RESET_PER_ACCOUNT.attempts {
        post_form(
            &server,
            "/reset-password",
            "/api/reset-password",
            &[("email", "alex@example.com")],
            None,
        )
        .await;
    }
    let response = post_form(
        &server,
        "/reset-password",
        "/api/reset-password",
        &[("email", "alex@example.com")],
        None,
    )
    .await;
    let page = Landing::of(&server, &response, None).page(&server).await;
    assert!(page.contains("You have tried too many times. Wait 60 minutes, then try again."));
    assert!(page.contains("value=\"alex@example.com\""));
}

#[tokio::test]
async fn a_resident_changes_their_name_and_contact_preferences_and_sees_them_on_the_account_page() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let named = post_form(
        &server,
        "/account/name",
        "/api/account/name",
        &[("name", "  Alex Morgan ")],
        Some(&session),
    )
    .await;
    assert_eq!(location(&named), "/account?saved=name");
    let saved = post_form(
        &server,
        "/account/preferences",
        "/api/account/preferences",
        &[
            ("contact_method", "phone"),
            ("phone", "+44 7700 900982"),
            ("call_times", "Weekday mornings"),
            ("braille", "true"),
            ("language", "Polish"),
            ("interpreter", "true"),
            ("adjustments", "Please ask for my daughter, Sam."),
        ],
        Some(&session),
    )
    .await;
    assert_eq!(location(&saved), "/account?saved=preferences");
    let page = get_page(&server, "/account?saved=preferences", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    for shown in [
        "Your contact preferences and support needs have been saved.",
        "Alex Morgan",
        "Phone call",
        "07700 900982",
        "Weekday mornings",
        "Braille",
        "Polish, with an interpreter for calls and meetings",
        "Please ask for my daughter, Sam.",
    ] {
        assert!(page.contains(shown), "the account page shows {shown:?}");
    }
    let form = get_page(&server, "/account/preferences", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(
        form.contains("value=\"07700 900982\""),
        "the form starts from what was saved"
    );
    assert!(form.contains("id=\"braille\" name=\"braille\" value=\"true\" checked"));
}

#[tokio::test]
async fn rejected_preferences_come_back_with_every_answer_and_save_nothing() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let response = post_form(
        &server,
        "/account/preferences",
        "/api/account/preferences",
        &[
            ("contact_method", "phone"),
            ("phone", "call me"),
            ("call_times", "After 6pm"),
            ("large_print", "true"),
            ("adjustments", "A named contact"),
        ],
        Some(&session),
    )
    .await;
    let back = Landing::of(&server, &response, Some(&session));
    assert!(back.refused(), "{back}");
    let page = back.page(&server).await;
    assert!(page.contains("Enter a UK phone number, like 01282 686300 or 07700 900 982"));
    assert!(page.contains("value=\"call me\""));
    assert!(page.contains("value=\"After 6pm\""));
    assert!(page.contains("A named contact</textarea>"));
    assert!(page.contains("id=\"large_print\" name=\"large_print\" value=\"true\" checked"));
    let account = get_page(&server, "/account", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(account.contains("None recorded"), "nothing was saved");
}

#[tokio::test]
async fn preferences_cannot_be_changed_without_a_session() {
    let server = spawn().await;
    let response = client()
        .post(format!("{}/api/account/preferences", server.base))
        .header("origin", &server.base)
        .form(&[("contact_method", "letter")])
        .send()
        .await
        .expect("responds");
    assert_eq!(response.status(), 401);
    let page = get_page(&server, "/account/preferences", None).await;
    assert_eq!(location(&page), "/sign-in?return=/account/preferences");
}

#[tokio::test]
async fn a_resident_changes_their_email_address_by_a_link_sent_to_the_new_one() {
    let server = spawn().await;
    let session = signed_in(&server, "old@example.com").await;
    let wrong = post_form(
        &server,
        "/account/email",
        "/api/account/email",
        &[
            ("email", "new@example.com"),
            ("password", "not my password"),
        ],
        Some(&session),
    )
    .await;
    let page = Landing::of(&server, &wrong, Some(&session))
        .page(&server)
        .await;
    assert!(page.contains("Your password is not right."));
    assert!(
        page.contains("value=\"new@example.com\""),
        "the new address is kept"
    );

    let sent = post_form(
        &server,
        "/account/email",
        "/api/account/email",
        &[("email", "new@example.com"), ("password", PASSWORD)],
        Some(&session),
    )
    .await;
    assert_eq!(location(&sent), "/account/email/check-email");
    let mail = server
        .backend
        .mail_to("new@example.com")
        .await
        .expect("outbox");
    let token = link_token(&mail.last().expect("a link").body);
    // Confirmed in the browser signed in (any other session of the account ends).
    let confirmed = post_form(
        &server,
        "/account/email/confirm",
        "/api/account/email/confirm",
        &[("token", &token)],
        Some(&session),
    )
    .await;
    assert_eq!(location(&confirmed), "/account?saved=email");
    let account = get_page(&server, "/account", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(account.contains("new@example.com"));
    let again = post_form(
        &server,
        "/account/email/confirm",
        "/api/account/email/confirm",
        &[("token", &token)],
        None,
    )
    .await;
    let page = Landing::of(&server, &again, None).page(&server).await;
    assert!(page.contains("This link has expired or has already been used."));
}

#[tokio::test]
async fn a_resident_who_moved_home_is_linked_to_it_once_it_is_proved() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let unproved = post_form(
        &server,
        "/account/home",
        "/api/account/home",
        &[("rent_reference", "10023456"), ("postcode", "bb10 1aa")],
        Some(&session),
    )
    .await;
    assert_eq!(location(&unproved), "/account/activate?asked=1");
    let page = get_page(&server, "/account/activate?asked=1", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(page.contains("rent reference 10023456 and postcode BB10 1AA"));
    assert!(page.contains("autocomplete=\"one-time-code\""));
    assert!(page.contains("inputmode=\"numeric\""));
    let bad = post_form(
        &server,
        "/account/home",
        "/api/account/home",
        &[
            ("rent_reference", "10023456"),
            ("postcode", "BB10 1AA"),
            ("dob_day", "31"),
            ("dob_month", "2"),
            ("dob_year", "1975"),
        ],
        Some(&session),
    )
    .await;
    let page = Landing::of(&server, &bad, Some(&session))
        .page(&server)
        .await;
    assert!(page.contains("Date of birth must be a real date"));
    assert!(page.contains("value=\"10023456\""));
    let moved = post_form(
        &server,
        "/account/home",
        "/api/account/home",
        &[
            ("rent_reference", "10023456"),
            ("postcode", "BB10 1AA"),
            ("dob_day", "14"),
            ("dob_month", "09"),
            ("dob_year", "1975"),
            ("phone", "+44 7700 900234"),
        ],
        Some(&session),
    )
    .await;
    assert_eq!(location(&moved), "/account?saved=home");
    let account = get_page(&server, "/account", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(account.contains("10023456"));
    assert!(account.contains("14 Padiham Road"));
}

/// An account that has not proved its home can still complain about it, sees only what it
/// filed, and the code posted to the home links it.
#[tokio::test]
async fn a_code_posted_to_the_home_links_an_account_registered_without_proof() {
    let server = spawn().await;
    common::register_with(
        &server,
        "chris@example.com",
        "10056789",
        "BB10 2DD",
        ["", "", ""],
        "",
    )
    .await;
    let session = common::confirm_and_sign_in(&server, "chris@example.com").await;
    let account = get_page(&server, "/account", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(account.contains("Your account is not linked to your home yet"));
    assert!(!account.contains("Brunshaw Road"));
    let letters = server
        .backend
        .activation_letters(false)
        .await
        .expect("reads");
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].addressee, "Chris O'Neill");
    let text = letters[0].text.clone().expect("the letter");
    let code = text
        .lines()
        .find(|l| l.len() == 9 && l.as_bytes()[4] == b' ')
        .expect("the code")
        .to_owned();
    let wrong = post_form(
        &server,
        "/account/activate",
        "/api/account/activate",
        &[("code", "1111 1111")],
        Some(&session),
    )
    .await;
    let page = Landing::of(&server, &wrong, Some(&session))
        .page(&server)
        .await;
    assert!(page.contains("That code is not right, or it has expired."));
    assert!(page.contains("You can try 4 more times."));
    let right = post_form(
        &server,
        "/account/activate",
        "/api/account/activate",
        &[("code", &code)],
        Some(&session),
    )
    .await;
    assert_eq!(location(&right), "/account?saved=linked");
    let account = get_page(&server, "/account", Some(&session))
        .await
        .text()
        .await
        .expect("html");
    assert!(account.contains("Brunshaw Road"));
}

#[tokio::test]
async fn signed_in_pages_and_every_server_function_answer_are_kept_out_of_caches() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let cache = |response: &reqwest::Response| {
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    for path in ["/account", "/account/preferences", "/complaint/new", "/"] {
        let response = get_page(&server, path, Some(&session)).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(cache(&response), "no-store", "{path}, signed in");
    }
    let answer = post_form(
        &server,
        "/account/name",
        "/api/account/name",
        &[("name", "")],
        Some(&session),
    )
    .await;
    assert_eq!(cache(&answer), "no-store", "a server function's answer");
    let signed_out = post_form(&server, "/sign-in", "/api/sign-in", &[("email", "x")], None).await;
    assert_eq!(cache(&signed_out), "no-store", "even signed out");
    let public = get_page(&server, "/accessibility", None).await;
    assert_ne!(
        cache(&public),
        "no-store",
        "a page anyone may see can be cached"
    );
}

#[tokio::test]
async fn a_name_with_a_line_break_is_refused_so_it_can_never_start_a_mail_header() {
    let server = spawn().await;
    let session = signed_in(&server, "alex@example.com").await;
    let response = post_form(
        &server,
        "/account/name",
        "/api/account/name",
        &[("name", "Jordan\r\nBcc: spy@evil.test")],
        Some(&session),
    )
    .await;
    let back = Landing::of(&server, &response, Some(&session));
    assert!(back.refused());
    assert!(back
        .page(&server)
        .await
        .contains("Your name must be on one line: take out any line breaks or tabs"));
}

/// Posts a form as a program would (asking for JSON), claiming to come from `forwarded_for`,
/// for the status it answers with.
async fn status_from(
    server: &common::TestServer,
    path: &str,
    fields: &[(&str, &str)],
    forwarded_for: &str,
) -> u16 {
    client()
        .post(format!("{}{path}", server.base))
        .header("accept", "application/json")
        .header("origin", server.base.clone())
        .header("x-forwarded-for", forwarded_for)
        .form(fields)
        .send()
        .await
        .expect("answers")
        .status()
        .as_u16()
}

async fn status_of(server: &common::TestServer, path: &str, fields: &[(&str, &str)]) -> u16 {
    status_from(server, path, fields, "203.0.113.1").await
}

/// Thirty guesses at reset links, each claiming to come from another address.
async fn thirty_guesses(server: &common::TestServer) -> Vec<u16> {
    let mut statuses = Vec::new();
    for n in 0..30 {
        let token = format!("guess-{n}");
        statuses.push(
            status_from(
                server,
                "/api/new-password",
                &[
                    ("token", &token),
                    ("password", PASSWORD),
                    ("confirm_password", PASSWORD),
                ],
                &format!("203.0.113.{n}"),
            )
            .await,
        );
    }
    statuses
}

#[tokio::test]
async fn guessing_reset_links_is_limited_whatever_address_the_guesser_claims() {
    let server = spawn().await;
    let statuses = thirty_guesses(&server).await;
    assert_eq!(statuses[0], 403, "a wrong link is refused");
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        10,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_address_is_counted_apart() {
    let server = common::spawn_behind_proxy().await;
    let statuses = thirty_guesses(&server).await;
    assert!(statuses.iter().all(|s| *s == 403), "{statuses:?}");
}

#[tokio::test]
async fn the_sign_in_limit_counts_an_address_in_any_case_as_one_account() {
    let server = spawn().await;
    // Signing in counted once; nine wrong passwords make ten, the limit.
    signed_in(&server, "victim@example.com").await;
    for _ in 0..9 {
        let status = status_of(
            &server,
            "/api/sign-in",
            &[
                ("email", "victim@example.com"),
                ("password", "not the password"),
            ],
        )
        .await;
        assert_eq!(status, 403);
    }
    for email in [
        "victim@example.com",
        "VICTIM@example.com",
        "Victim@Example.com",
    ] {
        let status = status_of(
            &server,
            "/api/sign-in",
            &[("email", email), ("password", "not the password")],
        )
        .await;
        assert_eq!(status, 429, "{email} is the same account");
    }
}

/// The `name=value` of the display cookie a response sets, if it sets one.
fn display_cookie(response: &reqwest::Response) -> Option<String> {
    cookie_set(response, "calico_display")
}

#[tokio::test]
async fn the_text_size_and_colours_chosen_are_kept_on_the_device_and_the_account() {
    let server = spawn().await;
    // Signed out: kept in a cookie, and every page is drawn with it.
    let form = get_page(&server, "/display?return_to=/sign-in", None)
        .await
        .text()
        .await
        .expect("html");
    assert!(form.contains("Text size and colours"), "{form}");
    let html = |page: &str| page[..page.find("<head>").unwrap_or(0)].to_owned();
    assert!(
        !html(&form).contains("text-") && !html(&form).contains("contrast-"),
        "the standard display: {form}"
    );
    let refused = post_form(
        &server,
        "/display",
        "/api/display",
        &[
            ("text", "huge"),
            ("contrast", "high"),
            ("return_to", "/sign-in"),
        ],
        None,
    )
    .await;
    let again = Landing::of(&server, &refused, None).page(&server).await;
    assert!(again.contains("Select a text size"), "{again}");
    let saved = post_form(
        &server,
        "/display",
        "/api/display",
        &[
            ("text", "largest"),
            ("contrast", "high"),
            ("return_to", "/sign-in"),
        ],
        None,
    )
    .await;
    assert_eq!(location(&saved), "/display?saved=1&return_to=%2Fsign-in");
    let cookie = display_cookie(&saved).expect("a display cookie");
    assert_eq!(cookie, "calico_display=largest.high");
    let shown = page(&server, &location(&saved), &cookie).await;
    assert!(
        html(&shown).contains("class=\"text-largest contrast-high\""),
        "{shown}"
    );
    assert!(
        shown.contains("Saved. Pages are shown with largest text and high contrast."),
        "{shown}"
    );
    assert!(shown.contains("href=\"/sign-in\""), "the way back: {shown}");
    // Somewhere else, the way back is never another site's.
    let elsewhere = post_form(
        &server,
        "/display",
        "/api/display",
        &[
            ("text", "larger"),
            ("contrast", "standard"),
            ("return_to", "//evil.example"),
        ],
        None,
    )
    .await;
    assert_eq!(location(&elsewhere), "/display?saved=1");

    // Signed in: kept on the account too, and brought to a new device at sign-in.
    let alex = signed_in(&server, "alex@example.com").await;
    let chosen = post_form(
        &server,
        "/display",
        "/api/display",
        &[("text", "larger"), ("contrast", "high")],
        Some(&alex),
    )
    .await;
    assert_eq!(
        display_cookie(&chosen).as_deref(),
        Some("calico_display=larger.high")
    );
    let elsewhere = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[("email", "alex@example.com"), ("password", PASSWORD)],
        None,
    )
    .await;
    assert_eq!(location(&elsewhere), "/account");
    assert_eq!(
        display_cookie(&elsewhere).as_deref(),
        Some("calico_display=larger.high")
    );
}

/// The `name=value` of cookie `name` a response sets, if it sets one.
fn cookie_set(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

/// A page's `<html …>` tag.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html element");
    &page[start..start + page[start..].find('>').expect("its end")]
}

async fn page_asking_for(
    server: &common::TestServer,
    path: &str,
    cookie: Option<&str>,
    accept: &str,
) -> String {
    let mut request = common::client()
        .get(format!("{}{path}", server.base))
        .header("accept", "text/html")
        .header("accept-language", accept);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("html")
}

#[tokio::test]
async fn the_pages_are_in_the_language_the_browser_asks_for_until_another_is_chosen() {
    let server = spawn().await;
    // A first visit: the browser's language, if the pages are written in it.
    let urdu = page_asking_for(&server, "/", None, "ur-PK,ur;q=0.9,en;q=0.5").await;
    assert!(
        html_tag(&urdu).contains("lang=\"ur\"") && html_tag(&urdu).contains("dir=\"rtl\""),
        "{}",
        html_tag(&urdu)
    );
    assert!(
        urdu.contains("مرکزی مواد پر جائیں"),
        "the skip link in Urdu: {urdu}"
    );
    let french = page_asking_for(&server, "/", None, "fr-FR,fr;q=0.9").await;
    assert!(
        html_tag(&french).contains("lang=\"en-GB\"") && html_tag(&french).contains("dir=\"ltr\"")
    );
    assert!(french.contains("Skip to main content"));
    // Every language is offered, each in itself, as buttons of a form that needs no script.
    for (code, name) in [("en", "English"), ("ur", "اردو"), ("pl", "Polski")] {
        assert!(french.contains(name), "{name} is offered");
        if code != "en" {
            assert!(
                french.contains(&format!("name=\"language\" value=\"{code}\"")),
                "{code}: {french}"
            );
        }
    }
    assert!(french.contains("action=\"/api/language\""));
    // Back to the very page, its query too.
    let with_query = page_asking_for(&server, "/display?return_to=/sign-in", None, "en").await;
    assert!(
        with_query.contains("name=\"return_to\" value=\"/display?return_to=/sign-in\""),
        "{with_query}"
    );

    // Chosen: kept on the device, back to the same page, in that language whatever the
    // browser asks for.
    let chosen = post_form(
        &server,
        "/sign-in?return_to=/account",
        "/api/language",
        &[
            ("language", "pl"),
            ("return_to", "/sign-in?return_to=/account"),
        ],
        None,
    )
    .await;
    assert_eq!(location(&chosen), "/sign-in?return_to=/account");
    let cookie = cookie_set(&chosen, "calico_language").expect("a language cookie");
    assert_eq!(cookie, "calico_language=pl");
    let polish = page_asking_for(&server, "/sign-in", Some(&cookie), "ur").await;
    assert!(
        html_tag(&polish).contains("lang=\"pl\""),
        "{}",
        html_tag(&polish)
    );
    assert!(polish.contains("Przejdź do głównej treści"));
    // Never another site, and nothing but a language the pages are written in.
    let away = post_form(
        &server,
        "/",
        "/api/language",
        &[("language", "ur"), ("return_to", "//evil.example")],
        None,
    )
    .await;
    assert_eq!(location(&away), "/");
    let unknown = post_form(
        &server,
        "/",
        "/api/language",
        &[("language", "xx"), ("return_to", "/")],
        None,
    )
    .await;
    assert_eq!(cookie_set(&unknown, "calico_language"), None);

    // Signed in: the account's language follows, and comes to the next device at sign-in.
    let amina = signed_in(&server, "amina@example.com").await;
    let signed_in_choice = post_form(
        &server,
        "/account",
        "/api/language",
        &[("language", "ur"), ("return_to", "/account")],
        Some(&amina),
    )
    .await;
    assert_eq!(location(&signed_in_choice), "/account");
    let preferences = page(&server, "/account/preferences", &amina).await;
    assert!(
        preferences.contains("value=\"Urdu\""),
        "the account's language: {preferences}"
    );
    let elsewhere = post_form(
        &server,
        "/sign-in",
        "/api/sign-in",
        &[("email", "amina@example.com"), ("password", PASSWORD)],
        None,
    )
    .await;
    assert_eq!(location(&elsewhere), "/account");
    assert_eq!(
        cookie_set(&elsewhere, "calico_language").as_deref(),
        Some("calico_language=ur")
    );
}
