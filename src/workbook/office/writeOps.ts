/**
 * The writes the Office.js writer plans and applies, one sheet at a time. Their own module so that
 * the planner (plan.ts), the style helpers (styles.ts) and the cell-properties builder
 * (cellProperties.ts) all use them without importing each other.
 */
import type { CellStyle } from "../spec";

/** A cell's value as sent to `range.values`; null leaves the cell as it is. */
export type OfficeValue = string | number | boolean | null;

export interface OfficeStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  readonly border?: CellStyle["border"];
}

export interface OfficeLink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
}

/** One write against one sheet. Addresses are relative to that sheet. */
export type WriteOp =
  /** Values, with their number formats unless a format copy (sharedFormats.ts) already gave them. */
  | { readonly kind: "cells"; readonly address: string; readonly numberFormat?: (string | null)[][]; readonly values: OfficeValue[][] }
  /**
   * Range.merge(across) (ExcelApi 1.2): across = each row of the range merged on its own, so
   * single-row merges of the same columns on consecutive rows travel as one action.
   */
  | { readonly kind: "merge"; readonly address: string; readonly across?: boolean }
  | { readonly kind: "link"; readonly address: string; readonly link: OfficeLink }
  /** Range.setCellProperties (ExcelApi 1.9): the formats of a block of cells in one action. */
  | { readonly kind: "cellProperties"; readonly address: string; readonly properties: OfficeCellProperties[][] }
  /**
   * Range.copyFrom(source, "Formats") (ExcelApi 1.9): the source cell's formats pasted over the
   * range, as Excel's paste fills a larger selection with a one-cell source; or a same-sized
   * range of another sheet (`'Sheet'!A1:H29`, sharedFormats.ts).
   */
  | { readonly kind: "copyFormats"; readonly address: string; readonly source: string }
  /** Range.setColumnProperties (ExcelApi 1.9): column widths in one action. */
  | { readonly kind: "columnProperties"; readonly address: string; readonly properties: OfficeColumnProperties[] }
  | { readonly kind: "table"; readonly address: string; readonly name: string; readonly style?: string }
  | {
      readonly kind: "chart";
      readonly valuesAddress: string;
      readonly categoriesAddress: string;
      readonly seriesBy: "Rows" | "Columns";
      readonly title: string;
      readonly seriesName: string;
      readonly start: string;
      readonly end: string;
    }
  | { readonly kind: "freeze"; readonly rows: number }
  | {
      readonly kind: "print";
      readonly area?: string;
      readonly fitToWidth?: boolean;
      readonly landscape?: boolean;
      readonly titleRows?: string;
      readonly footer?: string;
    }
  | { readonly kind: "tabColor"; readonly color: string };

/** One border of a cell (Excel.CellBorder). */
export interface OfficeCellBorder {
  readonly style: "Continuous" | "Double";
  readonly weight?: "Thin";
}

/** The part of Excel.SettableCellProperties AR Desk sets. */
export interface OfficeCellProperties {
  readonly format?: {
    readonly font?: { readonly bold?: boolean; readonly italic?: boolean; readonly size?: number; readonly color?: string };
    readonly fill?: { readonly color: string };
    readonly horizontalAlignment?: OfficeStyle["horizontalAlignment"];
    readonly verticalAlignment?: OfficeStyle["verticalAlignment"];
    readonly wrapText?: boolean;
    readonly borders?: Partial<Record<"top" | "bottom" | "left" | "right", OfficeCellBorder>>;
  };
}

/** The part of Excel.SettableColumnProperties AR Desk sets (width in points). */
export interface OfficeColumnProperties {
  readonly format?: { readonly columnWidth: number };
}

