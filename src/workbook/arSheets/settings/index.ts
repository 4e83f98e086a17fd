/**
 * The `AR Settings` sheet, whole: its row format (settingsRows, keys), where its two tables stand
 * (settingsSheet, the writer) and reading it back (settingsFromBlocks). What each setting means
 * and its default stay in core/settings.
 */
export * from "./settingsRows";
export * from "./settingsSheet";
export * from "./settingsFromBlocks";
