// What a resident's phone downloads to make a page interactive, and that the page does not
// move or say "Loading…" when it becomes so. Bytes are deterministic for a build, so the
// budget is a test; scripts/weigh prints the same figures (and Lighthouse's) as a table.
import { request as httpRequest } from "node:http";
import { writeFileSync } from "node:fs";
import { test, expect, islandsAwake } from "./fixtures";
import { registerAndSignIn } from "./accounts";
import { fileComplaint, uniqueEmail } from "./journeys";
import type { Page } from "@playwright/test";

/** A resident's first load of any page: the WebAssembly and JavaScript it fetches, brotli. */
const BUDGET = 150 * 1024;

/** The bytes of `url` as the server sends it to a browser that accepts brotli. */
function brotliBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { "accept-encoding": "br" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "none") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `html` is the page as the browser received it (compressed as it asked). */
type Weight = { page: string; html: number; js: number; wasm: number; total: number; bundle: string; shift: number };

/** Opens `path` as a first visit (nothing cached) and weighs what it loads. */
async function weigh(page: Page, path: string): Promise<Weight> {
  const scripts = new Set<string>();
  page.on("request", (request) => {
    if (/\/pkg\/.*\.(js|wasm)$/.test(new URL(request.url()).pathname)) scripts.add(request.url());
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const html = await response!.text();
  expect(html, `${path} is sent whole, never "Loading…"`).not.toContain("Loading");
  await islandsAwake(page);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("body")).not.toContainText("Loading");
  // The layout shifts since the page began, as the browser measured them.
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  let js = 0;
  let wasm = 0;
  for (const url of scripts) {
    const { bytes, encoding } = await brotliBytes(url);
    expect(encoding, `${url} is sent compressed`).toBe("br");
    if (url.endsWith(".wasm")) wasm += bytes;
    else js += bytes;
  }
  const bundle = [...scripts].map((u) => new URL(u).pathname.split("/").pop()).filter((n) => n?.endsWith(".wasm")).join(" ");
  const htmlBytes = (await response!.request().sizes()).responseBodySize;
  return { page: path, html: htmlBytes, js, wasm, total: js + wasm, bundle, shift };
}

test("every resident page loads at most 150 KB of script, and nothing moves as it wakes up", async ({ page, browser, js }, testInfo) => {
  test.skip(!js, "without JavaScript a page loads no script at all");
  // Every page records its layout shifts from the start (a shift after input does not count).
  const recordShifts = () => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  };
  await registerAndSignIn(page, uniqueEmail(testInfo.project.name, "weigh"));
  const reference = await fileComplaint(page, async () => {});
  const cookies = await page.context().cookies();

  const signedOut = ["/", "/register", "/register/representative", "/sign-in", "/reset-password", "/accessibility"];
  const signedIn = [
    "/account",
    "/complaint/new",
    "/complaint/new/details",
    "/complaint/new/attachments",
    `/complaints/${reference}/sent`,
    `/account/complaints/${reference}`,
    `/account/complaints/${reference}/add-information`,
    "/account/letters",
    "/account/preferences",
    "/account/home",
    "/account/activate",
  ];
  const weights: Weight[] = [];
  for (const [paths, signedInToo] of [[signedOut, false], [signedIn, true]] as const) {
    for (const path of paths) {
      // A first visit on a phone (Lighthouse's mobile screen): a fresh context, nothing cached.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      if (signedInToo) await context.addCookies(cookies);
      await context.addInitScript(recordShifts);
      const fresh = await context.newPage();
      try {
        weights.push(await weigh(fresh, path));
      } finally {
        await context.close();
      }
    }
  }
  for (const w of weights) {
    testInfo.annotations.push({ type: "first load", description: `${w.page}: ${w.total} B (wasm ${w.wasm}, js ${w.js}), html ${w.html} B, shift ${w.shift}` });
  }
  if (process.env.CALICO_WEIGH_REPORT) {
    writeFileSync(process.env.CALICO_WEIGH_REPORT, JSON.stringify({ budget: BUDGET, reference, cookies, weights }, null, 2));
  }
  for (const w of weights) {
    expect(w.total, `${w.page}: wasm ${w.wasm} B + js ${w.js} B, brotli`).toBeLessThanOrEqual(BUDGET);
    expect(w.bundle, `${w.page} loads the residents' bundle, not the console's`).not.toContain("_staff");
    expect(w.shift, `${w.page}: nothing moves as it wakes up`).toBe(0);
  }
});
