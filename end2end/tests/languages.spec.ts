// The resident pages in English, Urdu (right to left) and Polish: chosen from any page
// without JavaScript, remembered on the device and on the account; a first visit in the
// browser's language; every page audited in each language; the layout mirrored in Urdu.
import { test, expect } from "./fixtures";
import { ALEX, registerAndSignIn, PASSWORD } from "./accounts";
import { apiToken, record } from "./api";
import { linkIn, mailTo } from "./mail";
import { fileComplaint, uniqueEmail } from "./journeys";
import type { Locator, Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";

/**
 * A one-line Fluent message in language `code`, as the translators wrote it: the pages' words
 * (app/locales), then the sentences the domain writes (domain/locales).
 */
function said(code: "ur" | "pl", key: string): string {
  for (const folder of [`../app/locales/${code}`, `../domain/locales/${code}`])
  for (const file of readdirSync(folder)) {
    const line = readFileSync(`${folder}/${file}`, "utf8").split("\n").find((l) => l.startsWith(`${key} = `));
    if (line) return line.slice(key.length + 3).trim();
  }
  throw new Error(`no ${code} message ${key}`);
}
const urdu = (key: string) => said("ur", key);
const polish = (key: string) => said("pl", key);

/** Presses Tab until one of `target`'s elements has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluateAll((elements) => elements.includes(document.activeElement as Element))) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Chooses radio `value` of group `name` with the keyboard: Tab into the group, then the arrows. */
async function chooseByKeyboard(page: Page, name: string, value: string) {
  const group = page.locator(`input[type=radio][name=${name}]`);
  await tabTo(page, group);
  await page.keyboard.press("Space");
  const target = page.locator(`input[type=radio][name=${name}][value=${value}]`);
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
}

/** Tabs to the page's button `name` ("Continue", in Urdu) and presses Enter. */
async function continueByKeyboard(page: Page, name = urdu("filing-continue")) {
  await tabTo(page, page.getByRole("main").getByRole("button", { name, exact: true }));
  await page.keyboard.press("Enter");
}

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

test("a resident makes and follows a complaint in Urdu, by keyboard alone", async ({ page, audit }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name, "urdu-keyboard");
  await registerAndSignIn(page, email);
  // From here on, only the keyboard: first the language switch.
  await page.goto("/account");
  await tabTo(page, page.getByRole("button", { name: "اردو" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: urdu("layout-nav-complain") }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-purpose-title"));
  await audit(page);
  await chooseByKeyboard(page, "purpose", "complaint");
  await continueByKeyboard(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-for-whom-title"));
  await chooseByKeyboard(page, "for_whom", "me");
  await continueByKeyboard(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-complaint-title"));
  await audit(page);
  // Sent with nothing typed: the page says what to fix, in the error summary, first.
  await continueByKeyboard(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-complaint-title"));
  await expect(page.locator(".error-summary")).toContainText(urdu("form-error-summary-title"));
  // What to fix, in Urdu too, linked from the summary to the field.
  await expect(page.locator(".error-summary")).toContainText(urdu("errors-what-happened-missing"));
  await expect(page.locator("#what_happened-error")).toContainText(urdu("errors-what-happened-missing"));
  await audit(page);
  await tabTo(page, page.locator("textarea[name=what_happened]"));
  await page.keyboard.type("بوائلر کی مرمت ادھوری چھوڑ دی گئی اور فلیٹ میں حرارت نہیں ہے۔");
  await tabTo(page, page.locator("input[name=incident_day]"));
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  await page.keyboard.type("11");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2026");
  await tabTo(page, page.locator("textarea[name=outcome]"));
  await page.keyboard.type("اس ہفتے مرمت مکمل کریں۔");
  await continueByKeyboard(page);

  await expect(page.getByRole("heading", { level: 1 })).toContainText(urdu("filing-attachments-title"));
  await continueByKeyboard(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-support-title"));
  await audit(page);
  await continueByKeyboard(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-check-title"));
  await expect(page.getByRole("main")).toContainText("بوائلر کی مرمت ادھوری چھوڑ دی گئی");
  await audit(page);
  await continueByKeyboard(page, urdu("filing-send"));

  await expect(page).toHaveURL(/\/complaints\/CMP-\d{4}-\d{6}\/sent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(urdu("filing-sent-complaint"));
  const reference = ((await page.locator(".panel-reference").textContent()) ?? "").trim();
  // What happens next is in Urdu too.
  await expect(page.getByRole("main")).toContainText(urdu("filed-complaint-review"));
  await audit(page);
  await testInfo.attach("complaint-sent-in-urdu", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

  // Following it: from the account, to the complaint's own page, still in Urdu.
  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: urdu("layout-nav-account") }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: urdu("complaints-yours") })).toBeVisible();
  await tabTo(page, page.locator(`a[href="/account/complaints/${reference}"]`));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/account/complaints/${reference}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.getByRole("heading", { name: urdu("complaints-next-heading") })).toBeVisible();
  // Its stages and what happens next, in Urdu.
  // (progress-received and next-acknowledge in domain/locales/ur/progress.ftl.)
  await expect(page.getByRole("heading", { name: "ہمیں آپ کی شکایت موصول ہوئی" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("تک آپ کی شکایت کی وصولی کی تصدیق کریں گے");
  await audit(page);
});

test("a resident who registers in Polish is written to in Polish, and a letter keeps its language on any page", async ({ page, audit }, testInfo) => {
  const email = uniqueEmail(testInfo.project.name, "polish-letters");
  await page.goto("/register");
  await switchTo(page, "Polski");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  const fields: [string, string][] = [
    ["email", email], ["rent_reference", ALEX.reference], ["postcode", ALEX.postcode],
    ["dob_day", ALEX.day], ["dob_month", ALEX.month], ["dob_year", ALEX.year],
    ["password", PASSWORD], ["confirm_password", PASSWORD],
  ];
  for (const [name, value] of fields) await page.locator(`input[name=${name}]`).fill(value);
  await page.getByRole("button", { name: polish("accounts-register-submit") }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);

  // The email that confirms the address is in the language the page was read in.
  const verify = await mailTo(email, polish("mail-verify-subject"));
  expect(verify.body).toContain(polish("mail-verify-open"));
  expect(verify.body).toContain(`01282 686300 (${polish("landlord-hours")})`);
  await page.goto(linkIn(verify));
  await page.getByRole("button", { name: polish("accounts-verify-submit") }).click();
  await expect(page).toHaveURL(/\/sign-in\?confirmed=1$/);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.getByRole("button", { name: polish("accounts-sign-in-submit") }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  // The account keeps it, for its letters: the contact preferences say Polish.
  await page.goto("/account/preferences");
  await expect(page.locator("input[name=language]")).toHaveValue("Polish");
  await audit(page);

  // Read in English from here (the account follows the pages), asking for this complaint's
  // letters in Polish when making it.
  await switchTo(page, "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  const reference = await fileComplaint(page, async () => {}, undefined, async (support) => {
    await support.getByRole("textbox", { name: "Language, if not English (optional)" }).fill("Polish");
  });
  await mailTo(email, `Otrzymaliśmy Twoją skargę: ${reference}`);
  await record(page.request, apiToken(`Housing system ${testInfo.project.name} ${Date.now()}`), reference, {
    type: "stage1_acknowledged",
    handler: "Sam Patel",
    handler_contact: "01282 686300",
    about: "The unfinished boiler repair",
    outcome_sought: "Finish the repair",
  });
  const subject = polish("letter-stage1-acknowledged-subject").replace("{ $reference }", reference);
  const letter = await mailTo(email, subject);
  expect(letter.body).toMatch(/^(Dzień dobry .+|Szanowni Państwo),$/m);

  // In the account the letter is Polish, marked so inside the English page; how it went is
  // in the page's language.
  await page.goto("/account/letters");
  const link = page.getByRole("link", { name: subject });
  await expect(link).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("main")).toContainText(`${reference}. Sent by email on`);
  await audit(page);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(page.locator("article.letter")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("main")).toContainText("Sent by email on");
  await audit(page);
  await switchTo(page, "اردو");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article.letter")).toHaveAttribute("lang", "pl");
  await expect(page.locator("article.letter")).toHaveAttribute("dir", "ltr");
  // (Fluent isolates the values it puts in a right-to-left sentence: U+2068 … U+2069.)
  await expect(page.getByRole("main")).toContainText(/ای میل سے\u2069? بھیجا گیا:/);
  await audit(page);
});

test("every signed-in page is audited in Polish and in Urdu", async ({ page, audit }, testInfo) => {
  test.setTimeout(240_000);
  const email = uniqueEmail(testInfo.project.name, "languages-signed-in");
  await registerAndSignIn(page, email);
  // The filing pages are audited in English by filing.spec.ts, and in both languages below.
  const reference = await fileComplaint(page, async () => {});
  const pages = [
    "/account", "/account/name", "/account/preferences", "/account/email", "/account/home",
    "/account/representatives/invite", "/account/letters",
    `/account/complaints/${reference}`, `/account/complaints/${reference}/add-information`,
    `/account/complaints/${reference}/withdraw`, `/complaints/${reference}/sent`,
    "/complaint/new", "/complaint/new/repair", "/complaint/new/for-whom", "/complaint/new/concern",
    "/complaint/new/compliment",
  ];
  await page.goto("/account/letters");
  const letter = await page.locator('main a[href^="/account/letters/"]').first().getAttribute("href", { timeout: 2000 }).catch(() => null);
  if (letter) pages.push(letter, `${letter}?print=large`);
  for (const [name, lang, dir] of [["Polski", "pl", "ltr"], ["اردو", "ur", "rtl"]]) {
    await switchTo(page, name);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await audit(page);
    }
  }
});
