import type { Identity } from "../names";
import type { ShowcaseCustomer } from "../showcase";

/** A generated customer with the traits that drive its invoices and payments. */
export interface SampleCustomer {
  readonly index: number;
  readonly id: string;
  readonly language: "en" | "zh";
  readonly currency: string;
  readonly decimals: number;
  readonly termsDays: number;
  readonly discountTerms?: string;
  readonly identity: Identity;
  /** Typical invoice size in the customer's currency (major units). */
  readonly size: number;
  /** Average days paid after the due date (negative: early). */
  readonly lateness: number;
  readonly slow: boolean;
  readonly remittance: boolean;
  readonly limitMode: "none" | "over" | "normal";
  readonly showcase?: ShowcaseCustomer;
}

export type Fate = "paid" | "partial" | "open";

export interface SampleInvoice {
  readonly customer: SampleCustomer;
  readonly date: number;
  readonly due: number;
  /** Amount in minor units, > 0. */
  readonly minor: number;
  readonly fate: Fate;
  readonly disputed: boolean;
  readonly description: string;
  /** Order of creation within the customer, to break date ties. */
  seq: number;
  /** Paid by a remittance without invoice number (oldest-first allocation). */
  viaRemittance: boolean;
  no: string;
}

export interface SampleCreditNote {
  readonly customer: SampleCustomer;
  readonly date: number;
  /** Negative minor units. */
  readonly minor: number;
  readonly variant: number;
  readonly corrects: SampleInvoice;
  no: string;
}

export interface SamplePayment {
  readonly customer: SampleCustomer;
  readonly date: number;
  readonly minor: number;
  readonly invoice?: SampleInvoice;
  readonly method: string;
  readonly reference: string;
}

/** What one customer's activity produced, plus its open balance for the credit limit. */
export interface CustomerActivity {
  readonly invoices: SampleInvoice[];
  readonly creditNotes: SampleCreditNote[];
  readonly payments: SamplePayment[];
  /** Invoices − payments − credits, minor units (negative = unapplied credit). */
  readonly balanceMinor: number;
}
