import { EMAIL_MESSAGES, EmailError } from "./errors";
import { encodeWords } from "./encodedWords";
import { headerText } from "./headerText";

/** A mailbox: optional display name (any language) and an email address. */
export interface Address {
  readonly name?: string;
  readonly email: string;
}

const ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";
const LOCAL_PART = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const ATOM_PHRASE = new RegExp(`^[${ATEXT}]+(?: [${ATEXT}]+)*$`);

/** True for a domain name the builder accepts (ASCII labels, at least two). */
export function isValidDomain(domain: string): boolean {
  return domain.length <= 253 && DOMAIN.test(domain);
}

/**
 * The address, checked: an ASCII dot-atom local part, `@`, a domain of ASCII labels.
 * Surrounding spaces are dropped; anything else unusual (CR, LF, quotes, angle brackets,
 * commas, non-ASCII) is rejected, never repaired, because a repaired address is a guess.
 *
 * @example
 * checkedEmail(" ap@huarui-trade.cn ") //=> "ap@huarui-trade.cn"
 * checkedEmail("a@b.com\r\nBcc: x@y.z") // throws EmailError "email: invalid email address"
 */
export function checkedEmail(email: string): string {
  const trimmed = email.replace(/^ +| +$/g, "");
  const at = trimmed.lastIndexOf("@");
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const valid =
    at > 0 && trimmed.length <= 254 && local.length <= 64 && LOCAL_PART.test(local) && isValidDomain(domain);
  if (!valid) throw new EmailError(EMAIL_MESSAGES.invalidAddress, email);
  return trimmed;
}

/** True when {@link checkedEmail} would accept the address. */
export function isValidEmail(email: string): boolean {
  try {
    checkedEmail(email);
    return true;
  } catch {
    return false;
  }
}

/**
 * Header tokens for one mailbox: `Name <addr>`, with the name as atoms, a quoted string, or
 * RFC 2047 encoded-words (any non-ASCII, e.g. 上海华瑞贸易有限公司).
 */
export function mailboxTokens(address: Address): string[] {
  const email = checkedEmail(address.email);
  const name = headerText(address.name ?? "").trim();
  if (name.length === 0) return [email];
  return [...nameTokens(name), `<${email}>`];
}

function nameTokens(name: string): string[] {
  if (!name.includes("=?")) {
    if (ATOM_PHRASE.test(name) && name.length <= 900) return name.split(" ");
    if (/^[\x20-\x7e]*$/.test(name) && name.length <= 900) return [`"${name.replace(/(["\\])/g, "\\$1")}"`];
  }
  return encodeWords(name);
}

/** Tokens for an address list header (To, Cc): mailboxes separated by commas. */
export function addressListTokens(addresses: readonly Address[]): string[] {
  const tokens: string[] = [];
  addresses.forEach((address, index) => {
    const mailbox = mailboxTokens(address);
    if (index < addresses.length - 1) mailbox[mailbox.length - 1] += ",";
    tokens.push(...mailbox);
  });
  return tokens;
}
