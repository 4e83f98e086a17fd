/**
 * Bridges the Excel fake and the WorkbookPort contract: builds a fake workbook from a
 * ContractFixture and reads the fake back in the contract's host-neutral shape.
 */
import type { ContractFixture, ReadBackCell, ReadBackSheet, ReadBackWorkbook } from "../../workbook/portContract";
import { MAX_COLS, rectA1, splitSheet } from "./a1";
import { WorkbookState } from "./state";

export function stateFromFixture(fixture: ContractFixture): WorkbookState {
  const state = new WorkbookState();
  for (const sheet of fixture.sheets) {
    state.addSheet(sheet.name);
    state.putValues(
      sheet.name,
      sheet.origin ?? "A1",
      sheet.cells.map((row) => row.map((c) => (c !== null && typeof c === "object" ? { value: c.serial, numberFormat: c.numberFormat } : c))),
    );
    for (const t of sheet.tables ?? []) state.putTable(sheet.name, t.name, t.ref);
    for (const ref of sheet.merges ?? []) state.putMerge(sheet.name, ref);
  }
  return state;
}

export function readBackState(state: WorkbookState): ReadBackWorkbook {
  return {
    sheets: state.sheets.map((s): ReadBackSheet => {
      const cells: Record<string, ReadBackCell> = {};
      const keys = [...s.cells.keys()].sort((a, b) => a - b);
      for (const k of keys) {
        const c = s.cells.get(k)!;
        if (c.value === undefined && c.formula === undefined) continue;
        const row = Math.floor(k / MAX_COLS) + 1;
        const col = (k % MAX_COLS) + 1;
        const link = c.hyperlink ? (c.hyperlink.documentReference !== undefined ? `#${c.hyperlink.documentReference}` : c.hyperlink.address) : undefined;
        cells[rectA1({ top: row, left: col, bottom: row, right: col })] = {
          value: c.formula !== undefined ? null : (c.value ?? null),
          ...(c.formula !== undefined ? { formula: c.formula.replace(/^=/, "") } : {}),
          ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
          ...(link !== undefined ? { hyperlink: link } : {}),
          ...(c.bold ? { bold: true } : {}),
        };
      }
      return {
        name: s.name,
        cells,
        merges: s.merges.map(rectA1),
        tables: state.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, ref: rectA1(t.rect) })),
        printArea: s.printArea === undefined ? undefined : splitSheet(s.printArea).ref.replace(/\$/g, ""),
        frozenRows: s.freezeRows,
      };
    }),
  };
}
