/**
 * The structural requests of a write (swapSteps.ts) against the Excel fake: what they change, and
 * their byte estimate, which the chunking relies on, against the fake's own measure of the request.
 */
import { generatedSheets } from "../../../src/workbook/marker";
import { replacedSheetNote, replacedSheetOf } from "../../../src/workbook/office/leftovers";
import { type SheetsAndMarkers, sheetSwap } from "../../../src/workbook/office/sheetSwap";
import { firstStepsBytes, lastStepBytes, queueFirstSteps, queueLastStep } from "../../../src/workbook/office/swapSteps";
import type { SheetSpec } from "../../../src/workbook/spec";
import { WorkbookState, createFakeExcel } from "../../fakes/excel";

/** The look sheetSwap plans from, taken straight from the fake's state. */
function lookOf(state: WorkbookState): SheetsAndMarkers {
  const names = state.names.map((n) => ({ name: n.name, reference: n.formula }));
  const markers = generatedSheets(names).filter((m) => state.sheet(m.sheet));
  const markerNames = state.names.map((n) => n.name).filter((n) => n.startsWith("_ARDesk_"));
  return {
    sheets: state.sheets.map((s) => s.name),
    sheetIds: state.sheets.map((s) => s.id),
    recorded: state.names.flatMap((n) => {
      const id = replacedSheetOf(n.comment ?? "");
      return id === undefined ? [] : [{ id, marker: n.name }];
    }),
    markers,
    brokenMarkers: markerNames.filter((n) => !markers.some((m) => m.markerName === n)),
    markerNames,
    tables: state.tables.map((t) => ({ name: t.name, id: t.id, sheet: t.sheet.name })),
    definedNames: state.names.map((n) => n.name),
  };
}

/**
 * Last run wrote `n` statements with long Chinese names and an index; an unfinished run before it
 * left two sheets: one with its marker, one recorded by a marker's comment.
 */
function workbook(n: number): { state: WorkbookState; specs: SheetSpec[] } {
  const state = new WorkbookState();
  state.putValues("台账", "A1", [["客户", "金额"]]);
  const specs: SheetSpec[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `C${String(i).padStart(5, "0")} 华东贸易有限公司上海分公司第${i}号`.slice(0, 31);
    state.addSheet(name);
    state.names.push({ name: `_ARDesk_statement_${i}`, formula: `='${name}'!$A$1`, visible: false });
    // Every other statement is written as a letter this time: its marker is removed, not carried over.
    specs.push({ name, role: i % 2 === 0 ? "letter" : "statement", cells: [] });
  }
  state.addSheet("ARDesk old 1");
  state.names.push({ name: "_ARDesk_index_900", formula: "='ARDesk old 1'!$A$1", visible: false });
  const recorded = state.addSheet("ARDesk old 2");
  state.names[1].comment = replacedSheetNote(recorded.id);
  return { state, specs };
}

describe("the structural steps of a write", () => {
  it("replace the old sheets, remove the proven leftovers, and leave the clerk's sheet", async () => {
    const { state, specs } = workbook(4);
    const swap = sheetSwap(specs, lookOf(state));
    const fake = createFakeExcel(state);
    await fake.Excel.run(async (context) => {
      queueFirstSteps(context as never, swap);
      queueLastStep(context as never, swap);
      await context.sync();
    });
    expect(state.sheets.map((s) => s.name)).toEqual(["台账", ...specs.map((s) => s.name)]);
    // One live marker per new sheet, of its role; nothing broken left behind.
    const markers = generatedSheets(state.names.map((n) => ({ name: n.name, reference: n.formula })));
    const byName = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
    expect(markers.map((m) => [m.sheet, m.role]).sort(byName)).toEqual(specs.map((s) => [s.name, s.role]).sort(byName));
    expect(state.names).toHaveLength(specs.length);
  });

  it("are estimated at no less than the fake measures their request", async () => {
    const { state, specs } = workbook(40);
    const swap = sheetSwap(specs, lookOf(state));
    expect(swap.leftovers).toHaveLength(2);
    expect(swap.added.filter((a) => a.kept)).toHaveLength(20);
    const fake = createFakeExcel(state);
    await fake.Excel.run(async (context) => {
      queueFirstSteps(context as never, swap);
      queueLastStep(context as never, swap);
      await context.sync();
    });
    // The request's envelope and the two pauses (SYNC_RESERVE_BYTES covers them in the port).
    const estimate = firstStepsBytes(swap) + lastStepBytes(swap) + 1_000;
    expect(estimate).toBeGreaterThanOrEqual(fake.stats.syncs[0].requestBytes);
  });
});
