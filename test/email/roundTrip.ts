import { simpleParser, type ParsedMail, type AddressObject } from "mailparser";

// libmime is mailparser's own MIME word decoder (no type declarations ship with it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const libmime = require("libmime") as { decodeWords(text: string): string };

/** Decodes RFC 2047 encoded-words in a raw header value. */
export function decodeWords(text: string): string {
  return libmime.decodeWords(text);
}

/** Parses an .eml with mailparser, as a mail client would. */
export function parse(eml: string): Promise<ParsedMail> {
  return simpleParser(eml, { skipTextToHtml: true, skipImageLinks: true });
}

/** The mailboxes of a parsed To/Cc/From header. */
export function mailboxes(field: AddressObject | AddressObject[] | undefined): { name: string; address?: string }[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address })));
}

/** Header field names exactly as written in the message head (lower case). */
export function rawHeaderNames(eml: string): string[] {
  const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
  return head
    .split("\r\n")
    .filter((line) => !/^[ \t]/.test(line))
    .map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
}
