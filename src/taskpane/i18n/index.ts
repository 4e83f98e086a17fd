export { en, type MessageKey } from "./en";
export { zh } from "./zh";
export { translator, detectLanguage, hasMessage, type Translate, type ParamsOf, type ParamNames } from "./translate";
export { I18nProvider, useI18n, type I18n } from "./I18nContext";
export { PaneError, paneErrorText } from "./paneError";
