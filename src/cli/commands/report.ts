import { isoOf } from "../../core/dates";
import { formatAmount } from "../../core/money";
import { asOfDay, localToday } from "../../flows/period";
import { reportJob } from "../../flows/report";
import type { ArSummary } from "../../workbook/layout";
import { nodeDeflate, streamSpecsPackage } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { guardOutput, writeFileAtomicStreaming } from "../safeWrite";
import { loadSession } from "./load";
import { asOfLines, exitCodeFor, issuesSummary, textTable, unreadLine } from "./format";

export async function runReport(file: string, flags: Flags): Promise<number> {
  const asOf = asOfDay(flags["as-of"], localToday());
  const out = flags.out;
  if (out !== undefined) await guardOutput(out, "workbook", { ledger: file, flag: "--out" });
  const session = await loadSession(file, flags);
  const run = reportJob(session, asOf);
  if (out !== undefined) {
    // the package writer, as statements: no ExcelJS model of 10,000 rows, zlib's native deflate
    await writeFileAtomicStreaming(out, (write) => streamSpecsPackage([run.sheet], write, { deflate: nodeDeflate() }));
    const unread = unreadLine(session.ledger);
    const empty = asOfLines(session.ledger, asOf).join("\n");
    process.stdout.write(`AR summary as of ${isoOf(asOf)} (${run.summary.rows.length} customer balances) written to ${out}\n${empty ? empty + "\n" : ""}${issuesSummary(session.issues)}\n${unread ? unread + "\n" : ""}`);
    return exitCodeFor(session.ledger);
  }
  const unread = unreadLine(session.ledger);
  const empty = asOfLines(session.ledger, asOf).join("\n");
  process.stdout.write(summaryText(run.summary) + "\n" + (empty ? empty + "\n" : "") + issuesSummary(session.issues) + "\n" + (unread ? unread + "\n" : ""));
  return exitCodeFor(session.ledger);
}

/** The summary as terminal text: one row per customer and currency, then totals per currency. */
export function summaryText(summary: ArSummary): string {
  const n = summary.labels.length;
  const header = ["CustomerID", "Customer", "Ccy", ...summary.labels, "Balance", "Overdue", "Limit", "Available", "Stage", "Grade"];
  const rows: string[][] = [header];
  const totals = new Map<string, { aging: number[]; balance: number; overdue: number }>();
  for (const r of summary.rows) {
    const limit = r.customer.creditLimit && r.customer.creditLimit.currency === r.currency ? r.customer.creditLimit.minor : undefined;
    const f = (m: number) => formatAmount(m, r.currency);
    rows.push([
      r.customer.id,
      r.customer.name.length > 28 ? r.customer.name.slice(0, 27) + "…" : r.customer.name,
      r.currency,
      ...r.aging.map(f),
      f(r.balance),
      f(r.overdue),
      limit === undefined ? "n/a" : f(limit),
      limit === undefined ? "n/a" : f(limit - r.balance),
      r.stage,
      summary.behaviour?.get(r.customer.id)?.grade ?? "n/a",
    ]);
    const t = totals.get(r.currency) ?? { aging: new Array(n).fill(0), balance: 0, overdue: 0 };
    r.aging.forEach((a, i) => (t.aging[i] += a));
    t.balance += r.balance;
    t.overdue += r.overdue;
    totals.set(r.currency, t);
  }
  const right = new Set<number>(Array.from({ length: n + 4 }, (_, i) => 3 + i));
  const totalRows: string[][] = [["Total", "", "Ccy", ...summary.labels, "Balance", "Overdue", "DSO", "", "", ""]];
  for (const [ccy, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    const dso = summary.dso?.[ccy];
    totalRows.push(["Total", "", ccy, ...t.aging.map((a) => formatAmount(a, ccy)), formatAmount(t.balance, ccy), formatAmount(t.overdue, ccy), dso === undefined ? "n/a" : String(Math.round(dso)), "", "", ""]);
  }
  return [`AR summary as of ${isoOf(summary.asOf)}`, "", textTable(rows, right), "", textTable(totalRows, right)].join("\n");
}
