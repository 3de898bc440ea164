// Steps of the journeys several tests take: choosing what to tell us, the optional pages,
// sending, and a whole complaint made the short way.
import { expect, type Page } from "@playwright/test";

export function uniqueEmail(project: string, what: string): string {
  return `${what}.${project}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function choose(page: Page, purpose: string, forWhom: string | null = "Me") {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Make a complaint" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What would you like to do?");
  await page.getByRole("radio", { name: purpose }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  if (forWhom) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who is this for?");
    await page.getByRole("radio", { name: forWhom, exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
}

/** The optional photos and documents page: add nothing. */
export async function skipAttachments(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos or documents (optional)");
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The support page, prefilled from the account: accept it. */
export async function keepSupport(page: Page, audit: (p: Page) => Promise<void>) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How should we contact you about this?");
  await expect(page.getByRole("radio", { name: "Email" })).toBeChecked();
  await audit(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
}

export async function sendAndConfirm(page: Page, heading: string, doubleTap = false): Promise<string> {
  const send = page.getByRole("button", { name: "Send" });
  await (doubleTap ? send.dblclick() : send.click());
  await expect(page).toHaveURL(/\/complaints\/CMP-\d{4}-\d{6}\/sent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  const reference = (await page.locator(".panel-reference").textContent()) ?? "";
  expect(reference).toMatch(/^CMP-\d{4}-\d{6}$/);
  return reference;
}

/** The complaint page, answered: an unfinished boiler repair; on to the photos page. */
export async function describeComplaint(page: Page) {
  await page.getByLabel("What happened?").fill("The boiler repair was left unfinished and the flat has no heating.");
  await page.getByLabel("Day").fill("2");
  await page.getByLabel("Month").fill("11");
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel("What would you like us to do to put things right?").fill("Finish the repair this week.");
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Makes a complaint the short way (no files, the account's contact preferences) and returns
 * its reference. */
export async function fileComplaint(
  page: Page,
  audit: (p: Page) => Promise<void>,
  /** Another way to be contacted about it than the account's (email), e.g. "Letter by post". */
  contact?: string,
  /** Answers the rest of the support page: formats, language, adjustments. */
  support?: (page: Page) => Promise<void>,
): Promise<string> {
  await choose(page, "Make a complaint");
  await describeComplaint(page);
  await skipAttachments(page);
  if (contact || support) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How should we contact you about this?");
    if (contact) await page.getByRole("radio", { name: contact }).check();
    if (support) await support(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  } else {
    await keepSupport(page, audit);
  }
  return sendAndConfirm(page, "Complaint sent");
}
