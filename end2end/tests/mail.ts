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
    const [folded, ...rest] = text.split("\r\n\r\n");
    // A long header goes on over several lines (each after the first starts with a space).
    const head = folded.replace(/\r\n(?=[ \t])/g, "");
    const header = (h: string) => decodeWords(head.split("\r\n").find((l) => l.startsWith(`${h}: `))?.slice(h.length + 2) ?? "");
    return { to: header("To"), subject: header("Subject"), body: decodeBody(rest.join("\r\n\r\n"), header("Content-Transfer-Encoding")) };
  });
}

/** A header's words as written: those not in plain ASCII are encoded (RFC 2047). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === "b"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    );
}

/** The body as written, whichever way it was encoded for the journey. */
function decodeBody(raw: string, encoding: string): string {
  let text = raw;
  if (/quoted-printable/i.test(encoding)) {
    const bytes = raw
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    text = Buffer.from(bytes, "latin1").toString("utf8");
  } else if (/base64/i.test(encoding)) {
    text = Buffer.from(raw.replace(/\s+/g, ""), "base64").toString("utf8");
  }
  return text.replace(/\r\n/g, "\n");
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
    }, { message: `a mail "${subject}" to ${address}` })
    .toBe(true);
  return found as Mail;
}

/** The path and query of the first link to our own site in a mail. */
export function linkIn(mail: Mail): string {
  const match = mail.body.match(/https?:\/\/[^\s/]+(\/\S*)/);
  expect(match, `a link in "${mail.subject}"`).not.toBeNull();
  return (match as RegExpMatchArray)[1];
}
