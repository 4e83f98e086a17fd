/** Shows a failed action's message; the clerk can dismiss it. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export function ErrorBar(props: { message?: string; onDismiss?: () => void }): React.JSX.Element | null {
  const { t } = useI18n();
  if (props.message === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("app.error")}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      {props.onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={props.onDismiss}>
            {t("app.dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A success or information line. */
export function InfoBar(props: { intent?: "success" | "info" | "warning"; title?: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <MessageBar intent={props.intent ?? "info"} layout="multiline">
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
