/**
 * Runs one asynchronous pane action at a time and keeps its error to show to the clerk.
 * The error is displayed (never only logged), and the action's promise settles normally so a
 * click handler does not leave an unhandled rejection behind.
 */
import * as React from "react";
import { paneErrorText, useI18n } from "../i18n";

export interface ActionState {
  readonly busy: boolean;
  readonly error?: string;
  /** Runs `action`; resolves to its result, or undefined when it failed (the error is in `error`). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): ActionState {
  const { language } = useI18n();
  const [busy, setBusy] = React.useState(false);
  // The error itself, not its text: a PaneError is shown in the language on screen now.
  const [error, setError] = React.useState<unknown>(undefined);
  const run = React.useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught ?? new Error("failed"));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = React.useCallback(() => setError(undefined), []);
  const message = error === undefined ? undefined : paneErrorText(error, language);
  return { busy, error: message, run, clearError };
}
