/** The CLI's help texts in English: `ar-desk --help` and one per command (`ar-desk <command> --help`). */
export const HELP_EN = {
  "help.usage": `ar-desk: accounts receivable statements, reminders and reports from an .xlsx ledger

Usage:
  ar-desk statements <ledger.xlsx> [--month YYYY-MM] [--as-of YYYY-MM-DD] [--type balance-forward|open-item] [--out FILE]
  ar-desk reminders  <ledger.xlsx> [--as-of YYYY-MM-DD] [--include-upcoming] [--no-letters] [--out-dir DIR] [--log FILE]
  ar-desk log-call   <ledger.xlsx> --customer ID|NAME [--as-of YYYY-MM-DD] [--visit] [--include-upcoming] [--log FILE]
  ar-desk report     <ledger.xlsx> [--as-of YYYY-MM-DD] [--out FILE]
  ar-desk check      <ledger.xlsx>
  ar-desk demo       [--out-dir DIR]

Run 'ar-desk <command> --help' for the options of one command.

Language: --lang en|zh on any command; without it, the first of LC_ALL, LC_MESSAGES and LANG
that is set and not empty decides (zh_CN.UTF-8 or any zh… gives Chinese; C, POSIX or anything else English);
with none set, English. The outputs' language (statements, drafts) comes from the ledger, not from this.

The ledger is an Excel workbook (.xlsx, .xlsm…, or an Excel 97-2003 .xls) or a CSV export (.csv, .txt; UTF-8, UTF-16, GBK or
Windows-1252), recognised by its content. It is only read, never rewritten. Outputs are written whole (temporary file, then
renamed) and replace only files AR Desk wrote; never the ledger, by any name or link.

Exit codes:
  0  done
  1  check: data errors (rows that could not be used), or a total of the ledger its rows do not add up to
  2  usage mistake (an output that would be the ledger included), or the ledger cannot be read
     (missing, not an Excel workbook, refused as hostile)
  3  an output cannot be written (read-only or full disk, a path naming a file, a file AR Desk did not write in the way,
     the dunning log locked by another run); reminders: a notice not logged because another run logged one meanwhile
     (when rows were not read too, the exit is 4: both are said)
  4  statements, reminders, report: done, but rows with money in them could not be read, or a total
     of the ledger (合计, Total …) is not the sum of its rows (the last line says how many and for
     how much; 'ar-desk check' says why)
  70 internal error (a bug: run again with AR_DESK_DEBUG=1 and report it)`,
  "help.statements": `ar-desk statements <ledger.xlsx> [options]

Writes one statement sheet per customer and currency, plus an Index sheet (Excel table
StatementIndex) and, when the ledger has problems, a Data issues sheet, into a new workbook.

  --month YYYY-MM        statement month (default: the previous calendar month)
  --as-of YYYY-MM-DD     statement date instead of a month end (the period then starts on the 1st of its month)
  --type TYPE            balance-forward or open-item (default: the AR Settings sheet's, else balance-forward)
  --out FILE             output workbook (default: <ledger>-statements-<YYYY-MM>.xlsx beside the ledger)
  --date-order mdy|dmy   order of text dates like 3/4/2026 in columns whose values do not decide it
                         (a column holding 13/1/2026 or 1/13/2026 decides for itself; setting ledger.dateOrder)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')

Exit codes: 0 done; 4 done, but rows with money in them could not be read or a ledger total is
not the sum of its rows (the last line says how many and for how much; 'ar-desk check' says why); 2 a mistake (file, option, no invoice list).`,
  "help.reminders": `ar-desk reminders <ledger.xlsx> [options]

Drafts one payment reminder (.eml, opens as an editable draft in Outlook) per customer at stage
Reminder 1 or later; a customer without a usable email gets a printable letter (letters.xlsx).
Writes reminders.xlsx (a Reminders sheet with mailto links and the customers to call) and appends
what was produced to the dunning log, so no run ever charges a stage's fee twice.

  --as-of YYYY-MM-DD     the day the reminders are dated (default: today)
  --include-upcoming     also draft courtesy reminders for invoices due within the Upcoming window
  --no-letters           no printable letters: customers without email are listed as not sent (no log entry, no fee)
  --out-dir DIR          where the drafts go (default: <ledger>-reminders-<as-of>/ beside the ledger)
  --log FILE             the dunning log workbook to read and append to (default: <ledger>-dunning-log.xlsx beside the ledger);
                         an existing file must be a workbook AR Desk wrote
  --date-order mdy|dmy   order of text dates like 3/4/2026 in columns whose values do not decide it
                         (a column holding 13/1/2026 or 1/13/2026 decides for itself; setting ledger.dateOrder)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')

Exit codes: 0 done; 4 done, but rows with money in them could not be read or a ledger total is
not the sum of its rows (the last line says how many and for how much; 'ar-desk check' says why); 3 a notice not logged
because another run logged one to that customer meanwhile (NOT LOGGED), or the log cannot be written (4 wins over it:
both are said); 2 a mistake (file, option, no invoice list).`,
  "help.log-call": `ar-desk log-call <ledger.xlsx> --customer ID|NAME [options]

Records a phone call (or visit) about a customer's reminder in the dunning log: one row per
invoice at its stage, channel phone, no fee. Later letters mention it.

  --customer ID|NAME     the customer called (required): its customer ID, or its exact name (case and
                         spaces ignored; a ledger keyed by name has no ID). A name several customers
                         share is refused, naming them: give the ID
  --as-of YYYY-MM-DD     the day of the call (default: today)
  --visit                a visit instead of a call
  --include-upcoming     also a call about invoices not yet overdue (the Upcoming stage), as reminders --include-upcoming
  --log FILE             the dunning log workbook (default: <ledger>-dunning-log.xlsx beside the ledger)
  --date-order mdy|dmy   order of text dates like 3/4/2026 in columns whose values do not decide it
                         (a column holding 13/1/2026 or 1/13/2026 decides for itself; setting ledger.dateOrder)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')

Exit codes: 0 logged; 2 a mistake (file, option, a customer the ledger does not have, a name several customers share), or the
customer has no reminder due that day (nothing is logged).`,
  "help.report": `ar-desk report <ledger.xlsx> [options]

The AR summary: aging per customer, credit limit and available credit, stage, provision, totals
per currency and DSO. Printed as a table, or written as an 'AR Summary' sheet with --out.

  --as-of YYYY-MM-DD     the day balances are aged at (default: today)
  --out FILE             write an .xlsx instead of printing
  --date-order mdy|dmy   order of text dates like 3/4/2026 in columns whose values do not decide it
                         (a column holding 13/1/2026 or 1/13/2026 decides for itself; setting ledger.dateOrder)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')

Exit codes: 0 done; 4 done, but rows with money in them could not be read or a ledger total is
not the sum of its rows (the last line says how many and for how much; 'ar-desk check' says why); 2 a mistake (file, option, no invoice list).`,
  "help.check": `ar-desk check <ledger.xlsx>

Prints the mapping it used (sheet, header row, each field's column, the columns it ignored), the
inferred default currency, language and text-date order, then every data issue (sheet, row,
column, value, reason) and the rows not read with their money.

  --date-order mdy|dmy   order of text dates like 3/4/2026 in columns whose values do not decide it
                         (a column holding 13/1/2026 or 1/13/2026 decides for itself; setting ledger.dateOrder)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')

Exit code 1 when any issue is an error (a row that could not be used) or a total of the ledger is
not the sum of its rows, 0 otherwise (other warnings and info notes such as skipped total or blank
rows alone exit 0); 2 a mistake.`,
  "help.demo": `ar-desk demo [--out-dir DIR]

Runs check, statements, reminders and report on the sample ledger shipped in assets/
(sample-ledger.xlsx), writing into ./ar-desk-demo/ (or DIR). Each step is printed as the command
that does the same on its own; the AR summary is also printed as a table at the end.

  --out-dir DIR          where the files go (default: ./ar-desk-demo)
  --lang en|zh           the language of these messages (default: LC_ALL, LC_MESSAGES, LANG; see 'ar-desk --help')`,
} as const;
