/**
 * A large ledger built straight as SourceBlocks (what the xlsx reader or Office.js hands the
 * engine), so the engine benchmark measures the engine and not a file format. Seeded, and
 * linear (no per-row sorting or lookups). Dates are Excel serials, amounts 2-decimal numbers,
 * ids text, like cells read from a clerk's workbook.
 *
 * Payments: ~85% settle their invoice in full quoting it, ~7% pay part of it, ~8% are
 * remittances without an InvoiceNo (settled oldest-first); unpaid invoices stay open.
 */
import { serialFromDay } from "../../src/core/dates";
import type { LedgerInput } from "../../src/core/ledger";
import type { DayNumber } from "../../src/core/model";
import type { RawCell, SourceBlock } from "../../src/workbook/port";

export interface BlockLedgerSizes {
  readonly customers: number;
  readonly invoices: number;
  /** At most `invoices`: each payment pays one invoice (or is a remittance for its amount). */
  readonly payments: number;
  readonly asOf: DayNumber;
  readonly seed: number;
  /** Invoices are dated over this many days up to asOf. Default 420. */
  readonly historyDays?: number;
}

const DESCRIPTIONS = ["Consulting services", "Spare parts", "Maintenance contract", "Freight", "Licence renewal", "Installation"];
const METHODS = ["Bank transfer", "Cheque", "Card"];
const TERMS = [15, 30, 30, 30, 45, 60];

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function seeded(seed: number): () => number {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function block(sheet: string, headers: readonly string[], rows: RawCell[][]): SourceBlock {
  return { tableName: sheet, sheet, headerRow: 1, firstColumn: 1, headers, rows };
}

/** Column index of each header, as header detection would map canonical headers. */
function columnsOf<F extends string>(headers: readonly F[]): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  headers.forEach((header, i) => (columns[header] = i));
  return columns;
}

/**
 * @example
 * const { input } = blockLedger({ customers: 50_000, invoices: 1_000_000, payments: 800_000, asOf, seed: 1 });
 * buildLedger(input).invoices.length //=> 1000000
 */
export function blockLedger(sizes: BlockLedgerSizes): { input: LedgerInput } {
  const random = seeded(sizes.seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const history = sizes.historyDays ?? 420;
  const asOf = sizes.asOf as number;
  const firstDay = asOf - history;
  const idWidth = String(sizes.customers).length + 1;
  const invoiceWidth = Math.max(6, String(sizes.invoices).length);

  // Customers: ~20% Chinese-language CNY customers; ~20% without a credit limit.
  const customerIds: string[] = new Array(sizes.customers);
  const terms = new Int32Array(sizes.customers);
  const scale = new Float64Array(sizes.customers);
  const customerRows: RawCell[][] = new Array(sizes.customers);
  for (let c = 0; c < sizes.customers; c++) {
    const id = `C${String(c + 1).padStart(idWidth, "0")}`;
    const zh = random() < 0.2;
    customerIds[c] = id;
    terms[c] = TERMS[int(0, TERMS.length - 1)];
    scale[c] = (zh ? 7 : 1) * (200 + random() * 4000);
    const limit = random() < 0.2 ? null : Math.ceil((scale[c] * 8) / 1000) * 1000;
    customerRows[c] = [id, zh ? `客户 ${c + 1} 有限公司` : `Customer ${c + 1} Ltd`, `ap${c + 1}@example.com`, limit, terms[c], zh ? "CNY" : "USD", zh ? "zh" : "en"];
  }

  // Invoices, in date order; the payments are drawn from them by selection sampling (exact count).
  const invoiceRows: RawCell[][] = new Array(sizes.invoices);
  const payDay = new Int32Array(sizes.payments);
  const payInvoice = new Int32Array(sizes.payments);
  const payMinor = new Float64Array(sizes.payments);
  const payQuotes = new Uint8Array(sizes.payments);
  let paid = 0;
  for (let i = 0; i < sizes.invoices; i++) {
    const c = int(0, sizes.customers - 1);
    const day = firstDay + Math.floor((i * history) / sizes.invoices);
    const due = day + terms[c];
    const minor = Math.max(200, Math.round(scale[c] * (0.3 + random() * 2.2) * 100));
    const disputed = random() < 0.005 ? "Yes" : null;
    const invoiceNo = `INV-${String(i + 1).padStart(invoiceWidth, "0")}`;
    invoiceRows[i] = [invoiceNo, customerIds[c], serialFromDay(day as DayNumber), serialFromDay(due as DayNumber), minor / 100, null, disputed, DESCRIPTIONS[i % DESCRIPTIONS.length]];

    if (random() * (sizes.invoices - i) < sizes.payments - paid) {
      const target = due + int(-10, 30);
      const kind = random();
      payDay[paid] = target > asOf ? int(day, asOf) : Math.max(day, target);
      payInvoice[paid] = i;
      payMinor[paid] = kind < 0.07 ? Math.round(minor * (0.4 + random() * 0.4)) : minor;
      payQuotes[paid] = kind < 0.92 ? 1 : 0;
      paid++;
    }
  }

  // Payments in date order (counting sort by day: stable, linear).
  const days = history + 1;
  const starts = new Int32Array(days + 1);
  for (let p = 0; p < paid; p++) starts[payDay[p] - firstDay + 1]++;
  for (let d = 0; d < days; d++) starts[d + 1] += starts[d];
  const order = new Int32Array(paid);
  for (let p = 0; p < paid; p++) order[starts[payDay[p] - firstDay]++] = p;
  const paymentRows: RawCell[][] = new Array(paid);
  for (let k = 0; k < paid; k++) {
    const p = order[k];
    const invoice = invoiceRows[payInvoice[p]];
    paymentRows[k] = [serialFromDay(payDay[p] as DayNumber), invoice[1], payMinor[p] / 100, payQuotes[p] ? invoice[0] : null, `PAY-${k + 1}`, METHODS[k % METHODS.length]];
  }

  const customerHeaders = ["CustomerID", "Name", "Email", "CreditLimit", "TermsDays", "Currency", "Language"] as const;
  const invoiceHeaders = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Currency", "Disputed", "Description"] as const;
  const paymentHeaders = ["Date", "CustomerID", "Amount", "InvoiceNo", "Reference", "Method"] as const;
  return {
    input: {
      customers: { block: block("Customers", customerHeaders, customerRows), columns: columnsOf(customerHeaders) },
      invoices: { block: block("Invoices", invoiceHeaders, invoiceRows), columns: columnsOf(invoiceHeaders) },
      payments: { block: block("Payments", paymentHeaders, paymentRows), columns: columnsOf(paymentHeaders) },
    },
  };
}
