/** The dunning policy as an editable table: stage, from days overdue, fee; plus grace, minimum, rate. */
import * as React from "react";
import { Button, Checkbox, Field, Input } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useScreenStyles } from "../components/styles";
import type { DraftErrors, SettingsDraft, StageDraft } from "./settingsDraft";

export function PolicyEditor(props: {
  draft: SettingsDraft;
  errors: DraftErrors;
  update: (change: Partial<SettingsDraft>) => void;
}): React.JSX.Element {
  const { t, stageName } = useI18n();
  const styles = useScreenStyles();
  const { draft, errors } = props;
  const setStage = (index: number, change: Partial<StageDraft>) =>
    props.update({ stages: draft.stages.map((stage, i) => (i === index ? { ...stage, ...change } : stage)) });
  const invalid = (key: string, kind: "integer" | "decimal") =>
    errors[key] === undefined ? undefined : kind === "integer" ? t("settings.numberInvalid") : t("settings.decimalInvalid");

  return (
    <section aria-labelledby="policy-heading" className={styles.screen} style={{ padding: 0 }}>
      <h3 id="policy-heading" className={styles.subheading}>
        {t("settings.dunning")}
      </h3>
      <ul className={styles.list} aria-label={t("settings.dunning")}>
        {draft.stages.map((stage, index) => {
          const label = stageName(stage.name) || String(index + 1);
          return (
            <li key={index} className={styles.card}>
              <Field label={t("settings.stageRow", { stage: label, field: t("settings.stageName") })}>
                <Input value={stage.name} onChange={(_, data) => setStage(index, { name: data.value })} />
              </Field>
              <div className={styles.row}>
                <Field
                  label={t("settings.stageRow", { stage: label, field: t("settings.fromDays") })}
                  validationMessage={invalid(`stage.${index}.fromDays`, "integer")}
                >
                  <Input inputMode="numeric" value={stage.fromDays} onChange={(_, data) => setStage(index, { fromDays: data.value })} />
                </Field>
                <Field
                  label={t("settings.stageRow", { stage: label, field: t("settings.fee") })}
                  validationMessage={invalid(`stage.${index}.fee`, "decimal")}
                >
                  <Input inputMode="decimal" value={stage.fee} onChange={(_, data) => setStage(index, { fee: data.value })} />
                </Field>
              </div>
              <div>
                <Button
                  size="small"
                  onClick={() => props.update({ stages: draft.stages.filter((_, i) => i !== index) })}
                  aria-label={`${t("settings.removeStage")} ${label}`}
                >
                  {t("settings.removeStage")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <div>
        <Button
          size="small"
          onClick={() => props.update({ stages: [...draft.stages, { name: "", fromDays: "", fee: "0" }] })}
        >
          {t("settings.addStage")}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t("settings.graceDays")} validationMessage={invalid("graceDays", "integer")}>
          <Input inputMode="numeric" value={draft.graceDays} onChange={(_, data) => props.update({ graceDays: data.value })} />
        </Field>
        <Field label={t("settings.daysBetweenNotices")} validationMessage={invalid("daysBetweenNotices", "integer")}>
          <Input inputMode="numeric" value={draft.daysBetweenNotices} onChange={(_, data) => props.update({ daysBetweenNotices: data.value })} />
        </Field>
        <Field label={t("settings.minAmount")} validationMessage={invalid("minAmount", "decimal")}>
          <Input inputMode="decimal" value={draft.minAmount} onChange={(_, data) => props.update({ minAmount: data.value })} />
        </Field>
        <Field label={t("settings.annualRate")} validationMessage={invalid("annualRate", "decimal")}>
          <Input inputMode="decimal" value={draft.annualRate} onChange={(_, data) => props.update({ annualRate: data.value })} />
        </Field>
      </div>
      <Checkbox
        checked={draft.oneStepAtATime}
        onChange={(_, data) => props.update({ oneStepAtATime: data.checked === true })}
        label={t("settings.oneStep")}
      />
    </section>
  );
}
