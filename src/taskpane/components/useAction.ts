/**
 * Runs one asynchronous pane action at a time and keeps its error to show to the clerk.
 * The error is displayed (never only logged), and the action's promise settles normally so a
 * click handler does not leave an unhandled rejection behind.
 */
import * as React from "react";
import { messageOf } from "../paneText";

export interface ActionState {
  readonly busy: boolean;
  readonly error?: string;
  /** Runs `action`; resolves to its result, or undefined when it failed (the error is in `error`). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): ActionState {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const run = React.useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(messageOf(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = React.useCallback(() => setError(undefined), []);
  return { busy, error, run, clearError };
}
