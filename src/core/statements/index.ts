export * from "./types";
export * from "./statementsFor";
export * from "./statementAccounts";
export * from "./statementNumber";
export * from "./activityLines";
export * from "./openItemLines";
