/**
 * Workbook packages written part by part, so a test can put anything in any part: a DTD, a
 * sheet listed 5,000 times, a cell at ZZZZ2, a bomb stream, Strict namespaces, the 1904 date
 * system. `ledgerSheets` gives a small valid ledger to start from.
 */
import { deflatedEntry, rawZip, type RawEntry } from "./rawZip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetPart {
  readonly name: string;
  /** The whole worksheet part… */
  readonly xml?: string;
  /** …or a ready entry (a bomb stream); its name is replaced. */
  readonly entry?: RawEntry;
}

export interface PackageSpec {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings?: string;
  /** Replaces the `<sheets>` list of workbook.xml (e.g. one sheet listed 5,000 times). */
  readonly sheetsXml?: string;
  /** Goes into workbook.xml before `<sheets>` (e.g. `<workbookPr date1904="1"/>`). */
  readonly workbookPr?: string;
  readonly styles?: string;
  /** ISO/IEC 29500 Strict namespaces instead of Transitional. */
  readonly strict?: boolean;
  /** Text put before the root element of workbook.xml (a DTD). */
  readonly workbookProlog?: string;
  readonly extra?: readonly RawEntry[];
}

/** Escapes text for XML content (the caller's text may hold anything else on purpose). */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A cell: text (inline string), number, `{ d: "2026-10-31" }` (t="d"), or `{ raw }` (the whole `<c>`). */
export type PartCell = string | number | { readonly d: string } | { readonly raw: string } | null;

export function cellXml(ref: string, cell: PartCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "string") return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(cell)}</t></is></c>`;
  if ("d" in cell) return `<c r="${ref}" t="d"><v>${esc(cell.d)}</v></c>`;
  return cell.raw;
}

export function col(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function rowsXml(rows: readonly (readonly PartCell[])[], firstRow = 1): string {
  return rows.map((cells, i) => `<row r="${firstRow + i}">${cells.map((c, k) => cellXml(`${col(k + 1)}${firstRow + i}`, c)).join("")}</row>`).join("");
}

export function worksheet(rows: string, strict = false): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${strict ? STRICT_MAIN : MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

export type CustomerRow = readonly [id: string, name: string, email: string];
export type InvoiceRow = readonly [no: string, customer: string, date: string, due: string, amount: PartCell];

/** A Customers sheet and an Invoices sheet (plain ranges, header in row 1). */
export function ledgerSheets(customers: readonly CustomerRow[], invoices: readonly InvoiceRow[], extraInvoiceRows = ""): SheetPart[] {
  return [
    { name: "Customers", xml: worksheet(rowsXml([["CustomerID", "Name", "Email"], ...customers])) },
    {
      name: "Invoices",
      xml: worksheet(
        rowsXml([["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], ...invoices.map(([no, c, date, due, amount]) => [no, c, { d: date }, { d: due }, amount] as PartCell[])]) +
          extraInvoiceRows,
      ),
    },
  ];
}

/** The parts of the package, in order. */
export function packageEntries(spec: PackageSpec): RawEntry[] {
  const rel = spec.strict ? STRICT_REL : REL;
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const out: RawEntry[] = [];
  const put = (name: string, text: string) => out.push(deflatedEntry(name, text));
  put("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`);
  put("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetsXml = spec.sheetsXml ?? spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0"?>${spec.workbookProlog ?? ""}<workbook xmlns="${main}" xmlns:r="${rel}">${spec.workbookPr ?? ""}<sheets>${sheetsXml}</sheets></workbook>`,
  );
  let rels = spec.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  if (spec.sharedStrings !== undefined) rels += `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`;
  if (spec.styles !== undefined) rels += `<Relationship Id="rIdY" Type="${rel}/styles" Target="styles.xml"/>`;
  put("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}">${rels}</Relationships>`);
  if (spec.sharedStrings !== undefined) put("xl/sharedStrings.xml", spec.sharedStrings);
  if (spec.styles !== undefined) put("xl/styles.xml", spec.styles);
  spec.sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    if (s.entry) out.push({ ...s.entry, name });
    else put(name, s.xml ?? worksheet(""));
  });
  out.push(...(spec.extra ?? []));
  return out;
}

export function xlsxPackage(spec: PackageSpec): Uint8Array {
  return rawZip(packageEntries(spec));
}
