/**
 * Overview for the credit controller: per currency the total AR, overdue and its share, aging
 * bars (plain CSS, no chart library), DSO, customers over their limit and the top overdue.
 */
import * as React from "react";
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { Analysis, CurrencyOverview } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";
import { agingLabel } from "../../workbook/layout";

const useBarStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  barTrack: { height: "10px", backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusSmall, overflow: "hidden" },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  barOverdue: { height: "100%", backgroundColor: tokens.colorPaletteRedBackground3 },
});

export interface OverviewScreenProps {
  readonly analysis?: Analysis;
  readonly onAnalysis: (analysis: Analysis) => void;
}

export function OverviewScreen(props: OverviewScreenProps): React.JSX.Element {
  const { t } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const refresh = async (): Promise<void> => {
    const result = await action.run(() => services.analyze());
    if (result) props.onAnalysis(result);
  };
  const overview = props.analysis?.overview;
  return (
    <section className={styles.screen} aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={styles.heading}>
        {t("overview.title")}
      </h2>
      <div className={styles.row}>
        <Button onClick={refresh} disabled={action.busy}>
          {t("ledger.refresh")}
        </Button>
        {action.busy && <Spinner size="tiny" label={t("app.busy")} />}
      </div>
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {props.analysis && <p className={styles.muted}>{t("ledger.asOf", { date: props.analysis.asOf })}</p>}
      {overview && overview.length === 0 && <p>{props.analysis?.ready === false ? t("app.notReady") : t("overview.empty")}</p>}
      {overview?.map((currency) => <CurrencyCard key={currency.currency} overview={currency} />)}
    </section>
  );
}

function CurrencyCard({ overview }: { overview: CurrencyOverview }): React.JSX.Element {
  const { t, language, stageName } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const bars = useBarStyles();
  const money = (amount: Parameters<typeof services.formatMoney>[0]) => services.formatMoney(amount, language);
  const headingId = `overview-${overview.currency}`;
  const largest = Math.max(0, ...overview.buckets.map((bucket) => bucket.amount.minor));
  const percent = `${Math.round(overview.overdueShare * 1000) / 10}%`;

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t("overview.currency", { currency: overview.currency })}
      </h3>
      <dl className={bars.figures}>
        <dt className={bars.term}>{t("overview.totalAr")}</dt>
        <dd className={bars.value}>{money(overview.totalAr)}</dd>
        {overview.unapplied.minor > 0 && (
          <>
            <dt className={bars.term}>{t("overview.unapplied")}</dt>
            <dd className={bars.value}>{money(overview.unapplied)}</dd>
          </>
        )}
        <dt className={bars.term}>{t("overview.overdue")}</dt>
        <dd className={bars.value}>{money(overview.overdue)}</dd>
        <dt className={bars.term}>{t("overview.overdueShare")}</dt>
        <dd className={bars.value}>{percent}</dd>
        <dt className={bars.term}>{t("overview.dso", { days: overview.dsoWindowDays })}</dt>
        <dd className={bars.value}>
          {overview.dso === undefined ? t("overview.dsoNone") : t("overview.dsoValue", { days: overview.dso })}
        </dd>
      </dl>
      {overview.overdue.minor > overview.totalAr.minor && (
        <p className={styles.muted}>{t("overview.overdueAboveTotal", { amount: money(overview.unapplied) })}</p>
      )}

      <h4 className={styles.subheading}>{t("overview.aging")}</h4>
      <ul className={styles.list} aria-label={`${t("overview.aging")} ${overview.currency}`}>
        {overview.buckets.map((bucket, index) => {
          const width = largest > 0 && bucket.amount.minor > 0 ? Math.max(1, (bucket.amount.minor / largest) * 100) : 0;
          return (
            <li key={bucket.label}>
              <span>{t("overview.agingBar", { label: agingLabel(bucket.label, language), amount: money(bucket.amount) })}</span>
              <div className={bars.barTrack} aria-hidden="true">
                <div className={index === 0 ? bars.bar : bars.barOverdue} style={{ width: `${width}%` }} data-testid="aging-bar" />
              </div>
            </li>
          );
        })}
      </ul>

      <h4 className={styles.subheading}>{t("overview.overLimit")}</h4>
      {overview.overLimit.length === 0 ? (
        <p>{t("overview.noneOverLimit")}</p>
      ) : (
        <ul className={styles.list}>
          {overview.overLimit.map((customer) => (
            <li key={customer.customerId}>
              <strong>{customer.name}</strong>{" "}
              <span>
                {t("overview.overLimitLine", {
                  limit: money(customer.limit),
                  exposure: money(customer.exposure),
                  over: money({ currency: customer.available.currency, minor: -customer.available.minor }),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h4 className={styles.subheading}>{t("overview.topOverdue")}</h4>
      {overview.topOverdue.length === 0 ? (
        <p>{t("overview.noneOverdue")}</p>
      ) : (
        <ol className={styles.list}>
          {overview.topOverdue.map((customer) => (
            <li key={customer.customerId}>
              <strong>{customer.name}</strong>{" "}
              <span>
                {t("overview.overdueLine", {
                  amount: money(customer.overdue),
                  days: customer.oldestDaysOverdue,
                  stage: stageName(customer.stage),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
