import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildEml, escapeHtml } from "../../src/email";

// Golden file: a full Chinese reminder draft, byte for byte. Regenerate on purpose with
// UPDATE_GOLDEN=1 npx jest test/email/golden, and review the diff.
const GOLDEN = join(__dirname, "samples", "reminder-zh.eml");

function reminder(): string {
  const customer = "上海华瑞贸易有限公司";
  const lines = ["发票 INV-000123，到期日 2026-10-24，逾期 7 天，余额 ¥12,345.60", "发票 INV-000130，到期日 2026-10-30，逾期 1 天，余额 ¥3,000.00"];
  return buildEml({
    from: { name: "Acme 应收账款部", email: "ar@acme.example" },
    to: [{ name: customer, email: "ap@huarui-trade.cn" }],
    cc: [{ name: "张伟", email: "zhang.wei@huarui-trade.cn" }],
    subject: `付款提醒（第一次）：${customer} 逾期款项 ¥15,345.60`,
    text: `尊敬的${customer}：\n\n以下发票已逾期：\n${lines.join("\n")}\n\n逾期合计：¥15,345.60\n请汇款至：招商银行 6225 8888 0000 1234\n\nAcme 应收账款部`,
    html: `<p>尊敬的${escapeHtml(customer)}：</p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul><p>逾期合计：<b>¥15,345.60</b></p>`,
    date: { y: 2026, m: 10, d: 31 },
    headers: { "X-AR-Desk-Stage": "Reminder 1" },
  });
}

describe("buildEml golden file", () => {
  it("returns the reviewed bytes for a Chinese reminder", () => {
    const eml = reminder();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, eml, "utf8");
    expect(eml).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
