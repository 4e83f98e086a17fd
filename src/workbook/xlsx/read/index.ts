export * from "./readXlsx";
export * from "./readError";
export { isOldOfficeFile } from "./sniff";
