/** Canonical English headers of the sample sheets (DESIGN §2; the Paid column is left out: payments come from the Payments sheet). */
export const CUSTOMER_HEADERS = [
  "CustomerID", "Name", "Email", "CreditLimit", "TermsDays", "DiscountTerms", "Currency", "Language", "Address", "Contact",
] as const;
export const INVOICE_HEADERS = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Currency", "Disputed", "Description"] as const;
export const PAYMENT_HEADERS = ["Date", "CustomerID", "Amount", "InvoiceNo", "Reference", "Method"] as const;

