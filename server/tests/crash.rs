//! Filing survives the server being killed. Residents file complaints through the real HTTP
//! form posts while the real `server` binary is killed with SIGKILL several times and started
//! again on the same database. Each resident does what a browser's user does when a page does
//! not come back: sends the same form again. Afterwards every complaint whose confirmation page
//! was shown exists exactly once, with one `received` event and one acknowledgement mail; a
//! form sent again never files twice; and every mail in the outbox is delivered, each exactly
//! once as its own `.eml` file (with SMTP it is at least once, always with the same Message-ID).

#![cfg(unix)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{complaint_steps, send_key, TestServer};

/// How many residents file at once, and how often the server is killed under them.
const RESIDENTS: usize = 6;
const KILLS: usize = 5;
/// Longest a resident keeps sending one form again before the test gives up on the server.
const PATIENCE: Duration = Duration::from_secs(60);

/// The real binary serving `dir`'s database on `port`, started as `make run` starts it.
struct Server {
    dir: std::path::PathBuf,
    port: u16,
    child: Option<Child>,
    /// How many times it has been started; each start logs to `server-{n}.log`.
    starts: usize,
}

impl Server {
    fn log(&self, start: usize) -> std::path::PathBuf {
        self.dir.join(format!("server-{start}.log"))
    }

    fn start(&mut self) {
        let log = std::fs::File::create(self.log(self.starts)).expect("a log file");
        self.starts += 1;
        let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .env_remove("RUST_LOG")
            .env_remove("CALICO_LEPTOS_TOML")
            .env_remove("CALICO_SMTP_URL")
            .env(
                "CALICO_DATABASE_URL",
                format!("sqlite://{}/calico.db", self.dir.display()),
            )
            .env("CALICO_BIND", format!("127.0.0.1:{}", self.port))
            .env("CALICO_MAIL_DIR", self.dir.join("mail"))
            .env("CALICO_DEMO", "true")
            .arg("serve")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("the server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("reads");
        assert!(line.contains("is running at"), "{line}");
        self.child = Some(child);
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SIGKILL: no graceful stop, nothing flushed, requests cut off mid-way.
            child.kill().expect("killed");
            child.wait().expect("reaped");
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Requests that got no answer (refused, cut off, or a 5xx) and were sent again.
static SENT_AGAIN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Sends a request until the server answers it (not a refused connection, a cut-off
/// response or a 5xx of a server starting or stopping): what a resident does with a page that
/// did not load.
async fn until_answered(
    send: impl Fn() -> reqwest::RequestBuilder,
) -> (reqwest::StatusCode, reqwest::header::HeaderMap, String) {
    let started = Instant::now();
    loop {
        if let Ok(response) = send().send().await {
            let status = response.status();
            let headers = response.headers().clone();
            if let Ok(body) = response.text().await {
                if !status.is_server_error() {
                    return (status, headers, body);
                }
            }
        }
        SENT_AGAIN.fetch_add(1, Ordering::Relaxed);
        assert!(
            started.elapsed() < PATIENCE,
            "the server did not come back within {PATIENCE:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn form(
    server: &TestServer,
    session: &str,
    from: &str,
    endpoint: &str,
    fields: &[(&str, &str)],
) -> reqwest::RequestBuilder {
    common::client()
        .post(format!("{}{endpoint}", server.base))
        .header("accept", "text/html")
        .header("origin", server.base.clone())
        .header("referer", format!("{}{from}", server.base))
        .header("cookie", session)
        .form(fields)
}

fn get(server: &TestServer, session: &str, path: &str) -> reqwest::RequestBuilder {
    common::client()
        .get(format!("{}{path}", server.base))
        .header("accept", "text/html")
        .header("cookie", session)
}

fn sent_location(headers: &reqwest::header::HeaderMap) -> String {
    headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Files one complaint through every page, sending each form again until it is answered;
/// the reference whose confirmation page was shown.
async fn file_one(server: &TestServer, session: &str, what_happened: &str) -> String {
    for step in complaint_steps(what_happened) {
        let fields: Vec<(&str, &str)> = step.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (_, headers, _) =
            until_answered(|| form(server, session, step.page, step.endpoint, &fields)).await;
        assert_eq!(sent_location(&headers), step.next, "after {}", step.page);
    }
    let (_, _, check) = until_answered(|| get(server, session, "/complaint/new/check")).await;
    let key = send_key(&check);
    let send = [("key", key.as_str())];
    let (_, headers, _) = until_answered(|| {
        form(
            server,
            session,
            "/complaint/new/check",
            "/api/complaint/send",
            &send,
        )
    })
    .await;
    let sent = sent_location(&headers);
    let reference = sent
        .strip_prefix("/complaints/")
        .and_then(|rest| rest.strip_suffix("/sent"))
        .unwrap_or_else(|| panic!("sent to a confirmation, not {sent:?}"))
        .to_owned();
    let (status, _, confirmation) = until_answered(|| get(server, session, &sent)).await;
    assert_eq!(status, 200);
    assert!(confirmation.contains(&reference), "{confirmation}");
    // The form sent once more (a double click, the back button) files nothing new.
    let (_, headers, _) = until_answered(|| {
        form(
            server,
            session,
            "/complaint/new/check",
            "/api/complaint/send",
            &send,
        )
    })
    .await;
    assert_eq!(sent_location(&headers), sent, "a form sent again");
    reference
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn complaints_filed_while_the_server_is_killed_exist_exactly_once_with_their_mail() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut process = Server {
        dir: dir.path().to_owned(),
        port,
        child: None,
        starts: 0,
    };
    process.start();
    let backend =
        backend::Backend::connect(&format!("sqlite://{}/calico.db", dir.path().display()))
            .await
            .expect("the server's database");
    let server = Arc::new(TestServer {
        base: format!("http://127.0.0.1:{port}"),
        backend,
        dir,
        clock: backend::Clock::system(),
    });

    let homes = [
        ("10012345", "BB11 2ED"),
        ("10023456", "BB10 1AA"),
        ("10034567", "BB12 6BB"),
    ];
    let mut residents = Vec::new();
    for n in 0..RESIDENTS {
        let (home, postcode) = homes[n % homes.len()];
        let email = format!("resident{n}@example.com");
        let session = common::signed_in_home(&server, &email, home, postcode).await;
        residents.push((email, session));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let mut filing = Vec::new();
    for (n, (email, session)) in residents.iter().cloned().enumerate() {
        let server = server.clone();
        let stop = stop.clone();
        filing.push(tokio::spawn(async move {
            let mut shown = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let what = format!(
                    "Complaint {} of resident {n}: the lift is broken.",
                    shown.len() + 1
                );
                shown.push(file_one(&server, &session, &what).await);
            }
            (email, shown)
        }));
    }

    // Killed at uneven moments, so that some kills land mid-transaction, some mid-response.
    for pause in [700, 1_100, 450, 1_300, 850].into_iter().take(KILLS) {
        tokio::time::sleep(Duration::from_millis(pause)).await;
        process.kill();
        tokio::time::sleep(Duration::from_millis(150)).await;
        process.start();
    }
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    stop.store(true, Ordering::Relaxed);

    let mut shown: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for resident in filing {
        let (email, references) = resident.await.expect("the resident finished");
        shown.insert(email, references);
    }
    let all: Vec<&String> = shown.values().flatten().collect();
    let distinct: BTreeSet<&String> = all.iter().copied().collect();
    assert_eq!(
        all.len(),
        distinct.len(),
        "two residents were shown one reference"
    );
    assert!(all.len() >= RESIDENTS * 2, "filed only {}", all.len());
    let sent_again = SENT_AGAIN.load(Ordering::Relaxed);
    assert!(sent_again >= KILLS, "the kills cut requests off");
    eprintln!(
        "{} complaints filed by {RESIDENTS} residents through {KILLS} kills; {sent_again} requests sent again",
        all.len()
    );

    // Everything filed is what was shown: nothing twice, nothing behind a resident's back.
    let queue = server
        .backend
        .queue(&backend::handling::QueueFilter::default())
        .await
        .expect("the queue");
    let filed: Vec<String> = queue.items.iter().map(|i| i.reference.clone()).collect();
    let filed_set: BTreeSet<&String> = filed.iter().collect();
    assert_eq!(filed.len(), filed_set.len());
    assert_eq!(filed_set, distinct, "filed, against shown");
    for (email, references) in &shown {
        let mail = server.backend.mail_to(email).await.expect("outbox");
        for reference in references {
            let case = server
                .backend
                .case(reference)
                .await
                .expect("reads")
                .expect("filed");
            assert_eq!(case.filed_by_email.as_ref(), Some(email));
            let received = case
                .events
                .iter()
                .filter(|e| e.event.kind == domain::complaint::EventKind::Received)
                .count();
            assert_eq!(received, 1, "{reference}'s received events");
            let acknowledgements: Vec<_> = mail
                .iter()
                .filter(|m| m.body.contains(reference.as_str()))
                .collect();
            assert_eq!(acknowledgements.len(), 1, "{reference}'s acknowledgements");
        }
    }

    // Every mail in the outbox is delivered after the restarts, each exactly once: its own
    // file, complete, with its own Message-ID.
    let outbox: Vec<backend::outbox::QueuedMail> = {
        let mut every = Vec::new();
        for email in shown.keys() {
            every.extend(server.backend.mail_to(email).await.expect("outbox"));
        }
        every
    };
    let mail_dir = server.dir.path().join("mail");
    let started = Instant::now();
    loop {
        let missing = outbox
            .iter()
            .filter(|m| !mail_dir.join(format!("{:06}.eml", m.id)).exists())
            .count();
        if missing == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{missing} mails not delivered"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The folder holds exactly the outbox's mails, one file each, every one whole.
    let mut delivered = BTreeSet::new();
    for entry in std::fs::read_dir(&mail_dir).expect("the mail folder") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        // A file a killed server was writing stays under its temporary name, never as mail.
        if !name.ends_with(".eml") {
            assert!(name.ends_with(".partial"), "{name}");
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a mail");
        let id: i64 = name
            .trim_end_matches(".eml")
            .parse()
            .expect("named by its id");
        let message_id = text
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID: "))
            .unwrap_or_else(|| panic!("{name} is whole, with a Message-ID"));
        assert!(
            message_id.starts_with(&format!("<outbox-{id}-")),
            "{name}: {message_id}"
        );
        delivered.insert(id);
    }
    let queued: BTreeSet<i64> = outbox.iter().map(|m| m.id).collect();
    assert_eq!(delivered, queued, "delivered, against the outbox");
    for mail in &outbox {
        let text = std::fs::read_to_string(mail_dir.join(format!("{:06}.eml", mail.id)))
            .expect("delivered");
        assert!(text.contains(&format!("To: {}", mail.to_address)), "{text}");
    }
    process.kill();

    // The work queue's lines were written with each event through the kills: no start after
    // the first had to write any again (which would hide a line missing from a transaction).
    for start in 1..process.starts {
        let log = std::fs::read_to_string(process.log(start)).expect("the log");
        assert!(
            !log.contains("rebuilt the work queue"),
            "start {start}: {log}"
        );
    }
    let first = std::fs::read_to_string(process.log(0)).expect("the log");
    assert!(first.contains("Calico Account is running"), "{first}");

    // The work queue's stored lines, written with each event through the kills, are what
    // writing them again from the events gives.
    let before = server
        .backend
        .queue(&backend::handling::QueueFilter::default())
        .await
        .expect("the queue");
    let rebuilt = Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", server.dir.path().display()),
        )
        .arg("rebuild-queue")
        .output()
        .expect("runs");
    assert!(rebuilt.status.success());
    assert_eq!(
        String::from_utf8_lossy(&rebuilt.stdout).trim(),
        format!(
            "Rebuilt the work queue from the events of {} complaints.",
            filed.len()
        )
    );
    let after = server
        .backend
        .queue(&backend::handling::QueueFilter::default())
        .await
        .expect("the queue");
    assert_eq!(before, after);
}
