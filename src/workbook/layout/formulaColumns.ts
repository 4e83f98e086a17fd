/**
 * Plans the AR.* formula columns AR Desk adds to the clerk's Excel tables on request (DESIGN §5):
 * which columns, under which names, with which structured-reference formulas. Pure: the Office.js
 * side (office/actions.ts) reads the tables' current headers and AR Desk's marks, calls
 * {@link planFormulaColumns}, and applies the plan.
 *
 * Rules:
 * - The clerk's header names come from detection (`DueDate` may be "Due", "到期日"…).
 * - Never over an existing column: a wanted name the table already has gets a suffix
 *   (`Aging (AR)`, `Aging (AR 2)`…); a column AR Desk added before is not added twice (skipped,
 *   "already added") and is referenced under its current name.
 * - Plain ranges cannot take calculated columns or structured references: their columns are
 *   skipped with the reason (Insert ▸ Table).
 * - Every added column is marked by a workbook name `_ARDeskCol_<n>` referring to `Table[Column]`,
 *   so removal deletes exactly AR Desk's columns, even after the clerk renamed one (Excel rewrites
 *   the name's reference). The prefix differs from the generated-sheet markers (`_ARDesk_…`,
 *   marker.ts), which the sheet writer treats as its own.
 */
import type { Language } from "../../core/model";

/** Prefix of the workbook names marking added formula columns. */
export const COLUMN_MARK_PREFIX = "_ARDeskCol_";

/** A table as the planner sees it. */
export interface FormulaTable {
  /** Excel table name; undefined = a plain range (no formula columns possible). */
  readonly tableName?: string;
  readonly sheet: string;
  /** Current header texts, left to right. */
  readonly headers: readonly string[];
  /** Canonical field → the clerk's header text (from detection). */
  readonly fields: Readonly<Record<string, string | undefined>>;
}

export interface FormulaColumnsInput {
  readonly invoices?: FormulaTable;
  readonly customers?: FormulaTable;
  readonly payments?: FormulaTable;
  /** Annual late-interest rate as a decimal ("0.08"); "0" or absent = no Late interest column. */
  readonly annualRate?: string;
  readonly graceDays?: number;
  /** Columns AR Desk added before (from the marks), by table. */
  readonly marked?: readonly { readonly table: string; readonly column: string }[];
  /** The pane's language: the names of the columns added (a column added before keeps its name). Default "en". */
  readonly language?: Language;
}

/**
 * The columns AR Desk adds, named in each language. A column added under either name is AR
 * Desk's (its mark says so) and is kept, not added again, when the pane's language changed since.
 */
export const FORMULA_COLUMN_NAMES = {
  openBalance: { en: "Open balance", zh: "未收金额" },
  daysOverdue: { en: "Days overdue", zh: "逾期天数" },
  aging: { en: "Aging", zh: "账龄" },
  stage: { en: "Stage", zh: "催款阶段" },
  lateInterest: { en: "Late interest", zh: "逾期利息" },
  creditAvailable: { en: "Credit available", zh: "可用额度" },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

type FormulaColumn = keyof typeof FORMULA_COLUMN_NAMES;

export interface PlannedColumn {
  readonly table: string;
  /** The name the column gets (the wanted name, or with a suffix when taken). */
  readonly column: string;
  /** The name AR Desk wanted (`Aging`). */
  readonly wanted: string;
  readonly formula: string;
}

export interface FormulaColumnsPlan {
  readonly add: readonly PlannedColumn[];
  readonly skipped: readonly SkippedColumn[];
}

/** A formula column not added, and why: `reason` in English, `reasonZh` for a pane in Chinese. */
export interface SkippedColumn {
  readonly table: string;
  readonly column: string;
  readonly reason: string;
  readonly reasonZh: string;
}

/** Why a formula column is not added, in both languages (the pane shows the clerk's). */
export const SKIP_REASONS = {
  alreadyAdded: { en: "already added by AR Desk", zh: "AR Desk 已添加过" },
  needsTable: { en: "formula columns need an Excel table: select the data and choose Insert ▸ Table", zh: "公式列需要 Excel 表：请选中数据并选择“插入 ▸ 表格”" },
  noDueDate: { en: "no due-date column in the table (AR Desk computes due dates from invoice date + terms)", zh: "表中没有到期日列（AR Desk 按开票日期加账期计算到期日）" },
  noAmount: { en: "no amount column", zh: "没有金额列" },
  noOpenBalance: { en: "no open balance", zh: "没有未收金额" },
  invoicesNotTable: { en: "the Invoices data is not an Excel table (Insert ▸ Table)", zh: "发票数据不是 Excel 表（插入 ▸ 表格）" },
  noCustomerId: { en: "no customer id column", zh: "没有客户编号列" },
  noInvoiceBalance: { en: "no open balance on the invoices", zh: "发票上没有未收金额" },
  noCreditLimit: { en: "no credit-limit column", zh: "没有信用额度列" },
  noInvoiceDueDate: { en: "no due-date column in the Invoices table", zh: "发票表中没有到期日列" },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

type SkipReason = keyof typeof SKIP_REASONS;

export const NEEDS_TABLE_REASON = SKIP_REASONS.needsTable.en;

function skippedColumn(table: string, column: string, why: SkipReason): SkippedColumn {
  return { table, column, reason: SKIP_REASONS[why].en, reasonZh: SKIP_REASONS[why].zh };
}

const SIMPLE = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Escapes `'`, `[`, `]` and `#` inside a structured-reference column name. */
function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

/**
 * This row's cell of a column.
 * @example thisRow("DueDate") //=> "[@DueDate]"
 * @example thisRow("Due date") //=> "[@[Due date]]"
 */
export function thisRow(column: string): string {
  return SIMPLE.test(column) ? `[@${column}]` : `[@[${escapeColumn(column)}]]`;
}

/**
 * A whole column of a table.
 * @example columnRef("Invoices", "Amount") //=> "Invoices[Amount]"
 * @example columnRef("Invoices", "Due date") //=> "Invoices[[Due date]]"
 */
export function columnRef(table: string, column: string): string {
  return SIMPLE.test(column) ? `${table}[${column}]` : `${table}[[${escapeColumn(column)}]]`;
}

/**
 * The (table, column) a mark refers to, or undefined when broken (#REF!) or not a column reference.
 * @example parseColumnMark("=Invoices[[Due date]]") //=> { table: "Invoices", column: "Due date" }
 */
export function parseColumnMark(formula: string): { table: string; column: string } | undefined {
  const ref = formula.trim().replace(/^=/, "");
  const m = /^([\p{L}_\\][\p{L}\p{N}_.]*)\[(.*)\]$/u.exec(ref);
  if (!m || ref.includes("#REF!")) return undefined;
  let inner = m[2];
  if (inner.startsWith("[") && inner.endsWith("]")) inner = inner.slice(1, -1);
  const column = inner.replace(/'(['#[\]])/g, "$1");
  return column === "" ? undefined : { table: m[1], column };
}

function rateText(rate: string | undefined): string | undefined {
  if (rate === undefined) return undefined;
  const n = Number(rate);
  return Number.isFinite(n) && n > 0 ? rate.trim() : undefined;
}

/** Plans the columns for one table; `want` lists (column, formula builder) in order. */
class TablePlanner {
  readonly add: PlannedColumn[] = [];
  readonly names = new Map<FormulaColumn, string>();
  private readonly taken: Set<string>;
  private readonly ours: Set<string>;

  constructor(
    readonly table: FormulaTable & { tableName: string },
    marked: readonly { table: string; column: string }[],
    private readonly skipped: SkippedColumn[],
    private readonly language: Language,
  ) {
    this.taken = new Set(table.headers.map((h) => h.toLowerCase()));
    this.ours = new Set(marked.filter((m) => m.table.toLowerCase() === table.tableName.toLowerCase()).map((m) => m.column.toLowerCase()));
  }

  /** The final name of a column this plan adds or AR Desk added before. */
  nameOf(column: FormulaColumn): string | undefined {
    return this.names.get(column);
  }

  want(column: FormulaColumn, formula: () => string | { skip: SkipReason }): void {
    const wanted: string = FORMULA_COLUMN_NAMES[column][this.language];
    // A column AR Desk added earlier under this name, in either language (or a suffixed one), is kept, not added twice.
    const names = Object.values(FORMULA_COLUMN_NAMES[column]).map((n) => n.toLowerCase());
    const existing = [...this.ours].find((c) => names.some((n) => c === n || c.startsWith(`${n} (ar`)));
    if (existing !== undefined) {
      const header = this.table.headers.find((h) => h.toLowerCase() === existing) ?? wanted;
      this.names.set(column, header);
      this.skipped.push(skippedColumn(this.table.tableName, header, "alreadyAdded"));
      return;
    }
    const built = formula();
    if (typeof built !== "string") {
      this.skipped.push(skippedColumn(this.table.tableName, wanted, built.skip));
      return;
    }
    let name: string = wanted;
    for (let i = 1; this.taken.has(name.toLowerCase()); i++) name = i === 1 ? `${wanted} (AR)` : `${wanted} (AR ${i})`;
    this.taken.add(name.toLowerCase());
    this.names.set(column, name);
    this.add.push({ table: this.table.tableName, column: name, wanted, formula: built });
  }
}

const isTable = (t: FormulaTable | undefined): t is FormulaTable & { tableName: string } => t?.tableName !== undefined;

/**
 * The columns to add to the Invoices and Customers tables.
 *
 * Invoices: Open balance (Amount − Paid, or − payments naming the invoice), Days overdue, Aging,
 * Stage, Late interest (only with a rate). Customers: Open balance (invoices − payments),
 * Credit available, Stage (of the oldest open invoice, on the customer's balance).
 *
 * @example
 * planFormulaColumns({ invoices: { tableName: "Invoices", sheet: "Invoices", headers: ["Inv", "Cust", "Due", "Total"],
 *   fields: { InvoiceNo: "Inv", CustomerID: "Cust", DueDate: "Due", Amount: "Total" } } }).add[2]
 * //=> { table: "Invoices", column: "Aging", wanted: "Aging", formula: "=AR.AGING([@Due])" }
 */
export function planFormulaColumns(input: FormulaColumnsInput): FormulaColumnsPlan {
  const skipped: SkippedColumn[] = [];
  const add: PlannedColumn[] = [];
  const marked = input.marked ?? [];
  const { invoices, customers, payments } = input;
  const language = input.language ?? "en";
  const named = (columns: readonly FormulaColumn[]) => columns.map((c) => FORMULA_COLUMN_NAMES[c][language]);

  let inv: TablePlanner | undefined;
  if (invoices && !isTable(invoices)) {
    for (const c of named(["openBalance", "daysOverdue", "aging", "stage"])) skipped.push(skippedColumn(invoices.sheet, c, "needsTable"));
  } else if (isTable(invoices)) {
    inv = new TablePlanner(invoices, marked, skipped, language);
    const f = invoices.fields;
    const amount = f.Amount;
    const due = f.DueDate;
    const noDue = { skip: "noDueDate" } as const;
    const p = isTable(payments) ? payments : undefined;
    inv.want("openBalance", () => {
      if (!amount) return { skip: "noAmount" };
      if (f.Paid) return `=${thisRow(amount)}-${thisRow(f.Paid)}`;
      if (p && p.fields.Amount && p.fields.InvoiceNo && f.InvoiceNo) {
        return `=${thisRow(amount)}-SUMIFS(${columnRef(p.tableName, p.fields.Amount)},${columnRef(p.tableName, p.fields.InvoiceNo)},${thisRow(f.InvoiceNo)})`;
      }
      return `=${thisRow(amount)}`;
    });
    const balance = inv.nameOf("openBalance");
    inv.want("daysOverdue", () => (due ? `=AR.DAYS_OVERDUE(${thisRow(due)})` : noDue));
    inv.want("aging", () => (due ? `=AR.AGING(${thisRow(due)})` : noDue));
    inv.want("stage", () => (!due ? noDue : balance ? `=AR.DUNNING_STAGE(${thisRow(due)},${thisRow(balance)})` : { skip: "noOpenBalance" }));
    const rate = rateText(input.annualRate);
    if (rate !== undefined) {
      const grace = input.graceDays && input.graceDays > 0 ? `,,${input.graceDays}` : "";
      inv.want("lateInterest", () => (!due ? noDue : balance ? `=AR.LATE_INTEREST(${thisRow(balance)},${thisRow(due)},${rate}${grace})` : { skip: "noOpenBalance" }));
    }
    add.push(...inv.add);
  }

  if (customers && !isTable(customers)) {
    for (const c of named(["openBalance", "creditAvailable", "stage"])) skipped.push(skippedColumn(customers.sheet, c, "needsTable"));
  } else if (isTable(customers)) {
    const cust = new TablePlanner(customers, marked, skipped, language);
    const id = customers.fields.CustomerID;
    const i = isTable(invoices) ? invoices : undefined;
    const invBalance = inv?.nameOf("openBalance");
    const needsInvoices = { skip: "invoicesNotTable" } as const;
    const p = isTable(payments) ? payments : undefined;
    cust.want("openBalance", () => {
      if (!i) return needsInvoices;
      if (!id || !i.fields.CustomerID) return { skip: "noCustomerId" };
      const invCust = columnRef(i.tableName, i.fields.CustomerID);
      if (!i.fields.Paid && p && p.fields.Amount && p.fields.CustomerID && i.fields.Amount) {
        // Exact per customer even for payments not naming an invoice: invoiced − paid.
        return `=SUMIFS(${columnRef(i.tableName, i.fields.Amount)},${invCust},${thisRow(id)})-SUMIFS(${columnRef(p.tableName, p.fields.Amount)},${columnRef(p.tableName, p.fields.CustomerID)},${thisRow(id)})`;
      }
      if (!invBalance) return { skip: "noInvoiceBalance" };
      return `=SUMIFS(${columnRef(i.tableName, invBalance)},${invCust},${thisRow(id)})`;
    });
    const balance = cust.nameOf("openBalance");
    cust.want("creditAvailable", () => {
      const limit = customers.fields.CreditLimit;
      if (!limit) return { skip: "noCreditLimit" };
      if (!balance) return { skip: "noOpenBalance" };
      // No limit set = not applicable: an empty cell, not zero and not "unlimited".
      return `=IF(${thisRow(limit)}="","",AR.CREDIT_AVAILABLE(${thisRow(limit)},${thisRow(balance)}))`;
    });
    cust.want("stage", () => {
      if (!i) return needsInvoices;
      const due = i.fields.DueDate;
      if (!due) return { skip: "noInvoiceDueDate" };
      if (!id || !i.fields.CustomerID || !balance || !invBalance) return { skip: "noOpenBalance" };
      const invCust = columnRef(i.tableName, i.fields.CustomerID);
      const open = columnRef(i.tableName, invBalance);
      // The customer's stage follows its oldest open invoice, on the customer's balance.
      return `=IF(COUNTIFS(${invCust},${thisRow(id)},${open},">0")=0,"None",AR.DUNNING_STAGE(MINIFS(${columnRef(i.tableName, due)},${invCust},${thisRow(id)},${open},">0"),${thisRow(balance)}))`;
    });
    add.push(...cust.add);
  }
  return { add, skipped };
}

/** The next free mark number after the marks present. */
export function nextColumnMark(names: readonly string[]): number {
  let max = 0;
  for (const n of names) {
    if (n.startsWith(COLUMN_MARK_PREFIX)) {
      const k = Number(n.slice(COLUMN_MARK_PREFIX.length));
      if (Number.isInteger(k)) max = Math.max(max, k);
    }
  }
  return max + 1;
}
