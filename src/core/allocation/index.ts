export * from "./account";
export { accountsAsOf, openAccountsAsOf, openBalance } from "./allocate";
export { ledgerFigures, type LedgerFigures, type LedgerFiguresOptions } from "./ledgerFigures";
export { ledgerColumns, type LedgerColumns } from "./ledgerColumns";
