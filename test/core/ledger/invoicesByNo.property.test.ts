/**
 * The invoice register answers like one map keyed by the (customer, number) pair, whatever the
 * order in which invoices are filed and refiled, numbers shared across customers included.
 */
import fc from "fast-check";
import { InvoicesByNo } from "../../../src/core/ledger/_lib/invoicesByNo";
import { invoice } from "../dunning/builders";

const CUSTOMERS = ["C1", "C2", "c1", "C3"];
const NUMBERS = ["INV-1", "INV-2", "1001", "INV-1 "];

describe("InvoicesByNo", () => {
  it("finds what a map keyed by the customer and number pair finds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS), fc.nat(999)), { maxLength: 40 }), (filings) => {
        const register = new InvoicesByNo();
        const byPair = new Map<string, ReturnType<typeof invoice>>();
        for (const [customerId, invoiceNo, cents] of filings) {
          const filed = invoice({ customer: customerId, no: invoiceNo, date: "2026-10-01", amount: String(cents) });
          register.set(filed);
          byPair.set(JSON.stringify([customerId, invoiceNo]), filed);
          for (const c of CUSTOMERS) {
            for (const n of NUMBERS) {
              const expected = byPair.get(JSON.stringify([c, n]));
              expect(register.get(c, n)).toBe(expected);
              expect(register.has(c, n)).toBe(expected !== undefined);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
