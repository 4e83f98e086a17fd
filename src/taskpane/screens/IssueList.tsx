/** The data issues (DESIGN §8): where, what value, why; a "go to" button selects the cell in Excel. */
import * as React from "react";
import { Badge, Button } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { PaneIssue } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";

/** Beyond this many rows the list points at the Data issues sheet instead (a pane is not a grid). */
export const MAX_LISTED_ISSUES = 200;

/** `readNothing`: no invoice list was found, so "every row was read" would not be true. */
export function IssueList(props: { issues: readonly PaneIssue[]; readNothing?: boolean }): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const errors = props.issues.filter((issue) => issue.severity === "error").length;
  // A note (info: rows skipped as totals, a customer taken from the name rows) is neither an error
  // nor a warning: counted apart, as the CLI's summary line does, so "1 warning" never labels an Info card.
  const notes = props.issues.filter((issue) => issue.severity === "info").length;
  const warnings = props.issues.length - errors - notes;
  const listed = props.issues.slice(0, MAX_LISTED_ISSUES);
  const canGoTo = services.host === "excel";

  return (
    <section aria-labelledby="issues-heading" className={styles.screen} style={{ padding: 0 }}>
      <h3 id="issues-heading" className={styles.subheading}>
        {t("ledger.issues")}
      </h3>
      {props.issues.length === 0 ? (
        <p>{props.readNothing ? t("ledger.nothingRead") : t("ledger.noIssues")}</p>
      ) : (
        <>
          <p>{notes === 0 ? t("ledger.issueCount", { errors, warnings }) : t("ledger.issueCountNotes", { errors, warnings, notes })}</p>
          <ErrorBar message={action.error} onDismiss={action.clearError} />
          <ul className={styles.list} aria-label={t("ledger.issues")}>
            {listed.map((issue, index) => {
              // Row 0: the issue is about the sheet (or a setting, or a cell past the last row), not a row.
              const column = language === "zh" && issue.columnZh !== undefined ? issue.columnZh : issue.column;
              const where =
                issue.row <= 0
                  ? column === undefined
                    ? issue.sheet
                    : t("ledger.issueWhereSheetColumn", { sheet: issue.sheet, column })
                  : column === undefined
                    ? t("ledger.issueWhere", { sheet: issue.sheet, row: issue.row })
                    : t("ledger.issueWhereColumn", { sheet: issue.sheet, row: issue.row, column });
              const target = issue.goTo;
              return (
                <li key={index} className={styles.card}>
                  <div className={styles.row}>
                    <Badge appearance="tint" color={issue.severity === "error" ? "danger" : issue.severity === "info" ? "informative" : "warning"}>
                      {t(`severity.${issue.severity}`)}
                    </Badge>
                    <span>{where}</span>
                  </div>
                  <span>
                    {language === "zh" && issue.reasonZh ? issue.reasonZh : issue.reason}
                    {issue.value !== undefined && issue.value !== "" ? ` · ${t("ledger.issueValue", { value: issue.value })}` : ""}
                  </span>
                  {canGoTo && target !== undefined && (
                    <div>
                      <Button
                        size="small"
                        aria-label={t("ledger.goToLabel", { sheet: issue.sheet, row: issue.row })}
                        onClick={() => void action.run(() => services.goTo(target))}
                      >
                        {t("ledger.goTo")}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {props.issues.length > listed.length && (
            <p>{t("ledger.moreIssues", { count: props.issues.length - listed.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
