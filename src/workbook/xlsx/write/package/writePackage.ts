/**
 * The streaming package writer: SheetSpecs → .xlsx, each sheet's XML deflated into the zip as it
 * is produced and handed to a sink, so writing 100,000 statements holds one statement at a time
 * (plus a name and a few numbers per sheet for workbook.xml). No ExcelJS: inline strings, cell
 * formats from a StyleTable, and the workbook-level parts (styles, workbook, content types,
 * markers, print names) written once at the end, which the zip format allows.
 *
 * It writes what the ExcelJS writer plus the package patch write (writeWorkbook.ts,
 * packagePatch.ts): tables, internal and external links, print area and titles, charts and AR
 * Desk's markers (../../../marker.ts). The ExcelJS path stays for the browser and for grafting
 * into a clerk's own workbook.
 */
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import type { SheetSpec } from "../../../spec";
import { markerName, markerReference, quoteSheetName } from "../../../marker";
import { relsPathOf } from "../../read/packageParts";
import { CHART_CONTENT_TYPE, CHART_REL_TYPE, chartXml, DRAWING_CONTENT_TYPE, DRAWING_REL_TYPE, drawingXml } from "../chartParts";
import { absoluteArea, TABLE_CONTENT_TYPE, TABLE_REL_TYPE, tableXml, validTableName } from "../packagePatch";
import { patchForSpec } from "../sheetPatches";
import { assertWritableName, WorkbookWriteError } from "../writeWorkbook";
import { escapeXml } from "../xmlEscape";
import { xmlSafeText } from "../xmlSafeText";
import { sheetXmlPieces, type SheetReferences } from "./sheetXml";
import { StyleTable } from "./styleTable";

export interface PackageOptions {
  /** Called after each sheet: (sheets done, total when known). */
  readonly onProgress?: (done: number, total: number) => void;
  /** How many sheets are coming, for progress only. */
  readonly total?: number;
  /** Document creation time for docProps and zip entries (default: now). Pass one for byte-stable output. */
  readonly created?: Date;
  /** Deflate level 0-9 (default 1: fast, about 5% larger than 6). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** A host's own raw DEFLATE (Node: nodeDeflate.ts); default fflate's, in JavaScript. */
  readonly deflate?: PartDeflate;
}

/** Raw DEFLATE and CRC-32 supplied by the host, for parts written piece by piece. */
export interface PartDeflate {
  /** One piece, compressed on its own and ended on a sync flush, so pieces concatenate. */
  piece(data: Uint8Array): Uint8Array;
  /** The final block that closes a part's stream. */
  readonly end: Uint8Array;
  crc32(data: Uint8Array, previous: number): number;
}

/** Receives the package's bytes in order; may be slow (the writer waits after each sheet). */
export type PackageSink = (chunk: Uint8Array) => void | Promise<void>;

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const encoder = new TextEncoder();
/** Bytes gathered before the sink is called (one statement deflates to a few KB). */
const FLUSH_BYTES = 256 * 1024;

function relsXml(entries: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${REL_NS}">${entries.join("")}</Relationships>`;
}

/** What workbook.xml needs to remember of each sheet once its XML has gone. */
interface WrittenSheet {
  readonly name: string;
  readonly role: string;
  readonly printArea?: string;
  readonly repeatRows?: readonly [number, number];
}

/**
 * Writes the sheets as one .xlsx into `sink`, sheet by sheet; `sheets` may be a generator that
 * lays each sheet out only when asked, so only one is alive at a time.
 * @throws WorkbookWriteError for an invalid or duplicate sheet name (before anything is final).
 * @example await streamSpecsPackage(plan.sheets(), (chunk) => file.write(chunk), { total: plan.sheetCount });
 */
export async function streamSpecsPackage(sheets: Iterable<SheetSpec>, sink: PackageSink, options: PackageOptions = {}): Promise<void> {
  // level 1: a third of level 6's deflate time for a file about 5% larger
  const level = options.level ?? 1;
  const mtime = options.created ?? new Date();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      pending.push(chunk);
      pendingBytes += chunk.length;
    }
  });
  // The zip hands over many small chunks; the sink gets them joined, a few hundred KB at a time.
  const flush = async (force: boolean) => {
    if (failure) throw failure;
    if (pendingBytes === 0 || (!force && pendingBytes < FLUSH_BYTES)) return;
    const joined = concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await sink(joined);
  };
  const addPart = (path: string, pieces: Iterable<string>) => {
    const deflate = options.deflate;
    if (!deflate) {
      const file = new ZipDeflate(path, { level });
      file.mtime = mtime;
      zip.add(file);
      for (const piece of pieces) if (piece.length) file.push(encoder.encode(piece));
      file.push(new Uint8Array(0), true);
      return;
    }
    // A zip entry fed already-deflated data: the zip reads crc and size when the last chunk comes.
    const file: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8, mtime };
    zip.add(file);
    for (const piece of pieces) {
      if (!piece.length) continue;
      const bytes = encoder.encode(piece);
      file.crc = deflate.crc32(bytes, file.crc);
      file.size += bytes.length;
      file.ondata!(null, deflate.piece(bytes) as Uint8Array<ArrayBuffer>, false);
    }
    file.ondata!(null, deflate.end as Uint8Array<ArrayBuffer>, true);
  };
  const styles = new StyleTable();
  const contentTypes: string[] = [];
  const written: WrittenSheet[] = [];
  const seenNames = new Set<string>();
  const tableNames = new Set<string>();
  let tableCount = 0;
  let chartCount = 0;
  let drawingCount = 0;

  for (const spec of sheets) {
    assertWritableName(spec.name, seenNames);
    const n = written.length + 1;
    const sheetPath = `xl/worksheets/sheet${n}.xml`;
    const sheetRels: string[] = [];
    const tableRelIds: string[] = [];
    for (const table of spec.tables ?? []) {
      const id = ++tableCount;
      const path = `xl/tables/table${id}.xml`;
      addPart(path, [tableXml(id, validTableName(table.name, tableNames), table)]);
      contentTypes.push(override(path, TABLE_CONTENT_TYPE));
      tableRelIds.push(`rIdTable${id}`);
      sheetRels.push(`<Relationship Id="rIdTable${id}" Type="${TABLE_REL_TYPE}" Target="../tables/table${id}.xml"/>`);
    }
    let drawingRelId: string | undefined;
    if (spec.charts?.length) {
      const charts = patchForSpec(spec).charts ?? [];
      const drawingPath = `xl/drawings/drawing${++drawingCount}.xml`;
      const relIds = charts.map((chart, i) => {
        const chartPath = `xl/charts/chart${++chartCount}.xml`;
        addPart(chartPath, [chartXml(spec.name, chart)]);
        contentTypes.push(override(chartPath, CHART_CONTENT_TYPE));
        return { id: `rId${i + 1}`, target: `../charts/chart${chartCount}.xml` };
      });
      addPart(drawingPath, [drawingXml(spec.charts, relIds.map((r) => r.id))]);
      addPart(relsPathOf(drawingPath), [relsXml(relIds.map((r) => `<Relationship Id="${r.id}" Type="${CHART_REL_TYPE}" Target="${r.target}"/>`))]);
      contentTypes.push(override(drawingPath, DRAWING_CONTENT_TYPE));
      drawingRelId = "rIdDrawing";
      sheetRels.push(`<Relationship Id="rIdDrawing" Type="${DRAWING_REL_TYPE}" Target="../drawings/drawing${drawingCount}.xml"/>`);
    }
    const refs: SheetReferences = { links: [], tableRelIds, ...(drawingRelId ? { drawingRelId } : {}) };
    addPart(sheetPath, sheetXmlPieces(spec, styles, refs, n === 1));
    for (const link of refs.links) {
      sheetRels.push(`<Relationship Id="${link.id}" Type="${OFFICE_REL}/hyperlink" Target="${escapeXml(xmlSafeText(link.target))}" TargetMode="External"/>`);
    }
    if (sheetRels.length) addPart(relsPathOf(sheetPath), [relsXml(sheetRels)]);
    contentTypes.push(override(sheetPath, `${CT}.worksheet+xml`));
    written.push({ name: spec.name, role: spec.role, ...(spec.print?.area ? { printArea: spec.print.area } : {}), ...(spec.print?.repeatRows ? { repeatRows: spec.print.repeatRows } : {}) });
    await flush(false);
    options.onProgress?.(written.length, options.total ?? written.length);
  }

  // A workbook without sheets does not open in Excel.
  if (written.length === 0) throw new WorkbookWriteError("ARDesk writer: a workbook needs at least one sheet");
  addPart("xl/styles.xml", [styles.xml()]);
  addPart("xl/workbook.xml", workbookXmlPieces(written));
  addPart("xl/_rels/workbook.xml.rels", [
    relsXml([
      ...written.map((_s, i) => `<Relationship Id="rIdSheet${i + 1}" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
      `<Relationship Id="rIdStyles" Type="${OFFICE_REL}/styles" Target="styles.xml"/>`,
    ]),
  ]);
  addPart("docProps/core.xml", [coreXml(mtime)]);
  addPart("docProps/app.xml", [
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>AR Desk</Application></Properties>`,
  ]);
  addPart("_rels/.rels", [
    relsXml([
      `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/>`,
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
      `<Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>`,
    ]),
  ]);
  addPart("[Content_Types].xml", [
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      override("xl/workbook.xml", `${CT}.sheet.main+xml`) +
      override("xl/styles.xml", `${CT}.styles+xml`) +
      override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
      override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
      contentTypes.join("") +
      "</Types>",
  ]);
  zip.end();
  await flush(true);
}

/**
 * The sheets as .xlsx bytes in memory (tests, small workbooks); the CLI streams to a file instead.
 * @example const bytes = await writeSpecsPackage([indexSpec, statementSpec]);
 */
export async function writeSpecsPackage(sheets: Iterable<SheetSpec>, options: PackageOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await streamSpecsPackage(sheets, (chunk) => void chunks.push(chunk), options);
  return concat(chunks, chunks.reduce((n, c) => n + c.length, 0));
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function override(path: string, type: string): string {
  return `<Override PartName="/${path}" ContentType="${type}"/>`;
}

/** workbook.xml: sheets, then markers and print names (per sheet: marker, print area, titles). */
function* workbookXmlPieces(sheets: readonly WrittenSheet[]): Generator<string> {
  yield `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>`;
  let piece = "";
  for (let i = 0; i < sheets.length; i++) {
    piece += `<sheet name="${escapeXml(sheets[i].name)}" sheetId="${i + 1}" r:id="rIdSheet${i + 1}"/>`;
    if (piece.length > 65536) {
      yield piece;
      piece = "";
    }
  }
  yield piece + "</sheets><definedNames>";
  piece = "";
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    piece += `<definedName name="${markerName(s.role, i + 1)}">${escapeXml(markerReference(s.name))}</definedName>`;
    if (s.printArea) piece += `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(absoluteArea(s.name, s.printArea))}</definedName>`;
    if (s.repeatRows) piece += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoteSheetName(s.name)}!$${s.repeatRows[0]}:$${s.repeatRows[1]}`)}</definedName>`;
    if (piece.length > 65536) {
      yield piece;
      piece = "";
    }
  }
  yield piece + '</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>';
}

function coreXml(created: Date): string {
  const iso = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>AR Desk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTFmt">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTFmt">${iso}</dcterms:modified></cp:coreProperties>`
  );
}
