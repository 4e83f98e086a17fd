export * from "../spec";
export * from "./sheetNames";
export * from "./text";
export * from "./statementSettings";
export * from "./statementSheet";
export * from "./indexSheet";
export * from "./layoutStatements";
export * from "./summarySheet";
export * from "./mailto";
export * from "./remindersSheet";
export * from "./dataIssuesSheet";
export * from "./letterSheet";
export * from "./formulaColumns";
// The grid and the house styles, for the sheet layouts that live beside their readers (workbook/arSheets).
export { Grid, rangeA1 } from "./_lib/grid";
export { DATE, HEADER, NOTE, SUBTITLE, TITLE, dateValue, moneyStyle, moneyValue } from "./_lib/styles";
