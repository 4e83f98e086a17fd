import { addressListTokens, isValidDomain, mailboxTokens, type Address } from "./address";
import { base64Body } from "./_lib/base64";
import { hashHex } from "./_lib/hash";
import { quotedPrintableBody } from "./_lib/quotedPrintable";
import { checkedDateText, rfc5322Date, type CivilDate } from "./_lib/rfcDate";
import { EMAIL_MESSAGES, EmailError } from "./errors";
import { foldHeader, unstructuredTokens } from "./headerText";

export type BodyEncoding = "auto" | "quoted-printable" | "base64";

/** Everything a reminder draft needs. No clock inside: the caller supplies the date. */
export interface EmailDraft {
  /** Omit to let Outlook fill in the account that opens the draft. */
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc?: readonly Address[];
  readonly replyTo?: Address;
  readonly subject: string;
  /** Plain-text body. Any line breaks (\n, \r\n, \r) are written as CRLF. */
  readonly text: string;
  /** HTML body, used as given: escape values with {@link escapeHtml} when building it. */
  readonly html: string;
  /** A calendar day (written as 12:00 UTC) or an RFC 5322 date-time text such as "Sat, 31 Oct 2026 09:00:00 +0800". */
  readonly date: CivilDate | string;
  /** Domain of the Message-ID; defaults to the From domain, else "ar-desk.invalid". */
  readonly messageIdDomain?: string;
  /** Extra headers (e.g. X-AR-Customer). Values are sanitized like the subject. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Body transfer encoding; "auto" (default) picks the shorter for the text. */
  readonly bodyEncoding?: BodyEncoding;
}

const RESERVED = new Set([
  "from", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "mime-version",
  "content-type", "content-transfer-encoding", "x-unsent",
]);
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/; // printable ASCII except ":" (RFC 5322 ftext)

/**
 * An RFC 5322 message (CRLF line endings) with `X-Unsent: 1`, so Outlook opens it as an
 * editable draft: multipart/alternative with UTF-8 text/plain and text/html parts, non-ASCII
 * headers as RFC 2047 encoded-words. Deterministic: the same draft gives the same bytes
 * (Message-ID and boundary are hashes of the content).
 *
 * Header values cannot inject headers: CR, LF and other controls in the subject, names and
 * extra header values become spaces; addresses containing them are rejected with an
 * {@link EmailError}.
 *
 * @example
 * buildEml({ to: [{ name: "上海华瑞贸易有限公司", email: "ap@huarui.cn" }], subject: "付款提醒",
 *   text: "您好", html: "<p>您好</p>", date: { y: 2026, m: 11, d: 2 } })
 * //=> "To: =?UTF-8?B?...?= <ap@huarui.cn>\r\nSubject: =?UTF-8?B?5LuY5qy+5o+Q6YaS?=\r\n..."
 */
export function buildEml(draft: EmailDraft): string {
  if (draft.to.length === 0) throw new EmailError(EMAIL_MESSAGES.noRecipients, "");
  const date = typeof draft.date === "string" ? checkedDateText(draft.date) : rfc5322Date(draft.date);
  const domain = messageIdDomain(draft);

  const headers: string[] = [];
  if (draft.from) headers.push(foldHeader("From", mailboxTokens(draft.from)));
  headers.push(foldHeader("To", addressListTokens(draft.to)));
  if (draft.cc && draft.cc.length > 0) headers.push(foldHeader("Cc", addressListTokens(draft.cc)));
  if (draft.replyTo) headers.push(foldHeader("Reply-To", mailboxTokens(draft.replyTo)));
  headers.push(foldHeader("Subject", unstructuredTokens(draft.subject)));
  headers.push(`Date: ${date}`);

  const text = toCrlf(draft.text);
  const html = toCrlf(draft.html);
  const fingerprint = [date, headers.join("\n"), text, html].join("\u0000");
  headers.push(`Message-ID: <${hashHex(fingerprint)}.${hashHex(fingerprint, 1)}@${domain}>`);
  headers.push("MIME-Version: 1.0");
  headers.push("X-Unsent: 1");
  for (const [name, value] of Object.entries(draft.headers ?? {})) {
    headers.push(foldHeader(checkedHeaderName(name), unstructuredTokens(value)));
  }

  const encoding = draft.bodyEncoding ?? "auto";
  const parts = [part("text/plain", text, encoding), part("text/html", html, encoding)];
  const boundary = boundaryFor(fingerprint, parts.map((p) => p.body));
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);

  const lines = [...headers, "", "This is a multi-part message in MIME format.", ""];
  for (const p of parts) {
    lines.push(`--${boundary}`, `Content-Type: ${p.type}; charset=UTF-8`, `Content-Transfer-Encoding: ${p.encoding}`, "", p.body);
  }
  lines.push(`--${boundary}--`, "");
  return lines.join("\r\n");
}

interface Part {
  readonly type: string;
  readonly encoding: "quoted-printable" | "base64";
  readonly body: string;
}

function part(type: string, text: string, encoding: BodyEncoding): Part {
  const bytes = new TextEncoder().encode(text);
  const chosen = encoding === "auto" ? shorterEncoding(bytes) : encoding;
  return { type, encoding: chosen, body: chosen === "base64" ? base64Body(bytes) : quotedPrintableBody(text) };
}

/** Quoted-printable costs 3 characters per escaped byte, base64 4/3 per byte. */
function shorterEncoding(bytes: Uint8Array): "quoted-printable" | "base64" {
  let escaped = 0;
  for (const b of bytes) if (b > 126 || b === 61 || (b < 32 && b !== 13 && b !== 10)) escaped++;
  return bytes.length + 2 * escaped <= (bytes.length * 4) / 3 ? "quoted-printable" : "base64";
}

/**
 * "=_" never occurs in quoted-printable output ("=" is followed by hex digits or a line end)
 * nor in base64 (no "_"), so a boundary starting with it cannot occur in the bodies (RFC 2045
 * §6.7 note). The check below only guards that reasoning.
 */
function boundaryFor(fingerprint: string, bodies: readonly string[]): string {
  for (let attempt = 0; ; attempt++) {
    const boundary = `=_ARDesk_${hashHex(fingerprint, 7 + attempt)}`;
    if (!bodies.some((body) => body.includes(boundary))) return boundary;
  }
}

function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\r\n");
}

function messageIdDomain(draft: EmailDraft): string {
  if (draft.messageIdDomain !== undefined) {
    if (!isValidDomain(draft.messageIdDomain)) throw new EmailError(EMAIL_MESSAGES.invalidDomain, draft.messageIdDomain);
    return draft.messageIdDomain;
  }
  const fromEmail = draft.from?.email.trim();
  const domain = fromEmail ? fromEmail.slice(fromEmail.lastIndexOf("@") + 1) : "";
  return isValidDomain(domain) ? domain : "ar-desk.invalid";
}

function checkedHeaderName(name: string): string {
  if (!HEADER_NAME.test(name)) throw new EmailError(EMAIL_MESSAGES.invalidHeaderName, name);
  if (RESERVED.has(name.toLowerCase())) throw new EmailError(EMAIL_MESSAGES.reservedHeader, name);
  return name;
}
