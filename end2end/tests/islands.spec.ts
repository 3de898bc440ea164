// What the islands add to pages that work without them: the working days counted again by
// the browser's own clock, a file's progress while it uploads, and that a page signed out of
// forgets what was kept on the device. (The menu, the checks as you go and the live updates
// are tested with the journeys they belong to.)
import { test, expect, islandsAwake } from "./fixtures";
import { registerAndSignIn } from "./accounts";
import { choose, describeComplaint, fileComplaint, uniqueEmail } from "./journeys";

test.describe("with JavaScript", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "the islands need JavaScript; the pages are tested without it elsewhere");

  test("a page left open counts the working days again by the browser's clock", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "clock"));
    const reference = await fileComplaint(page, async () => {});
    await page.goto("/account");
    const card = page.locator(".complaint-card").filter({ hasText: reference });
    await expect(card).toContainText(/5 working days left/);
    await expect(card.getByText("Overdue", { exact: true })).toHaveCount(0);

    // Six weeks on, by the browser's clock: the same page, never fetched again, says it is late.
    await page.clock.setFixedTime(new Date(Date.now() + 42 * 86_400_000));
    await page.goto("/account");
    await islandsAwake(page);
    await expect(card).toContainText(/Overdue: our acknowledgement was due by \w+ \d+ \w+ \d{4}/);
    await expect(card.getByText("Overdue", { exact: true })).toBeVisible();
    await audit(page);
    await page.goto(`/account/complaints/${reference}`);
    await expect(page.getByRole("list").filter({ hasText: "We acknowledge your complaint" })).toContainText(/Overdue: it was due by/);
    await audit(page);
  });

  test("an upload shows its progress, and says so when it cannot be sent", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "upload"));
    await choose(page, "Make a complaint");
    await describeComplaint(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos or documents (optional)");
    await islandsAwake(page);

    // Offline: said at once, on the page, with the file still chosen.
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await page.getByLabel("Upload a file").setInputFiles({ name: "ceiling.png", mimeType: "image/png", buffer: png });
    await page.context().setOffline(true);
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect(page.getByText("The file could not be sent. Check your connection, then choose Upload file again.")).toBeVisible();
    await expect(page).toHaveURL(/\/complaint\/new\/attachments$/);
    await page.context().setOffline(false);
    await audit(page);

    // Back online: sent from the page, with its progress shown, then added.
    const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/complaint/new/attachments") && r.resourceType() === "xhr");
    await page.getByRole("button", { name: "Upload file" }).click();
    await sent;
    await expect(page).toHaveURL(/\/complaint\/new\/attachments\?added=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Your file has been added." })).toBeVisible();
    await expect(page.getByRole("link", { name: "ceiling.png" })).toBeVisible();
  });

  test("the page signing out leads to forgets what was kept on this device", async ({ page }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "forget"));
    // As if typed on a journey page and never sent.
    await page.evaluate(() => localStorage.setItem("calico:new:/complaint/new/details", '[["what_happened","private"]]'));
    await page.goto("/sign-in?signed_out=1");
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("calico:"))))
      .toEqual([]);
  });
});
