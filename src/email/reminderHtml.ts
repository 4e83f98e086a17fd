/**
 * The HTML part of a reminder draft: the same template as the text part, with every value
 * escaped and the invoice list as a real table. Built from the template, not from the
 * rendered text, so a customer's name can never become markup.
 */
import type { Reminder } from "../core/reminders";
import { dateText, reminderValues, templateFor } from "../core/reminders";
import { formatAmount } from "../core/money";
import type { Settings } from "../core/settings";
import { escapeHtml } from "./escapeHtml";

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

const HEADERS = {
  en: ["Invoice", "Due date", "Days overdue", "Balance", "Fee", "Interest"],
  zh: ["发票号", "到期日", "逾期天数", "未付金额", "费用", "利息"],
} as const;

function invoiceTableHtml(reminder: Reminder): string {
  const head = HEADERS[reminder.language];
  return reminder.groups
    .map((group) => {
      const charged = group.fees > 0 || group.interest > 0;
      const cols = charged ? head : head.slice(0, 4);
      const th = cols.map((c) => `<th style="text-align:left;padding:2px 8px;border-bottom:1px solid #999">${escapeHtml(c)}</th>`).join("");
      const rows = group.invoices
        .map((inv) => {
          const cells = [inv.invoiceNo, dateText(inv.dueDate, reminder.language), String(inv.daysOverdue), `${group.currency} ${formatAmount(inv.open, group.currency)}`];
          if (charged) cells.push(formatAmount(inv.fee, group.currency), formatAmount(inv.interest, group.currency));
          return `<tr>${cells.map((c, i) => `<td style="padding:2px 8px;${i >= 2 ? "text-align:right" : ""}">${escapeHtml(c)}</td>`).join("")}</tr>`;
        })
        .join("");
      return `<table style="border-collapse:collapse;font-family:Segoe UI,Arial,sans-serif;font-size:10pt"><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join("<br>");
}

/** The reminder as an HTML document fragment (the .eml's text/html part). */
export function reminderHtml(reminder: Reminder, settings: Settings): string {
  const template = templateFor(reminder.stage, reminder.language, settings.reminderTemplates, settings.dunning);
  const values = reminderValues(reminder, settings.company, settings.payment);
  const table = invoiceTableHtml(reminder);
  const body = template.body
    .split(PLACEHOLDER)
    .map((piece, i) => {
      if (i % 2 === 0) return escapeHtml(piece);
      if (piece === "invoiceTable") return `\u0000${table}\u0000`;
      const value = values[piece];
      return value === undefined ? escapeHtml(`{{${piece}}}`) : escapeHtml(value);
    })
    .join("")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .split(/\n\n/)
    .map((para) => (para.includes("\u0000") ? para.replace(/\u0000/g, "") : `<p>${para.replace(/\n/g, "<br>")}</p>`))
    .join("\n");
  const lang = reminder.language === "zh" ? "zh-CN" : "en";
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">\n${body}\n</body></html>`;
}
