export { wellFormed } from "./wellFormed";
export { normalizeHeader, stripBracketed } from "./normalizeHeader";
export { utf8Length } from "./utf8Length";
export { INVISIBLE, withoutInvisible } from "./invisible";
