// Linking an account to its home needs proof a stranger cannot have: a code posted to the
// home, or the approval of an account already linked to it.
import { test, expect } from "./fixtures";
import { mailTo } from "./mail";
import { ALEX, confirmAndSignIn, register, registerAndSignIn, signInAsColleague } from "./accounts";
import { uniqueEmail } from "./journeys";

test("a resident who cannot prove their home online is posted a code, and enters it", async ({ page, browser, js, audit }, testInfo) => {
  // A tenancy of its own per project, so each finds its own letter on the task list.
  const home = js
    ? { reference: "10056789", postcode: "BB10 2DD", lead: "Chris O'Neill", address: "9 Brunshaw Road, Burnley" }
    : { reference: "10034567", postcode: "BB12 6BB", lead: "Jordan Ellis", address: "3 Colne Road, Burnley" };
  const email = uniqueEmail(testInfo.project.name, "code");
  await register(page, email, home);
  await confirmAndSignIn(page, email);
  await expect(page.getByRole("heading", { name: "Your account is not linked to your home yet" })).toBeVisible();
  await expect(page.getByText(home.address)).toHaveCount(0);
  await audit(page);

  await page.getByRole("link", { name: "Enter your activation code" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your activation code");
  const code = page.getByLabel("Activation code");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await expect(page.getByRole("heading", { name: "If you cannot get post at this home" })).toBeVisible();
  await audit(page);

  await code.fill("12");
  await page.getByRole("button", { name: "Link my account" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toContainText("The activation code must be 8 numbers");
  await expect(code).toHaveValue("12");
  await audit(page);
  await code.fill("0000 0000");
  await page.getByRole("button", { name: "Link my account" }).click();
  await expect(page.locator(".error-summary")).toContainText("That code is not right, or it has expired. Check it against the newest letter we sent. You can try 4 more times.");
  expect(new URL(page.url()).search).not.toContain("0000");

  // A colleague prints the letter from the task list and marks it posted.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  let posted = "";
  try {
    const colleague = uniqueEmail(testInfo.project.name, "post").replace("@example.com", "@calicohomes.org.uk");
    await signInAsColleague(staff, colleague, "Lee Hart", "handler");
    await staff.goto("/staff/tasks");
    const letter = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: `Activation code for ${home.lead}` }) });
    await expect(letter).toContainText("/account/activate");
    await audit(staff);
    const text = (await letter.textContent()) ?? "";
    posted = (text.match(/\b(\d{4} \d{4})\b/) ?? [])[1] ?? "";
    expect(posted).toMatch(/^\d{4} \d{4}$/);
    await letter.getByRole("button", { name: /^Mark as posted/ }).click();
    await expect(staff.getByText(`Posted by Lee Hart (${colleague}) on`)).toBeVisible();
  } finally {
    await staffContext.close();
  }

  await code.fill(posted);
  await page.getByRole("button", { name: "Link my account" }).click();
  await expect(page).toHaveURL(/\/account\?saved=linked$/);
  await expect(page.getByRole("status")).toHaveText("Your activation code is right: your account is now linked to your home.");
  await expect(page.getByRole("definition").filter({ hasText: home.address })).toBeVisible();
  await audit(page);
});

test("someone in the household asks to join, and the account already linked approves it", async ({ page, browser, audit }, testInfo) => {
  const lead = uniqueEmail(testInfo.project.name, "lead");
  const joining = uniqueEmail(testInfo.project.name, "joining");
  await registerAndSignIn(page, lead);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  try {
    await register(other, joining, { reference: ALEX.reference, postcode: ALEX.postcode });
    await confirmAndSignIn(other, joining);
    await expect(other.getByRole("heading", { name: "Your account is not linked to your home yet" })).toBeVisible();

    const told = await mailTo(lead, "Someone asked to link their Calico Account to your home");
    expect(told.body).toContain(joining);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "People asking to join your home" })).toBeVisible();
    await audit(page);
    await page.getByRole("button", { name: `Approve ${joining}` }).click();
    await expect(page).toHaveURL(/\/account\?saved=approved$/);
    await expect(page.getByRole("status")).toHaveText("You approved the request: they are now linked to your home, and we have told them.");
    await expect(page.getByRole("button", { name: `Approve ${joining}` })).toHaveCount(0);

    await mailTo(joining, "Your Calico Account is linked to your home");
    await other.goto("/account");
    await expect(other.getByRole("definition").filter({ hasText: "Flat 1, Centenary Court, Croft Street, Burnley" })).toBeVisible();
    await audit(other);
  } finally {
    await otherContext.close();
  }
});
