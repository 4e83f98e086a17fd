export * from "./dso";
export * from "./paymentBehaviour";
export * from "./badDebtProvision";
export * from "./arFigures";
