export * from "./account";
export { accountsAsOf, openBalance } from "./allocate";
