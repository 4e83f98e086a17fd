export { wellFormed } from "./wellFormed";
export { normalizeHeader, stripBracketed } from "./normalizeHeader";
export { utf8Length } from "./utf8Length";
export { fillPlaceholders, type ParamNames, type ParamsArgs } from "./placeholders";
export { textHash } from "./textHash";
export { INVISIBLE, withoutInvisible } from "./invisible";
export { nfkc } from "./nfkc";
export { afterAsciiSpaces } from "./asciiSpaces";
export { toSimplified } from "./traditionalChinese";
