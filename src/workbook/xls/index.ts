export { readXls, xlsSheets, type ReadXlsOptions, type XlsSheet, type XlsSheets } from "./readXls";
export { xlsAsWorkbook } from "./xlsWorkbook";
