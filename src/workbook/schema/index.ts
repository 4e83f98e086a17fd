export * from "./tableFields";
export * from "./normalizeHeader";
export * from "./synonyms";
export * from "./matchHeaders";
export * from "./findHeaderRow";
export * from "./rebaseHeader";
export * from "./detectTables";
export * from "./toLedgerInput";
