// Nothing typed is ever put in an address: forms refused with something sensitive in them come
// back with every answer and every message, and no address the browser visited or was sent to
// holds what was typed (browser history, proxy logs and Referers keep addresses).
import { test, expect } from "./fixtures";
import { registerAndSignIn } from "./accounts";
import { choose, fileComplaint, uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

const TYPED = "I use a wheelchair and have PTSD";

/** Every address the page asks for or is sent to, from now on. */
function watchAddresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  page.on("response", (response) => {
    const location = response.headers()["location"];
    if (location) seen.push(location);
  });
  return seen;
}

function expectNothingTypedIn(addresses: string[]) {
  for (const address of addresses) {
    const decoded = decodeURIComponent(address.replace(/\+/g, " "));
    expect(decoded, "an address").not.toContain("wheelchair");
    expect(decoded, "an address").not.toContain("__err");
  }
}

test("refused forms keep what was typed without putting it in an address", async ({ page, audit }, testInfo) => {
  const seen = watchAddresses(page);

  // Signed out: registering with a mistake.
  await page.goto("/register");
  await page.getByLabel("Email address").fill(`${TYPED}@`);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter an email address in the correct format");
  await expect(page.getByLabel("Email address")).toHaveValue(`${TYPED}@`);

  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "addresses"));
  const reference = await fileComplaint(page, async () => {});

  // The support the resident needs, with a phone number that is not one.
  await page.goto("/account/preferences");
  await page.getByLabel("Phone number (optional)").fill("call me");
  await page.getByLabel(/Is there anything else we should do/).fill(TYPED);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter a UK phone number");
  await expect(page.getByLabel(/Is there anything else we should do/)).toHaveValue(TYPED);
  await expect(page).toHaveTitle(/^Error: /);
  await audit(page);

  // A complaint with a date that is not one.
  await choose(page, "Make a complaint");
  await page.getByLabel("What happened?").fill(TYPED);
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month").fill("2");
  await page.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".error-summary")).toContainText("The date it happened must be a real date");
  await expect(page.getByLabel("What happened?")).toHaveValue(TYPED);

  // Withdrawing a complaint with a reason longer than the 10,000 characters the box allows.
  await page.goto(`/account/complaints/${reference}/withdraw`);
  await page.getByLabel("Why are you withdrawing it? (optional)").fill(`${TYPED} `.repeat(400));
  await page.getByRole("button", { name: "Yes, withdraw my complaint" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByLabel("Why are you withdrawing it? (optional)")).toHaveValue(new RegExp(`^${TYPED}`));

  // A page shown again from its address alone shows no refusal: it was read once.
  await page.reload();
  await expect(page.locator(".error-summary")).toHaveCount(0);

  expectNothingTypedIn(seen);
  expectNothingTypedIn([page.url()]);
});
