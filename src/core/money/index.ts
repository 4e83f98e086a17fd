export * from "./currency";
export * from "./money";
export * from "./decimal";
export * from "./parseAmount";
export * from "./format";
export * from "./exactTotals";
