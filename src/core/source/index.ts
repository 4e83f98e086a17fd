export type { RawCell, SourceBlock } from "./types";
