import type { Flags } from "../flags";
import { loadSession } from "./load";
import { issueLine, issuesSummary, unreadLine } from "./format";
import { TABLE_KINDS, type TableDetection } from "../../workbook/schema";
import { columnLetters } from "../../workbook/a1";
import type { LedgerSession } from "../../flows/session";

/**
 * `ar-desk check`: the mapping it used (sheet, header row, each field's column, the columns it
 * ignored), what it inferred (currency, language, date order), then every data issue.
 * Exit 1 when any issue is an error; info notes (footer, blank rows) alone exit 0.
 */
export async function runCheck(file: string, flags: Flags): Promise<number> {
  const session = await loadSession(file, flags);
  const out: string[] = [...mappingLines(session)];
  const { ledger } = session;
  out.push(`${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ${ledger.payments.length} payments read.`);
  for (const issue of session.issues) out.push(issueLine(issue));
  out.push(issuesSummary(session.issues, { listedAbove: true }));
  const unread = unreadLine(ledger);
  if (unread) out.push(unread.replace(/: run 'ar-desk check' to see why\.$/, ": see the errors above."));
  process.stdout.write(out.join("\n") + "\n");
  return session.issues.some((i) => i.severity === "error") ? 1 : 0;
}

/** The tables found and how each field was mapped, then the inferred defaults. */
export function mappingLines(session: LedgerSession): string[] {
  const out: string[] = [];
  for (const kind of TABLE_KINDS) {
    const found: TableDetection | undefined = session.detection[kind];
    if (!found) {
      out.push(`${kind}: not found${kind === "payments" ? " (payments come from the invoice rows)" : kind === "customers" ? " (customers come from the invoice rows)" : ""}`);
      continue;
    }
    const where = found.block.tableName
      ? `table ${found.block.tableName} on sheet ${found.block.sheet}, header row ${found.block.headerRow}`
      : `sheet ${found.block.sheet}, header row ${found.block.headerRow}`;
    out.push(`${kind}: ${where} (by ${found.method}, confidence ${Math.round(found.confidence * 100)}%), ${found.block.rows.length} rows`);
    const fields = Object.entries(found.columns)
      .flatMap(([field, index]): [string, number][] => (index === undefined ? [] : [[field, index]]))
      .sort((a, b) => a[1] - b[1]);
    for (const [field, index] of fields) {
      out.push(`  ${field} ← ${columnLetters(found.block.firstColumn + index)} "${found.block.headers[index]}"`);
    }
    const fromTitles = kind === "invoices" && found.missing.length === 1 && found.missing[0] === "CustomerID";
    if (fromTitles) out.push("  no customer column: each row's customer comes from the group title row above it (or the sheet's name)");
    else if (found.missing.length > 0) out.push(`  missing required columns: ${found.missing.join(", ")}`);
    if (found.unmapped.length > 0) out.push(`  ignored columns: ${found.unmapped.map((h) => `"${h}"`).join(", ")}`);
    if (kind === "invoices") {
      const layout = (columns: object) => Object.keys(columns).sort().join(",");
      for (const more of session.detection.moreInvoices ?? []) {
        const same = layout(more.columns) === layout(found.columns);
        out.push(`invoices (${same ? "same layout" : "more"}): sheet ${more.block.sheet}, header row ${more.block.headerRow}, ${more.block.rows.length} rows`);
        // Another layout is read with its own columns: show them, as for the main list.
        if (!same) {
          for (const [field, index] of Object.entries(more.columns as Record<string, number>).sort((a, b) => a[1] - b[1])) {
            out.push(`  ${field} ← ${columnLetters(more.block.firstColumn + index)} "${more.block.headers[index]}"`);
          }
        }
      }
    }
  }
  const inferred = session.ledger.inferred;
  if (inferred) {
    const how = { setting: "from AR Settings", markers: "from the amounts' currency markers", headers: "Chinese headers", default: "default" } as const;
    out.push(`default currency: ${inferred.currency} (${how[inferred.currencySource]}; set ledger.defaultCurrency to change)`);
    out.push(`default language: ${inferred.language} (${inferred.languageSource === "setting" ? "from AR Settings" : "the headers' language"}; a Language column or a Chinese name decides per customer; set ledger.defaultLanguage to change)`);
    for (const [column, order] of Object.entries(inferred.dateOrders)) {
      out.push(`date order of ${column}: ${order}${order === "undecided" ? " (set --date-order mdy|dmy or ledger.dateOrder)" : ""}`);
    }
  }
  return out;
}
