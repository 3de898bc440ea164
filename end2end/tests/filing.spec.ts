import { test, expect } from "./fixtures";
import { mailTo, mailsTo, linkIn } from "./mail";
import { PASSWORD, registerAndSignIn } from "./accounts";
import { choose, keepSupport, sendAndConfirm, skipAttachments, uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

test.describe("telling us something", () => {

  test("a resident makes a complaint, fixing a mistake on the way, and gets a reference and an email", async ({ page, audit }, testInfo) => {
    const email = uniqueEmail(testInfo.project.name, "complaint");
    await registerAndSignIn(page, email);
    await choose(page, "Make a complaint");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about your complaint");
    await audit(page);

    await page.getByLabel("What happened?").fill("The lift at Centenary Court has been broken for three weeks.");
    await page.getByLabel("Day").fill("31");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("2026");
    await page.getByRole("button", { name: "Continue" }).click();

    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("The date it happened must be a real date");
    await expect(summary).toContainText("Enter what you would like us to do to put things right");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("What happened?")).toHaveValue("The lift at Centenary Court has been broken for three weeks.");
    await expect(page.getByLabel("Day")).toHaveValue("31");
    await audit(page);

    // A reload keeps every answer: the draft is saved on the server with each page.
    await page.goto("/complaint/new/details");
    await expect(page.getByLabel("What happened?")).toHaveValue("The lift at Centenary Court has been broken for three weeks.");
    await expect(page.getByLabel("Month")).toHaveValue("2");

    await page.getByLabel("Day").fill("2");
    await page.getByLabel("Month").fill("11");
    await page.getByLabel(/Have you already told us/).fill("Reported by phone, reference R-5521.");
    await page.getByLabel("What would you like us to do to put things right?").fill("Fix the lift and tell me when.");
    await page.getByRole("button", { name: "Continue" }).click();

    // Photos: a file that is not a photo or PDF is refused whatever its name; a photo is kept.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos or documents (optional)");
    await audit(page);
    await page.getByLabel("Upload a file").setInputFiles({ name: "lift.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not really a photo") });
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect(page.locator(".error-summary")).toContainText("The selected file must be a photo (JPG, PNG, GIF, WebP or HEIC) or a PDF");
    await expect(page.locator(".error-summary")).toBeFocused();
    await audit(page);
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await page.getByLabel("Upload a file").setInputFiles({ name: "broken-lift.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect(page.getByRole("status")).toHaveText("Your file has been added.");
    await expect(page.getByRole("link", { name: "broken-lift.png" })).toBeVisible();
    await audit(page);
    // A file added by mistake can be taken off again.
    await page.getByLabel("Upload a file").setInputFiles({ name: "wrong-letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect(page.getByRole("link", { name: "wrong-letter.pdf" })).toBeVisible();
    await page.getByRole("button", { name: "Remove wrong-letter.pdf" }).click();
    await expect(page.getByRole("status")).toHaveText("The file has been removed.");
    await expect(page.getByRole("link", { name: "wrong-letter.pdf" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "broken-lift.png" })).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
    await keepSupport(page, audit);
    await expect(page.getByRole("definition").filter({ hasText: "broken-lift.png" })).toBeVisible();

    await expect(page.getByRole("definition").filter({ hasText: "Monday 2 November 2026" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Reported by phone, reference R-5521." })).toBeVisible();
    await audit(page);
    // Change one answer and come back to the check page.
    await page.getByRole("link", { name: "Change what you would like us to do" }).click();
    await page.getByLabel("What would you like us to do to put things right?").fill("Fix the lift this week.");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await expect(page.getByRole("definition").filter({ hasText: "Fix the lift this week." })).toBeVisible();

    // A double tap on "Send" files one complaint.
    const reference = await sendAndConfirm(page, "Complaint sent", true);
    await expect(page.getByText("We will contact you to acknowledge your complaint by")).toBeVisible();
    await expect(page.getByRole("link", { name: "broken-lift.png" })).toBeVisible();
    await expect(page.getByRole("main").getByText("0300 111 3000")).toBeVisible();
    await audit(page);
    await mailTo(email, `We have received your complaint: ${reference}`);
    // The sender runs every second: give a second complaint's mail time to appear if there were one.
    await page.waitForTimeout(3000);
    expect(mailsTo(email).filter((m) => m.subject.startsWith("We have received your complaint"))).toHaveLength(1);
  });

  test("a safety concern shows the emergency routes at once", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "concern"));
    await choose(page, "Report a safety concern");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a safety concern");
    await expect(page.getByRole("note", { name: "Emergency" })).toContainText("If someone is in danger now, call 999.");
    await audit(page);
    await page.getByLabel("What is unsafe?").fill("The smoke alarm on the landing does not work.");
    await page.getByLabel("Where is it?").fill("Landing outside Flat 1");
    await page.getByRole("group", { name: "Is anyone in danger now?" }).getByRole("radio", { name: "No", exact: true }).check();
    await page.getByRole("group", { name: /Does it affect anyone/ }).getByRole("radio", { name: "Yes", exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await keepSupport(page, audit);
    await audit(page);
    await sendAndConfirm(page, "Safety concern sent");
    await expect(page.getByText("We act on safety concerns straight away.")).toBeVisible();
    await audit(page);
  });

  test("a compliment is passed on", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "compliment"));
    await choose(page, "Give a compliment");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Give a compliment");
    await audit(page);
    await page.getByLabel("Who helped you?").fill("Jo from the repairs team");
    await page.getByLabel("What did they do?").fill("Came back the same day to finish the job.");
    await page.getByRole("button", { name: "Continue" }).click();
    await keepSupport(page, audit);
    await sendAndConfirm(page, "Compliment sent");
    await expect(page.getByText("We will pass your thanks to the colleague's manager")).toBeVisible();
    await audit(page);
  });

  test("an incident 14 months ago asks why it was not raised sooner, and is still filed", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "late"));
    await choose(page, "Make a complaint");
    const incident = new Date();
    incident.setMonth(incident.getMonth() - 14);
    await page.getByLabel("What happened?").fill("Damp in the bedroom was never treated.");
    await page.getByLabel("Day").fill("1");
    await page.getByLabel("Month").fill(String(incident.getMonth() + 1));
    await page.getByLabel("Year").fill(String(incident.getFullYear()));
    await page.getByLabel("What would you like us to do to put things right?").fill("Treat the damp.");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This happened more than 12 months ago");
    await expect(page.getByText(/You told us it happened 1[34] months ago\./)).toBeVisible();
    await audit(page);
    await page.getByLabel("Why did you not tell us sooner?").fill("I was in hospital for most of the year.");
    await page.getByRole("button", { name: "Continue" }).click();
    await skipAttachments(page);
    await keepSupport(page, audit);
    await expect(page.getByRole("definition").filter({ hasText: "I was in hospital for most of the year." })).toBeVisible();
    await sendAndConfirm(page, "Complaint sent");
  });

  test("a repair is steered to the repairs team, with a way to complain about one", async ({ page, audit }, testInfo) => {
    await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "repair"));
    await choose(page, "Get something repaired", null);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get something repaired");
    await audit(page);
    await page.getByRole("button", { name: "Make a complaint about how a repair was handled" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who is this for?");
  });
});

/** Presses Tab until `target` has focus (at most 60 times), as a keyboard user moves. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element by pressing Tab");
}

test("an advocate files a complaint for a resident with verbal consent, and sees nothing of theirs until the resident agrees", async ({ page, audit }, testInfo) => {
  const advocateEmail = uniqueEmail(testInfo.project.name, "advocate");
  await page.goto("/register");
  await page.getByRole("link", { name: "Register to act for someone" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register to act for someone");
  await audit(page);
  await page.getByLabel("Your full name").fill("Jordan Lee");
  await page.getByLabel("Email address").fill(advocateEmail);
  await page.getByLabel("Create a password").fill(PASSWORD);
  await page.getByLabel("Type your password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);
  await page.goto(linkIn(await mailTo(advocateEmail, "Confirm your email address for your Calico Account")));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await page.getByLabel("Email address").fill(advocateEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Your account is not linked to a tenancy")).toBeVisible();

  await choose(page, "Make a complaint", null);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About you");
  await audit(page);
  await page.getByRole("radio", { name: "Advocate or support worker" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who are you acting for?");
  await audit(page);
  await page.getByLabel("Their full name").fill("Alex Morgan");
  await page.getByLabel("Their rent reference (optional)").fill("10012345");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Their consent");
  await audit(page);
  await page.getByRole("radio", { name: /They told us themselves/ }).check();
  await page.getByRole("group", { name: /on what date/ }).getByLabel("Day").fill("20");
  await page.getByRole("group", { name: /on what date/ }).getByLabel("Month").fill("11");
  await page.getByRole("group", { name: /on what date/ }).getByLabel("Year").fill("2026");
  await page.getByLabel(/who did they tell/).fill("Sam at the contact centre");
  await page.getByRole("radio", { name: "This complaint only" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about your complaint");
  await page.getByLabel("What happened?").fill("Alex's boiler has been broken for a week.");
  await page.getByLabel("Day").fill("16");
  await page.getByLabel("Month").fill("11");
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel("What would you like us to do to put things right?").fill("Fix the boiler.");
  await page.getByRole("button", { name: "Continue" }).click();
  await skipAttachments(page);
  await keepSupport(page, audit);
  await expect(page.getByRole("definition").filter({ hasText: "They told Sam at the contact centre on Friday 20 November 2026" })).toBeVisible();
  await audit(page);
  const reference = await sendAndConfirm(page, "Complaint sent");
  await expect(page.getByText("We will check with the resident that they agree to you acting for them.")).toBeVisible();
  await expect(page.getByText("Alex Morgan")).toHaveCount(0);
  await audit(page);
  // Its page says where they stand, and nothing of its handling.
  await page.goto("/account");
  await page.getByRole("link", { name: `Complaint ${reference}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await expect(page.getByText("Waiting for the resident to agree that you can act for them")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do meanwhile" })).toBeVisible();
  await expect(page.getByText("Alex Morgan")).toHaveCount(0);
  await audit(page);

  // The resident sees the request in their account and agrees.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "alex"));
  const request = page.getByRole("listitem").filter({ hasText: advocateEmail });
  await expect(request).toBeVisible();
  await expect(page.getByText(`Asking to act for you. Covers: this complaint only. Asked with complaint ${reference}.`)).toBeVisible();
  await audit(page);
  await page.getByRole("button", { name: `Allow ${advocateEmail}`, exact: true }).click();
  await expect(page).toHaveURL(/\/account\?saved=representatives$/);
  await expect(page.getByRole("listitem").filter({ hasText: advocateEmail })).toContainText("Can act for you.");
});

test("a compliment given by keyboard alone", async ({ page, audit }, testInfo) => {
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "keyboard"));
  await page.goto("/complaint/new");
  await tabTo(page, page.getByRole("radio", { name: "Make a complaint" }));
  // Arrow keys move between radio buttons and select as they go.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Give a compliment" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who is this for?");
  await tabTo(page, page.getByRole("radio", { name: "Me", exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Me", exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Give a compliment");
  await tabTo(page, page.getByLabel("Who helped you?"));
  await page.keyboard.type("Priya at the contact centre");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("What did they do?")).toBeFocused();
  await page.keyboard.type("Sorted out my rent account in one call.");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How should we contact you about this?");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await tabTo(page, page.getByRole("button", { name: "Send" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compliment sent");
  await audit(page);
});
