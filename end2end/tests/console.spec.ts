// The complaints console: a colleague added from the command line sets a password, signs in
// through the same page as residents, and takes a complaint from its acknowledgement to the
// final response; each step's letter reaches the resident's account, readable and printable.
import { test, expect, islandsAwake } from "./fixtures";
import { mailTo } from "./mail";
import { PASSWORD, addStaff, registerAndSignIn, setUpAuthenticator, signInAsColleague } from "./accounts";
import { choose, describeComplaint, fileComplaint, keepSupport, sendAndConfirm, skipAttachments, uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";

/** From the complaint's page: opens a step's form, fills it (`true` ticks a box or chooses a
 * radio button by its label), records it. */
async function recordStep(page: Page, step: string, fields: Record<string, string | true>, audit?: (p: Page) => Promise<void>) {
  await page.getByRole("link", { name: step, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(step);
  if (audit) await audit(page);
  for (const [label, value] of Object.entries(fields)) {
    if (value === true) await page.getByLabel(label, { exact: true }).check();
    else await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole("button", { name: /^Record it/ }).click();
  await expectRecorded(page, step);
}

/** Waits for the complaint's page to say a step was recorded. Recording writes the event, its
 * letter and its mail in one transaction: on a busy two-core machine running both projects at
 * once (and the debug server) that can take more than the usual 5 s. */
async function expectRecorded(page: Page, step: string) {
  await expect(page.getByRole("status")).toContainText(`Recorded: ${step}.`, { timeout: 20_000 });
}

test("a colleague takes a complaint through the console to the final response, and the resident reads the letters", async ({ page, audit, browser }, testInfo) => {
  const resident = uniqueEmail(testInfo.project.name, "letters");
  await registerAndSignIn(page, resident);
  const reference = await fileComplaint(page, audit);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "officer").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Sam Patel");
    const row = staff.getByRole("row").filter({ has: staff.getByRole("link", { name: reference }) });
    await expect(row).toContainText("Acknowledgement due by");
    await expect(row).toContainText(/working days? left|Due today/);
    await audit(staff);

    await row.getByRole("link", { name: reference }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(reference);
    await audit(staff);

    // A form sent with gaps says what each box needs, keeps what was typed, and is fixed.
    await staff.getByRole("link", { name: "Acknowledge at Stage 1", exact: true }).click();
    // The handler is chosen from the colleagues: the one signed in unless changed.
    const handler = staff.getByLabel("Who is handling it");
    await expect(handler.locator("option:checked")).toHaveText(`Sam Patel (${colleague})`);
    await handler.selectOption({ label: `Sam Patel (${colleague})` });
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    const summary = staff.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Enter how the resident can contact them");
    await expect(summary).toContainText("Enter what the complaint is about");
    await expect(staff).toHaveTitle(/^Error: /);
    await expect(staff.getByLabel("Who is handling it").locator("option:checked")).toHaveText(`Sam Patel (${colleague})`);
    await audit(staff);
    await staff.getByLabel("How the resident can contact them").fill("01282 686300");
    await staff.getByLabel("What the complaint is about").fill("The boiler repair was left unfinished.");
    await staff.getByLabel("The outcome the resident is seeking").fill("Finish the repair this week.");
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expectRecorded(staff, "Acknowledge at Stage 1");
    await expect(staff.getByText(/^Stage 1 response due by/).first()).toBeVisible();
    await audit(staff);

    // A response says whether the complaint is upheld and files it under categories: both
    // left out are said, with what was typed kept.
    await staff.getByRole("link", { name: "Send the Stage 1 response", exact: true }).click();
    await staff.getByLabel("Your decision").fill("Partly upheld: the repair was left unfinished.");
    await staff.getByLabel("The reasons for the decision").fill("The engineer did not return with the part.");
    await staff.getByLabel("What will be done to put things right").fill("The repair is booked for Thursday.");
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expect(staff.locator(".error-summary")).toContainText("Select whether the complaint is upheld, partly upheld or not upheld");
    await expect(staff.locator(".error-summary")).toContainText("Select at least one category the complaint is about");
    await expect(staff.getByLabel("Your decision")).toHaveValue("Partly upheld: the repair was left unfinished.");
    await audit(staff);
    await staff.getByLabel("Partly upheld", { exact: true }).check();
    await staff.getByLabel("Repairs", { exact: true }).check();
    await staff.getByLabel("Communication", { exact: true }).check();
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expectRecorded(staff, "Send the Stage 1 response");
    // Named as the list orders them.
    await expect(staff.getByText("Communication, Repairs")).toBeVisible();
    await recordStep(staff, "Record a Stage 2 request", {});

    // The reviewer cannot be anyone who acknowledged or answered Stage 1, decided by account:
    // Sam is not offered. A reviewer left unchosen is said beside the choice, and put right.
    const reviewer = colleague.replace("officer", "reviewer");
    addStaff(reviewer, "Jo Reed", "complaints_officer");
    await staff.getByRole("link", { name: "Acknowledge at Stage 2", exact: true }).click();
    const choices = staff.getByLabel("Who is reviewing it").locator("option");
    await expect(choices.filter({ hasText: `Jo Reed (${reviewer})` })).toHaveCount(1);
    await expect(choices.filter({ hasText: colleague })).toHaveCount(0);
    await staff.getByLabel("How the resident can contact them").fill("01282 686300");
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expect(staff.locator(".error-summary")).toContainText("Select who is reviewing the complaint");
    await audit(staff);
    await expect(staff.getByLabel("How the resident can contact them")).toHaveValue("01282 686300");
    await staff.getByLabel("Who is reviewing it").selectOption({ label: `Jo Reed (${reviewer})` });
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expectRecorded(staff, "Acknowledge at Stage 2");

    await recordStep(staff, "Send the final response (Stage 2)", {
      "Your decision": "Upheld.",
      "The reasons for the decision": "Stage 1 found the fault and the repair is done.",
      "What will be done to put things right": "£50 for the time without heating.",
      "Upheld": true,
      "Repairs": true,
    });
    await expect(staff.getByText("Nothing: it is closed.")).toBeVisible();
    // The timeline says who did each step and when it was recorded.
    const timeline = staff.locator("ol.timeline > li");
    await expect(timeline).toHaveCount(6);
    await expect(timeline.nth(1)).toContainText(`by Sam Patel (${colleague})`);
    await audit(staff);
    await staff.getByRole("link", { name: `Your complaint ${reference}: our final response (Stage 2)` }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Your complaint ${reference}: our final response (Stage 2)`);
    await audit(staff);

    // Putting things right after the final response, closed as the complaint is: a payment,
    // with what each missing answer needs said first.
    await staff.goto(`/staff/complaints/${reference}`);
    await staff.getByRole("link", { name: "Agree an action to put things right or learn from it", exact: true }).click();
    await staff.getByLabel("What will be done").fill("Pay £50 for the time without heating.");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    const problems = staff.locator(".error-summary");
    await expect(problems).toContainText("Select what kind of action it is");
    await expect(problems).toContainText("Enter who is responsible");
    await expect(staff.getByLabel("What will be done")).toHaveValue("Pay £50 for the time without heating.");
    await audit(staff);
    await staff.getByLabel("A payment (compensation or a refund)", { exact: true }).check();
    await staff.getByLabel("Who is responsible").fill("Finance team");
    const due = new Date(Date.now() + 7 * 86_400_000);
    await staff.getByLabel("Day", { exact: true }).fill(String(due.getDate()));
    await staff.getByLabel("Month", { exact: true }).fill(String(due.getMonth() + 1));
    await staff.getByLabel("Year", { exact: true }).fill(String(due.getFullYear()));
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expect(problems).toContainText("Enter the amount in pounds");
    await staff.getByLabel("Amount, for a payment (pounds)").fill("50");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expectRecorded(staff, "Agree an action to put things right or learn from it");
    const actions = staff.getByRole("table", { name: "Remedies and learning actions, in the order agreed" });
    await expect(actions).toContainText("A payment (compensation or a refund) of £50.00");
    await expect(actions).toContainText("Finance team");
    await audit(staff);

    // The case file for the Ombudsman: the whole record and every letter, to print or as a ZIP.
    await staff.getByRole("link", { name: /^Case file for the Housing Ombudsman/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Case file ${reference}`);
    await expect(staff.getByRole("article").filter({ hasText: `Your complaint ${reference}: our final response (Stage 2)` })).toContainText("£50 for the time without heating.");
    await audit(staff);
    const zip = await staff.request.get(`/staff/case-file.zip?reference=${reference}`);
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
  } finally {
    await staffContext.close();
  }

  // The resident has each letter by email and in their account.
  await mailTo(resident, `Your complaint ${reference}: our final response (Stage 2)`);
  await page.goto("/account");
  await page.getByRole("link", { name: "Letters we have sent you" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your letters");
  for (const subject of ["Stage 1 acknowledgement", "our Stage 1 response", "Stage 2 review acknowledgement", "our final response (Stage 2)"]) {
    await expect(page.getByRole("link", { name: `Your complaint ${reference}: ${subject}` })).toBeVisible();
  }
  await audit(page);
  // The Stage 2 acknowledgement restates the complaint and the outcome sought.
  await page.getByRole("link", { name: `Your complaint ${reference}: Stage 2 review acknowledgement` }).click();
  await expect(page.getByRole("article")).toContainText("Our understanding of your complaint: The boiler repair was left unfinished.");
  await expect(page.getByRole("article")).toContainText("The outcome you are seeking: Finish the repair this week.");
  await page.goBack();
  await page.getByRole("link", { name: `Your complaint ${reference}: our Stage 1 response` }).click();
  await expect(page.getByRole("article")).toContainText("Our finding: we uphold part of your complaint.");
  await page.goBack();
  await page.getByRole("link", { name: `Your complaint ${reference}: our final response (Stage 2)` }).click();
  await expect(page.getByRole("article")).toContainText("Housing Ombudsman");
  await expect(page.getByRole("article")).toContainText("£50 for the time without heating.");
  await audit(page);
  // The same letter in large print: 18 point (24 px), 1.5 line spacing, left aligned.
  await page.getByRole("link", { name: /^Large print version of this letter/ }).click();
  const large = page.getByRole("article");
  await expect(large).toContainText("£50 for the time without heating.");
  const style = await large.evaluate((a) => {
    const s = getComputedStyle(a);
    const from = getComputedStyle(a.querySelector(".letter-from") ?? a);
    // Aligned to the start of the line: the left, in an English letter.
    const align = from.textAlign === "start" && from.direction === "ltr" ? "left" : from.textAlign;
    return { size: s.fontSize, spacing: parseFloat(s.lineHeight) / parseFloat(s.fontSize), align, italic: from.fontStyle };
  });
  expect(style).toEqual({ size: "24px", spacing: 1.5, align: "left", italic: "normal" });
  await audit(page);
  await page.getByRole("link", { name: "Standard print version of this letter" }).click();
  await expect(page.getByRole("article")).not.toHaveClass(/letter-large/);
  // Until it is done, the resident sees what is owed to put things right.
  await page.goto(`/account/complaints/${reference}`);
  await expect(page.getByText("We put things right: Pay £50 for the time without heating.")).toBeVisible();
  await expect(page.getByText("We agreed how we will put things right")).toBeVisible();
  await audit(page);
});

test("an administrator creates a token for a landlord's system, sees it once, and revokes it", async ({ page, audit }, testInfo) => {
  const admin = uniqueEmail(testInfo.project.name, "admin").replace("@example.com", "@calicohomes.org.uk");
  await signInAsColleague(page, admin, "Ash Cole", "administrator");
  await page.getByRole("link", { name: "API tokens for the landlord's systems" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await audit(page);

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter the name of the system that will use the token");
  await audit(page);
  const system = `Repairs system ${testInfo.project.name} ${Date.now()}`;
  await page.getByLabel("Name of the system that will use it").fill(system);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("heading", { name: `The token for ${system}` })).toBeVisible();
  const token = (await page.locator("code.token").textContent()) ?? "";
  expect(token).toMatch(/^calico_[A-Za-z0-9_-]{40,}$/);
  await audit(page);
  const calls = await page.request.get("/api/v1/complaints", { headers: { Authorization: `Bearer ${token}` } });
  expect(calls.status()).toBe(200);

  // Shown once: a reload no longer has it.
  await page.reload();
  await expect(page.locator("code.token")).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: system });
  await expect(row).toContainText("Live");
  await row.getByRole("button", { name: `Revoke the token for ${system}` }).click();
  await expect(page.getByRole("status")).toHaveText("The token is revoked: requests with it are refused from now on.");
  await expect(page.getByRole("row").filter({ hasText: system })).toContainText("Revoked");
  await audit(page);
  const refused = await page.request.get("/api/v1/complaints", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});

test("an administrator closes the offices for a day, opens them again, and sets the out-of-hours number", async ({ page, audit }, testInfo) => {
  const admin = uniqueEmail(testInfo.project.name, "opening").replace("@example.com", "@calicohomes.org.uk");
  await signInAsColleague(page, admin, "Ash Cole", "administrator");
  await page.getByRole("link", { name: "Closure days" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Closure days");
  await audit(page);

  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter the day");
  await expect(page.locator(".error-summary")).toContainText("Enter why the offices are closed");
  await audit(page);

  // A day in October (no bank holidays), half a year ahead or more, so that no other test's
  // deadline reaches it: a Wednesday for one project, a Thursday for the other.
  const today = new Date();
  let year = today.getUTCFullYear();
  if (Date.UTC(year, 9, 13) < today.getTime() + 180 * 86_400_000) year += 1;
  const wanted = testInfo.project.name === "js" ? 3 : 4;
  let day = 13;
  while (new Date(Date.UTC(year, 9, day)).getUTCDay() !== wanted) day += 1;
  const when = new RegExp(`${day} October ${year}`);
  const date = page.getByRole("group", { name: "Day the offices close" });
  await date.getByLabel("Day").fill(String(day));
  await date.getByLabel("Month").fill("10");
  await date.getByLabel("Year").fill(String(year));
  await page.getByLabel("Reason", { exact: true }).fill(`Staff training day ${testInfo.project.name}`);
  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.getByRole("status")).toContainText(when);
  await expect(page.getByRole("status")).toContainText("is a closure day: every deadline now counts past it.");
  const days = page.getByRole("table", { name: /^Closure days of the last year/ });
  const row = days.getByRole("row").filter({ hasText: `Staff training day ${testInfo.project.name}` });
  await expect(row).toContainText(when);
  await expect(page.getByRole("table", { name: /The last 10 changes/ })).toContainText("Ash Cole");
  await audit(page);

  // The same day again is refused, saying why, with what was typed kept.
  await date.getByLabel("Day").fill(String(day));
  await date.getByLabel("Month").fill("10");
  await date.getByLabel("Year").fill(String(year));
  await page.getByLabel("Reason", { exact: true }).fill("Again");
  await page.getByRole("button", { name: "Add closure day" }).click();
  await expect(page.locator(".error-summary")).toContainText("is already a closure day");
  await expect(page.getByLabel("Reason", { exact: true })).toHaveValue("Again");

  await row.getByRole("button", { name: /^Open again on / }).click();
  await expect(page.getByRole("status")).toContainText("is a working day again: every deadline now counts it.");
  await expect(days.getByRole("row").filter({ hasText: `Staff training day ${testInfo.project.name}` })).toHaveCount(0);
  await audit(page);

  await page.getByRole("link", { name: "Back to the work queue" }).click();
  await page.getByRole("link", { name: "the out-of-hours number" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Out-of-hours number");
  await page.getByRole("textbox", { name: "Out-of-hours number" }).fill("call Ash");
  await page.getByRole("button", { name: "Save number" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter a UK phone number");
  await expect(page.getByRole("textbox", { name: "Out-of-hours number" })).toHaveValue("call Ash");
  await audit(page);
  await page.getByRole("textbox", { name: "Out-of-hours number" }).fill("0800 169 2407");
  await page.getByRole("button", { name: "Save number" }).click();
  await expect(page.getByRole("status")).toContainText("Residents are given 0800 169 2407 for an emergency repair when the offices are closed.");
  await audit(page);
  await page.goto("/");
  await expect(page.getByRole("note", { name: "Emergency" })).toContainText("when our offices are closed, call our out-of-hours line on 0800 169 2407.");
  await audit(page);
});

test("a letter for a resident who wants post, large print, Braille and Bengali (which our letters are not written in) waits on the task list until a colleague marks each done, and says by when", async ({ page, audit, browser }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "post"));
  // The filing pages are audited by filing.spec.ts.
  const reference = await fileComplaint(page, async () => {}, "Letter by post", async (support) => {
    const formats = support.getByRole("group", { name: "Do you need our letters in another format?" });
    await formats.getByRole("checkbox", { name: "Large print" }).check();
    await formats.getByRole("checkbox", { name: "Braille" }).check();
    await support.getByRole("textbox", { name: "Language, if not English (optional)" }).fill("Bengali");
  });

  // Seven days from today, as the letter tells the resident.
  const by = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString("en-GB", {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London",
  }).replace(",", "");
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "poster").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Robin Shaw", "handler");
    await staff.goto(`/staff/complaints/${reference}`);
    await recordStep(staff, "Acknowledge at Stage 1", {
      "How the resident can contact them": "01282 686300",
      "What the complaint is about": "The unfinished boiler repair.",
      "The outcome the resident is seeking": "Finish the repair.",
    });
    await staff.goto("/staff");
    await staff.getByRole("link", { name: /^Letters to post and calls to make \(\d+\)$/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Letters to post and calls to make");
    const task = (what: string) =>
      staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: `${what}: ${reference}` }) });
    const post = task("Post the letter in large print");
    await expect(post).toContainText("Flat 1, Centenary Court, Croft Street, Burnley");
    for (const what of ["Send the letter in Braille", "Send the letter translated into Bengali"]) {
      await expect(task(what)).toContainText("Flat 1, Centenary Court, Croft Street, Burnley");
      await expect(task(what).getByRole("definition").last()).toHaveText(by);
    }
    await audit(staff);
    // The letter to print is its large-print version.
    await post.getByRole("link", { name: /acknowledgement/ }).click();
    await expect(staff).toHaveURL(/\/staff\/letters\/\d+\?print=large$/);
    await expect(staff.locator(".letter-large")).toContainText(`We will also send you this letter in Braille and in Bengali by ${by}.`);
    await audit(staff);
    await staff.goBack();
    // Its name says which task: "Mark as done: Post the letter in large print: CMP-…".
    await post.getByRole("button", { name: new RegExp(`^Mark as done\\s*:\\s*Post the letter in large print: ${reference}$`) }).click();
    await expect(staff.getByRole("status")).toHaveText("Marked as done.");
    await expect(post).toContainText(/Done by Robin Shaw \(.*\) on /);
    await expect(post.getByRole("button")).toHaveCount(0);
    await expect(task("Send the letter in Braille").getByRole("button", { name: /^Mark as done/ })).toBeVisible();
    await audit(staff);
  } finally {
    await staffContext.close();
  }

  // The resident reads the same in their account.
  await page.goto("/account/letters");
  await page.getByRole("link", { name: /acknowledgement/ }).first().click();
  await expect(page.getByRole("article")).toContainText(`We will also send you this letter in Braille and in Bengali by ${by}.`);
  await audit(page);
});

test("a colleague's step form says what to fix as each box is left, from the console's own bundle", async ({ page, browser, js, audit }, testInfo) => {
  test.skip(!js, "checking as you go needs JavaScript; without it the server checks the form (tested above)");
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "checked"));
  const reference = await fileComplaint(page, async () => {});
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "checker").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Kim Ward", "handler");
    // The queue's own bundle has finished loading before listening, so only the step page's
    // requests are counted.
    await islandsAwake(staff);
    const bundles = new Set<string>();
    staff.on("request", (r) => { if (r.url().endsWith(".wasm")) bundles.add(new URL(r.url()).pathname); });
    await staff.goto(`/staff/complaints/${reference}/stage1_acknowledged`);
    await islandsAwake(staff);
    expect([...bundles]).toEqual(["/pkg/calico_staff_bg.wasm"]);
    const actedBy = staff.getByLabel("Who acted");
    await actedBy.fill("");
    await staff.keyboard.press("Tab");
    await expect(staff.locator("#by-error")).toHaveText("Error: Enter the name of the colleague who acted");
    await expect(actedBy).toHaveAttribute("aria-invalid", "true");
    await expect(staff.locator(".error-summary")).toHaveCount(0);
    // A box not touched yet says nothing.
    await expect(staff.locator("#contact-error")).toBeHidden();
    await audit(staff);
    await actedBy.fill("Kim Ward");
    await staff.keyboard.press("Tab");
    await expect(staff.locator("#by-error")).toBeHidden();
    await expect(actedBy).not.toHaveAttribute("aria-invalid", "true");

    // Boxes filled one after another faster than a message is shown: each message is decided
    // from what the boxes hold when it is shown, so a box filled meanwhile never flashes the
    // message its emptiness earned (which would also move the button about to be pressed).
    await staff.clock.install();
    const about = staff.getByLabel("What the complaint is about");
    await about.fill("");
    await staff.getByLabel("How the resident can contact them").fill("01282 686300");
    await staff.clock.runFor(100);
    await about.fill("The lift has been broken for a month.");
    await staff.getByLabel("The outcome the resident is seeking").focus();
    // The first message is due now, the others later.
    await staff.clock.runFor(250);
    await expect(staff.locator("#about-error")).toBeHidden();
    await staff.clock.runFor(1_000);
    await expect(staff.locator("#about-error")).toBeHidden();
    // Left empty, it is still said.
    await about.fill("");
    await staff.getByLabel("The outcome the resident is seeking").focus();
    await staff.clock.runFor(1_000);
    await expect(staff.locator("#about-error")).toHaveText("Error: Enter what the complaint is about");
  } finally {
    await staffContext.close();
  }
});

test("a colleague sets up a second sign-in step with an authenticator app, and can use a recovery code once", async ({ page, browser, audit }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name, "second").replace("@example.com", "@calicohomes.org.uk");
  await page.goto(addStaff(email, "Rae Quinn", "handler"));
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Type your new password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Change my password" }).click();
  const signIn = async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/two-factor$/);
  };
  await signIn();
  // Nothing of the console until then.
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/two-factor$/);
  await expect(page.getByRole("img", { name: "QR code to add Calico Account to your authenticator app" })).toBeVisible();
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await audit(page);
  await code.fill("12345");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toContainText("The code must be the 6 numbers your authenticator app shows");
  await audit(page);
  const { recoveryCodes } = await setUpAuthenticator(page);
  await audit(page);
  await page.getByRole("link", { name: "Continue to the work queue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");

  // Next time: the code, or a recovery code instead, each once.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the code from your authenticator app");
  await expect(page.locator("code.token")).toHaveCount(0);
  await audit(page);
  await page.getByLabel("Recovery code").fill(recoveryCodes[0].toUpperCase());
  await page.getByRole("button", { name: "Use the recovery code" }).click();
  await expect(page).toHaveURL(/\/staff\?recovery=1$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Use the recovery code" }).click();
  await expect(page.locator(".error-summary")).toContainText("That recovery code is not right, or it was used already.");
  await audit(page);
});

test("a colleague finds a complaint by its reference or the resident's home, and downloads what the queue shows", async ({ page, audit, browser }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "found"));
  const reference = await fileComplaint(page, async () => {});
  const staffContext = await browser.newContext({ acceptDownloads: true });
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "finder").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Lee Grant", "handler");
    const search = staff.getByRole("searchbox", { name: "Find a complaint" });
    await expect(search).toHaveAccessibleDescription("A reference, the resident's name, part of their address or their rent reference");
    // Typed the way a caller reads it out: lower case.
    await search.fill(reference.toLowerCase());
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff).toHaveURL(/\/staff\?q=/);
    await expect(staff.getByText("1 complaint found.")).toBeVisible();
    const rows = staff.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole("link", { name: reference })).toBeVisible();
    await expect(search).toHaveValue(reference.toLowerCase());
    await audit(staff);

    // The home's rent reference, with the kind: the resident's complaint is among them.
    await search.fill("1001-2345");
    await staff.getByLabel("Kind").selectOption("complaint");
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff.getByText(/^\d+ complaints? found\./)).toBeVisible();
    await expect(staff.getByLabel("Kind")).toHaveValue("complaint");
    await expect(search).toHaveValue("1001-2345");

    // Nothing found says so, with nothing to download.
    await search.fill("No such resident anywhere");
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff.getByText("0 complaints found.")).toBeVisible();
    await expect(staff.getByRole("link", { name: /spreadsheet/ })).toHaveCount(0);
    await audit(staff);

    // What the queue shows, as a spreadsheet.
    await search.fill(reference);
    await staff.getByRole("button", { name: "Show" }).click();
    const downloading = staff.waitForEvent("download");
    await staff.getByRole("link", { name: "Download it as a spreadsheet (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^calico-complaints-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("Reference,Kind,Received,Where it is,Risk,Next deadline,Due by,Working days left,Overdue,Next update to the resident by,Update overdue,Remedy due by,Remedy overdue,Asked for a review late on,About");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${reference},Complaint,\\d{4}-\\d{2}-\\d{2},Waiting to be acknowledged,`));

    // Found, acknowledged, then not accepted before the Stage 1 response: court proceedings
    // about the same matter have started.
    await staff.getByRole("link", { name: reference, exact: true }).click();
    await recordStep(staff, "Acknowledge at Stage 1", {
      "How the resident can contact them": "01282 686300",
      "What the complaint is about": "The unfinished boiler repair.",
      "The outcome the resident is seeking": "Finish the repair.",
    });
    await recordStep(staff, "Do not accept as a complaint", {
      "Why it is not accepted as a complaint": "Court proceedings about the same repair have started.",
    }, audit);
    await expect(staff.getByText("Court proceedings about the same repair have started.").first()).toBeVisible();
  } finally {
    await staffContext.close();
  }
});

test("a compliment is passed to the colleague's manager, and the resident is told so", async ({ page, audit, browser }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "thanks"));
  await choose(page, "Give a compliment");
  await page.getByLabel("Who helped you?").fill("Jo from the repairs team");
  await page.getByLabel("What did they do?").fill("Came back the same day to finish the job.");
  await page.getByRole("button", { name: "Continue" }).click();
  // The filing pages are audited by filing.spec.ts.
  await keepSupport(page, async () => {});
  const reference = await sendAndConfirm(page, "Compliment sent");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "passer").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Ash Turner", "handler");
    await staff.goto(`/staff/complaints/${reference}`);
    await recordStep(staff, "Record the compliment as passed on", {
      "Who it was passed to": "Kim Ward, repairs manager",
    }, audit);
  } finally {
    await staffContext.close();
  }

  const subject = `Your compliment ${reference}: we have passed on your thanks`;
  await page.goto("/account/letters");
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(page.getByRole("article")).toContainText("We have passed your thanks to Kim Ward, repairs manager");
  await audit(page);
});

test("when a response will be late, a colleague agrees how often to update the resident, and each update reaches them", async ({ page, audit, browser }, testInfo) => {
  const resident = uniqueEmail(testInfo.project.name, "updates");
  await registerAndSignIn(page, resident);
  const reference = await fileComplaint(page, audit);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "updater").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Ash Turner", "handler");
    await staff.goto(`/staff/complaints/${reference}`);
    await recordStep(staff, "Acknowledge at Stage 1", {
      "How the resident can contact them": "01282 686300",
      "What the complaint is about": "The boiler repair was left unfinished.",
      "The outcome the resident is seeking": "Finish the repair.",
    });
    // Nothing is late yet: updates can be sent, but no interval agreed.
    await expect(staff.getByRole("link", { name: "Send the resident an update", exact: true })).toBeVisible();
    await expect(staff.getByRole("link", { name: "Agree how often to update the resident", exact: true })).toHaveCount(0);
    await recordStep(staff, "Extend Stage 1", {
      "Working days to add": "5",
      "Why more time is needed": "A surveyor must visit first.",
    });
    // Agreeing an interval: a number out of range is said beside the box and kept.
    await staff.getByRole("link", { name: "Agree how often to update the resident", exact: true }).click();
    await staff.getByLabel("Update the resident at least every (working days)").fill("30");
    await staff.getByLabel("How it was agreed (optional)").fill("By phone; updates by email.");
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expect(staff.locator(".error-summary")).toContainText("every 1 to 20 working days");
    await expect(staff.getByLabel("How it was agreed (optional)")).toHaveValue("By phone; updates by email.");
    await audit(staff);
    await staff.getByLabel("Update the resident at least every (working days)").fill("3");
    await staff.getByRole("button", { name: "Record it and send the letter" }).click();
    await expectRecorded(staff, "Agree how often to update the resident");
    await expect(staff.getByText(/^Update to the resident due by .* \(every 3 working days, as agreed\)\.$/)).toBeVisible();
    await audit(staff);
    await recordStep(staff, "Send the resident an update", {
      "The update for the resident": "The surveyor visits on Monday morning.",
    }, audit);
    // The queue lists the updates owed under their own filter (none is owed yet today).
    await staff.goto("/staff");
    await staff.getByLabel("Only updates owed to residents").check();
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff.getByLabel("Only updates owed to residents")).toBeChecked();
    await expect(staff.getByRole("row").filter({ has: staff.getByRole("link", { name: reference }) })).toHaveCount(0);
    await audit(staff);
  } finally {
    await staffContext.close();
  }

  // The resident has both letters, and their page shows the update and when the next is due.
  await mailTo(resident, `Your complaint ${reference}: an update`);
  await page.goto("/account/letters");
  await page.getByRole("link", { name: `Your complaint ${reference}: how we will keep you updated` }).click();
  await expect(page.getByRole("article")).toContainText("at least every 3 working days");
  await audit(page);
  await page.goto(`/account/complaints/${reference}`);
  await expect(page.getByText("The surveyor visits on Monday morning.")).toBeVisible();
  await expect(page.getByText("Our next update to you")).toBeVisible();
  await expect(page.getByText(/As agreed with you, we will update you at least every 3 working days/)).toBeVisible();
  await audit(page);
});

test("an administrator adds a category for responses, and retires it", async ({ page, audit }, testInfo) => {
  const admin = uniqueEmail(testInfo.project.name, "categories").replace("@example.com", "@calicohomes.org.uk");
  await signInAsColleague(page, admin, "Ash Cole", "administrator");
  await page.getByRole("link", { name: "Categories responses are filed under" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Categories");
  await audit(page);
  // Each project adds its own, as the tests share one database.
  const name = `Gas servicing ${testInfo.project.name}`;
  await page.getByLabel("Name", { exact: true }).fill("Repairs");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.locator(".error-summary")).toContainText("There is already a category called Repairs.");
  await audit(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByRole("status")).toContainText(`${name} is offered for every response from now on.`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row).toContainText("Offered");
  await row.getByRole("button", { name: `Retire ${name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${name} is retired`);
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) })).toContainText("Retired");
  await expect(page.getByRole("table", { name: /changes to the categories/ })).toContainText(`Retired ${name}`);
  await audit(page);
});

test("a colleague logs a complaint a resident made in person, and the resident sees it in their account and is emailed", async ({ page, audit, browser }, testInfo) => {
  const resident = uniqueEmail(testInfo.project.name, "in-person");
  await registerAndSignIn(page, resident);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  let reference = "";
  try {
    const colleague = uniqueEmail(testInfo.project.name, "logger").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Jo Reception", "handler");
    await staff.getByRole("link", { name: /^Log a complaint, concern or compliment/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Log a complaint, concern or compliment");
    await audit(staff);
    // Found by their email address: their account, not only the tenancy.
    await staff.getByLabel("Find the resident").fill(resident);
    await staff.getByRole("button", { name: "Find" }).click();
    await expect(staff.getByRole("status")).toHaveText("1 found.");
    await audit(staff);
    await staff.getByRole("link", { name: `Log for ${resident}` }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("What are they telling us?");
    await audit(staff);
    await staff.getByRole("button", { name: "Continue" }).click();
    await expect(staff.locator(".error-summary")).toContainText("Select whether they are making a complaint");
    await expect(staff).toHaveTitle(/^Error: What are they telling us\?/);
    await audit(staff);
    await staff.getByLabel("A complaint", { exact: true }).check();
    await staff.getByRole("button", { name: "Continue" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Log a complaint");

    // Sent with gaps: each is said, and what was typed stays.
    await staff.getByLabel("In person", { exact: true }).check();
    await staff.getByLabel("What happened?").fill("The communal door has not locked for three weeks.");
    await staff.getByRole("button", { name: "Log it and send the acknowledgement" }).click();
    const summary = staff.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Enter the date it happened");
    await expect(summary).toContainText("Enter what you would like us to do");
    await expect(staff).toHaveTitle(/^Error: Log a complaint/);
    await expect(staff.getByLabel("What happened?")).toHaveValue("The communal door has not locked for three weeks.");
    await expect(staff.getByLabel("In person", { exact: true })).toBeChecked();
    await audit(staff);

    await staff.getByLabel("Day", { exact: true }).fill("2");
    await staff.getByLabel("Month", { exact: true }).fill("11");
    await staff.getByLabel("Year", { exact: true }).fill("2026");
    await staff.getByLabel("What would they like us to do to put things right?").fill("Repair the lock.");
    await staff.getByRole("group", { name: "How would they like us to contact them about it?" }).getByLabel("Email", { exact: true }).check();
    await staff.getByRole("button", { name: "Log it and send the acknowledgement" }).click();
    await expect(staff.getByRole("status")).toContainText(/Logged as CMP-\d{4}-\d{6}\./);
    reference = (await staff.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    expect(reference).toMatch(/^CMP-\d{4}-\d{6}$/);
    await expect(staff.locator(".summary-list").first()).toContainText("Logged for");
    await expect(staff.locator(".summary-list").first()).toContainText(", in person");
    await audit(staff);

    // The year's performance counts it: a page with charts and tables, and a spreadsheet.
    await staff.goto("/staff");
    await staff.getByRole("link", { name: /^Complaints performance/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/^Complaints performance \d{4}\/\d{2}$/);
    const measures = staff.getByRole("table", { name: "Tenant Satisfaction Measures" });
    await expect(measures.getByRole("row", { name: /^CH01: complaints received per 1,000 homes/ })).toBeVisible();
    await expect(measures.getByRole("row", { name: /^CH02: share of responses/ })).toBeVisible();
    await expect(staff.getByRole("img", { name: "Stage 1 complaints received each month" })).toBeVisible();
    await expect(staff.getByRole("table", { name: "Everything received, by how it reached us" }).getByRole("row", { name: /^In person \d+$/ })).toBeVisible();
    await audit(staff);
    await staff.getByRole("button", { name: "Show" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/^Complaints performance/);
    const csv = await staff.request.get(await staff.getByRole("link", { name: /as a spreadsheet \(CSV\)$/ }).getAttribute("href") ?? "");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("CH01: complaints received per 1,000 homes");
  } finally {
    await staffContext.close();
  }

  // The resident is emailed the acknowledgement and sees the complaint in their account.
  const mail = await mailTo(resident, `We have received your complaint: ${reference}`);
  expect(mail.body).toContain("which you made in person");
  await page.goto("/account");
  const card = page.locator(".complaint-card").filter({ hasText: reference });
  await expect(card).toContainText(/Acknowledgement due by/);
  await card.getByRole("link", { name: `Complaint ${reference}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await audit(page);
});

test("a colleague recognises a resident's need, records the adjustment with a review day, sees it on the queue and the case, and reviews it", async ({ page, audit, browser }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "needs"));
  // The resident asks for large print themselves when they complain.
  await choose(page, "Make a complaint");
  await describeComplaint(page);
  await skipAttachments(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How should we contact you about this?");
  await page.getByLabel("Large print", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  const reference = await sendAndConfirm(page, "Complaint sent");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const colleague = uniqueEmail(testInfo.project.name, "carer").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Ash Moss", "handler");
    await staff.goto(`/staff/complaints/${reference}`);
    await expect(staff.getByRole("heading", { name: "Vulnerabilities and adjustments" })).toBeVisible();
    await expect(staff.getByText("They asked for: Large print.")).toBeVisible();
    await expect(staff.getByText(/^No vulnerability or adjustment recorded by colleagues/)).toBeVisible();

    // Sent with gaps, then with a review day too far ahead: each is said, and what was typed stays.
    const step = "Record a vulnerability or adjustment";
    await staff.getByRole("link", { name: step, exact: true }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(step);
    await staff.getByLabel("How we will respond").fill("Call before any visit, and speak slowly; never a surprise knock.");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    const problems = staff.locator(".error-summary");
    await expect(problems).toBeFocused();
    await expect(problems).toContainText("Select what was recognised");
    await expect(problems).toContainText("Enter the review day");
    await expect(staff.getByLabel("How we will respond")).toHaveValue("Call before any visit, and speak slowly; never a surprise knock.");
    await audit(staff);
    await staff.getByLabel("Mental health", { exact: true }).check();
    const typeDay = async (date: Date) => {
      await staff.getByLabel("Day", { exact: true }).fill(String(date.getDate()));
      await staff.getByLabel("Month", { exact: true }).fill(String(date.getMonth() + 1));
      await staff.getByLabel("Year", { exact: true }).fill(String(date.getFullYear()));
    };
    await typeDay(new Date(Date.now() + 400 * 86_400_000));
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expect(problems).toContainText("The review day can be at most 366 days ahead");
    await expect(staff.locator("#review_day-error")).toContainText("at most 366 days ahead");
    await expect(staff.getByLabel("Mental health", { exact: true })).toBeChecked();
    await typeDay(new Date(Date.now() + 30 * 86_400_000));
    if (testInfo.project.name === "js") {
      // The day's message goes once its boxes are left and checked, 300 ms later: wait for
      // it, as the button moves up when it goes (a click at that moment could miss it).
      await expect(staff.locator("#review_day-error")).toBeHidden();
    }
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expectRecorded(staff, step);
    const needs = staff.getByRole("table", { name: "Needs recognised and the adjustments made, in the order recorded" });
    await expect(needs.getByRole("row").nth(1)).toContainText("Mental health");
    await expect(needs.getByRole("row").nth(1)).toContainText("never a surprise knock");
    await expect(needs.getByRole("row").nth(1)).toContainText(/Review by \w+day \d+ \w+ \d{4}/);
    await audit(staff);

    // On the queue row, with what the resident asked for.
    await staff.goto(`/staff?q=${reference}`);
    const row = staff.getByRole("row").filter({ has: staff.getByRole("link", { name: reference }) });
    await expect(row).toContainText("Vulnerabilities and adjustments");
    await expect(row).toContainText("Mental health: Call before any visit");
    await expect(row).toContainText("They asked for: Large print");
    await expect(row).toContainText(/Review by /);
    await audit(staff);

    // The resident's own page says nothing of it.
    await page.goto(`/account/complaints/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
    await expect(page.getByText(/surprise knock|Mental health/)).toHaveCount(0);

    // Reviewed: no longer needed, with what was found.
    await staff.goto(`/staff/complaints/${reference}`);
    await staff.getByRole("link", { name: "Review a vulnerability or adjustment", exact: true }).click();
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expect(problems).toContainText("Choose the need that was reviewed");
    await expect(problems).toContainText("Select whether it is still needed");
    await audit(staff);
    await staff.getByLabel("Which need was reviewed").selectOption({ index: 1 });
    await staff.getByLabel("No: it is no longer needed").check();
    await staff.getByLabel("What the review found (optional)").fill("Support from the mental health team has ended well.");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expectRecorded(staff, "Review a vulnerability or adjustment");
    await expect(needs.getByRole("row").nth(1)).toContainText(/No longer needed since/);
    await audit(staff);
    await staff.goto(`/staff?q=${reference}`);
    await expect(row).not.toContainText("Mental health");
    await expect(row).toContainText("They asked for: Large print");
  } finally {
    await staffContext.close();
  }
});

test("the Ombudsman's determination is recorded and seen by the resident, and an administrator assesses the Code provision by provision", async ({ page, audit, browser }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "ombudsman"));
  const reference = await fileComplaint(page, audit);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  try {
    const admin = uniqueEmail(testInfo.project.name, "assessor").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, admin, "Ash Reid", "administrator");
    await staff.goto(`/staff/complaints/${reference}`);

    // Sent without a finding or a day: each is said, and what was typed stays.
    const step = "Record the Housing Ombudsman's determination";
    await staff.getByRole("link", { name: step, exact: true }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(step);
    await staff.getByLabel("The Ombudsman's case number").fill("202612345");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    const problems = staff.locator(".error-summary");
    await expect(problems).toBeFocused();
    await expect(problems).toContainText("Select what the Ombudsman found");
    await expect(problems).toContainText("Enter the day it was decided");
    await expect(staff.getByLabel("The Ombudsman's case number")).toHaveValue("202612345");
    await audit(staff);
    // Decided today (London's day, as the form's own time says), and recorded.
    const today = (await staff.getByLabel("When it happened").inputValue()).slice(0, 10).split("-");
    await staff.getByLabel("Service failure", { exact: true }).check();
    await staff.getByLabel("Day", { exact: true }).fill(String(Number(today[2])));
    await staff.getByLabel("Month", { exact: true }).fill(String(Number(today[1])));
    await staff.getByLabel("Year", { exact: true }).fill(today[0]);
    await staff.getByLabel("What the Ombudsman ordered or recommended (optional)").fill("Apologise, and pay £150 within four weeks.");
    await staff.getByRole("button", { name: "Record it", exact: true }).click();
    await expectRecorded(staff, step);
    await expect(staff.locator(".timeline")).toContainText("Service failure");

    // The resident sees the Ombudsman's decision on their complaint.
    await page.goto(`/account/complaints/${reference}`);
    await expect(page.getByText("The Housing Ombudsman decided your complaint")).toBeVisible();
    await expect(page.getByText("Apologise, and pay £150 within four weeks.")).toBeVisible();

    // The report counts it, and says how much of the Code is met.
    await staff.goto("/staff/reports");
    const determinations = staff.getByRole("table", { name: "Housing Ombudsman determinations" });
    await expect(determinations.getByRole("row", { name: /^Service failure [1-9]\d*$/ })).toBeVisible();
    await expect(staff.getByRole("table", { name: "Acknowledged within the Code's timescales (5 working days)" })).toBeVisible();
    await audit(staff);
    await staff.getByRole("link", { name: /^The self-assessment \d{4}\/\d{2}, provision by provision$/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/^Self-assessment against the Complaint Handling Code \d{4}\/\d{2}$/);
    await expect(staff.getByRole("table", { name: "Section 6: Complaint stages" }).getByRole("row", { name: /^6\.2 / })).toContainText("From the records:");
    await audit(staff);

    // Each project assesses its own provision, as the tests share one database.
    const provision = testInfo.project.name === "js" ? "5.14" : "5.15";
    await staff.getByRole("link", { name: `Assess provision ${provision}` }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Assess provision ${provision}`);
    await audit(staff);
    await staff.getByLabel("No, not yet").check();
    await staff.getByLabel("Evidence", { exact: true }).fill("The unacceptable behaviour procedure is still a draft.");
    await staff.getByRole("button", { name: "Save assessment" }).click();
    await expect(problems).toBeFocused();
    await expect(problems).toContainText("Enter what will be done to meet it");
    await expect(problems).toContainText("Enter the day it will be met by");
    await expect(staff.getByLabel("Evidence", { exact: true })).toHaveValue("The unacceptable behaviour procedure is still a draft.");
    await expect(staff.getByLabel("No, not yet")).toBeChecked();
    await audit(staff);
    const year = Number(today[0]) + 1;
    await staff.getByLabel("What will be done to meet it").fill("Publish the procedure after the Board approves it.");
    await staff.getByLabel("Day", { exact: true }).fill("31");
    await staff.getByLabel("Month", { exact: true }).fill("3");
    await staff.getByLabel("Year", { exact: true }).fill(String(year));
    await staff.getByRole("button", { name: "Save assessment" }).click();
    await expect(staff.getByRole("status")).toContainText(`Saved your assessment of provision ${provision}.`);
    const row = staff.getByRole("row", { name: new RegExp(`^${provision.replace(".", "\\.")} `) });
    await expect(row).toContainText("Not met");
    await expect(row).toContainText(new RegExp(`Publish the procedure after the Board approves it\\. By \\w+day 31 March ${year}\\.`));
    await expect(row).toContainText(`Assessed by Ash Reid (${admin})`);
    await audit(staff);
    const csv = await staff.request.get(await staff.getByRole("link", { name: /self-assessment as a spreadsheet \(CSV\)$/ }).getAttribute("href") ?? "");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Publish the procedure after the Board approves it.");
  } finally {
    await staffContext.close();
  }
});
