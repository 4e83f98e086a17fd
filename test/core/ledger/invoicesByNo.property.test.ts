/**
 * The invoice register answers like one map keyed by the (customer, number) pair, whatever the
 * order in which invoices are filed and refiled, numbers shared across customers included.
 */
import fc from "fast-check";
import { InvoicesByNo } from "../../../src/core/ledger/_lib/invoicesByNo";

/** Customers by their number in the build context (0, 1, … and a large one). */
const CUSTOMERS = [0, 1, 2, 49_999];
const NUMBERS = ["INV-1", "INV-2", "1001", "INV-1 "];

// The default register; one that starts tiny (it grows while filing); one whose every string
// hashes alike, so each lookup walks a probe chain and only the customer and string compares tell pairs apart.
const REGISTERS: [string, () => InvoicesByNo][] = [
  ["default", () => new InvoicesByNo()],
  ["tiny, growing", () => new InvoicesByNo({ capacity: 1 })],
  ["every hash colliding", () => new InvoicesByNo({ capacity: 2, hash: () => 7 })],
];

const pairKey = (customer: number, invoiceNo: string): string => JSON.stringify([customer, invoiceNo]);

describe.each(REGISTERS)("InvoicesByNo (%s)", (_name, makeRegister) => {
  it("finds what a map keyed by the customer and number pair finds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS), fc.nat(999)), { maxLength: 40 }), (filings) => {
        const register = makeRegister();
        // The pair's ledger position, as a map keeps it (a refiling replaces it).
        const byPair = new Map<string, number>();
        filings.forEach(([customer, invoiceNo, position]) => {
          // A lookup first (as the reader checks for a duplicate), so a filing may take the slot it left.
          register.positionOf(customer, invoiceNo);
          register.set(customer, invoiceNo, register.numberHash(invoiceNo), position);
          byPair.set(pairKey(customer, invoiceNo), position);
          for (const c of CUSTOMERS) {
            for (const n of NUMBERS) {
              const expected = byPair.get(pairKey(c, n));
              expect(register.positionOf(c, n)).toBe(expected === undefined ? -1 : expected);
              expect(register.has(c, n)).toBe(expected !== undefined);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("finds a batch of pairs (positionsOf) as it finds each pair alone", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS), fc.nat(999)), { maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom(-1, ...CUSTOMERS), fc.constantFrom("", ...NUMBERS)), { maxLength: 30 }),
        (filings, asked) => {
          const register = makeRegister();
          for (const [customer, invoiceNo, position] of filings) register.set(customer, invoiceNo, register.numberHash(invoiceNo), position);
          const positions = new Int32Array(asked.length);
          register.positionsOf(Int32Array.from(asked.map(([c]) => c)), asked.map(([, n]) => n), Int32Array.from(asked.map(([, n]) => register.numberHash(n))), asked.length, positions);
          // No customer or no number: nothing is looked up.
          expect(Array.from(positions)).toEqual(asked.map(([c, n]) => (c < 0 || n === "" ? -1 : register.positionOf(c, n))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers alike whether the caller passes the number's hash or lets the register compute it", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 60 }), fc.nat(5), fc.string({ maxLength: 4 }), (pairs, customer, invoiceNo) => {
        const register = makeRegister();
        const byPair = new Map<string, number>();
        pairs.forEach(([c, n], k) => {
          register.set(c, n, register.numberHash(n), k);
          byPair.set(pairKey(c, n), k);
        });
        for (const [c, n] of [...pairs, [customer, invoiceNo] as const]) {
          const expected = byPair.get(pairKey(c, n)) ?? -1;
          expect(register.positionOf(c, n)).toBe(expected);
          expect(register.positionOf(c, n, register.numberHash(n))).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("InvoicesByNo reading the numbers from the ledger (numberAt)", () => {
  // As buildLedger files them: each new invoice at the next ledger position, which holds its number.
  const registers: [string, (ledger: string[]) => InvoicesByNo][] = [
    ["default", (ledger) => new InvoicesByNo({ numberAt: (position) => ledger[position] })],
    ["tiny, growing", (ledger) => new InvoicesByNo({ capacity: 1, numberAt: (position) => ledger[position] })],
    ["every hash colliding", (ledger) => new InvoicesByNo({ capacity: 2, hash: () => 7, numberAt: (position) => ledger[position] })],
  ];

  it.each(registers)("finds what a map keyed by the customer and number pair finds (%s)", (_name, makeRegister) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom(...NUMBERS, "")), { maxLength: 40 }), (rows) => {
        const ledger: string[] = [];
        const register = makeRegister(ledger);
        const byPair = new Map<string, number>();
        for (const [customer, invoiceNo] of rows) {
          // A duplicate of its customer is not filed again (the reader drops it).
          if (register.positionOf(customer, invoiceNo) >= 0) continue;
          const position = ledger.length;
          register.set(customer, invoiceNo, register.numberHash(invoiceNo), position);
          ledger.push(invoiceNo);
          byPair.set(pairKey(customer, invoiceNo), position);
        }
        for (const c of CUSTOMERS) {
          for (const n of NUMBERS) expect(register.positionOf(c, n)).toBe(byPair.get(pairKey(c, n)) ?? -1);
        }
        const asked = CUSTOMERS.flatMap((c) => NUMBERS.map((n) => [c, n] as const));
        const positions = new Int32Array(asked.length);
        register.positionsOf(Int32Array.from(asked.map(([c]) => c)), asked.map(([, n]) => n), Int32Array.from(asked.map(([, n]) => register.numberHash(n))), asked.length, positions);
        expect(Array.from(positions)).toEqual(asked.map(([c, n]) => byPair.get(pairKey(c, n)) ?? -1));
      }),
      { numRuns: 300 },
    );
  });
});
