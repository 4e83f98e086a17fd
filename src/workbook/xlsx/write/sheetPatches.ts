/**
 * What each spec needs from the package patch (tables, internal links, print names, marker).
 */
import type { SheetSpec } from "../../layout/spec";
import type { SheetPatch } from "./packagePatch";

/** The patch of one spec written under `sheet` (the name actually used). */
export function patchForSpec(spec: SheetSpec, sheet: string = spec.name): SheetPatch {
  return {
    sheet,
    role: spec.role,
    tables: spec.tables ?? [],
    internalLinks: spec.cells
      .filter((c) => c.link !== undefined && c.link.startsWith("#"))
      .map((c) => ({
        row: c.row,
        col: c.col,
        location: c.link!,
        ...(typeof c.value === "string" ? { display: c.value } : {}),
      })),
    ...(spec.print?.area ? { printArea: spec.print.area } : {}),
    ...(spec.print?.repeatRows ? { repeatRows: spec.print.repeatRows } : {}),
  };
}
