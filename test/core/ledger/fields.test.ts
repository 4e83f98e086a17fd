import { CUSTOMER_FIELDS, INVOICE_FIELDS, PAYMENT_FIELDS, requiredFields } from "../../../src/core/ledger";

describe("requiredFields", () => {
  it("returns the bold columns of DESIGN §2", () => {
    expect(requiredFields(CUSTOMER_FIELDS)).toEqual(["CustomerID", "Name"]);
    expect(requiredFields(INVOICE_FIELDS)).toEqual(["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"]);
    expect(requiredFields(PAYMENT_FIELDS)).toEqual(["Date", "CustomerID", "Amount"]);
  });
});
