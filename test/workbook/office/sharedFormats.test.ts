import type { CellSpec, SheetSpec } from "../../../src/workbook/spec";
import { planSheet } from "../../../src/workbook/office/plan";
import { shareFormats } from "../../../src/workbook/office/sharedFormats";
import { createFakeExcel } from "../../fakes/excel";
import { applyOp } from "../../../src/workbook/office/apply";
import { statement } from "./specBuilder";

/** A two-row statement: a bold, merged title over A1:C1 and a money amount in C2; `amount` varies the values only. */
function small(name: string, amount: number, extra: CellSpec[] = []): SheetSpec {
  return {
    name,
    role: "statement",
    cells: [
      { row: 1, col: 1, value: `Statement ${name}`, style: { bold: true } },
      { row: 2, col: 1, value: "Due" },
      { row: 2, col: 3, value: amount, style: { numberFormat: "#,##0.00", fill: "D9E1F2" } },
      ...extra,
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  };
}

const plan = (specs: SheetSpec[]) => shareFormats(specs.map((s) => ({ name: s.name, ops: planSheet(s) })));

describe("shareFormats", () => {
  it("formats a sheet like an earlier one with one copy from it, then its values alone; the earlier one's merge goes last", () => {
    const out = plan([small("O'Brien", 1), small("Acme", 2)]);
    expect(out.map((o) => [o.sheet, o.planned.op.kind])).toEqual([
      [0, "cells"],
      [0, "cellProperties"],
      [1, "copyFormats"],
      [1, "cells"],
      [1, "merge"],
      [0, "merge"],
    ]);
    // The copy spans everything formatted (the value block A1:C2), from the same cells of the first sheet.
    expect(out[2].planned.op).toEqual({ kind: "copyFormats", address: "A1:C2", source: "'O''Brien'!A1:C2" });
    expect(out[3].planned.op).toEqual({ kind: "cells", address: "A1:C2", values: [["Statement Acme", null, null], ["Due", null, 2]] });
  });

  it("leaves sheets formatted differently, and sheets with a table, as planned", () => {
    const other = small("B", 2, [{ row: 2, col: 2, value: "x", style: { italic: true } }]);
    const withTable: SheetSpec = { ...small("C", 3), tables: [{ name: "T", top: 4, left: 1, rowCount: 1, headers: ["H"] }] };
    const alsoTable: SheetSpec = { ...withTable, name: "D" };
    const specs = [small("A", 1), other, withTable, alsoTable];
    const out = plan(specs);
    expect(out.some((o) => o.planned.op.kind === "copyFormats")).toBe(false);
    specs.forEach((s, i) => expect(out.filter((o) => o.sheet === i).map((o) => o.planned.op)).toEqual(planSheet(s).map((p) => p.op)));
  });

  it("estimates the copying sheet's writes at a fraction of the first's", () => {
    const out = plan([small("A", 1), small("B", 2)]);
    const bytes = (sheet: number) => out.filter((o) => o.sheet === sheet).reduce((n, o) => n + o.planned.bytes, 0);
    expect(bytes(1)).toBeLessThan(bytes(0));
  });

  it("bounds from above the Excel fake's measure of the copying sheet's request", async () => {
    const specs = [statement(7), statement(8)];
    const out = plan(specs);
    expect(out.filter((o) => o.sheet === 1).map((o) => o.planned.op.kind)[0]).toBe("copyFormats");
    const fake = createFakeExcel();
    await fake.Excel.run(async (ctx) => {
      const sheets = specs.map((s) => ctx.workbook.worksheets.add(s.name));
      await ctx.sync();
      // In the planned order, one sync per run of one sheet's writes: the first's, the copy's, the first's merges.
      for (let i = 0; i < out.length; ) {
        let j = i;
        for (; j < out.length && out[j].sheet === out[i].sheet; j++) applyOp(sheets[out[j].sheet] as never, out[j].planned.op);
        await ctx.sync();
        i = j;
      }
    });
    expect(fake.stats.syncs).toHaveLength(4);
    const estimate = out.filter((o) => o.sheet === 1).reduce((n, o) => n + o.planned.bytes, 0);
    const actual = fake.stats.syncs[2].requestBytes;
    // The estimate leaves out the sheet's own path and the body's envelope: at most ~200 bytes.
    expect(estimate + 200).toBeGreaterThanOrEqual(actual);
    expect(estimate + 200).toBeLessThan(actual * 1.34);
  });

  it("gives the copying sheet the same cells, formats and merges as writing it alone, on the Excel fake", async () => {
    const specs = [small("A", 1), small("B", 2)];
    const write = async (ops: { sheet: number; planned: { op: Parameters<typeof applyOp>[1] } }[], names: string[]) => {
      const fake = createFakeExcel();
      await fake.Excel.run(async (ctx) => {
        const sheets = names.map((n) => ctx.workbook.worksheets.add(n));
        for (const o of ops) applyOp(sheets[o.sheet] as never, o.planned.op);
        await ctx.sync();
      });
      return fake.state;
    };
    const shared = await write(plan(specs), ["A", "B"]);
    const alone = await write(planSheet(specs[1]).map((planned) => ({ sheet: 0, planned })), ["B"]);
    const b = shared.sheet("B")!;
    const ref = alone.sheet("B")!;
    expect([...b.cells.entries()].filter(([, c]) => Object.keys(c).length > 0)).toEqual([...ref.cells.entries()].filter(([, c]) => Object.keys(c).length > 0));
    expect(b.merges).toEqual(ref.merges);
    expect(shared.sheet("A")!.merges).toEqual(ref.merges);
  });
});
