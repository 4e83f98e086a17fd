export * from "./fields";
export * from "./input";
export * from "./buildLedger";
export * from "./unreadText";
export * from "./issueTexts";
