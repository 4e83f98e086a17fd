export { buildEml, type EmailDraft, type BodyEncoding } from "./buildEml";
export { checkedEmail, isValidEmail, type Address } from "./address";
export { escapeHtml } from "./escapeHtml";
export { safeFileName, uniqueFileName, type SafeFileNameOptions } from "./safeFileName";
export { encodeWords } from "./encodedWords";
export { headerText } from "./headerText";
export { EmailError, EMAIL_MESSAGES } from "./errors";
export type { CivilDate } from "./_lib/rfcDate";
export { reminderHtml } from "./reminderHtml";
