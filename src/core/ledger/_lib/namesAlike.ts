/**
 * One customer written two ways on a ledger keyed by name: `深圳市华强电子有限公司`, `深圳市华强电子`,
 * `华强电子（深圳）有限公司`; `Acme Ltd` and `Acme Limited`. Case, spaces and widths already make one
 * customer (customerKey.ts); these are told apart, as written, and said: merging them is the
 * clerk's call, never made silently. One pass over the name column, decided once per table.
 * Private to the ledger.
 */
import type { RawCell } from "../../source";
import { at } from "./context";
import { cellText } from "./cells";
import { nameKey } from "./customerKey";
import { nfkc } from "../../text/nfkc";

/** Company forms at the end of a Chinese name (the longest first). */
const ZH_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|总公司|分公司|公司)$/;
/** A place in brackets: `（深圳）`, `(上海)`. */
const BRACKETED = /[(（]([\u4e00-\u9fff]{2,4})[)）]/g;
/** A leading place with its level: `深圳市`, `广东省`, `浦东新区`. */
const PLACE_LEVEL = /^([\u4e00-\u9fff]{2,3}?)(?:省|市|自治区|特别行政区)/;
/** Company forms at the end of a Latin name. */
const LATIN_FORM = /(?:[\s,.]+(?:ltd|limited|inc|incorporated|llc|co|corp|corporation|company|gmbh|pty|plc|sa|sarl|bv|ag|kg))+\.?$/i;

/** Places named in the column (in brackets, or before 市 / 省): a leading one is no part of the name. */
function placesOf(names: readonly string[]): Set<string> {
  const places = new Set<string>();
  for (const name of names) {
    for (const m of name.matchAll(BRACKETED)) places.add(m[1]);
    const lead = PLACE_LEVEL.exec(name);
    if (lead !== null) places.add(lead[1]);
  }
  return places;
}

/** The name without its company form, bracketed place and leading place: what tells the company. */
export function nameStem(name: string, places: ReadonlySet<string>): string {
  let text = nfkc(name).trim();
  if (!/[\u4e00-\u9fff]/.test(text)) return text.replace(LATIN_FORM, "").toLowerCase().replace(/[\s,.&]+/g, "");
  text = text.replace(/\s+/g, "").replace(ZH_FORM, "").replace(BRACKETED, "").replace(ZH_FORM, "");
  const lead = PLACE_LEVEL.exec(text);
  if (lead !== null) text = text.slice(lead[0].length);
  else for (const place of places) if (text.startsWith(place) && text.length > place.length + 1) { text = text.slice(place.length); break; }
  return text;
}

export interface NameAlike {
  /** The row (index in the table) where this way of writing the name first appears. */
  readonly index: number;
  readonly name: string;
  /** The first row and name of the same stem written another way. */
  readonly firstIndex: number;
  readonly firstName: string;
}

/**
 * Each name in the column whose stem (see {@link nameStem}) another, differently written name has,
 * on the first row it appears; the stem must keep two characters (four Latin letters) at least.
 * @example namesAlike([["深圳市华强电子有限公司"], ["华强电子（深圳）有限公司"]], 0)
 *   //=> [{ index: 1, name: "华强电子（深圳）有限公司", firstIndex: 0, firstName: "深圳市华强电子有限公司" }]
 */
export function namesAlike(rows: readonly (readonly RawCell[])[], col: number): NameAlike[] {
  const firstRow = new Map<string, { index: number; name: string }>();
  // Each written text folded once: a large ledger repeats a few thousand names over a million rows.
  const seen = new Set<string>();
  let last = "";
  for (let i = 0; i < rows.length; i++) {
    const text = cellText(at(rows[i], col));
    if (text === last) continue; // a run of one customer's rows
    last = text;
    if (seen.has(text)) continue;
    seen.add(text);
    const name = text; // cellText trims
    if (name === "") continue;
    const key = nameKey(name);
    if (!firstRow.has(key)) firstRow.set(key, { index: i, name });
  }
  if (firstRow.size < 2) return [];
  const written = [...firstRow.values()];
  const places = placesOf(written.map((w) => nfkc(w.name)));
  const byStem = new Map<string, { index: number; name: string }>();
  const found: NameAlike[] = [];
  for (const w of written) {
    const stem = nameStem(w.name, places);
    if (stem.length < (/[\u4e00-\u9fff]/.test(stem) ? 2 : 4)) continue;
    const first = byStem.get(stem);
    if (first === undefined) byStem.set(stem, w);
    else found.push({ index: w.index, name: w.name, firstIndex: first.index, firstName: first.name });
  }
  return found;
}
