/**
 * Workbook-wide defaults a ledger implies when AR Settings is silent (DESIGN §2): the currency
 * (the markers most used in the amounts, else CNY for Chinese headers, else USD), the language
 * (of the headers), and the one text-date order its deciding columns agree on. Private.
 */
import type { CurrencyCode, InferenceSource, Language } from "../../model";
import { amountMarker, normalizeCurrency } from "../../money";
import type { LedgerInput } from "../input";
import { hasCjk } from "./customerKey";
import { DateOrderScans } from "./dateOrder";

/** Markers scanned per amount column: enough to decide, bounded for a million rows. */
const SCAN_LIMIT = 5000;

export function headerLanguage(input: LedgerInput): Language {
  const headers = [...input.invoices.block.headers, ...(input.customers?.block.headers ?? [])];
  return headers.some(hasCjk) ? "zh" : "en";
}

export function inferCurrency(input: LedgerInput, setting: string | undefined): { code: CurrencyCode; source: InferenceSource } | undefined {
  if (setting !== undefined) {
    const code = normalizeCurrency(setting);
    return code === undefined ? undefined : { code, source: "setting" };
  }
  const counts = new Map<CurrencyCode, number>();
  const { block, columns } = input.invoices;
  for (const col of [columns.Amount, columns.OpenBalance, columns.Paid]) {
    if (col === undefined) continue;
    const rows = block.rows;
    for (let i = 0, n = Math.min(rows.length, SCAN_LIMIT); i < n; i++) {
      const marker = amountMarker(rows[i][col]);
      if (marker) counts.set(marker.currency, (counts.get(marker.currency) ?? 0) + 1);
    }
  }
  if (counts.size > 0) {
    const [code] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return { code, source: "markers" };
  }
  return headerLanguage(input) === "zh" ? { code: "CNY", source: "headers" } : { code: "USD", source: "default" };
}

/**
 * The order every deciding date column agrees on; undefined when none decides or they disagree.
 * `scans` keeps what it finds for the readers (they ask for the same columns).
 */
export function workbookDateOrder(input: LedgerInput, scans = new DateOrderScans()): "mdy" | "dmy" | undefined {
  const found = new Set<"mdy" | "dmy">();
  const inv = input.invoices;
  const cols = [inv.columns.InvoiceDate ?? -1, inv.columns.DueDate ?? -1, inv.columns.PaidDate ?? -1];
  for (const order of scans.orders(inv.block.rows, cols)) {
    if (order.kind === "decided") found.add(order.order);
    if (order.kind === "both") return undefined;
  }
  if (input.payments) {
    const [order] = scans.orders(input.payments.block.rows, [input.payments.columns.Date ?? -1]);
    if (order.kind === "decided") found.add(order.order);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
