/**
 * Formulas: add or remove the AR.* formula columns in one click, and a small gallery of example
 * formulas, each insertable at the selected cell (inside Excel).
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useI18n, type MessageKey } from "../i18n";
import { useServices } from "../servicesContext";
import type { FormulaColumnsResult } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar, InfoBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";

type ExampleKey = Extract<MessageKey, `formulas.ex.${string}`>;

/** The gallery: structured references into the clerk's Invoices / Customers tables. */
export const EXAMPLE_FORMULAS: readonly { readonly formula: string; readonly description: ExampleKey }[] = [
  { formula: "=AR.AGING([@DueDate])", description: "formulas.ex.aging" },
  { formula: "=AR.DAYS_OVERDUE([@DueDate])", description: "formulas.ex.daysOverdue" },
  { formula: "=AR.DUNNING_STAGE([@DueDate],[@Balance])", description: "formulas.ex.stage" },
  {
    formula: "=AR.CREDIT_AVAILABLE([@CreditLimit],Invoices[Balance],[@CustomerID],Invoices[CustomerID])",
    description: "formulas.ex.credit",
  },
  { formula: "=AR.LATE_INTEREST([@Balance],[@DueDate],0.08)", description: "formulas.ex.interest" },
  { formula: "=AR.AGING_SUMMARY(Invoices[DueDate],Invoices[Balance])", description: "formulas.ex.summary" },
];

type Outcome = { kind: "added"; result: FormulaColumnsResult } | { kind: "removed"; count: number } | { kind: "inserted"; formula: string };

export function FormulasScreen(): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const insert = services.host === "excel" ? services.insertExampleFormula?.bind(services) : undefined;

  const add = async (): Promise<void> => {
    const result = await action.run(() => services.addFormulaColumns(language));
    if (result) setOutcome({ kind: "added", result });
  };
  const remove = async (): Promise<void> => {
    const result = await action.run(() => services.removeFormulaColumns());
    if (result) setOutcome({ kind: "removed", count: result.removed });
  };

  return (
    <section className={styles.screen} aria-labelledby="formulas-heading">
      <h2 id="formulas-heading" className={styles.heading}>
        {t("formulas.title")}
      </h2>
      <p>{t("formulas.intro")}</p>
      {services.host === "excel" ? (
        <div className={styles.row}>
          <Button appearance="primary" onClick={add} disabled={action.busy}>
            {t("formulas.add")}
          </Button>
          <Button onClick={remove} disabled={action.busy}>
            {t("formulas.remove")}
          </Button>
        </div>
      ) : (
        // Formula columns live in the workbook's Excel tables: offer no button that can only fail.
        <InfoBar>{t("formulas.needsExcel")}</InfoBar>
      )}
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {outcome?.kind === "added" && (
        <InfoBar intent="success" title={t("formulas.added", { count: outcome.result.added.length })}>
          <ul className={styles.list}>
            {outcome.result.added.map((column) => (
              <li key={`${column.table}:${column.column}`}>{t("formulas.addedLine", column)}</li>
            ))}
            {outcome.result.skipped.map((column) => (
              <li key={`skip:${column.table}:${column.column}`}>
                {t("formulas.skippedLine", { table: column.table, column: column.column, reason: language === "zh" && column.reasonZh ? column.reasonZh : column.reason })}
              </li>
            ))}
          </ul>
        </InfoBar>
      )}
      {outcome?.kind === "removed" && <InfoBar intent="success">{t("formulas.removed", { count: outcome.count })}</InfoBar>}
      {outcome?.kind === "inserted" && <InfoBar intent="success">{t("formulas.inserted", { formula: outcome.formula })}</InfoBar>}

      <h3 className={styles.subheading}>{t("formulas.gallery")}</h3>
      {!insert && <p className={styles.muted}>{t("formulas.browserHint")}</p>}
      <ul className={styles.list} aria-label={t("formulas.gallery")}>
        {EXAMPLE_FORMULAS.map((example) => (
          <li key={example.formula} className={styles.card}>
            <span>{t(example.description)}</span>
            <code className={styles.code}>{example.formula}</code>
            {insert && (
              <div>
                <Button
                  size="small"
                  aria-label={t("formulas.insertLabel", { formula: example.formula })}
                  disabled={action.busy}
                  onClick={async () => {
                    const done = await action.run(async () => {
                      await insert(example.formula);
                      return true;
                    });
                    if (done) setOutcome({ kind: "inserted", formula: example.formula });
                  }}
                >
                  {t("formulas.insert")}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
