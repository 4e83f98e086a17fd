/** Reminder templates per stage × language: the clerk's override or the core default, with a live preview. */
import * as React from "react";
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { Language, PaneSettings } from "../services/paneServices";
import { useScreenStyles } from "../components/styles";
import { templateFor } from "../../core/reminders";
import { overrideOf, withOverride, type SettingsDraft } from "./settingsDraft";

export function TemplateEditor(props: {
  draft: SettingsDraft;
  loaded: PaneSettings;
  update: (change: Partial<SettingsDraft>) => void;
}): React.JSX.Element {
  const { t, stageName } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const { draft } = props;
  const stages = Array.from(new Set([...draft.stages.map((stage) => stage.name), ...Object.keys(draft.templates)])).filter(
    (name) => name.trim() !== "",
  );
  const [stage, setStage] = React.useState(() => stages.find((name) => name === "Reminder 1") ?? stages[0] ?? "");
  const [language, setLanguage] = React.useState<Language>("en");
  const effective = templateFor(stage, language, draft.templates, props.loaded.dunning);
  const template = { stage, language, subject: effective.subject, body: effective.body };
  const overridden = overrideOf(draft.templates, stage, language) !== undefined;
  const previewSettings: PaneSettings = {
    ...props.loaded,
    company: { ...props.loaded.company, name: draft.companyName, addressLines: draft.companyAddress.split(/\r?\n/), email: draft.companyEmail, phone: draft.companyPhone },
    payment: { bank: draft.bank, alipay: draft.alipay || undefined, wechat: draft.wechat || undefined },
    reminderTemplates: draft.templates,
  };
  const preview = renderPreview(() => services.previewTemplate(template, previewSettings));
  const edit = (change: { subject?: string; body?: string }) =>
    props.update({
      templates: withOverride(draft.templates, stage, language, { subject: template.subject, body: template.body, ...change }),
    });

  return (
    <section aria-labelledby="templates-heading" className={styles.screen} style={{ padding: 0 }}>
      <h3 id="templates-heading" className={styles.subheading}>
        {t("settings.templates")}
      </h3>
      <div className={styles.row}>
        <Field label={t("settings.templateStage")}>
          <Select value={stage} onChange={(_, data) => setStage(data.value)}>
            {stages.map((name) => (
              <option key={name} value={name}>
                {stageName(name)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("settings.templateLanguage")}>
          <Select value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
            <option value="en">{t("language.en")}</option>
            <option value="zh">{t("language.zh")}</option>
          </Select>
        </Field>
      </div>
      <Field label={t("settings.templateSubject")}>
        <Input value={template.subject} onChange={(_, data) => edit({ subject: data.value })} />
      </Field>
      <Field label={t("settings.templateBody")} hint={t("settings.placeholders", { list: services.templatePlaceholders.join(" ") })}>
        <Textarea value={template.body} rows={8} resize="vertical" onChange={(_, data) => edit({ body: data.value })} />
      </Field>
      {overridden && (
        <div>
          <Button size="small" onClick={() => props.update({ templates: withOverride(draft.templates, stage, language, undefined) })}>
            {t("settings.resetTemplate")}
          </Button>
        </div>
      )}
      <div className={styles.card} role="region" aria-label={t("settings.livePreview")}>
        <strong>{t("settings.livePreview")}</strong>
        {preview.ok ? (
          <>
            <span>{t("reminders.subject", { subject: preview.draft.subject })}</span>
            <pre className={styles.pre}>{preview.draft.text}</pre>
          </>
        ) : (
          <span>{preview.message}</span>
        )}
      </div>
    </section>
  );
}

/** Renders the live preview; a half-typed placeholder may not render yet, so the reason is shown instead. */
function renderPreview<T>(render: () => T): { ok: true; draft: T } | { ok: false; message: string } {
  try {
    return { ok: true, draft: render() };
  } catch (caught) {
    return { ok: false, message: caught instanceof Error ? caught.message : String(caught) };
  }
}
