/**
 * A Paid column of checkboxes (a Google Sheets or Excel 365 tracker: TRUE / FALSE cells, or the
 * words typed): it says whether each invoice was paid, not how much. Read as an amount, every
 * TRUE would be "not an amount" and every invoice unpaid; read as a paid flag (the Status rule:
 * paid settles the invoice in full, unpaid leaves it open) it is what the clerk ticked.
 */
import type { RawCell, SourceBlock } from "../port";
import { finishMapping, type ColumnMatch, type HeaderMapping } from "./matchHeaders";

/** Rows looked at: enough to decide, few enough to cost nothing on a large ledger. */
const SCAN_ROWS = 400;

/** A checkbox's value as a cell holds it, or as typed (`TRUE`, `false`). */
const isTick = (cell: RawCell | undefined): boolean => typeof cell === "boolean" || (typeof cell === "string" && /^\s*(?:true|false)\s*$/i.test(cell));
const isBlank = (cell: RawCell | undefined): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * The mapping with its Paid column taken as the paid flag (Status) when every filled cell of it is
 * a checkbox value (TRUE / FALSE) and no Status column is mapped. Unchanged otherwise.
 */
export function paidFlagAsStatus(block: SourceBlock, mapping: HeaderMapping<"invoices">): HeaderMapping<"invoices"> {
  const m = mapping.matches as Record<string, ColumnMatch | undefined>;
  const paid = m.Paid;
  if (!paid || m.Status) return mapping;
  let ticks = 0;
  const end = Math.min(block.rows.length, SCAN_ROWS);
  for (let r = 0; r < end; r++) {
    const cell = block.rows[r][paid.index];
    if (isBlank(cell)) continue;
    if (!isTick(cell)) return mapping;
    ticks++;
  }
  if (ticks === 0) return mapping;
  const rest: Record<string, ColumnMatch | undefined> = { ...m, Status: paid };
  delete rest.Paid;
  return finishMapping("invoices", block.headers, rest as HeaderMapping<"invoices">["matches"]);
}
