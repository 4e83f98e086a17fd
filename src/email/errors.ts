/**
 * Guard messages of the .eml builder. Constant text, prefixed, so callers and tests can match
 * them exactly; the offending value is carried separately in {@link EmailError.value}.
 */
export const EMAIL_MESSAGES = {
  invalidAddress: "email: invalid email address",
  noRecipients: "email: at least one To address is required",
  invalidDate: "email: invalid date",
  invalidDomain: "email: invalid message-id domain",
  invalidHeaderName: "email: invalid header name",
  reservedHeader: "email: header is set by the builder and cannot be overridden",
} as const;

/** A draft that cannot be turned into a safe message. `value` is the offending input. */
export class EmailError extends Error {
  readonly value: string;

  constructor(message: string, value: string) {
    super(`${message}: ${JSON.stringify(value)}`);
    this.name = "EmailError";
    this.value = value;
  }
}
