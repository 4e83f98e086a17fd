/**
 * CSV text → rows of field texts, as Excel opens a CSV: RFC 4180 quoting (`"a, b"`, `""` for a
 * quote, line breaks inside quotes), any line ending, Excel's `sep=;` first line, and the
 * delimiter found from the text (`,`; `;` where the decimal comma is used; tab in "Unicode Text";
 * `|`). A value written `="00123"` (how exports keep leading zeros) is its text, `00123`.
 */

export type Delimiter = "," | ";" | "\t" | "|";

const CANDIDATES: readonly Delimiter[] = [",", ";", "\t", "|"];
const QUOTE = 0x22;
const EQUALS = 0x3d;
const CR = 0x0d;
const LF = 0x0a;
/** Lines looked at to find the delimiter (a report's title lines come first, then the table). */
const SAMPLE_LINES = 50;
const SAMPLE_CHARS = 64 * 1024;

export interface ParsedCsv {
  /** Each line's fields; an empty line is `[""]`, so row k is the file's k-th record. */
  readonly rows: string[][];
  readonly delimiter: Delimiter;
}

/** A quoted value never closed: the rest of the file would vanish into it, so nothing is read. */
export class CsvOpenQuoteError extends Error {
  override name = "CsvOpenQuoteError";
  constructor(readonly row: number) {
    super(`row ${row}: a quoted value opened there is never closed`);
  }
}

/** How often `delimiter` appears outside quotes in `line`. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the most sample lines into the same number of fields (a table's rows
 * agree; commas inside amounts such as `1,50` or inside names do not), or undefined when no
 * candidate appears at all (a text that is no table).
 */
export function findDelimiter(text: string): Delimiter | undefined {
  const lines = text.slice(0, SAMPLE_CHARS).split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").slice(0, SAMPLE_LINES);
  let best: Delimiter | undefined;
  let bestScore = 0;
  let bestFields = 0;
  for (const candidate of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, candidate);
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    for (const [fields, lineCount] of tally) {
      if (lineCount > bestScore || (lineCount === bestScore && fields > bestFields)) {
        best = candidate;
        bestScore = lineCount;
        bestFields = fields;
      }
    }
  }
  return best;
}

/**
 * How many records {@link parseCsv} would find, counted without making them (a file too long for
 * a sheet is refused before its rows take memory): line breaks outside quotes, plus a last line
 * without one. A `sep=` line is counted; the caller knows whether it has one.
 */
export function recordCount(text: string): number {
  let count = 0;
  let quoted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF))) count++;
  }
  const last = text.charCodeAt(n - 1);
  return n > 0 && last !== LF && last !== CR ? count + 1 : count;
}

/**
 * @throws CsvOpenQuoteError naming the row where a quote is never closed.
 * @example parseCsv('No,Customer\nINV-1,"Acme, Inc."\n').rows //=> [["No", "Customer"], ["INV-1", "Acme, Inc."]]
 */
export function parseCsv(text: string, delimiter?: Delimiter): ParsedCsv {
  let i = 0;
  const sep = /^sep=(.)\r?\n?/i.exec(text);
  let chosen = delimiter;
  if (sep && (CANDIDATES as readonly string[]).includes(sep[1])) {
    chosen ??= sep[1] as Delimiter;
    i = sep[0].length;
  }
  chosen ??= findDelimiter(text.slice(i)) ?? ",";
  const d = chosen.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  /** The end of an unquoted run: the next delimiter or line break. */
  const runEnd = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === d || c === CR || c === LF) break;
      j++;
    }
    return j;
  };
  while (i < n) {
    let value: string;
    // `="00123"`: Excel's formula that keeps a text as written.
    const formulaText = text.charCodeAt(i) === EQUALS && text.charCodeAt(i + 1) === QUOTE;
    if (text.charCodeAt(i) === QUOTE || formulaText) {
      value = "";
      let j = i + (formulaText ? 2 : 1);
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new CsvOpenQuoteError(rows.length + 1);
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as Excel keeps it.
      const end = runEnd(i);
      value += text.slice(i, end);
      i = end;
      const inner = /^="(.*)"$/s.exec(value);
      if (inner) value = inner[1];
    } else {
      const end = runEnd(i);
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter ending the text leaves one more empty field on the row.
      if (i === n) row.push("");
      continue;
    }
    rows.push(row);
    row = [];
    if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (c === LF) i++;
  }
  if (row.length > 0) rows.push(row);
  return { rows, delimiter: chosen };
}
