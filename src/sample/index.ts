// The pure generator only: the ExcelJS writer (writeXlsx.ts) is Node-side and imported directly.
export { generateLedger, type GeneratedLedger } from "./generateLedger";
export { MIN_CUSTOMERS, SAMPLE_MESSAGES, type GenerateLedgerOptions } from "./options";
export { SAMPLE_AS_OF, SAMPLE_MONTH } from "./sampleDates";
export { CUSTOMER_HEADERS, INVOICE_HEADERS, PAYMENT_HEADERS } from "./headers";
