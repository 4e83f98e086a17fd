/** Hands the {@link PaneServices} to every screen without threading props through the tabs. */
import * as React from "react";
import type { PaneServices } from "./services/paneServices";

const ServicesContext = React.createContext<PaneServices | undefined>(undefined);

export function ServicesProvider(props: { services: PaneServices; children: React.ReactNode }): React.JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

/** The injected services. Must be inside {@link ServicesProvider}. */
export function useServices(): PaneServices {
  const services = React.useContext(ServicesContext);
  if (services === undefined) throw new Error("AR Desk pane: useServices() outside <ServicesProvider>");
  return services;
}
