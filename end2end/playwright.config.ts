import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The release server built by scripts/build-site, on its own port and a fresh database; or,
// with CALICO_E2E_EXTERNAL set (scripts/weigh), one already running there on CALICO_E2E_DATA.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const external = Boolean(process.env.CALICO_E2E_EXTERNAL);
// Made once in the main process; the test workers inherit it.
process.env.CALICO_E2E_DATA ??= mkdtempSync(join(tmpdir(), "calico-e2e-"));
const dataDir = process.env.CALICO_E2E_DATA;
// The server binary, from the repository's root: the release build by default; `scripts/test`
// names the debug build its Rust tests have just made (the same code, without the release
// build's 15 minutes on two cores).
process.env.CALICO_SERVER_BIN ??= "./target/release/server";

// Debian's Chromium, never a downloaded browser. Without the background-networking flags it
// floods the closed network with connection attempts.
const launchOptions = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

/** The client address a project's browsers are seen from (documentation addresses, RFC 5737). */
function clientAddress(address: string): Record<string, string> {
  return { "X-Forwarded-For": address };
}

/** Where the server writes its mail as .eml files; tests open it like an inbox. */
export const mailDir = `${dataDir}/mail`;

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  // A hang guard, not a speed limit: the longest journeys take over a minute on a busy machine.
  timeout: 180_000,
  // How long an expectation waits for the page to come right. The browsers run against the debug
  // server, two projects at once on two cores: a form post that writes an event, its letter and
  // its mail has taken over the default 5 s there. A longer wait only makes a failure slower.
  expect: { timeout: 15_000 },
  use: { baseURL, launchOptions, trace: "retain-on-failure" },
  projects: [
    { name: "js", use: { ...devices["Desktop Chrome"], channel: undefined, javaScriptEnabled: true, extraHTTPHeaders: clientAddress("192.0.2.1") } },
    { name: "no-js", use: { ...devices["Desktop Chrome"], channel: undefined, javaScriptEnabled: false, extraHTTPHeaders: clientAddress("192.0.2.2") } },
  ],
  webServer: external ? undefined : {
    command: `${process.env.CALICO_SERVER_BIN} serve`,
    cwd: "..",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      CALICO_BIND: `127.0.0.1:${port}`,
      CALICO_DATABASE_URL: `sqlite://${dataDir}/calico.db`,
      RUST_LOG: "warn",
      CALICO_DEMO: "true",
      CALICO_MAIL_DIR: `${dataDir}/mail`,
      // Each project's browsers stand for people on their own machines: the server takes the
      // client's address from X-Forwarded-For (`clientAddress`), as behind the
      // landlord's proxy, so the per-address limits (20 new passwords an hour) count each
      // project's people apart rather than the whole suite as one address.
      CALICO_TRUST_PROXY: "true",
    },
  },
});
