// Display options: larger text and high contrast, chosen from any page without JavaScript,
// remembered on the device and on the account; the device's own contrast and colour themes;
// and every page reflowing at 320 CSS px (400% zoom) and 640 (200% zoom) without sideways
// scrolling.
import { test, expect } from "./fixtures";
import { registerAndSignIn, PASSWORD } from "./accounts";
import { uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

/** How far the page scrolls sideways: 0 when it reflows. */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The root font size, in CSS px. */
async function rootSize(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
}

test("anyone makes the text larger and the colours high-contrast from any page, and every page keeps it", async ({ page, audit }) => {
  await page.goto("/sign-in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Text size and colours" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Text size and colours");
  await expect(page.getByLabel("Standard", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Standard colours")).toBeChecked();
  expect(await rootSize(page)).toBe("16px");
  await audit(page);

  await page.getByLabel("Largest", { exact: true }).check();
  await page.getByLabel("High contrast: black on white").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved. Pages are shown with largest text and high contrast.");
  await expect(page.locator("html")).toHaveClass(/\btext-largest\b/);
  await expect(page.locator("html")).toHaveClass(/\bcontrast-high\b/);
  await expect(page.getByLabel("Largest", { exact: true })).toBeChecked();
  expect(await rootSize(page)).toBe("24px");
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");
  await audit(page);

  // Back where they were, and on every page after.
  await page.getByRole("link", { name: "Go back to the page you were on" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator("html")).toHaveClass(/\btext-largest\b/);
  await audit(page);
  await page.goto("/register");
  await expect(page.locator("html")).toHaveClass(/\bcontrast-high\b/);
  expect(await rootSize(page)).toBe("24px");
  await audit(page);

  // At 320 px wide (400% zoom) with the largest text, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/sign-in", "/register", "/accessibility", "/display"]) {
    await page.goto(path);
    expect(await sideways(page), `${path} at 320 px, largest text`).toBeLessThanOrEqual(0);
  }

  // And back to the standard.
  await page.goto("/display");
  await page.getByLabel("Standard", { exact: true }).check();
  await page.getByLabel("Standard colours").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved. Pages are shown with the standard text size and colours.");
  expect(await rootSize(page)).toBe("16px");
  await expect(page.locator("html")).not.toHaveClass(/contrast-high/);
});

test("the display chosen on one device comes with the account to the next", async ({ page, browser, audit }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name, "display");
  await registerAndSignIn(page, email);
  await page.goto("/account");
  await page.getByRole("contentinfo").getByRole("link", { name: "Text size and colours" }).click();
  await expect(page.getByText("We remember it on this device, and on your account")).toBeVisible();
  await page.getByLabel("Larger", { exact: true }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved. Pages are shown with larger text and the standard colours.");
  await page.getByRole("link", { name: "Go back to the page you were on" }).click();
  await expect(page).toHaveURL(/\/account$/);
  expect(await rootSize(page)).toBe("20px");
  // Signed-in pages reflow at 320 px with larger text, and at 640 px (200% zoom).
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 720 });
    for (const path of ["/account", "/account/preferences", "/complaint/new"]) {
      await page.goto(path);
      expect(await sideways(page), `${path} at ${width} px, larger text`).toBeLessThanOrEqual(0);
    }
  }
  await audit(page);

  // Another device: standard until they sign in there, then theirs.
  const other = await browser.newContext();
  const second = await other.newPage();
  try {
    await second.goto("/sign-in");
    expect(await rootSize(second)).toBe("16px");
    await second.getByLabel("Email address").fill(email);
    await second.getByLabel("Password").fill(PASSWORD);
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second).toHaveURL(/\/account$/);
    await expect(second.locator("html")).toHaveClass(/\btext-larger\b/);
    expect(await rootSize(second)).toBe("20px");
  } finally {
    await other.close();
  }
});

test("the device's high-contrast and Windows contrast themes are followed without choosing anything", async ({ page, audit }) => {
  // prefers-contrast: more draws the same black-on-white as the high-contrast choice.
  await page.emulateMedia({ contrast: "more" });
  await page.goto("/register");
  expect(await page.evaluate(() => getComputedStyle(document.querySelector(".hint") ?? document.body).color)).toBe("rgb(0, 0, 0)");
  await audit(page);
  // forced-colors: buttons keep an edge once the theme removes their background.
  await page.emulateMedia({ contrast: null, forcedColors: "active" });
  await page.goto("/register");
  const button = page.getByRole("button", { name: "Register", exact: true });
  expect(await button.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe("solid");
  expect(await button.evaluate((b) => getComputedStyle(b).borderTopWidth)).toBe("2px");
  await audit(page);
});
