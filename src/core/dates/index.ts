export * from "./dayNumber";
export * from "./excelSerial";
export * from "./parseDate";
export * from "./period";
export * from "./localDay";
