export * from "./account";
export * from "./allocate";
