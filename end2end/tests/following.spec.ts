// Following a complaint: staff act through the API and the resident's open page changes by
// itself (announced politely) with JavaScript, or shows the change when loaded again without
// it; the resident asks for a review inside the window, and after it only the late route is
// offered and the server refuses a crafted request in the usual way.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { test, expect } from "./fixtures";
import { registerAndSignIn } from "./accounts";
import { fileComplaint, uniqueEmail } from "./journeys";
import { apiToken, database, record, serverBin } from "./api";
import type { Page } from "@playwright/test";

// The filing pages are audited by filing.spec.ts; here only the pages of following one.
const skipAudit = async () => {};

const acknowledgement = {
  type: "stage1_acknowledged",
  handler: "Sam Patel",
  handler_contact: "01282 686300",
  about: "The unfinished boiler repair",
  outcome_sought: "Finish the repair",
};
const stage1Response = {
  type: "stage1_responded",
  about: "The unfinished boiler repair",
  outcome_sought: "Finish the repair",
  decision: "Upheld",
  reasons: "The repair was left unfinished",
  remedy: "The repair is finished on Friday, and £50",
  outcome: "upheld",
  categories: ["repairs"],
};

/** With JavaScript the change must appear by itself within two seconds; without it, the
 * page shows it when loaded again. */
async function seeChange(page: Page, js: boolean, announced: string | RegExp) {
  if (js) {
    const started = Date.now();
    await expect(page.locator("[aria-live=polite]")).toContainText(announced, { timeout: 2_000 });
    test.info().annotations.push({ type: "live update", description: `${Date.now() - started} ms` });
  } else {
    await page.reload();
  }
}

test("a resident follows a complaint as staff act, and asks for a review inside the window", async ({ page, audit, js }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "follow"));
  const reference = await fileComplaint(page, skipAudit);
  const token = apiToken(`Housing system ${testInfo.project.name} ${Date.now()}`);

  await page.goto("/account");
  const card = page.locator(".complaint-card").filter({ hasText: reference });
  await expect(card).toContainText(/Acknowledgement due by \w+ \d+ \w+ \d{4}, 5 working days left/);
  await audit(page);
  await card.getByRole("link", { name: `Complaint ${reference}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await expect(page.getByRole("list").filter({ hasText: "We received your complaint" })).toContainText("We acknowledge your complaint");
  await expect(page.getByText(/This page was last updated on/)).toBeVisible();
  await audit(page);

  await record(page.request, token, reference, acknowledgement);
  await seeChange(page, js, new RegExp(`Your complaint ${reference} was acknowledged\\. A response is due by \\w+ \\d+ \\w+ \\d{4}\\.`));
  await expect(page.getByText("Sam Patel, 01282 686300")).toBeVisible();
  await expect(page.getByText("The unfinished boiler repair").first()).toBeVisible();
  await expect(page.getByText(/Stage 1 response due by .*, 10 working days left/)).toBeVisible();
  await audit(page);

  await record(page.request, token, reference, stage1Response);
  await seeChange(page, js, `Your complaint ${reference} has its Stage 1 response.`);
  const ask = page.getByRole("link", { name: "Ask for a review (Stage 2)" });
  await expect(ask).toBeVisible();
  await expect(page.getByText(/You can ask for a review until \w+ \d+ \w+ \d{4}\./).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Your complaint .*: our Stage 1 response/ })).toBeVisible();
  await audit(page);

  await ask.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask for a review of your complaint");
  await audit(page);
  await page.getByLabel("What are you still unhappy about? (optional)").fill("The heating is still off in the bedroom.");
  await page.getByRole("button", { name: "Ask for a review" }).click();
  await expect(page).toHaveURL(new RegExp(`/account/complaints/${reference}\\?done=review$`));
  await expect(page.getByRole("status").filter({ hasText: "You have asked for a review." })).toBeVisible();
  await expect(page.getByText(/Stage 2 acknowledgement due by/)).toBeVisible();
  await expect(page.getByText("The heating is still off in the bedroom.")).toBeVisible();
  await audit(page);
});

/** London's date `days` from today, as YYYY-MM-DD. */
function londonDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

test("after the window closed the late route is offered, and a crafted request in time is refused", async ({ page, audit }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "late"));
  const reference = await fileComplaint(page, skipAudit);
  const token = apiToken(`Housing system ${testInfo.project.name} ${Date.now()}`);
  await record(page.request, token, reference, acknowledgement);
  await record(page.request, token, reference, stage1Response);

  // Move the history back until the review window closed yesterday (or, after a weekend or
  // bank holiday, on the last working day before today).
  const today = londonDate(0);
  const detail = async () =>
    (await (await page.request.get(`/api/v1/complaints/${reference}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      deadlines: { stage2_request_by: string };
      events: unknown[];
    };
  let shifted = 0;
  for (let days = 40; days <= 70 && (await detail()).deadlines.stage2_request_by >= today; days++) {
    execFileSync("python3", ["helpers/backdate.py", database(), reference, String(days - shifted)]);
    shifted = days;
  }
  const before = await detail();
  expect(before.deadlines.stage2_request_by < today).toBe(true);
  expect(before.deadlines.stage2_request_by >= londonDate(-7)).toBe(true);

  await page.goto(`/account/complaints/${reference}`);
  await expect(page.getByText(/The time to ask for a review ended on \w+ \d+ \w+ \d{4}\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a review (Stage 2)" })).toHaveCount(0);
  await expect(page.getByText(/Housing Ombudsman Service .*0300 111 3000/)).toBeVisible();
  await audit(page);

  // The form in the usual way, sent anyway: refused, and nothing recorded.
  const crafted = await page.request.post("/api/account/complaint-ask", {
    form: { reference, request: "review" },
    headers: { Accept: "text/html", Referer: new URL(`/account/complaints/${reference}/review`, page.url()).href },
    maxRedirects: 0,
  });
  expect(crafted.status()).toBe(302);
  await page.goto(crafted.headers()["location"]);
  await expect(page.locator(".error-summary")).toContainText("The time to ask for a review ended on");
  expect((await detail()).events.length).toBe(before.events.length);

  await page.goto(`/account/complaints/${reference}`);
  await page.getByRole("link", { name: "Ask for a review after the time to ask has ended" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask for a review after the time to ask has ended");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter why you are asking after the time to ask has ended");
  await audit(page);
  await page.getByLabel("Why are you asking now?").fill("I was in hospital when the letter came.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The Complaints Officer will decide whether to accept it" })).toBeVisible();
  await audit(page);
});

test("a resident withdraws a complaint after confirming, and adds information before that", async ({ page, audit }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "withdraw"));
  const reference = await fileComplaint(page, skipAudit);
  await page.goto(`/account/complaints/${reference}`);
  await page.getByRole("link", { name: "Add information to this complaint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add information to your complaint");
  await audit(page);
  await page.getByLabel("What do you want to add?").fill("The radiator in the hall leaks too.");
  await page.getByRole("button", { name: "Add it to my complaint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your information has been added" })).toBeVisible();
  await expect(page.getByText("The radiator in the hall leaks too.")).toBeVisible();

  await page.getByRole("link", { name: "Withdraw this complaint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to withdraw your complaint?");
  await audit(page);
  await page.getByRole("link", { name: "No, keep my complaint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await page.getByRole("link", { name: "Withdraw this complaint" }).click();
  await page.getByRole("button", { name: "Yes, withdraw my complaint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your complaint has been withdrawn." })).toBeVisible();
  await expect(page.getByText("Your complaint was withdrawn")).toBeVisible();
  await expect(page.getByRole("link", { name: "Withdraw this complaint" })).toHaveCount(0);
  await audit(page);
});

/** A second server on the same database, on its own port (its pages share the first's
 * sign-in cookie, which belongs to the host whatever the port). */
function secondServer(port: number): ChildProcess {
  return spawn(serverBin(), ["serve"], {
    cwd: "..",
    env: {
      ...process.env,
      CALICO_BIND: `127.0.0.1:${port}`,
      CALICO_DATABASE_URL: `sqlite://${database()}`,
      // The same folder: either server may deliver a mail waiting in the shared outbox.
      CALICO_MAIL_DIR: `${process.env.CALICO_E2E_DATA}/mail`,
      RUST_LOG: "warn",
    },
    stdio: "ignore",
  });
}

async function waitUntilUp(page: Page, base: string) {
  await expect(async () => expect((await page.request.get(`${base}/healthz`)).status()).toBe(200)).toPass({ timeout: 20_000 });
}

test("the live connection survives a server restart and catches up on what it missed", async ({ page, js }, testInfo) => {
  test.skip(!js, "live updates need JavaScript; without it the page says when it was last updated");
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "restart"));
  const reference = await fileComplaint(page, skipAudit);
  const token = apiToken(`Housing system ${testInfo.project.name} ${Date.now()}`);
  const port = Number(process.env.E2E_PORT ?? 3100) + 50;
  const base = `http://127.0.0.1:${port}`;
  let second = secondServer(port);
  try {
    await waitUntilUp(page, base);
    await page.goto(`${base}/account/complaints/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
    // Wait until the page is listening before stopping its server.
    const region = page.locator("[aria-live=polite]");
    await expect(region).toHaveAttribute("data-listening", "true");

    second.kill("SIGTERM");
    await new Promise((resolve) => second.once("exit", resolve));
    // Recorded through the other server while this page's server is down.
    await record(page.request, token, reference, acknowledgement);
    second = secondServer(port);
    await waitUntilUp(page, base);
    await expect(region).toContainText(`Your complaint ${reference} was acknowledged.`);
    await expect(region).toHaveAttribute("data-listening", "true");
    await expect(page.getByText("Sam Patel, 01282 686300")).toBeVisible();
  } finally {
    second.kill("SIGTERM");
  }
});
