import { columnsAsRead, paidReadAsCredit } from "../../../src/core/ledger";

const having = (...fields: string[]) => (field: string) => fields.includes(field);

describe("paidReadAsCredit", () => {
  it("returns true for a 已收 in a list numbered by its rows (no number, no credit column, no payments table)", () => {
    expect(paidReadAsCredit(having("InvoiceDate", "Amount", "Paid"), false)).toBe(true);
  });
  describe("edge cases", () => {
    it("returns false when the list has numbers, a credit column of its own, or a payments table", () => {
      expect(paidReadAsCredit(having("InvoiceNo", "InvoiceDate", "Amount", "Paid"), false)).toBe(false);
      expect(paidReadAsCredit(having("InvoiceDate", "Amount", "Paid", "Credit"), false)).toBe(false);
      expect(paidReadAsCredit(having("InvoiceDate", "Amount", "Paid"), true)).toBe(false);
      expect(paidReadAsCredit(having("InvoiceDate", "Amount"), false)).toBe(false);
    });
  });
});

describe("columnsAsRead", () => {
  it("returns the Paid column under Credit when the reader reads it so", () => {
    expect(columnsAsRead({ InvoiceDate: 0, CustomerName: 1, Amount: 3, Paid: 4 }, false)).toEqual({ InvoiceDate: 0, CustomerName: 1, Amount: 3, Credit: 4 });
  });
  it("returns the map as detected otherwise", () => {
    const numbered = { InvoiceNo: 0, InvoiceDate: 1, Amount: 3, Paid: 4 };
    expect(columnsAsRead(numbered, false)).toBe(numbered);
  });
});
