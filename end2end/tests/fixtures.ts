// Shared test fixtures: every page a test visits can be audited with axe-core, and any
// console error or failed page script (a CSP violation, a hydration panic) fails the test.
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

type Fixtures = {
  /** Runs axe-core on what the page shows now; fails on any WCAG A/AA violation. */
  audit: (page: Page) => Promise<void>;
  /** Whether this project runs with JavaScript on. */
  js: boolean;
};

async function runAxe(page: Page) {
  // A page is judged as drawn: its stylesheet may still be on its way (a slow revalidation on
  // a busy machine) after the heading a test waited for is in the DOM, and unstyled, every
  // link fails target-size.
  await page.waitForLoadState("load");
  // Legacy mode runs axe once in the page (and its frames, if it had any); the default mode
  // opens a blank page for every audit to merge the frames' results, which took twice as long
  // and made the audits about a quarter of the browser suite. Only violations are reported.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe found WCAG violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<Fixtures>({
  js: async ({ javaScriptEnabled }, use) => {
    await use(javaScriptEnabled !== false);
  },

  page: async ({ page }, use, testInfo: TestInfo) => {
    const problems: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      // A page served with an error status (our 404 page) is reported as a failed load of
      // the document itself; that is the page working as meant, not a problem.
      const failedLoad = msg.text().startsWith("Failed to load resource");
      const ownStatus = failedLoad && msg.location().url === page.url();
      // A test that takes the browser offline sees its requests fail; the page says so.
      const offline = msg.text().includes("ERR_INTERNET_DISCONNECTED");
      // The live updates' connection failing while its server restarts: it reconnects.
      const liveReconnecting = failedLoad && new URL(msg.location().url).pathname === "/live";
      if (!ownStatus && !offline && !liveReconnecting) problems.push(`console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, `the browser reported problems in ${testInfo.title}`).toEqual([]);
  },

  audit: async ({ browser, js }, use) => {
    // axe cannot run in a context with JavaScript off. Audit what such a browser sees: the
    // same address, same cookies, with the app's own scripts and bundle blocked, so the page
    // stays exactly as the server rendered it. One such context serves a test's audits, its
    // cookies made the page's own before each.
    // (Playwright Test gives new contexts the project's options: turn JavaScript back on.)
    let copy: { context: BrowserContext; page: Page } | undefined;
    await use(async (page: Page) => {
      if (js) {
        await runAxe(page);
        return;
      }
      if (!copy) {
        const context = await browser.newContext({ javaScriptEnabled: true });
        await context.route(/\/pkg\/.*\.(js|wasm)(\?.*)?$/, (route) => route.abort());
        copy = { context, page: await context.newPage() };
      }
      await copy.context.clearCookies();
      await copy.context.addCookies(await page.context().cookies());
      await copy.page.goto(page.url());
      await runAxe(copy.page);
    });
    await copy?.context.close();
  },
});

export { expect };

/** Waits until every island on the page has woken up (each shows `data-ready="true"` once it
 * runs in the browser), before a test uses what they add. Without JavaScript there are none
 * to wait for. */
export async function islandsAwake(page: Page) {
  await expect(page.locator('[data-ready="false"]')).toHaveCount(0);
}

