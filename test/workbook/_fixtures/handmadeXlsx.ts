/**
 * Builds tiny .xlsx packages from hand-written sheet XML, to test what ExcelJS never writes
 * (cells without r, namespace prefixes, phonetic runs, t="d").
 */
import { strToU8, zipSync } from "fflate";

export interface HandmadeSheet {
  readonly name: string;
  /** The whole worksheet part. */
  readonly xml: string;
  /** Optional table parts for this sheet. */
  readonly tables?: readonly string[];
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** A worksheet part around the given `<row>` elements. */
export function sheetXml(rowsXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rowsXml}</sheetData></worksheet>`;
}

/** A zipped workbook with the given sheets and optional shared strings part. */
export function handmadeXlsx(sheets: readonly HandmadeSheet[], sharedStringsXml?: string, definedNamesXml = ""): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string) => (files[path] = strToU8(text));
  put("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  put("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetEntries = sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  put("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets>${sheetEntries}</sheets>${definedNamesXml ? `<definedNames>${definedNamesXml}</definedNames>` : ""}</workbook>`);
  let rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  if (sharedStringsXml !== undefined) {
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`;
    put("xl/sharedStrings.xml", sharedStringsXml);
  }
  put("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  let tableNo = 0;
  sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, s.xml);
    if (s.tables?.length) {
      const tableRels = s.tables
        .map((t) => {
          tableNo++;
          put(`xl/tables/table${tableNo}.xml`, t);
          return `<Relationship Id="rIdT${tableNo}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`;
        })
        .join("");
      put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tableRels}</Relationships>`);
    }
  });
  return zipSync(files);
}
