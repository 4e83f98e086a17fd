import { FakeOfficeError, PAYLOAD_LIMIT_BYTES, createFakeExcel, type FakeRequestContextApi } from "./index";

describe("Excel fake", () => {
  it("throws PropertyNotLoaded before load + sync, and reads after", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["x", 1]]);
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values,address");
      expect(() => r.values).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(r.values).toEqual([["x", 1]]);
      expect(r.address).toBe("S!A1:B1");
    });
  });

  it("throws InvalidObjectPath when a proxy is used after its Excel.run ended", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const leaked = await fake.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("S").getRange("A1"));
    expect(() => (leaked.values = [["x"]])).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.names.add("N", leaked);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  it("applies queued writes only on sync, in order, and counts syncs and payload", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A2");
      r.values = [["a"], ["b"]];
      expect(fake.state.sheet("S")!.cell(1, 1)).toBeUndefined();
      await ctx.sync();
      expect(fake.state.sheet("S")!.cell(1, 1)?.value).toBe("a");
    });
    expect(fake.stats.syncs).toHaveLength(1);
    expect(fake.stats.syncs[0].requestBytes).toBeGreaterThan(10);
  });

  it("parses input as Range.values documents: = + - start a formula even in a text cell", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const inputs = ['=HYPERLINK("x")', "+SUM(1)", "-2+3", "00123", "2026-10-31", "plain"];
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:A6").values = inputs.map((v) => [v]);
      ws.getRange("B1:B6").numberFormat = inputs.map(() => ["@"]);
      ws.getRange("B1:B6").values = inputs.map((v) => [v]);
      await ctx.sync();
    });
    const s = fake.state.sheet("S")!;
    expect([1, 2, 3].map((r) => s.cell(r, 1)?.formula)).toEqual(['=HYPERLINK("x")', "=+SUM(1)", "=-2+3"]);
    expect(s.cell(4, 1)?.value).toBe(123);
    expect(s.cell(5, 1)).toMatchObject({ value: 46326, numberFormat: "yyyy-mm-dd" });
    expect(s.cell(6, 1)?.value).toBe("plain");
    // The "@" format keeps "00123" and dates as text, but not formula-like text (no documented exception).
    expect([1, 2, 3].map((r) => s.cell(r, 2)?.formula)).toEqual(['=HYPERLINK("x")', "=+SUM(1)", "=-2+3"]);
    [4, 5, 6].forEach((r) => expect(s.cell(r, 2)).toEqual({ value: inputs[r - 1], numberFormat: "@" }));
  });

  it("keeps text after a quote prefix in a General cell, and the apostrophe in a text cell", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:A2").values = [["'=cmd"], ["''quoted"]];
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("B1").values = [["'=cmd"]];
      const read = ws.getRange("A1:B2").load("values");
      await ctx.sync();
      expect(read.values).toEqual([["=cmd", "'=cmd"], ["'quoted", ""]]);
    });
    expect(fake.state.sheet("S")!.cell(1, 1)).toEqual({ value: "=cmd", quotePrefix: true });
  });

  it("refuses text over 32,767 characters, the Excel cell limit", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
      range.values = [["x".repeat(32767)]];
      await ctx.sync();
      range.values = [["x".repeat(32768)]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(String(fake.state.sheet("S")!.cell(1, 1)?.value)).toHaveLength(32767);
  });

  it("reads formula cells back as their value and error cells as their error text", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [[5, "=A1", '="ok"', { error: "#N/A" }, "=AR.AGING(A1)"]]);
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1:E1").load("values,formulas");
      await ctx.sync();
      expect(range.values).toEqual([[5, 5, "ok", "#N/A", "#NAME?"]]);
      expect(range.formulas).toEqual([[5, "=A1", '="ok"', "#N/A", "=AR.AGING(A1)"]]);
    });
  });

  it("fails a batch in cell-edit mode unless it was run with delayForCellEdit, which waits", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [[1]]);
    fake.state.cellEditMode = true;
    const write = (ctx: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown[][] } } } }; sync(): Promise<void> }) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      return ctx.sync();
    };
    await expect(fake.Excel.run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const delayed = fake.Excel.run({ delayForCellEdit: true }, write).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    fake.state.endCellEdit();
    await delayed;
    expect(fake.state.sheet("S")!.cell(1, 1)?.value).toBe(2);
    expect(fake.stats.runOptions).toEqual([{}, { delayForCellEdit: true }]);
  });

  it("reports workbook protection and refuses to add, rename or delete sheets while protected", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    fake.state.addSheet("T");
    fake.state.protected = true;
    await fake.Excel.run(async (ctx) => {
      const protection = ctx.workbook.protection.load("protected");
      await ctx.sync();
      expect(protection.protected).toBe(true);
      ctx.workbook.worksheets.add("New");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ctx.workbook.worksheets.getItem("T").delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["S", "T"]);
  });

  it("answers DATE in the workbook's date system (1900: 2026-10-31 is 46326; 1904: 1462 less)", async () => {
    const fake = createFakeExcel();
    const date = () =>
      fake.Excel.run(async (ctx) => {
        const result = ctx.workbook.functions.date(2026, 10, 31).load("value");
        await ctx.sync();
        return result.value;
      });
    expect(await date()).toBe(46326);
    fake.state.date1904 = true;
    expect(await date()).toBe(46326 - 1462);
  });

  it("leaves cells unchanged for null entries and rejects a mis-shaped matrix", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["keep", "old"]]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, "new"]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.state.sheet("S")!.cell(1, 1)?.value).toBe("keep");
    expect(fake.state.sheet("S")!.cell(1, 2)?.value).toBe("new");
  });

  it("reports null objects only after sync, and items after load", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    await fake.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const there = ctx.workbook.worksheets.getItemOrNullObject("s");
      const sheets = ctx.workbook.worksheets.load("items/name");
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      expect(() => sheets.items).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(sheets.items.map((w) => w.name)).toEqual(["S"]);
    });
  });

  it("fails a request on demand: refused whole, or at an operation with the ones before it applied", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const write = (ctx: FakeRequestContextApi) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["a"]];
      ws.getRange("A2").values = [["b"]];
      ws.getRange("A3").values = [["c"]];
    };
    fake.failSync({ sync: 1 });
    fake.failSync({ sync: 2, at: (op) => op.set === "values" && op.path!.endsWith('range("A3")'), code: "InvalidArgument", message: "no" });
    await expect(fake.Excel.run(async (ctx) => { write(ctx); await ctx.sync(); })).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.state.sheet("S")!.cells.size).toBe(0);
    await expect(fake.Excel.run(async (ctx) => { write(ctx); await ctx.sync(); })).rejects.toMatchObject({ code: "InvalidArgument", message: "no" });
    expect([1, 2, 3].map((r) => fake.state.sheet("S")!.cell(r, 1)?.value)).toEqual(["a", "b", undefined]);
    // Each fault fails one request: the third goes through.
    await fake.Excel.run(async (ctx) => { write(ctx); await ctx.sync(); });
    expect(fake.state.sheet("S")!.cell(3, 1)?.value).toBe("c");
    expect(fake.stats.syncs).toHaveLength(3);
  });

  it("rejects a request over 5 MB", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A60000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("refuses a response over 5 MB and leaves nothing of it loaded", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", Array.from({ length: 2000 }, () => ["y".repeat(3000)]));
    await fake.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).load("address,values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => used.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // The same context goes on: a smaller load in the next sync is answered.
      const head = ctx.workbook.worksheets.getItem("S").getRange("A1:A2").load("values");
      await ctx.sync();
      expect(head.values).toEqual([["y".repeat(3000)], ["y".repeat(3000)]]);
    });
    expect(fake.stats.syncs[0].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("merges each row on its own with merge(true), and refuses an overlap with a merged area", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["a", "x"], ["b", "y"], ["c", "z"]]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B3").merge(true);
      await ctx.sync();
    });
    const s = fake.state.sheet("S")!;
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 2 },
    ]);
    // Each row keeps its own top-left value.
    expect([1, 2, 3].map((r) => [s.cell(r, 1)?.value, s.cell(r, 2)?.value])).toEqual([["a", undefined], ["b", undefined], ["c", undefined]]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("B2:C2").merge(false);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("gives the intersection of two ranges, or a null object known after sync", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "B2", [[1, 2], [3, 4], [5, 6]]);
    fake.state.addSheet("Empty");
    await fake.Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      const head = used.getIntersectionOrNullObject("A1:XFD3").load("address,values");
      const none = used.getIntersectionOrNullObject("A10:C12").load("address");
      const ofEmpty = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true).getIntersectionOrNullObject("A1:B2");
      expect(() => head.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect([head.address, head.values]).toEqual(["S!B2:C3", [[1, 2], [3, 4]]]);
      expect([none.isNullObject, ofEmpty.isNullObject]).toEqual([true, true]);
    });
  });

  describe("Range.copyFrom with Formats, as a paste", () => {
    const formatted = async (copy: (ws: ReturnType<typeof sheetOf>) => void) => {
      const fake = createFakeExcel();
      fake.state.putValues("S", "A1", [["h", "i", "j"], [1, 2, 3]]);
      await fake.Excel.run(async (ctx) => {
        const ws = sheetOf(ctx);
        ws.getRange("A1").setCellProperties([[{ format: { font: { bold: true }, fill: { color: "#D9E1F2" }, borders: { bottom: { style: "Continuous", weight: "Thin" } } } }]]);
        ws.getRange("A1").numberFormat = [["@"]];
        ws.getRange("B1").setCellProperties([[{ format: { font: { italic: true } } }]]);
        await ctx.sync();
        copy(ws);
        await ctx.sync();
      });
      return fake.state.sheet("S")!;
    };
    const sheetOf = (ctx: FakeRequestContextApi) => ctx.workbook.worksheets.getItem("S");
    const look = { bold: true, fill: "#D9E1F2", borders: { EdgeBottom: { style: "Continuous", weight: "Thin" } }, numberFormat: "@" };

    it("fills every cell of a larger destination with a one-cell source's formats, and no values", async () => {
      const s = await formatted((ws) => ws.getRange("B2:D2").copyFrom("A1", "Formats"));
      expect([2, 3, 4].map((c) => s.cell(2, c))).toEqual([
        { value: 2, ...look },
        { value: 3, ...look },
        look,
      ]);
    });

    it("replaces the destination's formats whole and tiles a destination that is a multiple of the source", async () => {
      const s = await formatted((ws) => ws.getRange("A3:D4").copyFrom("A1:B1", "Formats"));
      expect([1, 2, 3, 4].map((c) => s.cell(3, c))).toEqual([look, { italic: true }, look, { italic: true }]);
      expect(s.cell(4, 3)).toEqual(look);
    });

    it("pastes the source once, at its size, when the destination is not a multiple of it", async () => {
      const s = await formatted((ws) => ws.getRange("A5:C5").copyFrom("A1:B1", "Formats"));
      expect([s.cell(5, 1), s.cell(5, 2), s.cell(5, 3)]).toEqual([look, { italic: true }, undefined]);
    });

    it("copies from another sheet named in the source address (quoted, apostrophes doubled), cell for cell", async () => {
      const fake = createFakeExcel();
      fake.state.putValues("O'Brien", "A1", [["x", 1]]);
      fake.state.putValues("S", "A1", [["kept", 5]]);
      await fake.Excel.run(async (ctx) => {
        const src = ctx.workbook.worksheets.getItem("O'Brien");
        src.getRange("A1:B1").setCellProperties([[{ format: { font: { bold: true } } }, { format: { fill: { color: "#FFEEDD" } } }]]);
        src.getRange("B1").numberFormat = [["#,##0.00"]];
        await ctx.sync();
        ctx.workbook.worksheets.getItem("S").getRange("A1:B1").copyFrom("'O''Brien'!A1:B1", "Formats");
        await ctx.sync();
      });
      const s = fake.state.sheet("S")!;
      expect([s.cell(1, 1), s.cell(1, 2)]).toEqual([
        { value: "kept", bold: true },
        { value: 5, fill: "#FFEEDD", numberFormat: "#,##0.00" },
      ]);
      expect(fake.state.sheet("O'Brien")!.cell(1, 1)).toEqual({ value: "x", bold: true });
    });

    it("refuses what it does not model: other copy types, and merged cells", async () => {
      await expect(formatted((ws) => ws.getRange("B2").copyFrom("A1"))).rejects.toMatchObject({ code: "InvalidArgument" });
      await expect(
        formatted((ws) => {
          ws.getRange("B3:C3").merge(false);
          ws.getRange("B3:C3").copyFrom("A1", "Formats");
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("models tables, names, sheet deletion (#REF!) and the table/name namespace", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["ID", null]]);
    fake.state.addSheet("Keep");
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const t = ws.tables.add("A1:B1", true);
      t.name = "Things";
      ctx.workbook.names.add("Marker", "='S'!$A$1");
      const body = t.getDataBodyRange().load("address");
      const header = t.getHeaderRowRange().load("values");
      await ctx.sync();
      expect(body.address).toBe("S!A2:B2");
      expect(header.values).toEqual([["ID", "Column2"]]);
      ctx.workbook.names.add("things", "=1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      ws.delete();
      const n = ctx.workbook.names.getItem("Marker").load("formula,type");
      const tables = ctx.workbook.tables.load("items/name");
      await ctx.sync();
      expect(n.formula).toBe("=#REF!$A$1");
      expect(n.type).toBe("Error");
      expect(tables.items).toHaveLength(0);
    });
  });

  it("refuses duplicate and invalid sheet names, case-insensitively", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Index");
    await expect(fake.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("INDEX"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(fake.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("a/b"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel fake: null objects and binding", () => {
  it("lets a null object be loaded and reports isNullObject", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Empty");
    await fake.Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true).load("address");
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Missing").load("name");
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(ws.isNullObject).toBe(true);
      expect(() => used.address).toThrow(FakeOfficeError);
    });
  });

  it("binds a proxy to its object at first use, so a rename does not re-target it", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("Old");
    fake.state.addSheet("Other");
    await fake.Excel.run(async (ctx) => {
      const old = ctx.workbook.worksheets.getItem("Old");
      old.name = "Renamed";
      ctx.workbook.worksheets.add("Old");
      old.delete();
      await ctx.sync();
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Other", "Old"]);
  });
});

describe("Excel fake: setCellProperties / setRowProperties / setColumnProperties (ExcelApi 1.9)", () => {
  it("sets what each cell's object gives and leaves the rest as it was", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["a", "b"]]);
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.format.font.italic = true;
      range.setCellProperties([[{ format: { font: { bold: true }, fill: { color: "#D9E1F2" }, borders: { bottom: { style: "Double" } } } }, {}]]);
      await ctx.sync();
    });
    const s = fake.state.sheet("S")!;
    expect(s.cell(1, 1)).toMatchObject({ value: "a", bold: true, italic: true, fill: "#D9E1F2", borders: { EdgeBottom: { style: "Double" } } });
    expect(s.cell(1, 2)).toMatchObject({ value: "b", italic: true });
    expect(s.cell(1, 2)?.bold).toBeUndefined();
  });

  it("refuses a matrix of the wrong shape and properties it does not model", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const run = (props: unknown) =>
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B1").setCellProperties(props as never);
        await ctx.sync();
      });
    await expect(run([[{}]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run([[{ format: { font: { strikethrough: true } } }, {}]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sets column widths with setColumnProperties and row formats with setRowProperties", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["a", "b"], ["c", "d"]]);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A:B").setColumnProperties([{ format: { columnWidth: 56.25 } }, {}]);
      ws.getRange("A2:B2").setRowProperties([{ format: { font: { italic: true } } }]);
      await ctx.sync();
    });
    const s = fake.state.sheet("S")!;
    expect(s.columnWidths.get(1)).toBe(56.25);
    expect(s.columnWidths.has(2)).toBe(false);
    expect([s.cell(2, 1)?.italic, s.cell(2, 2)?.italic, s.cell(1, 1)?.italic]).toEqual([true, true, undefined]);
  });

  it("counts the request bytes of the properties it was sent, by its own measure", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    const bytesFor = async (cells: number) => {
      fake.resetStats();
      await fake.Excel.run(async (ctx) => {
        const props = [Array.from({ length: cells }, () => ({ format: { font: { bold: true } } }))];
        ctx.workbook.worksheets.getItem("S").getRange(`A1:${String.fromCharCode(64 + cells)}1`).setCellProperties(props);
        await ctx.sync();
      });
      return fake.stats.syncs[0].requestBytes;
    };
    const one = await bytesFor(1);
    const ten = await bytesFor(10);
    // nine more cells add nine more `,{"format":{"font":{"bold":true}}}` (34 bytes each) to the same request
    expect(ten - one).toBe(9 * ',{"format":{"font":{"bold":true}}}'.length);
  });
});

describe("Excel fake: Worksheet.id and NamedItem.comment", () => {
  it("gives each sheet an id that stays through a rename, readable only after load + sync, and finds a sheet by it", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("A");
    fake.state.addSheet("B");
    const ids = await fake.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      expect(() => sheets.items[0].id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name,items/id");
      await ctx.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(new Set(ids).size).toBe(2);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").name = "A renamed";
      // getItem takes a name or an id ("Gets a worksheet object using its name or ID").
      const byId = ctx.workbook.worksheets.getItem(ids[0]).load("name,id");
      await ctx.sync();
      expect([byId.name, byId.id]).toEqual(["A renamed", ids[0]]);
    });
    // A new sheet never takes a deleted sheet's id.
    fake.state.deleteSheet(fake.state.sheet("B")!);
    expect(fake.state.addSheet("B").id).not.toBe(ids[1]);
  });

  it("fails at sync, with ItemNotFound, a rename by the id of a sheet deleted since, and a rename or add to a name another sheet has, changing nothing after it", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("A");
    const gone = fake.state.addSheet("B").id;
    fake.state.addSheet("C");
    fake.state.deleteSheet(fake.state.sheet("B")!);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(gone).name = "B2";
      ctx.workbook.worksheets.getItem("A").name = "A2";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["A", "C"]);
    // Sheet names are unique case-insensitively.
    for (const add of [false, true]) {
      await fake.Excel.run(async (ctx) => {
        if (add) ctx.workbook.worksheets.add("C");
        else ctx.workbook.worksheets.getItem("A").name = "c";
        await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      });
    }
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["A", "C"]);
  });

  it("gives each table an id that stays through a rename, and finds a table by it", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["h"], [1]]);
    const table = fake.state.putTable("S", "Mine", "A1:A2");
    await fake.Excel.run(async (ctx) => {
      const tables = ctx.workbook.tables.load("items/name,items/id");
      await ctx.sync();
      expect(tables.items.map((t) => [t.name, t.id])).toEqual([["Mine", table.id]]);
      ctx.workbook.tables.getItem("Mine").name = "Renamed";
      await ctx.sync();
      ctx.workbook.tables.getItem(table.id).name = "Again";
      await ctx.sync();
    });
    expect(fake.state.tables.map((t) => [t.name, t.id])).toEqual([["Again", table.id]]);
  });

  it("sets a name's comment on sync, up to 255 characters", async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    await fake.Excel.run(async (ctx) => {
      const n = ctx.workbook.names.add("Marker", "=S!$A$1");
      n.comment = "kept";
      expect(fake.state.names).toHaveLength(0);
      await ctx.sync();
      n.load("comment");
      await ctx.sync();
      expect(n.comment).toBe("kept");
      n.comment = "x".repeat(256);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.state.names[0].comment).toBe("kept");
  });
});

describe("Excel fake: table.rows.add", () => {
  it("appends below the rows the table has when the request runs, moving cells below down and extending the column formats", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["Date", "ID"], [{ value: 46326, numberFormat: "yyyy-mm-dd" }, "C1"], [null, null], ["below", "x"]]);
    fake.state.putTable("S", "Log", "A1:B2");
    await fake.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Log");
      const added = t.rows.add(undefined, [[46327, "C2"], [46328, "C3"]]).load("index");
      const range = added.getRange().load("address");
      const body = t.getDataBodyRange().load("address");
      await ctx.sync();
      expect(added.index).toBe(1);
      expect(range.address).toBe("S!A3:B3");
      expect(body.address).toBe("S!A2:B4");
    });
    const s = fake.state.sheet("S")!;
    expect([s.cell(3, 1)?.value, s.cell(4, 2)?.value, s.cell(3, 1)?.numberFormat]).toEqual([46327, "C3", "yyyy-mm-dd"]);
    // The row that was below the table moved down by two.
    expect([s.cell(6, 1)?.value, s.cell(4, 1)?.value]).toEqual(["below", 46328]);
  });

  it("refuses rows whose width is not the table's, and adding at an index (the fake models appending only)", async () => {
    const fake = createFakeExcel();
    fake.state.putValues("S", "A1", [["A", "B"], [1, 2]]);
    fake.state.putTable("S", "T", "A1:B2");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").rows.add(undefined, [[1, 2, 3]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ctx.workbook.tables.getItem("T").rows.add(0, [[1, 2]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.state.tables[0].rect.bottom).toBe(2);
  });
});
