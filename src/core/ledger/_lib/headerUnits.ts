/**
 * Money columns whose header states a unit: `应收金额（万元）`, `信用额度(千元)`, `Amount (in
 * thousands)`. A clerk's 12.3456 under 万元 is ¥123,456.00; read as ¥12.35 it would be wrong by a
 * factor of 10,000 and nothing would look odd. So such columns are read in whole units before
 * anything else sees them, and the reading says so. Private to the ledger.
 */
import type { CurrencyCode } from "../../model";
import { minorToNumber, parseAmount, shiftDecimal } from "../../money";
import type { RawCell, SourceBlock } from "../../source";
import type { MappedTable } from "../input";

/** Unit words in a header and the power of ten they multiply by; checked in this order. */
const UNITS: readonly (readonly [RegExp, number, string])[] = [
  [/亿元|[(（]\s*亿\s*[)）]/, 8, "亿元"],
  [/万元|[(（]\s*万\s*[)）]/, 4, "万元"],
  [/千元|[(（]\s*千\s*[)）]/, 3, "千元"],
  [/\bin\s+thousands\b|[(（]\s*'?000s?\s*[)）]|[(（]\s*k\s*[)）]/i, 3, "thousands"],
  [/\bin\s+millions\b|[(（]\s*m(?:n|m)?\s*[)）]/i, 6, "millions"],
];

/** The unit a header states, if any: its name as the header writes it and its power of ten. */
export function headerUnit(header: string): { unit: string; power: number } | undefined {
  const text = header.normalize("NFKC");
  for (const [pattern, power, unit] of UNITS) if (pattern.test(text)) return { unit, power };
  return undefined;
}

/** A money column read in whole units. */
export interface ScaledColumn {
  readonly column: string;
  readonly unit: string;
  readonly power: number;
}

/**
 * The table with its money columns (`fields`) in whole units where the header states a unit.
 * Number cells are shifted exactly (as the decimal they print as); text amounts are read in
 * `currency` and shifted; text that is not an amount is left for the reader to report.
 */
export function inWholeUnits<F extends string>(
  table: MappedTable<F>,
  fields: readonly F[],
  currency: CurrencyCode,
): { table: MappedTable<F>; scaled: ScaledColumn[] } {
  const { block } = table;
  const columns: { col: number; power: number }[] = [];
  const scaled: ScaledColumn[] = [];
  for (const field of fields) {
    const col = table.columns[field];
    if (col === undefined || col < 0) continue;
    const found = headerUnit(block.headers[col] ?? "");
    if (!found) continue;
    columns.push({ col, power: found.power });
    scaled.push({ column: block.headers[col], ...found });
  }
  if (columns.length === 0) return { table, scaled };
  const rows = block.rows.map((row) => {
    const copy = row.slice();
    for (const { col, power } of columns) copy[col] = scaleCell(copy[col], power, currency);
    return copy;
  });
  const scaledBlock: SourceBlock = { ...block, rows };
  return { table: { ...table, block: scaledBlock }, scaled };
}

function scaleCell(cell: RawCell, power: number, currency: CurrencyCode): RawCell {
  if (typeof cell === "number") return Number.isFinite(cell) ? Number(shiftDecimal(cell, power)) : cell;
  if (typeof cell !== "string" || cell.trim() === "") return cell;
  const read = parseAmount(cell, currency, power);
  return read.ok ? minorToNumber(read.minor, currency) : cell;
}
