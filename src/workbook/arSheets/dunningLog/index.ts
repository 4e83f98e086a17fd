/**
 * The `Dunning log` sheet, whole: its columns (defined once), the writer and the reader. What a
 * log entry means (fees charged once, one step at a time) stays in core/dunning/log.
 */
export * from "./columns";
export * from "./dunningLogSheet";
export * from "./dunningLogFromBlocks";
export * from "./dunningLogAppend";
