/**
 * Traditional Chinese (Taiwan, Hong Kong) folded to Simplified for the words a ledger's headers,
 * totals and statuses use: `客戶名稱` is `客户名称`, `發票號碼` is `发票号码`, `合計` is `合计`. One
 * table of characters rather than a second list of every header: the synonym lists stay Simplified.
 * Only characters seen in ledger headers and row labels are listed; others pass unchanged.
 */
const PAIRS =
  "戶户發发號号碼码額额應应帳账賬账備备註注幣币別别單单據据編编稱称貨货務务類类態态稅税價价計计餘余" +
  "聯联絡络電电郵邮資资銷销貸贷項项條条審审廠厂購购買买賣卖開开證证憑凭數数壞坏爭争議议語语種种匯汇" +
  "總总齡龄現现實实際际銀银轉转說说細细臺台錄录記记讓让紅红衝冲沖冲預预結结狀状廢废擬拟產产歷历額额" +
  "們们個个週周間间門门關关幾几東东車车來来條条廳厅製制錶表處处區区縣县國国華华規规劃划訂订閱阅";

const TO_SIMPLIFIED: Readonly<Record<string, string>> = (() => {
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < PAIRS.length; i += 2) map[PAIRS[i]] = PAIRS[i + 1];
  return map;
})();

const TRADITIONAL = new RegExp(`[${Object.keys(TO_SIMPLIFIED).join("")}]`, "g");

/**
 * The text with its Traditional characters (from the table above) in Simplified.
 * @example toSimplified("應收帳款明細") //=> "应收账款明细"
 * @example toSimplified("Invoice No") //=> "Invoice No"
 */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => TO_SIMPLIFIED[ch]);
}

/**
 * The Traditional characters the table folds into `simplified`, "" for none: a pattern written in
 * Simplified can take both forms without folding every cell it reads.
 * @example traditionalOf("计") //=> "計"
 */
export function traditionalOf(simplified: string): string {
  let found = "";
  for (const [traditional, folded] of Object.entries(TO_SIMPLIFIED)) if (folded === simplified) found += traditional;
  return found;
}
