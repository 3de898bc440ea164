// The resident pages in English, Urdu (right to left) and Polish: chosen from any page
// without JavaScript, remembered on the device and on the account; a first visit in the
// browser's language; every page audited in each language; the layout mirrored in Urdu.
import { test, expect } from "./fixtures";
import { registerAndSignIn, PASSWORD } from "./accounts";
import { uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

/** Chooses a language with the switch at the top of the page. */
async function switchTo(page: Page, name: string) {
  const languages = page.getByRole("form", { name: /^(Language|زبان|Język)$/ });
  await languages.getByRole("button", { name, exact: true }).click();
}

/** Where the left edge of `selector`'s box is, as a share of the page's width. */
async function leftEdge(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return box ? box.left / document.documentElement.clientWidth : -1;
  }, selector);
}

const SIGNED_OUT_PAGES = ["/", "/sign-in", "/register", "/register/representative", "/reset-password", "/accessibility", "/display", "/not-a-page"];

test("anyone reads every page in Urdu or Polish, chosen on any page without JavaScript", async ({ page, audit }, testInfo) => {
  await page.goto("/register");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  // Each language is named in itself, and marked as such for a screen reader.
  await expect(page.getByRole("button", { name: "اردو" })).toHaveAttribute("lang", "ur");
  await expect(page.getByRole("button", { name: "Polski" })).toHaveAttribute("lang", "pl");

  await switchTo(page, "اردو");
  // Back on the same page, now in Urdu, right to left.
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation", { name: "مرکزی" }).getByRole("link", { name: "سائن ان کریں" })).toBeVisible();
  // The layout is mirrored: the service's name starts at the right.
  expect(await leftEdge(page, ".header-logo")).toBeGreaterThan(0.4);
  const shot = await page.screenshot({ fullPage: true });
  await testInfo.attach("register-in-urdu", { body: shot, contentType: "image/png" });
  for (const path of SIGNED_OUT_PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await audit(page);
  }

  await switchTo(page, "Polski");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(await leftEdge(page, ".header-logo")).toBeLessThan(0.4);
  await expect(page.getByRole("link", { name: "Przejdź do głównej treści" })).toBeAttached();
  for (const path of SIGNED_OUT_PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await audit(page);
  }

  await switchTo(page, "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
});

test("a first visit is in the browser's language, and signing in brings the account's", async ({ page, browser, audit }, testInfo) => {
  const js = testInfo.project.name === "js";
  // Signed in, the language chosen goes on the account, as its language.
  const email = uniqueEmail(testInfo.project.name, "urdu");
  await registerAndSignIn(page, email);
  await switchTo(page, "اردو");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.goto("/account/preferences");
  await expect(page.locator("input[name=language]")).toHaveValue("Urdu");
  await audit(page);

  // A Polish browser on another device: Polish pages; once signed in, the account's Urdu.
  const polish = await browser.newContext({ locale: "pl-PL", javaScriptEnabled: js });
  const second = await polish.newPage();
  try {
    await second.goto("/sign-in");
    await expect(second.locator("html")).toHaveAttribute("lang", "pl");
    await audit(second);
    await second.locator("input[name=email]").fill(email);
    await second.locator("input[name=password]").fill(PASSWORD);
    await second.getByRole("main").locator("button[type=submit]").click();
    await expect(second).toHaveURL(/\/account$/);
    await expect(second.locator("html")).toHaveAttribute("lang", "ur");
  } finally {
    await polish.close();
  }
});
