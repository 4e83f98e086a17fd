/**
 * The package structure of an .xlsx: relationships, the workbook part (sheets, defined names)
 * and table parts.
 */
import { parseRange, type CellRange } from "../../a1";
import { elements } from "./xmlScan";
import { decodeEntities } from "./xmlText";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Package path of the target (resolved, no leading "/"). */
  readonly target: string;
  readonly external: boolean;
}

/** Directory part of a package path ("xl/worksheets/sheet1.xml" → "xl/worksheets/"). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/**
 * Resolves a relationship target against the directory of its source part.
 * @example resolvePath("xl/worksheets/", "../tables/table1.xml") //=> "xl/tables/table1.xml"
 */
export function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(partPath: string): string {
  const dir = dirOf(partPath);
  return `${dir}_rels/${partPath.slice(dir.length)}.rels`;
}

/** Parses a .rels part; targets resolved relative to `sourcePart`. */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const base = dirOf(sourcePart);
  return elements(xml, "Relationship").map((e) => {
    const external = e.attr("TargetMode") === "External";
    const target = decodeEntities(e.attr("Target") ?? "");
    return {
      id: e.attr("Id") ?? "",
      type: e.attr("Type") ?? "",
      target: external ? target : resolvePath(base, target),
      external,
    };
  });
}

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Formula text without "=", e.g. "'Index'!$A$1". */
  readonly reference: string;
  /** 0-based sheet index when the name is local to a sheet. */
  readonly localSheetId?: number;
}

/**
 * Sheets (in tab order), defined names and the date system of the workbook part
 * (`<workbookPr date1904="1"/>`: serials count from 1904-01-01).
 */
export function parseWorkbookXml(xml: string): { sheets: WorkbookSheetEntry[]; definedNames: DefinedNameEntry[]; date1904: boolean } {
  const sheets = elements(xml, "sheet").map((e): WorkbookSheetEntry => {
    const state = e.attr("state");
    return {
      name: decodeEntities(e.attr("name") ?? ""),
      relId: e.attr("id") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    };
  });
  const definedNames = elements(xml, "definedName").map((e) => {
    const local = e.attr("localSheetId");
    return {
      name: decodeEntities(e.attr("name") ?? ""),
      reference: decodeEntities(e.text()),
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
    };
  });
  const flag = elements(xml, "workbookPr")[0]?.attr("date1904");
  const date1904 = flag === "1" || flag === "true";
  return { sheets, definedNames, date1904 };
}

export interface TablePart {
  /** displayName (what Excel and Office.js show), else name. */
  readonly name: string;
  readonly range: CellRange;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: string[];
}

/** Parses a table part (xl/tables/tableN.xml); undefined when its ref is unusable. */
export function parseTableXml(xml: string): TablePart | undefined {
  const [table] = elements(xml, "table");
  if (!table) return undefined;
  const range = parseRange(table.attr("ref") ?? "");
  if (!range) return undefined;
  const num = (text: string | undefined, fallback: number) => (text === undefined || Number.isNaN(Number(text)) ? fallback : Number(text));
  return {
    name: decodeEntities(table.attr("displayName") ?? table.attr("name") ?? ""),
    range,
    headerRowCount: num(table.attr("headerRowCount"), 1),
    totalsRowCount: num(table.attr("totalsRowCount"), 0),
    columns: elements(xml, "tableColumn").map((c) => decodeEntities(c.attr("name") ?? "")).map(unescapeColumnName),
  };
}

/** Table column names escape some characters with `_xHHHH_` like cell text. */
function unescapeColumnName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
