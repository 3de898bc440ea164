// The test inbox: the server writes every mail as an .eml file in the mail folder.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { mailDir } from "../playwright.config";

export type Mail = { to: string; subject: string; body: string };

function read(): Mail[] {
  let names: string[] = [];
  try {
    names = readdirSync(mailDir).filter((n) => n.endsWith(".eml")).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const text = readFileSync(join(mailDir, name), "utf8");
    const [head, ...rest] = text.split("\r\n\r\n");
    const header = (h: string) => head.split("\r\n").find((l) => l.startsWith(`${h}: `))?.slice(h.length + 2) ?? "";
    return { to: header("To"), subject: header("Subject"), body: rest.join("\r\n\r\n").replace(/\r\n/g, "\n") };
  });
}

/** Every mail to an address so far. */
export function mailsTo(address: string): Mail[] {
  return read().filter((m) => m.to === address);
}

/** Waits (the sender runs every second) for the newest mail to an address with a subject. */
export async function mailTo(address: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      found = read().filter((m) => m.to === address && m.subject === subject).at(-1);
      return found !== undefined;
    }, { message: `a mail "${subject}" to ${address}`, timeout: 10_000 })
    .toBe(true);
  return found as Mail;
}

/** The path and query of the first link to our own site in a mail. */
export function linkIn(mail: Mail): string {
  const match = mail.body.match(/https?:\/\/[^\s/]+(\/\S*)/);
  expect(match, `a link in "${mail.subject}"`).not.toBeNull();
  return (match as RegExpMatchArray)[1];
}
