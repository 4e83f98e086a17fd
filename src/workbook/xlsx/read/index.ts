export * from "./readXlsx";
export * from "./readError";
