import { test, expect } from "./fixtures";
import { mailTo, linkIn } from "./mail";
import { PASSWORD, registerAndSignIn } from "./accounts";

test.describe("registering and signing in", () => {
  test("register with a demo rent reference, confirm the email, sign in, edit contact preferences, sign out, reset the password, sign in again", async ({ page, audit }, testInfo) => {
    const email = `${testInfo.project.name}.${Date.now()}@example.com`;

    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Register" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register for a Calico Account");
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await audit(page);

    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Rent reference").fill("1001 2345");
    await page.getByLabel("Postcode of your home").fill("bb11 2ed");
    // The lead tenant's date of birth and phone on file link the account at once.
    await page.getByLabel("Day").fill("02");
    await page.getByLabel("Month").fill("April");
    await page.getByLabel("Year").fill("1980");
    await page.getByLabel("Your phone number (optional)").fill("+44 7700 900123");
    await page.getByLabel("Create a password").fill(PASSWORD);
    await page.getByLabel("Type your password again").fill(PASSWORD);
    await page.getByRole("button", { name: "Register" }).click();

    await expect(page).toHaveURL(/\/register\/check-email$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await audit(page);

    const mail = await mailTo(email, "Confirm your email address for your Calico Account");
    await page.goto(linkIn(mail));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your email address");
    await audit(page);
    await page.getByRole("button", { name: "Confirm my email address" }).click();

    await expect(page).toHaveURL(/\/sign-in\?confirmed=1$/);
    await expect(page.getByRole("status")).toHaveText("Your email address is confirmed. Sign in to use your account.");
    await audit(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    await expect(page.getByRole("definition").filter({ hasText: email })).toBeVisible();
    await expect(page.getByText("Flat 1, Centenary Court, Croft Street, Burnley")).toBeVisible();
    await audit(page);

    // Name, contact preferences and support needs.
    await page.getByRole("link", { name: "Change name" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What name should we use?");
    await audit(page);
    await page.getByLabel("Your full name").fill("Alex Morgan");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\/account\?saved=name$/);
    await expect(page.getByRole("status")).toHaveText("Your name has been saved.");

    await page.getByRole("link", { name: "Change how we contact you and the support you need" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we contact you and the support you need");
    await expect(page.getByRole("radio", { name: "Email" })).toBeChecked();
    await audit(page);
    await page.getByRole("radio", { name: "Phone call" }).check();
    await page.getByLabel("Phone number (optional)").fill("call me");
    await page.getByLabel("Best times to call (optional)").fill("Weekday mornings");
    await page.getByRole("checkbox", { name: "Large print" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Enter a UK phone number");
    await expect(page.getByRole("radio", { name: "Phone call" })).toBeChecked();
    await expect(page.getByLabel("Best times to call (optional)")).toHaveValue("Weekday mornings");
    await expect(page.getByRole("checkbox", { name: "Large print" })).toBeChecked();
    await audit(page);
    await page.getByLabel("Phone number (optional)").fill("07700 900982");
    await page.getByLabel("Language, if not English (optional)").fill("Polish");
    await page.getByRole("checkbox", { name: "I need an interpreter for phone calls and meetings" }).check();
    await page.getByLabel(/Is there anything else we should do/).fill("Please ask for my daughter, Sam.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\/account\?saved=preferences$/);
    // Polish is a language the pages are written in: the account is shown in it from now on,
    // until another is chosen at the top of any page.
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("status")).toHaveText("Zapisaliśmy Twoje preferencje kontaktowe i potrzeby w zakresie wsparcia.");
    await page.getByRole("form", { name: "Język" }).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/account\?saved=preferences$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("status")).toHaveText("Your contact preferences and support needs have been saved.");
    for (const shown of ["Alex Morgan", "Phone call", "07700 900982", "Weekday mornings", "Large print",
      "Polish, with an interpreter for calls and meetings", "Please ask for my daughter, Sam."]) {
      await expect(page.getByRole("definition").filter({ hasText: shown })).toBeVisible();
    }
    await audit(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signed_out=1$/);
    await expect(page.getByRole("status")).toHaveText("You have signed out.");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?return=\/account$/);
    await expect(page.getByRole("status")).toHaveText("Sign in to carry on where you left off.");

    // Forgotten password: a single-use link by email, then the new password works.
    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
    await audit(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page).toHaveURL(/\/reset-password\/check-email$/);
    await audit(page);
    // The account asked for Polish (kept for the interpreter whatever the pages are read in):
    // its emails are written in Polish, from whichever page they were asked for.
    const reset = await mailTo(email, "Zmień hasło do konta Calico Account");
    await page.goto(linkIn(reset));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await audit(page);
    const NEW_PASSWORD = "a brand new passphrase";
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Type your new password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change my password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
    await expect(page.getByRole("status")).toHaveText("Your password has been changed. Sign in with your new password.");

    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".error-summary")).toContainText("The email address or password is not right.");
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });

  test("a rejected registration keeps every answer but the passwords and focuses the summary", async ({ page, audit }) => {
    await page.goto("/register");
    await page.getByLabel("Email address").fill("alex@");
    await page.getByLabel("Rent reference").fill("10012345");
    await page.getByLabel("Postcode of your home").fill("nowhere");
    await page.getByLabel("Day").fill("31");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("1980");
    await page.getByLabel("Create a password").fill("short");
    await page.getByLabel("Type your password again").fill("short");
    await page.getByRole("button", { name: "Register" }).click();

    await expect(page).toHaveTitle(/^Error: Register for a Calico Account/);
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Email address")).toHaveValue("alex@");
    await expect(page.getByLabel("Rent reference")).toHaveValue("10012345");
    await expect(page.getByLabel("Postcode of your home")).toHaveValue("nowhere");
    await expect(page.getByLabel("Day")).toHaveValue("31");
    await expect(page.getByText("Error: Date of birth must be a real date")).toBeVisible();
    await expect(page.getByLabel("Create a password")).toHaveValue("");
    await expect(page.getByText("Error: Enter a real postcode, like BB11 2ED")).toBeVisible();
    await audit(page);

    // Each summary link takes focus to its field.
    await summary.getByRole("link", { name: "Enter a real postcode, like BB11 2ED" }).click();
    await expect(page.getByLabel("Postcode of your home")).toBeFocused();
  });

  test("a wrong password is refused without saying which part was wrong", async ({ page, audit }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("nobody@example.com");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".error-summary")).toContainText("The email address or password is not right.");
    await expect(page.getByLabel("Email address")).toHaveValue("nobody@example.com");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await audit(page);
  });

  test("change the email address by a link sent to the new one, and change the home after a move", async ({ page, audit }, testInfo) => {
    const stamp = `${testInfo.project.name}.${Date.now()}`;
    const oldEmail = `old.${stamp}@example.com`;
    const newEmail = `new.${stamp}@example.com`;
    await registerAndSignIn(page, oldEmail);

    await page.getByRole("link", { name: "Change email address" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your email address");
    await audit(page);
    await page.getByLabel("New email address").fill(newEmail);
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary")).toContainText("Your password is not right.");
    await expect(page.getByLabel("New email address")).toHaveValue(newEmail);
    await expect(page.getByLabel("Your password")).toHaveValue("");
    await audit(page);
    await page.getByLabel("Your password").fill(PASSWORD);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page).toHaveURL(/\/account\/email\/check-email$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await audit(page);

    await page.goto(linkIn(await mailTo(newEmail, "Confirm the new email address for your Calico Account")));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your new email address");
    await audit(page);
    await page.getByRole("button", { name: "Use my new email address" }).click();
    await expect(page).toHaveURL(/\/account\?saved=email$/);
    await expect(page.getByRole("status")).toHaveText("Your email address has been changed. Use it to sign in from now on.");
    await expect(page.getByRole("definition").filter({ hasText: newEmail })).toBeVisible();
    await mailTo(oldEmail, "The email address of your Calico Account has changed");

    // A move is linked once it is proved: without the date of birth and phone on file, a code
    // is posted to the new home and the old home stays linked meanwhile.
    await page.getByRole("link", { name: "Change home" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Have you moved to another Calico home?");
    await audit(page);
    await page.getByLabel("Rent reference").fill("10023456");
    await page.getByLabel("Postcode of your new home").fill("BB10 1AA");
    await page.getByLabel("Day").fill("14");
    await page.getByLabel("Month").fill("13");
    await page.getByLabel("Year").fill("1975");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".error-summary")).toContainText("Date of birth must be a real date");
    await expect(page.getByLabel("Rent reference")).toHaveValue("10023456");
    await expect(page.getByLabel("Month")).toHaveValue("13");
    await audit(page);
    await page.getByLabel("Month").fill("");
    await page.getByLabel("Day").fill("");
    await page.getByLabel("Year").fill("");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/account\/activate\?asked=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your activation code");
    await expect(page.getByText("rent reference 10023456 and postcode BB10 1AA")).toBeVisible();
    await audit(page);
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "We are checking your new home" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Flat 1, Centenary Court, Croft Street, Burnley" })).toBeVisible();
    await page.getByRole("link", { name: "Change home" }).click();
    await page.getByLabel("Rent reference").fill("10023456");
    await page.getByLabel("Postcode of your new home").fill("BB10 1AA");
    await page.getByLabel("Day").fill("14");
    await page.getByLabel("Month").fill("9");
    await page.getByLabel("Year").fill("1975");
    await page.getByLabel("Your phone number (optional)").fill("07700 900234");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/account\?saved=home$/);
    await expect(page.getByRole("status")).toHaveText("Your account is now linked to your home.");
    await expect(page.getByRole("definition").filter({ hasText: "14 Padiham Road, Burnley" })).toBeVisible();
    await audit(page);
  });
});
