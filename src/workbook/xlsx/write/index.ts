export * from "./writeWorkbook";
export * from "./cellContent";
export { chartPlaceholder } from "./applySpec";
