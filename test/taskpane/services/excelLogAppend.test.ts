/**
 * The pane's Dunning log in a shared workbook: an action reads the workbook (one Excel.run), then
 * writes (another). Here "another user" (co-authoring, or another pane) adds a row to the log's
 * table between the two: the action must add its rows below it, never write the sheet back from
 * its read (which would drop that row, and the next run would charge its fee again).
 */
import { TextDecoder, TextEncoder } from "node:util";
import { dayFromCivil } from "../../../src/core/dates";
import { createExcelServices } from "../../../src/taskpane/services/excel";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { clerkBook } from "./_lib/clerkBook";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);
const OPTIONS = { includeUpcoming: false } as const;


/**
 * The pane over the fake; `between(fake)` runs before the n-th Excel.run from now (the action's
 * write: its read is the one before), as another user's change; its syncs are not the action's.
 */
function setup(state: WorkbookState) {
  const fake: FakeExcel = createFakeExcel(state);
  let between: { run: number; change: () => Promise<void> } | undefined;
  let runs = 0;
  let otherSyncs = 0;
  const services = createExcelServices({
    run: async (runOptions, batch) => {
      runs += 1;
      if (between && runs === between.run) {
        const before = fake.stats.syncs.length;
        await between.change();
        otherSyncs += fake.stats.syncs.length - before;
        between = undefined;
      }
      return fake.Excel.run(runOptions, batch as never);
    },
    platform: "PC",
    today: () => TODAY,
  });
  return {
    fake,
    services,
    /** Runs `change` after the coming action's read, before its write. */
    meanwhile(change: () => Promise<void>) {
      between = { run: runs + 2, change };
    },
    /** The action's own syncs since the last reset. */
    actionSyncs: () => fake.stats.syncs.length - otherSyncs,
    reset() {
      fake.resetStats();
      otherSyncs = 0;
    },
  };
}

/** The DunningLog table's rows as header → value records. */
function logRows(state: WorkbookState): Record<string, unknown>[] {
  const t = state.tables.find((x) => x.name === "DunningLog")!;
  const headers: string[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) headers.push(String(t.sheet.cell(t.rect.top, c)?.value ?? ""));
  const rows: Record<string, unknown>[] = [];
  for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) {
    rows.push(Object.fromEntries(headers.map((h, i) => [h, t.sheet.cell(r, t.rect.left + i)?.value ?? null])));
  }
  return rows;
}

/** Another user adds one notice (C999, fee 5.00) at the bottom of the log, through Excel. */
async function otherUserLogs(fake: FakeExcel): Promise<void> {
  await fake.Excel.run(async (context) => {
    // 2026-10-20 as a 1900-system serial; the other user's columns are the log's own order.
    context.workbook.tables.getItem("DunningLog").rows.add(undefined, [[46315, "C999", "INV-OTHER", "Reminder 1", "USD", 100, 5, 0, "email"]]);
    await context.sync();
  });
}

const SERIAL_2026_10_31 = 46326;

describe("the pane's Dunning log while another user adds to it", () => {
  it("Reminders adds its rows below a row another user added after the read (3 syncs, + 1 to read that row)", async () => {
    const pane = setup(clerkBook(12));
    const first = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-16" });
    await pane.services.createReminders(first.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-16" });
    const before = logRows(pane.fake.state);
    expect(before.length).toBeGreaterThan(0);

    const preview = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-31" });
    pane.reset();
    pane.meanwhile(() => otherUserLogs(pane.fake));
    const result = await pane.services.createReminders(preview.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-31" });
    expect(result.logged).toBeGreaterThan(0);

    const after = logRows(pane.fake.state);
    // Earlier rows as they were, the other user's row, then this action's rows: none lost, none moved.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toMatchObject({ CustomerID: "C999", InvoiceNo: "INV-OTHER", Fee: 5 });
    const ours = after.slice(before.length + 1);
    expect(ours).toHaveLength(result.logged);
    expect(ours.every((r) => r.Date === SERIAL_2026_10_31 && (r.Channel === "email" || r.Channel === "letter"))).toBe(true);
    // Read (2) + write (1): the append rides in the write's request; + 1 to read the other user's row (C999: no conflict).
    expect(pane.actionSyncs()).toBe(4);
    // The next run reads the other user's notice back (a re-run logs nothing twice).
    expect((await pane.services.createReminders(preview.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-31" })).logged).toBe(0);
    expect(logRows(pane.fake.state)).toHaveLength(after.length);
  });

  it("Log call adds its rows below a row another user added after the read (3 syncs as before, + 1 to read that row)", async () => {
    const pane = setup(clerkBook(12));
    const preview = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-31" });
    await pane.services.createReminders(preview.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-31" });
    const before = logRows(pane.fake.state);
    const customer = String(before[0].CustomerID);

    pane.reset();
    pane.meanwhile(() => otherUserLogs(pane.fake));
    const { logged } = await pane.services.logCall(customer, { ...OPTIONS, asOf: "2026-11-02" });
    expect(logged).toBeGreaterThan(0);
    const after = logRows(pane.fake.state);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toMatchObject({ CustomerID: "C999", InvoiceNo: "INV-OTHER" });
    const calls = after.slice(before.length + 1);
    expect(calls).toHaveLength(logged);
    // 2026-11-02 is serial 46328; a call charges no fee.
    expect(calls.every((r) => r.CustomerID === customer && r.Channel === "phone" && r.Fee === 0 && r.Date === 46328)).toBe(true);
    expect(pane.actionSyncs()).toBe(4);
    // Nobody else meanwhile: 3 syncs, as when the sheet was written whole.
    pane.reset();
    await pane.services.logCall(customer, { ...OPTIONS, asOf: "2026-11-03" });
    expect(pane.actionSyncs()).toBe(3);
  });

  it("puts each value under its header when the clerk moved the log's columns after the read (1 sync more)", async () => {
    const pane = setup(clerkBook(12));
    const first = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-16" });
    await pane.services.createReminders(first.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-16" });
    const before = logRows(pane.fake.state);
    const preview = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-31" });
    pane.reset();
    // The clerk swaps the InvoiceNo and Stage columns (header and cells) while the action works.
    pane.meanwhile(async () => {
      const t = pane.fake.state.tables.find((x) => x.name === "DunningLog")!;
      const at = (h: string) => {
        for (let c = t.rect.left; c <= t.rect.right; c++) if (t.sheet.cell(t.rect.top, c)?.value === h) return c;
        throw new Error(h);
      };
      const [a, b] = [at("InvoiceNo"), at("Stage")];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const ca = t.sheet.cellForWrite(r, a);
        const cb = t.sheet.cellForWrite(r, b);
        const copy = { ...ca };
        Object.assign(ca, { value: cb.value, numberFormat: cb.numberFormat });
        Object.assign(cb, { value: copy.value, numberFormat: copy.numberFormat });
      }
    });
    const result = await pane.services.createReminders(preview.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-31" });
    const ours = logRows(pane.fake.state).slice(before.length);
    expect(ours).toHaveLength(result.logged);
    expect(ours.every((r) => /^(Reminder|Final|Collections|Upcoming)/.test(String(r.Stage)) && !/^(Reminder|Final|Collections)/.test(String(r.InvoiceNo)))).toBe(true);
    expect(pane.actionSyncs()).toBe(4);
  });

  it("takes back its notice to a customer another user wrote to between the read and the write, and says so (2 syncs more, only then)", async () => {
    const pane = setup(clerkBook(12));
    const first = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-16" });
    await pane.services.createReminders(first.candidates.map((c) => c.customerId), { ...OPTIONS, asOf: "2026-10-16" });
    const before = logRows(pane.fake.state);
    const preview = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-31" });
    const ids = preview.candidates.map((c) => c.customerId);
    const target = ids[0];
    pane.reset();
    // Another pane logs a notice to the first customer, today, fee 7.00.
    pane.meanwhile(() =>
      pane.fake.Excel.run(async (context) => {
        context.workbook.tables.getItem("DunningLog").rows.add(undefined, [[SERIAL_2026_10_31, target, "INV-THEIRS", "Reminder 1", "USD", 100, 7, 0, "email"]]);
        await context.sync();
      }),
    );
    const result = await pane.services.createReminders(ids, { ...OPTIONS, asOf: "2026-10-31" });
    const after = logRows(pane.fake.state);
    expect(after.slice(0, before.length + 1)).toEqual([...before, expect.objectContaining({ CustomerID: target, InvoiceNo: "INV-THEIRS", Fee: 7 })]);
    const ours = after.slice(before.length + 1);
    // None of this action's rows is for that customer; every other customer's are there.
    expect(ours.some((r) => r.CustomerID === target)).toBe(false);
    expect(new Set(ours.map((r) => r.CustomerID))).toEqual(new Set(ids.filter((id) => id !== target && ours.some((r) => r.CustomerID === id))));
    expect(ours).toHaveLength(result.logged);
    expect(result.notLogged).toHaveLength(1);
    expect(result.notLogged![0].startsWith(`${target} `)).toBe(true);
    // Read 2, write 1, the other user's row read 1, ours taken back 1.
    expect(pane.actionSyncs()).toBe(5);
  });

  it("writes the sheet whole on the first run (no log yet), and adds nothing when nothing is new", async () => {
    const pane = setup(clerkBook(12));
    const preview = await pane.services.previewReminders({ ...OPTIONS, asOf: "2026-10-31" });
    const ids = preview.candidates.map((c) => c.customerId);
    const first = await pane.services.createReminders(ids, { ...OPTIONS, asOf: "2026-10-31" });
    expect(logRows(pane.fake.state)).toHaveLength(first.logged);
    pane.reset();
    const again = await pane.services.createReminders(ids, { ...OPTIONS, asOf: "2026-10-31" });
    expect(again.logged).toBe(0);
    expect(pane.actionSyncs()).toBe(3);
    expect(logRows(pane.fake.state)).toHaveLength(first.logged);
  });
});
