/** The Invoices table → Invoice records. One linear pass; the hot path of a large ledger. Private. */
import type { Customer, DayNumber, Invoice, Money } from "../../model";
import type { RawCell } from "../../../workbook/port";
import { money } from "../../money";
import type { ParseDateOptions } from "../../dates";
import { amountOrReason, dayOrReason } from "./readCell";
import { INVOICE_FIELDS } from "../fields";
import type { InvoiceField } from "../fields";
import type { MappedTable } from "../input";
import { cellText, isBlankCell, isBlankRow } from "./cells";
import { at, placeholderCustomer, readCurrency, resolveColumns, zeroOf } from "./context";
import type { BuildContext } from "./context";
import { TableIssues } from "./issues";
import { readYesNo } from "./values";

/**
 * Reads the invoices; `hasPaymentsTable` makes the Paid column ignored (payments come from there).
 * `byNo` receives each kept invoice under its InvoiceNo: it finds duplicates here and is reused by
 * readPayments, so a large ledger builds one string-keyed map, not two.
 */
export function readInvoices(
  table: MappedTable<InvoiceField>,
  context: BuildContext,
  hasPaymentsTable: boolean,
  byNo: Map<string, Invoice>,
): Invoice[] {
  const { block } = table;
  const issues = new TableIssues(block, context.issues);
  const c = resolveColumns(block, table.columns, INVOICE_FIELDS, issues);
  const invoices: Invoice[] = [];
  if (c === undefined) return invoices;
  const dateOptions: ParseDateOptions = context.dateOrder ? { order: context.dateOrder } : {};
  let ignoredPaid = 0;
  const rows = block.rows;
  const sheet = block.sheet;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const noCell = at(row, c.InvoiceNo);
    const invoiceNo = cellText(noCell);
    const customerCell = at(row, c.CustomerID);
    const customerId = cellText(customerCell);
    if (invoiceNo === "" || customerId === "") {
      if (isBlankRow(row)) continue;
      if (invoiceNo === "") issues.cell("error", i, c.InvoiceNo, noCell, "InvoiceNo is empty: row not read");
      else issues.cell("error", i, c.CustomerID, customerCell, "CustomerID is empty: row not read");
      continue;
    }
    const seen = byNo.get(invoiceNo);
    if (seen !== undefined) {
      issues.cell("error", i, c.InvoiceNo, noCell, `duplicate InvoiceNo: row ${seen.source.row} has it already, this row was not read`);
      continue;
    }

    let customer: Customer | undefined = context.customerById.get(customerId);
    const currencyCell = at(row, c.Currency);
    const currencyText = c.Currency < 0 ? "" : cellText(currencyCell);
    // Most rows leave Currency blank: no read, no allocation.
    let currencyCode = customer ? customer.currency : context.defaultCurrency;
    let currencyDoubt: string | undefined;
    if (currencyText !== "") {
      const read = readCurrency(currencyText, currencyCode);
      currencyCode = read.code;
      currencyDoubt = read.doubtful;
    }

    const dateCell = at(row, c.InvoiceDate);
    const invoiceDate = dayOrReason(dateCell, dateOptions);
    if (typeof invoiceDate === "string") {
      issues.cell("error", i, c.InvoiceDate, dateCell, `InvoiceDate ${invoiceDate}: row not read`);
      continue;
    }
    const amountCell = at(row, c.Amount);
    const amount = amountOrReason(amountCell, currencyCode);
    if (typeof amount === "string") {
      issues.cell("error", i, c.Amount, amountCell, `Amount ${amount}: row not read`);
      continue;
    }
    // The row is kept from here on: every later doubt is a warning.
    if (currencyDoubt) issues.cell("warning", i, c.Currency, currencyCell, currencyDoubt);
    if (customer === undefined) {
      customer = placeholderCustomer(context, customerId, currencyCode, sheet, issues.rowOf(i));
      issues.cell("warning", i, c.CustomerID, customerCell, "customer not in the Customers table: invoice kept under a customer named by its ID");
    }

    const dueCell = at(row, c.DueDate);
    let dueDate: DayNumber;
    if (isBlankCell(dueCell)) {
      dueDate = (invoiceDate + customer.termsDays) as DayNumber;
    } else {
      const due = dayOrReason(dueCell, dateOptions);
      if (typeof due === "number") {
        dueDate = due;
        if (dueDate < invoiceDate) issues.cell("warning", i, c.DueDate, dueCell, "DueDate is before InvoiceDate");
      } else {
        dueDate = (invoiceDate + customer.termsDays) as DayNumber;
        issues.cell("warning", i, c.DueDate, dueCell, `DueDate ${due}: InvoiceDate + ${customer.termsDays} days used`);
      }
    }

    const zero = zeroOf(context, currencyCode);
    let paid: Money = zero;
    const paidCell = at(row, c.Paid);
    if (!isBlankCell(paidCell)) {
      if (hasPaymentsTable) ignoredPaid++;
      else paid = readPaid(paidCell, amount, currencyCode, zero, issues, i, c.Paid);
    }

    let disputed = false;
    const disputedCell = at(row, c.Disputed);
    if (!isBlankCell(disputedCell)) {
      const flag = readYesNo(disputedCell, cellText(disputedCell));
      if (flag === undefined) {
        disputed = true;
        issues.cell("warning", i, c.Disputed, disputedCell, "Disputed is not yes or no: taken as disputed");
      } else disputed = flag;
    }
    const description = c.Description < 0 ? "" : cellText(at(row, c.Description));

    const invoice: Invoice = {
      invoiceNo,
      customerId,
      invoiceDate,
      dueDate,
      amount: money(amount, currencyCode),
      paid,
      disputed,
      description: description === "" ? undefined : description,
      source: { sheet, row: issues.rowOf(i) },
    };
    invoices.push(invoice);
    byNo.set(invoiceNo, invoice);
  }
  if (ignoredPaid > 0) {
    issues.table("warning", block.headers[c.Paid],
      `Paid column ignored on ${ignoredPaid} rows: payments come from the Payments table`);
  }
  return invoices;
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
    issues.cell("warning", index, col, cell, `Paid ${paid}: taken as 0`);
    return zero;
  }
  if (paid === 0) return zero;
  if ((paid < 0) !== (amountMinor < 0)) {
    issues.cell("warning", index, col, cell, "Paid has the opposite sign of Amount: taken as 0");
    return zero;
  }
  if (amountMinor < 0 && paid < amountMinor) {
    issues.cell("warning", index, col, cell, "Paid on a credit note exceeds its amount: capped at the amount");
    return money(amountMinor, currency);
  }
  return money(paid, currency);
}
