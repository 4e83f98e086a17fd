/**
 * Excel-valid, unique sheet names. Excel refuses a sheet name that is empty, longer than 31
 * characters, contains any of `[ ] : * ? / \`, starts or ends with an apostrophe, or is
 * "History" (reserved by change tracking); names are compared case-insensitively. Chinese and
 * other non-Latin names are kept as they are.
 */

/** Excel's limit, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME_LENGTH = 31;

const RESERVED = "history";
const FALLBACK = "Sheet";

/** Characters Excel refuses, with what we write instead (a bracket stays a bracket-like glyph). */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "[": "(",
  "]": ")",
  ":": "-",
  "*": "-",
  "?": "",
  "/": "-",
  "\\": "-",
};

/**
 * Turns any text into a name Excel accepts (not yet unique): forbidden characters replaced,
 * control characters dropped, whitespace collapsed, apostrophes trimmed at both ends, cut to 31.
 *
 * @example
 * validSheetName("A/B: Trading [HK]") //=> "A-B- Trading (HK)"
 * validSheetName("") //=> "Sheet"
 */
export function validSheetName(wanted: string, maxLength: number = MAX_SHEET_NAME_LENGTH): string {
  let name = "";
  for (const ch of wanted) {
    const code = ch.codePointAt(0) ?? 0;
    // Control characters are not valid in the workbook XML either; nor are U+FFFE, U+FFFF or a
    // surrogate without its pair (which `for…of` yields alone).
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) name += " ";
    else if (code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) name += "\ufffd";
    else name += REPLACEMENTS[ch] ?? ch;
  }
  name = tidy(name.replace(/\s+/g, " "));
  name = tidy(cut(name, maxLength));
  if (name === "" || name.toLowerCase() === RESERVED) return name === "" ? FALLBACK : `${name} (1)`;
  return name;
}

// Cached lower-cased view of each `taken` set, so naming 50,000 sheets stays linear.
const lowerViews = new WeakMap<Set<string>, { size: number; lower: Set<string> }>();

function lowerView(taken: Set<string>): Set<string> {
  const cached = lowerViews.get(taken);
  if (cached && cached.size === taken.size) return cached.lower;
  const lower = new Set<string>();
  for (const name of taken) lower.add(name.toLowerCase());
  lowerViews.set(taken, { size: taken.size, lower });
  return lower;
}

/**
 * A valid sheet name for `wanted` that is not in `taken` (compared case-insensitively), with
 * " (2)", " (3)"… appended when needed; `suffix` (e.g. " USD") is kept whole even when the
 * name is cut to 31 characters. The chosen name is added to `taken`.
 *
 * @example
 * const taken = new Set(["Index"]);
 * uniqueSheetName("index", taken) //=> "index (2)"
 * uniqueSheetName("C001 上海某某贸易有限公司", taken) //=> "C001 上海某某贸易有限公司"
 */
export function uniqueSheetName(wanted: string, taken: Set<string>, suffix = ""): string {
  const lower = lowerView(taken);
  // the suffix leaves room for a counter (" (99999)"), so a unique name always fits in 31
  const cleanSuffix = suffix === "" ? "" : cut(validSheetName(suffix), MAX_SHEET_NAME_LENGTH - 12).replace(/^(?=\S)/, " ");
  const base = validSheetName(wanted, MAX_SHEET_NAME_LENGTH - cleanSuffix.length);
  let candidate = tidy(base + cleanSuffix);
  for (let n = 2; lower.has(candidate.toLowerCase()) || candidate.toLowerCase() === RESERVED; n += 1) {
    const counter = ` (${n})`;
    candidate = tidy(tidy(cut(base, MAX_SHEET_NAME_LENGTH - cleanSuffix.length - counter.length)) + cleanSuffix + counter);
  }
  taken.add(candidate);
  lower.add(candidate.toLowerCase());
  lowerViews.set(taken, { size: taken.size, lower });
  return candidate;
}

/**
 * The sheet name wanted for a customer's statement: "C001 Acme Ltd", plus the currency when the
 * customer has a statement in a second currency ("C001 Acme Ltd USD").
 */
export function statementSheetWanted(customerId: string, customerName: string): string {
  const id = customerId.trim();
  const name = customerName.trim();
  if (name === "" || name === id) return id;
  return `${id} ${name}`;
}

/** True when Excel would accept `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== RESERVED &&
    !/[\u0000-\u001f]/.test(name)
  );
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Trims spaces and leading/trailing apostrophes (Excel refuses a name that starts or ends with one). */
function tidy(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}
