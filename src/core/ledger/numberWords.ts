/**
 * How the customer's letters and statements name what the ledger lists, by its number kind
 * (./numberKind.ts): invoices (发票) when the numbers are invoice numbers; the clerk's documents
 * (单据 / Document) when they are voucher or document numbers, which the customer cannot find
 * among their invoices; and for a ledger numbered by its rows, documents again, known to the
 * customer by their dates (the row alone means nothing to them). The one home of these words:
 * the reminder templates (`{{invoices}}`), the reminder's table and quote line, the history
 * sentence, and the statement's line types, headers and notes all take them from here.
 */
import type { Language } from "../model";
import type { NumberKind } from "./numberKind";

export interface NumberWords {
  /** What a list of them is called in a sentence: "invoices" / "发票", "documents" / "单据". */
  readonly many: string;
  /** One of them, as a statement line's type: "Invoice" / "发票". */
  readonly one: string;
  /** One of them inside an English sentence: "an invoice", "a document" (in Chinese the same as `one`). */
  readonly oneInSentence: string;
  /** A credit against them, as a statement line's type: "Credit note" / "红字发票", "红字单据". */
  readonly credit: string;
  /** The heading of the column that identifies them (the reminder's table). */
  readonly column: string;
  /** The heading of their date column (open-item statements). */
  readonly date: string;
  /** The last line of "How to pay": what the customer should quote. */
  readonly quote: string;
}

const WORDS: Readonly<Record<Language, Readonly<Record<NumberKind, NumberWords>>>> = {
  en: {
    invoice: { many: "invoices", one: "Invoice", oneInSentence: "an invoice", credit: "Credit note", column: "Invoice", date: "Invoice date", quote: "Please quote the invoice numbers with your payment." },
    document: { many: "documents", one: "Document", oneInSentence: "a document", credit: "Credit note", column: "Document", date: "Document date", quote: "Please quote the document numbers with your payment." },
    row: { many: "documents", one: "Document", oneInSentence: "a document", credit: "Credit note", column: "Date (row)", date: "Date", quote: "Please quote the document dates with your payment." },
  },
  zh: {
    invoice: { many: "发票", one: "发票", oneInSentence: "发票", credit: "红字发票", column: "发票号", date: "开票日期", quote: "付款时请注明发票号。" },
    document: { many: "单据", one: "单据", oneInSentence: "单据", credit: "红字单据", column: "单据号", date: "单据日期", quote: "付款时请注明单据号。" },
    row: { many: "单据", one: "单据", oneInSentence: "单据", credit: "红字单据", column: "日期（行号）", date: "日期", quote: "付款时请注明单据日期。" },
  },
};

/**
 * The words for what a ledger of this number kind lists, in the reader's language.
 * @example numberWords("zh", "document").many //=> "单据"
 * @example numberWords("en", "invoice").quote //=> "Please quote the invoice numbers with your payment."
 */
export function numberWords(language: Language, kind: NumberKind = "invoice"): NumberWords {
  return WORDS[language][kind];
}
