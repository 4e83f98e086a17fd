/**
 * A scripted {@link PaneServices} for component tests: fixed data, every call recorded,
 * promises the test can hold open (to see progress) and failures on request.
 */
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import type { Language, Money } from "../../src/core/model";
import type {
  Analysis,
  FileOffer,
  HostKind,
  MessageTemplate,
  PaneServices,
  PaneSettings,
  ReminderPreview,
  StatementsResult,
} from "../../src/taskpane/services/paneServices";

const usd = (minor: number): Money => ({ currency: "USD", minor });
const cny = (minor: number): Money => ({ currency: "CNY", minor });

/** `USD 1,234.50` / `CNY 1,234.50` in en, `¥1,234.50` for CNY in zh: enough to tell languages apart. */
export function fakeFormatMoney(amount: Money, language: Language): string {
  const negative = amount.minor < 0;
  const abs = Math.abs(amount.minor);
  const whole = Math.floor(abs / 100).toLocaleString("en-US");
  const cents = String(abs % 100).padStart(2, "0");
  const prefix = language === "zh" && amount.currency === "CNY" ? "¥" : `${amount.currency} `;
  return `${negative ? "-" : ""}${prefix}${whole}.${cents}`;
}

export function sampleAnalysis(): Analysis {
  return {
    asOf: "2026-11-15",
    ready: true,
    tables: [
      {
        kind: "customers",
        sourceId: "Customers",
        sourceName: "Customers",
        how: "table-name",
        confidence: 1,
        candidates: [
          { id: "Customers", label: "Customers (table)", tableName: "Customers", headers: ["Cust ID", "Customer", "Email", "Limit"] },
        ],
        fields: [
          { field: "CustomerID", required: true, column: "Cust ID", confidence: 0.9 },
          { field: "Name", required: true, column: "Customer", confidence: 0.9 },
          { field: "Email", required: false, column: "Email", confidence: 1 },
          { field: "CreditLimit", required: false, column: "Limit", confidence: 0.8 },
        ],
        missingRequired: [],
      },
      {
        kind: "invoices",
        sourceId: "sheet:Sales",
        sourceName: "Sales",
        how: "headers",
        confidence: 0.75,
        candidates: [
          { id: "sheet:Sales", label: "Sales!A1:F40", headers: ["Inv #", "Cust", "Date", "Due", "Total", "Paid"] },
          { id: "sheet:Old", label: "Old!A1:E9", headers: ["Number", "Client", "Amount"] },
        ],
        fields: [
          { field: "InvoiceNo", required: true, column: "Inv #", confidence: 0.9 },
          { field: "CustomerID", required: true, column: "Cust", confidence: 0.7 },
          { field: "InvoiceDate", required: true, column: "Date", confidence: 0.8 },
          { field: "DueDate", required: false, confidence: 0 },
          { field: "Amount", required: true, column: "Total", confidence: 0.9 },
          { field: "Paid", required: false, column: "Paid", confidence: 1 },
        ],
        missingRequired: [],
      },
      { kind: "payments", candidates: [], fields: [], missingRequired: [] },
    ],
    issues: [
      {
        severity: "error",
        sheet: "Sales",
        row: 7,
        column: "Date",
        value: "2026-02-30",
        reason: "not a real date",
        goTo: "'Sales'!C7",
      },
      { severity: "warning", sheet: "Sales", row: 9, column: "Cust", value: "C-999", reason: "unknown customer" },
    ],
    overview: [
      {
        currency: "USD",
        totalAr: usd(1_250_000),
        overdue: usd(500_000),
        unapplied: usd(0),
        overdueShare: 0.4,
        buckets: [
          { label: "Current", amount: usd(750_000) },
          { label: "1-30", amount: usd(300_000) },
          { label: "31-60", amount: usd(100_000) },
          { label: "61-90", amount: usd(0) },
          { label: "90+", amount: usd(100_000) },
        ],
        dso: 42,
        dsoWindowDays: 90,
        overLimit: [
          { customerId: "C1", name: "Acme Ltd", limit: usd(500_000), exposure: usd(620_000), available: usd(-120_000) },
        ],
        topOverdue: [{ customerId: "C1", name: "Acme Ltd", overdue: usd(400_000), oldestDaysOverdue: 95, stage: "Collections" }],
      },
      {
        currency: "CNY",
        totalAr: cny(8_800_000),
        overdue: cny(0),
        unapplied: cny(0),
        overdueShare: 0,
        buckets: [
          { label: "Current", amount: cny(8_800_000) },
          { label: "1-30", amount: cny(0) },
          { label: "31-60", amount: cny(0) },
          { label: "61-90", amount: cny(0) },
          { label: "90+", amount: cny(0) },
        ],
        dsoWindowDays: 90,
        overLimit: [],
        topOverdue: [],
      },
    ],
  };
}

export function sampleSettings(): PaneSettings {
  return {
    ...DEFAULT_SETTINGS,
    company: { name: "Northwind Trading", addressLines: ["1 Harbour Road", "Seattle"], email: "ar@northwind.test", phone: "", taxId: "" },
    payment: { bank: "Bank: First Bank, IBAN 123" },
    reminderTemplates: {
      "Reminder 1": {
        en: { subject: "Friendly reminder {{overdueTotal}}", body: "Dear {{customerName}}, please pay." },
        zh: { subject: "付款提醒", body: "尊敬的{{customerName}}：请付款。" },
      },
    },
  };
}

export function samplePreview(asOf: string): ReminderPreview {
  const draft = (name: string) => ({
    subject: `Overdue invoices ${name}`,
    text: `Dear ${name},\nplease pay.`,
    html: `<p>Dear ${name}</p>`,
  });
  return {
    asOf,
    stages: ["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"],
    heldBack: 0,
    daysBetweenNotices: 0,
    candidates: [
      {
        customerId: "C1",
        name: "Acme Ltd",
        email: "ap@acme.test",
        channel: "email",
        contact: "Ms Lee",
        action: "phone",
        language: "en",
        stage: "Collections",
        currency: "USD",
        overdue: usd(400_000),
        invoiceCount: 2,
        fees: usd(2_500),
        draft: draft("Acme Ltd"),
      },
      {
        customerId: "C2",
        name: "Globex",
        channel: "letter",
        language: "en",
        stage: "Reminder 1",
        currency: "USD",
        overdue: usd(100_000),
        invoiceCount: 1,
        draft: draft("Globex"),
      },
      {
        customerId: "C3",
        name: "华东贸易",
        email: "cw@huadong.test",
        channel: "email",
        language: "zh",
        stage: "Reminder 1",
        currency: "CNY",
        overdue: cny(50_000),
        invoiceCount: 1,
        draft: { subject: "付款提醒", text: "尊敬的华东贸易：请付款。", html: "<p>请付款</p>" },
      },
    ],
  };
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FakeOptions {
  readonly host?: HostKind;
  readonly canDownload?: boolean;
  readonly analysis?: Analysis;
  /** When set, generateStatements waits for it (progress is reported first). */
  readonly statementsGate?: Promise<void>;
  /** Sheets the statements' write reports it deleted as leftovers of an unfinished run (Excel). */
  readonly leftoversRemoved?: readonly string[];
  /** Such sheets the reminders' write reports it kept (an earlier dunning log). */
  readonly leftoversKept?: readonly string[];
  /** Customers the reminders' write took back out of the log (another user wrote to them meanwhile). */
  readonly notLogged?: readonly string[];
}

export type FakeServices = PaneServices & {
  /** Every call as [method, ...args]. */
  readonly calls: unknown[][];
  /** Makes the next call of `method` reject with `message`. */
  failNext(method: string, message: string): void;
};

/** A fake PaneServices; `calls` records what the pane asked for. */
export function fakeServices(options: FakeOptions = {}): FakeServices {
  const calls: unknown[][] = [];
  const failures = new Map<string, string>();
  const record = (method: string, ...args: unknown[]) => {
    calls.push([method, ...args]);
    const failure = failures.get(method);
    if (failure !== undefined) {
      failures.delete(method);
      throw new Error(failure);
    }
  };
  const host = options.host ?? "excel";
  const zip: FileOffer = { fileName: "reminders.zip", mimeType: "application/zip", bytes: new Uint8Array([80, 75]) };
  let settings = sampleSettings();

  const services: FakeServices = {
    calls,
    failNext: (method, message) => void failures.set(method, message),
    host,
    canDownload: options.canDownload ?? true,
    today: () => "2026-11-15",
    formatMoney: fakeFormatMoney,
    templatePlaceholders: ["{{customerName}}", "{{overdueTotal}}", "{{companyName}}"],
    async analyze() {
      record("analyze");
      return options.analysis ?? sampleAnalysis();
    },
    async saveMapping(overrides) {
      record("saveMapping", overrides);
      return options.analysis ?? sampleAnalysis();
    },
    async goTo(address) {
      record("goTo", address);
    },
    async loadSettings() {
      record("loadSettings");
      return settings;
    },
    async saveSettings(next) {
      record("saveSettings", next);
      settings = next;
    },
    previewTemplate(template: MessageTemplate, current: PaneSettings) {
      const fill = (text: string) =>
        text
          .replace(/\{\{customerName\}\}/g, template.language === "zh" ? "华东贸易" : "Acme Ltd")
          .replace(/\{\{overdueTotal\}\}/g, "USD 2.00")
          .replace(/\{\{companyName\}\}/g, current.company.name);
      const text = `${fill(template.body)}\n${current.company.name}`;
      return { subject: fill(template.subject), text, html: `<p>${text}</p>` };
    },
    async generateStatements(request) {
      record("generateStatements", { month: request.month, type: request.type });
      request.onProgress?.({ done: 1, total: 3 });
      if (options.statementsGate) await options.statementsGate;
      request.onProgress?.({ done: 3, total: 3 });
      const result: StatementsResult = {
        month: request.month,
        type: request.type,
        count: 3,
        indexSheet: "Index",
        sheets: [
          { sheet: "ST Acme Ltd", customerId: "C1", customerName: "Acme Ltd", currency: "USD" },
          { sheet: "ST Globex", customerId: "C2", customerName: "Globex", currency: "USD" },
          { sheet: "ST 华东贸易", customerId: "C3", customerName: "华东贸易", currency: "CNY" },
        ],
        totals: [
          { currency: "USD", closing: usd(1_250_000), overdue: usd(500_000) },
          { currency: "CNY", closing: cny(8_800_000), overdue: cny(0) },
        ],
        issues: [],
        notes: [],
        ...(options.leftoversRemoved ? { leftoversRemoved: options.leftoversRemoved } : {}),
        ...(host === "browser"
          ? { download: { fileName: "statements-2026-10.xlsx", mimeType: "application/octet-stream", bytes: new Uint8Array([1]) } }
          : {}),
      };
      return result;
    },
    async previewReminders(reminderOptions) {
      record("previewReminders", reminderOptions);
      return samplePreview(reminderOptions.asOf ?? "2026-11-15");
    },
    async createReminders(customerIds, reminderOptions) {
      record("createReminders", [...customerIds], reminderOptions);
      const chosen = samplePreview(reminderOptions.asOf ?? "2026-11-15").candidates.filter((c) => customerIds.includes(c.customerId));
      const withoutEmail = chosen.filter((c) => c.channel !== "email");
      const letters = reminderOptions.letters === false ? [] : withoutEmail;
      return {
        count: customerIds.length,
        emails: chosen.length - withoutEmail.length,
        letters: letters.length,
        notSent: withoutEmail.length - letters.length,
        letterSheets: letters.map((c) => `Letter ${c.customerId} ${c.name}`),
        sheet: "Reminders",
        logged: chosen.length - (withoutEmail.length - letters.length),
        ...((options.canDownload ?? true) ? { download: zip } : {}),
        ...(options.leftoversKept ? { leftoversKept: options.leftoversKept } : {}),
        ...(options.notLogged ? { notLogged: options.notLogged } : {}),
      };
    },
    async logCall(customerId, reminderOptions) {
      record("logCall", customerId, reminderOptions);
      return { logged: 1 };
    },
    async addFormulaColumns() {
      record("addFormulaColumns");
      return {
        added: [
          { table: "Invoices", column: "Aging" },
          { table: "Invoices", column: "Stage" },
        ],
        skipped: [{ table: "Customers", column: "Available", reason: "column exists", reasonZh: "列已存在" }],
      };
    },
    async removeFormulaColumns() {
      record("removeFormulaColumns");
      return { removed: 2 };
    },
    async downloadResult(offer) {
      record("downloadResult", offer.fileName);
    },
  };
  if (host === "excel") {
    services.insertExampleFormula = async (formula: string) => {
      record("insertExampleFormula", formula);
    };
  } else {
    services.openWorkbook = async (file: File) => {
      record("openWorkbook", file.name);
      return { fileName: file.name, sheetCount: 4 };
    };
    services.exportWorkbook = async () => {
      record("exportWorkbook");
      return { fileName: "ledger-ar.xlsx", mimeType: "application/octet-stream", bytes: new Uint8Array([1]) };
    };
  }
  return services;
}
