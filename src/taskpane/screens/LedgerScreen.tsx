/**
 * Ledger: which tables and columns AR Desk found (and how sure it is), a mapping editor per
 * field, rows not read (a banner: never a silently smaller total), what was inferred (currency,
 * language, date order), the data issues with "go to" buttons, *Save mapping* and *Check again*.
 */
import * as React from "react";
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { Analysis, DetectedTable, InferredReading, MappingOverrides, TableKind, UnreadSummary } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar, InfoBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";
import { IssueList } from "./IssueList";

export interface LedgerScreenProps {
  readonly analysis?: Analysis;
  readonly onAnalysis: (analysis: Analysis) => void;
}

type TableOverride = { sourceId?: string; columns: Record<string, string | null> };

export function LedgerScreen(props: LedgerScreenProps): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const [overrides, setOverrides] = React.useState<Partial<Record<TableKind, TableOverride>>>({});
  const [saved, setSaved] = React.useState(false);
  const { analysis, onAnalysis } = props;

  const analyze = async (): Promise<void> => {
    setSaved(false);
    const result = await action.run(() => services.analyze());
    if (result) onAnalysis(result);
  };
  const save = async (): Promise<void> => {
    const result = await action.run(() => services.saveMapping(overrides as MappingOverrides, language));
    if (result) {
      onAnalysis(result);
      setOverrides({});
      setSaved(true);
    }
  };
  const edit = (kind: TableKind, change: (current: TableOverride) => TableOverride): void => {
    setSaved(false);
    setOverrides((all) => ({ ...all, [kind]: change(all[kind] ?? { columns: {} }) }));
  };
  const dirty = Object.keys(overrides).length > 0;
  // No invoice list yet (an empty workbook, a sheet of blanks, a summary refused): no row was read.
  const invoiceList = analysis?.tables.some((table) => table.kind === "invoices" && table.sourceName !== undefined) ?? false;

  return (
    <section className={styles.screen} aria-labelledby="ledger-heading">
      <h2 id="ledger-heading" className={styles.heading}>
        {t("ledger.title")}
      </h2>
      <div className={styles.row}>
        <Button onClick={analyze} disabled={action.busy}>
          {analysis ? t("ledger.refresh") : t("ledger.analyze")}
        </Button>
        {action.busy && <Spinner size="tiny" label={t("app.busy")} />}
      </div>
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {analysis && (
        <>
          <p className={styles.muted}>{t("ledger.asOf", { date: analysis.asOf })}</p>
          {analysis.unread && analysis.unread.rowsWithMoney > 0 && <UnreadBanner unread={analysis.unread} />}
          {analysis.refused && (
            <InfoBar intent="warning">
              {t(`ledger.refused.${analysis.refused.kind ?? "aging"}`, {
                sheet: analysis.refused.sheet,
                row: analysis.refused.headerRow,
                columns: analysis.refused.buckets.map((column) => `“${column}”`).join(t("ledger.listSeparator")),
              })}
            </InfoBar>
          )}
          {!analysis.refused && !invoiceList && <InfoBar intent="warning">{t("ledger.noInvoiceList", { table: "Invoices" })}</InfoBar>}
          {analysis.inferred && <ReadAs inferred={analysis.inferred} />}
          <h3 className={styles.subheading}>{t("ledger.tables")}</h3>
          {analysis.tables.map((table) => (
            <TableMapping
              key={table.kind}
              table={table}
              override={overrides[table.kind]}
              onSource={(sourceId) => edit(table.kind, (current) => ({ ...current, sourceId }))}
              onColumn={(field, column) =>
                edit(table.kind, (current) => ({ ...current, columns: { ...current.columns, [field]: column } }))
              }
            />
          ))}
          <div className={styles.row}>
            <Button appearance="primary" onClick={save} disabled={!dirty || action.busy}>
              {t("ledger.saveMapping")}
            </Button>
          </div>
          {saved && <InfoBar intent="success">{t("ledger.mappingSaved")}</InfoBar>}
          <IssueList issues={analysis.issues} readNothing={!invoiceList} />
        </>
      )}
    </section>
  );
}

function TableMapping(props: {
  table: DetectedTable;
  override?: TableOverride;
  onSource: (sourceId: string) => void;
  onColumn: (field: string, column: string | null) => void;
}): React.JSX.Element {
  const { t, fieldName } = useI18n();
  const styles = useScreenStyles();
  const { table, override } = props;
  const tableName = t(`table.${table.kind}`);
  const sourceId = override?.sourceId ?? table.sourceId;
  const source = table.candidates.find((candidate) => candidate.id === sourceId);
  const headers = source?.headers ?? [];
  const headingId = `mapping-${table.kind}`;

  const status =
    table.sourceName === undefined
      ? t("ledger.notFound")
      : t("ledger.found", {
          source: table.sourceName,
          how: table.how ? t(`how.${table.how}`) : "",
          confidence: Math.round((table.confidence ?? 0) * 100),
        });

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subheading}>
        {tableName}
      </h4>
      <span className={styles.muted}>{status}</span>
      {table.customerFromTitles && <InfoBar intent="info">{t("ledger.customerFromTitles")}</InfoBar>}
      {table.missingRequired.length > 0 && (
        <InfoBar intent="warning">
          {t("ledger.missing", { fields: table.missingRequired.map(fieldName).join(t("ledger.listSeparator")) })}
        </InfoBar>
      )}
      <Field label={t("ledger.source", { table: tableName })}>
        <Select value={sourceId ?? ""} onChange={(_, data) => props.onSource(data.value)}>
          {sourceId === undefined && <option value="">{t("ledger.noSource")}</option>}
          {table.candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.tableName !== undefined ? t("ledger.sourceTable", { table: candidate.tableName }) : candidate.label}
            </option>
          ))}
        </Select>
      </Field>
      {table.fields.map((mapping) => {
        const overridden = override?.columns[mapping.field];
        const detected = mapping.column !== undefined && headers.includes(mapping.column) ? mapping.column : "";
        const value = overridden === undefined ? detected : overridden ?? "";
        const label = t("ledger.fieldLabel", { field: fieldName(mapping.field) });
        return (
          <Field
            key={mapping.field}
            label={mapping.required ? t("ledger.required", { label }) : label}
            validationState={mapping.required && value === "" ? "warning" : "none"}
          >
            <Select value={value} onChange={(_, data) => props.onColumn(mapping.field, data.value === "" ? null : data.value)}>
              <option value="">{t("ledger.notMapped")}</option>
              {headers.map((header, index) => (
                <option key={`${index}:${header}`} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}

/** Rows with money that were not read: how many and for how much (the engine's sentence), on every check. */
function UnreadBanner(props: { unread: UnreadSummary }): React.JSX.Element {
  const { t, language } = useI18n();
  return <InfoBar intent="warning">{t("ledger.unread", { sentence: props.unread.sentence[language] })}</InfoBar>;
}

/** What the engine worked out where the workbook does not say, each with where it came from. */
function ReadAs(props: { inferred: InferredReading }): React.JSX.Element {
  const { t } = useI18n();
  const styles = useScreenStyles();
  const { inferred } = props;
  const dateOrder = (order: string): string =>
    ["mdy", "dmy", "both", "undecided", "option", "option-mdy", "option-dmy"].includes(order) ? t(`ledger.dateOrder.${order as "mdy"}`) : order;
  return (
    <section aria-labelledby="read-as-heading">
      <h3 id="read-as-heading" className={styles.subheading}>
        {t("ledger.readAs")}
      </h3>
      <ul className={styles.list}>
        <li>{t("ledger.readAsCurrency", { currency: inferred.currency, source: t(`ledger.source.${inferred.currencySource}`) })}</li>
        <li>{t("ledger.readAsLanguage", { language: t(`settings.defaultLanguage.${inferred.language}`), source: t(`ledger.source.${inferred.languageSource}`) })}</li>
        {Object.entries(inferred.dateOrders).map(([column, order]) => (
          <li key={column}>{t("ledger.readAsDates", { column, order: dateOrder(order) })}</li>
        ))}
      </ul>
      <p className={styles.muted}>{t("ledger.readAsHint")}</p>
    </section>
  );
}
