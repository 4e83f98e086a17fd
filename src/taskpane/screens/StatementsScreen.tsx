/**
 * Statements: month (default the previous calendar month), type, one button, a progress bar,
 * then the summary with links to the sheets written (Excel) or a download (browser).
 */
import * as React from "react";
import { Button, Field, Input, Link, ProgressBar, Radio, RadioGroup } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { Progress, StatementsResult, StatementType } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar, InfoBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";
import { isMonth, previousMonth, sheetAddress } from "../paneText";

export interface StatementsScreenProps {
  /** False while required tables/columns are missing. */
  readonly ready: boolean;
  readonly defaultType?: StatementType;
}

export function StatementsScreen(props: StatementsScreenProps): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const [month, setMonth] = React.useState(() => previousMonth(services.today()));
  const [type, setType] = React.useState<StatementType>(props.defaultType ?? "balance-forward");
  const [progress, setProgress] = React.useState<Progress | undefined>(undefined);
  const [result, setResult] = React.useState<StatementsResult | undefined>(undefined);
  const monthValid = isMonth(month);
  React.useEffect(() => {
    if (props.defaultType) setType(props.defaultType);
  }, [props.defaultType]);

  const generate = async (): Promise<void> => {
    setResult(undefined);
    setProgress({ done: 0, total: 0 });
    const outcome = await action.run(() => services.generateStatements({ month, type, language, onProgress: setProgress }));
    setProgress(undefined);
    if (outcome) setResult(outcome);
  };
  const goTo = (sheet: string) => void action.run(() => services.goTo(sheetAddress(sheet)));
  const money = (amount: Parameters<typeof services.formatMoney>[0]) => services.formatMoney(amount, language);
  const inExcel = services.host === "excel";

  return (
    <section className={styles.screen} aria-labelledby="statements-heading">
      <h2 id="statements-heading" className={styles.heading}>
        {t("statements.title")}
      </h2>
      {!props.ready && <InfoBar intent="warning">{t("app.notReady")}</InfoBar>}
      <Field
        label={t("statements.month")}
        hint={t("statements.monthHint")}
        validationState={monthValid ? "none" : "error"}
      >
        <Input type="month" value={month} onChange={(_, data) => setMonth(data.value)} className={styles.fullWidth} />
      </Field>
      <Field label={t("statements.type")}>
        <RadioGroup value={type} onChange={(_, data) => setType(data.value as StatementType)}>
          <Radio value="balance-forward" label={t("statements.type.balance-forward")} />
          <Radio value="open-item" label={t("statements.type.open-item")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={generate} disabled={!props.ready || !monthValid || action.busy}>
          {t("statements.generate")}
        </Button>
      </div>
      {progress && (
        <Field
          label={t("statements.progress", { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      )}
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {result && (
        <section aria-labelledby="statements-result" className={styles.card}>
          <h3 id="statements-result" className={styles.subheading}>
            {result.count === 0
              ? t("statements.none", { month: result.month })
              : t("statements.done", { count: result.count, month: result.month })}
          </h3>
          {result.count > 0 && (
            <>
              {inExcel ? (
                <Link as="button" onClick={() => goTo(result.indexSheet)}>
                  {t("statements.openIndex")}
                </Link>
              ) : (
                <span>{t("statements.index", { sheet: result.indexSheet })}</span>
              )}
              <h4 className={styles.subheading}>{t("statements.totals")}</h4>
              <ul className={styles.list}>
                {result.totals.map((total) => (
                  <li key={total.currency}>
                    {t("statements.totalLine", {
                      currency: total.currency,
                      closing: money(total.closing),
                      overdue: money(total.overdue),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.notes.length > 0 && (
            <>
              <h4 className={styles.subheading}>{t("statements.notes")}</h4>
              <ul>
                {result.notes.map((note, index) => (
                  <li key={index}>{t(note)}</li>
                ))}
              </ul>
            </>
          )}
          {result.leftoversRemoved && (
            <InfoBar intent="info">{t("write.leftoversRemoved", { count: result.leftoversRemoved.length, sheets: result.leftoversRemoved.join(", ") })}</InfoBar>
          )}
          {result.leftoversKept && (
            <InfoBar intent="warning">{t("write.leftoversKept", { count: result.leftoversKept.length, sheets: result.leftoversKept.join(", ") })}</InfoBar>
          )}
          {result.issues.length > 0 && <InfoBar intent="warning">{t("statements.issues", { count: result.issues.length })}</InfoBar>}
          {result.download && (
            <div>
              <Button onClick={() => void action.run(() => services.downloadResult(result.download!))}>
                {t("statements.download")}
              </Button>
            </div>
          )}
          {result.sheets.length > 0 && (
            <>
              <h4 className={styles.subheading}>{t("statements.sheets")}</h4>
              <ul className={styles.list} aria-label={t("statements.sheets")}>
                {result.sheets.map((sheet) => (
                  <li key={sheet.sheet}>
                    {inExcel ? (
                      <Link as="button" onClick={() => goTo(sheet.sheet)}>
                        {sheet.sheet}
                      </Link>
                    ) : (
                      <span>{sheet.sheet}</span>
                    )}{" "}
                    <span className={styles.muted}>
                      {sheet.sheet.includes(sheet.customerName) ? sheet.currency : `${sheet.customerName} · ${sheet.currency}`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </section>
  );
}
