/**
 * The invoice register answers like one map keyed by the (customer, number) pair, whatever the
 * order in which invoices are filed and refiled, numbers shared across customers included.
 */
import fc from "fast-check";
import { InvoicesByNo } from "../../../src/core/ledger/_lib/invoicesByNo";

const CUSTOMERS = ["C1", "C2", "c1", "C3"];
const NUMBERS = ["INV-1", "INV-2", "1001", "INV-1 "];

// The default register; one that starts tiny (it grows while filing); one whose every string
// hashes alike, so each lookup walks a probe chain and only the string compare tells pairs apart.
const REGISTERS: [string, () => InvoicesByNo][] = [
  ["default", () => new InvoicesByNo()],
  ["tiny, growing", () => new InvoicesByNo({ capacity: 1 })],
  ["every hash colliding", () => new InvoicesByNo({ capacity: 2, hash: () => 7 })],
];

const pairKey = (customerId: string, invoiceNo: string): string => JSON.stringify([customerId, invoiceNo]);

describe.each(REGISTERS)("InvoicesByNo (%s)", (_name, makeRegister) => {
  it("finds what a map keyed by the customer and number pair finds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS), fc.nat(999)), { maxLength: 40 }), (filings) => {
        const register = makeRegister();
        // The pair's ledger position and customer number, as a map keeps them (a refiling replaces both).
        const byPair = new Map<string, [number, number]>();
        filings.forEach(([customerId, invoiceNo, position], k) => {
          register.set(customerId, invoiceNo, register.numberHash(invoiceNo), k, position);
          byPair.set(pairKey(customerId, invoiceNo), [position, k]);
          for (const c of CUSTOMERS) {
            for (const n of NUMBERS) {
              const expected = byPair.get(pairKey(c, n));
              expect(register.positionOf(c, n)).toBe(expected === undefined ? -1 : expected[0]);
              expect(register.has(c, n)).toBe(expected !== undefined);
              const entry = register.entryOf(c, n);
              expect(entry >= 0 ? [register.positionAt(entry), register.customerNumberAt(entry)] : undefined).toEqual(expected);
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
        const byPair = new Map<string, number>();
        pairs.forEach(([c, n], k) => {
          register.set(c, n, register.numberHash(n), 0, k);
          byPair.set(pairKey(c, n), k);
        });
        for (const [c, n] of [...pairs, [customerId, invoiceNo]]) {
          const expected = byPair.get(pairKey(c, n)) ?? -1;
          expect(register.positionOf(c, n)).toBe(expected);
          expect(register.positionOf(c, n, register.numberHash(n))).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
