/// <reference lib="es2021.weakref" />
/**
 * A session outlives its read (every job runs on one), so what it keeps is what a large ledger
 * costs in memory while the job runs. It keeps the ledger and each table's shape; the clerk's
 * cells must be free to go once the ledger is built.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { openLedger } from "../../src/flows/openLedger";
import type { LedgerSession } from "../../src/flows/session";
import type { SourceBlock } from "../../src/workbook/port";

v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

function ledgerBlocks(invoices: number): SourceBlock[] {
  const customers: SourceBlock = {
    sheet: "Customers", headerRow: 1, firstColumn: 1, headers: ["CustomerID", "Name", "Currency"],
    rows: [["C1", "Acme Ltd", "USD"], ["C2", "上海华瑞贸易有限公司", "CNY"]],
  };
  const rows = Array.from({ length: invoices }, (_, i) => [`INV-${i + 1}`, i % 2 ? "C2" : "C1", 46296 + (i % 60), 46326 + (i % 60), 100 + (i % 7)]);
  const sales: SourceBlock = { sheet: "Invoices", headerRow: 1, firstColumn: 1, headers: ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], rows };
  return [customers, sales];
}

/** Opens a session as a host does, and weak references to the rows it was read from. */
function openWatched(): { session: LedgerSession; rows: WeakRef<object>[] } {
  const blocks = ledgerBlocks(2_000);
  const rows = blocks.flatMap((block) => [new WeakRef(block.rows), new WeakRef(block.rows[0])]);
  return { session: openLedger({ blocks, generatedSheets: new Set() }), rows };
}

/** A weak reference's target is kept until the task that made it ends: look after the next one. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("what a session keeps", () => {
  it("lets the clerk's rows go once its ledger is built, and still knows how many there were", async () => {
    const { session, rows } = openWatched();
    await nextTask();
    collect();
    expect(rows.map((ref) => ref.deref() === undefined)).toEqual([true, true, true, true]);
    expect(session.ledger.invoices).toHaveLength(2_000);
    expect(session.detection.invoices?.block.rowCount).toBe(2_000);
  });
});
