/** The Payments table → Payment records. Private to the ledger. */
import type { ParseDateOptions } from "../../dates";
import type { CurrencyCode } from "../../model";
import { amountMarker } from "../../money/parseAmount";
import { markerFitsCurrency } from "../../money/currency";
import type { RawCell } from "../../source";
import { amountOrReason, dayOrReason } from "./readCell";
import { PAYMENT_FIELDS } from "../fields";
import type { PaymentField } from "../fields";
import type { MappedTable } from "../input";
import { cellText, isBlankCell, isBlankRow } from "./cells";
import { at, findCustomerAt, placeholderCustomer, resolveColumns } from "./context";
import { orderFor } from "./dateOrder";
import type { BuildContext } from "./context";
import { TableIssues } from "./issues";
import { issueReason } from "../issueTexts";
import type { InvoicesByNo } from "./invoicesByNo";
import { LookAhead } from "./lookAhead";
import { isLabelledTotal, LabelledTotals } from "./labelledTotal";
import { formatAmount } from "../../money/format";
import { lostDigits } from "./lostDigits";

/** A date cell that holds no date: blank, or text that does not start with a digit. */
function undated(cell: RawCell): boolean {
  if (isBlankCell(cell)) return true;
  if (typeof cell !== "string") return false;
  const first = cell.trimStart().charCodeAt(0);
  return !(first >= 48 && first <= 57) && !(first >= 0xff10 && first <= 0xff19);
}

/**
 * Reads the payments into the recorded columns (how many were kept). A payment's currency is its
 * invoice's when it names one of the customer's invoices, else the customer's currency.
 * `invoiceByNo` holds the invoices readInvoices kept.
 */
export function readPayments(
  table: MappedTable<PaymentField>,
  context: BuildContext,
  invoiceByNo: InvoicesByNo,
): number {
  const { block } = table;
  const columns = context.columns;
  // These payments replace any the invoice rows carried.
  columns.restartPayments(block.rows.length);
  columns.sheet(block.sheet);
  const issues = new TableIssues(block, context.issues);
  const c = resolveColumns(block, table.columns, PAYMENT_FIELDS, issues);
  let kept = 0;
  if (c === undefined) {
    context.unread.addRows(block.rows, table.columns.Amount ?? -1, context.defaultCurrency);
    return kept;
  }
  const order = orderFor(context.dateScans.orders(block.rows, [c.Date])[0], context.workbookDateOrder, context.dateOrder);
  const dateOptions: ParseDateOptions = order ? { order } : {};
  const rows = block.rows;
  const sheet = block.sheet;

  // Every invoice is filed by now: the rows' quoted invoices are found looking ahead too.
  const ahead = new LookAhead(rows, c.CustomerID, c.InvoiceNo, context, invoiceByNo, true);
  // The list's own total rows (合计, Total …): skipped as payments, checked against the rows they close.
  /**
   * The currency row k is read in, as the loop below reads it: asked only of rows above a total
   * over rows of two currencies (checked per currency), so nothing is kept per row.
   */
  const currencyOfRow = (k: number): CurrencyCode | undefined => {
    const row = rows[k];
    const id = cellText(at(row, c.CustomerID));
    if (id === "") return undefined;
    const customerAt = findCustomerAt(context, id, "");
    const invoiceNo = cellText(at(row, c.InvoiceNo));
    const position = invoiceNo === "" || customerAt < 0 ? -1 : invoiceByNo.positionOf(customerAt, invoiceNo, invoiceByNo.numberHash(invoiceNo));
    if (position >= 0) return columns.currencyAt(position);
    const own = customerAt >= 0 ? context.customerCurrencies[customerAt] : context.defaultCurrency;
    const marker = amountMarker(at(row, c.Amount));
    return marker !== undefined && !markerFitsCurrency(marker.marker, own) ? marker.currency : own;
  };
  const totals = new LabelledTotals(rows, [c.Amount], -1, context.defaultCurrency, undefined, currencyOfRow);
  let sectionStart = 0;
  let totalRows = 0;
  let firstTotal = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A total carries no date (or its label where the date goes: 合计 in a 台账's first column) and
    // quotes no invoice: the label test reads the row's texts, only for such a row.
    const rowDate = at(row, c.Date);
    if (undated(rowDate) && typeof dayOrReason(rowDate, dateOptions) !== "number" && isBlankCell(at(row, c.InvoiceNo)) && isLabelledTotal(row)) {
      const off = totals.check(i, sectionStart);
      if (off !== undefined) {
        issues.coded("warning", i, off.col, off.cell, "totalNotSum", { field: block.headers[off.col], value: cellText(off.cell), sum: formatAmount(off.sum, off.currency),
          from: issues.rowOf(off.from), to: issues.rowOf(i - 1), difference: formatAmount(off.stated - off.sum, off.currency) });
        context.unread.addTotalOff(off.unaccounted, off.currency);
      }
      totalRows++;
      if (firstTotal < 0) firstTotal = i;
      sectionStart = i + 1;
      continue;
    }
    const customerCell = at(row, c.CustomerID);
    const customerId = cellText(customerCell);
    if (customerId === "") {
      if (!isBlankRow(row)) {
        issues.coded("error", i, c.CustomerID, customerCell, "emptyRequired", { field: "CustomerID" });
        context.unread.add(at(row, c.Amount), context.defaultCurrency);
      }
      continue;
    }
    const dateCell = at(row, c.Date);
    const date = dayOrReason(dateCell, dateOptions);
    if (typeof date === "string") {
      issues.coded("error", i, c.Date, dateCell, "badRequired", { field: "Date", reason: date });
      const known = context.customerById.get(customerId);
      context.unread.add(at(row, c.Amount), known === undefined ? context.defaultCurrency : context.customers[known].currency);
      continue;
    }
    const noCell = at(row, c.InvoiceNo);
    const invoiceNo = cellText(noCell);
    // Most rows quote an invoice of the customer under its exact ID: that invoice vouches for the
    // customer, so its record is not read. Otherwise the ID may be written another way (`c-001`).
    // Found looking ahead (the customers the rows add since are looked up here), the number hashed there too.
    const aheadAt = ahead.customerOf(i);
    const noHash = invoiceNo === "" ? 0 : aheadAt >= 0 ? ahead.numberHashOf(i) : invoiceByNo.numberHash(invoiceNo);
    const exactAt = aheadAt >= 0 ? aheadAt : context.customerById.get(customerId);
    const quotedPosition = invoiceNo === "" || exactAt === undefined ? -1
      : aheadAt >= 0 ? ahead.positionOf(i) : invoiceByNo.positionOf(exactAt, invoiceNo, noHash);
    const quoted = quotedPosition >= 0;
    let customerAt = exactAt !== undefined ? exactAt : findCustomerAt(context, customerId, "");
    const customer = !quoted && customerAt >= 0 ? context.customers[customerAt] : undefined;
    const listed = quoted || customer !== undefined;
    // A customer found under another spelling of its ID: the invoice is filed under that customer.
    const invoicePosition = quoted ? quotedPosition
      : invoiceNo === "" || customerAt < 0 || customerAt === exactAt ? -1 : invoiceByNo.positionOf(customerAt, invoiceNo, noHash);
    const amountCell = at(row, c.Amount);
    // Its invoice's currency, else a marker in the amount (`USD 1,200.00` from a customer billed in CNY too), else the customer's.
    const own = customer ? customer.currency : context.defaultCurrency;
    const marker = invoicePosition >= 0 ? undefined : amountMarker(amountCell);
    const currency = invoicePosition >= 0 ? columns.currencyAt(invoicePosition) : marker !== undefined && !markerFitsCurrency(marker.marker, own) ? marker.currency : own;
    const amount = amountOrReason(amountCell, currency);
    if (typeof amount === "string") {
      issues.coded("error", i, c.Amount, amountCell, "badRequired", { field: "Amount", reason: amount });
      context.unread.add(amountCell, currency);
      continue;
    }
    if (!listed) {
      customerAt = placeholderCustomer(context, customerId, currency, sheet, issues.rowOf(i));
      issues.coded("warning", i, c.CustomerID, customerCell, "customerNotListed", { what: "payment" });
    }
    const digits = lostDigits(noCell);
    if (digits > 0) issues.coded("warning", i, c.InvoiceNo, noCell, "numberDigitsLost", { field: "InvoiceNo", digits });
    else if (invoiceNo !== "" && invoicePosition < 0) {
      issues.coded("warning", i, c.InvoiceNo, noCell, "paymentInvoiceUnknown");
    }
    if (amount < 0) {
      issues.coded("warning", i, c.Amount, amountCell, "negativePayment");
    }
    const reference = c.Reference < 0 ? "" : cellText(at(row, c.Reference));
    const method = c.Method < 0 ? "" : cellText(at(row, c.Method));
    columns.payment(customerAt, currency, date, amount, invoiceNo === "" ? undefined : invoiceNo, reference === "" ? undefined : reference,
      method === "" ? undefined : method, issues.rowOf(i), noHash, invoicePosition);
    kept++;
  }
  if (totals.mixedSkipped > 0) issues.tableCoded("info", undefined, "totalMixedCurrencies", { count: totals.mixedSkipped, first: issues.rowOf(totals.firstMixedSkipped) });
  if (totalRows > 0) {
    const params = { footers: totalRows, notes: 0, blank: 0, firstFooter: issues.rowOf(firstTotal) };
    context.issues.push({ severity: "info", sheet, row: 0, reason: issueReason("rowsSkipped", params), code: "rowsSkipped", params });
  }
  return kept;
}
