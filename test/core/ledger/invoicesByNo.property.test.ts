/**
 * The invoice register answers like one map keyed by the (customer, number) pair, whatever the
 * order in which invoices are filed and refiled, numbers shared across customers included.
 */
import fc from "fast-check";
import { InvoicesByNo } from "../../../src/core/ledger/_lib/invoicesByNo";
import { invoice } from "../dunning/builders";

const CUSTOMERS = ["C1", "C2", "c1", "C3"];
const NUMBERS = ["INV-1", "INV-2", "1001", "INV-1 "];

// The default register; one that starts tiny (it grows while filing); one whose every string
// hashes alike, so each lookup walks a probe chain and only the string compare tells pairs apart.
const REGISTERS: [string, () => InvoicesByNo][] = [
  ["default", () => new InvoicesByNo()],
  ["tiny, growing", () => new InvoicesByNo({ capacity: 1 })],
  ["every hash colliding", () => new InvoicesByNo({ capacity: 2, hash: () => 7 })],
];

describe.each(REGISTERS)("InvoicesByNo (%s)", (_name, makeRegister) => {
  it("finds what a map keyed by the customer and number pair finds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS), fc.nat(999)), { maxLength: 40 }), (filings) => {
        const register = makeRegister();
        const byPair = new Map<string, ReturnType<typeof invoice>>();
        const numberOf = new Map<string, number>();
        filings.forEach(([customerId, invoiceNo, cents], k) => {
          const filed = invoice({ customer: customerId, no: invoiceNo, date: "2026-10-01", amount: String(cents) });
          // The customer number filed with it: any number, handed back for the pair's entry.
          register.set(filed, undefined, k);
          byPair.set(JSON.stringify([customerId, invoiceNo]), filed);
          numberOf.set(JSON.stringify([customerId, invoiceNo]), k);
          for (const c of CUSTOMERS) {
            for (const n of NUMBERS) {
              const expected = byPair.get(JSON.stringify([c, n]));
              expect(register.get(c, n)).toBe(expected);
              expect(register.has(c, n)).toBe(expected !== undefined);
              const entry = register.entryOf(c, n);
              expect(entry >= 0 ? [register.invoiceAt(entry), register.customerNumberAt(entry)] : undefined)
                .toEqual(expected === undefined ? undefined : [expected, numberOf.get(JSON.stringify([c, n]))]);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("answers alike whether the caller passes the number's hash or lets the register compute it", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })), { maxLength: 60 }), fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), (pairs, customerId, invoiceNo) => {
        const register = makeRegister();
        const byPair = new Map<string, ReturnType<typeof invoice>>();
        pairs.forEach(([c, n], k) => {
          const filed = { ...invoice({ customer: "X", no: "X", date: "2026-10-01", amount: String(k) }), customerId: c, invoiceNo: n };
          if (k % 2 === 0) register.set(filed);
          else register.set(filed, register.numberHash(n));
          byPair.set(JSON.stringify([c, n]), filed);
        });
        for (const [c, n] of [...pairs, [customerId, invoiceNo]]) {
          const expected = byPair.get(JSON.stringify([c, n]));
          expect(register.get(c, n)).toBe(expected);
          expect(register.get(c, n, register.numberHash(n))).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
