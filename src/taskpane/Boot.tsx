/**
 * First paint of the pane: a "Starting…" line at once, then host detection (≤ 1.5 s), the
 * requirement-set check inside Excel, and the lazily loaded services. Never a blank pane: every
 * outcome — ready, Excel too old, services failed — renders something the clerk can read.
 *
 * Everything it depends on is a prop, so tests drive it without office.js.
 */
import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from "@fluentui/react-components";
import { App, PaneHeader } from "./App";
import { detectLanguage, I18nProvider, useI18n } from "./i18n";
import type { HostInfo } from "./host";
import type { HostKind, Language, PaneServices } from "./services";
import { messageOf } from "./paneText";

/** Result of checking Office requirement sets (src/workbook/officeRequirements.ts). */
export interface RequirementCheck {
  readonly ok: boolean;
  /** Requirement sets missing, e.g. `ExcelApi 1.12`. */
  readonly missing: readonly string[];
}

export interface BootProps {
  readonly detectHost: () => Promise<HostInfo>;
  readonly checkRequirements: (isSetSupported: (name: string, minVersion?: string) => boolean) => Promise<RequirementCheck>;
  /** Loads (lazily) and builds the services for the host. */
  readonly loadServices: (host: HostKind) => Promise<PaneServices>;
  /** navigator.language, the language until Office tells its own. */
  readonly navigatorLanguage?: string;
}

type BootState =
  | { readonly phase: "starting" }
  | { readonly phase: "too-old"; readonly missing: readonly string[]; readonly language: Language }
  | { readonly phase: "failed"; readonly message: string; readonly language: Language }
  | { readonly phase: "ready"; readonly services: PaneServices; readonly language: Language };

export function Boot(props: BootProps): React.JSX.Element {
  const [state, setState] = React.useState<BootState>({ phase: "starting" });
  const { detectHost, checkRequirements, loadServices, navigatorLanguage } = props;

  React.useEffect(() => {
    let cancelled = false;
    const settle = (next: BootState): void => {
      if (!cancelled) setState(next);
    };
    void (async () => {
      let language = detectLanguage(undefined, navigatorLanguage);
      try {
        const host = await detectHost();
        language = detectLanguage(host.displayLanguage, navigatorLanguage);
        if (host.host === "excel" && host.isSetSupported) {
          const check = await checkRequirements(host.isSetSupported);
          if (!check.ok) return settle({ phase: "too-old", missing: check.missing, language });
        }
        const services = await loadServices(host.host);
        settle({ phase: "ready", services, language });
      } catch (caught) {
        // Shown on screen: a pane that fails to start must say why, not stay blank.
        settle({ phase: "failed", message: messageOf(caught), language });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [detectHost, checkRequirements, loadServices, navigatorLanguage]);

  if (state.phase === "ready") return <App services={state.services} initialLanguage={state.language} />;
  const language = state.phase === "starting" ? detectLanguage(undefined, navigatorLanguage) : state.language;
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider key={language} initialLanguage={language}>
        <PaneHeader />
        <BootMessage state={state} />
      </I18nProvider>
    </FluentProvider>
  );
}

function BootMessage({ state }: { state: Exclude<BootState, { phase: "ready" }> }): React.JSX.Element {
  const { t } = useI18n();
  const padding = { padding: 12 };
  switch (state.phase) {
    case "starting":
      return (
        <div style={padding}>
          <Spinner size="small" label={t("app.starting")} />
        </div>
      );
    case "too-old":
      return (
        <div style={padding}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("host.tooOld.title")}</MessageBarTitle>
              {t("host.tooOld.body", { missing: state.missing.join(", ") })}
            </MessageBarBody>
          </MessageBar>
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
