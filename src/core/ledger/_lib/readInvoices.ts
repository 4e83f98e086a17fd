/**
 * The Invoices table → the recorded invoice columns (and the payments its rows carry). One linear pass; the hot
 * path of a large ledger. Reads every shape of DESIGN §2 "Ledgers as clerks keep them": one-sheet
 * ledgers (customers from the rows), open-balance columns, paid dates, transaction types, terms
 * text, footer / note / group-title rows. Private.
 */
import type { CurrencyCode, Customer, DayNumber, Money } from "../../model";
import type { RawCell } from "../../source";
// The hot ones from their modules: the money index re-exports through getters, called per use in the CommonJS build.
import { amountMarker, parseAmount } from "../../money/parseAmount";
import { markerFitsCurrency } from "../../money/currency";
import { money } from "../../money/money";
import { amountOrReason, dayOrReason, isNoMoney } from "./readCell";
import { isoOf } from "../../dates";
import { INVOICE_FIELDS } from "../fields";
import type { InvoiceField } from "../fields";
import type { MappedTable } from "../input";
import { cellText, isBlankCell } from "./cells";
import { addCustomer, at, findCustomerAt, readCurrency, resolveColumns, zeroOf, type BuildContext, type CurrencyRead } from "./context";
import { TableIssues } from "./issues";
import type { InvoicesByNo } from "./invoicesByNo";
import type { ColumnRecorder } from "./columnRecorder";
import { looksLikeEmail, readLanguage, readYesNo } from "./values";
import { hasCjk } from "./customerKey";
import { customerLine, customerNoAndName, groupName, isFooterText, isPeriodTotal, rowKind } from "./rowKinds";
import { isSideHeader } from "./sideColumn";
import { normalizeHeader } from "../../text";
import { lostDigits } from "./lostDigits";
import { summaryIsRowType } from "./summaryKinds";
import { namesAlike } from "./namesAlike";
import type { MonthCarry } from "./monthSheets";
import { dueUnder, readTerms, type Terms } from "./terms";
import { orderFor } from "./dateOrder";
import type { ColumnOrder } from "./dateOrder";
import { issueReason, type IssueCode, type IssueParams } from "../issueTexts";
import { RunningBalances } from "./runningBalance";
import { formatAmount } from "../../money/format";
import { carryRowKind, isCreditDirection, openingLabel } from "./carryRows";
import { ClearedTally, clearedMark } from "./clearedMarks";
import { holdsRowSequence, numbersRowsByPlace, paidReadAsCredit, rowDocumentNo } from "../rowSequence";
import { unlabelledTotal } from "./unlabelledTotal";
import { isTotalLabel, totalLabel, totalNames } from "./totalWords";
import { bucketOpen, bucketOpenColumns, spreadBucketColumns } from "./bucketOpen";
import { LabelledTotals } from "./labelledTotal";
import { unreadSettlementColumns } from "./unreadSettlement";
import { LookAhead } from "./lookAhead";
import { dateFromDue } from "./datedFromDue";
import { isDitto } from "./dittoMark";
import { isHeadingTotal } from "./headingTotal";
import { NestedPayments } from "./nestedPayments";

/** What the Invoices table gave (its invoices and payments are in the recorded columns). */
export interface InvoicesRead {
  /** How many invoices were kept. */
  readonly invoiceCount: number;
  /** How many payments the rows carried: payment rows, and paid amounts with a paid date. */
  readonly paymentCount: number;
  /** True when the rows gave dated payments (paid dates or payment rows). */
  readonly dated: boolean;
  /** True when an open-balance column was read. */
  readonly openBalances: boolean;
  /** Date order used per column, for `check`. */
  readonly dateOrders: Record<string, string>;
  /** Customers (by number) whose rows were dated from their due dates (the table has no invoice date). */
  readonly datedFromDue?: ReadonlySet<number>;
  /** True when the table has no number column: its documents are numbered by their rows. */
  readonly numberedByRow?: boolean;
  /** Last month's balances carried onto this month's sheet, and each customer's running balance at its end. */
  readonly carries?: readonly MonthCarry[];
  readonly running?: RunningBalances;
  /** True when the table has a running 余额 column, so `running` closes on its stated balances. */
  readonly runningChecked?: boolean;
}

type RowType = "invoice" | "credit" | "payment" | "other";


// Sage 50 prints two-letter codes: SI sales invoice, SC sales credit, SD discount, SR sales
// receipt, SA payment on account. A side column (DATEV `S/H` Soll/Haben, `Dr/Cr`, 借/贷) marks an
// unsigned amount as owed (S, Dr, 借) or credited (H, Cr, 贷); a lone letter is a side only there.
const CREDIT_TYPE = /credit|cr\s*memo|^s[cd]$|^(?:haben|cr|贷)$|gutschrift|storno|avoir|贷项|红字|红冲|冲销|退货|折让|贷方/i;
const PAYMENT_TYPE = /payment|receipt|receive|deposit|^s[ra]$|zahlung|r[eè]glement|paiement|encaissement|收款|回款|到账|付款/i;
const INVOICE_TYPE = /invoice|^inv$|^si$|^(?:soll|dr|借)$|rechnung|facture|bill|sale|debit|charge|发票|销售|借项|蓝字/i;
const SIDE_CREDIT_LETTER = /^[hc]$/i;
const SIDE_DEBIT_LETTER = /^[sd]$/i;

/**
 * Invoice / Credit Memo / Payment, 发票 / 红字发票 / 收款. `sideLetters`: the column is a side
 * column (see sideColumn.ts), so `S` / `D` are owed and `H` / `C` credited.
 */
export function rowType(text: string, sideLetters = false): RowType {
  if (text === "") return "invoice";
  if (sideLetters && SIDE_CREDIT_LETTER.test(text)) return "credit";
  if (sideLetters && SIDE_DEBIT_LETTER.test(text)) return "invoice";
  if (CREDIT_TYPE.test(text)) return "credit";
  if (PAYMENT_TYPE.test(text)) return "payment";
  if (INVOICE_TYPE.test(text)) return "invoice";
  return "other";
}

/** The date order of each date column, with one issue for a column that holds both orders. */
function dateColumns(
  table: MappedTable<InvoiceField>,
  c: Record<InvoiceField, number>,
  context: BuildContext,
  issues: TableIssues,
): { orders: Record<"InvoiceDate" | "DueDate" | "PaidDate", "mdy" | "dmy" | undefined>; shown: Record<string, string> } {
  const fields = ["InvoiceDate", "DueDate", "PaidDate"] as const;
  const orders = {} as Record<(typeof fields)[number], "mdy" | "dmy" | undefined>;
  const shown: Record<string, string> = {};
  const foundOrders = context.dateScans.orders(table.block.rows, fields.map((field) => c[field]));
  for (const [k, field] of fields.entries()) {
    const col = c[field];
    const found: ColumnOrder = foundOrders[k];
    orders[field] = orderFor(found, context.workbookDateOrder, context.dateOrder);
    if (found.kind === "none") continue;
    const header = table.block.headers[col];
    // Codes, worded by each host in its language: "dmy" from the values, "option-dmy" from the option or setting.
    shown[header] = found.kind === "decided" ? found.order : orders[field] ? `option-${orders[field]}` : "undecided";
    if (found.kind === "both") {
      issues.tableCoded(orders[field] ? "warning" : "error", header, "mixedDateOrder",
        { dmyRow: issues.rowOf(found.dmyIndex), mdyRow: issues.rowOf(found.mdyIndex), ...(orders[field] ? { used: orders[field]! } : {}) });
    }
  }
  return { orders, shown };
}

/**
 * Reads the invoice rows. `hasPaymentsTable` makes the Paid column and paid dates ignored
 * (payments come from there). `byNo` receives each kept invoice under its customer and InvoiceNo:
 * it finds duplicates here and is reused by readPayments.
 */
export function readInvoices(
  table: MappedTable<InvoiceField>,
  context: BuildContext,
  hasPaymentsTable: boolean,
  byNo: InvoicesByNo,
  sheetIsCustomer = false,
  /** Last month's sheet, when this sheet is a month's and that one is read too: its 上月结转 lines carry, never add. */
  carriesFrom?: string,
): InvoicesRead {
  const { block } = table;
  const issues = new TableIssues(block, context.issues);
  const columns = context.columns;
  columns.sheet(block.sheet);
  // Where this table's invoices and payments start among the ledger's (recorded columns are ledger-wide).
  const firstPosition = columns.invoiceCount;
  const firstPayment = columns.paymentCount;
  // No document-number column (a hand-kept 台账: 日期 | 客户 | 摘要 | 借方 | 贷方): each row is numbered by its place, said once.
  const byPlace = numbersRowsByPlace((field) => table.columns[field] !== undefined);
  const c = resolveColumns(block, table.columns, INVOICE_FIELDS, issues, byPlace ? ["CustomerID", "InvoiceNo"] : ["CustomerID"]);
  if (c === undefined) {
    context.unread.addRows(block.rows, table.columns.Amount ?? table.columns.OpenBalance ?? -1, context.defaultCurrency);
    return { invoiceCount: 0, paymentCount: 0, dated: false, openBalances: false, dateOrders: {} };
  }
  if (byPlace) {
    // A 已收 / Paid is then read as a credit column (the rule and its why: rowSequence.ts).
    if (paidReadAsCredit((field) => table.columns[field] !== undefined, hasPaymentsTable)) {
      c.Credit = c.Paid;
      c.Paid = -1;
    }
    issues.tableCoded("info", undefined, "invoiceNoFromRow", { example: rowDocumentNo(issues.rowOf(0), context.defaultLanguage, sheetIsCustomer ? block.sheet : undefined) });
  }
  // A 摘要 saying only 开票 / 回款 / 收款 (no Type column, one amount column) is the rows' type: said once.
  if (c.Type < 0 && c.Credit < 0 && c.Description >= 0 && summaryIsRowType(block.rows, c.Description)) {
    c.Type = c.Description;
    issues.tableCoded("info", block.headers[c.Description], "typeFromSummary", { column: block.headers[c.Description] });
  }
  // Keyed by name: one customer written two ways (深圳市华强电子 / 华强电子（深圳）有限公司) is said, never merged.
  if (c.CustomerID < 0 && c.CustomerName >= 0) {
    for (const alike of namesAlike(block.rows, c.CustomerName)) {
      issues.coded("warning", alike.index, c.CustomerName, at(block.rows[alike.index], c.CustomerName), "namesAlike", { name: alike.name, other: alike.firstName, first: issues.rowOf(alike.firstIndex) });
    }
  }
  const { orders, shown } = dateColumns(table, c, context, issues);
  // No invoice date column but a due date one (an aging list by due date): each row is dated from its due date, said once.
  const dateCol = c.InvoiceDate >= 0 ? c.InvoiceDate : c.DueDate;
  const fromDue = c.InvoiceDate < 0;
  if (fromDue) issues.tableCoded("info", block.headers[c.DueDate], "invoiceDateFromDue", { column: block.headers[c.DueDate], days: context.defaultTermsDays });
  const datedFromDue = new Set<number>();
  const dueDateOptions = orders.DueDate ? { order: orders.DueDate } : {};
  const invoiceDateOptions = fromDue ? dueDateOptions : orders.InvoiceDate ? { order: orders.InvoiceDate } : {};
  const paidDateOptions = orders.PaidDate ? { order: orders.PaidDate } : {};
  // An aging detail's bucket cells, when they are its open amounts (Dynamics GP: see bucketOpen.ts).
  const bucketCols = c.OpenBalance < 0 ? bucketOpenColumns({ headers: block.headers, rows: block.rows, mapped: new Set(Object.values(c)), amountCol: c.Amount, dateCol, currency: context.defaultCurrency, dateOptions: invoiceDateOptions }) : [];
  if (bucketCols.length > 0) issues.tableCoded("info", undefined, "openFromBuckets", { columns: bucketCols.map((col) => block.headers[col]).join(", ") });
  const openBalances = c.OpenBalance >= 0 || bucketCols.length > 0;
  const useRowPayments = !hasPaymentsTable;
  let ignoredPaid = 0;
  // 两清 / 核销 marks: read only when the column is there and no Payments table settles the invoices.
  const cleared = c.Cleared >= 0 && !hasPaymentsTable ? new ClearedTally() : undefined;
  const isCleared = (row: readonly RawCell[], i: number): boolean => {
    const cell = at(row, c.Cleared);
    if (isBlankCell(cell)) return false;
    const mark = clearedMark(cellText(cell));
    if (mark === "unknown") issues.coded("warning", i, c.Cleared, cell, "clearedMarkUnknown");
    return mark === "cleared";
  };
  let skippedFooters = 0;
  let skippedBlank = 0;
  let skippedNotes = 0;
  let voided = 0;
  let firstVoided = -1;
  let writtenOff = 0;
  let firstWrittenOff = -1;
  /** The first written-off row's status as the sheet words it, which the note quotes. */
  let firstWrittenOffText = "";
  let firstFooter = -1;
  /** Ledger positions of the invoices with an undated Paid amount. */
  let undatedPaid: number[] = [];
  // Without a status column, a note column (备注, Remarks) that says only 作废 / Void is the status.
  const statusCol = c.Status >= 0 ? c.Status : c.Note;
  // A VAT invoice list's 作废标志 (void flag): 是 / Y / 1 there says voided, not paid.
  const voidFlag = c.Status >= 0 && VOID_FLAG_HEADER.test(normalizeHeader(block.headers[c.Status]));
  const sideLetters = c.Type >= 0 && isSideHeader(block.headers[c.Type]);
  // A sheet per customer and no customer column: the sheet's name is the rows' customer.
  // Or a title line above the header names it (`客户：甲公司`, one customer's 明细账).
  const sheetGroup = c.CustomerID >= 0 || c.CustomerName >= 0 ? "" : block.titleCustomer ?? (sheetIsCustomer ? block.sheet.trim() : "");
  let group = sheetGroup;
  /** The customer number a customer line gave with its name (Business Central's `10000` | `Adatum Corporation`). */
  let groupNo = "";
  /** The name that line gave with the number: the number holds while the group is still that name. */
  let groupNoFor = "";
  const rows = block.rows;
  const sheet = block.sheet;
  const running = new RunningBalances();
  const nested = new NestedPayments();
  const customerColumns = [c.CustomerID, c.CustomerName];
  /** First row after the last heading or subtotal: where an unlabelled subtotal's sum starts. */
  let sectionStart = 0;
  const summedCols = [c.Amount, c.OpenBalance, c.Paid, c.Credited, c.Credit].filter((col) => col >= 0);
  // Unmapped columns (MYOB's and QuickBooks' aging buckets beside Amt Due) may hold amounts on a subtotal row too.
  const balanceCols = [c.RunningBalance, ...block.headers.map((_, i) => i).filter((i) => !Object.values(c).includes(i))].filter((col) => col >= 0);
  /** The row's debit − credit against its running Balance / 余额 cell: a warning when they differ. */
  const checkRunning = (i: number, customer: Customer, currency: CurrencyCode, delta: number) => {
    if (c.RunningBalance < 0) return;
    const cell = at(rows[i], c.RunningBalance);
    const stated = isBlankCell(cell) ? undefined : parseAmount(cell, currency);
    // A balance that is not an amount is said, not passed over: the check is what the column is for.
    if (stated !== undefined && !stated.ok) issues.coded("warning", i, c.RunningBalance, cell, "badRunningBalance", { reason: stated.reason });
    const mismatch = running.add(customer.id, currency, delta, stated !== undefined && stated.ok ? stated.minor : undefined);
    if (mismatch) issues.coded("warning", i, c.RunningBalance, cell, "runningBalanceMismatch", { value: cellText(cell), expected: formatAmount(mismatch.expected, currency) });
  };

  /** One shared read per currency for rows without a Currency cell: no object per row (they are read-only). */
  const plainReads = new Map<CurrencyCode, CurrencyRead>();
  const plainRead = (code: CurrencyCode): CurrencyRead => {
    let read = plainReads.get(code);
    if (read === undefined) plainReads.set(code, (read = { code }));
    return read;
  };
  /** A Currency cell's read per distinct text, when it needs no warning (then it does not depend on the fallback). */
  const textReads = new Map<string, CurrencyRead>();
  /** Currency: row Currency > a marker in the amount > the customer's > the workbook default. */
  const rowCurrency = (row: readonly RawCell[], amountCell: RawCell, customerAt: number): CurrencyRead => {
    const currencyText = c.Currency < 0 ? "" : cellText(at(row, c.Currency));
    const fallback = customerAt >= 0 ? context.customerCurrencies[customerAt] : context.defaultCurrency;
    if (currencyText !== "") {
      const known = textReads.get(currencyText);
      if (known !== undefined) return known;
      const read = readCurrency(currencyText, fallback);
      if (read.doubt === undefined) textReads.set(currencyText, read);
      return read;
    }
    const marker = amountMarker(amountCell);
    return plainRead(marker !== undefined && !markerFitsCurrency(marker.marker, fallback) ? marker.currency : fallback);
  };

  // Opening balances (期初余额, Balance b/f): an opening item of the customer, so its total is whole.
  const directionCol = block.headers.findIndex((h) => /^(?:方向|借或贷|借\/贷|dr\/cr|dr\s*or\s*cr)$/i.test(h.normalize("NFKC").trim()));
  const openingNos = new Set<string>();
  let firstDay: DayNumber | undefined | null = null;
  /** The first dated row's date: the day an undated opening balance stands on. */
  const firstDatedDay = (): DayNumber | undefined => {
    if (firstDay !== null) return firstDay;
    firstDay = undefined;
    for (const r of rows) {
      const cell = at(r, dateCol);
      if (isBlankCell(cell)) continue;
      const read = dayOrReason(cell, invoiceDateOptions);
      if (typeof read === "number") return (firstDay = read);
    }
    return firstDay;
  };
  const readOpening = (i: number, row: readonly RawCell[], idText: string, nameText: string): void => {
    // The debit − credit when the row carries them, else the balance it states.
    const debitCell = at(row, c.Amount);
    const creditCell = at(row, c.Credit);
    // In an open-balance export the open balance is the source system's result, as for any row.
    const useOpen = c.OpenBalance >= 0 && !isBlankCell(at(row, c.OpenBalance));
    const fromMoves = !useOpen && (!isBlankCell(debitCell) || !isBlankCell(creditCell));
    const balanceCol = useOpen ? c.OpenBalance : c.RunningBalance >= 0 ? c.RunningBalance : c.OpenBalance;
    const amountCol = fromMoves ? (isNoMoney(debitCell) ? c.Credit : c.Amount) : balanceCol;
    const amountCell = at(row, amountCol);
    const customerName = nameText !== "" ? nameText : idText === "" ? group : "";
    let customerAt = findCustomerAt(context, idText, customerName);
    let customer: Customer | undefined = customerAt < 0 ? undefined : context.customers[customerAt];
    const currency = rowCurrency(row, amountCell, customerAt);
    if (idText === "" && customerName === "") {
      notRead(i, c.CustomerID >= 0 ? c.CustomerID : c.CustomerName, at(row, c.CustomerID >= 0 ? c.CustomerID : c.CustomerName),
        "noCustomer", { field: "CustomerID" }, amountCell, currency.code);
      return;
    }
    let amount = 0;
    for (const [col, sign] of (fromMoves ? [[c.Amount, 1], [c.Credit, -1]] : [[balanceCol, 1]]) as [number, number][]) {
      const cell = at(row, col);
      if (col < 0 || isBlankCell(cell)) continue;
      const read = amountOrReason(cell, currency.code);
      if (typeof read === "string") {
        notRead(i, col, cell, "badRequired", { field: col === c.Credit ? "Credit" : col === c.Amount ? "Amount" : "OpenBalance", reason: read }, cell, currency.code);
        return;
      }
      amount += sign * read;
    }
    // A balance printed unsigned beside 方向 贷 (用友, 金蝶) is a credit balance: unapplied credit.
    if (!fromMoves && directionCol >= 0 && isCreditDirection(cellText(at(row, directionCol)))) amount = -Math.abs(amount);
    if (carriesFrom !== undefined) {
      if (customer === undefined) customer = context.customers[(customerAt = customerFromRow(context, row, c, i, issues, idText, customerName, currency.code))];
      monthCarry(i, customer, currency.code, amount, amountCol, amountCell, carriesFrom);
      return;
    }
    const dateCell = at(row, dateCol);
    const day = isBlankCell(dateCell) ? firstDatedDay() : dayOrReason(dateCell, invoiceDateOptions);
    if (typeof day === "string") {
      notRead(i, dateCol, dateCell, "badRequired", { field: fromDue ? "DueDate" : "InvoiceDate", reason: day }, amountCell, currency.code);
      return;
    }
    if (day === undefined) {
      notRead(i, dateCol, dateCell, "emptyRequired", { field: fromDue ? "DueDate" : "InvoiceDate" }, amountCell, currency.code);
      return;
    }
    if (currency.doubt) issues.coded("warning", i, c.Currency, at(row, c.Currency), currency.doubt.code, currency.doubt.params);
    if (customer === undefined) customer = context.customers[(customerAt = customerFromRow(context, row, c, i, issues, idText, customerName, currency.code))];
    checkRunning(i, customer, currency.code, amount);
    if (amount === 0) {
      skippedNotes++; // a zero opening balance owes nothing
      return;
    }
    // Its own document number when it has one (an ERP's opening document), else a clear label.
    const docNo = cellText(at(row, c.InvoiceNo));
    let invoiceNo = docNo !== "" && carryRowKind([docNo], []) === undefined ? docNo : openingLabel(customer.language);
    if (openingNos.has(`${customer.id}\u0000${invoiceNo}`)) invoiceNo = `${invoiceNo} (${sheet}!${issues.rowOf(i)})`;
    openingNos.add(`${customer.id}\u0000${invoiceNo}`);
    const label = row.map((cell) => (typeof cell === "string" ? cell.trim() : "")).find((t) => t !== "" && carryRowKind([t], []) === "opening");
    // Owed since before the ledger's first row: due (and aged) from this day.
    columns.invoice(invoiceNo, customerAt, currency.code, day, day, amount, 0, false, label || undefined, issues.rowOf(i), byNo.numberHash(invoiceNo));
  };

  // A month's 上月结转 on its own sheet: last month's closing balance, already owed on last month's sheet.
  const carries: MonthCarry[] = [];
  let firstCarried = -1;
  const monthCarry = (i: number, customer: Customer, currency: CurrencyCode, amount: number, col: number, cell: RawCell, from: string) => {
    if (firstCarried < 0) firstCarried = i;
    running.restart(customer.id, currency, amount);
    carries.push({ customerId: customer.id, currency, stated: amount, from,
      differs: (closing) => issues.coded("warning", i, col, cell, "monthCarryDiffers", { value: formatAmount(amount, currency), sheet: from, closing }) });
  };

  const notRead = (index: number, col: number, cell: RawCell, code: IssueCode, params: IssueParams, amountCell: RawCell, currency: CurrencyCode) => {
    issues.coded("error", index, col, cell, code, params);
    context.unread.add(amountCell, currency);
  };

  const byName = c.CustomerID < 0 && c.CustomerName >= 0;
  /** The group was named by a title row or customer line (not carried down from a row's own name). */
  let titled = false;
  let fromAbove = 0;
  let firstFromAbove = -1;
  /** The customer cells of the last data row (what “同上” repeats), and the rows that said it. */
  let lastId = "";
  let lastName = "";
  /** Keyed by ID: the customer of the data row at `carriedAt`, for a row right under it that leaves both blank. */
  let carriedId = "";
  let carriedName = "";
  let carriedAt = -2;
  let dittos = 0;
  let firstDitto = -1;
  const ahead = new LookAhead(rows, c.CustomerID, c.InvoiceNo, context, byNo);
  const totals = new LabelledTotals(rows, [...summedCols, ...bucketCols], c.Currency, context.defaultCurrency,
    c.Type < 0 ? undefined : (k) => { const type = rowType(cellText(at(rows[k], c.Type)), sideLetters); return type === "credit" || type === "payment"; });
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const noCell = at(row, c.InvoiceNo);
    const cellNo = cellText(noCell);
    let invoiceNo = cellNo;
    const idCell = at(row, c.CustomerID);
    let idText = cellText(idCell);
    const nameCell = at(row, c.CustomerName);
    let nameText = cellText(nameCell);
    // “同上” / “〃” in a customer column: the customer of the data row above (none above: no customer).
    if (isDitto(idText) || isDitto(nameText)) {
      if (isDitto(idText)) idText = lastId;
      if (isDitto(nameText)) nameText = lastName;
      if (++dittos === 1) firstDitto = i;
    }

    // A header row repeated per page: a check, not data.
    if (repeatsHeader(row, block.headers)) {
      skippedNotes++;
      sectionStart = i + 1;
      continue;
    }
    // Carried-forward rows: an opening balance is money owed; a page carry-forward only a check.
    const carry = carryRowKind(row, customerColumns);
    if (carry === "page") {
      skippedFooters++;
      if (firstFooter < 0) firstFooter = i;
      totals.skip(i);
      // The balance it carries must be the running balance so far: checked, never added.
      const customerAt = findCustomerAt(context, idText, nameText !== "" ? nameText : idText === "" ? group : "");
      if (customerAt >= 0) checkRunning(i, context.customers[customerAt], rowCurrency(row, at(row, c.RunningBalance), customerAt).code, 0);
      continue;
    }
    if (carry === "opening") {
      readOpening(i, row, idText, nameText);
      // The customer's first line (Peachtree's `Balance Fwd`): the rows right under it are its.
      if (idText !== "") {
        carriedId = idText;
        carriedName = nameText;
        carriedAt = i;
      }
      continue;
    }
    // Rows that are not data: blank, footer, group title or note. Nothing lost, noted once as info.
    if (invoiceNo === "" || idText === "" || isFooterText(invoiceNo) || isFooterText(idText)) {
      const kind = rowKind(row);
      if (kind === "blank") {
        skippedBlank++;
        group = sheetGroup;
        continue;
      }
      // A row with its own invoice number and a date is an invoice even when its first cell reads
      // like a total (a customer keyed `SUM`): a total line carries neither, and a row dropped as
      // one would vanish with only a count said.
      const numberedAndDated = invoiceNo !== "" && !isBlankCell(at(row, dateCol));
      // A dated total (`2026-10-31 | 本月合计 | | 300`) names itself where the customer's name goes and carries no number.
      if (((kind === "footer" || isFooterText(idText) || (invoiceNo === "" && isFooterText(nameText))) && !numberedAndDated) || isFooterText(invoiceNo)
        // A total naming what it totals (`Total Koala Print Co`, `合计 甲公司`) has no number and no date (see
        // totalWords.ts); its label may stand in the number column (Dynamics GP's `<name> Totals:` under Document Number).
        || (kind !== "title" && (invoiceNo === "" || isTotalLabel(invoiceNo)) && isTotalRow(row, at(row, dateCol)))
        // 用友 / 金蝶 date their 本月合计 (the month's last day) in the 摘要: a label alone there, with no number, is a total.
        || (invoiceNo === "" && c.Description >= 0 && totalLabel(cellText(at(row, c.Description)))?.position === "alone")
        // Alone on its row, it is a group title naming a customer (`Total Logistics Ltd`), unless it totals the group above.
        || (kind === "title" && group !== "" && totalNames(firstText(row)) === group)) {
        skippedFooters++;
        if (firstFooter < 0) firstFooter = i;
        // Checked, not trusted: a 合计 its rows do not add up to means rows missing or typed wrong.
        const off = totals.check(i, sectionStart);
        if (off !== undefined) {
          issues.coded("warning", i, off.col, off.cell, "totalNotSum", { field: block.headers[off.col], value: cellText(off.cell), sum: formatAmount(off.sum, off.currency),
            from: issues.rowOf(off.from), to: issues.rowOf(i - 1), difference: formatAmount(off.stated - off.sum, off.currency) });
          context.unread.addTotalOff(off.unaccounted, off.currency);
        }
        // A month's 本月合计 inside a customer's 明细账 (under its title) closes the month, not the customer.
        if (!(titled && isPeriodTotal(row))) group = sheetGroup;
        sectionStart = i + 1;
        continue;
      }
      // Only amounts, no customer, number or date: an unlabelled subtotal when it adds up, never "CustomerID is empty".
      if (invoiceNo === "" && idText === "" && nameText === "") {
        const currency = rowCurrency(row, at(row, summedCols[0] ?? -1), -1).code;
        const total = unlabelledTotal(rows, i, sectionStart, summedCols, balanceCols, currency, c.Currency);
        if (total.kind === "total") {
          totals.skip(i);
          skippedFooters++;
          if (firstFooter < 0) firstFooter = i;
          group = sheetGroup;
          sectionStart = i + 1;
          continue;
        }
        if (total.kind === "mismatch") {
          notRead(i, total.col, total.cell, "unlabelledSubtotal", { field: block.headers[total.col], value: cellText(total.cell), expected: formatAmount(total.expected, currency) }, total.cell, currency);
          continue;
        }
      }
      // A customer line of labelled cells over its block (`Customer ID: AARONFIT0001`, `Name: …`): its customer.
      // (Its `Name: …` cell may stand in the date column: the line's own label decides.)
      const line = customerLine(row);
      if (line !== undefined) {
        group = line;
        titled = true;
        skippedNotes++;
        sectionStart = i + 1;
        continue;
      }
      // No customer column: a line of the customer's number and name (Business Central) names the rows under it.
      const named = c.CustomerID < 0 && c.CustomerName < 0 && invoiceNo === "" ? customerNoAndName(row) : undefined;
      if (named !== undefined) {
        group = named.name;
        groupNo = named.no;
        groupNoFor = named.name;
        titled = true;
        skippedNotes++;
        sectionStart = i + 1;
        continue;
      }
      // No customer column: a label in the number column with its totals, undated, above the dated
      // rows they add up to, is the heading of their customer (Odoo's Aged Receivable partner line).
      if (kind === "data" && c.CustomerID < 0 && c.CustomerName < 0 && invoiceNo !== "" && isBlankCell(at(row, dateCol))
        && isHeadingTotal(rows, i, dateCol, [...summedCols, ...balanceCols], context.defaultCurrency)) {
        totals.skip(i); // its amounts are its rows': never summed again into a grand total
        group = groupName(invoiceNo);
        titled = true;
        skippedNotes++;
        sectionStart = i + 1;
        continue;
      }
      if (kind === "title") {
        // A name alone above detail rows names their customer (Xero, QuickBooks, Kingdee reports).
        group = groupName(row.map(cellText).find((t) => t !== "") ?? "");
        titled = true;
        skippedNotes++;
        sectionStart = i + 1;
        continue;
      }
    }

    // Under a customer line of number and name (Business Central): the number is the rows' customer ID,
    // while the group is still the one that line named (a blank or total row ends it).
    if (idText === "" && nameText === "" && groupNo !== "" && group !== sheetGroup && group === groupNoFor) {
      idText = groupNo;
      nameText = group;
    }
    // Keyed by name: a name left blank under the row above (a merged cell, or “same as above” by
    // hand) is that row's customer, as a group title's would be, until a blank or total row.
    if (byName) {
      if (nameText !== "") {
        group = nameText;
        titled = false;
      }
      else if (group !== "" && group !== sheetGroup && ++fromAbove === 1) firstFromAbove = i;
    } else if (idText === "" && nameText === "" && carriedAt === i - 1 && c.RunningBalance >= 0) {
      // Keyed by ID, a customer ledger with a running balance printing the customer on its first
      // line only (Peachtree's Customer Ledgers): a row right under a customer's row goes on with
      // its balance, so it is that customer's. (A plain list does not guess: its blank ID is said.)
      idText = carriedId;
      nameText = carriedName;
      if (++fromAbove === 1) firstFromAbove = i;
    }
    if (idText !== "") {
      carriedId = idText;
      carriedName = nameText;
      carriedAt = i;
    }
    lastId = idText;
    lastName = nameText !== "" ? nameText : idText === "" ? group : "";
    // A void, cancelled or draft document was never owed (Zoho, Odoo, QuickBooks keep them on the list).
    const statusText = statusCol >= 0 ? statusWords(cellText(at(row, statusCol))) : "";
    if (statusText !== "" && (VOID_STATUS.test(statusText) || (voidFlag && VOID_FLAG_SET.test(statusText)))) {
      voided++;
      if (firstVoided < 0) firstVoided = i;
      continue;
    }
    // A system's status saying it was written off (Stripe's `uncollectible`) closed it in the books:
    // not owed, not dunned. (A clerk's own note saying so is only a warning: see noteSaysWrittenOff.)
    if (statusText !== "" && statusCol === c.Status && WRITTEN_OFF_STATUS.test(statusText)) {
      writtenOff++;
      if (firstWrittenOff < 0) {
        firstWrittenOff = i;
        firstWrittenOffText = cellText(at(row, statusCol));
      }
      continue;
    }

    const typeText = c.Type < 0 ? "" : cellText(at(row, c.Type));
    let type = rowType(typeText, sideLetters);
    // A debit/credit ledger (明细账): a row with only a credit is a receipt or credit of its customer.
    const creditOnly = c.Credit >= 0 && !isBlankCell(at(row, c.Credit)) && (c.Amount < 0 || isNoMoney(at(row, c.Amount)));
    // With a Type column of the firm's own codes (Peachtree's SJ / CRJ), the side decides the same.
    if (creditOnly && (c.Type < 0 || type === "other")) type = "payment";
    const amountCol = creditOnly ? c.Credit
      : c.Amount >= 0 && !isBlankCell(at(row, c.Amount)) ? c.Amount : c.OpenBalance >= 0 ? c.OpenBalance : c.Amount;
    const amountCell = at(row, amountCol);

    const customerText = idText !== "" ? idText : nameText !== "" ? nameText : group;
    // The customer of the exact ID, found looking ahead; else the rule's own lookup.
    let customerAt = ahead.customerOf(i);
    /** The look-ahead found the customer, so it hashed the row's invoice number as the cell has it. */
    const hashedAhead = customerAt >= 0;
    if (customerAt < 0) customerAt = findCustomerAt(context, idText, nameText !== "" ? nameText : idText === "" ? group : "");
    let customer: Customer | undefined = customerAt < 0 ? undefined : context.customers[customerAt];

    const currencyCell = at(row, c.Currency);
    const { code: currencyCode, doubt: currencyDoubt } = rowCurrency(row, amountCell, customerAt);

    if (customerText === "") {
      if (isBlankCell(amountCell) && isBlankCell(noCell)) {
        skippedNotes++;
        continue;
      }
      notRead(i, c.CustomerID >= 0 ? c.CustomerID : c.CustomerName, c.CustomerID >= 0 ? idCell : nameCell,
        c.CustomerName < 0 && c.CustomerID >= 0 ? "emptyRequired" : "noCustomer", { field: "CustomerID" }, amountCell, currencyCode);
      continue;
    }

    // Numbered by its place: its row (the language and sheet decided once per table).
    if (byPlace && invoiceNo === "") invoiceNo = rowDocumentNo(issues.rowOf(i), context.defaultLanguage, sheetIsCustomer ? sheet : undefined);
    // A credit-only row (贷方 / 本期回款) with no number is money received, unapplied: read below.
    if (invoiceNo === "" && c.Type < 0 && !creditOnly && !/^\s*[-(]/.test(cellText(amountCell)) && !(typeof amountCell === "number" && amountCell < 0)) {
      notRead(i, c.InvoiceNo, noCell, "emptyRequired", { field: "InvoiceNo" }, amountCell, currencyCode);
      continue;
    }
    const parsedAmount = amountOrReason(amountCell, currencyCode);
    if (typeof parsedAmount === "string") {
      notRead(i, amountCol, amountCell, "badRequired", { field: amountCol === c.OpenBalance ? "OpenBalance" : amountCol === c.Credit ? "Credit" : "Amount", reason: parsedAmount }, amountCell, currencyCode);
      continue;
    }
    let amount = parsedAmount;
    if (type === "other") type = amount < 0 ? "credit" : "invoice";
    if (type === "credit") amount = -Math.abs(amount);

    // Open balance: the source system's result, taken as it stands (DESIGN §2).
    let open: number | undefined;
    if (openBalances) {
      const openCell = at(row, c.OpenBalance);
      const fromBuckets = bucketCols.length > 0 ? bucketOpen(row, bucketCols, currencyCode) : undefined;
      if (fromBuckets !== undefined && typeof fromBuckets !== "number") {
        notRead(i, fromBuckets.col, at(row, fromBuckets.col), "badRequired", { field: "OpenBalance", reason: fromBuckets.reason }, amountCell, currencyCode);
        continue;
      }
      if (fromBuckets !== undefined) open = fromBuckets;
      else if (isBlankCell(openCell)) open = 0;
      else {
        const read = amountOrReason(openCell, currencyCode);
        if (typeof read === "string") {
          notRead(i, c.OpenBalance, openCell, "badRequired", { field: "OpenBalance", reason: read }, amountCell, currencyCode);
          continue;
        }
        open = read;
      }
      if (type === "credit" || type === "payment") open = -Math.abs(open);
    }

    if (invoiceNo === "" && type === "invoice" && amount >= 0) {
      notRead(i, c.InvoiceNo, noCell, "emptyRequired", { field: "InvoiceNo" }, amountCell, currencyCode);
      continue;
    }
    const dateCell = at(row, dateCol);
    const stated = dayOrReason(dateCell, invoiceDateOptions);
    if (typeof stated === "string") {
      notRead(i, dateCol, dateCell, "badRequired", { field: fromDue ? "DueDate" : "InvoiceDate", reason: stated }, amountCell, currencyCode);
      continue;
    }


    // The row is kept from here on: every later doubt is a warning.
    if (currencyDoubt) issues.coded("warning", i, c.Currency, currencyCell, currencyDoubt.code, currencyDoubt.params);
    // A 两清 / 核销 mark beside an open-balance column (Kingdee): the open amount decides, and a
    // marked row that still shows money is said, never passed over (clearedMarks.ts).
    if (cleared !== undefined && open !== undefined && open !== 0 && isCleared(row, i)) {
      issues.coded("warning", i, c.Cleared, at(row, c.Cleared), "clearedButOpen", { open: formatAmount(open, currencyCode) });
    }
    // A dash is accounting's zero, yet an invoice of nothing (`-` typed for 金额) is a placeholder more often than a sale: kept, said.
    if (amount === 0 && amountCol === c.Amount && typeof amountCell === "string" && DASH_ONLY.test(amountCell)) issues.coded("warning", i, amountCol, amountCell, "amountDashZero");
    if (customer === undefined) {
      customerAt = customerFromRow(context, row, c, i, issues, idText, nameText !== "" ? nameText : idText === "" ? group : "", currencyCode);
      customer = context.customers[customerAt];
    }
    let invoiceDate = stated;
    if (fromDue) {
      const termsCell = at(row, c.Terms);
      invoiceDate = dateFromDue(stated, type === "invoice" && amount >= 0, isBlankCell(termsCell) ? undefined : readTerms(termsCell, cellText(termsCell)), customer);
      datedFromDue.add(customerAt);
    }

    // A payment row: a dated payment of the customer (of its invoice when it names one).
    if (type === "payment" && open === undefined) {
      // A receipt in a debit/credit ledger carries its voucher number, not an invoice's: it settles the oldest.
      // Or, with no number of its own, it is indented under the invoice it settles (QuickBooks).
      const isNested = invoiceNo === "" && c.Type >= 0 && nested.under(i, at(row, c.Type), customerAt);
      if (isNested) invoiceNo = nested.invoiceNo;
      const noHash = invoiceNo === "" ? 0 : byNo.numberHash(invoiceNo);
      const namedPosition = isNested ? nested.position : invoiceNo === "" ? -1 : byNo.positionOf(customerAt, invoiceNo, noHash);
      const names = namedPosition >= 0;
      const receipt = creditOnly ? amount : Math.abs(amount);
      if (cleared !== undefined && isCleared(row, i)) {
        // Applied in the source system to the invoices cleared with it: no money left to settle the oldest.
        cleared.receipt(customerAt, currencyCode, receipt, invoiceDate);
        checkRunning(i, customer, currencyCode, -receipt);
        continue;
      }
      columns.payment(customerAt, currencyCode, invoiceDate, creditOnly ? amount : Math.abs(amount), names ? invoiceNo : undefined, undefined, undefined,
        issues.rowOf(i), noHash, namedPosition);
      checkRunning(i, customer, currencyCode, -(creditOnly ? amount : Math.abs(amount)));
      continue;
    }
    // A credit note (红字) marked cleared was applied like a marked receipt: no credit left over.
    if (cleared !== undefined && open === undefined && amount < 0 && isCleared(row, i)) {
      cleared.receipt(customerAt, currencyCode, -amount, invoiceDate);
      checkRunning(i, customer, currencyCode, amount);
      continue;
    }
    if (type === "payment") amount = -Math.abs(amount); // in an open-balance export: a credit item

    // A credit or payment without a number is unapplied money of its customer, never dropped.
    if (invoiceNo === "") invoiceNo = `${sheet}!${issues.rowOf(i)}`;
    // Numbers repeat across customers (each keeps its own sequence, or two ledgers were merged): a duplicate is within one customer.
    let noHash = hashedAhead && invoiceNo !== "" && invoiceNo === cellNo ? ahead.numberHashOf(i) : byNo.numberHash(invoiceNo);
    const seen = byNo.positionOf(customerAt, invoiceNo, noHash);
    // A number cell with more digits than Excel keeps: said, and never taken for another row's invoice.
    const digits = lostDigits(noCell);
    if (digits > 0) issues.coded("warning", i, c.InvoiceNo, noCell, "numberDigitsLost", { field: "InvoiceNo", digits });
    const keptApart = seen >= 0 && (amount < 0 || digits > 0);
    if (keptApart) {
      invoiceNo = `${invoiceNo} (${sheet}!${issues.rowOf(i)})`;
      noHash = byNo.numberHash(invoiceNo);
    }
    // A copy of an invoice on another sheet (yearly or monthly sheets) is decided once the row is read whole.
    const copyOf = amount >= 0 && !keptApart ? seen : -1;

    const dueDate = readDueDate(row, c, i, invoiceDate, customer, issues, dueDateOptions);

    const zero = zeroOf(context, currencyCode);
    let paid: Money = zero;
    const paidCell = at(row, c.Paid);
    if (hasPaymentsTable) {
      if (!isBlankCell(paidCell) || (c.PaidDate >= 0 && !isBlankCell(at(row, c.PaidDate)))) ignoredPaid++;
    } else {
      if (!isBlankCell(paidCell)) paid = readPaid(paidCell, amount, currencyCode, zero, issues, i, c.Paid);
      const creditedCell = at(row, c.Credited);
      if (!isBlankCell(creditedCell)) {
        const credited = readPaid(creditedCell, amount, currencyCode, zero, issues, i, c.Credited);
        if (credited.minor !== 0) paid = money(paid.minor + credited.minor, currencyCode);
      }
      // Debit and credit on one row: the credit settles this row's debit.
      const sameRowCredit = c.Credit >= 0 && !creditOnly ? at(row, c.Credit) : null;
      if (!isBlankCell(sameRowCredit)) {
        const credit = readPaid(sameRowCredit, amount, currencyCode, zero, issues, i, c.Credit);
        if (credit.minor !== 0) paid = money(paid.minor + credit.minor, currencyCode);
      }
      if (open !== undefined) {
        const fromOpen = amount - open;
        if ((!isBlankCell(paidCell) || c.Credited >= 0) && paid.minor !== fromOpen) {
          issues.coded("warning", i, c.Paid >= 0 ? c.Paid : c.Credited, c.Paid >= 0 ? paidCell : at(row, c.Credited),
            "paidDisagreesOpen", { open: cellText(at(row, c.OpenBalance)), ...(c.Credited >= 0 ? { credited: 1 } : {}) });
        }
        paid = fromOpen === 0 ? zero : money(fromOpen, currencyCode);
      }
    }

    // A Paid / Unpaid status column, when nothing says how much was paid: Paid settles in full.
    if (!hasPaymentsTable && c.Status >= 0 && !voidFlag && c.Paid < 0 && open === undefined) {
      const statusCell = at(row, c.Status);
      const status = readStatus(cellText(statusCell));
      if (status === "paid") paid = money(amount, currencyCode);
      else if (status === undefined) issues.coded("warning", i, c.Status, statusCell, "unknownStatus");
      // Counted owed in full: the balance may be too high, and the clerk is told rather than shown it as if known.
      else if (status === "partial") issues.coded("warning", i, c.Status, statusCell, "partPaidUnknown");
    }

    // Marked 两清 / 已核销: the source system settled it against receipts marked so (paid in full at the table's end).
    const clearedHere = cleared !== undefined && open === undefined && amount > 0 && paid.minor === 0 && isCleared(row, i);

    // A note (备注) that says 已结清 or 坏账 on a row still open: the figures win, the clerk is told.
    if (c.Status < 0 && c.Note >= 0 && amount > 0) {
      const noteCell = at(row, c.Note);
      const note = cellText(noteCell).normalize("NFKC").trim();
      const left = open ?? amount - paid.minor;
      if (left > 0 && PAID_STATUS.test(note)) issues.coded("warning", i, c.Note, noteCell, "noteSaysPaid", { open: formatAmount(left, currencyCode) });
      else if (left > 0 && WRITTEN_OFF.test(note)) issues.coded("warning", i, c.Note, noteCell, "noteSaysWrittenOff");
    }

    let disputed = false;
    const disputedCell = at(row, c.Disputed);
    if (!isBlankCell(disputedCell)) {
      const flag = readYesNo(disputedCell, cellText(disputedCell));
      if (flag === undefined) {
        disputed = true;
        issues.coded("warning", i, c.Disputed, disputedCell, "disputedNotYesNo");
      } else disputed = flag;
    }
    const description = c.Description < 0 ? "" : cellText(at(row, c.Description));

    // A paid date on the row makes the paid amount a dated payment of this invoice.
    const paidDateCell = at(row, c.PaidDate);
    let paidOn: DayNumber | undefined;
    if (useRowPayments && c.PaidDate >= 0 && !isBlankCell(paidDateCell)) {
      const read = dayOrReason(paidDateCell, paidDateOptions);
      if (typeof read === "string") issues.coded("warning", i, c.PaidDate, paidDateCell, "badPaidDate", { reason: read });
      else {
        paidOn = read;
        // A settled date without a paid amount or open balance column: settled in full.
        if (c.Paid < 0 && open === undefined) paid = money(amount, currencyCode);
      }
    }

    const keptPaid = paidOn !== undefined ? 0 : paid.minor;
    if (copyOf >= 0) {
      const differs = differences(columns, copyOf, { invoiceDate, dueDate, amount, currency: currencyCode, paid: keptPaid, disputed });
      const first = placeOf(columns.sheetAt(copyOf), columns.rowAt(copyOf), sheet);
      if (differs === "" && columns.sheetAt(copyOf) !== sheet) {
        issues.coded("info", i, c.InvoiceNo, noCell, "duplicateCopy", { field: "InvoiceNo", first });
      } else {
        notRead(i, c.InvoiceNo, noCell, "duplicate", { field: "InvoiceNo", first, ...(differs ? { differs } : {}) }, amountCell, currencyCode);
      }
      continue;
    }
    const position = columns.invoiceCount;
    byNo.set(customerAt, invoiceNo, noHash, position);
    columns.invoice(invoiceNo, customerAt, currencyCode, invoiceDate, dueDate, amount, keptPaid, disputed, description === "" ? undefined : description, issues.rowOf(i), noHash);
    if (amount > 0) nested.invoice(i, customerAt, invoiceNo, position);
    checkRunning(i, customer, currencyCode, amount - paid.minor);
    if (clearedHere) cleared!.invoice(customerAt, currencyCode, amount, position);
    // Kept as written: often one payment written on the first of the invoices it paid, the rows
    // below it blank. Allocation takes the excess as a payment's rest (oldest first, DESIGN §3).
    if (amount > 0 && paid.minor > amount && open === undefined && !isBlankCell(paidCell)) {
      issues.coded("warning", i, c.Paid, paidCell, "paidOverAmount", { amount: formatAmount(amount, currencyCode), ...(paidOn !== undefined ? { dated: 1 } : {}) });
    }
    if (paidOn !== undefined && paid.minor !== 0) {
      columns.payment(customerAt, currencyCode, paidOn, paid.minor, paid.minor > 0 ? invoiceNo : undefined, undefined, undefined, issues.rowOf(i), noHash, position);
    } else if (paid.minor !== 0 && !clearedHere) undatedPaid.push(position);
  }

  // Nothing on these rows says what was paid: a column of amounts up to each row's, which no rule
  // read, may be exactly that, and the clerk is told rather than shown every invoice as unpaid.
  const settledBySomething = hasPaymentsTable || columns.paymentCount > firstPayment || bucketCols.length > 0 ||
    [c.OpenBalance, c.Paid, c.Credited, c.Credit, c.PaidDate, c.Status, c.RunningBalance].some((col) => col >= 0);
  if (!settledBySomething && columns.invoiceCount > firstPosition) {
    const mapped = new Set(Object.values(c));
    // Aging buckets that only spread each row's amount say nothing of what was paid.
    const spread = spreadBucketColumns({ headers: block.headers, rows, mapped, amountCol: c.Amount, dateCol, currency: context.defaultCurrency, dateOptions: invoiceDateOptions });
    const unmapped = block.headers.map((_, i) => i).filter((i) => !mapped.has(i) && block.headers[i].trim() !== "" && !spread.includes(i));
    for (const col of unreadSettlementColumns(rows, c.Amount, unmapped, context.defaultCurrency)) {
      issues.tableCoded("warning", block.headers[col], "settlementColumnUnread", { column: block.headers[col] });
    }
  }
  if (ignoredPaid > 0) {
    issues.tableCoded("warning", c.Paid >= 0 ? block.headers[c.Paid] : block.headers[c.PaidDate], "paidIgnored",
      { count: ignoredPaid, ...(c.PaidDate >= 0 ? { withDate: 1 } : {}) });
  }
  // Each cleared invoice paid by the receipts cleared with it (before `dated`: these are dated payments too).
  cleared?.positions.forEach((position, k) => {
    const customerAt = columns.customerAt(position);
    const currency = columns.currencyAt(position);
    const invoiceNo = columns.invoiceNoAt(position);
    columns.payment(customerAt, currency, cleared.paidOn(customerAt, currency, columns.dayAt(position)) as DayNumber, cleared.amounts[k], invoiceNo,
      undefined, undefined, columns.rowAt(position), byNo.numberHash(invoiceNo), position);
  });
  const dated = useRowPayments && columns.paymentCount > firstPayment;
  if (dated && undatedPaid.length > 0) {
    // Dated payments elsewhere on the sheet: an undated paid amount is taken as paid on its invoice date.
    for (const position of undatedPaid) {
      const invoiceNo = columns.invoiceNoAt(position);
      const paid = columns.paidAt(position);
      columns.setPaid(position, 0);
      columns.payment(columns.customerAt(position), columns.currencyAt(position), columns.dayAt(position), paid, invoiceNo, undefined, undefined,
        columns.rowAt(position), byNo.numberHash(invoiceNo), position);
    }
    issues.tableCoded("warning", c.PaidDate >= 0 ? block.headers[c.PaidDate] : undefined, "undatedPaid", { count: undatedPaid.length });
  }
  undatedPaid = [];
  if (voided > 0) {
    const params = { count: voided, first: issues.rowOf(firstVoided), column: block.headers[statusCol] };
    context.issues.push({ severity: "info", sheet, row: 0, column: block.headers[statusCol], reason: issueReason("voidSkipped", params), code: "voidSkipped", params });
  }
  if (writtenOff > 0) {
    const params = { count: writtenOff, first: issues.rowOf(firstWrittenOff), column: block.headers[c.Status], value: firstWrittenOffText };
    context.issues.push({ severity: "info", sheet, row: 0, column: block.headers[c.Status], reason: issueReason("writtenOffSkipped", params), code: "writtenOffSkipped", params });
  }
  if (nested.count > 0) issues.tableCoded("info", block.headers[c.Type], "paymentsNested", { count: nested.count, first: issues.rowOf(nested.first) });
  // Invoice numbers 1, 2, 3 … down the rows (a 序号 column, the only number there is): a payment
  // quoting "3" settles the third row's invoice. Said, not changed; stops at the first other number.
  if (c.InvoiceNo >= 0 && holdsRowSequence(rows, c.InvoiceNo)) issues.tableCoded("info", block.headers[c.InvoiceNo], "invoiceNoRowSequence", { column: block.headers[c.InvoiceNo] });
  if (cleared !== undefined && cleared.rows > 0) {
    issues.tableCoded("info", block.headers[c.Cleared], "clearedRows", { count: cleared.rows, invoices: cleared.invoices, receipts: cleared.receipts, column: block.headers[c.Cleared] });
    for (const { customerAt, currency, minor } of cleared.unbalanced()) {
      issues.tableCoded("warning", block.headers[c.Cleared], "clearedNotNetted",
        { customer: context.customers[customerAt].name, currency, difference: formatAmount(minor, currency) });
    }
  }
  if (carries.length > 0) issues.tableCoded("info", undefined, "monthCarried", { count: carries.length, first: issues.rowOf(firstCarried), sheet: carriesFrom ?? "" });
  if (fromAbove > 0) issues.tableCoded("info", block.headers[byName ? c.CustomerName : c.CustomerID], "customerFromAbove", { count: fromAbove, first: issues.rowOf(firstFromAbove), ...(byName ? {} : { id: 1 }) });
  if (dittos > 0) issues.tableCoded("info", block.headers[c.CustomerName >= 0 ? c.CustomerName : c.CustomerID], "customerDitto", { count: dittos, first: issues.rowOf(firstDitto) });
  if (totals.mixedSkipped > 0) issues.tableCoded("info", undefined, "totalMixedCurrencies", { count: totals.mixedSkipped, first: issues.rowOf(totals.firstMixedSkipped) });
  const skipped = skippedFooters + skippedBlank + skippedNotes;
  if (skipped > 0) {
    const params = { footers: skippedFooters, notes: skippedNotes, blank: skippedBlank, ...(firstFooter >= 0 ? { firstFooter: issues.rowOf(firstFooter) } : {}) };
    context.issues.push({ severity: "info", sheet, row: 0, reason: issueReason("rowsSkipped", params), code: "rowsSkipped", params });
  }
  return { invoiceCount: columns.invoiceCount - firstPosition, paymentCount: columns.paymentCount - firstPayment, dated, openBalances, dateOrders: shown,
    ...(datedFromDue.size > 0 ? { datedFromDue } : {}), ...(byPlace ? { numberedByRow: true } : {}), ...(carries.length > 0 ? { carries } : {}), running, runningChecked: c.RunningBalance >= 0 };
}

/** A row's place as an issue names it: "7" on the same sheet, "2025!7" on another. */
function placeOf(firstSheet: string, firstRow: number, sheet: string): string | number {
  return firstSheet === sheet ? firstRow : `${firstSheet}!${firstRow}`;
}

/** The figures of a row about to be kept, as a copy of an earlier invoice is compared on them. */
interface InvoiceFigures {
  readonly invoiceDate: DayNumber;
  readonly dueDate: DayNumber;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly paid: number;
  readonly disputed: boolean;
}

/**
 * Whether a second row of an invoice number is a copy of the first (same customer and number by
 * then): the fields it differs in ("InvoiceDate,Amount"), "" when alike in date, amount, due date,
 * paid and dispute, for the clerk to see why both rows matter.
 */
function differences(columns: ColumnRecorder, first: number, copy: InvoiceFigures): string {
  const differs: string[] = [];
  if (columns.dayAt(first) !== copy.invoiceDate) differs.push("InvoiceDate");
  if (columns.minorAt(first) !== copy.amount || columns.currencyAt(first) !== copy.currency) differs.push("Amount");
  if (columns.dueAt(first) !== copy.dueDate) differs.push("DueDate");
  if (columns.paidAt(first) !== copy.paid) differs.push("Paid");
  if (columns.disputedAt(first) !== copy.disputed) differs.push("Disputed");
  return differs.join(",");
}

/** A cell holding only a dash (`-`, `—`): zero in accounting format. */
const DASH_ONLY = /^\s*[-‐–—]\s*$/;

// SAP's line-item status: ● cleared, ○ open (FBL5N's 状态 / St as text); a checkbox column: TRUE paid, FALSE open.
const PAID_STATUS = /^(?:paid|fully paid|paid in full|closed|settled|cleared|reconciled|已收|已收款|已收讫|已付|已付款|已结清|结清|已回款|已核销|已清|已清账|已清帐|是|yes|y|✓|✔|●|true)$/i;
// An audited (已审核) 应收单 is booked: owed until settled. Xero's AUTHORISED is its approved, unpaid invoice.
// A VAT invoice list says 正常 (normal) of an issued invoice, 已红冲 of a blue one its listed 红字 invoice reverses: owed, the 红字 row credits it.
const OPEN_STATUS = /^(?:unpaid|not paid|open|overdue|due|outstanding|in payment|posted|sent|awaiting payment|payment due|authori[sz]ed|approved|未收|未收款|未付|未付款|未结清|未清|逾期|已审核|审核|已审|否|no|n|○|false|正常|normal|已开具|issued|红冲|已红冲|全额红冲|部分红冲|red-letter|红字|蓝字)$/i;
// Partly paid: still owed, but how much only a paid or open amount can say.
const PART_PAID_STATUS = /^(?:partial|partially paid|part paid|part-paid|部分收款|部分回款|部分已收|部分)$/i;

/** A note saying the invoice was written off as a bad debt. */
const WRITTEN_OFF = /^(?:坏账|呆账|坏账核销|已核销坏账|已计提坏账|written off|write-?off|bad debt|uncollectible)$/i;
/** A system's status for a document written off (not merely doubtful or provided for: 已计提坏账 is still owed). */
const WRITTEN_OFF_STATUS = /^(?:uncollectible|written[ -]?off|write-?off|坏账核销|已核销坏账|已核销为坏账)$/i;
/** Documents that are not receivables at all: voided, cancelled, drafts never sent. */
// Kingdee / 用友 documents are booked when audited: 未审核, 创建 (created) and 审核中 (in review) are not receivables yet.
const VOID_STATUS = /^(?:void|voided|cancel(?:l)?ed|draft|deleted|作废|作廢|已作废|已作廢|已取消|取消|草稿|未审核|創建|创建|审核中|暂存)$/i;
/** A void-flag column (作废标志, 是否作废, Void flag): its yes means voided (elsewhere 是 means paid). */
const VOID_FLAG_HEADER = /作废|作廢|^void|^isvoid/;
const VOID_FLAG_SET = /^(?:是|y|yes|1|true|√|✓|✔|已作废)$/i;

/**
 * A status cell as words the status rules read: NFKC, trimmed, and a system's snake_case
 * (Chargebee's CSV: `payment_due`, `not_paid`, `written_off`) read as spaces.
 * @example statusWords(" payment_due ") //=> "payment due"
 */
function statusWords(text: string): string {
  const t = text.normalize("NFKC").trim();
  return t.includes("_") ? t.replace(/_/g, " ") : t;
}

/** "paid", "open", "partial", or undefined for a status this reader does not know. Blank = open. */
function readStatus(text: string): "paid" | "open" | "partial" | undefined {
  const t = statusWords(text);
  if (t === "" || OPEN_STATUS.test(t)) return "open";
  if (PART_PAID_STATUS.test(t)) return "partial";
  return PAID_STATUS.test(t) ? "paid" : undefined;
}

/** True when the row repeats the header (exports repeat it on every printed page). */
function repeatsHeader(row: readonly RawCell[], headers: readonly string[]): boolean {
  let same = 0;
  for (let i = 0; i < headers.length; i++) {
    const cell = row[i];
    if (typeof cell !== "string") {
      if (cell !== null && cell !== undefined) return false;
      continue;
    }
    const text = cell.trim();
    if (text === "") continue;
    if (text !== headers[i].trim()) return false;
    same++;
  }
  return same >= 2;
}

/**
 * A total row that names what it totals ("Total Koala Print Co", "Total for 1 - 30 days past
 * due", "甲公司 小计", a 本期合计 in the memo column): no invoice date, and a cell that is a total
 * label or a footer line. A real row always has its date.
 */
function isTotalRow(row: readonly RawCell[], dateCell: RawCell): boolean {
  if (!isBlankCell(dateCell) && typeof dayOrReason(dateCell, {}) === "number") return false;
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (text === "") continue;
    if (isFooterText(text) || isTotalLabel(text)) return true;
  }
  return false;
}

/** The row's first filled cell as text ("" for none). */
function firstText(row: readonly RawCell[]): string {
  for (const cell of row) if (!isBlankCell(cell)) return cellText(cell);
  return "";
}

/** DueDate cell, else the row's Terms, else the customer's terms. */
function readDueDate(
  row: readonly RawCell[],
  c: Record<InvoiceField, number>,
  i: number,
  invoiceDate: DayNumber,
  customer: Customer,
  issues: TableIssues,
  options: { order?: "mdy" | "dmy" },
): DayNumber {
  // The customer's terms are read only when the row's are wanted and missing: a row with its due
  // date does not visit the customer's record (a cache miss per row in a large ledger).
  let terms: Terms | undefined;
  const termsCell = at(row, c.Terms);
  if (!isBlankCell(termsCell)) {
    terms = readTerms(termsCell, cellText(termsCell));
    if (!terms) issues.coded("warning", i, c.Terms, termsCell, "badTerms", { days: customer.termsDays });
  }
  const dueCell = at(row, c.DueDate);
  if (isBlankCell(dueCell)) return dueByTerms(invoiceDate, terms, customer);
  const due = dayOrReason(dueCell, options);
  if (typeof due === "number") {
    // A date cell is shown as the date, not as its serial (46204 tells a clerk nothing).
    if (due < invoiceDate) dueBeforeInvoice(row, c, i, due, invoiceDate, dueCell, issues);
    return due;
  }
  issues.coded("warning", i, c.DueDate, dueCell, "badDueDate", { reason: due, days: terms ? terms.days : customer.termsDays });
  return dueByTerms(invoiceDate, terms, customer);
}

/**
 * A due date before the invoice date. The date is never changed: as of a day before the invoice
 * date the invoice is in no figure (not aged, not on a statement, not reminded), and from it on it
 * is aged from the due date as written. An invoice date more than a year after its due date is
 * most likely a mistyped year (2099 for 2026): said on the InvoiceDate cell, as the suspect.
 */
function dueBeforeInvoice(row: readonly RawCell[], c: Record<InvoiceField, number>, i: number, due: DayNumber, invoiceDate: DayNumber, dueCell: RawCell, issues: TableIssues): void {
  const params = { invoiceDate: isoOf(invoiceDate), dueDate: isoOf(due) };
  if (invoiceDate - due > DAYS_IN_A_YEAR && c.InvoiceDate >= 0) {
    const dateCell = at(row, c.InvoiceDate);
    issues.coded("warning", i, c.InvoiceDate, typeof dateCell === "number" ? params.invoiceDate : dateCell, "invoiceDateFarAfterDue", params);
    return;
  }
  // A date cell is shown as the date, not as its serial (46204 tells a clerk nothing).
  issues.coded("warning", i, c.DueDate, typeof dueCell === "number" ? params.dueDate : dueCell, "dueBeforeInvoice", params);
}

/** More days than a year has: a date this far from another is no slip of a day or a month. */
const DAYS_IN_A_YEAR = 366;

/** The due date under the row's terms, else the customer's. */
function dueByTerms(invoiceDate: DayNumber, terms: Terms | undefined, customer: Customer): DayNumber {
  return terms ? dueUnder(invoiceDate, terms.days, terms.fromMonthEnd) : dueUnder(invoiceDate, customer.termsDays, customer.termsFromMonthEnd);
}

/** A customer made from an invoice row (one-sheet ledgers): the name and any customer columns on it. Returns its number. */
function customerFromRow(
  context: BuildContext,
  row: readonly RawCell[],
  c: Record<InvoiceField, number>,
  i: number,
  issues: TableIssues,
  idText: string,
  nameText: string,
  currency: CurrencyCode,
): number {
  const id = idText !== "" ? idText : nameText;
  const name = nameText !== "" ? nameText : idText;
  if (context.hasCustomersTable) {
    issues.coded("warning", i, c.CustomerID >= 0 ? c.CustomerID : c.CustomerName, at(row, c.CustomerID >= 0 ? c.CustomerID : c.CustomerName),
      "customerNotListed", { what: "invoice" });
  }
  let termsDays = context.defaultTermsDays;
  let termsFromMonthEnd = false;
  const termsCell = at(row, c.Terms);
  const terms = isBlankCell(termsCell) ? undefined : readTerms(termsCell, cellText(termsCell));
  if (terms) {
    termsDays = terms.days;
    termsFromMonthEnd = terms.fromMonthEnd;
  }
  // Customer columns on the invoice row: read once, when the customer first appears; a bad
  // value is said (a dropped email silently turns an email into a printed letter).
  const emailCell = at(row, c.Email);
  const email = cellText(emailCell);
  if (email !== "" && !looksLikeEmail(email)) issues.coded("warning", i, c.Email, emailCell, "badEmail");
  let creditLimit: Money | undefined;
  const limitCell = at(row, c.CreditLimit);
  if (!isBlankCell(limitCell)) {
    const limit = parseAmount(limitCell, currency);
    if (!limit.ok) issues.coded("warning", i, c.CreditLimit, limitCell, "badCreditLimit", { reason: limit.reason });
    else if (limit.minor < 0) issues.coded("warning", i, c.CreditLimit, limitCell, "negativeCreditLimit");
    else creditLimit = money(limit.minor, currency);
  }
  const language = readLanguage(cellText(at(row, c.Language))) ?? (hasCjk(name) ? "zh" : context.defaultLanguage);
  const customer: Customer = {
    id,
    ...(idText === "" ? { keyedByName: true } : {}),
    name,
    ...(email !== "" && looksLikeEmail(email) ? { email } : {}),
    ...(creditLimit ? { creditLimit } : {}),
    termsDays,
    ...(termsFromMonthEnd ? { termsFromMonthEnd } : {}),
    currency,
    language,
    source: { sheet: issues.sheet, row: issues.rowOf(i) },
  };
  return addCustomer(context, customer);
}

/** The Paid cell: same sign as the amount and, for credit notes, no more than the credit. */
function readPaid(
  cell: RawCell,
  amountMinor: number,
  currency: string,
  zero: Money,
  issues: TableIssues,
  index: number,
  col: number,
): Money {
  const paid = amountOrReason(cell, currency);
  if (typeof paid === "string") {
    issues.coded("warning", index, col, cell, "badPaid", { reason: paid });
    return zero;
  }
  if (paid === 0) return zero;
  if ((paid < 0) !== (amountMinor < 0)) {
    // A credit memo's paid part is often written positive: the sign follows the amount.
    if (amountMinor < 0 && paid > 0 && -paid >= amountMinor) return money(-paid, currency);
    issues.coded("warning", index, col, cell, "paidOppositeSign");
    return zero;
  }
  if (amountMinor < 0 && paid < amountMinor) {
    issues.coded("warning", index, col, cell, "creditPaidCapped");
    return money(amountMinor, currency);
  }
  return money(paid, currency);
}
