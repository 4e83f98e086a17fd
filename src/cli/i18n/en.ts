/**
 * The CLI's English messages: the reference catalogue. Every key here must exist in zh.ts (the
 * type checks it). `{name}` marks a parameter, `{n|one|other}` English's singular and plural;
 * `t()` requires exactly the parameters a message names (src/core/text/placeholders.ts).
 * Data issue reasons, aging labels, stage and field names are not here: the core says them in
 * both languages.
 */
import { HELP_EN } from "./helpEn";

export const en = {
  ...HELP_EN,

  // Command line mistakes (main.ts, flags.ts)
  "usage.unknownOption": "unknown option {option}. See 'ar-desk --help'.",
  "usage.badOption": "{detail}. See 'ar-desk --help'.",
  "usage.needsValue": "option {option} needs a value. See 'ar-desk --help'.",
  "usage.takesNoValue": "option {option} takes no value. See 'ar-desk --help'.",
  "usage.unknownCommand": "unknown command \"{command}\". Commands: {commands}.",
  "usage.optionNotTaken": "{command} does not take --{option}. See 'ar-desk {command} --help'.",
  "usage.needsFile": "{command} needs a ledger file: ar-desk {command} <ledger.xlsx>",
  "usage.unexpectedArgument": "unexpected argument \"{argument}\"",
  "usage.choice": "--{option} must be {choices}, not \"{value}\"",
  "usage.or": " or ",
  "usage.internal": "internal error: {message} (run with AR_DESK_DEBUG=1 for details, and please report it)",
  "usage.internalDebug": "internal error: {message}",

  // Errors a user can act on (describeError.ts, load.ts, safeWrite.ts)
  "error.noSuchFile": "no such file: {path}",
  "error.permission": "permission denied: {path}",
  "error.isFolder": "{path} is a folder, not an .xlsx file",
  "error.pathPartIsFile": "{path}: a part of the path is a file, not a folder",
  "error.diskFull": "cannot write {path}: disk full",
  "error.readOnlyDisk": "cannot write {path}: the disk is read-only",
  "error.output": "output",
  "error.tooManyFiles": "too many open files: close some programs and run again",
  "error.outOfMemory": "out of memory: the workbook is too large for this machine",
  "error.periodBoth": "give --month or --as-of, not both",
  "error.notDate": "--as-of \"{value}\" is not a date: use YYYY-MM-DD, e.g. 2026-10-31",
  "error.notMonth": "--month \"{value}\" is not a month: use YYYY-MM, e.g. 2026-10",
  "error.inexactTotals": "{fileName}: the {currency} amounts add up to more than {limit} (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger",
  // The reader's refusal names the file and the exact limit or damage ({detail}, in the run's
  // language: workbook/xlsx/read/readReasons.ts); in Chinese a sentence of what it means comes
  // first (as the task pane does).
  "read.not-xlsx": "{detail}",
  "read.encrypted": "{detail}",
  "read.corrupt": "{detail}",
  "read.refused": "{detail}",
  "error.balanceSummary": "{detail}",
  "error.balanceSummaryWhere": "sheet \"{sheet}\" (header row {row}), balance columns {columns}",
  "error.statementSummary": "{detail}",
  "error.statementSummaryWhere": "sheet \"{sheet}\" (row {row}), totals {columns}",
  "error.noTable": "no {tables} table found: no sheet has a header row with an invoice number, a customer, a date and an amount. Name an Excel table or a sheet \"{sheets}\", or choose it in AR Settings (source.Invoices).",
  "error.agingReport": "{detail}",
  "error.agingReportWhere": "sheet \"{sheet}\" (header row {row}), aging columns {buckets}",
  "error.logCustomerMissing": "log-call needs --customer ID or NAME: the customer you called",
  "error.noSuchCustomer": "no customer \"{customer}\" in {ledger}: give the customer ID, or the customer's exact name, as 'ar-desk report' lists it",
  "error.ambiguousCustomer": "{count} {count|customer is|customers are} named \"{customer}\": {candidates}. Give the customer ID",
  "error.nothingToLog": "customer \"{customer}\" has no reminder due as of {asOf}: nothing to log",

  // Outputs that cannot be written (safeWrite.ts)
  "write.cannot": "cannot write {target}: {reason}",
  "write.cannotSystem": "cannot write {target}: {system}",
  "write.isLedger": "{named} ({target} is the same file as {ledger}): AR Desk never rewrites its input",
  "write.flagIsLedger": "{flag} must not be the ledger itself",
  "write.wouldReplaceLedger": "{name} would replace the ledger",
  "write.isLink": "it is a link; AR Desk replaces only files it wrote itself",
  "write.isFolder": "it is a folder",
  "write.notRegular": "it is not a regular file",
  "write.notOurWorkbook": "it is a workbook AR Desk did not write (no AR Desk marker); choose another name or move it away",
  "write.notOurDraft": "it is a file that is not an AR Desk draft; choose another name or move it away",
  "write.isFile": "it is a file, not a folder",
  "write.diskFull": "disk full",
  "write.quota": "disk quota exceeded",
  "write.tooBig": "the file is larger than the disk or your file-size limit allows",
  "write.permission": "permission denied (is the folder read-only?)",
  "write.readOnly": "the disk is read-only",
  "write.pathPartIsFile": "a part of the path is a file, not a folder",
  "write.folderMissing": "the folder does not exist",
  "write.nameTooLong": "the name is too long",
  "write.busy": "the file is in use (close it in Excel and run again)",

  // Progress (stderr, on a terminal only)
  "progress.reading": "reading {file}",
  "progress.checking": "checking the ledger",
  "progress.drafts": "writing drafts",
  "progress.statements": "writing statements",

  // Lines every command may end with (commands/format.ts)
  "issue.error": "error  ",
  "issue.warning": "warning",
  "issue.info": "info   ",
  "issue.where": "{sheet} row {row}",
  "issue.sheet": "{sheet}",
  "issue.line": "{label} {where}{column}{value}: {reason}",
  "issue.column": ", {column}",
  "issue.value": " \"{value}\"",
  "issues.none": "No data issues.",
  "issues.notesAbove": "No data issues ({notes} {notes|note|notes}, above).",
  "issues.notesRunCheck": "No data issues ({notes} {notes|note|notes}: run 'ar-desk check').",
  "issues.summaryAbove": "{errors} data {errors|error|errors} (rows not used) and {warnings} {warnings|warning|warnings}{noted}: listed above.",
  "issues.summary": "{errors} data {errors|error|errors} (rows not used) and {warnings} {warnings|warning|warnings}{noted}: see the 'Data issues' sheet or run 'ar-desk check'.",
  "issues.summaryRunCheck": "{errors} data {errors|error|errors} (rows not used) and {warnings} {warnings|warning|warnings}{noted}: run 'ar-desk check' to see them.",
  "issues.andNotes": " (and {notes} {notes|note|notes})",
  "unread.runCheck": "{sentence}: run 'ar-desk check' to see why.",
  "unread.seeAbove": "{sentence}: see the issues listed above.",
  "asOf.nothingOwed": "Nothing is owed as of {asOf}: every invoice is dated later (the first on {first}). Is {option} right?",
  "asOf.farFuture": "{count} {count|invoice is|invoices are} dated more than a year after {asOf} ({first}, {sheet} row {row}) and {count|is|are} not in these figures: {count|is its date|are their dates} right?",
  "asOf.farFutureFirst": "first: {date}",

  // check
  "check.counts": "{customers} {customers|customer|customers}, {invoices} {invoices|invoice|invoices}, {payments} {payments|payment|payments} read{undated}.",
  "check.countsCleared": "{customers} {customers|customer|customers}, {invoices} {invoices|invoice|invoices}, {payments} {payments|payment|payments} read ({cleared} of them cleared by mark: {cleared|the invoice|the invoices} marked in {column}, settled by the {receipts} {receipts|receipt or credit note|receipts or credit notes} marked with {cleared|it|them}, which are not counted again){undated}.",
  // Appended to either count above (else empty): Paid amounts without a date, made payments dated their invoice dates.
  "check.countsUndated": ", and {count} Paid {count|amount|amounts} without a payment date, taken as paid on {count|its invoice date|their invoice dates}",
  "check.notFound": "{table}: not found",
  "check.paymentsFromInvoices": "{table}: not found (payments come from the invoice rows)",
  "check.customersFromInvoices": "{table}: not found (customers come from the invoice rows)",
  "check.table": "table {name} on sheet {sheet}, header row {row}",
  "check.sheet": "sheet {sheet}, header row {row}",
  "check.found": "{table}: {where} (by {method}, confidence {confidence}%), {rows} {rows|row|rows}",
  "check.method.table-name": "table-name",
  "check.method.sheet-name": "sheet-name",
  "check.method.headers": "headers",
  "check.method.override": "override",
  "check.field": "  {field} ← {column} \"{header}\"",
  "check.paidAsCredit": "  \"{header}\" is read as money received (a credit): with no invoice numbers, an amount beside its receivable settles that row, one on a row of its own settles the customer's oldest invoices",
  "check.customerFromTitles": "  no customer column: each row's customer comes from the group title row above it (or a `客户：…` line above the header, or the sheet's name)",
  "check.missing": "  missing required columns: {fields}",
  "check.ignored": "  ignored columns: {headers}",
  "check.listSeparator": ", ",
  "check.moreSame": "{table} (same layout): sheet {sheet}, header row {row}, {rows} {rows|row|rows}",
  "check.moreOther": "{table} (more): sheet {sheet}, header row {row}, {rows} {rows|row|rows}",
  "check.currency": "default currency: {currency} ({how}; set ledger.defaultCurrency to change)",
  "check.currency.setting": "from AR Settings",
  "check.currency.markers": "from the amounts' currency markers",
  "check.currency.headers": "Chinese headers",
  "check.currency.default": "default",
  "check.language": "default language: {language} ({how}; a Language column or a Chinese name decides per customer; set ledger.defaultLanguage to change)",
  "check.language.setting": "from AR Settings",
  "check.language.headers": "the headers' language",
  "check.languageName.en": "en",
  "check.languageName.zh": "zh",
  "check.dateOrder": "date order of {column}: {order}",
  "check.dateOrderUndecided": "date order of {column}: undecided (set --date-order mdy|dmy or ledger.dateOrder)",
  "check.dateOrder.mdy": "mdy (from the values)",
  "check.dateOrder.dmy": "dmy (from the values)",
  "check.dateOrder.option-mdy": "mdy (option or setting)",
  "check.dateOrder.option-dmy": "dmy (option or setting)",
  "table.invoices": "invoices",
  "table.customers": "customers",
  "table.payments": "payments",

  // statements
  "statements.done": "{count} {count|statement|statements} for {month} (as of {asOf}) written to {file}",
  "statements.perCurrency": "  {currency}: {count} {count|statement|statements}, total due {due}, overdue {overdue}",

  // reminders, log-call
  "reminders.done": "{count} {count|reminder|reminders} (as of {asOf}): {email} email {email|draft|drafts}, {letter} printable {letter|letter|letters}, {notSent} not sent; written to {dir}",
  "reminders.stage": "  {stage}: {count}",
  "reminders.heldBack": "  {count} held back: last notice fewer than {days} {days|day|days} ago",
  "reminders.overdue": "  overdue {amount}",
  "reminders.letters": "Letters to print (no usable email): {file}",
  "reminders.calls": "To call (the policy asks for it): {count} {count|customer|customers}, listed on the Reminders sheet; log each call with '{command} --customer {key}'",
  // What --customer takes in that hint: a ledger keyed by name has no IDs to give.
  "reminders.callKeyId": "ID",
  "reminders.callKeyName": "NAME",
  "reminders.files": "Reminders sheet: {sheet}; dunning log ({count} new {count|entry|entries}): {log}",
  "reminders.logIssue": "{file}: {issue}",
  "logCall.call": "Call to {customer} ({stage}) on {day} logged: {count} new {count|entry|entries} in {log}",
  "logCall.visit": "Visit to {customer} ({stage}) on {day} logged: {count} new {count|entry|entries} in {log}",

  // The dunning log written while another run or the clerk changed it (logFile.ts, logLock.ts)
  "log.changed": "The dunning log changed after this run read it (another run, or an edit): its rows are kept, {count} new {count|entry|entries} of this run added below them ({already} already logged meanwhile)",
  "log.refused": "NOT LOGGED: {customer} ({stage}; {invoices}): another run logged a notice to this customer meanwhile ({others}), so this run's notice is not logged and charges no fee again. Send only one of the two; this run's is {file}. To re-make it from the log as it is now, run reminders again for the same day",
  "log.waiting": "waiting for the dunning log {log}: another AR Desk run is writing it (lock file {lock})",
  "log.locked": "cannot write the dunning log {log}: another AR Desk run has held it for over {seconds} seconds (lock file {lock}, process {pid} on {host} since {since}); nothing of this run is logged. Run the command again once that run has finished; if no AR Desk run is going, delete {lock} first",
  "log.lockCannot": "cannot lock the dunning log: cannot create {lock} ({system}); nothing of this run is logged",
  "log.gone": "the dunning log {log} was there when this run started and is gone now: nothing of this run is logged (its notices alone would lose every earlier one). Put the log back and run the command again for the same day",

  // report
  "report.title": "AR summary as of {asOf}",
  "report.written": "AR summary as of {asOf} ({count} customer {count|balance|balances}) written to {file}",
  "report.customerId": "CustomerID",
  "report.customer": "Customer",
  "report.currency": "Ccy",
  "report.balance": "Balance",
  "report.overdue": "Overdue",
  "report.limit": "Limit",
  "report.available": "Available",
  "report.stage": "Stage",
  "report.grade": "Grade",
  "report.total": "Total",
  "report.dso": "DSO",

  // demo
  "demo.step": "== {command}",
  "demo.done": "Done. Open the files in {dir}: statements-{month}.xlsx, reminders/*.eml (drafts for Outlook), reminders/letters.xlsx (letters to print), reminders/reminders.xlsx, dunning-log.xlsx, ar-summary.xlsx.",
} as const;

export type CliMessageKey = keyof typeof en;
