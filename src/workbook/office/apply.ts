/**
 * Queues planned writes on Office.js proxies. Nothing here syncs: officeWorkbook.ts decides when.
 */
import type { WriteOp } from "./plan";

/** Queues one op against `sheet` (a proxy from the current Excel.run batch). */
export function applyOp(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case "cells": {
      const range = sheet.getRange(op.address);
      // Format first, so "00123" lands in a text cell; formula-like text carries its quote prefix (plan.ts).
      if (op.numberFormat) range.numberFormat = op.numberFormat as string[][];
      range.values = op.values as (string | number | boolean)[][];
      return;
    }
    case "merge":
      sheet.getRange(op.address).merge(op.across === true);
      return;
    case "link":
      sheet.getRange(op.address).hyperlink = { ...op.link };
      return;
    case "cellProperties":
      sheet.getRange(op.address).setCellProperties(op.properties as Excel.SettableCellProperties[][]);
      return;
    case "copyFormats":
      // An unqualified source is on the destination's sheet (the cut-copy-paste docs' sample).
      sheet.getRange(op.address).copyFrom(op.source, "Formats");
      return;
    case "columnProperties":
      sheet.getRange(op.address).setColumnProperties(op.properties as Excel.SettableColumnProperties[]);
      return;
    case "table": {
      const table = sheet.tables.add(op.address, true);
      table.name = op.name;
      if (op.style) table.style = op.style;
      return;
    }
    case "chart": {
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(op.valuesAddress), op.seriesBy);
      chart.title.text = op.title;
      const series = chart.series.getItemAt(0);
      series.name = op.seriesName;
      series.setXAxisValues(sheet.getRange(op.categoriesAddress));
      chart.setPosition(op.start, op.end);
      return;
    }
    case "freeze":
      sheet.freezePanes.freezeRows(op.rows);
      return;
    case "print": {
      const layout = sheet.pageLayout;
      if (op.area) layout.setPrintArea(op.area);
      // One page wide. Only the documented field is set: PageLayoutZoomOptions says nothing of
      // verticalFitToPages 0 ("as many as needed" in OOXML), so the height is left to Excel.
      if (op.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      if (op.landscape) layout.orientation = "Landscape";
      if (op.titleRows) layout.setPrintTitleRows(op.titleRows);
      // Excel's header/footer codes (&P, &N) are the same in Office.js.
      if (op.footer) layout.headersFooters.defaultForAllPages.centerFooter = op.footer;
      return;
    }
    case "tabColor":
      sheet.tabColor = op.color;
      return;
  }
}
