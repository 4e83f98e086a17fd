export { readCsv, csvNotes, csvRecords, csvSheetName, type CsvRecords, type ReadCsvOptions } from "./readCsv";
export { csvAsWorkbook } from "./csvWorkbook";
export { decodeText, type DecodedText, type TextEncodingName } from "./decodeText";
export { parseCsv, findDelimiter, type Delimiter, type ParsedCsv } from "./parseCsv";
