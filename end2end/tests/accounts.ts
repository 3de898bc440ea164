// Journeys other tests start from.
import { expect, type Page } from "@playwright/test";
import { mailTo, linkIn } from "./mail";

export const PASSWORD = "correct horse battery staple";

/** Registers `email` on the first demo tenancy, confirms it from the mail, and signs in. */
export async function registerAndSignIn(page: Page, email: string): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Rent reference").fill("10012345");
  await page.getByLabel("Postcode of your home").fill("BB11 2ED");
  await page.getByLabel("Create a password").fill(PASSWORD);
  await page.getByLabel("Type your password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);
  await page.goto(linkIn(await mailTo(email, "Confirm your email address for your Calico Account")));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/sign-in\?confirmed=1$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${email}`);
}
