"""The API against its own OpenAPI document: starts the server (CALICO_SERVER_BIN, else the
release build) on a fresh database, files a complaint through the resident's pages (no
JavaScript, as a form posts) and moves it on through the API so every response has real content,
then runs schemathesis on /api/v1/openapi.json. It fails on any server error and on any response
the document does not describe. Run by scripts/test with the Python of tools/python
(scripts/python-tools.txt)."""

import email
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get("CONTRACT_PORT", "3150"))
BASE = f"http://127.0.0.1:{PORT}"
SERVER = os.environ.get("CALICO_SERVER_BIN", os.path.join(ROOT, "target/release/server"))
PASSWORD = "a long contract-test passphrase"


def main() -> int:
    data = tempfile.mkdtemp(prefix="calico-contract-")
    env = dict(
        os.environ,
        CALICO_BIND=f"127.0.0.1:{PORT}",
        CALICO_DATABASE_URL=f"sqlite://{data}/calico.db",
        CALICO_MAIL_DIR=f"{data}/mail",
        CALICO_DEMO="true",
        RUST_LOG="warn",
    )
    token = subprocess.run(
        [SERVER, "api-token", "create", "Contract tests"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.split(": ", 1)[1].split()[0]
    server = subprocess.Popen([SERVER, "serve"], env=env, cwd=ROOT)
    try:
        wait_until_up()
        reference = file_a_complaint(data)
        acknowledge(reference, token)
        config = os.path.join(ROOT, "scripts/schemathesis.toml")
        return subprocess.run(
            [os.path.join(os.path.dirname(sys.executable), "schemathesis"),
             "--config-file", config, "run", f"{BASE}/api/v1/openapi.json"],
            env=dict(env, API_TOKEN=token, CONTRACT_REFERENCE=reference,
                     HYPOTHESIS_STORAGE_DIRECTORY=f"{data}/hypothesis"),
            cwd=data,
        ).returncode
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_until_up() -> None:
    for _ in range(300):
        try:
            if requests.get(f"{BASE}/healthz", timeout=1).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start")


def wait_for_mail(data: str) -> str:
    """The first mail the server wrote (delivery runs in the background, every few seconds)."""
    for _ in range(300):
        found = glob.glob(f"{data}/mail/*.eml")
        if found:
            return found[0]
        time.sleep(0.1)
    raise SystemExit("no confirmation mail arrived")


def post(session: requests.Session, page: str, endpoint: str, fields: dict) -> str:
    response = session.post(
        f"{BASE}{endpoint}", data=fields, allow_redirects=False,
        headers={"accept": "text/html", "origin": BASE, "referer": f"{BASE}{page}"},
    )
    return response.headers.get("location", "")


def file_a_complaint(data: str) -> str:
    """Registers, confirms, signs in and files a complaint, as a resident without JavaScript."""
    s = requests.Session()
    address = "contract@example.com"
    post(s, "/register", "/api/register", {
        "email": address, "rent_reference": "10012345", "postcode": "BB11 2ED",
        "password": PASSWORD, "confirm_password": PASSWORD,
    })
    mail = wait_for_mail(data)
    body = email.message_from_bytes(open(mail, "rb").read()).get_payload(decode=True).decode()
    token = re.search(r"token=(\S+)", body).group(1)
    post(s, "/verify-email", "/api/verify-email", {"token": token})
    assert post(s, "/sign-in", "/api/sign-in", {"email": address, "password": PASSWORD}) == "/account"
    for page, endpoint, fields in [
        ("/complaint/new", "/api/complaint/purpose", {"purpose": "complaint"}),
        ("/complaint/new/for-whom", "/api/complaint/for-whom", {"for_whom": "me"}),
        ("/complaint/new/details", "/api/complaint/details", {
            "what_happened": "The lift has been broken for three weeks.",
            "incident_day": "2", "incident_month": "11", "incident_year": "2026",
            "outcome": "Fix the lift."}),
        ("/complaint/new/attachments", "/api/complaint/attachments/done", {}),
        ("/complaint/new/support", "/api/complaint/support", {"contact_method": "email"}),
    ]:
        post(s, page, endpoint, fields)
    check = s.get(f"{BASE}/complaint/new/check").text
    key = re.search(r'name="key" value="([^"]+)"', check).group(1)
    sent = post(s, "/complaint/new/check", "/api/complaint/send", {"key": key})
    return sent.removeprefix("/complaints/").removesuffix("/sent")


def acknowledge(reference: str, token: str) -> None:
    response = requests.post(
        f"{BASE}/api/v1/complaints/{reference}/events",
        headers={"authorization": f"Bearer {token}"},
        json={"type": "stage1_acknowledged", "occurred_at": datetime.now(timezone.utc).isoformat(),
              "by": "Sam Patel", "handler": "Sam Patel", "handler_contact": "01282 686300",
              "about": "The lift", "outcome_sought": "Fix the lift"},
    )
    assert response.status_code == 201, response.text


if __name__ == "__main__":
    sys.exit(main())
