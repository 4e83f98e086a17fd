/**
 * Header synonyms per table and field (DESIGN §2 lists the minimum). `specific` headers name the
 * field unambiguously; `generic` ones ("date", "amount", "客户") fit several fields or tables and
 * count for less when telling an Invoices block from a Payments block.
 * Entries are compared after {@link normalizeHeader}, so case, spaces, `_`, `-`, `.` do not matter.
 */
import type { FieldOf, TableKind } from "./tableFields";

export interface SynonymList {
  readonly specific: readonly string[];
  readonly generic?: readonly string[];
}

const CUSTOMER_ID: SynonymList = {
  specific: [
    "CustomerID", "customer id", "customer no", "customer number", "customer code", "customer #", "cust id", "cust no",
    "cust #", "client id", "client no", "client number", "client code", "account", "account no", "account number", "a/c", "a/c no", "a/c ref", "account ref",
    "acct", "acct no", "debtor id", "debtor no", "debtor code", "sold-to", "sold-to party", "customer account", "account code",
    "客户编号", "客户代码", "客户ID", "客户号", "客户编码", "客户代号", "往来单位编码", "往来单位代码", "往来户编码",
    // German (DATEV, Lexware) and French (Sage, Cegid) exports.
    "debitor", "debitor nr", "debitornr", "debitorennr", "debitorennummer", "debitorenkonto", "kundennr", "kunden nr", "kundennummer",
    "n° compte", "no compte", "numéro de compte", "compte client", "code client", "n° client", "numéro client",
    // Dutch (Exact Online, AFAS), Spanish, Italian and Portuguese exports.
    "debiteur", "debiteurnr", "debiteurnummer", "debiteurcode", "klantnummer", "klantnr", "código cliente", "cod cliente",
    "codice cliente", "código do cliente", "nº cliente", "n cliente",
  ],
};
/** Customer names (DESIGN §2: Customer, Contact, Account, Sold-to, 往来单位 …). */
const CUSTOMER_NAME: SynonymList = {
  specific: [
    "customer name", "client name", "company", "company name", "debtor name", "account name", "display name", "customer full name", "customer company",
    "sold-to name", "bill to", "bill-to name", "party's name", "party name", "name of party", "co/last name", "co / last name",
    "partner", "partner name", "customer/vendor",
    "kundenname", "name des kunden", "debitorenname", "firma", "nom client", "nom du client", "raison sociale", "intitulé",
    "nombre cliente", "nombre del cliente", "razón social", "ragione sociale", "nome cliente", "nome do cliente", "klantnaam", "debiteurnaam",
    "客户名称", "公司名称", "单位名称", "客户全称", "往来单位", "往来单位名称", "购货单位", "购买方名称", "购方名称", "付款单位",
    "buyer name", "buyer", "purchaser name",
  ],
};
/** In Invoices and Payments, a bare "Customer" column identifies the customer. */
const CUSTOMER_REF: SynonymList = { specific: CUSTOMER_ID.specific, generic: ["customer", "client", "debtor", "contact", "客户", "kunde", "cliente", "klant"] };
const CURRENCY: SynonymList = { specific: ["Currency", "ccy", "cur", "curr", "currency code", "lcurr", "loc curr", "local currency", "币种", "货币", "币别", "währung", "devise", "moneda", "divisa", "valuta", "moeda"] };
const INVOICE_NO: SynonymList = {
  specific: [
    "InvoiceNo", "invoice no", "invoice number", "invoice #", "invoice num", "invoice id", "inv no", "inv #", "inv num",
    "document no", "document number", "doc no", "doc #", "doc number", "bill no", "bill number",
    "发票号", "发票号码", "发票编号", "单号", "单据号", "单据编号", "单据号码", "票号", "业务单号",
    "rechnungsnr", "rechnungsnummer", "rechnung nr", "re nr", "belegnr", "belegnummer", "beleg nr", "belegfeld 1",
    "n° facture", "no facture", "n° de facture", "numéro de facture", "numéro facture", "n° pièce", "numéro de pièce",
    // Spanish, Italian, Dutch and Portuguese (`Nº` folds to `no`, `N.` to `n`).
    "nº factura", "n factura", "número de factura", "número factura", "num factura", "n fattura", "nr fattura", "numero fattura",
    "numero documento", "n documento", "nº documento", "número do documento", "factuur", "factuurnummer", "factuurnr",
    "nº fatura", "número da fatura", "nº nota", "nº nf",
    // A 数电 (全电) invoice's 20-digit number; beside a 发票号码 column it is read into that (vatInvoiceNumbers.ts).
    "数电票号码", "数电发票号码", "全电发票号码", "数电票号", "全电票号码", "e-invoice no", "e-invoice number", "digital invoice no", "digital invoice number",
  ],
  generic: ["invoice", "document", "发票", "rechnung", "beleg", "facture", "pièce", "factura", "fattura", "fatura", "documento"],
};
/** On an invoice list, more headers name the document (QuickBooks `Num`, SAP `Reference`, 凭证号). */
const INVOICE_NO_ON_INVOICES: SynonymList = {
  specific: [
    ...INVOICE_NO.specific, "num", "no", "number", "reference", "ref", "ref no", "transaction no", "journal entry", "trans no", "trans #",
    // Oracle Receivables (aging reports, transaction lists).
    "transaction number", "transaction #", "trx number", "trx no", "trx num", "trx #",
    "凭证号", "凭证编号", "凭证字号", "凭证字", "凭证号数", "id#",
  ],
  // Weaker than a number column beside them: Zoho's `Invoice ID` is its internal key (the customer
  // knows the Invoice Number), SAP's `Assignment` sits beside the DocumentNo.
  generic: [...(INVOICE_NO.generic ?? []), "#", "invoice id", "assignment", "分配",
    // A 台账 billing by contract names its rows by 合同号; beside a 发票号 column, that one is the invoice's number.
    "合同号", "合同编号"],
};
const EMAIL: SynonymList = { specific: ["Email", "e-mail", "mail", "email address", "e-mail address", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮件地址"] };
const CREDIT_LIMIT: SynonymList = { specific: ["CreditLimit", "credit limit", "limit", "credit line", "信用额度", "赊销额度", "授信额度", "信用限额"] };
const LANGUAGE: SynonymList = { specific: ["Language", "lang", "语言"] };
const TERMS: SynonymList = {
  specific: [
    "TermsDays", "terms", "payment terms", "terms days", "net days", "credit terms", "credit days", "days",
    "账期", "付款期限", "付款期限(天)", "账期(天)", "信用期", "结算期", "付款天数", "付款条件", "收款条件", "信用期限",
    "zahlungsziel", "zahlungsbedingungen", "zahlungsbedingung", "conditions de paiement", "délai de paiement", "conditions de règlement",
  ],
};

export const SYNONYMS: { readonly [K in TableKind]: { readonly [F in FieldOf[K]]: SynonymList } } = {
  customers: {
    CustomerID: CUSTOMER_ID,
    Name: {
      specific: [
        ...CUSTOMER_NAME.specific,
      ],
      generic: ["Name", "customer", "client", "debtor", "客户", "名称"],
    },
    Email: EMAIL,
    CreditLimit: CREDIT_LIMIT,
    TermsDays: TERMS,
    DiscountTerms: { specific: ["DiscountTerms", "discount terms", "discount", "early payment discount", "cash discount", "折扣条件", "现金折扣", "折扣"] },
    Currency: CURRENCY,
    Language: LANGUAGE,
    Address: { specific: ["Address", "billing address", "mailing address", "地址", "联系地址", "账单地址", "通讯地址"] },
    Contact: { specific: ["Contact", "contact person", "contact name", "attention", "attn", "联系人"] },
  },
  invoices: {
    InvoiceNo: INVOICE_NO_ON_INVOICES,
    CustomerID: CUSTOMER_REF,
    InvoiceDate: {
      specific: [
        "InvoiceDate", "invoice date", "inv date", "posting date", "document date", "doc date", "bill date", "issue date",
        "date issued", "issued", "issued on", "date of issue", "txn date", "transaction date", "开票日期", "发票日期", "单据日期", "记账日期", "业务日期", "凭证日期", "开票时间",
        // SAP's Chinese layouts (FBL5N 客户行项目): 过账日期, written 过帐 in older releases.
        "过账日期", "过帐日期",
        "belegdatum", "rechnungsdatum", "re datum", "date facture", "date de facture", "date pièce", "date de pièce",
        "fecha factura", "fecha de factura", "fecha emisión", "fecha de emisión", "data fattura", "data documento", "data emissione",
        "factuurdatum", "emissão", "data de emissão", "data emissão",
      ],
      generic: ["date", "日期", "datum", "fecha", "data"],
    },
    // "Due" alone is a due date unless a "Due date" column is there too (then it is the amount due).
    DueDate: {
      specific: ["DueDate", "due date", "due on", "payment due", "date due", "net due date", "net due dt", "due dt", "due date/receive by", "due date / receive by", "到期日", "到期日期", "应付日期", "应收日期", "付款到期日", "收款到期日", "到期时间", "净到期日", "净到期日期",
        "fällig", "fällig am", "fälligkeit", "fälligkeitsdatum", "fällig zum", "zahlbar bis",
        "date d'échéance", "date d’échéance", "échéance", "date échéance", "date d'echeance", "echeance",
        "vencimiento", "fecha vencimiento", "fecha de vencimiento", "scadenza", "data scadenza", "vervaldatum", "vervaldag",
        "vencimento", "data de vencimento", "data vencimento"],
      generic: ["due"],
    },
    Amount: {
      specific: [
        "invoice amount", "invoice total", "total amount", "gross amount", "invoice value", "original amount", "orig amount", "orig amt", "original amt",
        "amount in doc curr", "amount in local currency", "amount incl tax", "invoice amt", "amount in dc", "amount in lc", "amt in loc cur",
        // SAP FBL5N's column as its layouts shorten it.
        "amount in local cur", "amount in loc cur", "amt in loc curr", "amount in doc cur",
        "应收", "本期开票", "本期开票金额",
        // A VAT invoice list's total with tax (its 金额 / Amount excl. VAT is the net, 税额 / VAT the tax).
        "total incl vat", "total including vat", "amount incl vat", "total with tax", "amount including tax",
        "发票金额", "应收金额", "开票金额", "价税合计", "含税金额", "本期应收", "应收款", "原币金额", "金额(含税)", "凭证货币金额",
        "debit", "debit amount", "debit amt", "dr", "借方", "借方金额", "本期借方",
        "rechnungsbetrag", "bruttobetrag", "brutto", "betrag brutto", "montant ttc", "total ttc", "montant facture",
        // Debit columns of a German Kontoblatt (Soll) and a French grand livre (Débit).
        "soll", "betrag soll", "umsatz soll", "débit", "montant débit",
        "original trx amount", "original transaction amount",
        "importe factura", "importe total", "total factura", "importo fattura", "importo documento", "factuurbedrag", "valor do documento", "valor original",
      ],
      // SAP's Chinese `本币金额` (amount in local currency) is the amount when no 原币金额 / 凭证货币金额 stands beside it.
      generic: ["Amount", "total", "value", "金额", "合计", "betrag", "montant", "importe", "importo", "bedrag", "valor", "本币金额"],
    },
    Paid: {
      specific: [
        "Paid", "paid amount", "amount paid", "paid to date", "received", "amount received", "paid so far",
        "已付", "已付金额", "已收金额", "已收", "已收款", "已回款", "回款金额", "收回金额", "实收金额", "实收",
        "bezahlt", "gezahlt", "bezahlter betrag", "zahlungseingang", "réglé", "montant réglé", "payé", "montant payé",
        "cobrado", "importe cobrado", "incassato", "importo incassato", "pagato", "betaald", "ontvangen", "recebido", "valor recebido", "valor pago",
        // Xero's invoices export; Kingdee (金蝶云星空) settles an 应收单 by 核销 (write-off against receipts).
        "invoice amount paid", "已核销金额", "核销金额", "已结算金额", "received amount",
      ],
    },
    Currency: CURRENCY,
    Disputed: { specific: ["Disputed", "dispute", "on hold", "hold", "in dispute", "争议", "有争议", "是否争议", "争议中"] },
    Description: { specific: ["Description", "desc", "memo", "details", "item", "描述", "摘要", "说明", "内容", "buchungstext", "libellé", "libelle"] },
    Note: { specific: ["备注", "备注说明", "remark", "remarks", "note", "notes", "comment", "comments", "internal note", "bemerkung", "bemerkungen", "notiz", "kommentar", "remarque", "commentaire", "observations"] },
    // A transaction list's bare "Name" column (NetSuite, Sage) is the customer's name.
    // Xero's invoices export names the customer `ContactName` (a customer list's `Contact name` is a person).
    CustomerName: { specific: [...CUSTOMER_NAME.specific, "contact name"], generic: ["name", "名称", "naam", "nombre", "nome"] },
    OpenBalance: {
      specific: [
        "open balance", "balance due", "amount due", "amount open", "open amount", "remaining", "remaining balance",
        "remaining amount", "amount remaining", "balance remaining", "amount unpaid", "residual", "amount residual", "outstanding", "outstanding amount", "outstanding balance", "amount outstanding", "unpaid", "unpaid amount",
        "o/s", "o/s amount", "pending amount", "pending", "amt due", "remaining amt", "remaining amt (lcy)",
        "未收金额", "未收款", "欠款", "欠款金额", "未付金额", "未收", "未收余额", "应收余额", "未回款", "未回款金额", "剩余金额",
        "offen", "offener betrag", "op betrag", "restbetrag", "offener saldo", "reste dû", "restant dû", "montant restant", "reste à payer", "solde dû",
        "pendiente", "importe pendiente", "saldo pendiente", "residuo", "importo residuo", "da incassare", "openstaand", "openstaand bedrag",
        "em aberto", "valor em aberto", "saldo em aberto", "a receber",
        // Sage Intacct's aging detail: `Total due` is what is still owed on the invoice.
        "invoice amount due", "total due", "未核销金额", "未结算金额",
        // Dynamics GP: the Current Trx Amount is what remains of the document (the Original Trx Amount its whole).
        "current trx amount", "current transaction amount",
        // Hong Kong: 結欠 / 尚欠 (folded to Simplified) is what the customer still owes.
        "结欠", "结欠金额", "尚欠", "尚欠金额",
      ],
      generic: ["open", "balance", "余额", "期末余额", "saldo", "solde"],
    },
    PaidDate: {
      specific: [
        "paid date", "date paid", "settled date", "settleddate", "settlement date", "date settled", "paid on", "payment date",
        // SAP FBL5N's `Clearing` (the clearing date beside `Clrng doc.`) settles the item on that day.
        "clearing date", "cleared on", "clearing", "clrng date", "清账日期", "清帐日期", "收款日期", "回款日期", "付款日期", "到账日期", "结清日期",
        "received date", "date received",
      ],
    },
    Type: {
      specific: [
        "type", "transaction type", "trans type", "txn type", "document type", "doc type", "invoice type",
        "类型", "单据类型", "业务类型", "交易类型", "票据类型", "发票类型",
        // The side of an unsigned amount: DATEV's Soll/Haben, Dr/Cr, 借/贷.
        "s/h", "soll/haben", "soll/haben-kennzeichen", "s/h-kennzeichen", "dr/cr", "d/c", "debit/credit", "借/贷", "借贷", "belegart", "belegtyp", "typ", "type de pièce", "type pièce",
      ],
    },
    Status: {
      specific: ["payment status", "paid status", "invoice status", "document status", "发票状态", "单据状态", "paid?", "is paid", "settled?", "收款状态", "付款状态", "结清状态", "是否结清", "是否已收", "是否收款", "回款状态",
        // A VAT invoice list's void flag (正常 / 作废, or 是 / 否: 是 = voided; readInvoices reads it so).
        "作废标志", "是否作废", "作废标记", "void flag", "voided?", "is void"],
      generic: ["status", "状态", "estado", "stato"],
    },
    Credited: { specific: ["credited", "credit applied", "credits applied", "amount credited", "已冲销", "已核销贷项", "折让", "折让金额", "退货金额", "红冲金额"] },
    Credit: { specific: ["credit", "credit amount", "credit amt", "cr", "贷方", "贷方金额", "本期收款", "本期贷方", "收款金额", "本期回款", "本期收回", "haben", "betrag haben", "umsatz haben", "crédit", "montant crédit"] },
    // 用友 U8's 客户往来两清 and Kingdee's 核销 mark the rows settled against each other (Y / √ / 是).
    Cleared: { specific: ["两清标志", "两清", "两清标记", "是否两清", "已两清", "核销标志", "核销标记", "是否核销", "已核销", "核销状态"] },
    // Balance / 余额 beside Debit/Credit becomes the running balance (matchHeaders); these name it outright.
    RunningBalance: { specific: ["running balance", "cumulative balance", "累计余额", "滚动余额"] },
    Terms: TERMS,
    Email: EMAIL,
    CreditLimit: CREDIT_LIMIT,
    Language: LANGUAGE,
  },
  payments: {
    Date: {
      specific: [
        "payment date", "paid on", "date paid", "receipt date", "received on", "date received", "value date",
        "收款日期", "付款日期", "到账日期", "回款日期",
      ],
      generic: ["Date", "日期"],
    },
    CustomerID: CUSTOMER_REF,
    Amount: {
      specific: [
        "payment amount", "amount paid", "amount received", "received amount", "receipt amount", "payment",
        "收款金额", "付款金额", "实收金额", "回款金额", "到账金额",
      ],
      generic: ["Amount", "total", "paid", "received", "金额"],
    },
    InvoiceNo: INVOICE_NO,
    Reference: {
      specific: [
        "Reference", "ref", "ref no", "reference no", "reference number", "payment reference", "transaction id",
        "receipt no", "参考号", "备注", "流水号", "交易号", "凭证号",
      ],
      generic: ["note", "notes", "remark", "remarks", "memo"],
    },
    Method: { specific: ["Method", "payment method", "pay method", "channel", "payment type", "payment mode", "付款方式", "收款方式", "支付方式"] },
  },
};

/**
 * Names of Excel tables and sheets that identify each input (normalised like headers). A leading
 * "tbl" on a table name is ignored ("tblInvoices").
 */
export const TABLE_NAMES: { readonly [K in TableKind]: readonly string[] } = {
  customers: ["customers", "customer", "clients", "client", "customer list", "customer master", "debtors", "debitoren", "kunden", "客户", "客户表", "客户列表", "客户信息", "客户资料", "客户档案"],
  invoices: [
    "invoices", "invoice", "invoice list", "sales invoices", "ar invoices", "open invoices", "ar ledger", "receivables",
    "op liste", "offene posten", "rechnungen", "factures", "échéancier", "echeancier",
    "发票", "发票表", "发票列表", "发票清单", "应收", "应收账款", "应收明细", "台账", "应收台账", "应收账款台账", "应收账款明细",
  ],
  payments: ["payments", "payment", "receipts", "cash receipts", "payments received", "收款", "收款记录", "收款表", "收款明细", "回款", "回款记录"],
};
