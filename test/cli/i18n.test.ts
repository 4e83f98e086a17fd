/**
 * The CLI's catalogue: both languages have every message with the same parameters, the Chinese
 * one has no English left in it, and the language is chosen as README says (--lang, else
 * LC_ALL, LC_MESSAGES, LANG, else English).
 */
import { cliLanguage, cliText, en, zh, type CliMessageKey } from "../../src/cli/i18n";

/** The parameter names a message uses, plural forms (`{n|one|other}`) counted by their name. */
const params = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z]+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

/** What may stay in Latin letters in a Chinese message: names, codes, options, commands, files. */
const ALLOWED_LATIN = [
  /\{[A-Za-z]+\}/g,
  /AR Desk|AR Settings|AR Summary|Data issues|Reminders|StatementIndex|Excel|Outlook|mailto|DSO|XFD/g,
  /ar-desk/g,
  /--[a-z][a-z-]*/g,
  /[\w./*<>-]*\.(xlsx|xlsm|eml|csv|txt)/g,
  /<as-of>|<YYYY-MM>|YYYY-MM-DD|YYYY-MM/g,
  /\b(statements|reminders|log-call|report|check|demo|balance-forward|open-item|mdy|dmy|en|zh)\b/g,
  /\b(TYPE|FILE|DIR|ID)\b/g,
  /LC_ALL|LC_MESSAGES|LANG|POSIX|zh_CN\.UTF-8|\bC\b|AR_DESK_DEBUG/g,
  /ledger\.[A-Za-z]+|source\.Invoices|assets\//g,
  // the ledger files it reads, and their encodings
  /\.(xlsm|xls|csv|txt)\b|\bCSV\b|UTF-8|UTF-16|GBK|Windows-1252/g,
];

const keys = Object.keys(en) as CliMessageKey[];

describe("the CLI's message catalogues", () => {
  it("have the same keys", () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it("use the same parameters in both languages", () => {
    const differ = keys.filter((key) => params(zh[key]).join() !== params(en[key]).join()).map((key) => [key, params(en[key]), params(zh[key])]);
    expect(differ).toEqual([]);
  });

  it("leave no English in the Chinese catalogue", () => {
    const leftovers = keys
      .map((key) => [key, ALLOWED_LATIN.reduce((rest, pattern) => rest.replace(pattern, ""), zh[key])] as const)
      .map(([key, rest]) => [key, rest.match(/[A-Za-z]{2,}/g)] as const)
      .filter(([, words]) => words !== null);
    expect(leftovers).toEqual([]);
  });

  it("have no plural forms in Chinese and no empty messages", () => {
    expect(keys.filter((key) => /\{[A-Za-z]+\|/.test(zh[key]))).toEqual([]);
    expect(keys.filter((key) => en[key].trim() === "" || zh[key].trim() === "")).toEqual([]);
  });

  it("leave no English count next to a plain plural noun (“1 errors”)", () => {
    const bare = keys.filter((key) => /\{[A-Za-z]+\} (\w+ )?(errors|warnings|notes|statements|reminders|customers|invoices|payments|entries|rows|drafts|letters|balances|days)\b/.test(en[key]));
    expect(bare).toEqual([]);
  });

  it("show the option --lang in every help text, in both languages", () => {
    const helps = keys.filter((key) => key.startsWith("help."));
    expect(helps.length).toBe(7);
    for (const key of helps) {
      expect([key, en[key].includes("--lang")]).toEqual([key, true]);
      expect([key, zh[key].includes("--lang")]).toEqual([key, true]);
    }
  });
});

describe("cliText", () => {
  it("fills parameters, with English singular and plural", () => {
    const t = cliText("en");
    expect(t("statements.done", { count: 1, month: "2026-10", asOf: "2026-10-31", file: "s.xlsx" })).toBe("1 statement for 2026-10 (as of 2026-10-31) written to s.xlsx");
    expect(t("statements.done", { count: 2, month: "2026-10", asOf: "2026-10-31", file: "s.xlsx" })).toBe("2 statements for 2026-10 (as of 2026-10-31) written to s.xlsx");
    expect(t("check.counts", { customers: 1, invoices: 0, payments: 2, undated: "" })).toBe("1 customer, 0 invoices, 2 payments read.");
    expect(cliText("zh")("check.counts", { customers: 1, invoices: 0, payments: 2, undated: "" })).toBe("已读入 1 位客户、0 张发票、2 笔收款。");
  });

  it("knows its language, for the texts the core words", () => {
    expect(cliText("zh").language).toBe("zh");
    expect(cliText("en").language).toBe("en");
  });

  it("checks parameters at compile time", () => {
    const t = cliText("en");
    // @ts-expect-error path is missing
    expect(t("error.noSuchFile", {})).toBe("no such file: {path}");
    // @ts-expect-error this message takes no parameters
    void t("issues.none", { x: 1 });
  });
});

describe("cliLanguage", () => {
  it("takes --lang first", () => {
    expect(cliLanguage("en", { LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8" })).toBe("en");
    expect(cliLanguage("zh", { LANG: "C" })).toBe("zh");
  });

  it("else the first locale variable set: LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(cliLanguage(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(cliLanguage(undefined, { LC_ALL: "C", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, { LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(cliLanguage(undefined, { LC_ALL: "zh_CN", LC_MESSAGES: "C" })).toBe("zh");
    // An empty variable counts as unset, as for the C library.
    expect(cliLanguage(undefined, { LC_ALL: "", LANG: "zh_CN.UTF-8" })).toBe("zh");
  });

  it("edge cases: any zh locale is Chinese; C, POSIX, others and none are English", () => {
    expect(cliLanguage(undefined, { LANG: "zh" })).toBe("zh");
    expect(cliLanguage(undefined, { LANG: "zh_CN.GB18030" })).toBe("zh");
    expect(cliLanguage(undefined, { LANG: "C" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "POSIX" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "zu_ZA.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, {})).toBe("en");
  });
});
