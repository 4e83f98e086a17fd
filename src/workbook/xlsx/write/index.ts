export * from "./writeWorkbook";
export * from "./cellContent";
