/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// jsdom for File, Blob, <a download>; Node export conditions so ExcelJS's uuid loads as CommonJS.
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { dayFromCivil } from "../../../src/core/dates";
import { generateLedger } from "../../../src/sample";
import { writeLedgerXlsx } from "../../../src/sample/writeXlsx";
import { createBrowserServices, FORMULA_COLUMNS_NEED_EXCEL, NO_WORKBOOK_MESSAGE } from "../../../src/taskpane/services/browser";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { clerkPackage, clerkPackageParts } from "../../workbook/_fixtures/clerkPackage";
import { gbk } from "../../workbook/csv/_lib/gbk";

// jsdom lacks the encoders ExcelJS and fflate use in Node.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);

let dir: string;
let ledgerBytes: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ardesk-browser-"));
  const file = path.join(dir, "ledger.xlsx");
  await writeLedgerXlsx(file, generateLedger({ customers: 12, asOf: "2026-10-31", seed: 7 }), { asTables: true, streaming: false });
  ledgerBytes = await fs.readFile(file);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A File as an <input type=file> hands it over. */
function ledgerFile(name = "ledger.xlsx"): File {
  return new File([new Uint8Array(ledgerBytes)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("createBrowserServices", () => {
  it("asks for a workbook before any flow", async () => {
    const services = createBrowserServices({ today: () => TODAY });
    expect(services.host).toBe("browser");
    expect(services.canDownload).toBe(true);
    await expect(services.analyze()).rejects.toThrow(NO_WORKBOOK_MESSAGE);
    await expect(services.exportWorkbook!()).rejects.toThrow(NO_WORKBOOK_MESSAGE);
  });

  it("opens a File, analyses it, writes statements and reminders, and offers them as downloads", async () => {
    const services = createBrowserServices({ today: () => TODAY });
    const opened = await services.openWorkbook!(ledgerFile());
    expect(opened).toEqual({ fileName: "ledger.xlsx", sheetCount: 3 });
    expect(services.today()).toBe("2026-11-15");

    const analysis = await services.analyze();
    expect(analysis.ready).toBe(true);
    expect(analysis.asOf).toBe("2026-11-15");
    expect(analysis.tables.map((t) => [t.kind, t.sourceName, t.how])).toEqual([
      ["customers", "Customers", "table-name"],
      ["invoices", "Invoices", "table-name"],
      ["payments", "Payments", "table-name"],
    ]);
    expect(analysis.overview.length).toBeGreaterThan(0);
    for (const c of analysis.overview) {
      const bucketSum = c.buckets.reduce((a, b) => a + b.amount.minor, 0);
      expect(bucketSum).toBeGreaterThanOrEqual(c.overdue.minor);
      expect(c.buckets.map((b) => b.label)).toEqual(["Current", "1-30", "31-60", "61-90", "90+"]);
      expect(c.topOverdue.length).toBeLessThanOrEqual(10);
    }

    const progress: number[] = [];
    const statements = await services.generateStatements({ month: "2026-10", type: "open-item", onProgress: (p) => progress.push(p.done) });
    expect(statements.count).toBeGreaterThan(0);
    expect(statements.indexSheet).toBe("Index");
    expect(statements.sheets).toHaveLength(statements.count);
    expect(progress[progress.length - 1]).toBe(3);
    expect(statements.download?.fileName).toBe("ledger-statements-2026-10.xlsx");
    const statementsBook = await loadWorkbook(statements.download!.bytes);
    const index = statementsBook.getWorksheet("Index")!;
    expect(Object.keys((index as unknown as { tables: Record<string, unknown> }).tables)).toContain("StatementIndex");
    for (const s of statements.sheets) expect(statementsBook.getWorksheet(s.sheet)).toBeDefined();

    const preview = await services.previewReminders({ asOf: "2026-10-31", includeUpcoming: false });
    expect(preview.asOf).toBe("2026-10-31");
    expect(preview.candidates.length).toBeGreaterThan(0);
    for (const c of preview.candidates) {
      expect(c.draft.subject).not.toBe("");
      expect(c.stage).not.toBe("None");
    }
    const chosen = preview.candidates.map((c) => c.customerId);
    const reminders = await services.createReminders(chosen, { asOf: "2026-10-31", includeUpcoming: false });
    expect(reminders.count).toBe(chosen.length);
    expect(reminders.sheet).toBe("Reminders");
    expect(reminders.logged).toBeGreaterThan(0);
    expect(reminders.download?.fileName).toBe("ledger-reminders-2026-10-31.zip");
    const zip = unzipSync(reminders.download!.bytes);
    const emls = Object.keys(zip);
    const withEmail = preview.candidates.filter((c) => c.email !== undefined);
    expect(emls).toHaveLength(withEmail.length);
    for (const name of emls) {
      expect(name).toMatch(/\.eml$/);
      expect(strFromU8(zip[name])).toContain("X-Unsent: 1");
    }

    // With 7 days between notices, the next day holds back everyone just written to, except
    // those whose stage rose overnight (they are candidates again, at a higher stage).
    const settings = await services.loadSettings();
    await services.saveSettings({ ...settings, dunning: { ...settings.dunning, daysBetweenNotices: 7 } });
    const nextDay = await services.previewReminders({ asOf: "2026-11-01", includeUpcoming: false });
    const stageOn31 = new Map(preview.candidates.map((c) => [c.customerId, c.stage]));
    const againNextDay = nextDay.candidates.filter((c) => stageOn31.has(c.customerId));
    for (const c of againNextDay) expect(c.stage).not.toBe(stageOn31.get(c.customerId));
    expect(nextDay.heldBack).toBe(chosen.length - againNextDay.length);
    expect(nextDay.heldBack).toBeGreaterThan(0);
    expect(nextDay.daysBetweenNotices).toBe(7);
    await services.saveSettings(settings);
    expect((await services.previewReminders({ asOf: "2026-11-01", includeUpcoming: false })).heldBack).toBe(0);

    // Re-running the same day logs nothing twice.
    const again = await services.createReminders(chosen, { asOf: "2026-10-31", includeUpcoming: false });
    expect(again.logged).toBe(0);

    // Download workbook carries the clerk's sheets and everything AR Desk wrote.
    const exported = await services.exportWorkbook!();
    expect(exported.fileName).toBe("ledger-ar.xlsx");
    const book = await loadWorkbook(exported.bytes);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Customers", "Invoices", "Payments", "Index", "Reminders", "Dunning log", ...statements.sheets.map((s) => s.sheet)]));

    // The generated sheets are not read back as the clerk's input.
    const after = await services.analyze();
    expect(after.tables.map((t) => t.sourceName)).toEqual(["Customers", "Invoices", "Payments"]);
  });

  it("writes the Reminders sheet in the pane's language, under the same name, and reads its log back in the other", async () => {
    const services = createBrowserServices({ today: () => TODAY });
    await services.openWorkbook!(ledgerFile());
    const chosen = (await services.previewReminders({ asOf: "2026-10-31", includeUpcoming: false })).candidates.map((c) => c.customerId);
    const zh = await services.createReminders(chosen, { asOf: "2026-10-31", includeUpcoming: false, language: "zh" });
    expect([zh.sheet, zh.logged > 0]).toEqual(["Reminders", true]);
    const sheet = (await loadWorkbook((await services.exportWorkbook!()).bytes)).getWorksheet("Reminders")!;
    expect([sheet.getCell("A1").value, sheet.getCell("A4").value, sheet.getCell("B4").value]).toEqual(["催款提醒", "客户编号", "客户名称"]);
    const en = await services.createReminders(chosen, { asOf: "2026-10-31", includeUpcoming: false, language: "en" });
    expect(en.logged).toBe(0);
    const again = (await loadWorkbook((await services.exportWorkbook!()).bytes)).getWorksheet("Reminders")!;
    expect([again.getCell("A1").value, again.getCell("A4").value]).toEqual(["Reminders", "CustomerID"]);
  });

  it("saves settings into the AR Settings sheet and reads them back equal", async () => {
    const services = createBrowserServices({ today: () => TODAY });
    await services.openWorkbook!(ledgerFile());
    expect(await services.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const changed = {
      ...DEFAULT_SETTINGS,
      company: { ...DEFAULT_SETTINGS.company, name: "Northwind Trading", email: "ar@northwind.test" },
      agingEdges: [15, 30, 60],
      includeUpcoming: true,
    };
    await services.saveSettings(changed);
    expect(await services.loadSettings()).toEqual(changed);
    const analysis = await services.analyze();
    expect(analysis.overview[0].buckets.map((b) => b.label)).toEqual(["Current", "1-15", "16-30", "31-60", "60+"]);
    const book = await loadWorkbook((await services.exportWorkbook!()).bytes);
    expect(book.getWorksheet("AR Settings")).toBeDefined();
  });

  it("stores a mapping override and detects with it", async () => {
    const services = createBrowserServices({ today: () => TODAY });
    await services.openWorkbook!(ledgerFile());
    const before = await services.analyze();
    const invoices = before.tables.find((t) => t.kind === "invoices")!;
    const description = invoices.fields.find((f) => f.field === "Description")!;
    expect(description.column).toBeDefined();
    const after = await services.saveMapping({ invoices: { columns: { Description: null, Disputed: description.column! } } });
    const mapped = after.tables.find((t) => t.kind === "invoices")!;
    expect(mapped.fields.find((f) => f.field === "Disputed")?.column).toBe(description.column);
    expect((await services.loadSettings()).columnMapping.Invoices).toEqual({ Disputed: description.column });
  });

  it("explains that formula columns need Excel", async () => {
    const services = createBrowserServices();
    await expect(services.addFormulaColumns()).rejects.toThrow(FORMULA_COLUMNS_NEED_EXCEL);
    await expect(services.removeFormulaColumns()).rejects.toThrow(FORMULA_COLUMNS_NEED_EXCEL);
  });

  it("renders a template preview with sample data and the company name", () => {
    const services = createBrowserServices({ today: () => TODAY });
    const settings = { ...DEFAULT_SETTINGS, company: { ...DEFAULT_SETTINGS.company, name: "Northwind Trading" } };
    const draft = services.previewTemplate({ stage: "Reminder 1", language: "en", subject: "Hello {{customerName}}", body: "Owed: {{overdueTotal}}\n{{companyName}}" }, settings);
    expect(draft.subject).toBe("Hello Acme Ltd");
    expect(draft.text).toContain("Northwind Trading");
    expect(draft.text).toMatch(/Owed: USD 1,730\.00/);
    expect(services.templatePlaceholders).toEqual(expect.arrayContaining(["{{customerName}}", "{{overdueTotal}}", "{{paymentInstructions}}"]));
  });

  it("downloads an offer through an object URL and a clicked <a download>", async () => {
    const services = createBrowserServices();
    const created: Blob[] = [];
    const clicks: string[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), "blob:test"), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    jest.useFakeTimers();
    try {
      await services.downloadResult({ fileName: "x.zip", mimeType: "application/zip", bytes: new Uint8Array([80, 75]) });
      expect(clicks).toEqual(["x.zip"]);
      expect(created[0].type).toBe("application/zip");
      expect(document.querySelectorAll("a").length).toBe(0);
    } finally {
      jest.runOnlyPendingTimers();
      jest.useRealTimers();
      click.mockRestore();
    }
  });
  it("Download workbook keeps the clerk's chart, pivot table, image, comments and validation byte for byte", async () => {
    const original = clerkPackageParts();
    const services = createBrowserServices({ today: () => TODAY });
    await services.openWorkbook!(new File([new Uint8Array(clerkPackage())], "clerk.xlsx"));
    expect((await services.analyze()).ready).toBe(true);
    const statements = await services.generateStatements({ month: "2026-10", type: "open-item" });
    expect(statements.count).toBe(2);
    const offer = await services.exportWorkbook!();
    const exported = unzipSync(offer.bytes);
    const shared = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    for (const [part, bytes] of Object.entries(original)) {
      if (!shared.includes(part)) expect({ part, same: Buffer.from(exported[part] ?? []).equals(Buffer.from(bytes)) }).toEqual({ part, same: true });
    }
    const book = await loadWorkbook(offer.bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Customers", "Invoices", "Pivot", "Index", ...statements.sheets.map((x) => x.sheet)]));
  });
});

describe("a CSV export opened in the browser", () => {
  it("is read as the workbook Excel would save it as: its own sheet, every value as text, figures as the CLI's", async () => {
    // A Chinese Windows Excel's plain "CSV" (GBK), with a value that would be a formula if typed.
    const text = "发票号,客户,开票日期,到期日,金额,备注\r\nFP001,上海华瑞贸易有限公司,2026-09-01,2026-10-01,\"12,345.60\",=1+1\r\nFP002,北京远航科技,2026-10-20,2026-11-19,880,\r\n";
    const bytes = gbk(text);
    const services = createBrowserServices({ today: () => TODAY });
    expect(await services.openWorkbook!(new File([bytes], "应收台账.csv", { type: "text/csv" }))).toEqual({ fileName: "应收台账.csv", sheetCount: 1 });
    const analysis = await services.analyze();
    expect(analysis.ready).toBe(true);
    expect(analysis.tables.map((t) => [t.kind, t.sourceName])).toEqual([["customers", undefined], ["invoices", "应收台账"], ["payments", undefined]]);
    expect(analysis.overview.map((c) => [c.currency, c.totalAr.minor, c.overdue.minor])).toEqual([["CNY", 1234560 + 88000, 1234560]]);
    const offer = await services.exportWorkbook!();
    expect(offer.fileName).toBe("应收台账-ar.xlsx");
    const sheet = (await loadWorkbook(offer.bytes)).getWorksheet("应收台账")!;
    expect([sheet.getCell("A2").value, sheet.getCell("E2").value, sheet.getCell("F2").value, sheet.getCell("F2").type]).toEqual(["FP001", "12,345.60", "=1+1", ExcelJS.ValueType.String]);
  });
});

describe("an Excel 97-2003 workbook (.xls) opened in the browser", () => {
  it("is read as the .xlsx Excel would save it as: its sheets, dates shown as dates, merges kept, figures as the CLI's", async () => {
    const xls = await fs.readFile(path.join(__dirname, "../../workbook/xls/_fixtures/ledger.xls"));
    const services = createBrowserServices({ today: () => TODAY });
    expect(await services.openWorkbook!(new File([new Uint8Array(xls)], "Ledger.XLS", { type: "application/vnd.ms-excel" }))).toEqual({ fileName: "Ledger.XLS", sheetCount: 2 });
    const analysis = await services.analyze();
    expect(analysis.ready).toBe(true);
    expect(analysis.overview.map((c) => [c.currency, c.totalAr.minor])).toEqual([["USD", 208080]]);
    const offer = await services.exportWorkbook!();
    expect(offer.fileName).toBe("Ledger-ar.xlsx");
    const sheet = (await loadWorkbook(offer.bytes)).getWorksheet("Invoices")!;
    expect([sheet.getCell("A1").value, sheet.getCell("A4").value, sheet.getCell("E4").value, sheet.getCell("C4").numFmt]).toEqual(["Open invoices, October 2026", "INV-1", 1200.5, "yyyy-mm-dd"]);
    expect(sheet.getCell("E1").isMerged).toBe(true);
  });
});

describe("opening a file the browser cannot read", () => {
  // What Chrome says when the file changed or vanished after it was chosen (a DOMException, in English).
  const browserSays = () => new DOMException("The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.", "NotReadableError");
  const unreadable = async (file: File) => {
    const services = createBrowserServices({ today: () => TODAY });
    return services.openWorkbook!(file).then(
      () => {
        throw new Error("expected a refusal");
      },
      (error: unknown) => error as { message: string; cause?: unknown; in(language: "en" | "zh"): string },
    );
  };
  const refusedIn = (error: { in(language: "en" | "zh"): string }) => [error.in("en"), error.in("zh")];

  it("names the file in the pane's language, keeping the browser's error as the cause (arrayBuffer)", async () => {
    const file = ledgerFile("应收台账.xlsx");
    const cause = browserSays();
    Object.defineProperty(file, "arrayBuffer", { value: () => Promise.reject(cause) });
    const error = await unreadable(file);
    const [en, zh] = refusedIn(error);
    expect(error.cause).toBe(cause);
    expect(en).toMatch(/^Could not read "应收台账\.xlsx": /);
    expect(zh).toMatch(/^无法读取“应收台账\.xlsx”：/);
    expect(zh.replace(".xlsx", "")).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("says the same when only FileReader is there", async () => {
    const file = ledgerFile("ledger.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: undefined });
    const cause = browserSays();
    const original = globalThis.FileReader;
    class FailingReader {
      error: DOMException | null = null;
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      readAsArrayBuffer(): void {
        this.error = cause;
        setTimeout(() => this.onerror?.(), 0);
      }
    }
    Object.assign(globalThis, { FileReader: FailingReader });
    try {
      const error = await unreadable(file);
      expect(error.cause).toBe(cause);
      // the file's own name is the only Latin text left in the Chinese message
      expect(error.in("zh").replace("ledger.xlsx", "")).not.toMatch(/[A-Za-z]{2,}/);
    } finally {
      Object.assign(globalThis, { FileReader: original });
    }
  });
});
