/**
 * Writes SheetSpecs into a new .xlsx with ExcelJS's streaming WorkbookWriter (Node only): each
 * row is committed as soon as it is written. `ar-desk statements`, `report` and the reminders list
 * and dunning log use the faster package writer (package/writePackage.ts), which needs no ExcelJS
 * at all; the printable letters and writeWorkbookFile (xlsx/node.ts) still use this.
 * The streaming writer has no tables; those, internal links, print names and markers come from
 * the shared package patch.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import type { SheetSpec } from "../../spec";
import { applySheetSpec, worksheetOptions } from "./applySpec";
import { patchPackage } from "./packagePatch";
import { patchForSpec } from "./sheetPatches";
import { assertWritableNames, type WriteOptions } from "./writeWorkbook";

/**
 * A new workbook holding the specs, as .xlsx bytes, written by the streaming writer.
 * @example await fs.promises.writeFile(out, await writeSpecsStreaming(specs, { onProgress }));
 */
export async function writeSpecsStreaming(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  assertWritableNames(specs);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
    // the patch re-zips the package; deflating twice would only cost time
    zip: { zlib: { level: 0 } },
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  wb.creator = "AR Desk";
  if (options.created) {
    wb.created = options.created;
    wb.modified = options.created;
  }
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const ws = wb.addWorksheet(spec.name, worksheetOptions(spec));
    applySheetSpec(ws as unknown as Parameters<typeof applySheetSpec>[0], spec, (row) => row.commit());
    ws.commit();
    options.onProgress?.(i + 1, specs.length);
  }
  await wb.commit();
  await finished;
  return patchPackage(new Uint8Array(Buffer.concat(chunks)), specs.map((s) => patchForSpec(s)));
}
