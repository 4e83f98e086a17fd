/**
 * Statements of one kind look alike: same rows, same fonts, fills, borders and number formats,
 * only the values differ. A sheet whose format writes (the number formats of its value blocks,
 * its setCellProperties blocks and format copies) are exactly an earlier sheet's of the same
 * write gets them with one `Range.copyFrom("'Earlier sheet'!A1:H29", "Formats")` (ExcelApi 1.9;
 * the source may be on another sheet of the workbook) and its values alone: ~1 KB of request
 * instead of ~6 KB of formats.
 *
 * Excel pastes formats only between unmerged cells here: the fake (test/fakes/excel) refuses a
 * copy from or onto merged cells rather than guess what the paste does with them. So each sheet
 * that others copy from has its merges queued after every sheet of the write (its cells' formats
 * do not depend on them), and a copying sheet merges its own cells after its copy, as before.
 * Sheets with tables or charts (whose looks Excel draws from their own styles) are not shared.
 */
import { quoteSheetName } from "../marker";
import { type Rect, parseAddress, rectAddress } from "./a1";
import { type PlannedOp, estimateBytes } from "./plan";
import type { WriteOp } from "./writeOps";

/** One sheet's planned writes (plan.ts's planSheet) and the name it is written under. */
export interface PlannedSheet {
  readonly name: string;
  readonly ops: readonly PlannedOp[];
}

/** A planned write and the index of the sheet it goes to. */
export interface SheetOp {
  readonly sheet: number;
  readonly planned: PlannedOp;
}

/**
 * All sheets' writes in the order to queue them: sheet by sheet, a sheet whose format writes
 * match an earlier one's formatted by a copy from it, the merges of copied-from sheets last.
 * @example shareFormats([a, aAgain]).map((o) => o.planned.op.kind)
 * //=> ["cells", "cellProperties", "copyFormats", "cells", "merge", "merge"]  (a's merge deferred)
 */
export function shareFormats(sheets: readonly PlannedSheet[]): SheetOp[] {
  const looks = sheets.map((s) => formatLook(s.ops));
  const firstOf = new Map<string, number>();
  const sourceOf = looks.map((look, i) => {
    if (!look) return undefined;
    const first = firstOf.get(look.key);
    if (first === undefined) firstOf.set(look.key, i);
    return first;
  });
  const copiedFrom = new Set(sourceOf.filter((s): s is number => s !== undefined));

  const out: SheetOp[] = [];
  const deferred: SheetOp[] = [];
  sheets.forEach((sheet, i) => {
    const source = sourceOf[i];
    if (source !== undefined) {
      const rect = rectAddress(looks[i]!.rect);
      out.push(planned(i, { kind: "copyFormats", address: rect, source: `${quoteSheetName(sheets[source].name)}!${rect}` }));
      for (const { op } of sheet.ops) {
        if (op.kind === "cellProperties" || op.kind === "copyFormats") continue;
        out.push(op.kind === "cells" ? planned(i, { kind: "cells", address: op.address, values: op.values }) : planned(i, op));
      }
      return;
    }
    for (const p of sheet.ops) (copiedFrom.has(i) && p.op.kind === "merge" ? deferred : out).push({ sheet: i, planned: p });
  });
  return [...out, ...deferred];
}

function planned(sheet: number, op: WriteOp): SheetOp {
  return { sheet, planned: { op, bytes: estimateBytes(op) } };
}

/**
 * What decides a sheet's cell formats, as a comparable key, and the rectangle it covers;
 * undefined when the sheet is not shared (nothing formatted, a table or a chart).
 */
function formatLook(ops: readonly PlannedOp[]): { key: string; rect: Rect } | undefined {
  const parts: unknown[] = [];
  let rect: Rect | undefined;
  const cover = (address: string) => {
    const r = parseAddress(address).rect;
    rect = rect
      ? { top: Math.min(rect.top, r.top), left: Math.min(rect.left, r.left), bottom: Math.max(rect.bottom, r.bottom), right: Math.max(rect.right, r.right) }
      : r;
  };
  for (const { op } of ops) {
    switch (op.kind) {
      case "table":
      case "chart":
        return undefined;
      case "cells":
        cover(op.address);
        parts.push([op.address, op.numberFormat ?? null]);
        break;
      case "cellProperties":
        cover(op.address);
        parts.push([op.address, op.properties]);
        break;
      case "copyFormats":
        cover(op.address);
        cover(op.source);
        parts.push([op.address, op.source]);
        break;
      case "link":
        // Where Excel gives a link cell the Hyperlink style, both sheets have it on the same cell.
        parts.push(["link", op.address]);
        break;
    }
  }
  return rect ? { key: JSON.stringify(parts), rect } : undefined;
}
