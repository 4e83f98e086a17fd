/** @jest-environment jsdom */
import { detectLanguage, en, translator, zh } from "../../src/taskpane/i18n";
import { FIELDS_OF } from "../../src/workbook/schema";
import { FIELD_NAMES_ZH } from "../../src/core/fieldNames";

const placeholders = (text: string) => (text.match(/\{[A-Za-z]+\}/g) ?? []).sort();

/** Names and codes that stay as they are in Chinese UI text. */
const ALLOWED_LATIN = [/AR Desk/g, /AR Settings/g, /Data issues/g, /=?AR\.[A-Z_]+\([^)]*\)/g, /\.xlsx/g, /\.xls\b/g, /\.eml/g, /Office/g, /Excel/g, /CSV/g, /\.csv/g, /\.txt/g, /\{[A-Za-z]+\}/g];

describe("message catalogues", () => {
  it("have the same keys", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it("leave no English in the Chinese catalogue", () => {
    const leftovers = Object.entries(zh)
      .filter(([key]) => key !== "language.en")
      .map(([key, text]) => [key, ALLOWED_LATIN.reduce((rest, pattern) => rest.replace(pattern, ""), text)] as const)
      .filter(([, rest]) => /[A-Za-z]{2,}/.test(rest));
    expect(leftovers).toEqual([]);
  });

  it("name every field the Ledger screen can map, in both languages", () => {
    const fields = [...new Set(Object.values(FIELDS_OF).flat())];
    const missing = fields.filter((field) => !(`field.${field}` in en) || !(`field.${field}` in zh));
    expect(missing).toEqual([]);
  });

  it("take the Chinese field names from the core (one home for the CLI, the issue texts and the pane)", () => {
    const t = translator("zh") as (key: string) => string;
    for (const [field, name] of Object.entries(FIELD_NAMES_ZH)) expect([field, t(`field.${field}`)]).toEqual([field, name]);
  });

  it("have no empty messages", () => {
    expect(Object.entries(en).filter(([, text]) => text.trim() === "")).toEqual([]);
    expect(Object.entries(zh).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});

describe("translator", () => {
  it("fills parameters", () => {
    expect(translator("en")("statements.done", { count: 3, month: "2026-10" })).toBe("3 statements for 2026-10");
    expect(translator("zh")("statements.done", { count: 3, month: "2026-10" })).toBe("2026-10 共生成 3 份对账单");
  });

  it("says 1 in the singular and any other count in the plural, in English only", () => {
    const en = translator("en");
    expect(en("statements.done", { count: 1, month: "2026-10" })).toBe("1 statement for 2026-10");
    expect(en("statements.done", { count: 0, month: "2026-10" })).toBe("0 statements for 2026-10");
    expect(en("ledger.issueCount", { errors: 1, warnings: 2 })).toBe("1 error, 2 warnings");
    expect(en("ledger.issueCount", { errors: 3, warnings: 1 })).toBe("3 errors, 1 warning");
    expect(en("statements.issues", { count: 1 })).toBe("1 data issue was reported; see the Ledger tab.");
    expect(en("reminders.heldBack", { count: 1, days: 7 })).toBe("1 customer held back by the interval between notices: last notice fewer than 7 days ago.");
    expect(en("reminders.heldBack", { count: 2, days: 1 })).toBe("2 customers held back by the interval between notices: last notice fewer than 1 day ago.");
    expect(translator("zh")("reminders.heldBack", { count: 1, days: 7 })).toBe("1 位客户因催款间隔未满而暂缓：上次催款不足 7 天。");
  });

  it("leaves no English count next to a plural noun (“1 errors”)", () => {
    // A count placeholder followed by a plain English plural is the bug the {n|one|other} form fixes.
    const bare = Object.entries(en).filter(([, text]) => /\{[A-Za-z]+\} (errors|warnings|statements|customers|sheets|columns|days|issues|rows)\b/.test(text));
    expect(bare).toEqual([]);
  });

  it("returns messages without parameters as they are", () => {
    expect(translator("zh")("tab.reminders")).toBe("催款");
  });

  it("checks parameters at compile time", () => {
    const t = translator("en");
    // @ts-expect-error month is missing
    expect(t("statements.done", { count: 1 })).toBe("1 statement for {month}");
    // @ts-expect-error this message takes no parameters
    void t("tab.ledger", { x: 1 });
  });
});

describe("detectLanguage", () => {
  it("prefers Office's display language", () => {
    expect(detectLanguage("zh-CN", "en-US")).toBe("zh");
    expect(detectLanguage("en-US", "zh-CN")).toBe("en");
  });

  it("falls back to the browser language outside Office", () => {
    expect(detectLanguage(undefined, "zh-Hans-CN")).toBe("zh");
    expect(detectLanguage(undefined, "zh")).toBe("zh");
    expect(detectLanguage(undefined, "de-DE")).toBe("en");
    expect(detectLanguage(undefined, undefined)).toBe("en");
  });

  it("edge cases: treats any zh tag as Chinese, and not look-alikes", () => {
    expect(detectLanguage("ZH-TW")).toBe("zh");
    expect(detectLanguage("zu-ZA")).toBe("en");
    expect(detectLanguage("", "zh-CN")).toBe("zh");
  });
});
