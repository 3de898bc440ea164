//! Many pages rendered at once, for several people, by one server on a multi-thread runtime,
//! with the browser bundle fetched in between: every page must come back whole, be about
//! whoever asked for it, and carry its own Content-Security-Policy nonce. (Its own binary: it
//! counts the process's panics.)

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;

/// Panics anywhere in this process while the test runs (a page that panics while rendering
/// still answers something; the count says it happened).
static PANICS: AtomicUsize = AtomicUsize::new(0);

const CLIENTS: usize = 32;
const REQUESTS: usize = 2_000;
/// Far more than any page takes, far less than the 30-second timeout a hung page ran into.
const PATIENCE: Duration = Duration::from_secs(10);

/// A page, who asks for it, and what it must say.
#[derive(Clone)]
struct Expect {
    path: String,
    session: Option<String>,
    title: String,
    heading: String,
    /// "Signed in as …" in the header, or nobody.
    name: Option<String>,
    /// The complaint that is theirs to see, if any.
    mine: Option<String>,
}

/// Between `start` and `end` in `html`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    let to = html[from..].find(end)? + from;
    Some(&html[from..to])
}

fn title(page: &str) -> String {
    format!("{page} - Calico Account - Calico Homes")
}

/// One resident: signed in on their own tenancy, with a name, and a complaint filed.
async fn resident(server: &TestServer, n: usize) -> (String, String, String) {
    let homes = [
        ("10012345", "BB11 2ED"),
        ("10023456", "BB10 1AA"),
        ("10034567", "BB12 6BB"),
        ("10045678", "BB11 3CC"),
    ];
    let (reference, postcode) = homes[n % homes.len()];
    let email = format!("resident{n}@example.com");
    let session = signed_in_home(server, &email, reference, postcode).await;
    let name = format!("Resident Number{n}");
    let saved = answer(
        server,
        "/account/name",
        "/api/account/name",
        &[("name", &name)],
        &session,
    )
    .await;
    assert_eq!(saved, "/account?saved=name");
    let complaint = file_complaint(server, &session).await;
    (session, name, complaint)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_pages_at_once_each_come_back_whole_and_for_whoever_asked() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        previous(info);
    }));
    let server = spawn().await;
    let mut pages = Vec::new();
    let mut names = Vec::new();
    let mut references = Vec::new();
    for n in 0..4 {
        let (session, name, complaint) = resident(&server, n).await;
        let me = Some(name.clone());
        let s = Some(session);
        pages.push(Expect {
            path: "/account".into(),
            session: s.clone(),
            title: title("Your account"),
            heading: "Your account".into(),
            name: me.clone(),
            mine: Some(complaint.clone()),
        });
        pages.push(Expect {
            path: format!("/account/complaints/{complaint}"),
            session: s.clone(),
            title: title(&format!("Complaint {complaint}")),
            heading: complaint.clone(),
            name: me.clone(),
            mine: Some(complaint.clone()),
        });
        pages.push(Expect {
            path: format!("/account/complaints/{complaint}/add-information"),
            session: s.clone(),
            title: title("Add information to your complaint"),
            heading: "Add information to your complaint".into(),
            name: me.clone(),
            mine: Some(complaint.clone()),
        });
        pages.push(Expect {
            path: "/account/letters".into(),
            session: s.clone(),
            title: title("Your letters"),
            heading: "Your letters".into(),
            name: me.clone(),
            mine: Some(complaint.clone()),
        });
        pages.push(Expect {
            path: "/complaint/new/details".into(),
            session: s.clone(),
            title: title("Tell us about your complaint"),
            heading: "Tell us about your complaint".into(),
            name: me,
            mine: Some(complaint.clone()),
        });
        names.push(name);
        references.push(complaint);
    }
    let staff = colleague(
        &server,
        "sam.patel@calicohomes.org.uk",
        "Sam Patel",
        domain::handling::Role::Handler,
    )
    .await;
    pages.push(Expect {
        path: "/staff".into(),
        session: Some(staff.clone()),
        title: title("Work queue"),
        heading: "Work queue".into(),
        name: Some("Sam Patel".into()),
        mine: None,
    });
    pages.push(Expect {
        path: format!("/staff/complaints/{}", references[1]),
        session: Some(staff),
        title: title(&format!("Complaint {}", references[1])),
        heading: references[1].clone(),
        name: Some("Sam Patel".into()),
        mine: None,
    });
    for (path, page, heading) in [
        ("/", "Home", "Your Calico Account"),
        ("/sign-in", "Sign in", "Sign in to your Calico Account"),
        (
            "/accessibility",
            "Accessibility statement",
            "Accessibility statement for Calico Account",
        ),
    ] {
        pages.push(Expect {
            path: path.into(),
            session: None,
            title: title(page),
            heading: heading.into(),
            name: None,
            mine: None,
        });
    }
    let pages = Arc::new(pages);
    let everyone: Arc<Vec<String>> =
        Arc::new(names.into_iter().chain(["Sam Patel".to_owned()]).collect());
    let references = Arc::new(references);
    let next = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(PATIENCE)
        .build()
        .expect("client");
    let clients = (0..CLIENTS).map(|_| {
        let (pages, everyone, references, next, client, base) = (
            pages.clone(),
            everyone.clone(),
            references.clone(),
            next.clone(),
            client.clone(),
            server.base.clone(),
        );
        tokio::spawn(async move {
            let mut problems = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= REQUESTS {
                    return problems;
                }
                // A browser fetches the bundle while other pages render (the file handler once
                // took a rendering page's headers).
                if i % 4 == 3 {
                    match client.get(format!("{base}/pkg/calico.js")).send().await {
                        Ok(response) if response.status() == 200 => {}
                        other => problems.push(format!("/pkg/calico.js: {other:?}")),
                    }
                    continue;
                }
                // Stride through the pages so that neighbours in time differ.
                let want = &pages[(i * 7) % pages.len()];
                let mut request = client
                    .get(format!("{base}{}", want.path))
                    .header("accept", "text/html");
                if let Some(session) = &want.session {
                    request = request.header("cookie", session);
                }
                let (policy, html) = match request.send().await {
                    Ok(response) if response.status() == 200 => {
                        let policy = response
                            .headers()
                            .get("content-security-policy")
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_owned();
                        (policy, response.text().await.unwrap_or_default())
                    }
                    Ok(response) => {
                        problems.push(format!("{}: status {}", want.path, response.status()));
                        continue;
                    }
                    Err(error) => {
                        problems.push(format!("{}: {error}", want.path));
                        continue;
                    }
                };
                // The page's inline scripts carry the nonce its policy allows.
                match between(&policy, "'nonce-", "'") {
                    Some(nonce) if html.contains(&format!("nonce=\"{nonce}\"")) => {}
                    _ => problems.push(format!(
                        "{}: the policy {policy:?} allows none of its scripts",
                        want.path
                    )),
                }
                let title = between(&html, "<title>", "</title>").unwrap_or_default();
                if title != want.title {
                    problems.push(format!(
                        "{}: title {title:?}, not {:?}",
                        want.path, want.title
                    ));
                }
                let heading = between(&html, "<h1", "</h1>")
                    .and_then(|h| h.split_once('>'))
                    .map(|(_, text)| text)
                    .unwrap_or_default();
                if heading != want.heading {
                    problems.push(format!(
                        "{}: heading {heading:?}, not {:?}",
                        want.path, want.heading
                    ));
                }
                let signed_in = between(&html, "<span class=\"header-name\">", "</span>");
                if signed_in != want.name.as_deref() {
                    problems.push(format!(
                        "{}: signed in as {signed_in:?}, not {:?}",
                        want.path, want.name
                    ));
                }
                // A resident's page shows nobody else's name, nor anyone else's complaint (the
                // console shows every complaint, with who made it).
                if !want.path.starts_with("/staff") {
                    for other in everyone
                        .iter()
                        .filter(|n| Some(n.as_str()) != want.name.as_deref())
                    {
                        if html.contains(other.as_str()) {
                            problems.push(format!("{}: shows {other}", want.path));
                        }
                    }
                    for reference in references.iter().filter(|r| want.mine.as_ref() != Some(*r)) {
                        if html.contains(reference.as_str()) {
                            problems.push(format!("{}: shows {reference}", want.path));
                        }
                    }
                }
            }
        })
    });
    let mut problems: HashMap<String, usize> = HashMap::new();
    for client in clients.collect::<Vec<_>>() {
        for problem in client.await.expect("client") {
            *problems.entry(problem).or_default() += 1;
        }
    }
    assert!(problems.is_empty(), "of {REQUESTS} pages: {problems:#?}");
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "the server panicked while rendering"
    );
}
