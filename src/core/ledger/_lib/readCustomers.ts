/** The Customers table → Customer records. Private to the ledger. */
import type { Customer, Money } from "../../model";
import { money, parseAmount } from "../../money";
import { CUSTOMER_FIELDS } from "../fields";
import type { CustomerField } from "../fields";
import type { MappedTable } from "../input";
import { cellText, isBlankRow } from "./cells";
import { addCustomer, at, readCurrency, resolveColumns } from "./context";
import { hasCjk, nameKey } from "./customerKey";
import { readTerms } from "./terms";
import type { BuildContext } from "./context";
import { TableIssues } from "./issues";
import { looksLikeEmail, readDiscountTerms, readLanguage } from "./values";
import { issueReason } from "../issueTexts";
import { isBareTotalWord } from "./totalWords";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the customers. The key is the CustomerID; a list without one (a contact-list export:
 * Customer, Email, Credit Limit, Terms) is keyed by the name, and invoices join to it by name.
 * Without a Name column the name is the ID.
 */
export function readCustomers(table: MappedTable<CustomerField>, context: BuildContext): void {
  const { block } = table;
  const issues = new TableIssues(block, context.issues);
  const c = resolveColumns(block, table.columns, CUSTOMER_FIELDS, issues);
  if (c === undefined) return;
  const rows = block.rows;
  const byName = c.CustomerID < 0;
  const keyCol = byName ? c.Name : c.CustomerID;
  const keyField = byName ? "Name" : "CustomerID";
  let totalRows = 0;
  let firstTotal = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const idCell = at(row, keyCol);
    const id = cellText(idCell);
    if (id === "") {
      if (!isBlankRow(row)) issues.coded("error", i, keyCol, idCell, "emptyRequired", { field: keyField });
      continue;
    }
    // A total row at the foot of the list (its credit limits summed): no customer called "Total".
    if (isBareTotalWord(id) && (byName || c.Name < 0 || cellText(at(row, c.Name)) === "")) {
      totalRows++;
      if (firstTotal < 0) firstTotal = i;
      continue;
    }
    // The customers read so far are this table's (it is read first): the maps that find them tell a repeated key.
    const seen = byName ? context.customerKeys.ofName(nameKey(id)) : context.customerById.get(id);
    if (seen !== undefined) {
      issues.coded("error", i, keyCol, idCell, "duplicate", { field: keyField, first: context.customers[seen].source.row });
      continue;
    }

    let name = c.Name < 0 ? id : cellText(at(row, c.Name));
    if (name === "") {
      issues.coded("warning", i, c.Name, at(row, c.Name), "nameEmpty");
      name = id;
    }

    const currencyCell = at(row, c.Currency);
    const currency = readCurrency(cellText(currencyCell), context.defaultCurrency);
    if (currency.doubt) issues.coded("warning", i, c.Currency, currencyCell, currency.doubt.code, currency.doubt.params);

    let creditLimit: Money | undefined;
    const limitCell = at(row, c.CreditLimit);
    if (cellText(limitCell) !== "") {
      const limit = parseAmount(limitCell, currency.code);
      if (!limit.ok) issues.coded("warning", i, c.CreditLimit, limitCell, "badCreditLimit", { reason: limit.reason });
      else if (limit.minor < 0) issues.coded("warning", i, c.CreditLimit, limitCell, "negativeCreditLimit");
      else creditLimit = money(limit.minor, currency.code);
    }

    let termsDays = context.defaultTermsDays;
    let termsFromMonthEnd = false;
    const termsCell = at(row, c.TermsDays);
    const termsText = cellText(termsCell);
    if (termsText !== "") {
      const terms = readTerms(termsCell, termsText);
      if (terms === undefined) {
        issues.coded("warning", i, c.TermsDays, termsCell, "badTerms", { days: context.defaultTermsDays });
      } else {
        termsDays = terms.days;
        termsFromMonthEnd = terms.fromMonthEnd;
      }
    }

    const discountCell = at(row, c.DiscountTerms);
    const discountText = cellText(discountCell);
    const discountTerms = discountText === "" ? undefined : readDiscountTerms(discountText);
    if (discountText !== "" && discountTerms === undefined) {
      issues.coded("warning", i, c.DiscountTerms, discountCell, "badDiscountTerms");
    }

    // Language column > CJK characters in the name > the workbook's language (DESIGN §2).
    let language = hasCjk(name) ? "zh" as const : context.defaultLanguage;
    const languageCell = at(row, c.Language);
    const languageText = cellText(languageCell);
    if (languageText !== "") {
      const read = readLanguage(languageText);
      if (read === undefined) issues.coded("warning", i, c.Language, languageCell, "unknownLanguage", { used: language });
      else language = read;
    }

    const emailCell = at(row, c.Email);
    const email = cellText(emailCell);
    if (email !== "" && !looksLikeEmail(email)) {
      issues.coded("warning", i, c.Email, emailCell, "badEmail");
    }
    const address = cellText(at(row, c.Address));
    const contact = cellText(at(row, c.Contact));

    // Set field by field in the record's order (no object spread per optional field: 50,000 customers).
    const customer: Writable<Customer> = { id } as Writable<Customer>;
    if (byName) customer.keyedByName = true;
    customer.name = name;
    if (email !== "") customer.email = email;
    if (creditLimit) customer.creditLimit = creditLimit;
    customer.termsDays = termsDays;
    if (termsFromMonthEnd) customer.termsFromMonthEnd = termsFromMonthEnd;
    if (discountTerms) customer.discountTerms = discountTerms;
    customer.currency = currency.code;
    customer.language = language;
    if (address !== "") customer.address = address;
    if (contact !== "") customer.contact = contact;
    customer.source = { sheet: block.sheet, row: issues.rowOf(i) };
    addCustomer(context, customer);
  }
  if (totalRows > 0) {
    const params = { footers: totalRows, notes: 0, blank: 0, firstFooter: issues.rowOf(firstTotal) };
    context.issues.push({ severity: "info", sheet: block.sheet, row: 0, reason: issueReason("rowsSkipped", params), code: "rowsSkipped", params });
  }
}
