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
    "cust #", "client id", "client no", "client number", "client code", "account", "account no", "account number",
    "acct", "acct no", "debtor id", "debtor no", "debtor code",
    "客户编号", "客户代码", "客户ID", "客户号", "客户编码", "客户代号",
  ],
};
/** In Invoices and Payments, a bare "Customer" column identifies the customer. */
const CUSTOMER_REF: SynonymList = { specific: CUSTOMER_ID.specific, generic: ["customer", "client", "debtor", "客户", "客户名称"] };
const CURRENCY: SynonymList = { specific: ["Currency", "ccy", "cur", "curr", "currency code", "币种", "货币", "币别"] };
const INVOICE_NO: SynonymList = {
  specific: [
    "InvoiceNo", "invoice no", "invoice number", "invoice #", "invoice num", "invoice id", "inv no", "inv #", "inv num",
    "document no", "document number", "doc no", "doc #", "bill no", "bill number",
    "发票号", "发票号码", "发票编号", "单号", "单据号", "单据编号", "票号",
  ],
  generic: ["invoice", "document", "发票"],
};

export const SYNONYMS: { readonly [K in TableKind]: { readonly [F in FieldOf[K]]: SynonymList } } = {
  customers: {
    CustomerID: CUSTOMER_ID,
    Name: {
      specific: [
        "customer name", "client name", "company", "company name", "debtor name", "account name",
        "客户名称", "公司名称", "单位名称", "客户全称",
      ],
      generic: ["Name", "customer", "client", "debtor", "客户", "名称"],
    },
    Email: { specific: ["Email", "e-mail", "mail", "email address", "e-mail address", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮件地址"] },
    CreditLimit: { specific: ["CreditLimit", "credit limit", "limit", "credit line", "信用额度", "赊销额度", "授信额度", "信用限额"] },
    TermsDays: {
      specific: [
        "TermsDays", "terms", "payment terms", "terms days", "net days", "credit terms", "credit days", "days",
        "账期", "付款期限", "付款期限(天)", "账期(天)", "信用期", "结算期", "付款天数",
      ],
    },
    DiscountTerms: { specific: ["DiscountTerms", "discount terms", "discount", "early payment discount", "cash discount", "折扣条件", "现金折扣", "折扣"] },
    Currency: CURRENCY,
    Language: { specific: ["Language", "lang", "语言"] },
    Address: { specific: ["Address", "billing address", "mailing address", "地址", "联系地址", "账单地址", "通讯地址"] },
    Contact: { specific: ["Contact", "contact person", "contact name", "attention", "attn", "联系人"] },
  },
  invoices: {
    InvoiceNo: INVOICE_NO,
    CustomerID: CUSTOMER_REF,
    InvoiceDate: {
      specific: [
        "InvoiceDate", "invoice date", "inv date", "posting date", "document date", "doc date", "bill date", "issue date",
        "date issued", "开票日期", "发票日期", "单据日期", "记账日期",
      ],
      generic: ["date", "日期"],
    },
    DueDate: { specific: ["DueDate", "due", "due date", "due on", "payment due", "date due", "到期日", "到期日期", "应付日期", "应收日期", "付款到期日"] },
    Amount: {
      specific: [
        "invoice amount", "amount due", "invoice total", "total amount", "gross amount", "invoice value",
        "发票金额", "应收金额", "开票金额", "价税合计",
      ],
      generic: ["Amount", "total", "value", "金额", "合计"],
    },
    Paid: {
      specific: [
        "Paid", "paid amount", "amount paid", "paid to date", "received", "amount received", "paid so far",
        "已付", "已付金额", "已收金额", "已收", "已收款", "已回款",
      ],
    },
    Currency: CURRENCY,
    Disputed: { specific: ["Disputed", "dispute", "on hold", "hold", "in dispute", "争议", "有争议", "是否争议", "争议中"] },
    Description: { specific: ["Description", "desc", "memo", "details", "item", "描述", "摘要", "说明", "内容"] },
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
  customers: ["customers", "customer", "clients", "client", "customer list", "customer master", "debtors", "客户", "客户表", "客户列表", "客户信息", "客户资料", "客户档案"],
  invoices: ["invoices", "invoice", "invoice list", "sales invoices", "ar invoices", "发票", "发票表", "发票列表", "发票清单", "应收", "应收账款", "应收明细"],
  payments: ["payments", "payment", "receipts", "cash receipts", "payments received", "收款", "收款记录", "收款表", "收款明细", "回款", "回款记录"],
};
