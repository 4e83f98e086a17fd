export * from "./fields";
export * from "./input";
export * from "./buildLedger";
export * from "./unreadText";
export { ledgerAmounts } from "./ledgerAmounts";
export { ledgerCounts } from "./ledgerCounts";
export { holdsRowSequence, isRowDocumentNo, isRowNumberHeader, numbersRowsByPlace, paidReadAsCredit, columnsAsRead, rowDocumentNo, rowDocumentNoIn } from "./rowSequence";
// How the ledger tells customer names apart (case, spaces, full/half width ignored): the log and log-call match names the same way.
export { nameKey as customerNameKey } from "./_lib/customerKey";
export * from "./issueTexts";
export { numberKindOf, type NumberKind } from "./numberKind";
export { numberWords, type NumberWords } from "./numberWords";
export { SETTING_EXPECTED, type SettingExpected } from "./workbookIssueTexts";
export { parserReasonZh } from "./parserReasons";
// Field names in Chinese live beside the model (the pane takes them without the engine); named here too.
export { fieldLabel, FIELD_NAMES_ZH } from "../fieldNames";
