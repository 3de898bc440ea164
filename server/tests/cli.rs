//! The real `server` binary, run as the landlord would run it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary, run from the project's folder (where leptos.toml is), as `make run` runs it.
fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .env_remove("RUST_LOG")
        .env_remove("CALICO_LEPTOS_TOML");
    command
}

#[test]
fn serving_without_the_bundle_settings_says_where_they_are_looked_for() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = server()
        .current_dir(dir.path())
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", "127.0.0.1:0")
        .arg("serve")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("Could not read the bundle's settings from leptos.toml")
            && said.contains("CALICO_LEPTOS_TOML"),
        "{said}"
    );
}

#[test]
fn migrate_creates_the_database_and_its_folder() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("data/calico.db");
    let status = server()
        .args(["migrate", "--database-url"])
        .arg(format!("sqlite://{}", db.display()))
        .status()
        .expect("runs");
    assert!(status.success());
    assert!(db.exists());
}

#[cfg(unix)]
#[test]
fn serve_prints_its_address_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = server()
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("reads");
    assert_eq!(
        line.trim(),
        format!("Calico Account is running at http://127.0.0.1:{port}/ (press Ctrl-C to stop)")
    );

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(exit) = child.try_wait().expect("waits") {
            assert!(exit.success(), "a graceful stop exits 0, not {exit:?}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still running after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_port_in_use_is_explained() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = busy.local_addr().expect("address");
    let output = server()
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", addr.to_string())
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("Could not listen on {addr}")),
        "{stderr}"
    );
}

/// Runs `server deadlines` with `input` on standard input against a fresh database.
fn deadlines(dir: &tempfile::TempDir, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = server()
        .arg("deadlines")
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("writes");
    child.wait_with_output().expect("finishes")
}

#[test]
fn deadlines_prints_the_state_and_every_date() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = deadlines(
        &dir,
        r#"{"events": [
            {"type": "received", "at": "2026-12-24T10:00:00+00:00"},
            {"type": "stage1_acknowledged", "at": "2027-01-04T09:00:00+00:00"},
            {"type": "stage1_extended", "at": "2027-01-12T09:00:00+00:00", "working_days": 5, "reason": "Surveyor's report"},
            {"type": "stage1_responded", "at": "2027-01-22T16:00:00+00:00"}
        ]}"#,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(
        report,
        serde_json::json!({
            "state": "stage1_responded",
            "acknowledge_target": "2026-12-30",
            "acknowledge_by": "2027-01-05",
            "stage1_respond_by": "2027-01-25",
            "stage2_request_by": "2027-03-05",
            "stage2_acknowledge_by": null,
            "stage2_respond_by": null
        })
    );
}

#[test]
fn deadlines_skips_the_landlords_closure_days() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}/calico.db", dir.path().display());
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let backend = backend::Backend::connect(&url).await.expect("connects");
            backend.migrate().await.expect("migrates");
            let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 29).expect("date");
            backend
                .add_closure_day(day, "Office closed between Christmas and New Year")
                .await
                .expect("adds");
            backend.close().await;
        });
    let output = deadlines(
        &dir,
        r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"}]}"#,
    );
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(report["acknowledge_target"], "2026-12-31");
    assert_eq!(report["acknowledge_by"], "2027-01-06");
}

#[test]
fn an_impossible_history_prints_one_sentence_on_stderr_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (input, says) in [
        ("not json", "The input is not valid JSON"),
        (r#"{"events":[{"type":"received","at":"yesterday"}]}"#, "Event 1 (received) has the time \"yesterday\""),
        (r#"{"events":[{"type":"escalated","at":"2026-12-24T10:00:00Z"}]}"#, "Event 1 has an unknown type \"escalated\""),
        (
            r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage2_requested","at":"2026-12-29T10:00:00Z"}]}"#,
            "Event 2 (stage2_requested): There cannot be a Stage 2 request while the complaint is waiting to be acknowledged.",
        ),
        (
            r#"{"events":[{"type":"received","at":"2026-12-24T10:00:00Z"},{"type":"stage1_acknowledged","at":"2026-12-29T10:00:00Z"},{"type":"stage1_responded","at":"2027-01-04T10:00:00Z"},{"type":"stage2_requested","at":"2027-02-16T09:00:00Z"}]}"#,
            "Event 4 (stage2_requested): The window to ask for Stage 2 closed at the end of Monday 15 February 2027",
        ),
    ] {
        let output = deadlines(&dir, input);
        assert!(!output.status.success(), "{input}");
        assert!(output.stdout.is_empty(), "{input}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
        assert!(stderr.starts_with(says), "{input}: {stderr}");
    }
}

#[test]
fn import_tenancies_reports_each_rejected_row_and_can_be_run_again() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("register.csv");
    std::fs::write(
        &file,
        "rent_reference,postcode,address,lead_tenant_name,homes\n\
         10012345,BB11 2ED,1 Croft Street,Alex Morgan,1\n\
         10023456,BB11,2 Croft Street,Sam Khan,1\n\
         10034567,BB10 1AA,3 Croft Street,,1\n",
    )
    .expect("writes");
    let run = || {
        server()
            .arg("import-tenancies")
            .arg(&file)
            .env(
                "CALICO_DATABASE_URL",
                format!("sqlite://{}/calico.db", dir.path().display()),
            )
            .output()
            .expect("runs")
    };
    let first = run();
    assert_eq!(first.status.code(), Some(2), "some rows were rejected");
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        stdout.contains("1 added, 0 updated, 2 rejected."),
        "{stdout}"
    );
    assert!(
        stdout.contains("  line 3: the postcode \"BB11\" is not a UK postcode"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  line 4: the lead tenant's name is empty"),
        "{stdout}"
    );
    let again = run();
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 added, 1 updated, 2 rejected."));
}

#[test]
fn import_tenancies_explains_a_missing_file() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = server()
        .args(["import-tenancies", "/no/such/register.csv"])
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with("Could not open /no/such/register.csv")
    );
}

/// A real SMTP server on loopback (aiosmtpd, from PyPI, installed by `scripts/setup --test`)
/// that keeps what it receives in a Maildir.
struct SmtpSink {
    child: std::process::Child,
    port: u16,
    maildir: std::path::PathBuf,
}

impl SmtpSink {
    fn start(dir: &std::path::Path) -> Self {
        let python =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/python/bin/python");
        assert!(
            python.exists(),
            "the SMTP sink is not installed: run scripts/setup --test"
        );
        let port = free_port();
        let maildir = dir.join("maildir");
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the SMTP sink starts");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the SMTP sink did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            maildir,
        }
    }

    /// Every message received so far, with quoted-printable soft line breaks undone.
    fn messages(&self) -> Vec<String> {
        std::fs::read_dir(self.maildir.join("new"))
            .map(|entries| {
                entries
                    .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                    .map(|m| {
                        m.replace("=\r\n", "")
                            .replace("=\n", "")
                            .replace("=3D", "=")
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

#[tokio::test]
async fn mail_is_delivered_to_the_configured_smtp_server() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let sink = SmtpSink::start(dir.path());
    let port = free_port();
    let mut child = server()
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", format!("127.0.0.1:{port}"))
        .env("CALICO_DEMO", "true")
        .env("CALICO_SMTP_URL", format!("smtp://127.0.0.1:{}", sink.port))
        .env("CALICO_MAIL_DIR", dir.path().join("mail"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("reads");
    let base = format!("http://127.0.0.1:{port}");
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{base}/api/register"))
        .header("origin", &base)
        .header("accept", "text/html")
        .form(&[
            ("email", "alex@example.com"),
            ("rent_reference", "10012345"),
            ("postcode", "BB11 2ED"),
            ("password", "correct horse battery staple"),
            ("confirm_password", "correct horse battery staple"),
        ])
        .send()
        .await
        .expect("registers");
    assert_eq!(response.status(), 302);

    let started = Instant::now();
    let messages = loop {
        let messages = sink.messages();
        if !messages.is_empty() || started.elapsed() > Duration::from_secs(20) {
            break messages;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(messages.len(), 1, "one mail reached the SMTP server");
    let mail = &messages[0];
    assert!(mail.contains("To: alex@example.com"), "{mail}");
    assert!(
        mail.contains("Subject: Confirm your email address for your Calico Account"),
        "{mail}"
    );
    assert!(
        mail.contains("From: \"Calico Account\" <account@calicohomes.org.uk>"),
        "{mail}"
    );
    assert!(
        mail.contains(&format!("{base}/verify-email?token=")),
        "{mail}"
    );
    assert!(
        !dir.path().join("mail").exists(),
        "with SMTP configured, no .eml files are written"
    );
}

#[test]
fn a_bad_smtp_url_stops_the_server_with_what_to_fix() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = server()
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", format!("127.0.0.1:{}", free_port()))
        .env("CALICO_SMTP_URL", "mail.example.org")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Could not set up mail delivery."),
        "{stderr}"
    );
    assert!(stderr.contains("smtps://mail.example.org"), "{stderr}");
}

#[test]
fn add_staff_prints_a_set_password_link_and_api_tokens_are_created_listed_and_revoked() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = format!("sqlite://{}/calico.db", dir.path().display());
    let run = |args: &[&str]| {
        let output = server()
            .args(args)
            .env("CALICO_DATABASE_URL", &db)
            .env("CALICO_BASE_URL", "https://account.example")
            .output()
            .expect("runs");
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (ok, out, _) = run(&[
        "add-staff",
        "--email",
        "sam.patel@calicohomes.org.uk",
        "--name",
        "Sam Patel",
        "--role",
        "complaints_officer",
    ]);
    assert!(ok, "{out}");
    assert!(out.contains("as Complaints Officer"), "{out}");
    assert!(
        out.contains("https://account.example/reset-password/new?token="),
        "{out}"
    );
    let (ok, _, err) = run(&[
        "add-staff",
        "--email",
        "x@calicohomes.org.uk",
        "--name",
        "X",
        "--role",
        "boss",
    ]);
    assert!(!ok);
    assert!(
        err.contains("use handler, complaints_officer or administrator"),
        "{err}"
    );
    let (ok, _, err) = run(&[
        "add-staff",
        "--email",
        "sam.patel@calicohomes.org.uk",
        "--name",
        "Sam",
    ]);
    assert!(!ok);
    assert!(err.contains("already has an account"), "{err}");

    let (ok, out, _) = run(&["api-token", "create", "Housing system"]);
    assert!(ok);
    assert!(
        out.starts_with("Token 1 for Housing system: calico_"),
        "{out}"
    );
    let (_, out, _) = run(&["api-token", "list"]);
    assert!(
        out.contains("Housing system") && out.contains("live"),
        "{out}"
    );
    assert!(!out.contains("calico_"), "the token itself is never listed");
    assert!(run(&["api-token", "revoke", "1"]).0);
    let (ok, _, err) = run(&["api-token", "revoke", "1"]);
    assert!(!ok);
    assert!(err.contains("no live token 1"), "{err}");
}

/// `server seed` fills a new database through the use cases, writes what the load needs, and
/// never touches a database that already holds anything.
#[test]
fn seed_fills_only_an_empty_database_and_says_what_it_made() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let seed = || {
        server()
            .args(["seed", "--tenancies", "40", "--complaints", "60", "--out"])
            .arg(dir.path().join("load.env"))
            .env(
                "CALICO_DATABASE_URL",
                format!("sqlite://{}/calico.db", dir.path().display()),
            )
            .output()
            .expect("runs")
    };
    let first = seed();
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        said.contains("A landlord of 40 tenancies, 16 residents with accounts and 1 advocate: 60 complaints filed over 3 years"),
        "{said}"
    );
    let load = std::fs::read_to_string(dir.path().join("load.env")).expect("written");
    for key in [
        "RESIDENT_SESSION=",
        "COMPLAINT=CMP-",
        "STAFF_SESSION=",
        "API_TOKEN=calico_",
        "LIVE_SESSIONS=",
    ] {
        assert!(load.contains(key), "{key} in {load}");
    }
    let again = seed();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("seed only a new, empty one"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn rebuild_queue_says_how_many_complaints_it_rebuilt() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = server()
        .arg("rebuild-queue")
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "Rebuilt the work queue from the events of 0 complaints."
    );
}

/// Runs the binary with `args` against the database in `dir`.
fn run(dir: &tempfile::TempDir, args: &[&str]) -> std::process::Output {
    server()
        .args(args)
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .output()
        .expect("runs")
}

#[test]
fn closure_days_and_the_out_of_hours_number_are_managed_from_the_command_line_and_reach_a_running_server(
) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let calendar = domain::Calendar::england_and_wales();
    let today = domain::calendar::london_date(&chrono::Utc::now());
    // The first working day a fortnight on, and the first weekend day.
    let mut day = today + chrono::Duration::days(14);
    while !calendar.is_working_day(day) {
        day += chrono::Duration::days(1);
    }
    let mut weekend = today + chrono::Duration::days(1);
    while chrono::Datelike::weekday(&weekend).number_from_monday() < 6 {
        weekend += chrono::Duration::days(1);
    }
    let (day_text, weekend_text) = (day.to_string(), weekend.to_string());
    let said = |output: &std::process::Output| {
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).trim().to_owned(),
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        )
    };

    let listed = said(&run(&dir, &["closure-day", "list"]));
    assert_eq!(
        listed,
        (true, "There are no closure days.".into(), String::new())
    );
    let added = said(&run(
        &dir,
        &["closure-day", "add", &day_text, "Staff training day"],
    ));
    assert!(added.0, "{added:?}");
    assert!(
        added
            .1
            .ends_with("is a closure day: no deadline counts it from now on."),
        "{added:?}"
    );
    let listed = said(&run(&dir, &["closure-day", "list"]));
    assert_eq!(
        listed.1,
        format!(
            "{day_text}\t{}\tStaff training day",
            domain::calendar::long_date(day)
        )
    );
    for (args, says) in [
        (
            vec!["closure-day", "add", &weekend_text, "Closed"],
            "it is not a working day already.",
        ),
        (
            vec!["closure-day", "add", "4/12/2026", "Closed"],
            "Give the day as YYYY-MM-DD",
        ),
        (
            vec!["closure-day", "add", &day_text, " "],
            "Enter why the offices are closed",
        ),
        (
            vec!["closure-day", "remove", &weekend_text],
            "is not a closure day",
        ),
        (vec!["out-of-hours", "call us"], "Enter a UK phone number"),
    ] {
        let (ok, out, err) = said(&run(&dir, &args));
        assert!(!ok && out.is_empty(), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }

    // A running server counts the change made by the command within its look a second.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = server()
        .env(
            "CALICO_DATABASE_URL",
            format!("sqlite://{}/calico.db", dir.path().display()),
        )
        .env("CALICO_BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("reads");
    let home = || {
        tokio::runtime::Runtime::new()
            .expect("runtime")
            .block_on(async {
                reqwest::get(format!("http://127.0.0.1:{port}/"))
                    .await
                    .expect("answers")
                    .text()
                    .await
                    .expect("html")
            })
    };
    assert!(!home().contains("out-of-hours line"));
    let set = said(&run(&dir, &["out-of-hours", "0300 123 4567"]));
    assert_eq!(set.1, "The out-of-hours number is now 0300 123 4567.");
    assert_eq!(said(&run(&dir, &["out-of-hours"])).1, "0300 123 4567");
    let started = Instant::now();
    let shown = |page: String| {
        page.contains("out-of-hours line on")
            && page.contains("<a href=\"tel:03001234567\">0300 123 4567</a>")
    };
    while !shown(home()) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "not seen by the running server"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();

    let removed = said(&run(&dir, &["closure-day", "remove", &day_text]));
    assert!(
        removed.0
            && removed
                .1
                .ends_with("is a working day again: every deadline counts it from now on."),
        "{removed:?}"
    );
    assert_eq!(
        said(&run(&dir, &["closure-day", "list"])).1,
        "There are no closure days."
    );
}
