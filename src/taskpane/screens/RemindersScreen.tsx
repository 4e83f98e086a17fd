/**
 * Reminders: customers grouped by stage with their overdue amounts, a preview of each draft,
 * checkboxes to choose, *Create drafts*; then the Reminders sheet link and the .eml zip download.
 * Where the host cannot download (desktop Excel's webview), no .eml file is promised: each
 * customer gets *Copy draft* (clipboard) and an email link instead, and the message says so.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, Link } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { ReminderCandidate, ReminderPreview, RemindersResult } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar, InfoBar } from "../components/ErrorBar";
import { useScreenStyles } from "../components/styles";
import { isIsoDate, sheetAddress } from "../paneText";
// Issue 11 point 8 (no downloads on desktop): copy and email link per customer.
import { copyText } from "../components/copyText";
import { mailtoLink } from "../../workbook/layout";

export interface RemindersScreenProps {
  readonly ready: boolean;
  readonly defaultIncludeUpcoming?: boolean;
}

export function RemindersScreen(props: RemindersScreenProps): React.JSX.Element {
  const { t, language, stageName } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const [asOf, setAsOf] = React.useState(() => services.today());
  const [includeUpcoming, setIncludeUpcoming] = React.useState(props.defaultIncludeUpcoming ?? false);
  const [letters, setLetters] = React.useState(true);
  const [calledOn, setCalledOn] = React.useState<ReadonlyMap<string, string>>(new Map());
  const [preview, setPreview] = React.useState<ReminderPreview | undefined>(undefined);
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = React.useState<RemindersResult | undefined>(undefined);
  const asOfValid = isIsoDate(asOf);
  React.useEffect(() => {
    if (props.defaultIncludeUpcoming !== undefined) setIncludeUpcoming(props.defaultIncludeUpcoming);
  }, [props.defaultIncludeUpcoming]);

  const find = async (): Promise<void> => {
    setResult(undefined);
    const outcome = await action.run(() => services.previewReminders({ asOf, includeUpcoming, letters }));
    setCalledOn(new Map());
    if (outcome) {
      setPreview(outcome);
      setSelected(new Set(outcome.candidates.map((candidate) => candidate.customerId)));
    }
  };
  const create = async (): Promise<void> => {
    if (!preview) return;
    const ids = preview.candidates.map((candidate) => candidate.customerId).filter((id) => selected.has(id));
    const outcome = await action.run(() => services.createReminders(ids, { asOf: preview.asOf, includeUpcoming, letters, language }));
    if (outcome) setResult(outcome);
  };
  const logCall = async (candidate: ReminderCandidate): Promise<void> => {
    if (!preview) return;
    const outcome = await action.run(() => services.logCall(candidate.customerId, { asOf: preview.asOf, includeUpcoming, language }));
    if (outcome) setCalledOn((current) => new Map(current).set(candidate.customerId, preview.asOf));
  };
  const toggle = (customerId: string, on: boolean): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(customerId);
      else next.delete(customerId);
      return next;
    });

  const groups = preview
    ? preview.stages
        .map((stage) => ({ stage, candidates: preview.candidates.filter((candidate) => candidate.stage === stage) }))
        .filter((group) => group.candidates.length > 0)
        .reverse() // most urgent first
    : [];
  const toCall = preview ? preview.candidates.filter((candidate) => candidate.action !== undefined) : [];
  const allSelected = preview !== undefined && preview.candidates.length > 0 && selected.size === preview.candidates.length;

  return (
    <section className={styles.screen} aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" className={styles.heading}>
        {t("reminders.title")}
      </h2>
      {!props.ready && <InfoBar intent="warning">{t("app.notReady")}</InfoBar>}
      <Field label={t("reminders.asOf")} validationState={asOfValid ? "none" : "error"}>
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} className={styles.fullWidth} />
      </Field>
      <Checkbox
        checked={includeUpcoming}
        onChange={(_, data) => setIncludeUpcoming(data.checked === true)}
        label={t("reminders.includeUpcoming")}
      />
      <Checkbox checked={letters} onChange={(_, data) => setLetters(data.checked === true)} label={t("reminders.letters")} />
      <div className={styles.row}>
        <Button onClick={find} disabled={!props.ready || !asOfValid || action.busy}>
          {t("reminders.find")}
        </Button>
      </div>
      <ErrorBar message={action.error} onDismiss={action.clearError} />
      {preview && preview.candidates.length === 0 && <p>{t("reminders.none", { date: preview.asOf })}</p>}
      {preview && preview.heldBack > 0 && <p>{t("reminders.heldBack", { count: preview.heldBack, days: preview.daysBetweenNotices })}</p>}
      {preview && preview.candidates.length > 0 && (
        <>
          <Checkbox
            checked={allSelected ? true : selected.size === 0 ? false : "mixed"}
            onChange={(_, data) =>
              setSelected(data.checked === true ? new Set(preview.candidates.map((candidate) => candidate.customerId)) : new Set())
            }
            label={t("reminders.selectAll")}
          />
          {groups.map((group) => (
            <section key={group.stage} aria-labelledby={`stage-${slug(group.stage)}`} className={styles.screen} style={{ padding: 0 }}>
              <h3 id={`stage-${slug(group.stage)}`} className={styles.subheading}>
                {t("reminders.stageGroup", { stage: stageName(group.stage), count: group.candidates.length })}
              </h3>
              <ul className={styles.list}>
                {group.candidates.map((candidate) => (
                  <CandidateRow
                    key={candidate.customerId}
                    candidate={candidate}
                    checked={selected.has(candidate.customerId)}
                    onToggle={(on) => toggle(candidate.customerId, on)}
                  />
                ))}
              </ul>
            </section>
          ))}
          {toCall.length > 0 && (
            <section aria-labelledby="reminders-calls" className={styles.screen} style={{ padding: 0 }}>
              <h3 id="reminders-calls" className={styles.subheading}>
                {t("reminders.calls", { count: toCall.length })}
              </h3>
              <p className={styles.muted}>{t("reminders.callsNote")}</p>
              <ul className={styles.list}>
                {toCall.map((candidate) => (
                  <CallRow
                    key={candidate.customerId}
                    candidate={candidate}
                    calledOn={calledOn.get(candidate.customerId)}
                    busy={action.busy}
                    onLog={() => void logCall(candidate)}
                  />
                ))}
              </ul>
            </section>
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={create} disabled={selected.size === 0 || action.busy}>
              {t("reminders.create")}
            </Button>
            <span aria-live="polite">{t("reminders.selected", { count: selected.size })}</span>
          </div>
        </>
      )}
      {result && (
        <section aria-labelledby="reminders-result" className={styles.card}>
          <h3 id="reminders-result" className={styles.subheading}>
            {t("reminders.done", { emails: result.emails, letters: result.letters, notSent: result.notSent, logged: result.logged })}
          </h3>
          {result.letterSheets.length > 0 && <p>{t("reminders.lettersDone", { sheets: result.letterSheets.join(t("ledger.listSeparator")) })}</p>}
          {services.host === "browser" && (result.letters > 0 || result.logged > 0) && (
            <p>{t(result.letters > 0 ? "reminders.sheetsInWorkbook" : "reminders.logInWorkbook", { sheet: result.sheet })}</p>
          )}
          {result.notLogged && (
            <InfoBar intent="warning">{t("reminders.notLogged", { count: result.notLogged.length, customers: result.notLogged.join(t("ledger.listSeparator")) })}</InfoBar>
          )}
          {result.leftoversRemoved && (
            <InfoBar intent="info">{t("write.leftoversRemoved", { count: result.leftoversRemoved.length, sheets: result.leftoversRemoved.join(", ") })}</InfoBar>
          )}
          {result.leftoversKept && (
            <InfoBar intent="warning">{t("write.leftoversKept", { count: result.leftoversKept.length, sheets: result.leftoversKept.join(", ") })}</InfoBar>
          )}
          {services.host === "excel" && (
            <Link as="button" onClick={() => void action.run(() => services.goTo(sheetAddress(result.sheet)))}>
              {t("reminders.openSheet", { sheet: result.sheet })}
            </Link>
          )}
          {services.canDownload && result.download ? (
            <div>
              <Button onClick={() => void action.run(() => services.downloadResult(result.download!))}>
                {t("reminders.download")}
              </Button>
            </div>
          ) : services.canDownload ? null : (
            // Only a host that cannot download says so; with no email draft to zip there is simply nothing to download.
            <InfoBar intent="info">{t("reminders.noDownload", { sheet: result.sheet })}</InfoBar>
          )}
        </section>
      )}
    </section>
  );
}

function CandidateRow(props: { candidate: ReminderCandidate; checked: boolean; onToggle: (on: boolean) => void }): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const [open, setOpen] = React.useState(false);
  const { candidate } = props;
  const previewId = `draft-${slug(candidate.customerId)}`;
  const money = (amount: Parameters<typeof services.formatMoney>[0]) => services.formatMoney(amount, language);
  return (
    <li className={styles.card}>
      <Checkbox
        checked={props.checked}
        onChange={(_, data) => props.onToggle(data.checked === true)}
        label={candidate.name}
        aria-label={t("reminders.select", { name: candidate.name })}
      />
      <span>
        {t("reminders.customerLine", { amount: money(candidate.overdue), invoices: candidate.invoiceCount })}
      </span>
      {candidate.fees && candidate.fees.minor !== 0 && <span>{t("reminders.fees", { amount: money(candidate.fees) })}</span>}
      {candidate.interest && candidate.interest.minor !== 0 && (
        <span>{t("reminders.interest", { amount: money(candidate.interest) })}</span>
      )}
      <span className={styles.muted}>
        {candidate.channel === "email" ? candidate.email : candidate.channel === "letter" ? t("reminders.channelLetter") : t("reminders.channelNotSent")}
      </span>
      <div>
        <Button size="small" aria-expanded={open} aria-controls={previewId} onClick={() => setOpen(!open)}>
          {t("reminders.preview")}
        </Button>
      </div>
      {!services.canDownload && <DraftByHand candidate={candidate} />}
      {open && (
        <div id={previewId} role="region" aria-label={t("reminders.previewOf", { name: candidate.name })}>
          <strong>{t("reminders.subject", { subject: candidate.draft.subject })}</strong>
          <pre className={styles.pre}>{candidate.draft.text}</pre>
        </div>
      )}
    </li>
  );
}

/**
 * Issue 11 point 8: where the pane cannot save .eml files, the draft goes to the mail program by
 * the clipboard or a mailto link (subject and a short body). `Office.context.ui.openBrowserWindow`
 * is not used: it is for https pages, and a mailto link is not one.
 */
function DraftByHand({ candidate }: { candidate: ReminderCandidate }): React.JSX.Element {
  const { t } = useI18n();
  const [copied, setCopied] = React.useState<boolean | undefined>(undefined);
  const { subject, text } = candidate.draft;
  const link = candidate.email ? mailtoLink(candidate.email, subject, text) : undefined;
  const copy = async (): Promise<void> => {
    const header = candidate.email ? `To: ${candidate.email}\n` : "";
    setCopied(await copyText(`${header}Subject: ${subject}\n\n${text}`));
  };
  return (
    <div>
      <Button size="small" onClick={() => void copy()} aria-label={t("reminders.copyDraftOf", { name: candidate.name })}>
        {t("reminders.copyDraft")}
      </Button>{" "}
      {link && (
        <Link href={link} aria-label={t("reminders.emailLinkOf", { name: candidate.name })}>
          {t("reminders.emailLink")}
        </Link>
      )}
      {copied !== undefined && <span aria-live="polite"> {copied ? t("reminders.copied") : t("reminders.copyFailed")}</span>}
    </div>
  );
}

/** One customer to call: contact, email, amount and stage, the last logged call, and *Log call*. */
function CallRow(props: { candidate: ReminderCandidate; calledOn?: string; busy: boolean; onLog: () => void }): React.JSX.Element {
  const { t, language, stageName } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const { candidate } = props;
  return (
    <li className={styles.card}>
      <strong>{candidate.name}</strong>
      <span>
        {t("reminders.callLine", { contact: candidate.contact ?? candidate.name, amount: services.formatMoney(candidate.overdue, language), stage: stageName(candidate.stage) })}
      </span>
      {candidate.email && <span className={styles.muted}>{candidate.email}</span>}
      {candidate.lastCall && <span className={styles.muted}>{t("reminders.lastCall", { date: candidate.lastCall })}</span>}
      {props.calledOn ? (
        <span role="status">{t("reminders.callLogged", { date: props.calledOn })}</span>
      ) : (
        <div>
          <Button size="small" onClick={props.onLog} disabled={props.busy}>
            {t("reminders.logCall", { name: candidate.name })}
          </Button>
        </div>
      )}
    </li>
  );
}

/** An id-safe form of a stage name or customer id. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`);
}
