/** Renders the pane (or one screen) with the fake services, in a chosen language. */
import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/taskpane/i18n";
import { ServicesProvider } from "../../src/taskpane/servicesContext";
import type { Language, PaneServices } from "../../src/taskpane/services/paneServices";

export function renderScreen(element: React.ReactElement, services: PaneServices, language: Language = "en"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initialLanguage={language}>
        <ServicesProvider services={services}>{element}</ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}
