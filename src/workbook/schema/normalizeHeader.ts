/** Header folding lives in the core (the dunning policy reads headers too); the schema uses it from there. */
export { normalizeHeader, stripBracketed } from "../../core/text";
