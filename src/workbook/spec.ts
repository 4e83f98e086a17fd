/**
 * Host-neutral sheet specs. Every generated sheet (statement, index, AR summary, reminders,
 * dunning log, data issues) is rendered once into a {@link SheetSpec}; the ExcelJS writer and
 * the Office.js writer only apply specs, so both hosts show the same layout.
 *
 * Coordinates are 1-based (row 1, column 1 = A1) as Excel shows them.
 */
import type { Language } from "../core/model";

/** A cell value. Strings are always written as text, never parsed as formulas. */
export type SpecValue =
  | string
  | number
  | boolean
  | null
  /** A whole-day date, written as an Excel date serial with a date number format. */
  | { readonly date: number /* DayNumber */ }
  /** A formula the generator itself wrote (never clerk text), without the leading "=". */
  | { readonly formula: string; readonly result?: string | number };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** Font colour, hex RRGGBB. */
  readonly color?: string;
  /** Fill colour, hex RRGGBB. */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: "thin-bottom" | "thin-top" | "thin-box" | "double-bottom";
}

export interface CellSpec {
  readonly row: number;
  readonly col: number;
  readonly value: SpecValue;
  readonly style?: CellStyle;
  /** Internal ("#'Sheet'!A1") or external (mailto:, https:) link. */
  readonly link?: string;
}

export interface MergeSpec {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TableSpec {
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  /** Number of data rows below the header. Values come from the sheet's cells. */
  readonly rowCount: number;
  readonly style?: string;
}

export interface ChartSpec {
  readonly kind: "column";
  readonly title: string;
  /** A1 range of the category labels and of the values, on this sheet. */
  readonly categoriesRange: string;
  readonly valuesRange: string;
  readonly seriesName: string;
  /** Where to place it: top-left cell and size in columns/rows. */
  readonly top: number;
  readonly left: number;
  readonly widthCols: number;
  readonly heightRows: number;
}

export interface PrintSpec {
  readonly area?: string; // "A1:H40"
  readonly fitToWidth?: boolean;
  readonly landscape?: boolean;
  /** Rows repeated at the top of each printed page, e.g. "1:5" style as [first,last]. */
  readonly repeatRows?: readonly [number, number];
  /** Page footer in Excel header/footer codes, e.g. "Page &P of &N". Optional for writers. */
  readonly footer?: string;
}

export interface SheetSpec {
  readonly name: string;
  /** What kind of generated sheet this is; stored as AR Desk's marker so re-runs replace only its own sheets. */
  readonly role: "statement" | "index" | "summary" | "reminders" | "dunning-log" | "data-issues" | "settings" | "letter";
  readonly cells: readonly CellSpec[];
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths?: readonly number[];
  readonly merges?: readonly MergeSpec[];
  readonly tables?: readonly TableSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly print?: PrintSpec;
  /** Freeze panes below this row (e.g. 1 = header row frozen). */
  readonly freezeRows?: number;
  readonly tabColor?: string;
  /**
   * The language of the sheet's own words (a statement or letter: its customer's; the clerk's
   * sheets: the run's). A text cut to Excel's cell limit ends with its note in it (cellLimit.ts).
   * Default English.
   */
  readonly language?: Language;
}
