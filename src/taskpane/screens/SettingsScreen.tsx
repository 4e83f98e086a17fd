/**
 * Settings (the AR Settings sheet): company header, payment instructions, how to read the ledger
 * (default currency, terms, date order, language), aging edges and basis, the dunning policy
 * table, reminder templates per stage × language with a live preview, and statement defaults.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Spinner, Textarea } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { PaneSettings } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar, InfoBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";
import { draftFromSettings, settingsFromDraft, type DraftErrors, type SettingsDraft } from "./settingsDraft";
import { PolicyEditor } from "./PolicyEditor";
import { TemplateEditor } from "./TemplateEditor";

export interface SettingsScreenProps {
  /** Told after a successful save, so other screens pick up new defaults. */
  readonly onSaved?: (settings: PaneSettings) => void;
}

export function SettingsScreen(props: SettingsScreenProps): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const [loaded, setLoaded] = React.useState<PaneSettings | undefined>(undefined);
  const [draft, setDraft] = React.useState<SettingsDraft | undefined>(undefined);
  const [errors, setErrors] = React.useState<DraftErrors>({});
  const [saved, setSaved] = React.useState(false);
  const { run } = action;

  const load = React.useCallback(async () => {
    const settings = await run(() => services.loadSettings());
    if (settings) {
      setLoaded(settings);
      setDraft(draftFromSettings(settings));
    }
  }, [run, services]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const update = (change: Partial<SettingsDraft>): void => {
    setSaved(false);
    setDraft((current) => (current ? { ...current, ...change } : current));
  };
  const save = async (): Promise<void> => {
    if (!draft || !loaded) return;
    const checked = settingsFromDraft(draft, loaded);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const done = await action.run(async () => {
      await services.saveSettings(checked.settings, language);
      return true;
    });
    if (done) {
      setLoaded(checked.settings);
      setSaved(true);
      props.onSaved?.(checked.settings);
    }
  };
  const hasErrors = Object.keys(errors).length > 0;
  const error = (key: string, kind: string): string | undefined =>
    errors[key] === undefined
      ? undefined
      : kind === "edges"
        ? t("settings.agingEdgesInvalid")
        : kind === "currency"
          ? t("settings.currencyInvalid")
          : kind === "integer"
          ? t("settings.numberInvalid")
          : t("settings.decimalInvalid");

  return (
    <section className={styles.screen} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={styles.heading}>
        {t("settings.title")}
      </h2>
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {!draft && action.busy && <Spinner size="tiny" label={t("app.busy")} />}
      {!draft && !action.busy && <Button onClick={() => void load()}>{t("settings.load")}</Button>}
      {draft && loaded && (
        <>
          <h3 className={styles.subheading}>{t("settings.company")}</h3>
          <Field label={t("settings.companyName")}>
            <Input value={draft.companyName} onChange={(_, data) => update({ companyName: data.value })} />
          </Field>
          <Field label={t("settings.companyAddress")}>
            <Textarea value={draft.companyAddress} resize="vertical" onChange={(_, data) => update({ companyAddress: data.value })} />
          </Field>
          <Field label={t("settings.companyEmail")}>
            <Input type="email" value={draft.companyEmail} onChange={(_, data) => update({ companyEmail: data.value })} />
          </Field>
          <Field label={t("settings.companyPhone")}>
            <Input type="tel" value={draft.companyPhone} onChange={(_, data) => update({ companyPhone: data.value })} />
          </Field>
          <Field label={t("settings.companyTaxId")}>
            <Input value={draft.companyTaxId} onChange={(_, data) => update({ companyTaxId: data.value })} />
          </Field>

          <h3 className={styles.subheading}>{t("settings.payment")}</h3>
          <Field label={t("settings.paymentInstructions")}>
            <Textarea value={draft.bank} resize="vertical" onChange={(_, data) => update({ bank: data.value })} />
          </Field>
          <Field label={t("settings.alipay")}>
            <Input value={draft.alipay} onChange={(_, data) => update({ alipay: data.value })} />
          </Field>
          <Field label={t("settings.wechat")}>
            <Input value={draft.wechat} onChange={(_, data) => update({ wechat: data.value })} />
          </Field>

          <h3 className={styles.subheading}>{t("settings.ledger")}</h3>
          <p className={styles.muted}>{t("settings.ledgerHint")}</p>
          <Field label={t("settings.defaultCurrency")} hint={t("settings.defaultCurrencyHint")} validationMessage={error("defaultCurrency", "currency")}>
            <Input value={draft.defaultCurrency} onChange={(_, data) => update({ defaultCurrency: data.value })} />
          </Field>
          <Field label={t("settings.defaultTermsDays")} validationMessage={error("defaultTermsDays", "integer")}>
            <Input inputMode="numeric" value={draft.defaultTermsDays} onChange={(_, data) => update({ defaultTermsDays: data.value })} />
          </Field>
          <Field label={t("settings.dateOrder")}>
            <Select value={draft.dateOrder} onChange={(_, data) => update({ dateOrder: data.value as SettingsDraft["dateOrder"] })}>
              <option value="">{t("settings.dateOrder.auto")}</option>
              <option value="mdy">{t("settings.dateOrder.mdy")}</option>
              <option value="dmy">{t("settings.dateOrder.dmy")}</option>
            </Select>
          </Field>
          <Field label={t("settings.defaultLanguage")}>
            <Select value={draft.defaultLanguage} onChange={(_, data) => update({ defaultLanguage: data.value as SettingsDraft["defaultLanguage"] })}>
              <option value="">{t("settings.defaultLanguage.auto")}</option>
              <option value="en">{t("settings.defaultLanguage.en")}</option>
              <option value="zh">{t("settings.defaultLanguage.zh")}</option>
            </Select>
          </Field>

          <h3 className={styles.subheading}>{t("settings.aging")}</h3>
          <Field label={t("settings.agingEdges")} validationMessage={error("edges", "edges")}>
            <Input value={draft.edges} onChange={(_, data) => update({ edges: data.value })} />
          </Field>
          <Field label={t("settings.agingBasis")}>
            <RadioGroup value={draft.agingBasis} onChange={(_, data) => update({ agingBasis: data.value as SettingsDraft["agingBasis"] })}>
              <Radio value="due" label={t("settings.basis.due")} />
              <Radio value="invoice" label={t("settings.basis.invoice")} />
            </RadioGroup>
          </Field>

          <PolicyEditor draft={draft} errors={errors} update={update} />

          <TemplateEditor draft={draft} loaded={loaded} update={update} />

          <h3 className={styles.subheading}>{t("settings.statementDefaults")}</h3>
          <Field label={t("statements.type")}>
            <RadioGroup
              value={draft.statementType}
              onChange={(_, data) => update({ statementType: data.value as SettingsDraft["statementType"] })}
            >
              <Radio value="balance-forward" label={t("statements.type.balance-forward")} />
              <Radio value="open-item" label={t("statements.type.open-item")} />
            </RadioGroup>
          </Field>
          <Field label={t("settings.confirmationSlip")}>
            <Select
              value={draft.confirmationSlip}
              onChange={(_, data) => update({ confirmationSlip: data.value as SettingsDraft["confirmationSlip"] })}
            >
              <option value="auto">{t("settings.slip.auto")}</option>
              <option value="on">{t("settings.slip.on")}</option>
              <option value="off">{t("settings.slip.off")}</option>
            </Select>
          </Field>
          <Checkbox
            checked={draft.includeUpcoming}
            onChange={(_, data) => update({ includeUpcoming: data.checked === true })}
            label={t("reminders.includeUpcoming")}
          />
          <Field label={t("settings.dsoDays")} validationMessage={error("dsoDays", "integer")}>
            <Input inputMode="numeric" value={draft.dsoDays} onChange={(_, data) => update({ dsoDays: data.value })} />
          </Field>

          <div className={styles.row}>
            <Button appearance="primary" onClick={save} disabled={action.busy}>
              {t("settings.save")}
            </Button>
          </div>
          {hasErrors && <InfoBar intent="warning">{t("settings.invalid")}</InfoBar>}
          {saved && <InfoBar intent="success">{t("settings.saved")}</InfoBar>}
        </>
      )}
    </section>
  );
}
