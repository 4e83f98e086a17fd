export * from "./edges";
export * from "./agingOf";
