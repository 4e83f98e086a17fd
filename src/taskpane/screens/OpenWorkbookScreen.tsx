/**
 * Browser host, first screen: *Open workbook…* reads an .xlsx or a CSV; every flow then runs on it and
 * offers its results as downloads. The clerk's file itself is never changed.
 */
import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useServices } from "../servicesContext";
import type { OpenedWorkbook } from "../services/paneServices";
import { useAction } from "../components/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { readErrorText as refusalText, type RefusedFile } from "../../workbook/xlsx/read/readReasons";
import { useScreenStyles } from "../components/styles";

/**
 * Excel workbook packages and CSV files, as the CLI reads them (the reader recognises the content,
 * see workbook/xlsx/read/sniff.ts): a macro-enabled .xlsm or a template opens like an .xlsx, a
 * CSV or tab-separated text as the one sheet Excel would open.
 */
const PACKAGE_NAME = /\.(xlsx|xlsm|xltx|xltm|xls|csv|tsv|txt)$/i;
const XLSX_TYPES = ".xlsx,.xlsm,.xltx,.xltm,.xls,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.ms-excel,text/csv";

const READ_PROBLEMS = ["not-xlsx", "encrypted", "corrupt", "refused"] as const;
type ReadProblem = (typeof READ_PROBLEMS)[number];

export function OpenWorkbookScreen(props: { onOpened: (workbook: OpenedWorkbook) => void }): React.JSX.Element {
  const { t, language } = useI18n();
  const services = useServices();
  const styles = useScreenStyles();
  const action = useAction();
  const input = React.useRef<HTMLInputElement>(null);
  const [reading, setReading] = React.useState<string | undefined>(undefined);

  const open = async (file: File): Promise<void> => {
    const openWorkbook = services.openWorkbook;
    if (!PACKAGE_NAME.test(file.name)) {
      await action.run(() => Promise.reject(new Error(t("open.wrongType"))));
      return;
    }
    if (!openWorkbook) throw new Error("AR Desk pane: this host cannot open workbooks");
    setReading(file.name);
    const opened = await action.run(() => openWorkbook.call(services, file).catch((error: unknown) => Promise.reject(readErrorText(error))));
    setReading(undefined);
    if (opened) props.onOpened(opened);
  };

  /**
   * The reader's refusals (workbook/xlsx/read/readError.ts) name the file and why; in Chinese a
   * sentence of what it means comes first, then the file and its coded reason, limit or damage in
   * Chinese (readReasons.ts).
   */
  const readErrorText = (error: unknown): unknown => {
    const problem = (error as { name?: string; problem?: string } | undefined)?.name === "WorkbookReadError" ? (error as { problem: string }).problem : undefined;
    if (language !== "zh" || problem === undefined || !READ_PROBLEMS.includes(problem as ReadProblem)) return error;
    // No space after 。 (Chinese text is not spaced; the CLI's read.* messages join the same way).
    return new Error(`${t(`open.problem.${problem as ReadProblem}`)}${refusalText(error as RefusedFile, language)}`);
  };

  return (
    <section className={styles.screen} aria-labelledby="open-heading">
      <h2 id="open-heading" className={styles.heading}>
        {t("open.title")}
      </h2>
      <p>{t("open.intro")}</p>
      <label htmlFor="open-workbook-input" className={styles.srOnly}>
        {t("open.label")}
      </label>
      <input
        id="open-workbook-input"
        ref={input}
        type="file"
        accept={XLSX_TYPES}
        className={styles.srOnly}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void open(file);
        }}
      />
      <div>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={action.busy}>
          {t("open.button")}
        </Button>
      </div>
      {reading && <Spinner size="tiny" label={t("open.loading", { fileName: reading })} />}
      <ErrorBar message={action.error} onDismiss={action.clearError} />
    </section>
  );
}
