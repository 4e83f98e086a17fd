export type { MergedArea, RawCell, SourceBlock } from "./types";
export { cellText, decimalCellText, isBlankCell, isBlankRow, parseDecimalText, parseWholeNumber } from "./cells";
export { rowCountOf, shapeOf, type BlockHead, type BlockShape } from "./blockShape";
