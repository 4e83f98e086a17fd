export * from "./readXlsx";
export * from "./readError";
export { ledgerFormat, type LedgerFormat } from "./sniff";
