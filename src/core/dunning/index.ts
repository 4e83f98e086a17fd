export * from "./policy";
export * from "./stage";
export * from "./interest";
export * from "./log";
export * from "./accountDunning";
export * from "./policyTexts";
export * from "./logForLedger";
export * from "./appendAfterOthers";
