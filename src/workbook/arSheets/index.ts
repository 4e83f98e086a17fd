/**
 * The sheets AR Desk both writes and reads back, each in one folder with its format, writer and
 * reader: the AR Settings sheet and the Dunning log. (Statements, Reminders, Summary and the
 * other generated sheets are written only: their layouts live in workbook/layout.)
 */
export * from "./settings";
export * from "./dunningLog";
