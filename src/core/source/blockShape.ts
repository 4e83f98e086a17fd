/**
 * What is kept of a block once its ledger is built: where it is, its header and how many rows it
 * had, not the rows. A session holds its tables this way, so that the clerk's cells (most of the
 * memory of a large read) are let go as soon as the ledger holds what it needs of them.
 */
import type { SourceBlock } from "./types";

/** A block's place and header, which a {@link SourceBlock} and a {@link BlockShape} both have. */
export type BlockHead = Pick<SourceBlock, "tableName" | "sheet" | "headerRow" | "firstColumn" | "headers">;

/** A block without its rows. */
export interface BlockShape extends BlockHead {
  /** How many data rows the block had below its header. */
  readonly rowCount: number;
}

/**
 * @example shapeOf({ sheet: "Invoices", headerRow: 1, firstColumn: 1, headers: ["No"], rows: [[1], [2]] })
 * //=> { sheet: "Invoices", headerRow: 1, firstColumn: 1, headers: ["No"], rowCount: 2 }
 */
export function shapeOf(block: SourceBlock): BlockShape {
  return {
    ...(block.tableName !== undefined ? { tableName: block.tableName } : {}),
    sheet: block.sheet,
    headerRow: block.headerRow,
    firstColumn: block.firstColumn,
    headers: block.headers,
    rowCount: block.rows.length,
  };
}

/** The data rows below a block's header, whether the block still has them or only its shape. */
export function rowCountOf(block: SourceBlock | BlockShape): number {
  return "rows" in block ? block.rows.length : block.rowCount;
}
