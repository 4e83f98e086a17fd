import type { Flags } from "../main";
import { loadSession } from "./load";
import { issueLine, issuesSummary } from "./format";
import { TABLE_KINDS } from "../../workbook/schema";

export async function runCheck(file: string | undefined, flags: Flags): Promise<number> {
  const session = await loadSession(file!, flags);
  const out: string[] = [];
  for (const kind of TABLE_KINDS) {
    const found = session.detection[kind];
    if (!found) {
      out.push(`${kind}: not found${kind === "payments" ? " (payments come from the Paid column)" : ""}`);
      continue;
    }
    const where = found.block.tableName ? `table ${found.block.tableName} on sheet ${found.block.sheet}` : `sheet ${found.block.sheet}, header row ${found.block.headerRow}`;
    out.push(`${kind}: ${where} (by ${found.method}, confidence ${Math.round(found.confidence * 100)}%), ${found.block.rows.length} rows`);
    if (found.missing.length > 0) out.push(`  missing required columns: ${found.missing.join(", ")}`);
  }
  const { ledger } = session;
  out.push(`${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ${ledger.payments.length} payments read.`);
  for (const issue of session.issues) out.push(issueLine(issue));
  out.push(issuesSummary(session.issues).replace(/: see .*$/, "."));
  process.stdout.write(out.join("\n") + "\n");
  return session.issues.some((i) => i.severity === "error") ? 1 : 0;
}
