import { recoveryOf, sheetSwap, type SheetsAndMarkers } from "../../../src/workbook/office/sheetSwap";
import type { SheetSpec } from "../../../src/workbook/spec";

const spec = (name: string, role: SheetSpec["role"]): SheetSpec => ({ name, role, cells: [] });

/** Last run wrote "C1" and "Index" (with its table); the clerk has "Notes" and a sheet named "ARDesk old 1". */
const look: SheetsAndMarkers = {
  sheets: ["Notes", "ARDesk old 1", "C1", "Index"],
  markers: [
    { sheet: "C1", role: "statement", markerName: "_ARDesk_statement_1" },
    { sheet: "Index", role: "index", markerName: "_ARDesk_index_2" },
  ],
  brokenMarkers: ["_ARDesk_statement_3"],
  markerNames: ["_ARDesk_statement_1", "_ARDesk_index_2", "_ARDesk_statement_3"],
  tables: [
    { name: "StatementIndex", sheet: "Index" },
    { name: "Clients", sheet: "Notes" },
  ],
  definedNames: ["_ARDesk_statement_1", "_ARDesk_index_2", "_ARDesk_statement_3", "ARDeskOldTable1"],
};

describe("sheetSwap", () => {
  it("plans a re-run: old sheets and their tables to free temporary names, markers carried over by role", () => {
    // "Index" is written as a settings sheet this time: its marker (another role) is removed at the end.
    const swap = sheetSwap([spec("C1", "statement"), spec("C2", "statement"), spec("Index", "settings")], look);
    expect(swap).toEqual({
      added: [
        { name: "C1", marker: "_ARDesk_statement_1", kept: true },
        { name: "C2", marker: "_ARDesk_statement_4", kept: false },
        { name: "Index", marker: "_ARDesk_settings_5", kept: false },
      ],
      replaced: [
        { name: "C1", temp: "ARDesk old 1-2", marker: "_ARDesk_statement_1" },
        { name: "Index", temp: "ARDesk old 2", marker: "_ARDesk_index_2" },
      ],
      movedTables: [{ name: "StatementIndex", temp: "ARDeskOldTable2" }],
      brokenMarkers: ["_ARDesk_statement_3"],
      removedMarkers: ["_ARDesk_index_2"],
    });
  });
});

describe("recoveryOf", () => {
  const swap = sheetSwap([spec("C1", "statement"), spec("C2", "statement"), spec("Index", "index")], look);
  // replaced: C1 → "ARDesk old 1-2", Index → "ARDesk old 2"; added: C1 (kept), C2 (new marker _ARDesk_statement_4), Index (kept).
  const before = look.sheets;
  const marks = (pairs: [string, string][]) => pairs.map(([markerName, sheet]) => ({ markerName, sheet, role: "statement" }));

  it("changes nothing when no old sheet was renamed yet", () => {
    const now = { sheets: before, markers: look.markers, tables: ["StatementIndex", "Clients"] };
    expect(recoveryOf(swap, now, before)).toEqual({ kind: "undo", repoint: [], restoreMarkers: [], deleteMarkers: [], deleteSheets: [], renameBack: [], renameTablesBack: [], unclaimed: [] });
  });

  it("gives back the names of the sheets renamed before the failure", () => {
    // The rename of "Index" failed: only "C1" waits.
    const now = { sheets: ["Notes", "ARDesk old 1", "ARDesk old 1-2", "Index"], markers: marks([["_ARDesk_statement_1", "ARDesk old 1-2"], ["_ARDesk_index_2", "Index"]]), tables: ["StatementIndex", "Clients"] };
    expect(recoveryOf(swap, now, before)).toMatchObject({ kind: "undo", deleteSheets: [], renameBack: [{ from: "ARDesk old 1-2", to: "C1" }], renameTablesBack: [] });
  });

  it("removes the new sheets and puts the old ones back once the contents had begun", () => {
    // Every sheet added; "C1"'s marker moved to the new "C1"; "Index"'s not yet; the table renamed.
    const now = {
      sheets: ["Notes", "ARDesk old 1", "ARDesk old 1-2", "ARDesk old 2", "C1", "C2", "Index"],
      markers: marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "ARDesk old 2"], ["_ARDesk_statement_4", "C2"]]),
      tables: ["ARDeskOldTable2", "Clients", "StatementIndex"],
    };
    expect(recoveryOf(swap, now, before)).toEqual({
      kind: "undo",
      repoint: [{ marker: "_ARDesk_statement_1", sheet: "ARDesk old 1-2" }],
      restoreMarkers: [],
      deleteMarkers: ["_ARDesk_statement_4"],
      deleteSheets: ["C1", "C2", "Index"],
      renameBack: [
        { from: "ARDesk old 1-2", to: "C1" },
        { from: "ARDesk old 2", to: "Index" },
      ],
      renameTablesBack: [{ from: "ARDeskOldTable2", to: "StatementIndex" }],
      unclaimed: [],
    });
  });

  it("finishes the removal of the old sheets when it had begun", () => {
    const now = { sheets: ["Notes", "ARDesk old 1", "ARDesk old 2", "C1", "C2", "Index"], markers: marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "Index"], ["_ARDesk_statement_4", "C2"]]), tables: [] };
    expect(recoveryOf(swap, now, before)).toMatchObject({ kind: "finish", deleteSheets: ["ARDesk old 2"], renameBack: [] });
  });

  it("adds back a removed marker of an old sheet that stays, and leaves an unmarked sheet it cannot claim", () => {
    const other = sheetSwap([spec("Index", "settings"), spec("C9", "statement")], look);
    // "Index" (settings) replaces "Index" (index), which waits as "ARDesk old 1-2": its marker was
    // removed in the last step, which failed after that. "C9" is there without its marker.
    const now = {
      sheets: ["Notes", "ARDesk old 1", "C1", "ARDesk old 1-2", "Index", "C9"],
      markers: [...look.markers.filter((m) => m.sheet === "C1"), { sheet: "Index", role: "settings", markerName: other.added[0].marker }],
      tables: ["ARDeskOldTable2"],
    };
    expect(recoveryOf(other, now, before)).toEqual({
      kind: "undo",
      repoint: [],
      restoreMarkers: [{ marker: "_ARDesk_index_2", sheet: "ARDesk old 1-2" }],
      deleteMarkers: ["_ARDesk_settings_4"],
      deleteSheets: ["Index"],
      renameBack: [{ from: "ARDesk old 1-2", to: "Index" }],
      renameTablesBack: [{ from: "ARDeskOldTable2", to: "StatementIndex" }],
      unclaimed: ["C9"],
    });
  });
});
