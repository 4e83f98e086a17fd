import { generatedSheets, markerName, markerReference, nextMarkerIndex, parseMarker, quoteSheetName, sheetOfReference } from "../../src/workbook/marker";

describe("marker", () => {
  it("names and references a generated sheet", () => {
    expect(markerName("dunning-log", 3)).toBe("_ARDesk_dunning_log_3");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(markerReference("C001 上海")).toBe("'C001 上海'!$A$1");
  });

  it("reads markers back as Office.js and ExcelJS return them", () => {
    expect(parseMarker("_ARDesk_statement_12", "='O''Brien Ltd'!$A$1")).toEqual({ sheet: "O'Brien Ltd", role: "statement", markerName: "_ARDesk_statement_12" });
    expect(parseMarker("_ARDesk_dunning_log_1", "Log!$A$1")?.role).toBe("dunning-log");
    expect(parseMarker("_ardesk_index_1", "Index!A1")?.sheet).toBe("Index");
  });

  it("ignores other names and broken references", () => {
    expect(parseMarker("Print_Area", "'x'!$A$1")).toBeUndefined();
    expect(parseMarker("_ARDesk_index_1", "=#REF!$A$1")).toBeUndefined();
    expect(sheetOfReference("'unterminated!A1")).toBeUndefined();
  });

  it("lists each sheet once and finds the next free number", () => {
    const names = [
      { name: "_ARDesk_index_1", reference: "'Index'!$A$1" },
      { name: "_ARDesk_index_7", reference: "'Index'!$A$1" },
      { name: "Other", reference: "'Index'!$A$1" },
    ];
    expect(generatedSheets(names)).toHaveLength(1);
    expect(nextMarkerIndex(names.map((n) => n.name))).toBe(8);
    expect(() => markerName("index", 0)).toThrow("ARDesk marker: index must be a positive integer");
  });
});
