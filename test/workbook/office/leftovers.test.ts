import { isDeletable, isTempSheetName, leftoverSheets, replacedSheetNote, replacedSheetOf, sheetsChangedSince, tempSheetName } from "../../../src/workbook/office/leftovers";

describe("temporary sheet names", () => {
  it("takes the next free variant, whatever the case of the names there", () => {
    expect(tempSheetName(["Notes"], 0)).toBe("ARDesk old 1");
    expect(tempSheetName(["ardesk OLD 2", "ARDesk old 2-2"], 1)).toBe("ARDesk old 2-3");
  });

  it("recognises only the names it gives", () => {
    expect(["ARDesk old 1", "ardesk old 12-3"].map(isTempSheetName)).toEqual([true, true]);
    expect(["ARDesk old", "ARDesk old 1 (2)", "My ARDesk old 1", "ARDesk old x"].map(isTempSheetName)).toEqual([false, false, false, false]);
  });
});

describe("the note a carried-over marker keeps", () => {
  it("reads back the id it records, and nothing from other comments", () => {
    expect(replacedSheetOf(replacedSheetNote("{00000000-0001-0000-0003-000000000000}"))).toBe("{00000000-0001-0000-0003-000000000000}");
    expect(replacedSheetOf("Customer list, kept by hand")).toBeUndefined();
    expect(replacedSheetOf("AR Desk replaced sheet ")).toBeUndefined();
  });
});

describe("leftoverSheets", () => {
  const sheets = ["Ledger", "ARDesk old 1", "ARDesk old 2", "ARDesk old 3", "Old statements"];
  const sheetIds = ["{l}", "{1}", "{2}", "{3}", "{s}"];

  it("takes a temporary-named sheet that still carries AR Desk's marker, or whose id a marker recorded", () => {
    const found = leftoverSheets({
      sheets,
      sheetIds,
      markers: [
        { sheet: "ARDesk old 1", role: "index", markerName: "_ARDesk_index_4" },
        { sheet: "Statements", role: "statement", markerName: "_ARDesk_statement_2" },
      ],
      recorded: [{ id: "{3}", marker: "_ARDesk_statement_2" }],
    });
    expect(found).toEqual([
      { name: "ARDesk old 1", id: "{1}", marker: "_ARDesk_index_4", role: "index" },
      // The role of the marker that moved from it to its successor.
      { name: "ARDesk old 3", id: "{3}", marker: undefined, role: "statement" },
    ]);
  });

  it("deletes only leftovers of a known role that AR Desk does not read back", () => {
    const of = (role: string | undefined) => isDeletable({ name: "ARDesk old 1", id: "{1}", marker: undefined, role });
    expect([of("statement"), of("index"), of("letter")]).toEqual([true, true, true]);
    // An earlier settings sheet or dunning log may hold what an unfinished write's new one lacks.
    expect([of("settings"), of("dunning-log"), of(undefined)]).toEqual([false, false, false]);
  });

  it("never takes a sheet without that proof, nor a proven sheet the clerk renamed", () => {
    // "ARDesk old 2": the clerk's, or an older version's (no proof); "Old statements": recorded, but renamed by the clerk.
    const found = leftoverSheets({ sheets, sheetIds, markers: [{ sheet: "Old statements", role: "statement", markerName: "_ARDesk_statement_1" }], recorded: [{ id: "{s}", marker: "_ARDesk_statement_1" }] });
    expect(found).toEqual([]);
  });
});

describe("sheetsChangedSince", () => {
  it("names each sheet whose id has another name now, or is gone", () => {
    const seen = [
      { name: "Index", id: "{1}" },
      { name: "C1", id: "{2}" },
      { name: "C2", id: "{3}" },
    ];
    const now = [
      { name: "Notes", id: "{1}" },
      { name: "Index", id: "{9}" },
      { name: "C1", id: "{2}" },
    ];
    expect(sheetsChangedSince(seen, now)).toEqual([
      { name: "Index", now: "Notes" },
      { name: "C2", now: undefined },
    ]);
  });
});
