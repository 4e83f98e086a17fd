export * from "./creditPosition";
