export function createExcelServices(): never { throw new Error("todo"); }
