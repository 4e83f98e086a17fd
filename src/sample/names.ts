import type { Random } from "./_lib/random";

/** Who a sample customer is: the text columns of the Customers sheet. */
export interface Identity {
  readonly name: string;
  readonly email: string;
  readonly contact: string;
  readonly address: string;
}

const EN_PREFIXES = [
  "Northwind", "Bluewater", "Apex", "Summit", "Redwood", "Harbor", "Pioneer", "Silverline", "Granite", "Evergreen",
  "Lakeside", "Ironbridge", "Brightpath", "Cedar", "Falcon", "Keystone", "Meridian", "Oakridge", "Prairie", "Riverbend",
  "Sterling", "Tidewater", "Union", "Westfield", "Crescent", "Horizon", "Liberty", "Maple", "Pinnacle", "Beacon",
];
const EN_TRADES = [
  "Traders", "Logistics", "Components", "Manufacturing", "Foods", "Electronics", "Supply", "Industries", "Medical",
  "Textiles", "Packaging", "Machinery", "Chemicals", "Software", "Builders", "Outfitters", "Distribution", "Motors",
];
const EN_SUFFIXES = ["Inc.", "LLC", "Ltd", "Corp.", "Co.", "Group"];
const EN_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "Sarah", "Daniel", "Emily", "Carlos", "Priya", "Ahmed"];
const EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Taylor", "Nguyen", "Patel", "O'Connor"];
const EN_STREETS = ["Market St", "Main St", "Oak Ave", "Industrial Pkwy", "Harbor Blvd", "Commerce Dr", "Elm St", "Lakeview Rd"];
const EN_CITIES = ["Springfield, IL 62701", "Austin, TX 78701", "Portland, OR 97204", "Columbus, OH 43215", "Denver, CO 80202", "Raleigh, NC 27601", "Seattle, WA 98101", "Boston, MA 02110"];

/** [汉字, pinyin] pairs so a Chinese name gets a plausible ASCII mail domain. */
const ZH_CITIES: readonly (readonly [string, string, string])[] = [
  ["上海", "sh", "浦东新区世纪大道"], ["北京", "bj", "朝阳区建国路"], ["深圳", "sz", "南山区科技园路"], ["广州", "gz", "天河区天河路"],
  ["杭州", "hz", "西湖区文三路"], ["苏州", "suzhou", "工业园区星湖街"], ["南京", "nj", "鼓楼区中山北路"], ["成都", "cd", "高新区天府大道"],
  ["武汉", "wh", "洪山区珞喻路"], ["宁波", "nb", "鄞州区天童南路"], ["天津", "tj", "滨海新区第三大街"], ["厦门", "xm", "思明区湖滨南路"],
];
const ZH_BRANDS: readonly (readonly [string, string])[] = [
  ["华瑞", "huarui"], ["恒通", "hengtong"], ["金鼎", "jinding"], ["宏达", "hongda"], ["鑫源", "xinyuan"], ["新锐", "xinrui"],
  ["永泰", "yongtai"], ["博远", "boyuan"], ["瑞丰", "ruifeng"], ["天成", "tiancheng"], ["嘉和", "jiahe"], ["中拓", "zhongtuo"],
  ["远航", "yuanhang"], ["德信", "dexin"], ["安捷", "anjie"], ["海纳", "haina"], ["东升", "dongsheng"], ["明辉", "minghui"],
  ["正泰", "zhengtai"], ["润华", "runhua"], ["长青", "changqing"], ["联创", "lianchuang"], ["佳豪", "jiahao"], ["盛世", "shengshi"],
];
const ZH_TRADES: readonly (readonly [string, string])[] = [
  ["贸易", "trade"], ["科技", "tech"], ["电子", "elec"], ["实业", "group"], ["物流", "logistics"], ["机械", "machinery"],
  ["化工", "chem"], ["食品", "food"], ["纺织", "textile"], ["医疗器械", "medical"], ["包装材料", "pack"], ["建材", "build"],
];
const ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"];
const ZH_GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超"];

/**
 * Makes unique company identities. Names repeat once the combinations run out, so later ones
 * get a branch number, as real ledgers do ("… Ltd (2)", "…有限公司第2分公司").
 */
export class IdentityMaker {
  private readonly seen = new Map<string, number>();

  constructor(private readonly rng: Random) {}

  english(): Identity {
    const { rng } = this;
    const prefix = rng.pick(EN_PREFIXES);
    const trade = rng.pick(EN_TRADES);
    const base = `${prefix} ${trade} ${rng.pick(EN_SUFFIXES)}`;
    const n = this.count(base);
    const domain = `${prefix}${trade}${n > 1 ? n : ""}`.toLowerCase() + rng.pick([".com", ".com", ".net", ".us"]);
    const first = rng.pick(EN_FIRST);
    const last = rng.pick(EN_LAST);
    return {
      name: n > 1 ? `${base} (${n})` : base,
      email: `${rng.pick(["ap", "accounts.payable", "billing", "finance"])}@${domain}`,
      contact: `${first} ${last}`,
      address: `${rng.int(10, 9999)} ${rng.pick(EN_STREETS)}, ${rng.pick(EN_CITIES)}`,
    };
  }

  chinese(): Identity {
    const { rng } = this;
    const [city, cityPinyin, street] = rng.pick(ZH_CITIES);
    const [brand, brandPinyin] = rng.pick(ZH_BRANDS);
    const [trade, tradePinyin] = rng.pick(ZH_TRADES);
    const base = `${city}${brand}${trade}有限公司`;
    const n = this.count(base);
    const domain = `${brandPinyin}-${tradePinyin}${n > 1 ? n : ""}${cityPinyin === "sh" ? "" : "-" + cityPinyin}.cn`;
    return {
      name: n > 1 ? `${base}第${n}分公司` : base,
      email: `${rng.pick(["caiwu", "finance", "ap", "kuaiji"])}@${domain}`,
      contact: rng.pick(ZH_SURNAMES) + rng.pick(ZH_GIVEN) + (rng.chance(0.5) ? rng.pick(ZH_GIVEN) : ""),
      address: `${city}市${street}${rng.int(1, 999)}号`,
    };
  }

  private count(base: string): number {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n;
  }
}

const EN_ITEMS = ["Consulting services", "Hardware order", "Maintenance contract", "Freight and handling", "Software licenses", "Spare parts", "Installation services", "Quarterly support"];
const ZH_ITEMS = ["货款", "技术服务费", "运输费", "维修服务费", "软件许可费", "设备配件", "安装调试费", "年度维保费"];

/** An invoice description in the customer's language. */
export function invoiceDescription(rng: Random, language: "en" | "zh"): string {
  const po = rng.int(10000, 99999);
  return language === "zh" ? `${rng.pick(ZH_ITEMS)}（订单 PO${po}）` : `${rng.pick(EN_ITEMS)} - PO ${po}`;
}

/** A credit note description naming the invoice it corrects. */
export function creditNoteDescription(variant: number, language: "en" | "zh", invoiceNo: string): string {
  return language === "zh"
    ? `${["红字发票 - 退货", "销售折让 - 价格调整"][variant % 2]}（${invoiceNo}）`
    : `${["Credit note - returned goods", "Credit note - price adjustment"][variant % 2]} (${invoiceNo})`;
}

/** Payment method names as clerks type them. */
export const METHODS = {
  en: ["Wire", "ACH", "Check", "ACH", "Wire"],
  zh: ["银行转账", "银行转账", "银行承兑汇票", "支付宝", "微信支付"],
} as const;
