import { recoveryOf, sheetSwap, type SheetsAndMarkers } from "../../../src/workbook/office/sheetSwap";
import type { SheetSpec } from "../../../src/workbook/spec";

const spec = (name: string, role: SheetSpec["role"]): SheetSpec => ({ name, role, cells: [] });

/** Last run wrote "C1" and "Index" (with its table); the clerk has "Notes" and a sheet named "ARDesk old 1" (no proof it is AR Desk's). */
const look: SheetsAndMarkers = {
  sheets: ["Notes", "ARDesk old 1", "C1", "Index"],
  sheetIds: ["{n}", "{o}", "{c1}", "{ix}"],
  recorded: [],
  markers: [
    { sheet: "C1", role: "statement", markerName: "_ARDesk_statement_1" },
    { sheet: "Index", role: "index", markerName: "_ARDesk_index_2" },
  ],
  brokenMarkers: ["_ARDesk_statement_3"],
  markerNames: ["_ARDesk_statement_1", "_ARDesk_index_2", "_ARDesk_statement_3"],
  tables: [
    { name: "StatementIndex", id: "1", sheet: "Index" },
    { name: "Clients", id: "2", sheet: "Notes" },
  ],
  definedNames: ["_ARDesk_statement_1", "_ARDesk_index_2", "_ARDesk_statement_3", "ARDeskOldTable1"],
};

describe("sheetSwap", () => {
  it("plans a re-run: old sheets and their tables to free temporary names, markers carried over by role", () => {
    // "Index" is written as a settings sheet this time: its marker (another role) is removed at the end.
    const swap = sheetSwap([spec("C1", "statement"), spec("C2", "statement"), spec("Index", "settings")], look);
    expect(swap).toEqual({
      added: [
        // The kept marker records the id of the sheet it marked (the proof, should the write not finish).
        { name: "C1", marker: "_ARDesk_statement_1", kept: true, replacesId: "{c1}" },
        { name: "C2", marker: "_ARDesk_statement_4", kept: false },
        { name: "Index", marker: "_ARDesk_settings_5", kept: false },
      ],
      replaced: [
        { name: "C1", id: "{c1}", temp: "ARDesk old 1-2", marker: "_ARDesk_statement_1" },
        { name: "Index", id: "{ix}", temp: "ARDesk old 2", marker: "_ARDesk_index_2" },
      ],
      movedTables: [{ name: "StatementIndex", id: "1", temp: "ARDeskOldTable2" }],
      brokenMarkers: ["_ARDesk_statement_3"],
      removedMarkers: ["_ARDesk_index_2"],
      // The clerk's "ARDesk old 1" has neither a marker nor a recorded id: not a leftover.
      leftovers: [],
      keptLeftovers: [],
      leftoverMarks: [],
    });
  });

  it("deletes the leftovers it can prove, frees their names, and keeps temporary names clear of them", () => {
    // An earlier write stopped after its first request: "ARDesk old 2" still has its marker (another
    // role), "ARDesk old 3"'s marker moved to the new "C1" after recording its id.
    const stopped: SheetsAndMarkers = {
      ...look,
      sheets: [...look.sheets, "ARDesk old 2", "ARDesk old 3"],
      sheetIds: [...look.sheetIds, "{o2}", "{o3}"],
      recorded: [{ id: "{o3}", marker: "_ARDesk_statement_1" }],
      markers: [...look.markers, { sheet: "ARDesk old 2", role: "summary", markerName: "_ARDesk_summary_7" }],
      markerNames: [...look.markerNames, "_ARDesk_summary_7"],
    };
    const swap = sheetSwap([spec("C1", "statement"), spec("ARDesk old 2", "statement")], stopped);
    expect(swap.leftovers).toEqual([
      { name: "ARDesk old 2", id: "{o2}", marker: "_ARDesk_summary_7", role: "summary" },
      { name: "ARDesk old 3", id: "{o3}", marker: undefined, role: "statement" },
    ]);
    expect(swap.keptLeftovers).toEqual([]);
    // A spec of a leftover's name takes it (added after the leftover is deleted), with a new marker.
    expect(swap.added.map((a) => [a.name, a.marker])).toEqual([
      ["C1", "_ARDesk_statement_1"],
      ["ARDesk old 2", "_ARDesk_statement_8"],
    ]);
    expect(swap.replaced).toEqual([{ name: "C1", id: "{c1}", temp: "ARDesk old 1-2", marker: "_ARDesk_statement_1" }]);
    expect(swap.removedMarkers).toEqual([]);
  });

  it("keeps a proven leftover of its dunning log, and plans around its name", () => {
    const stopped: SheetsAndMarkers = {
      ...look,
      sheets: [...look.sheets, "ARDesk old 1-2", "Dunning log"],
      sheetIds: [...look.sheetIds, "{old log}", "{log}"],
      recorded: [{ id: "{old log}", marker: "_ARDesk_dunning_log_5" }],
      markers: [...look.markers, { sheet: "Dunning log", role: "dunning-log", markerName: "_ARDesk_dunning_log_5" }],
      markerNames: [...look.markerNames, "_ARDesk_dunning_log_5"],
    };
    const swap = sheetSwap([spec("Dunning log", "dunning-log")], stopped);
    expect(swap.leftovers).toEqual([]);
    expect(swap.keptLeftovers).toEqual(["ARDesk old 1-2"]);
    // Marked as a leftover of its own before the log's marker, which recorded it, moves on.
    expect(swap.leftoverMarks).toEqual([{ sheet: "ARDesk old 1-2", id: "{old log}", marker: "_ARDesk_leftover_6", unmark: undefined }]);
    expect(swap.replaced).toEqual([{ name: "Dunning log", id: "{log}", temp: "ARDesk old 1-3", marker: "_ARDesk_dunning_log_5" }]);
  });
});

describe("recoveryOf", () => {
  const swap = sheetSwap([spec("C1", "statement"), spec("C2", "statement"), spec("Index", "index")], look);
  // replaced: C1 → "ARDesk old 1-2", Index → "ARDesk old 2"; added: C1 (kept), C2 (new marker _ARDesk_statement_4), Index (kept).
  const before = look.sheets;
  const marks = (pairs: [string, string][]) => pairs.map(([markerName, sheet]) => ({ markerName, sheet, role: "statement" }));
  /** The workbook now: sheets with their ids (new sheets get new ids), live markers, every marker name. */
  const found = (sheets: [string, string][], markers: readonly { markerName: string; sheet: string; role: string }[], tables: string[]) => ({
    sheets: sheets.map(([name]) => name),
    sheetIds: sheets.map(([, id]) => id),
    markers,
    markerNames: [...look.markerNames, "_ARDesk_statement_4"],
    tables,
  });

  it("changes nothing when no old sheet was renamed yet", () => {
    const now = found([["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["C1", "{c1}"], ["Index", "{ix}"]], look.markers, ["StatementIndex", "Clients"]);
    expect(recoveryOf(swap, now, before)).toEqual({ kind: "undo", repoint: [], deleteMarkers: [], deleteSheets: [], renameBack: [], renameTablesBack: [], unclaimed: [], keptAside: [], tablesKeptAside: [] });
  });

  it("gives back the names of the sheets renamed before the failure", () => {
    // The rename of "Index" failed: only "C1" waits.
    const now = found([["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 1-2", "{c1}"], ["Index", "{ix}"]], marks([["_ARDesk_statement_1", "ARDesk old 1-2"], ["_ARDesk_index_2", "Index"]]), ["StatementIndex", "Clients"]);
    expect(recoveryOf(swap, now, before)).toMatchObject({ kind: "undo", deleteSheets: [], renameBack: [{ from: "ARDesk old 1-2", to: "C1" }], renameTablesBack: [] });
  });

  it("removes the new sheets and puts the old ones back once the contents had begun", () => {
    // Every sheet added; "C1"'s marker moved to the new "C1"; "Index"'s not yet; the table renamed.
    const now = found(
      [["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 1-2", "{c1}"], ["ARDesk old 2", "{ix}"], ["C1", "{5}"], ["C2", "{6}"], ["Index", "{7}"]],
      marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "ARDesk old 2"], ["_ARDesk_statement_4", "C2"]]),
      ["ARDeskOldTable2", "Clients", "StatementIndex"],
    );
    expect(recoveryOf(swap, now, before)).toEqual({
      kind: "undo",
      repoint: [{ marker: "_ARDesk_statement_1", sheet: "ARDesk old 1-2" }],
      deleteMarkers: ["_ARDesk_statement_4"],
      deleteSheets: ["C1", "C2", "Index"],
      renameBack: [
        { id: "{c1}", from: "ARDesk old 1-2", to: "C1" },
        { id: "{ix}", from: "ARDesk old 2", to: "Index" },
      ],
      renameTablesBack: [{ from: "ARDeskOldTable2", to: "StatementIndex" }],
      unclaimed: [],
      keptAside: [],
      tablesKeptAside: [],
    });
  });

  it("never deletes a sheet the read saw, now named as one it adds (the clerk swapped names): the old sheet it displaced waits aside", () => {
    // After the read the clerk swapped "Index" and "Notes". Both old sheets were renamed away by
    // id, "C1" and "C2" added and marked, then adding "Index" was refused: the clerk's sheet has it.
    const now = found(
      [["Index", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 1-2", "{c1}"], ["ARDesk old 2", "{ix}"], ["C1", "{5}"], ["C2", "{6}"]],
      marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "ARDesk old 2"], ["_ARDesk_statement_4", "C2"]]),
      ["ARDeskOldTable2", "Clients"],
    );
    expect(recoveryOf(swap, now, before, look.sheetIds, true)).toEqual({
      kind: "undo",
      repoint: [{ marker: "_ARDesk_statement_1", sheet: "ARDesk old 1-2" }],
      deleteMarkers: ["_ARDesk_statement_4"],
      deleteSheets: ["C1", "C2"],
      renameBack: [{ id: "{c1}", from: "ARDesk old 1-2", to: "C1" }],
      renameTablesBack: [{ from: "ARDeskOldTable2", to: "StatementIndex" }],
      unclaimed: [],
      keptAside: [{ name: "Index", temp: "ARDesk old 2" }],
      tablesKeptAside: [],
    });
  });

  it("undoes, not finishes, when an old sheet is gone because the clerk deleted it (its rename failed, nothing was added)", () => {
    // "Index" deleted after the read: "C1" was renamed away, then the rename of "Index" failed.
    const now = found([["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 1-2", "{c1}"]], marks([["_ARDesk_statement_1", "ARDesk old 1-2"]]), ["Clients"]);
    expect(recoveryOf(swap, now, before, look.sheetIds)).toEqual({
      kind: "undo",
      repoint: [],
      deleteMarkers: [],
      deleteSheets: [],
      renameBack: [{ id: "{c1}", from: "ARDesk old 1-2", to: "C1" }],
      renameTablesBack: [],
      unclaimed: [],
      keptAside: [],
      tablesKeptAside: [],
    });
  });

  it("leaves an unmarked new sheet of an old sheet's name when Excel refused a name as taken (it may be the clerk's)", () => {
    // As above, "Index" there without its marker; this time a name was refused.
    const now = found(
      [["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 1-2", "{c1}"], ["ARDesk old 2", "{ix}"], ["C1", "{5}"], ["C2", "{6}"], ["Index", "{7}"]],
      marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "ARDesk old 2"], ["_ARDesk_statement_4", "C2"]]),
      ["ARDeskOldTable2", "Clients", "StatementIndex"],
    );
    expect(recoveryOf(swap, now, before, look.sheetIds, true)).toMatchObject({ deleteSheets: ["C1", "C2"], unclaimed: ["Index"], keptAside: [{ name: "Index", temp: "ARDesk old 2" }] });
  });

  it("finishes the removal of the old sheets when it had begun (one old sheet's id is gone)", () => {
    const now = found(
      [["Notes", "{n}"], ["ARDesk old 1", "{o}"], ["ARDesk old 2", "{ix}"], ["C1", "{5}"], ["C2", "{6}"], ["Index", "{7}"]],
      // Every new sheet added and marked (step 6 comes after all of them).
      marks([["_ARDesk_statement_1", "C1"], ["_ARDesk_index_2", "Index"], ["_ARDesk_statement_4", "C2"]]),
      [],
    );
    expect(recoveryOf(swap, now, before)).toMatchObject({ kind: "finish", deleteSheets: ["ARDesk old 2"], deleteMarkers: [], renameBack: [] });
  });

  it("finishes removing the markers not carried over when every old sheet is gone", () => {
    const other = sheetSwap([spec("Index", "settings")], look);
    // "Index" (index) was deleted; the request failed before its marker, now #REF!, was removed.
    const markers = [{ sheet: "Index", role: "settings", markerName: other.added[0].marker }];
    const now = { sheets: ["Notes", "ARDesk old 1", "C1", "Index"], sheetIds: ["{n}", "{o}", "{c1}", "{9}"], markers, markerNames: [...look.markerNames, other.added[0].marker], tables: [] };
    expect(recoveryOf(other, now, before)).toEqual({ kind: "finish", repoint: [], deleteMarkers: ["_ARDesk_index_2"], deleteSheets: [], renameBack: [], renameTablesBack: [], unclaimed: [], keptAside: [], tablesKeptAside: [] });
  });

  it("leaves an unmarked sheet it cannot claim", () => {
    const other = sheetSwap([spec("Index", "settings"), spec("C9", "statement")], look);
    // "Index" (settings) replaces "Index" (index), which waits as "ARDesk old 1-2" with its marker;
    // "C9" is there without its marker (the request failed at it).
    const now = {
      sheets: ["Notes", "ARDesk old 1", "C1", "ARDesk old 1-2", "Index", "C9"],
      sheetIds: ["{n}", "{o}", "{c1}", "{ix}", "{8}", "{9}"],
      markers: [...look.markers.filter((m) => m.sheet === "C1"), { sheet: "ARDesk old 1-2", role: "index", markerName: "_ARDesk_index_2" }, { sheet: "Index", role: "settings", markerName: other.added[0].marker }],
      markerNames: [...look.markerNames, other.added[0].marker],
      tables: ["ARDeskOldTable2"],
    };
    expect(recoveryOf(other, now, before)).toEqual({
      kind: "undo",
      repoint: [],
      deleteMarkers: ["_ARDesk_settings_4"],
      deleteSheets: ["Index"],
      renameBack: [{ id: "{ix}", from: "ARDesk old 1-2", to: "Index" }],
      renameTablesBack: [{ from: "ARDeskOldTable2", to: "StatementIndex" }],
      unclaimed: ["C9"],
      keptAside: [],
      tablesKeptAside: [],
    });
  });
});
