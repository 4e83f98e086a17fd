/**
 * The dunning log read against today's ledger. A log row names its customer by the key the ledger
 * gave that customer on the day of the notice: the CustomerID, or, in a ledger keyed by name (no
 * CustomerID column), the name. A later copy of the ledger may key the same customer differently
 * (a CustomerID column added: "Acme Ltd" is now "C001"; the name first written "ACME Ltd" now
 * "Acme Ltd"), and the log's rows would then be a stranger's: the customer's fees charged again,
 * its stage history and its letters' history lost. Rows are matched here, in memory only: the
 * log written back keeps what each run wrote.
 */
import { customerNameKey as nameKey } from "../ledger";
import type { Ledger } from "../model";
import { dunningHistory, historyOf, type DunningHistory, type DunningLogEntry } from "./log";

const cache = new WeakMap<readonly DunningLogEntry[], WeakMap<object, readonly DunningLogEntry[]>>();

/**
 * The log with each row's CustomerID turned into the key today's ledger gives that customer. A row
 * whose CustomerID is a customer's key stays as it is; any other row goes to the customer whose
 * name or ID it is, compared as the ledger compares names (case, spaces and full/half width
 * ignored); among several customers of that name, to the one that holds the row's invoice. A row
 * that finds no customer, or no single one, stays as it is (it counts for nobody, as before).
 *
 * @example
 * // the log of a ledger keyed by name, read with a ledger that now has a CustomerID column
 * logForLedger([{ customerId: "Acme Ltd", invoiceNo: "INV-7", … }], ledgerWith({ id: "C001", name: "Acme Ltd" }))[0].customerId //=> "C001"
 */
export function logForLedger(entries: readonly DunningLogEntry[], ledger: Pick<Ledger, "customers" | "invoices">): readonly DunningLogEntry[] {
  let perLedger = cache.get(entries);
  if (!perLedger) cache.set(entries, (perLedger = new WeakMap()));
  let matched = perLedger.get(ledger);
  if (!matched) perLedger.set(ledger, (matched = matchLog(entries, ledger)));
  return matched;
}

function matchLog(entries: readonly DunningLogEntry[], ledger: Pick<Ledger, "customers" | "invoices">): readonly DunningLogEntry[] {
  const ids = new Set(ledger.customers.map((c) => c.id));
  // The usual case (every row keyed as the ledger keys its customers) costs one pass, no copy.
  if (entries.every((e) => ids.has(e.customerId))) return entries;
  const byName = new Map<string, Set<string>>();
  const add = (text: string, id: string): void => {
    const key = nameKey(text);
    if (key === "") return;
    let found = byName.get(key);
    if (!found) byName.set(key, (found = new Set()));
    found.add(id);
  };
  for (const c of ledger.customers) {
    add(c.id, c.id);
    add(c.name, c.id);
  }
  let holders: Map<string, Set<string>> | undefined;
  const holdersOf = (invoiceNo: string): ReadonlySet<string> | undefined => {
    if (!holders) {
      holders = new Map();
      for (const inv of ledger.invoices) {
        let found = holders.get(inv.invoiceNo);
        if (!found) holders.set(inv.invoiceNo, (found = new Set()));
        found.add(inv.customerId);
      }
    }
    return holders.get(invoiceNo);
  };
  return entries.map((entry) => {
    if (ids.has(entry.customerId)) return entry;
    const named = [...(byName.get(nameKey(entry.customerId)) ?? [])];
    const holding = named.length > 1 ? named.filter((id) => holdersOf(entry.invoiceNo)?.has(id)) : named;
    return holding.length === 1 ? { ...entry, customerId: holding[0] } : entry;
  });
}

/**
 * The log's history as today's ledger keys its customers ({@link logForLedger}); a history already
 * indexed is taken as it is (its caller matched it).
 */
export function ledgerHistory(ledger: Pick<Ledger, "customers" | "invoices">, log: DunningHistory | readonly DunningLogEntry[] | undefined): DunningHistory {
  return Array.isArray(log) ? dunningHistory(logForLedger(log as readonly DunningLogEntry[], ledger)) : historyOf(log);
}
