/** Rules every generated sheet spec keeps, whichever writer applies it. */
import { layoutStatements } from "../../../src/workbook/layout/layoutStatements";
import { summaryFromStatements, summarySheet } from "../../../src/workbook/layout/summarySheet";
import { dunningLogSheet, settingsSheet } from "../../../src/workbook/arSheets";
import { dataIssuesSheet } from "../../../src/workbook/layout/dataIssuesSheet";
import { remindersSheet } from "../../../src/workbook/layout/remindersSheet";
import { isValidSheetName } from "../../../src/workbook/layout/sheetNames";
import { dayText, stageLabel, statementText } from "../../../src/workbook/layout/text";
import type { SheetSpec } from "../../../src/workbook/spec";
import { balanceForward, day, openItemZh, rowValues, settings } from "./fixtures";

function decode(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

function checkSpec(spec: SheetSpec): void {
  expect(isValidSheetName(spec.name)).toBe(true);
  const addresses = spec.cells.map((c) => `${c.row},${c.col}`);
  expect(new Set(addresses).size).toBe(addresses.length);
  expect(spec.cells.every((c) => Number.isInteger(c.row) && c.row >= 1 && Number.isInteger(c.col) && c.col >= 1)).toBe(true);
  // Numbers are finite (NaN or Infinity would corrupt the file).
  expect(spec.cells.every((c) => typeof c.value !== "number" || Number.isFinite(c.value))).toBe(true);
  // Print area covers every cell.
  const [from, to] = (spec.print?.area ?? "").split(":").map(decode);
  expect(from).toEqual({ row: 1, col: 1 });
  expect(spec.cells.every((c) => c.row <= to.row && c.col <= to.col)).toBe(true);
  expect(spec.print?.fitToWidth).toBe(true);
  // Table headers are written as the header cells, unique and non-empty; table names valid.
  for (const table of spec.tables ?? []) {
    expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(rowValues(spec, table.top, table.left, table.left + table.headers.length - 1)).toEqual([...table.headers]);
    expect(new Set(table.headers.map((h) => h.toLowerCase())).size).toBe(table.headers.length);
    expect(table.headers.every((h) => h.trim() !== "")).toBe(true);
  }
  // Merges never overlap.
  const merged = new Set<string>();
  for (const m of spec.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        expect(merged.has(`${r},${c}`)).toBe(false);
        merged.add(`${r},${c}`);
      }
  }
  // Inside a merge, only the top-left cell holds a value.
  for (const m of spec.merges ?? []) {
    const inner = spec.cells.filter((c) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right && !(c.row === m.top && c.col === m.left));
    expect(inner.filter((c) => c.value !== null)).toEqual([]);
  }
}

describe("every generated sheet spec", () => {
  const statements = [balanceForward(), openItemZh(), openItemZh({ currency: "USD" })];
  const specs: SheetSpec[] = [
    ...layoutStatements(statements, settings),
    summarySheet(summaryFromStatements(statements), settings, { chartsSupported: false }),
    dunningLogSheet([]),
    dataIssuesSheet([{ severity: "error", sheet: "Invoices", row: 2, columnIndex: 1, reason: "x" }]),
    settingsSheet(settings),
    remindersSheet([], settings),
  ];

  it.each(specs.map((s) => [s.name, s]))("%s keeps the spec rules", (_name, spec) => checkSpec(spec as SheetSpec));

  it("gives all sheets distinct names and table names", () => {
    const names = specs.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const tables = specs.flatMap((s) => s.tables ?? []).map((t) => t.name.toLowerCase());
    expect(new Set(tables).size).toBe(tables.length);
  });
});

describe("text", () => {
  it("writes dates unambiguously in both languages", () => {
    expect(dayText(day("2026-10-31"), "en")).toBe("2026-10-31");
    expect(dayText(day("2026-01-05"), "zh")).toBe("2026年1月5日");
  });
  it("glosses standard stages in Chinese and keeps the clerk's own", () => {
    expect(stageLabel("Reminder 1", "zh")).toBe("第一次提醒");
    expect(stageLabel("Legal letter", "zh")).toBe("Legal letter");
    expect(stageLabel("Reminder 1", "en")).toBe("Reminder 1");
  });
  it("has the same phrases in both languages", () => {
    expect(Object.keys(statementText("zh")).sort()).toEqual(Object.keys(statementText("en")).sort());
    expect(statementText("zh").fallbackNote).toBe("无付款日期：按未清项目列示");
    expect(statementText("en").amountOverdue).toBe("Amount overdue");
    expect(statementText("zh").amountOverdue).toBe("逾期金额");
  });
});

describe("every generated sheet says the language of its words (a cut cell's note follows it)", () => {
  it("a statement is in its customer's language, the clerk's sheets in the run's", () => {
    const [en, zh] = layoutStatements([balanceForward(), openItemZh()], settings).filter((s) => s.role === "statement");
    expect([en.language, zh.language]).toEqual(["en", "zh"]);
    const clerks = (language: "en" | "zh") => [
      summarySheet(summaryFromStatements([balanceForward()]), settings, { chartsSupported: false, language }),
      dunningLogSheet([], { language }),
      dataIssuesSheet([], { language }),
      settingsSheet(settings, { language }),
      remindersSheet([], settings, { language }),
    ];
    expect(clerks("zh").map((s) => s.language)).toEqual(["zh", "zh", "zh", "zh", "zh"]);
    expect(clerks("en").map((s) => s.language)).toEqual(["en", "en", "en", "en", "en"]);
  });
});
