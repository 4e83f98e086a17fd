export * from "./fields";
export * from "./input";
export * from "./buildLedger";
export * from "./unreadText";
export { ledgerAmounts } from "./ledgerAmounts";
export { ledgerCounts } from "./ledgerCounts";
export { holdsRowSequence, isRowNumberHeader } from "./rowSequence";
export * from "./issueTexts";
export { SETTING_EXPECTED, type SettingExpected } from "./workbookIssueTexts";
export { parserReasonZh } from "./parserReasons";
// Field names in Chinese live beside the model (the pane takes them without the engine); named here too.
export { fieldLabel, FIELD_NAMES_ZH } from "../fieldNames";
