/**
 * Adds the cell formats of a sheet written elsewhere (AR Desk's own, from ExcelJS) to the clerk's
 * styles part, so the sheet can move into the clerk's package with its look intact. The clerk's
 * entries keep their positions (every `s=` in their sheets stays right); ours are appended, and an
 * entry equal to one already there is reused, so re-running AR Desk does not grow the part.
 */

/** Style-part sections in CT_Stylesheet order (a missing one is inserted before the next present). */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** How the appended sheet's style indexes map into the merged part. */
export interface StyleMapping {
  /** Cell format (cellXfs) index in the written sheet → index in the merged part. */
  readonly xf: (index: number) => number;
}

/** Thrown when a styles part is not one AR Desk can extend safely. */
export class StylesMergeError extends Error {
  override name = "StylesMergeError";
}

function sectionPattern(section: string): RegExp {
  return new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`);
}

function itemsOf(xml: string, section: string, item: string): string[] {
  const inner = sectionPattern(section).exec(xml)?.[1] ?? "";
  return inner.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

/** The part with `section` holding `items` (count updated), the section created when missing. */
function withItems(xml: string, section: string, items: readonly string[]): string {
  const body = `<${section} count="${items.length}">${items.join("")}</${section}>`;
  const existing = sectionPattern(section).exec(xml);
  if (existing) {
    const open = /^<[^>]*?\/?>/.exec(existing[0])![0];
    const attrs = open.replace(/^<\w+/, "").replace(/\/?>$/, "").replace(/\s*\bcount="\d*"/, "");
    return xml.slice(0, existing.index) + `<${section} count="${items.length}"${attrs}>${items.join("")}</${section}>` + xml.slice(existing.index + existing[0].length);
  }
  for (const next of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
    const at = new RegExp(`<${next}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + body + xml.slice(at.index);
  }
  const close = xml.lastIndexOf("</styleSheet>");
  return xml.slice(0, close) + body + xml.slice(close);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function setAttr(tag: string, name: string, value: string | number): string {
  return new RegExp(`\\s${name}="`).test(tag) ? tag.replace(new RegExp(`(\\s${name}=")[^"]*"`), `$1${value}"`) : tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

/** Appends `added`, reusing equal entries; returns the merged list and old index → new index. */
function appendDistinct(existing: readonly string[], added: readonly string[]): { items: string[]; index: number[] } {
  const items = [...existing];
  const index = added.map((item) => {
    const at = items.indexOf(item);
    if (at >= 0) return at;
    items.push(item);
    return items.length - 1;
  });
  return { items, index };
}

/**
 * The clerk's styles part extended with the cell formats of `addedXml` (another styles part).
 * @throws StylesMergeError when the clerk's part uses namespace prefixes (rare; we do not rewrite it).
 */
export function mergeStyles(clerkXml: string, addedXml: string): { xml: string; mapping: StyleMapping } {
  if (!/<styleSheet\b/.test(clerkXml)) throw new StylesMergeError("the workbook's styles part is written in a form AR Desk cannot extend (prefixed XML)");
  let xml = clerkXml;

  // Number formats: ids from 164 up are the workbook's own; ours get ids after the clerk's.
  const clerkFormats = itemsOf(xml, "numFmts", "numFmt");
  const byCode = new Map(clerkFormats.map((f) => [attr(f, "formatCode"), Number(attr(f, "numFmtId"))]));
  let nextId = Math.max(163, ...clerkFormats.map((f) => Number(attr(f, "numFmtId")) || 0)) + 1;
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const f of itemsOf(addedXml, "numFmts", "numFmt")) {
    const code = attr(f, "formatCode");
    const known = byCode.get(code);
    const id = known ?? nextId++;
    if (known === undefined) {
      byCode.set(code, id);
      newFormats.push(setAttr(f, "numFmtId", id));
    }
    formatIds.set(Number(attr(f, "numFmtId")), id);
  }
  if (newFormats.length > 0) xml = withItems(xml, "numFmts", [...clerkFormats, ...newFormats]);

  const maps: Record<string, number[]> = {};
  for (const [section, item, key] of [["fonts", "font", "fontId"], ["fills", "fill", "fillId"], ["borders", "border", "borderId"]] as const) {
    const merged = appendDistinct(itemsOf(xml, section, item), itemsOf(addedXml, section, item));
    maps[key] = merged.index;
    xml = withItems(xml, section, merged.items);
  }

  const addedXfs = itemsOf(addedXml, "cellXfs", "xf").map((xf) => {
    let out = xf;
    const fmt = Number(attr(xf, "numFmtId") ?? 0);
    out = setAttr(out, "numFmtId", formatIds.get(fmt) ?? fmt);
    for (const key of ["fontId", "fillId", "borderId"]) out = setAttr(out, key, maps[key][Number(attr(xf, key) ?? 0)] ?? 0);
    // Our cells sit on the clerk's Normal style (cellStyleXfs 0).
    return setAttr(out, "xfId", 0);
  });
  const xfs = appendDistinct(itemsOf(xml, "cellXfs", "xf"), addedXfs);
  xml = withItems(xml, "cellXfs", xfs.items);
  if (itemsOf(xml, "cellStyleXfs", "xf").length === 0) xml = withItems(xml, "cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']);
  return { xml, mapping: { xf: (i) => xfs.index[i] ?? 0 } };
}

/**
 * A worksheet part with every style index (cells `s`, rows `s`, columns `style`) mapped.
 * @example remapSheetStyles('<c r="A1" s="2"/>', { xf: (i) => i + 10 }) //=> '<c r="A1" s="12"/>'
 */
export function remapSheetStyles(sheetXml: string, mapping: StyleMapping): string {
  return sheetXml.replace(/<(c|row|col)\s[^>]*>/g, (tag, name: string) => {
    const key = name === "col" ? "style" : "s";
    return tag.replace(new RegExp(`(\\s${key}=")(\\d+)"`), (_m, head: string, n: string) => `${head}${mapping.xf(Number(n))}"`);
  });
}
