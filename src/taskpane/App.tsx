/**
 * The task pane: a header with the language switch, then (browser host) *Open workbook…* or the
 * six screens in a TabList. Every action goes through the injected {@link PaneServices}.
 */
import * as React from "react";
import { Button, FluentProvider, makeStyles, Select, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, useI18n } from "./i18n";
import { ServicesProvider, useServices } from "./servicesContext";
import type { Analysis, Language, OpenedWorkbook, PaneServices, PaneSettings } from "./services/paneServices";
import { useAction } from "./components/useAction";
import { ErrorBar } from "./components/ErrorBar";
import { LedgerScreen } from "./screens/LedgerScreen";
import { OverviewScreen } from "./screens/OverviewScreen";
import { StatementsScreen } from "./screens/StatementsScreen";
import { RemindersScreen } from "./screens/RemindersScreen";
import { FormulasScreen } from "./screens/FormulasScreen";
import { SettingsScreen } from "./screens/SettingsScreen";
import { OpenWorkbookScreen } from "./screens/OpenWorkbookScreen";

export const TABS = ["ledger", "overview", "statements", "reminders", "formulas", "settings"] as const;
export type TabId = (typeof TABS)[number];

const useAppStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%", overflowX: "hidden", boxSizing: "border-box" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  workbook: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    overflowWrap: "anywhere",
  },
  tabs: { flexWrap: "wrap", padding: `0 ${tokens.spacingHorizontalS}` },
});

export interface AppProps {
  readonly services: PaneServices;
  readonly initialLanguage: Language;
  readonly initialTab?: TabId;
}

/** The whole pane, ready to render once the host and its services are known. */
export function App(props: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initialLanguage={props.initialLanguage}>
        <ServicesProvider services={props.services}>
          <Pane initialTab={props.initialTab ?? "ledger"} />
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

/** The header: product name and the language switch. Also used by the boot screens. */
export function PaneHeader(): React.JSX.Element {
  const { t, language, setLanguage } = useI18n();
  const styles = useAppStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t("app.title")}</h1>
      <div className={styles.language}>
        <label htmlFor="pane-language">{t("app.language")}</label>
        <Select id="pane-language" size="small" value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
          <option value="en">{t("language.en")}</option>
          <option value="zh">{t("language.zh")}</option>
        </Select>
      </div>
    </header>
  );
}

function Pane(props: { initialTab: TabId }): React.JSX.Element {
  const services = useServices();
  const styles = useAppStyles();
  const [workbook, setWorkbook] = React.useState<OpenedWorkbook | undefined>(undefined);
  const needsWorkbook = services.host === "browser" && workbook === undefined;
  return (
    <div className={styles.root}>
      <PaneHeader />
      {needsWorkbook ? (
        <main>
          <OpenWorkbookScreen onOpened={setWorkbook} />
        </main>
      ) : (
        <Workspace
          key={workbook?.fileName ?? "excel"}
          workbook={workbook}
          initialTab={props.initialTab}
          onOpenAnother={() => setWorkbook(undefined)}
        />
      )}
    </div>
  );
}

function Workspace(props: { workbook?: OpenedWorkbook; initialTab: TabId; onOpenAnother: () => void }): React.JSX.Element {
  const { t } = useI18n();
  const services = useServices();
  const styles = useAppStyles();
  const startup = useAction();
  const download = useAction();
  const [tab, setTab] = React.useState<TabId>(props.initialTab);
  const [visited, setVisited] = React.useState<ReadonlySet<TabId>>(new Set([props.initialTab]));
  const [analysis, setAnalysis] = React.useState<Analysis | undefined>(undefined);
  const [settings, setSettings] = React.useState<PaneSettings | undefined>(undefined);
  const { run } = startup;

  React.useEffect(() => {
    void run(async () => {
      const firstAnalysis = await services.analyze();
      setAnalysis((current) => current ?? firstAnalysis);
      const firstSettings = await services.loadSettings();
      setSettings((current) => current ?? firstSettings);
    });
  }, [run, services]);

  // Saved settings change what the ledger reads (sources, mapping, currency, date order): check
  // again at once, so the Ledger and Overview screens never show the result of the old settings.
  const settingsSaved = (saved: PaneSettings): void => {
    setSettings(saved);
    void run(async () => setAnalysis(await services.analyze()));
  };

  const select = (next: TabId): void => {
    setTab(next);
    setVisited((current) => new Set(current).add(next));
  };
  const ready = analysis?.ready ?? true;
  const exportWorkbook = services.exportWorkbook;

  const panel = (id: TabId): React.ReactNode => {
    switch (id) {
      case "ledger":
        return <LedgerScreen analysis={analysis} onAnalysis={setAnalysis} />;
      case "overview":
        return <OverviewScreen analysis={analysis} onAnalysis={setAnalysis} />;
      case "statements":
        return <StatementsScreen ready={ready} defaultType={settings?.statement.type} />;
      case "reminders":
        return <RemindersScreen ready={ready} defaultIncludeUpcoming={settings?.includeUpcoming} />;
      case "formulas":
        return <FormulasScreen />;
      case "settings":
        return <SettingsScreen onSaved={settingsSaved} />;
    }
  };

  return (
    <>
      {props.workbook && (
        <section className={styles.workbook} aria-label={t("app.workbookOpen", { fileName: props.workbook.fileName })}>
          <span>{t("app.workbookOpen", { fileName: props.workbook.fileName })}</span>
          {exportWorkbook && (
            <Button
              size="small"
              disabled={download.busy}
              onClick={() => void download.run(async () => services.downloadResult(await exportWorkbook.call(services)))}
            >
              {t("app.downloadWorkbook")}
            </Button>
          )}
          <Button size="small" appearance="subtle" onClick={props.onOpenAnother}>
            {t("app.openAnother")}
          </Button>
        </section>
      )}
      <ErrorBar message={download.error} onDismiss={download.clearError} />
      <nav>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => select(data.value as TabId)}
          aria-label={t("app.tabs")}
        >
          {TABS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {t(`tab.${id}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <ErrorBar message={startup.error} onDismiss={startup.clearError} />
      <main>
        {TABS.filter((id) => visited.has(id)).map((id) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== tab}>
            {panel(id)}
          </div>
        ))}
      </main>
    </>
  );
}
