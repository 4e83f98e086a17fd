import { isoOf } from "../../core/dates";
import { formatAmount } from "../../core/money";
import { customerNumber } from "../../core/customerNumber";
import { asOfDay, localToday } from "../../flows/period";
import { issuesToday } from "../../flows/farAhead";
import { reportJob } from "../../flows/report";
import type { ArSummary } from "../../workbook/layout";
import { nodeDeflate, streamSpecsPackage } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { guardOutput, writeFileAtomicStreaming } from "../safeWrite";
import { loadSession } from "./load";
import { asOfLines, cutToWidth, exitCodeFor, issuesSummary, textTable, unreadLine } from "./format";
import { cliText, type CliText } from "../i18n";
import { agingLabel, notApplicable, stageLabel } from "../../workbook/layout";

export async function runReport(file: string, flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const today = localToday();
  const asOf = asOfDay(flags["as-of"], today);
  const out = flags.out;
  const guard = { ledger: file, flag: "--out" };
  if (out !== undefined) await guardOutput(out, "workbook", guard);
  const session = await loadSession(file, flags, t);
  // The sheet speaks the run's language, as the terminal table does (the ledger's is for statements).
  const run = reportJob(session, asOf, { language: t.language });
  // What the issues line counts: the session's issues and invoices dated more than a year after today (as \`check\` lists them).
  const issues = issuesToday(session, today);
  if (out !== undefined) {
    // the package writer, as statements: no ExcelJS model of 10,000 rows, zlib's native deflate
    await writeFileAtomicStreaming(out, (write) => streamSpecsPackage([run.sheet], write, { deflate: nodeDeflate() }), { kind: "workbook", guard });
    const unread = unreadLine(session.ledger, t);
    const empty = asOfLines(session.ledger, asOf, t).join("\n");
    process.stdout.write(`${t("report.written", { asOf: isoOf(asOf), count: run.summary.rows.length, file: out })}\n${empty ? empty + "\n" : ""}${issuesSummary(issues, t)}\n${unread ? unread + "\n" : ""}`);
    return exitCodeFor(session.ledger);
  }
  const unread = unreadLine(session.ledger, t);
  const empty = asOfLines(session.ledger, asOf, t).join("\n");
  process.stdout.write(summaryText(run.summary, t) + "\n" + (empty ? empty + "\n" : "") + issuesSummary(issues, t) + "\n" + (unread ? unread + "\n" : ""));
  return exitCodeFor(session.ledger);
}

/** The widest a customer name runs in the table, in terminal columns (a Chinese character takes two). */
const NAME_COLUMNS = 28;

/** The summary as terminal text: one row per customer and currency, then totals per currency. */
export function summaryText(summary: ArSummary, t: CliText): string {
  const n = summary.labels.length;
  const na = notApplicable(t.language);
  const labels = summary.labels.map((label) => agingLabel(label, t.language));
  const header = [t("report.customerId"), t("report.customer"), t("report.currency"), ...labels, t("report.balance"), t("report.overdue"), t("report.limit"), t("report.available"), t("report.stage"), t("report.grade")];
  const rows: string[][] = [header];
  const totals = new Map<string, { aging: number[]; balance: number; overdue: number }>();
  // most aging buckets are empty: a currency's zero is formatted once
  const zeros = new Map<string, string>();
  for (const r of summary.rows) {
    const limit = r.customer.creditLimit && r.customer.creditLimit.currency === r.currency ? r.customer.creditLimit.minor : undefined;
    let zero = zeros.get(r.currency);
    if (zero === undefined) zeros.set(r.currency, (zero = formatAmount(0, r.currency)));
    const f = (m: number) => (m === 0 ? zero! : formatAmount(m, r.currency));
    rows.push([
      customerNumber(r.customer) ?? "",
      cutToWidth(r.customer.name, NAME_COLUMNS),
      r.currency,
      ...r.aging.map(f),
      f(r.balance),
      f(r.overdue),
      limit === undefined ? na : f(limit),
      limit === undefined ? na : f(limit - r.balance),
      stageLabel(r.stage, t.language),
      summary.behaviour?.get(r.customer.id)?.grade ?? na,
    ]);
    const sum = totals.get(r.currency) ?? { aging: new Array(n).fill(0), balance: 0, overdue: 0 };
    r.aging.forEach((a, i) => (sum.aging[i] += a));
    sum.balance += r.balance;
    sum.overdue += r.overdue;
    totals.set(r.currency, sum);
  }
  const right = new Set<number>(Array.from({ length: n + 4 }, (_, i) => 3 + i));
  const total = t("report.total");
  const totalRows: string[][] = [[total, "", t("report.currency"), ...labels, t("report.balance"), t("report.overdue"), t("report.dso"), "", "", ""]];
  for (const [ccy, sum] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    const dso = summary.dso?.[ccy];
    totalRows.push([total, "", ccy, ...sum.aging.map((a) => formatAmount(a, ccy)), formatAmount(sum.balance, ccy), formatAmount(sum.overdue, ccy), dso === undefined ? na : String(Math.round(dso)), "", "", ""]);
  }
  return [t("report.title", { asOf: isoOf(summary.asOf) }), "", textTable(rows, right), "", textTable(totalRows, right)].join("\n");
}
