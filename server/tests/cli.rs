//! The real `server` binary, run as the landlord would run it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command.env_remove("RUST_LOG");
    command
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
