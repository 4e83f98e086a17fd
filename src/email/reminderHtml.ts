/**
 * The HTML part of a reminder draft: the same template as the text part, with every value
 * escaped and the invoice list as a real table. Built from the template, not from the
 * rendered text, so a customer's name can never become markup.
 */
import type { Reminder } from "../core/reminders";
import { invoiceTableCells, reminderNumberKind, reminderValues, templateFor, withoutEmptyLines } from "../core/reminders";
import type { Settings } from "../core/settings";
import { escapeHtml } from "./escapeHtml";

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

function invoiceTableHtml(reminder: Reminder): string {
  return reminder.groups
    .map((group) => {
      // The same cells as the text part (renderReminder), so amounts read alike in both parts.
      const { header, rows } = invoiceTableCells(group, reminder.language, reminderNumberKind(reminder));
      const th = header.map((c) => `<th style="text-align:left;padding:2px 8px;border-bottom:1px solid #999">${escapeHtml(c)}</th>`).join("");
      const body = rows
        .map((cells) => `<tr>${cells.map((c, i) => `<td style="padding:2px 8px;${i >= 2 ? "text-align:right" : ""}">${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("");
      return `<table style="border-collapse:collapse;font-family:Segoe UI,Arial,sans-serif;font-size:10pt"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
    })
    .join("<br>");
}

/** The reminder as an HTML document fragment (the .eml's text/html part). */
export function reminderHtml(reminder: Reminder, settings: Settings): string {
  const template = templateFor(reminder.stage, reminder.language, settings.reminderTemplates, settings.dunning);
  const values = reminderValues(reminder, settings.company, settings.payment);
  const table = invoiceTableHtml(reminder);
  const body = withoutEmptyLines(template.body, values)
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
