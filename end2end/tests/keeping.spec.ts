// Nothing typed is lost: answers sent after the session has ended come back after signing in;
// with JavaScript, each field is checked as it is left, and what is typed is kept on the
// device while the connection is down. And a resident invites someone to act for them.
import { test, expect, islandsAwake } from "./fixtures";
import { mailTo, linkIn } from "./mail";
import { PASSWORD, registerAndSignIn } from "./accounts";
import { uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

/** From the account page to the complaint details page, for the resident themselves. */
async function startComplaint(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Make a complaint" }).click();
  await page.getByRole("radio", { name: "Make a complaint" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: "Me", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about your complaint");
}

const STORY = "The lift at Centenary Court has been broken since October. I typed this slowly.";

test("what was typed when the session ended comes back after signing in", async ({ page, audit }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name, "timeout");
  await registerAndSignIn(page, email);
  await startComplaint(page);
  await page.getByLabel("What happened?").fill(STORY);
  await page.getByLabel("What would you like us to do to put things right?").fill("Fix the lift.");

  // An idle hour ends the session on the server; the browser still shows the page.
  await page.context().clearCookies({ name: "calico_session" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-in\?kept=\/complaint\/new\/details$/);
  await expect(page.getByRole("status")).toContainText("What you typed is kept safe");
  await audit(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/complaint\/new\/details$/);
  await expect(page.getByLabel("What happened?")).toHaveValue(STORY);
  await expect(page.getByLabel("What would you like us to do to put things right?")).toHaveValue("Fix the lift.");
  await audit(page);

  // A page opened after the session ended returns to itself after signing in.
  await page.context().clearCookies({ name: "calico_session" });
  await page.goto("/complaint/new/details");
  await expect(page).toHaveURL(/\/sign-in\?return=\/complaint\/new\/details$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/complaint\/new\/details$/);
  await expect(page.getByLabel("What happened?")).toHaveValue(STORY);
});

test("each field is checked as it is left, by the same rules as the server", async ({ page, audit, js }, testInfo) => {
  test.skip(!js, "checking as you go needs JavaScript; without it the server checks the page (tested elsewhere)");
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "instant"));
  await startComplaint(page);
  await islandsAwake(page);
  const date = page.getByRole("group", { name: "When did it happen?" });
  await page.getByLabel("What happened?").fill(STORY);
  await date.getByLabel("Day").fill("31");
  await date.getByLabel("Month").fill("2");
  await date.getByLabel("Year").fill("2026");
  await page.keyboard.press("Tab");

  await expect(date).toContainText("Error: The date it happened must be a real date");
  await expect(page.locator(".error-summary")).toHaveCount(0);
  // A field not touched yet says nothing.
  await expect(page.getByText("Enter what you would like us to do")).toHaveCount(0);
  await audit(page);

  await date.getByLabel("Day").fill("28");
  await page.keyboard.press("Tab");
  await expect(page.locator(".error-message:visible")).toHaveCount(0);
});

test("what is typed before the page wakes is kept, never replaced by an older copy on the device", async ({ page, js }, testInfo) => {
  test.skip(!js, "the copy on the device is kept by the page's script");
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "early"));
  await startComplaint(page);
  await islandsAwake(page);
  const outcome = page.getByLabel("What would you like us to do to put things right?");
  await page.getByLabel("What happened?").fill(STORY);
  const date = page.getByRole("group", { name: "When did it happen?" });
  await date.getByLabel("Day").fill("2");
  await date.getByLabel("Month").fill("11");
  await date.getByLabel("Year").fill("2026");
  await outcome.fill("Fix the lift and tell me when.");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos or documents (optional)");

  // Back to change it on a slow phone: the answer is retyped before the page's script has
  // arrived, while this device still holds the copy typed the first time.
  let arrive = () => {};
  const held = new Promise<void>((resolve) => { arrive = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto("/complaint/new/details");
  await expect(page.locator('[data-ready="false"]').first()).toBeAttached();
  await outcome.fill("Fix the lift this week.");
  arrive();
  await islandsAwake(page);
  await expect(outcome).toHaveValue("Fix the lift this week.");
  await expect(page.getByText("We have put back what you typed")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos or documents (optional)");
  await page.unroute("**/*.wasm");
  await page.goto("/complaint/new/details");
  await expect(outcome).toHaveValue("Fix the lift this week.");
});

test("while the connection is down what was typed stays on this device", async ({ page, js }, testInfo) => {
  test.skip(!js, "a page without JavaScript is sent by the browser itself, which keeps the form when offline");
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "offline"));
  await startComplaint(page);
  await islandsAwake(page);
  await page.getByLabel("What happened?").fill(STORY);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".error-summary")).toContainText("We could not reach Calico Homes");
  await expect(page.getByLabel("What happened?")).toHaveValue(STORY);

  await page.context().setOffline(false);
  await page.reload();
  await expect(page.getByRole("status")).toContainText("We have put back what you typed on this device");
  await expect(page.getByLabel("What happened?")).toHaveValue(STORY);

  // Signing out forgets it, so the next person on this device sees nothing.
  await page.goto("/account");
  await islandsAwake(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed_out=1$/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("calico:")));
  expect(kept).toEqual([]);
});

test("a resident invites someone by email, who accepts, and can withdraw it", async ({ page, browser, audit, js }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "inviter"));
  await page.getByRole("link", { name: "Invite someone to act for you" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite someone to act for you");
  await audit(page);
  const theirEmail = uniqueEmail(testInfo.project.name, "invited");
  await page.getByLabel("Their full name").fill("Jordan Lee");
  await page.getByLabel("Their email address").fill("jordan.example.org");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toContainText("Select how they are connected to you");
  await expect(page.getByLabel("Their full name")).toHaveValue("Jordan Lee");
  await audit(page);
  await page.getByLabel("Their email address").fill(theirEmail);
  await page.getByRole("radio", { name: "Family member or friend" }).check();
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page).toHaveURL(/\/account\?saved=invited$/);
  const row = page.getByRole("listitem").filter({ hasText: theirEmail });
  await expect(row).toContainText("Invited: they have not accepted yet. Covers: all your complaints, until you withdraw it.");
  await audit(page);

  // The person invited registers, opens the link, signs in and accepts.
  const context = await browser.newContext({ javaScriptEnabled: js });
  const them = await context.newPage();
  await them.goto("/register/representative");
  await them.getByLabel("Your full name").fill("Jordan Lee");
  await them.getByLabel("Email address").fill(theirEmail);
  await them.getByLabel("Create a password").fill(PASSWORD);
  await them.getByLabel("Type your password again").fill(PASSWORD);
  await them.getByRole("button", { name: "Register" }).click();
  await them.goto(linkIn(await mailTo(theirEmail, "Confirm your email address for your Calico Account")));
  await them.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(them).toHaveURL(/\/sign-in\?confirmed=1$/);

  const invitation = await mailTo(theirEmail, "A Calico Homes resident has asked you to act for them with Calico Homes");
  await them.goto(linkIn(invitation));
  await expect(them.getByRole("heading", { level: 1 })).toHaveText("A Calico Homes resident has asked you to act for them");
  await audit(them);
  await them.getByRole("link", { name: "Sign in to accept" }).click();
  await them.getByLabel("Email address").fill(theirEmail);
  await them.getByLabel("Password").fill(PASSWORD);
  await them.getByRole("button", { name: "Sign in" }).click();
  await expect(them).toHaveURL(/\/invitation\?token=/);
  await them.getByRole("button", { name: "Accept" }).click();
  await expect(them).toHaveURL(/\/account\?saved=accepted$/);
  await expect(them.getByRole("heading", { name: "People you act for" })).toBeVisible();
  await expect(them.getByText("A Calico Homes resident: all their complaints, until they withdraw it.")).toBeVisible();
  await audit(them);

  // The link works once.
  await them.goto(linkIn(invitation));
  await expect(them.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
  await context.close();

  await page.goto("/account");
  await expect(row).toContainText("Can act for you.");
  await page.getByRole("button", { name: "Withdraw access Jordan Lee", exact: true }).click();
  await expect(page).toHaveURL(/\/account\?saved=representatives$/);
  await expect(page.getByRole("listitem").filter({ hasText: theirEmail })).toContainText("Access withdrawn.");
});
