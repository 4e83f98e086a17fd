/**
 * The styles part of a streamed package: every distinct cell look (spec style, link or not,
 * default number format) gets one cell format (`s="n"`) the first time a cell uses it, and
 * styles.xml is written once at the end. The table only grows with distinct looks, which the
 * layouts draw from a small fixed set, never with the number of sheets or cells.
 */
import type { CellStyle } from "../../../spec";
import { escapeXml } from "../xmlEscape";

/** Excel's default font, as a new workbook has it (ExcelJS writes the same). */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** The colour Excel gives hyperlinks. */
const LINK_COLOR = "0563C1";
/** First id free for custom number formats (0-163 are Excel's built-in ones). */
const FIRST_CUSTOM_NUMFMT = 164;

const BORDER_XML: Record<NonNullable<CellStyle["border"]>, string> = {
  "thin-bottom": '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
  "thin-top": '<border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border>',
  "thin-box":
    '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
  "double-bottom": '<border><left/><right/><top/><bottom style="double"><color auto="1"/></bottom><diagonal/></border>',
};

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Interns XML fragments: the index of each distinct fragment, in order of first use. */
class Interned {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(initial: readonly string[]) {
    for (const item of initial) this.id(item);
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

/** Cell formats of one package, built as cells ask for them. */
export class StyleTable {
  private readonly fonts = new Interned([DEFAULT_FONT]);
  // Excel requires the first two fills to be none and gray125.
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Interned(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /**
   * Same look (the style's fields, link flag and default format) → same index, without building
   * the XML again: the layouts make a style object per cell for many cells (a money style per
   * currency, a total line's), so a memo by object missed on most of them (~4 s of style XML on a
   * 100,000-customer run).
   */
  private readonly byLook = new Map<string, number>();

  /**
   * The cell format index (`s` attribute) of a cell with this style; `link` gives link colour and
   * underline unless the style sets a colour; `defaultNumFmt` applies when the style has none.
   * @example new StyleTable().indexOf(undefined, false) //=> 0
   */
  indexOf(style: CellStyle | undefined, link: boolean, defaultNumFmt?: string): number {
    if (!style && !link && !defaultNumFmt) return 0;
    const look = lookOf(style ?? NO_STYLE, link, defaultNumFmt);
    let id = this.byLook.get(look);
    if (id === undefined) {
      id = this.xfs.id(this.xfXml(style ?? NO_STYLE, link, defaultNumFmt));
      this.byLook.set(look, id);
    }
    return id;
  }

  private xfXml(style: CellStyle, link: boolean, defaultNumFmt: string | undefined): string {
    const numFmt = style.numberFormat ?? defaultNumFmt;
    const numFmtId = numFmt === undefined || numFmt === "General" ? 0 : this.numFmtId(numFmt);
    const fontId = this.fonts.id(this.fontXml(style, link));
    const fillId = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border ? this.borders.id(BORDER_XML[style.border]) : 0;
    const alignment = alignmentXml(style);
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") + (fontId ? ' applyFont="1"' : "") + (fillId ? ' applyFill="1"' : "") + (borderId ? ' applyBorder="1"' : "") + (alignment ? ' applyAlignment="1"' : "");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return alignment ? `${open}>${alignment}</xf>` : `${open}/>`;
  }

  private fontXml(style: CellStyle, link: boolean): string {
    if (!style.bold && !style.italic && !style.size && !style.color && !link) return DEFAULT_FONT;
    const color = style.color ? `<color rgb="${argb(style.color)}"/>` : link ? `<color rgb="${argb(LINK_COLOR)}"/>` : '<color theme="1"/>';
    return `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${link ? "<u/>" : ""}<sz val="${style.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
  }

  private numFmtId(code: string): number {
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The styles.xml part holding every format handed out so far. */
  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

const NO_STYLE: CellStyle = {};

/** Every field {@link StyleTable.xfXml} reads, in one short key. */
function lookOf(style: CellStyle, link: boolean, defaultNumFmt: string | undefined): string {
  const flags = (style.bold ? 1 : 0) | (style.italic ? 2 : 0) | (link ? 4 : 0) | (style.wrap ? 8 : 0);
  return `${flags}|${style.size ?? ""}|${style.color ?? ""}|${style.fill ?? ""}|${style.border ?? ""}|${style.align ?? ""}|${style.valign ?? ""}|${style.numberFormat ?? defaultNumFmt ?? ""}`;
}

function list(tag: string, items: readonly string[]): string {
  return `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
}

/** OOXML calls the spec's "middle" vertical alignment "center". */
function alignmentXml(style: CellStyle): string {
  if (!style.align && !style.valign && !style.wrap) return "";
  const vertical = style.valign === "middle" ? "center" : style.valign;
  return `<alignment${style.align ? ` horizontal="${style.align}"` : ""}${vertical ? ` vertical="${vertical}"` : ""}${style.wrap ? ' wrapText="1"' : ""}/>`;
}
