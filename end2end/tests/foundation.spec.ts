import { test, expect, islandsAwake } from "./fixtures";

test.describe("the frame of every page", () => {
  test("the home page says what a resident can do here", async ({ page, audit }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Home - Calico Account - Calico Homes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your Calico Account");
    for (const task of [
      "Register with your rent reference",
      "Make a complaint",
      "Report a safety concern",
      "Give a compliment",
      "Follow your complaint",
      "Ask for a review",
    ]) {
      await expect(page.getByRole("heading", { name: task })).toBeVisible();
    }
    // Timescales come from the service standard in the domain crate.
    await expect(page.getByRole("main")).toContainText(
      "We acknowledge a complaint within 5 working days (we aim for 2 working days) and give you our full response within 10 working days of acknowledging it.",
    );
    await expect(page.getByRole("main")).toContainText("You can ask within 30 working days of our Stage 1 response.");
    await expect(page.getByRole("banner")).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("01282 686300");
    await expect(footer).toContainText("9am to 5pm, Monday to Friday");
    await expect(footer).toContainText("0300 111 3000");
    await expect(footer).toContainText("info@housing-ombudsman.org.uk");
    await expect(footer).toContainText("PO Box 152, Liverpool, L33 7WQ");
    await audit(page);
  });

  test("the accessibility statement is linked from the footer", async ({ page, audit }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement for Calico Account");
    await expect(page.getByRole("heading", { name: "Information in another format or language" })).toBeVisible();
    await audit(page);
  });

  test("an unknown address gets a helpful page with status 404", async ({ page, audit }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found - Calico Account - Calico Homes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Calico Account home page" })).toHaveAttribute("href", "/");
    await audit(page);
  });

  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await page.goto("/accessibility");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
    await page.keyboard.press("Tab");
    // The next stop is the first link inside the main content, not the header again.
    await expect(page.getByRole("main").getByRole("link").first()).toBeFocused();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the menu folds behind a button once the page is interactive", async ({ page, js, audit }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    if (!js) {
      // Without JavaScript nothing is hidden: the links are there, and no button that cannot work.
      await expect(menu).toBeHidden();
      await expect(nav.getByRole("link", { name: "Accessibility" })).toBeVisible();
      await audit(page);
      return;
    }
    // The button is drawn folded from the first paint (where script can run), so nothing
    // moves when the menu's island wakes up...
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Accessibility" })).toBeHidden();
    // ...and it responds once it has.
    await islandsAwake(page);
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Accessibility" })).toBeVisible();
    await audit(page);
    await menu.click();
    await expect(nav.getByRole("link", { name: "Accessibility" })).toBeHidden();
  });
});
