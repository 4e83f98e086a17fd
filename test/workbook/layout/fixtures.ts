/** Hand-built statements and settings for the layout tests (no engine involved). */
import { dayFromCivil } from "../../../src/core/dates/dayNumber";
import type { Customer, DayNumber } from "../../../src/core/model";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import type { Settings } from "../../../src/core/settings";
import type { OpenItemLine, Statement } from "../../../src/core/statements";
import type { CellSpec, SheetSpec, SpecValue } from "../../../src/workbook/spec";

export const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromCivil(y, m, d);
};

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: "C001",
    name: "Acme Ltd",
    email: "ap@acme.example",
    termsDays: 30,
    currency: "USD",
    language: "en",
    address: "1 Main St\nSpringfield",
    contact: "Jane Doe",
    source: { sheet: "Customers", row: 2 },
    ...overrides,
  };
}

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: { name: "Northwind Trading", addressLines: ["9 Harbour Rd", "Hong Kong"], email: "ar@northwind.example", phone: "+852 1234", taxId: "" },
  payment: { bank: "HSBC 123-456789-001\nSWIFT HSBCHKHH", alipay: "ar@northwind.example" },
};

export function openItem(overrides: Partial<OpenItemLine> = {}): OpenItemLine {
  return {
    kind: "open-item",
    invoiceNo: "INV-1",
    invoiceDate: day("2026-08-15"),
    dueDate: day("2026-09-14"),
    amount: 100000,
    open: 60000,
    daysOverdue: 47,
    ageDays: 77,
    stage: "Final notice",
    disputed: false,
    ...overrides,
  };
}

/** Balance-forward, USD: opening 500.00, invoice 1,000.00, payment 400.00, credit note 100.00 → closing 1,000.00. */
export function balanceForward(overrides: Partial<Statement> = {}): Statement {
  const items = [openItem(), openItem({ invoiceNo: "INV-2", invoiceDate: day("2026-10-05"), dueDate: day("2026-11-04"), amount: 100000, open: 100000, daysOverdue: -4, ageDays: 26, stage: "None" })];
  return {
    number: "ST-2026-10-C001",
    type: "balance-forward",
    customer: customer(),
    language: "en",
    currency: "USD",
    period: { start: day("2026-10-01"), end: day("2026-10-31"), label: "2026-10" },
    statementDate: day("2026-10-31"),
    lines: [
      { kind: "invoice", date: day("2026-10-05"), reference: "INV-2", dueDate: day("2026-11-04"), charges: 100000, credits: 0, balance: 150000 },
      { kind: "payment", date: day("2026-10-10"), reference: "PAY-77", charges: 0, credits: 40000, balance: 110000 },
      { kind: "credit-note", date: day("2026-10-12"), reference: "CN-3", charges: 0, credits: 10000, balance: 100000 },
    ],
    openItems: items,
    totals: { opening: 50000, invoiced: 100000, paid: 40000, credits: 10000, closing: 100000 },
    unapplied: 60000,
    totalDue: 100000,
    overdue: 60000,
    aging: { labels: ["Current", "1-30", "31-60", "61-90", "90+"], amounts: [100000, 0, 60000, 0, 0] },
    stage: "Final notice",
    discounts: [],
    confirmationSlip: false,
    notes: [],
    ...overrides,
  };
}

/** Open-item, CNY, Chinese, with the fallback note and the confirmation slip. */
export function openItemZh(overrides: Partial<Statement> = {}): Statement {
  const items = [
    openItem({ amount: 1000000, open: 800000 }),
    openItem({ invoiceNo: "INV-9", invoiceDate: day("2026-10-20"), dueDate: day("2026-11-19"), amount: 50000, open: 50000, daysOverdue: -19, ageDays: 11, stage: "None", disputed: false }),
  ];
  return {
    number: "ST-2026-10-C002",
    type: "open-item",
    customer: customer({ id: "C002", name: "上海某某贸易有限公司", currency: "CNY", language: "zh", address: "上海市浦东新区世纪大道100号", contact: "王经理", email: undefined }),
    language: "zh",
    currency: "CNY",
    period: { start: day("2026-10-01"), end: day("2026-10-31"), label: "2026-10" },
    statementDate: day("2026-10-31"),
    lines: items,
    openItems: items,
    unapplied: 0,
    totalDue: 850000,
    overdue: 800000,
    aging: { labels: ["Current", "1-30", "31-60", "61-90", "90+"], amounts: [50000, 0, 800000, 0, 0] },
    stage: "Final notice",
    discounts: [{ invoiceNo: "INV-9", lastDay: day("2026-10-30"), percent: "2", discount: 1000, payAmount: 49000 }],
    confirmationSlip: true,
    notes: [{ code: "open-item-fallback", text: "无付款日期：按未清项目列示" }],
    ...overrides,
  };
}

/** The cell at (row, col), or undefined. */
export function cellAt(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((cell) => cell.row === row && cell.col === col);
}

/** The first cell whose value equals `value`. */
export function find(spec: SheetSpec, value: SpecValue): CellSpec {
  const cell = spec.cells.find((c) => JSON.stringify(c.value) === JSON.stringify(value));
  if (!cell) throw new Error(`no cell with ${JSON.stringify(value)} in ${spec.name}`);
  return cell;
}

/** Values of a row from `fromCol` to `toCol`, null for empty cells. */
export function rowValues(spec: SheetSpec, row: number, fromCol: number, toCol: number): SpecValue[] {
  const out: SpecValue[] = [];
  for (let col = fromCol; col <= toCol; col++) out.push(cellAt(spec, row, col)?.value ?? null);
  return out;
}
