/** React context carrying the pane's language and its translate function. */
import * as React from "react";
import type { Language } from "../../core/model";
import { hasMessage, translator, type Translate } from "./translate";

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  /** Stage names come from the policy: standard ones are translated, the clerk's own shown as written. */
  readonly stageName: (stage: string) => string;
  readonly fieldName: (field: string) => string;
  readonly setLanguage: (language: Language) => void;
}

const I18nContext = React.createContext<I18n | undefined>(undefined);

/** Provides the language (initially `initialLanguage`, switchable in the pane). */
export function I18nProvider(props: { initialLanguage: Language; children: React.ReactNode }): React.JSX.Element {
  const [language, setLanguage] = React.useState<Language>(props.initialLanguage);
  const value = React.useMemo<I18n>(() => {
    const t = translator(language);
    const lookup = (prefix: string) => (name: string) => {
      const key = `${prefix}.${name}`;
      return hasMessage(key) ? t(key as never) : name;
    };
    return { language, t, stageName: lookup("stage"), fieldName: lookup("field"), setLanguage };
  }, [language]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language and `t`. Must be inside {@link I18nProvider}. */
export function useI18n(): I18n {
  const value = React.useContext(I18nContext);
  if (value === undefined) throw new Error("AR Desk pane: useI18n() outside <I18nProvider>");
  return value;
}
