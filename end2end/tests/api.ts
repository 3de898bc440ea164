// The landlord's housing system, as the tests play it: a token for the API, and events
// recorded through it.
import { execFileSync } from "node:child_process";
import { expect, type APIRequestContext } from "@playwright/test";

export const database = () => `${process.env.CALICO_E2E_DATA}/calico.db`;

/** The server binary the suite runs (playwright.config.ts), from the repository's root. */
export const serverBin = () => process.env.CALICO_SERVER_BIN as string;

/** `server api-token create`, against the test server's database: a token for the API. */
export function apiToken(name: string): string {
  const out = execFileSync(serverBin(), ["api-token", "create", name], {
    cwd: "..",
    env: { ...process.env, CALICO_DATABASE_URL: `sqlite://${database()}` },
    encoding: "utf8",
  });
  const token = out.match(/calico_[A-Za-z0-9_-]+/);
  expect(token, out).not.toBeNull();
  return (token as RegExpMatchArray)[0];
}

/** Records an event through the API, as the landlord's housing system would. */
export async function record(request: APIRequestContext, token: string, reference: string, event: Record<string, unknown>) {
  const response = await request.post(`/api/v1/complaints/${reference}/events`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { occurred_at: new Date().toISOString(), by: "Sam Patel", ...event },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}
