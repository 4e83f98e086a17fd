import { compactDate } from "./_lib/days";
import type { Random } from "./_lib/random";
import { METHODS } from "./names";

function digits(rng: Random, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** Method and bank reference of a payment, in the style of the customer's country. */
export function paymentDetails(rng: Random, language: "en" | "zh", date: number): { method: string; reference: string } {
  const method = rng.pick(METHODS[language]);
  switch (method) {
    case "Wire":
      return { method, reference: `WT${compactDate(date)}-${digits(rng, 4)}` };
    case "ACH":
      return { method, reference: `ACH${digits(rng, 8)}` };
    case "Check":
      return { method, reference: `CHK ${digits(rng, 6)}` };
    case "银行转账":
      return { method, reference: `TT${compactDate(date)}${digits(rng, 4)}` };
    case "银行承兑汇票":
      return { method, reference: `BA${digits(rng, 12)}` };
    case "支付宝":
      return { method, reference: `${compactDate(date)}${digits(rng, 12)}` };
    default:
      return { method, reference: `4200${digits(rng, 12)}` };
  }
}
