//! The complaints console at the HTTP level, as a browser without JavaScript uses it: only
//! colleagues reach it, and a colleague takes a complaint from acknowledgement to final
//! response, with the letters reaching the resident's account.

mod common;

use chrono::{DateTime, Duration};
use common::{
    answer, colleague, file_complaint, get_page, location, page, post_form, send_key, signed_in,
    spawn, spawn_with_clock, step, walk, Landing, TestServer, SUPPORT,
};
use domain::handling::Role;

/// Records a step through the console's form; returns where the browser is sent.
async fn record(
    server: &TestServer,
    session: &str,
    reference: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> Landing {
    let from = format!("/staff/complaints/{reference}/{step}");
    let mut all = vec![("reference", reference), ("step", step)];
    all.extend_from_slice(fields);
    let response = post_form(server, &from, "/api/staff/record", &all, Some(session)).await;
    assert_eq!(response.status(), 302, "{step}");
    Landing::of(server, &response, Some(session))
}

/// A complaint filed by Alex at 09:00 on Monday 23 November 2026 and acknowledged by Sam
/// Patel (in `role`) at 09:10, seen at 09:30: the server, Alex's and Sam's sessions, and the
/// reference. Its Stage 1 response is due by 7 December.
async fn acknowledged(role: Role) -> (TestServer, String, String, String) {
    let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    let staff = colleague(&server, "sam@calicohomes.org.uk", "Sam Patel", role).await;
    let sam = common::colleague_account(&server, "sam@calicohomes.org.uk").await;
    server.clock.advance(Duration::minutes(30));
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
            ("about", "The boiler repair was left unfinished."),
            ("outcome_sought", "Finish the repair."),
        ],
    )
    .await;
    (server, resident, staff, reference)
}

#[tokio::test]
async fn a_resident_can_never_reach_the_console() {
    let server = spawn().await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    for path in [
        "/staff".to_owned(),
        format!("/staff/complaints/{reference}"),
        format!("/staff/complaints/{reference}/stage1_acknowledged"),
        "/staff/letters/1".to_owned(),
    ] {
        let response = get_page(&server, &path, Some(&resident)).await;
        assert_eq!(response.status(), 403, "{path}");
        let body = response.text().await.expect("html");
        assert!(body.contains("This page is for Calico Homes' complaints staff."));
        assert!(
            body.contains("href=\"/account\""),
            "says where to go instead"
        );
    }
    for call in ["/api/staff/queue", "/api/staff/record", "/api/staff/letter"] {
        let response = post_form(
            &server,
            "/account",
            call,
            &[("reference", &reference), ("step", "stage1_acknowledged")],
            Some(&resident),
        )
        .await;
        assert_eq!(response.status(), 403, "{call}");
    }
    let case = server
        .backend
        .case(&reference)
        .await
        .expect("reads")
        .expect("case");
    assert_eq!(case.events.len(), 1, "nothing was recorded");

    let signed_out = get_page(&server, "/staff", None).await;
    assert_eq!(location(&signed_out), "/sign-in?return=/staff");

    let staff = colleague(
        &server,
        "sam@calicohomes.org.uk",
        "Sam Patel",
        Role::Handler,
    )
    .await;
    let queue = page(&server, "/staff", &staff).await;
    assert!(queue.contains(&reference));
    assert!(queue.contains("Signed in as Sam Patel (Complaint handler)."));
    assert!(
        queue.contains(r#"("/pkg","calico_staff")</script>"#),
        "the console's pages wake the console's bundle"
    );

    // A handler cannot use the Complaints Officer's discretion.
    let refused = record(
        &server,
        &staff,
        &reference,
        "stage2_requested",
        &[
            ("occurred_at", "2026-11-23T09:10"),
            ("by", "Sam Patel"),
            ("reason", "The resident was in hospital."),
        ],
    )
    .await;
    let form = refused.page(&server).await;
    assert!(form.contains(
        "Only the Complaints Officer can accept a Stage 2 request made after the window."
    ));
    assert!(
        form.contains("The resident was in hospital.</textarea>"),
        "what was typed is kept"
    );
    assert!(
        form.contains("This cannot be recorded now: the complaint is waiting to be acknowledged."),
        "the form says the step no longer fits"
    );
}

#[tokio::test]
async fn a_colleague_takes_a_complaint_from_acknowledgement_to_final_response() {
    let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    let staff = colleague(
        &server,
        "sam@calicohomes.org.uk",
        "Sam Patel",
        Role::ComplaintsOfficer,
    )
    .await;
    let sam = common::colleague_account(&server, "sam@calicohomes.org.uk").await;
    let case_page = format!("/staff/complaints/{reference}");

    let queue = page(&server, "/staff", &staff).await;
    assert!(queue.contains("Acknowledgement due by Monday 30 November 2026"));
    assert!(queue.contains("5 working days left"));

    // A form sent with gaps comes back saying what each box needs, with what was typed.
    let back = record(
        &server,
        &staff,
        &reference,
        "stage1_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:10"),
            ("by", "Sam Patel"),
            ("colleague", &sam),
        ],
    )
    .await;
    assert!(
        back.path.starts_with(&format!(
            "/staff/complaints/{reference}/stage1_acknowledged"
        )),
        "{back}"
    );
    let form = back.page(&server).await;
    assert!(form.contains("Enter how the resident can contact them"));
    assert!(form.contains("Enter what the complaint is about"));
    assert!(
        form.contains("value=\"2026-11-23T09:10\""),
        "the time typed is kept"
    );

    server.clock.advance(Duration::minutes(30));
    let done = record(
        &server,
        &staff,
        &reference,
        "stage1_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:10"),
            ("by", "Sam Patel"),
            ("colleague", &sam),
            ("contact", "01282 686300"),
            ("about", "The boiler repair was left unfinished."),
            ("outcome_sought", "Finish the repair."),
        ],
    )
    .await;
    assert_eq!(done, format!("{case_page}?recorded=stage1_acknowledged"));
    let case = done.page(&server).await;
    assert!(case.contains("Recorded: Acknowledge at Stage 1."));
    assert!(case.contains("Stage 1 response due by"));
    assert!(case.contains(
        "Recorded Monday 23 November 2026 at 09:30 by Sam Patel (sam@calicohomes.org.uk)"
    ));

    // An extension, then one past the limit without a good reason: refused beside that box.
    let extended = record(
        &server,
        &staff,
        &reference,
        "stage1_extended",
        &[
            ("occurred_at", "2026-11-23T09:12"),
            ("by", "Sam Patel"),
            ("working_days", "10"),
            ("reason", "A specialist survey is booked."),
        ],
    )
    .await;
    assert_eq!(extended, format!("{case_page}?recorded=stage1_extended"));
    let refused = record(
        &server,
        &staff,
        &reference,
        "stage1_extended",
        &[
            ("occurred_at", "2026-11-23T09:13"),
            ("by", "Sam Patel"),
            ("working_days", "5"),
            ("reason", "More time."),
        ],
    )
    .await;
    let form = refused.page(&server).await;
    assert!(form.contains("without a stated good reason"), "{refused}");
    assert!(
        form.contains("href=\"#good_reason\""),
        "the summary links to the box that fixes it"
    );

    let responded = record(
        &server,
        &staff,
        &reference,
        "stage1_responded",
        &[
            ("occurred_at", "2026-11-23T09:15"),
            ("by", "Sam Patel"),
            ("about", "The boiler repair."),
            ("outcome_sought", "Finish the repair."),
            ("decision", "Upheld."),
            ("reasons", "The repair was not finished."),
            ("remedy", "A new boiler by 4 December."),
            ("finding", "upheld"),
            ("categories[0]", "repairs"),
            ("categories[4]", "communication"),
        ],
    )
    .await;
    assert_eq!(responded, format!("{case_page}?recorded=stage1_responded"));
    // The finding and the categories, by name, are on the record; the resident is told the
    // finding.
    let case = page(&server, &case_page, &staff).await;
    assert!(case.contains("Repairs, Communication"), "{case}");
    assert!(
        case.contains(">Finding<") && case.contains(">Upheld<"),
        "{case}"
    );
    record(
        &server,
        &staff,
        &reference,
        "stage2_requested",
        &[("occurred_at", "2026-11-23T09:16"), ("by", "Alex Morgan")],
    )
    .await;

    // The reviewer cannot be the Stage 1 handler.
    let same = record(
        &server,
        &staff,
        &reference,
        "stage2_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:17"),
            ("by", "Sam Patel"),
            ("colleague", &sam),
            ("contact", "01282 686300"),
        ],
    )
    .await;
    let form = same.page(&server).await;
    assert!(form.contains(
        "The Stage 2 reviewer must be someone other than Sam Patel, who acknowledged or answered Stage 1."
    ));
    assert!(form.contains("href=\"#colleague\""));
    // Decided by account: a colleague who shares Sam's name may review, and the letter names
    // whoever was chosen, by their account's name.
    colleague(
        &server,
        "sam.patel2@calicohomes.org.uk",
        "Sam Patel",
        Role::ComplaintsOfficer,
    )
    .await;
    let namesake = common::colleague_account(&server, "sam.patel2@calicohomes.org.uk").await;
    let step_page = page(
        &server,
        &format!("/staff/complaints/{reference}/stage2_acknowledged"),
        &staff,
    )
    .await;
    assert!(
        step_page.contains(&format!(
            "<option value=\"{namesake}\">Sam Patel (sam.patel2@calicohomes.org.uk)</option>"
        )),
        "{step_page}"
    );
    assert!(
        !step_page.contains(&format!("<option value=\"{sam}\"")),
        "who acknowledged or answered Stage 1 is not offered"
    );
    let resident_id = server
        .backend
        .session(&backend::accounts::SessionToken::from_cookie(
            resident.trim_start_matches("calico_session="),
        ))
        .await
        .expect("reads")
        .expect("signed in")
        .id
        .to_string();
    let not_staff = record(
        &server,
        &staff,
        &reference,
        "stage2_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:17"),
            ("by", "Sam Patel"),
            ("colleague", &resident_id),
            ("contact", "01282 686300"),
        ],
    )
    .await;
    let not_staff = not_staff.page(&server).await;
    assert!(
        not_staff.contains("That person can no longer handle complaints"),
        "{not_staff}"
    );
    record(
        &server,
        &staff,
        &reference,
        "stage2_acknowledged",
        &[
            ("occurred_at", "2026-11-23T09:17"),
            ("by", "Jo Reed"),
            ("colleague", &namesake),
            ("contact", "jo.reed@calicohomes.org.uk"),
        ],
    )
    .await;
    let last = record(
        &server,
        &staff,
        &reference,
        "stage2_responded",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Jo Reed"),
            ("about", "The boiler repair."),
            ("outcome_sought", "Finish the repair."),
            ("decision", "Upheld."),
            ("reasons", "Stage 1 was right."),
            ("remedy", "£50 for the delay."),
            ("finding", "partly_upheld"),
            ("categories[0]", "repairs"),
        ],
    )
    .await;
    let case = last.page(&server).await;
    assert!(case.contains("Closed"), "the complaint is closed");
    assert!(case.contains("Nothing: it is closed."));

    // Six letters, all in the resident's account, readable and printable; not by anyone else.
    let letters = page(&server, "/account/letters", &resident).await;
    for subject in [
        "Stage 1 acknowledgement",
        "we need more time (Stage 1)",
        "our Stage 1 response",
        "Stage 2 review acknowledgement",
        "our final response (Stage 2)",
    ] {
        assert!(
            letters.contains(&format!("Your complaint {reference}: {subject}")),
            "{subject}"
        );
    }
    let ids = server
        .backend
        .case(&reference)
        .await
        .expect("reads")
        .expect("case")
        .letters;
    let last_letter = ids.last().expect("a letter").id;
    let letter = page(
        &server,
        &format!("/account/letters/{last_letter}"),
        &resident,
    )
    .await;
    assert!(letter.contains("Dear "));
    assert!(letter.contains("Housing Ombudsman"));
    assert!(letter.contains(&format!(
        "href=\"/account/letters/{last_letter}?print=large\""
    )));
    // The same letter in large print, with the way back to the standard print.
    let large = page(
        &server,
        &format!("/account/letters/{last_letter}?print=large"),
        &resident,
    )
    .await;
    assert!(large.contains("class=\"letter letter-large\""), "{large}");
    assert!(
        large.contains("Standard print version of this letter"),
        "{large}"
    );
    assert!(large.contains("Housing Ombudsman"));
    let other = signed_in(&server, "sam.khan@example.com").await;
    let theirs = page(&server, &format!("/account/letters/{last_letter}"), &other).await;
    assert!(theirs.contains("There is no letter with that number that you can read."));
    assert!(!theirs.contains(&reference));
    let for_staff = page(&server, &format!("/staff/letters/{last_letter}"), &staff).await;
    assert!(for_staff.contains("our final response (Stage 2)"));
}

#[tokio::test]
async fn an_administrator_creates_a_token_seen_once_and_revokes_it() {
    let server = spawn().await;
    let handler = colleague(
        &server,
        "sam@calicohomes.org.uk",
        "Sam Patel",
        Role::Handler,
    )
    .await;
    let refused = page(&server, "/staff/tokens", &handler).await;
    assert!(refused.contains("Only an administrator can manage API tokens."));

    let admin = colleague(
        &server,
        "ash@calicohomes.org.uk",
        "Ash Cole",
        Role::Administrator,
    )
    .await;
    assert!(page(&server, "/staff", &admin)
        .await
        .contains("href=\"/staff/tokens\""));
    let empty = post_form(
        &server,
        "/staff/tokens",
        "/api/staff/tokens/create",
        &[("name", " ")],
        Some(&admin),
    )
    .await;
    assert!(Landing::of(&server, &empty, Some(&admin))
        .page(&server)
        .await
        .contains("Enter the name of the system that will use the token"));

    let created = post_form(
        &server,
        "/staff/tokens",
        "/api/staff/tokens/create",
        &[("name", "Housing management system")],
        Some(&admin),
    )
    .await;
    let shown_at = location(&created);
    assert!(shown_at.starts_with("/staff/tokens?created="), "{shown_at}");
    let carried = created
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("calico_new_token="))
        .expect("the new token travels to the page in a cookie")
        .to_owned();
    assert!(carried.contains("HttpOnly") && carried.contains("Max-Age=300"));
    let cookie = format!("{admin}; {}", carried.split(';').next().expect("pair"));
    let elsewhere = page(&server, "/staff/tokens?created=999", &cookie).await;
    assert!(
        !elsewhere.contains("The token for"),
        "shown only on the page its creation led to"
    );
    let shown = get_page(&server, &shown_at, Some(&cookie)).await;
    assert!(
        shown.headers().get_all("set-cookie").iter().any(|v| v
            .to_str()
            .is_ok_and(|v| v.starts_with("calico_new_token=;"))),
        "shown once: the cookie is cleared"
    );
    let shown = shown.text().await.expect("html");
    let token = shown
        .split("<code class=\"token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .map(str::to_owned)
        .expect("the token is on the page");
    assert!(token.starts_with("calico_"), "{token}");
    assert!(shown.contains("The token for Housing management system"));
    let api = |token: String| {
        let base = server.base.clone();
        async move {
            common::client()
                .get(format!("{base}/api/v1/complaints"))
                .bearer_auth(token)
                .send()
                .await
                .expect("responds")
                .status()
                .as_u16()
        }
    };
    assert_eq!(api(token.clone()).await, 200);

    let id = server.backend.api_tokens().await.expect("reads")[0].id;
    let revoked = post_form(
        &server,
        "/staff/tokens",
        "/api/staff/tokens/revoke",
        &[("id", &id.to_string())],
        Some(&admin),
    )
    .await;
    assert_eq!(location(&revoked), format!("/staff/tokens?revoked={id}"));
    assert_eq!(api(token).await, 401);
    let again = post_form(
        &server,
        "/staff/tokens",
        "/api/staff/tokens/revoke",
        &[("id", &id.to_string())],
        Some(&admin),
    )
    .await;
    assert!(Landing::of(&server, &again, Some(&admin))
        .page(&server)
        .await
        .contains("That token was already revoked, or does not exist."));
    let list = page(&server, &format!("/staff/tokens?revoked={id}"), &admin).await;
    assert!(list.contains("The token is revoked"));
    assert!(list.contains("Revoked "));
    assert!(list.contains("by Ash Cole (ash@calicohomes.org.uk)"));
}

/// A complaint from an account that has not proved its home is handled like any other, and
/// colleagues see that the identity is not yet confirmed; the activation letter waits on the
/// task list with its code until it is posted.
#[tokio::test]
async fn colleagues_see_an_unconfirmed_identity_and_post_the_activation_code() {
    let server = spawn().await;
    common::register_with(
        &server,
        "robin@example.com",
        "10012345",
        "BB11 2ED",
        ["", "", ""],
        "",
    )
    .await;
    let robin = common::confirm_and_sign_in(&server, "robin@example.com").await;
    let unconfirmed = file_complaint(&server, &robin).await;
    let alex = signed_in(&server, "alex@example.com").await;
    let confirmed = file_complaint(&server, &alex).await;
    let staff = colleague(&server, "kim@calicohomes.org.uk", "Kim Ward", Role::Handler).await;
    let case = page(&server, &format!("/staff/complaints/{unconfirmed}"), &staff).await;
    assert!(
        case.contains("Identity not yet confirmed: gave rent reference 10012345"),
        "{case}"
    );
    let case = page(&server, &format!("/staff/complaints/{confirmed}"), &staff).await;
    assert!(
        case.contains("Flat 1, Centenary Court, Croft Street, Burnley (rent reference 10012345)")
    );
    assert!(!case.contains("Identity not yet confirmed"));

    let tasks = page(&server, "/staff/tasks", &staff).await;
    assert!(tasks.contains("Activation code for Alex Morgan"));
    assert!(tasks.contains("/account/activate"));
    let id = tasks
        .split("action=\"/api/staff/activation-posted\"")
        .nth(1)
        .and_then(|rest| rest.split("name=\"id\" value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("a letter to post")
        .to_owned();
    // Only colleagues can mark it, and the resident can never read the code.
    let by_resident = post_form(
        &server,
        "/account",
        "/api/staff/activation-posted",
        &[("id", &id)],
        Some(&robin),
    )
    .await;
    assert_ne!(location(&by_resident), "/staff/tasks?done=code");
    let resident_view = get_page(&server, "/staff/tasks", Some(&robin))
        .await
        .text()
        .await
        .expect("html");
    assert!(!resident_view.contains("Activation code for"));
    let posted = post_form(
        &server,
        "/staff/tasks",
        "/api/staff/activation-posted",
        &[("id", &id)],
        Some(&staff),
    )
    .await;
    assert_eq!(location(&posted), "/staff/tasks?done=code");
    let tasks = page(&server, "/staff/tasks", &staff).await;
    assert!(tasks.contains("Posted by Kim Ward (kim@calicohomes.org.uk) on"));
    assert!(
        !tasks.contains("/account/activate and enter this code"),
        "the code is not kept once posted"
    );
}

/// Colleagues sign in with a password and then a code from an authenticator app (or a
/// recovery code, once); until then no console page or server function answers them, and an
/// administrator can reset a colleague who lost their phone.
#[tokio::test]
async fn the_console_needs_a_second_factor_set_up_at_first_sign_in() {
    let server = spawn().await;
    let backend::handling::StaffAdded::Added { link } = server
        .backend
        .add_staff(
            &domain::values::Email::parse("kim@calicohomes.org.uk").expect("email"),
            "Kim Ward",
            Role::Handler,
            &server.base,
        )
        .await
        .expect("adds")
    else {
        panic!("already there")
    };
    let token = link.split("token=").nth(1).expect("token");
    let password = domain::accounts::Password::new(common::PASSWORD, None).expect("password");
    assert!(server
        .backend
        .reset_password(token, &password)
        .await
        .expect("sets"));
    let sign_in = || async {
        post_form(
            &server,
            "/sign-in",
            "/api/sign-in",
            &[
                ("email", "kim@calicohomes.org.uk"),
                ("password", common::PASSWORD),
            ],
            None,
        )
        .await
    };
    let signed = sign_in().await;
    assert_eq!(location(&signed), "/two-factor");
    let kim = common::session_pair(&signed);

    // Nothing of the console before the second factor: pages send to it, functions refuse.
    let queue = get_page(&server, "/staff", Some(&kim)).await;
    assert_eq!(queue.status(), 303);
    assert_eq!(location(&queue), "/two-factor");
    let call = common::client()
        .post(format!("{}/api/staff/tasks", server.base))
        .header("cookie", &kim)
        .header("origin", &server.base)
        .send()
        .await
        .expect("responds");
    assert_eq!(call.status(), 403);
    // Nor anything a resident may do: a password alone is not a colleague, nor a resident.
    let account = get_page(&server, "/account", Some(&kim)).await;
    assert_eq!(location(&account), "/two-factor");
    for path in [
        "/api/complaint/purpose",
        "/api/account",
        "/complaint/new/attachments",
    ] {
        let refused = common::client()
            .post(format!("{}{path}", server.base))
            .header("cookie", &kim)
            .header("origin", &server.base)
            .send()
            .await
            .expect("responds");
        assert_eq!(refused.status(), 403, "{path}");
    }
    for path in ["/live", "/attachments/1"] {
        let refused = common::client()
            .get(format!("{}{path}", server.base))
            .header("cookie", &kim)
            .send()
            .await
            .expect("responds");
        assert_eq!(refused.status(), 403, "{path}");
    }

    let setup = page(&server, "/two-factor", &kim).await;
    assert!(setup.contains("Set up your second sign-in step"));
    assert!(setup.contains("<svg"), "a QR code");
    assert!(setup.contains("autocomplete=\"one-time-code\""));
    let wrong = post_form(
        &server,
        "/two-factor",
        "/api/two-factor",
        &[("code", "000000")],
        Some(&kim),
    )
    .await;
    let wrong = Landing::of(&server, &wrong, Some(&kim));
    assert!(wrong.refused());
    assert!(wrong.page(&server).await.contains("That code is not right"));
    let code = common::second_factor_code(&server, &kim).await;
    let passed = post_form(
        &server,
        "/two-factor",
        "/api/two-factor",
        &[("code", &code)],
        Some(&kim),
    )
    .await;
    assert_eq!(location(&passed), "/two-factor/recovery-codes");
    // The codes travel to their page in a short-lived cookie, as a browser would send it.
    let carried: Vec<String> = passed
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .chain([kim.clone()])
        .collect();
    let codes_page = page(&server, "/two-factor/recovery-codes", &carried.join("; ")).await;
    let codes: Vec<String> = codes_page
        .split("<code class=\"token\">")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len(), 10, "{codes_page}");
    assert!(
        !page(&server, "/two-factor/recovery-codes", &kim)
            .await
            .contains(&codes[0]),
        "shown once"
    );
    assert_eq!(get_page(&server, "/staff", Some(&kim)).await.status(), 200);

    // The next sign-in asks for a code; a recovery code works instead, once.
    let again = common::session_pair(&sign_in().await);
    let ask = page(&server, "/two-factor", &again).await;
    assert!(ask.contains("Enter the code from your authenticator app"));
    assert!(!ask.contains("data-secret"), "the key is never shown again");
    let recovered = post_form(
        &server,
        "/two-factor",
        "/api/two-factor/recovery",
        &[("recovery_code", &codes[0].to_uppercase())],
        Some(&again),
    )
    .await;
    assert_eq!(location(&recovered), "/staff?recovery=1");
    let third = common::session_pair(&sign_in().await);
    let reused = post_form(
        &server,
        "/two-factor",
        "/api/two-factor/recovery",
        &[("recovery_code", &codes[0])],
        Some(&third),
    )
    .await;
    assert!(Landing::of(&server, &reused, Some(&third)).refused());

    // Only an administrator resets it; Kim is signed out and sets it up again.
    let handler = colleague(&server, "lee@calicohomes.org.uk", "Lee Hart", Role::Handler).await;
    let kim_id = server
        .backend
        .colleagues()
        .await
        .expect("reads")
        .into_iter()
        .find(|c| c.email == "kim@calicohomes.org.uk")
        .expect("Kim")
        .id
        .to_string();
    let refused = post_form(
        &server,
        "/staff/colleagues",
        "/api/staff/colleagues/reset-second-factor",
        &[("id", &kim_id)],
        Some(&handler),
    )
    .await;
    assert!(Landing::of(&server, &refused, Some(&handler)).refused());
    let admin = colleague(
        &server,
        "ash@calicohomes.org.uk",
        "Ash Cole",
        Role::Administrator,
    )
    .await;
    let list = page(&server, "/staff/colleagues", &admin).await;
    assert!(list.contains("Kim Ward") && list.contains("Set up"));
    let reset = post_form(
        &server,
        "/staff/colleagues",
        "/api/staff/colleagues/reset-second-factor",
        &[("id", &kim_id)],
        Some(&admin),
    )
    .await;
    assert_eq!(
        location(&reset),
        format!("/staff/colleagues?reset={kim_id}")
    );
    assert_ne!(
        get_page(&server, "/staff", Some(&kim)).await.status(),
        200,
        "signed out"
    );
    let fresh = common::session_pair(&sign_in().await);
    assert!(page(&server, "/two-factor", &fresh)
        .await
        .contains("Set up your second sign-in step"));
}

#[tokio::test]
async fn a_colleague_finds_a_complaint_by_name_address_or_reference_and_exports_the_queue() {
    let server = spawn().await;
    let alex = signed_in(&server, "alex@example.com").await;
    // A resident's words that a spreadsheet would take for a formula.
    let alexs = common::file_complaint_saying(
        &server,
        &alex,
        "=HYPERLINK(\"http://example.com\") The lift at Centenary Court is broken.",
    )
    .await;
    let sam = common::signed_in_home(&server, "sam@example.com", "10023456", "BB10 1AA").await;
    let sams = file_complaint(&server, &sam).await;
    let staff = colleague(&server, "jo@calicohomes.org.uk", "Jo Ellis", Role::Handler).await;

    // By name (the lead tenant of the linked home), address, rent reference or reference.
    for (search, found, not) in [
        ("khan", &sams, &alexs),
        ("padiham road", &sams, &alexs),
        ("1002-3456", &sams, &alexs),
        ("centenary court", &alexs, &sams),
        (alexs.as_str(), &alexs, &sams),
    ] {
        let address = format!(
            "/staff?q={}",
            form_urlencoded::byte_serialize(search.as_bytes()).collect::<String>()
        );
        let queue = page(&server, &address, &staff).await;
        assert!(queue.contains(found.as_str()), "{search}");
        assert!(!queue.contains(not.as_str()), "{search}");
        assert!(queue.contains("1 complaint found."), "{search}");
        assert!(
            queue.contains("Download it as a spreadsheet (CSV)"),
            "{search}"
        );
    }
    let none = page(&server, "/staff?q=nobody+at+all", &staff).await;
    assert!(none.contains("0 complaints found."));
    assert!(!none.contains("queue.csv"), "nothing to download");
    // The search stays in the box, and in the export's address with the other filters.
    let croft = page(&server, "/staff?q=Croft+Street&kind=complaint", &staff).await;
    assert!(croft.contains(r#"value="Croft Street""#), "{croft}");
    assert!(croft.contains(r#"href="/staff/queue.csv?q=Croft+Street&amp;kind=complaint""#));
    // A search that cannot be used says how to fix it, and the rest still works.
    let long = page(&server, &format!("/staff?q={}", "a".repeat(101)), &staff).await;
    assert!(
        long.contains("The search box takes up to 100 characters"),
        "{long}"
    );
    assert!(long.contains("2 complaints found."));

    // The export: the filtered queue, in order, as CSV a spreadsheet shows and never runs.
    let export = get_page(&server, "/staff/queue.csv?q=10012345", Some(&staff)).await;
    assert_eq!(export.status(), 200);
    let header = |name: &str| {
        export
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    assert!(header("content-disposition").starts_with("attachment; filename=\"calico-complaints-"));
    assert_eq!(header("cache-control"), "no-store");
    let bytes = export.bytes().await.expect("body");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        reader
            .headers()
            .expect("headers")
            .iter()
            .collect::<Vec<_>>(),
        [
            "Reference",
            "Kind",
            "Received",
            "Where it is",
            "Risk",
            "Next deadline",
            "Due by",
            "Working days left",
            "Overdue",
            "Next update to the resident by",
            "Update overdue",
            "Remedy due by",
            "Remedy overdue",
            "Asked for a review late on",
            "About"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], alexs.as_str());
    assert_eq!(&rows[0][1], "Complaint");
    assert_eq!(&rows[0][3], "Waiting to be acknowledged");
    assert!(
        rows[0][5].starts_with("Acknowledgement due by"),
        "{:?}",
        &rows[0]
    );
    assert_eq!(&rows[0][8], "No");
    assert!(
        rows[0][14].starts_with("'=HYPERLINK("),
        "{:?}",
        &rows[0][14]
    );
    let everything = get_page(&server, "/staff/queue.csv", Some(&staff)).await;
    let everything = everything.text().await.expect("body");
    assert_eq!(
        everything.lines().count(),
        3,
        "a header and both complaints"
    );

    // Only colleagues: a resident is refused, and someone signed out is sent to sign in.
    let refused = get_page(&server, "/staff/queue.csv", Some(&alex)).await;
    assert_eq!(refused.status(), 403);
    assert!(!refused.text().await.expect("body").contains(&alexs));
    let signed_out = get_page(&server, "/staff/queue.csv", None).await;
    assert_eq!(signed_out.status(), 303);
    assert_eq!(location(&signed_out), "/sign-in");
}

#[tokio::test]
async fn on_the_weekend_after_a_missed_deadline_the_queue_says_overdue_never_due_today() {
    // Received Friday 4 December 2026: to be acknowledged by Friday 11 December.
    let start = DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    // Signed in afresh each day (a session ends after a while without use).
    let queue = |day: &'static str| {
        let server = &server;
        async move {
            let email = format!("{}@calicohomes.org.uk", day.to_lowercase());
            let staff = colleague(server, &email, "Jo Ellis", Role::Handler).await;
            page(server, "/staff", &staff).await
        }
    };
    let row = |queue: &str| {
        let at = queue
            .find(&format!(">{reference}<"))
            .expect("the complaint's row");
        let end = queue[at..].find("</tr>").expect("the row's end");
        queue[at..at + end].to_owned()
    };
    server.clock.advance(Duration::days(7)); // Friday 11th, the last day
    let friday = row(&queue("Friday").await);
    assert!(friday.contains("Due today"), "{friday}");
    assert!(!friday.contains("Overdue"), "{friday}");
    for day in ["Saturday", "Sunday", "Monday"] {
        server.clock.advance(Duration::days(1));
        let late = row(&queue(day).await);
        assert!(late.contains("Overdue by 1 working day"), "{day}: {late}");
        assert!(!late.contains("Due today"), "{day}: {late}");
    }
}

#[tokio::test]
async fn a_complaint_already_acknowledged_is_not_accepted_once_court_proceedings_start() {
    let (server, resident, staff, reference) = acknowledged(Role::ComplaintsOfficer).await;
    // At Stage 1, before the response, the console still offers not accepting it.
    let case_page = format!("/staff/complaints/{reference}");
    let case = page(&server, &case_page, &staff).await;
    assert!(case.contains("Do not accept as a complaint"), "{case}");
    server.clock.advance(Duration::minutes(10));
    let done = record(
        &server,
        &staff,
        &reference,
        "not_accepted",
        &[
            ("occurred_at", "2026-11-23T09:35"),
            ("by", "Sam Patel"),
            (
                "reason",
                "Court proceedings about the same repair have started.",
            ),
        ],
    )
    .await;
    let case = done.page(&server).await;
    assert!(
        case.contains("Recorded: Do not accept as a complaint."),
        "{case}"
    );
    assert!(case.contains("Closed"), "{case}");
    // The resident is told why, and about the Ombudsman.
    let letters = page(&server, "/account/letters", &resident).await;
    assert!(
        letters.contains("why we cannot take it forward"),
        "{letters}"
    );
}

#[tokio::test]
async fn an_administrator_closes_the_offices_and_every_deadline_and_page_follows() {
    // Monday 30 November 2026: a complaint is to be acknowledged within 5 working days.
    let start = DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    let handler = colleague(
        &server,
        "sam@calicohomes.org.uk",
        "Sam Patel",
        Role::Handler,
    )
    .await;
    let row = |queue: String| {
        let at = queue
            .find(&format!(">{reference}<"))
            .expect("the complaint's row");
        let end = queue[at..].find("</tr>").expect("the row's end");
        queue[at..at + end].to_owned()
    };
    assert!(row(page(&server, "/staff", &handler).await).contains("7 December 2026"));

    // Only an administrator manages them, and the queue links only them to the pages.
    for path in ["/staff/closure-days", "/staff/out-of-hours"] {
        let refused = page(&server, path, &handler).await;
        assert!(
            refused.contains("Only an administrator can change the closure days"),
            "{path}"
        );
    }
    let refused = post_form(
        &server,
        "/staff/closure-days",
        "/api/staff/opening/closure-days/add",
        &[
            ("closure_day", "3"),
            ("closure_month", "12"),
            ("closure_year", "2026"),
            ("reason", "Training"),
        ],
        Some(&handler),
    )
    .await;
    assert!(Landing::of(&server, &refused, Some(&handler))
        .page(&server)
        .await
        .contains("Only an administrator can change the closure days"));
    assert!(server
        .backend
        .closure_days()
        .await
        .expect("days")
        .is_empty());
    let admin = colleague(
        &server,
        "ash@calicohomes.org.uk",
        "Ash Cole",
        Role::Administrator,
    )
    .await;
    assert!(page(&server, "/staff", &admin)
        .await
        .contains("href=\"/staff/closure-days\""));
    assert!(!page(&server, "/staff", &handler)
        .await
        .contains("href=\"/staff/closure-days\""));

    // What cannot be a closure day is refused, saying why, with what was typed kept.
    let add = |day: &'static str, reason: &'static str| {
        let (server, admin) = (&server, &admin);
        async move {
            let (d, m, y) = match day.split('/').collect::<Vec<_>>()[..] {
                [d, m, y] => (d, m, y),
                _ => ("", "", ""),
            };
            let sent = post_form(
                server,
                "/staff/closure-days",
                "/api/staff/opening/closure-days/add",
                &[
                    ("closure_day", d),
                    ("closure_month", m),
                    ("closure_year", y),
                    ("reason", reason),
                ],
                Some(admin),
            )
            .await;
            (
                location(&sent),
                Landing::of(server, &sent, Some(admin)).page(server).await,
            )
        }
    };
    let (_, empty) = add("", "").await;
    assert!(empty.contains("Enter the day") && empty.contains("Enter why the offices are closed"));
    let (_, weekend) = add("5/12/2026", "Training").await;
    assert!(
        weekend.contains("Saturday 5 December 2026 is a Saturday: it is not a working day already")
    );
    assert!(
        weekend.contains("value=\"Training\""),
        "what was typed is kept"
    );
    let (_, past) = add("27/11/2026", "Snow").await;
    assert!(past.contains("Friday 27 November 2026 has passed."));

    // Thursday 3 December closes: the acknowledgement moves to Tuesday 8 December.
    let (to, added) = add("3/12/2026", "Staff training day").await;
    assert_eq!(to, "/staff/closure-days?added=2026-12-03");
    assert!(added.contains("Thursday 3 December 2026 is a closure day"));
    assert!(added.contains("Staff training day"));
    assert!(
        added.contains("Ash Cole (ash@calicohomes.org.uk)"),
        "who made the change"
    );
    let moved = row(page(&server, "/staff", &handler).await);
    assert!(moved.contains("8 December 2026"), "{moved}");
    let (_, again) = add("3/12/2026", "Twice").await;
    assert!(again.contains("Thursday 3 December 2026 is already a closure day"));

    // Opened again, the deadline comes back.
    let reopened = post_form(
        &server,
        "/staff/closure-days",
        "/api/staff/opening/closure-days/remove",
        &[("day", "2026-12-03")],
        Some(&admin),
    )
    .await;
    assert_eq!(
        location(&reopened),
        "/staff/closure-days?removed=2026-12-03"
    );
    assert!(row(page(&server, "/staff", &handler).await).contains("7 December 2026"));
    let gone = post_form(
        &server,
        "/staff/closure-days",
        "/api/staff/opening/closure-days/remove",
        &[("day", "2026-12-03")],
        Some(&admin),
    )
    .await;
    assert!(Landing::of(&server, &gone, Some(&admin))
        .page(&server)
        .await
        .contains("Thursday 3 December 2026 is not a closure day"));

    // The out-of-hours number: checked, saved, and given with every emergency warning.
    let home = get_page(&server, "/", None)
        .await
        .text()
        .await
        .expect("html");
    assert!(home.contains("01282 686300") && !home.contains("out-of-hours line"));
    let bad = post_form(
        &server,
        "/staff/out-of-hours",
        "/api/staff/opening/out-of-hours",
        &[("phone", "call Ash")],
        Some(&admin),
    )
    .await;
    let bad = Landing::of(&server, &bad, Some(&admin)).page(&server).await;
    assert!(bad.contains("Enter a UK phone number"), "{bad}");
    assert!(bad.contains("value=\"call Ash\""));
    let saved = post_form(
        &server,
        "/staff/out-of-hours",
        "/api/staff/opening/out-of-hours",
        &[("phone", "0800 169 2407")],
        Some(&admin),
    )
    .await;
    assert_eq!(location(&saved), "/staff/out-of-hours?saved=true");
    let home = get_page(&server, "/", None)
        .await
        .text()
        .await
        .expect("html");
    assert!(
        home.contains("call our out-of-hours line on")
            && home.contains("<a href=\"tel:08001692407\">0800 169 2407</a>"),
        "{home}"
    );
}

#[tokio::test]
async fn a_concern_reported_while_the_offices_are_closed_gives_the_out_of_hours_number() {
    // Saturday 5 December 2026.
    let start = DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let line = domain::values::PhoneNumber::parse("0800 169 2407").expect("number");
    server
        .backend
        .set_out_of_hours(&line, "Ash Cole")
        .await
        .expect("set");
    let resident = signed_in(&server, "alex@example.com").await;
    walk(
        &server,
        &resident,
        vec![
            step(
                "/complaint/new",
                "/api/complaint/purpose",
                &[("purpose", "concern")],
                "/complaint/new/for-whom",
            ),
            step(
                "/complaint/new/for-whom",
                "/api/complaint/for-whom",
                &[("for_whom", "me")],
                "/complaint/new/concern",
            ),
            step(
                "/complaint/new/concern",
                "/api/complaint/concern",
                &[
                    (
                        "concern_what",
                        "The smoke alarm on the landing does not work.",
                    ),
                    ("concern_where", "Landing outside Flat 1"),
                    ("danger_now", "no"),
                    ("vulnerable", "yes"),
                ],
                "/complaint/new/support",
            ),
            step(
                "/complaint/new/support",
                "/api/complaint/support",
                SUPPORT,
                "/complaint/new/check",
            ),
        ],
    )
    .await;
    let check = page(&server, "/complaint/new/check", &resident).await;
    let sent = answer(
        &server,
        "/complaint/new/check",
        "/api/complaint/send",
        &[("key", &send_key(&check))],
        &resident,
    )
    .await;
    let receipt = page(&server, &sent, &resident).await;
    assert!(
        receipt.contains("look at it on Monday 7 December 2026, when we open, and decide how urgent it is. For an emergency repair before then, call our out-of-hours line on 0800 169 2407."),
        "{receipt}"
    );
}

#[tokio::test]
async fn a_late_response_gets_updates_at_the_agreed_interval_which_the_queue_lists_until_given() {
    // Monday 23 November 2026: acknowledged that morning, so the response is due by 7 December.
    let (server, resident, staff, reference) = acknowledged(Role::Handler).await;
    let case_page = format!("/staff/complaints/{reference}");
    let case = page(&server, &case_page, &staff).await;
    assert!(case.contains("Send the resident an update"), "{case}");
    assert!(
        !case.contains("Agree how often to update the resident"),
        "not offered while the response is on time"
    );
    // A crafted post before the response is late is refused, saying what to do, and keeps
    // what was typed.
    let refused = record(
        &server,
        &staff,
        &reference,
        "updates_agreed",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("working_days", "3"),
            ("reason", "By phone"),
        ],
    )
    .await;
    let form = refused.page(&server).await;
    assert!(form.contains("record the extension first"), "{form}");
    assert!(form.contains("By phone"), "what was typed is kept");
    record(
        &server,
        &staff,
        &reference,
        "stage1_extended",
        &[
            ("occurred_at", "2026-11-23T09:25"),
            ("by", "Sam Patel"),
            ("working_days", "5"),
            ("reason", "A surveyor must visit first."),
        ],
    )
    .await;
    // Out of range: beside the box.
    let refused = record(
        &server,
        &staff,
        &reference,
        "updates_agreed",
        &[
            ("occurred_at", "2026-11-23T09:26"),
            ("by", "Sam Patel"),
            ("working_days", "21"),
        ],
    )
    .await;
    let form = refused.page(&server).await;
    assert!(form.contains("every 1 to 20 working days"), "{form}");
    let done = record(
        &server,
        &staff,
        &reference,
        "updates_agreed",
        &[
            ("occurred_at", "2026-11-23T09:27"),
            ("by", "Sam Patel"),
            ("working_days", "2"),
            ("reason", "By phone; updates by email"),
        ],
    )
    .await;
    let case = done.page(&server).await;
    assert!(
        case.contains("Update to the resident due by Wednesday 25 November 2026 (every 2 working days, as agreed)"),
        "{case}"
    );
    // The resident has the letter and sees the next update owed.
    let letters = page(&server, "/account/letters", &resident).await;
    assert!(
        letters.contains("how we will keep you updated"),
        "{letters}"
    );
    let mine = page(
        &server,
        &format!("/account/complaints/{reference}"),
        &resident,
    )
    .await;
    assert!(mine.contains("Our next update to you"), "{mine}");
    assert!(mine.contains("at least every 2 working days"), "{mine}");
    // On Thursday the update is late: the queue lists it under its own filter. (Both sign in
    // afresh: a session ends after a while without use.)
    server.clock.advance(Duration::days(3));
    let staff = colleague(&server, "jo@calicohomes.org.uk", "Jo Ellis", Role::Handler).await;
    let resident = {
        let response = post_form(
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
        common::session_pair(&response)
    };
    let owed = page(&server, "/staff?updates=true", &staff).await;
    assert!(owed.contains(&format!(">{reference}<")), "{owed}");
    assert!(owed.contains("Update overdue"), "{owed}");
    assert!(owed.contains("1 complaint found."), "{owed}");
    assert!(
        owed.contains("Updates owed to residents, as agreed while a response is late (1)"),
        "{owed}"
    );
    let csv = page(&server, "/staff/queue.csv?updates=true", &staff).await;
    assert!(csv.contains(",2026-11-25,Yes,"), "{csv}");
    // An update is sent to the resident and starts the next interval.
    record(
        &server,
        &staff,
        &reference,
        "update_given",
        &[
            ("occurred_at", "2026-11-26T09:00"),
            ("by", "Jo Ellis"),
            ("reason", "The surveyor visits on Monday morning."),
        ],
    )
    .await;
    let owed = page(&server, "/staff?updates=true", &staff).await;
    assert!(owed.contains("0 complaints found."), "{owed}");
    let mine = page(
        &server,
        &format!("/account/complaints/{reference}"),
        &resident,
    )
    .await;
    assert!(
        mine.contains("The surveyor visits on Monday morning."),
        "{mine}"
    );
    let letters = page(&server, "/account/letters", &resident).await;
    assert!(letters.contains(": an update"), "{letters}");
}

#[tokio::test]
async fn an_administrator_adds_and_retires_a_category_and_responses_offer_only_live_ones() {
    let (server, _resident, handler, reference) = acknowledged(Role::Handler).await;
    let admin = colleague(
        &server,
        "ash@calicohomes.org.uk",
        "Ash Turner",
        Role::Administrator,
    )
    .await;
    let added = post_form(
        &server,
        "/staff/categories",
        "/api/staff/categories/add",
        &[("name", "Gas  servicing")],
        Some(&admin),
    )
    .await;
    assert_eq!(location(&added), "/staff/categories?added=gas_servicing");
    let list = page(&server, &location(&added), &admin).await;
    assert!(
        list.contains("Gas servicing is offered for every response from now on."),
        "{list}"
    );
    // The same name again is refused beside the box, and what was typed is kept.
    let again = post_form(
        &server,
        "/staff/categories",
        "/api/staff/categories/add",
        &[("name", "gas servicing")],
        Some(&admin),
    )
    .await;
    let form = Landing::of(&server, &again, Some(&admin))
        .page(&server)
        .await;
    assert!(
        form.contains("There is already a category called Gas servicing."),
        "{form}"
    );
    assert!(form.contains("value=\"gas servicing\""), "{form}");
    let step = format!("/staff/complaints/{reference}/stage1_responded");
    assert!(page(&server, &step, &handler)
        .await
        .contains("Gas servicing"));
    let retired = post_form(
        &server,
        "/staff/categories",
        "/api/staff/categories/retire",
        &[("code", "gas_servicing"), ("retire", "true")],
        Some(&admin),
    )
    .await;
    assert_eq!(
        location(&retired),
        "/staff/categories?retired=gas_servicing"
    );
    assert!(!page(&server, &step, &handler)
        .await
        .contains("Gas servicing"));
    // A response filed under it now is refused beside the categories.
    let refused = record(
        &server,
        &handler,
        &reference,
        "stage1_responded",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("about", "The boiler repair."),
            ("outcome_sought", "Finish the repair."),
            ("decision", "Not upheld."),
            ("reasons", "The engineer came on time."),
            ("remedy", "None"),
            ("finding", "not_upheld"),
            ("categories[0]", "gas_servicing"),
        ],
    )
    .await;
    let form = refused.page(&server).await;
    assert!(
        form.contains("There is no category \"gas_servicing\" to choose now"),
        "{form}"
    );
    // Only administrators manage them.
    let denied = page(&server, "/staff/categories", &handler).await;
    assert!(
        denied.contains("Only an administrator can change the categories."),
        "{denied}"
    );
}

#[tokio::test]
async fn a_colleague_logs_a_phone_complaint_for_a_resident_without_an_account() {
    let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let officer = colleague(
        &server,
        "pat@calicohomes.org.uk",
        "Pat Officer",
        Role::Handler,
    )
    .await;
    let found = page(&server, "/staff/log?q=padiham", &officer).await;
    assert!(found.contains("Sam Khan"), "{found}");
    assert!(found.contains("/staff/log/new?tenancy=10023456"), "{found}");
    let none = page(&server, "/staff/log?q=nobody%20at%20all", &officer).await;
    assert!(none.contains("No resident or tenancy found"), "{none}");
    let choose = page(&server, "/staff/log/new?tenancy=10023456", &officer).await;
    assert!(choose.contains("What are they telling us?"), "{choose}");
    let form = page(
        &server,
        "/staff/log/new?tenancy=10023456&kind=complaint",
        &officer,
    )
    .await;
    assert!(form.contains("How did they contact us?"), "{form}");
    let key = form
        .split("name=\"key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form's key")
        .to_owned();
    let from = "/staff/log/new?tenancy=10023456&kind=complaint";
    let mut fields = vec![
        ("tenancy", "10023456"),
        ("key", key.as_str()),
        ("purpose", "complaint"),
        ("channel", "phone"),
        ("received_at", "2026-11-20T16:30"),
        ("name", "Sam Khan"),
        ("what_happened", "The roof has leaked since October."),
        ("incident_day", "12"),
        ("incident_month", "10"),
        ("incident_year", "2026"),
        ("outcome", ""),
        ("contact_method", "letter"),
    ];
    let refused = post_form(&server, from, "/api/staff/log", &fields, Some(&officer)).await;
    let landing = Landing::of(&server, &refused, Some(&officer));
    assert!(landing.refused());
    let again = landing.page(&server).await;
    assert!(again.contains("Error: Log a complaint"), "{again}");
    assert!(
        again.contains("The roof has leaked since October."),
        "what was typed is kept"
    );
    fields.retain(|(name, _)| *name != "outcome");
    fields.push(("outcome", "Fix the roof."));
    let logged = post_form(&server, from, "/api/staff/log", &fields, Some(&officer)).await;
    let landing = Landing::of(&server, &logged, Some(&officer));
    assert!(!landing.refused(), "{}", landing.page(&server).await);
    assert!(
        landing.path.starts_with("/staff/complaints/CMP-2026-"),
        "{}",
        landing.path
    );
    let case = landing.page(&server).await;
    for said in [
        "Logged as CMP-2026-",
        "Logged for",
        "Sam Khan, who has no account",
        "Friday 20 November 2026 at 16:30, by phone",
        // Five working days from the Friday it was received, not from Monday.
        "Friday 27 November 2026",
        "We have received your complaint",
    ] {
        assert!(case.contains(said), "{said} in {case}");
    }
    // The same form sent twice logs once.
    let twice = post_form(&server, from, "/api/staff/log", &fields, Some(&officer)).await;
    assert_eq!(
        Landing::of(&server, &twice, Some(&officer)).path,
        landing.path
    );
    // The acknowledgement waits to be posted, to Sam at the home.
    let tasks = page(&server, "/staff/tasks", &officer).await;
    assert!(tasks.contains("Padiham Road"), "{tasks}");
    // The queue finds it by the name given.
    let queue = page(&server, "/staff?q=sam%20khan", &officer).await;
    assert!(queue.contains("1 complaint found"), "{queue}");
    // A resident cannot log anything.
    let alex = signed_in(&server, "alex@example.com").await;
    let refused = post_form(&server, from, "/api/staff/log", &fields, Some(&alex)).await;
    assert_eq!(refused.status(), 403);
}

#[tokio::test]
async fn colleagues_read_the_years_performance_on_a_page_and_in_a_spreadsheet() {
    let start = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .expect("instant")
        .to_utc();
    let server = spawn_with_clock(backend::Clock::fixed(start)).await;
    let alex = signed_in(&server, "alex@example.com").await;
    file_complaint(&server, &alex).await;
    let officer = colleague(
        &server,
        "pat@calicohomes.org.uk",
        "Pat Officer",
        Role::Handler,
    )
    .await;
    let report = page(&server, "/staff/reports", &officer).await;
    for said in [
        "Complaints performance 2026/27",
        "CH01: complaints received per 1,000 homes (5 homes)",
        "<td>200.0</td>",
        "CH02: share of responses within the Code's timescales",
        "none answered",
        "Stage 1 complaints received each month",
        "role=\"img\"",
        "/staff/reports.csv?year=2026",
        "Learning from complaints, and what changed",
        "None agreed in this year",
    ] {
        assert!(report.contains(said), "{said} in {report}");
    }
    let future = page(&server, "/staff/reports?year=2030", &officer).await;
    assert!(future.contains("has not started"), "{future}");
    assert!(future.contains("Complaints performance 2026/27"));
    let last = page(&server, "/staff/reports?year=2025%2F26", &officer).await;
    assert!(last.contains("Complaints performance 2025/26"), "{last}");
    assert!(
        last.contains(r#"<option value="2025" selected>2025/26</option>"#),
        "the year shown is the one chosen: {last}"
    );
    let csv = get_page(&server, "/staff/reports.csv?year=2026", Some(&officer)).await;
    assert_eq!(csv.status(), 200);
    assert!(csv
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .contains("calico-complaints-performance-2026-27.csv"));
    let body = csv.text().await.expect("csv");
    assert!(body.contains("Reporting year,2026/27"), "{body}");
    assert!(
        body.contains("\"CH01: complaints received per 1,000 homes (5 homes)\",200.0,0.0"),
        "{body}"
    );
    assert!(body.contains("November 2026,1"), "{body}");
    assert!(
        body.contains("Learning from complaints, and what changed"),
        "{body}"
    );
    let refused = get_page(&server, "/staff/reports.csv", Some(&alex)).await;
    assert_eq!(refused.status(), 403);
}

#[tokio::test]
async fn a_remedy_due_today_is_flagged_on_the_queue_and_marked_done_from_the_console() {
    let (server, _alex, staff, reference) = acknowledged(Role::Handler).await;
    let response = record(
        &server,
        &staff,
        &reference,
        "stage1_responded",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("about", "The boiler repair."),
            ("outcome_sought", "Finish it."),
            ("finding", "upheld"),
            ("categories[0]", "repairs"),
            ("decision", "Upheld."),
            ("reasons", "The part was never ordered."),
            ("remedy", "The repair, this week."),
        ],
    )
    .await;
    assert!(!response.refused(), "{}", response.page(&server).await);
    // A day before it is agreed is refused beside the date; what was typed stays.
    let mut agree = vec![
        ("occurred_at", "2026-11-23T09:25"),
        ("by", "Sam Patel"),
        ("action_kind", "repair"),
        ("what", "Finish the boiler repair."),
        ("owner", "Repairs team"),
        ("due_day", "20"),
        ("due_month", "11"),
        ("due_year", "2026"),
    ];
    let early = record(&server, &staff, &reference, "action_agreed", &agree).await;
    assert!(early.refused());
    let said = early.page(&server).await;
    assert!(
        said.contains("must be the day it is agreed or later"),
        "{said}"
    );
    assert!(said.contains("Finish the boiler repair."));
    agree.retain(|(name, _)| *name != "due_day");
    agree.push(("due_day", "23"));
    let agreed = record(&server, &staff, &reference, "action_agreed", &agree).await;
    assert!(!agreed.refused(), "{}", agreed.page(&server).await);
    let queue = page(&server, "/staff?remedies=true", &staff).await;
    assert!(queue.contains("Remedy due today"), "{queue}");
    assert!(queue.contains("Remedies owed to residents: due today or overdue, not yet done (1)"));
    let form = page(
        &server,
        &format!("/staff/complaints/{reference}/action_done"),
        &staff,
    )
    .await;
    assert!(
        form.contains("1: Finish the boiler repair. (due by Monday 23 November 2026)"),
        "{form}"
    );
    let done = record(
        &server,
        &staff,
        &reference,
        "action_done",
        &[
            ("occurred_at", "2026-11-23T09:28"),
            ("by", "Sam Patel"),
            ("action", "1"),
        ],
    )
    .await;
    assert!(!done.refused(), "{}", done.page(&server).await);
    let case = done.page(&server).await;
    assert!(case.contains("Done on Monday 23 November 2026"), "{case}");
    let queue = page(&server, "/staff?remedies=true", &staff).await;
    assert!(queue.contains("0 complaints found"), "{queue}");
}

#[tokio::test]
async fn the_case_file_is_a_printable_page_and_a_zip_with_every_letter() {
    let (server, alex, staff, reference) = acknowledged(Role::Handler).await;
    let file = page(&server, &format!("/staff/case-files/{reference}"), &staff).await;
    for said in [
        format!("Case file {reference}"),
        "Letters, in full".into(),
        format!("Your complaint {reference}: Stage 1 acknowledgement"),
        "Our understanding of your complaint: The boiler repair was left unfinished.".into(),
        "Recorded Monday 23 November 2026 at 09:30 by Sam Patel".into(),
        format!("/staff/case-file.zip?reference={reference}"),
    ] {
        assert!(file.contains(&said), "{said} in {file}");
    }
    let zip = get_page(
        &server,
        &format!("/staff/case-file.zip?reference={reference}"),
        Some(&staff),
    )
    .await;
    assert_eq!(zip.status(), 200);
    assert_eq!(
        zip.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/zip")
    );
    let bytes = zip.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("case-file.txt"));
    assert!(text.contains(&format!("Case file: {reference} (Complaint)")));
    assert!(text.contains("letters/01-Your-complaint-"));
    let refused = get_page(
        &server,
        &format!("/staff/case-file.zip?reference={reference}"),
        Some(&alex),
    )
    .await;
    assert_eq!(refused.status(), 403);
    let missing = get_page(
        &server,
        "/staff/case-file.zip?reference=CMP-2026-999999",
        Some(&staff),
    )
    .await;
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn an_ombudsman_determination_is_recorded_seen_by_the_resident_and_counted_in_the_report() {
    let (server, resident, staff, reference) = acknowledged(Role::Handler).await;
    let step = format!("/staff/complaints/{reference}/ombudsman_determined");
    let form = page(&server, &step, &staff).await;
    for said in [
        "Record the Housing Ombudsman's determination",
        "The Ombudsman's case number",
        "Severe maladministration",
        "Outside the Ombudsman's jurisdiction",
    ] {
        assert!(form.contains(said), "{said} in {form}");
    }
    // Each answer missing or wrong is named beside its box, and what was typed is kept.
    let refused = record(
        &server,
        &staff,
        &reference,
        "ombudsman_determined",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("ombudsman_case", "202612345"),
            ("determined_day", "24"),
            ("determined_month", "11"),
            ("determined_year", "2026"),
            ("orders", "Pay £100."),
        ],
    )
    .await
    .page(&server)
    .await;
    assert!(
        refused.contains("Select what the Ombudsman found"),
        "{refused}"
    );
    assert!(refused.contains("value=\"202612345\""), "{refused}");
    let future = record(
        &server,
        &staff,
        &reference,
        "ombudsman_determined",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("ombudsman_case", "202612345"),
            ("ombudsman_finding", "service_failure"),
            ("determined_day", "24"),
            ("determined_month", "11"),
            ("determined_year", "2026"),
        ],
    )
    .await
    .page(&server)
    .await;
    assert!(
        future.contains("that is after the day it is recorded"),
        "{future}"
    );
    let landing = record(
        &server,
        &staff,
        &reference,
        "ombudsman_determined",
        &[
            ("occurred_at", "2026-11-23T09:20"),
            ("by", "Sam Patel"),
            ("ombudsman_case", "202612345"),
            ("ombudsman_finding", "service_failure"),
            ("determined_day", "23"),
            ("determined_month", "11"),
            ("determined_year", "2026"),
            ("orders", "Pay £100 within four weeks."),
        ],
    )
    .await;
    let case = landing.page(&server).await;
    assert!(case.contains("Service failure"), "{case}");
    let own = page(
        &server,
        &format!("/account/complaints/{reference}"),
        &resident,
    )
    .await;
    for said in [
        "The Housing Ombudsman decided your complaint",
        "Service failure",
        "Pay £100 within four weeks.",
    ] {
        assert!(own.contains(said), "{said} in {own}");
    }
    let report = page(&server, "/staff/reports?year=2026", &staff).await;
    assert!(
        report.contains("Housing Ombudsman determinations"),
        "{report}"
    );
    assert!(
        report.contains("<th scope=\"row\">Service failure</th><td>1</td>"),
        "{report}"
    );
}

#[tokio::test]
async fn an_administrator_assesses_the_code_and_colleagues_read_it_on_a_page_and_in_a_spreadsheet()
{
    let (server, alex, handler, _reference) = acknowledged(Role::Handler).await;
    let admin = colleague(
        &server,
        "ash@calicohomes.org.uk",
        "Ash Turner",
        Role::Administrator,
    )
    .await;
    let before = page(&server, "/staff/self-assessment?year=2026", &handler).await;
    for said in [
        "Self-assessment against the Complaint Handling Code 2026/27",
        "Section 6: Complaint stages",
        // Sam acknowledged the one complaint the day it came: 6.2 is met by the records.
        "From the records: 1 of 1 acknowledged at Stage 1 in time (100.0%).",
        "/staff/self-assessment.csv?year=2026",
    ] {
        assert!(before.contains(said), "{said} in {before}");
    }
    assert!(
        !before.contains("/staff/self-assessment/5.14"),
        "only an administrator is offered to assess"
    );
    let from = "/staff/self-assessment/5.14?year=2026";
    let fields_of = |verdict: &'static str, plan: &'static str, year: &'static str| {
        vec![
            ("provision", "5.14"),
            ("year", "2026"),
            ("verdict", verdict),
            (
                "evidence",
                "The unacceptable behaviour policy is being written.",
            ),
            ("plan", plan),
            ("comply_day", "31"),
            ("comply_month", "3"),
            ("comply_year", year),
        ]
    };
    // Sends the form as `who`, and returns the page it lands on.
    let send = |fields: Vec<(&'static str, &'static str)>, who: String| {
        let server = &server;
        async move {
            let sent = post_form(
                server,
                from,
                "/api/staff/self-assessment/save",
                &fields,
                Some(&who),
            )
            .await;
            Landing::of(server, &sent, Some(&who)).page(server).await
        }
    };
    // A colleague who is not an administrator is refused.
    let refused = send(fields_of("not_met", "Publish it.", "2027"), handler.clone()).await;
    assert!(refused.contains("Only an administrator"), "{refused}");
    // Not met without a plan: told what is missing, and nothing typed is lost.
    let missing = send(fields_of("not_met", "", "2027"), admin.clone()).await;
    assert!(
        missing.contains("Enter what will be done to meet it"),
        "{missing}"
    );
    assert!(
        missing.contains("The unacceptable behaviour policy is being written."),
        "{missing}"
    );
    let past = send(fields_of("not_met", "Publish it.", "2026"), admin.clone()).await;
    assert!(
        past.contains("The day it will be met by must be in the future"),
        "{past}"
    );
    let saved = post_form(
        &server,
        from,
        "/api/staff/self-assessment/save",
        &fields_of("not_met", "Publish it.", "2027"),
        Some(&admin),
    )
    .await;
    assert_eq!(
        location(&saved),
        "/staff/self-assessment?year=2026&saved=5.14#provision-5-14"
    );
    let after = page(
        &server,
        "/staff/self-assessment?year=2026&saved=5.14",
        &admin,
    )
    .await;
    for said in [
        "Saved your assessment of provision 5.14.",
        "Publish it. By Wednesday 31 March 2027.",
        "Assessed by Ash Turner (ash@calicohomes.org.uk)",
        "not met: 1;",
        "/staff/self-assessment/5.14?year=2026",
    ] {
        assert!(after.contains(said), "{said} in {after}");
    }
    // The form starts from what was saved, and lists it.
    let form = page(&server, from, &admin).await;
    assert!(form.contains("Earlier assessments this year"), "{form}");
    assert!(form.contains("value=\"not_met\" checked"), "{form}");
    // A provision the Code does not have.
    let none = page(&server, "/staff/self-assessment/6.99", &admin).await;
    assert!(none.contains("has no provision"), "{none}");
    // The report says how many are met, and both spreadsheets carry every provision.
    let report = page(&server, "/staff/reports?year=2026", &handler).await;
    assert!(report.contains("not met: 1;"), "{report}");
    for path in [
        "/staff/self-assessment.csv?year=2026",
        "/staff/reports.csv?year=2026",
    ] {
        let csv = get_page(&server, path, Some(&handler)).await;
        assert_eq!(csv.status(), 200);
        let body = csv.text().await.expect("csv");
        assert!(
            body.contains("Self-assessment against the Complaint Handling Code"),
            "{body}"
        );
        assert!(body.contains("5.14,"), "{body}");
        assert!(
            body.contains("Publish it. By Wednesday 31 March 2027."),
            "{body}"
        );
    }
    let refused = get_page(&server, "/staff/self-assessment.csv", Some(&alex)).await;
    assert_eq!(refused.status(), 403);
}
