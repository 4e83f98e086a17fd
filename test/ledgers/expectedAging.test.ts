/**
 * The corpus's independent calculator, checked on hand-worked examples (as of 2026-10-31:
 * due 2026-10-31 is 0 days = Current, 2026-10-01 is 30 days = 1-30, 2026-09-30 is 31 = 31-60,
 * 2026-08-02 is 90 = 61-90, 2026-08-01 is 91 = 90+).
 */
import { addDays, bucketOf, cents, endOfMonth, expectedRows } from "./_lib/expectedAging";

const AS_OF = "2026-10-31";

test("bucket edges: 0 days is Current, 30 is 1-30, 31 is 31-60, 90 is 61-90, 91 is 90+", () => {
  expect(["2026-11-01", "2026-10-31", "2026-10-01", "2026-09-30", "2026-08-02", "2026-08-01"].map((due) => bucketOf(AS_OF, due))).toEqual([0, 0, 1, 2, 3, 4]);
});

test("amounts are parsed as whole cents by text, dates as whole days", () => {
  expect([cents("12,345.60"), cents("-1,200.00"), cents("0.5"), cents("7")]).toEqual([1234560, -120000, 50, 700]);
  expect([addDays("2026-08-10", 30), addDays("2026-12-31", 1), endOfMonth("2026-02-15"), endOfMonth("2028-02-01")]).toEqual(["2026-09-09", "2027-01-01", "2026-02-28", "2028-02-29"]);
});

test("open mode takes each row's open balance as printed; a negative one is unapplied credit in the first bucket", () => {
  const rows = expectedRows(AS_OF, "open", [
    { customer: "A", currency: "USD", no: "1", date: "2026-06-01", due: "2026-07-01", amount: 50000, open: 0 },
    { customer: "A", currency: "USD", no: "2", date: "2026-09-01", due: "2026-10-01", amount: 30000, open: 20000 },
    { customer: "A", currency: "USD", no: "CM", date: "2026-10-20", due: "2026-10-20", amount: -5000, open: -5000 },
  ]);
  // 200.00 in 1-30; 50.00 credit nets into Current: balance 150.00, overdue 200.00.
  expect(rows).toEqual([{ customer: "A", currency: "USD", buckets: [-5000, 20000, 0, 0, 0], balance: 15000, overdue: 20000 }]);
});

test("allocate mode: a receipt naming an invoice settles it, the rest and credit notes settle the oldest first; later receipts wait", () => {
  const rows = expectedRows(AS_OF, "allocate", [
    { customer: "B", currency: "CNY", no: "X1", date: "2026-07-01", due: "2026-07-31", amount: 100000 },
    { customer: "B", currency: "CNY", no: "X2", date: "2026-09-01", due: "2026-10-01", amount: 40000 },
    { customer: "B", currency: "CNY", no: "X3", date: "2026-10-20", due: "2026-11-19", amount: 10000 },
    { customer: "B", currency: "CNY", no: "R1", date: "2026-10-25", due: "2026-10-25", amount: -30000 },
  ], [
    { customer: "B", currency: "CNY", date: "2026-10-05", amount: 45000, invoiceNo: "X2" }, // 400.00 to X2, 50.00 left
    { customer: "B", currency: "CNY", date: "2026-11-03", amount: 99900 }, // after the as-of day: ignored
  ]);
  // X1 1,000.00 − (300.00 + 50.00) = 650.00 at 92 days (90+); X2 settled; X3 100.00 Current.
  expect(rows).toEqual([{ customer: "B", currency: "CNY", buckets: [10000, 0, 0, 0, 65000], balance: 75000, overdue: 65000 }]);
});
