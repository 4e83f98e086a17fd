/**
 * First paint of the pane: a "Starting…" line at once, then host detection (Office.onReady, for
 * as long as Excel takes: host.ts) and the lazily loaded services. When Excel is slow to start
 * the add-in, a note says so after `slowStartMs` and offers to go on without Excel; nothing is
 * decided by a timer. Never a blank pane: every outcome renders something the clerk can read.
 *
 * No requirement-set check: the manifest requires SharedRuntime 1.1, which only Excel builds
 * with ExcelApi 1.9 and later have, so Office does not start AR Desk where an API would be missing.
 *
 * Everything it depends on is a prop, so tests drive it without office.js.
 */
import * as React from "react";
import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from "@fluentui/react-components";
import { App, PaneHeader } from "./App";
import { detectLanguage, I18nProvider, paneErrorText, useI18n } from "./i18n";
import type { HostInfo } from "./host";
import type { HostKind, Language, PaneServices } from "./services/paneServices";

/** After this long without an answer from Office.onReady, the pane says the start is slow. */
export const SLOW_START_MS = 8000;

export interface BootProps {
  readonly detectHost: () => Promise<HostInfo>;
  /** Loads (lazily) and builds the services for the host. */
  readonly loadServices: (host: HostKind) => Promise<PaneServices>;
  /** navigator.language, the language until Office tells its own. */
  readonly navigatorLanguage?: string;
  /** Default {@link SLOW_START_MS}. */
  readonly slowStartMs?: number;
}

type BootState =
  | { readonly phase: "starting"; readonly slow: boolean }
  | { readonly phase: "failed"; readonly message: string; readonly language: Language }
  | { readonly phase: "ready"; readonly services: PaneServices; readonly language: Language };

export function Boot(props: BootProps): React.JSX.Element {
  const [state, setState] = React.useState<BootState>({ phase: "starting", slow: false });
  const { detectHost, loadServices, navigatorLanguage, slowStartMs = SLOW_START_MS } = props;
  // The clerk's "continue without Excel" and Office's answer race; the first one wins.
  const decided = React.useRef<((info: HostInfo) => void) | undefined>(undefined);

  React.useEffect(() => {
    let cancelled = false;
    const settle = (next: BootState): void => {
      if (!cancelled) setState(next);
    };
    const slowTimer = setTimeout(() => {
      if (!cancelled) setState((current) => (current.phase === "starting" ? { phase: "starting", slow: true } : current));
    }, slowStartMs);
    const chosen = new Promise<HostInfo>((resolve) => (decided.current = resolve));
    void (async () => {
      let language = detectLanguage(undefined, navigatorLanguage);
      try {
        const host = await Promise.race([detectHost(), chosen]);
        clearTimeout(slowTimer);
        language = detectLanguage(host.displayLanguage, navigatorLanguage);
        const services = await loadServices(host.host);
        settle({ phase: "ready", services, language });
      } catch (caught) {
        // Shown on screen: a pane that fails to start must say why, not stay blank.
        settle({ phase: "failed", message: paneErrorText(caught, language), language });
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(slowTimer);
    };
  }, [detectHost, loadServices, navigatorLanguage, slowStartMs]);

  if (state.phase === "ready") return <App services={state.services} initialLanguage={state.language} />;
  const language = state.phase === "starting" ? detectLanguage(undefined, navigatorLanguage) : state.language;
  const continueWithoutExcel = () => decided.current?.({ host: "browser", reason: "chosen" });
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider key={language} initialLanguage={language}>
        <PaneHeader />
        <BootMessage state={state} onContinueWithoutExcel={continueWithoutExcel} />
      </I18nProvider>
    </FluentProvider>
  );
}

function BootMessage({ state, onContinueWithoutExcel }: { state: Exclude<BootState, { phase: "ready" }>; onContinueWithoutExcel: () => void }): React.JSX.Element {
  const { t } = useI18n();
  const padding = { padding: 12 };
  switch (state.phase) {
    case "starting":
      return (
        <div style={padding}>
          <Spinner size="small" label={t("app.starting")} />
          {state.slow && (
            <MessageBar intent="info" layout="multiline" style={{ marginTop: 12 }}>
              <MessageBarBody>
                <MessageBarTitle>{t("host.slow.title")}</MessageBarTitle>
                {t("host.slow.body")}
                <div style={{ marginTop: 8 }}>
                  <Button onClick={onContinueWithoutExcel}>{t("host.slow.continue")}</Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      );
    case "failed":
      return (
        <div style={padding}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("host.failed.title")}</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        </div>
      );
  }
}
