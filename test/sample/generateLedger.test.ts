import { CUSTOMER_HEADERS, generateLedger, INVOICE_HEADERS, PAYMENT_HEADERS, type GeneratedLedger } from "../../src/sample";
import { allocateChronologically, allocateReferencedFirst, readDocs } from "./referenceAllocation";

const AS_OF = "2026-10-31";
const AS_OF_DAY = 20757; // 2026-10-31 as days since 1970-01-01
const EPOCH = 25569;

function ledger(seed = 1, customers = 120, extra: Partial<Parameters<typeof generateLedger>[0]> = {}): GeneratedLedger {
  return generateLedger({ customers, invoicesPerCustomer: 7, asOf: AS_OF, seed, ...extra });
}

function stageOf(days: number): string {
  if (days >= 60) return "Collections";
  if (days >= 30) return "Final notice";
  if (days >= 15) return "Reminder 2";
  if (days >= 1) return "Reminder 1";
  if (days >= -3) return "Upcoming";
  return "None";
}

function bucketOf(days: number): string {
  if (days <= 0) return "Current";
  if (days <= 30) return "1-30";
  if (days <= 60) return "31-60";
  if (days <= 90) return "61-90";
  return "90+";
}

/** Stages and buckets of the invoices open at asOf (stages leave disputed invoices out, DESIGN §3). */
function coverage(l: GeneratedLedger): { stages: Set<string>; buckets: Set<string> } {
  const { open } = allocateReferencedFirst(l);
  const stages = new Set<string>();
  const buckets = new Set<string>();
  for (const inv of readDocs(l).invoices) {
    if ((open.get(inv.no) ?? 0) <= 0) continue;
    const days = AS_OF_DAY - inv.due;
    buckets.add(bucketOf(days));
    if (!inv.disputed) stages.add(stageOf(days));
  }
  return { stages, buckets };
}

const ALL_STAGES = ["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"];
const ALL_BUCKETS = ["Current", "1-30", "31-60", "61-90", "90+"];

describe("generateLedger", () => {
  it("returns the same rows for the same seed, other rows for another", () => {
    expect(ledger(7)).toEqual(ledger(7));
    expect(ledger(8).invoices).not.toEqual(ledger(7).invoices);
  });

  it("returns tables with the canonical English headers", () => {
    const l = ledger();
    expect(l.customers[0]).toEqual([...CUSTOMER_HEADERS]);
    expect(l.invoices[0]).toEqual([...INVOICE_HEADERS]);
    expect(l.payments[0]).toEqual([...PAYMENT_HEADERS]);
    expect(l.customers).toHaveLength(121);
    expect(l.invoices.length).toBeGreaterThan(120 * 5);
    for (const table of [l.customers, l.invoices, l.payments]) for (const row of table) expect(row).toHaveLength(table[0].length);
  });

  it("returns whole-day serials, ≤ 2-decimal amounts and nothing dated after asOf", () => {
    const l = ledger(3, 60, { currencies: ["USD", "CNY", "JPY"] });
    const ids = new Set(l.customers.slice(1).map((r) => r[0]));
    const invoiceOwner = new Map(l.invoices.slice(1).map((r) => [r[0], r[1]]));
    for (const [no, id, date, due, amount, currency] of l.invoices.slice(1)) {
      expect(ids.has(id)).toBe(true);
      expect(Number.isInteger(date) && Number.isInteger(due)).toBe(true);
      expect(date as number).toBeLessThanOrEqual(AS_OF_DAY + EPOCH);
      expect(due as number).toBeGreaterThanOrEqual(date as number);
      expect(Math.round((amount as number) * 100) / 100).toBe(amount);
      if (currency === "JPY") expect(Number.isInteger(amount)).toBe(true);
      expect(typeof no).toBe("string");
    }
    for (const [date, id, amount, invoiceNo] of l.payments.slice(1)) {
      expect(Number.isInteger(date)).toBe(true);
      expect(date as number).toBeLessThanOrEqual(AS_OF_DAY + EPOCH);
      expect(amount as number).toBeGreaterThan(0);
      expect(Math.round((amount as number) * 100) / 100).toBe(amount);
      if (invoiceNo !== null) expect(invoiceOwner.get(invoiceNo)).toBe(id);
    }
    expect(new Set(l.customers.slice(1).map((r) => r[6]))).toEqual(new Set(["USD", "CNY", "JPY"]));
  });

  it.each([1, 2, 3, 42, 20261031])("represents every dunning stage and aging bucket (seed %i)", (seed) => {
    const { stages, buckets } = coverage(ledger(seed));
    expect([...stages].filter((s) => s !== "None").sort()).toEqual([...ALL_STAGES].sort());
    expect([...buckets].sort()).toEqual([...ALL_BUCKETS].sort());
  });

  it("represents every stage and bucket with the minimum of 8 customers", () => {
    const { stages, buckets } = coverage(ledger(5, 8, { invoicesPerCustomer: 1 }));
    expect(ALL_STAGES.every((s) => stages.has(s))).toBe(true);
    expect(ALL_BUCKETS.every((b) => buckets.has(b))).toBe(true);
  });

  it.each([1, 2, 99])("gives the same open items under either allocation order DESIGN §3 allows (seed %i)", (seed) => {
    const l = ledger(seed, 150);
    const a = allocateReferencedFirst(l);
    const b = allocateChronologically(l);
    expect(b.open).toEqual(a.open);
    for (const [id, minor] of a.unapplied) expect(b.unapplied.get(id) ?? 0).toBe(minor);
  });

  it("has Chinese and English customers, Chinese ones mostly in CNY, and two currencies", () => {
    const rows = ledger().customers.slice(1);
    const zh = rows.filter((r) => r[7] === "zh");
    const en = rows.filter((r) => r[7] === "en");
    expect(zh.length).toBeGreaterThan(20);
    expect(en.length).toBeGreaterThan(20);
    for (const r of zh) expect(r[1]).toMatch(/^[\u4e00-\u9fff]+有限公司/);
    for (const r of en) expect(r[1]).toMatch(/^[A-Za-z][A-Za-z .()0-9]+$/);
    expect(zh.filter((r) => r[6] === "CNY").length / zh.length).toBeGreaterThan(0.75);
    expect(new Set(rows.map((r) => r[6])).size).toBeGreaterThanOrEqual(2);
    for (const r of rows) if (r[2] !== null) expect(r[2]).toMatch(/^[a-z.]+@[a-z0-9.-]+\.[a-z]+$/);
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
  });

  it("has credit notes, partial payments, remittances without invoice numbers, unapplied credit and a dispute", () => {
    const l = ledger();
    const { invoices, credits, payments } = readDocs(l);
    const { open, unapplied } = allocateReferencedFirst(l);
    expect(credits.length).toBeGreaterThan(0);
    expect(credits.every((c) => c.no.startsWith("CN-"))).toBe(true);
    const amountOf = new Map(invoices.map((i) => [i.no, i.minor]));
    const partlyPaid = invoices.filter((i) => (open.get(i.no) ?? 0) > 0 && (open.get(i.no) ?? 0) < i.minor);
    expect(partlyPaid.length).toBeGreaterThan(0);
    expect(payments.some((p) => p.invoiceNo !== null && p.minor < (amountOf.get(p.invoiceNo) ?? 0))).toBe(true);
    expect(payments.some((p) => p.invoiceNo === null)).toBe(true);
    expect([...unapplied.values()].some((minor) => minor > 0)).toBe(true);
    expect(invoices.some((i) => i.disputed && (open.get(i.no) ?? 0) > 0 && i.due < AS_OF_DAY)).toBe(true);
  });

  it("has customers with no limit, over their limit, discount terms and 30/45/60-day terms", () => {
    const l = ledger();
    const { invoices } = readDocs(l);
    const { open, unapplied } = allocateReferencedFirst(l);
    const balance = new Map<string, number>();
    for (const inv of invoices) balance.set(inv.customerId, (balance.get(inv.customerId) ?? 0) + (open.get(inv.no) ?? 0));
    for (const [id, minor] of unapplied) balance.set(id, (balance.get(id) ?? 0) - minor);
    const rows = l.customers.slice(1);
    expect(rows.some((r) => r[3] === null)).toBe(true);
    const over = rows.filter((r) => typeof r[3] === "number" && (balance.get(r[0] as string) ?? 0) / 100 > (r[3] as number));
    expect(over.length).toBeGreaterThanOrEqual(2);
    const discounts = rows.map((r) => r[5]).filter((d) => d !== null);
    expect(discounts.length).toBeGreaterThan(0);
    for (const d of discounts) expect(d).toMatch(/^\d+\/\d+$/);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set([30, 45, 60]));
  });

  describe("edge cases", () => {
    it("makes only English customers with languageMix 0 and only Chinese with 1", () => {
      expect(ledger(1, 20, { languageMix: 0 }).customers.slice(1).every((r) => r[7] === "en")).toBe(true);
      expect(ledger(1, 20, { languageMix: 1 }).customers.slice(1).every((r) => r[7] === "zh")).toBe(true);
    });

    it("throws on bad options", () => {
      expect(() => ledger(1, 7)).toThrow("sample: customers must be an integer of at least 8");
      expect(() => generateLedger({ customers: 10, asOf: "2026-02-30", seed: 1 })).toThrow("sample: asOf must be a real date as YYYY-MM-DD");
      expect(() => ledger(1, 10, { invoicesPerCustomer: 0 })).toThrow("sample: invoicesPerCustomer must be a number of at least 1");
      expect(() => ledger(1, 10, { languageMix: 2 })).toThrow("sample: languageMix must be between 0 and 1");
      expect(() => ledger(1, 10, { currencies: [] })).toThrow("sample: currencies must be a non-empty list of 3-letter codes");
    });
  });
});
