// Journeys other tests start from.
import { execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { mailTo, linkIn } from "./mail";
import { database, serverBin } from "./api";

export const PASSWORD = "correct horse battery staple";

/** The date of birth and phone the demo register holds for 10012345's lead tenant. */
export const ALEX = { reference: "10012345", postcode: "BB11 2ED", day: "2", month: "4", year: "1980", phone: "07700 900123" };

/** Registers `email` on the first demo tenancy, with what proves it (so the account is
 * linked), confirms it from the mail, and signs in. */
export async function registerAndSignIn(page: Page, email: string): Promise<void> {
  await register(page, email, ALEX);
  await confirmAndSignIn(page, email);
}

/** Fills and sends the registration form; without `day` or `phone` those stay empty. */
export async function register(
  page: Page,
  email: string,
  home: { reference: string; postcode: string; day?: string; month?: string; year?: string; phone?: string },
): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Rent reference").fill(home.reference);
  await page.getByLabel("Postcode of your home").fill(home.postcode);
  if (home.day) {
    await page.getByLabel("Day").fill(home.day);
    await page.getByLabel("Month").fill(home.month ?? "");
    await page.getByLabel("Year").fill(home.year ?? "");
  }
  if (home.phone) await page.getByLabel("Your phone number (optional)").fill(home.phone);
  await page.getByLabel("Create a password").fill(PASSWORD);
  await page.getByLabel("Type your password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);
}

/** Confirms a registered address from its mail and signs in. */
export async function confirmAndSignIn(page: Page, email: string): Promise<void> {
  await page.goto(linkIn(await mailTo(email, "Confirm your email address for your Calico Account")));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/sign-in\?confirmed=1$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${email}`);
}

/** `server add-staff`, against the test server's database; returns the set-password path. */
export function addStaff(email: string, name: string, role: string): string {
  const out = execFileSync(serverBin(), ["add-staff", "--email", email, "--name", name, "--role", role], {
    cwd: "..",
    env: { ...process.env, CALICO_DATABASE_URL: `sqlite://${database()}` },
    encoding: "utf8",
  });
  const link = out.match(/https?:\/\/\S+\/reset-password\/new\?token=\S+/);
  expect(link, out).not.toBeNull();
  const url = new URL((link as RegExpMatchArray)[0]);
  return `${url.pathname}${url.search}`;
}

/** The code an authenticator app shows now for a base32 setup key (RFC 6238, SHA-1, 6 digits,
 * 30 seconds). */
export function authenticatorCode(key: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of key.replace(/\s/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const secret = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

/** On the setup page: the key typed into an app, read as a person would, and the code it makes. */
export async function setUpAuthenticator(page: Page): Promise<{ key: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/two-factor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your second sign-in step");
  const key = (await page.locator("code.token").textContent()) ?? "";
  await page.getByLabel("Code from your authenticator app").fill(authenticatorCode(key));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/two-factor\/recovery-codes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your recovery codes");
  const recoveryCodes = await page.locator("main code.token").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  return { key, recoveryCodes };
}

export async function signInAsColleague(page: Page, email: string, name: string, role = "complaints_officer") {
  await page.goto(addStaff(email, name, role));
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Type your new password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await setUpAuthenticator(page);
  await page.getByRole("link", { name: "Continue to the work queue" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");
}
