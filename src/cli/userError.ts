/**
 * A mistake the user can fix (bad path, bad option, unreadable ledger). The CLI prints its
 * message on one line and exits non-zero; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "UserError";
  }
}
