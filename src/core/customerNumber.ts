/**
 * The customer number a clerk reads under "CustomerID" / "客户编号", in one home for every
 * output that prints one (statements, the Index and AR Summary sheets, the CLI's report).
 */
import type { Customer } from "./model";

/**
 * The customer's ID, or undefined for a customer keyed by name: its key is only its name, which
 * the Customer / 客户名称 column already shows, so the number is left blank rather than repeat it.
 * @example customerNumber({ id: "C001" }) //=> "C001"
 * @example customerNumber({ id: "上海明远贸易有限公司", keyedByName: true }) //=> undefined
 */
export function customerNumber(customer: Pick<Customer, "id" | "keyedByName">): string | undefined {
  return customer.keyedByName ? undefined : customer.id;
}
