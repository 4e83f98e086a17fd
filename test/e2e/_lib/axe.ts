/**
 * Runs axe-core (the installed package, injected as a script) on the page as it is now and returns
 * the violations whose impact is serious or critical.
 */
import type { Page } from "playwright-core";

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

const AXE_PATH = require.resolve("axe-core/axe.min.js");

/** All violations (any impact) of the whole document. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> } }).axe;
    // Fluent UI's focus manager (tabster) puts focusable, aria-hidden <i data-tabster-dummy> guards
    // around tab lists and dialogs on purpose: they hand focus on at once and must stay hidden from
    // screen readers. axe reports them as aria-hidden-focus, a known false positive
    // (microsoft/tabster#288, microsoft/fluentui#25133), so they are left out of the scan.
    // Hidden tab panels are left out too: axe skips hidden content anyway, but walking it is what
    // makes a run slow once Statements and Reminders list hundreds of customers.
    const context = { include: [["html"]], exclude: [["[data-tabster-dummy]"], ['[role="tabpanel"][hidden]']] };
    const { violations } = await axe.run(context as unknown as Document, { resultTypes: ["violations"] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      targets: v.nodes.map((node) => node.target.map(String).join(" ")),
    }));
  });
}

/** Only what blocks a keyboard or screen-reader user: impact serious or critical. */
export function seriousOrCritical(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => f.impact === "serious" || f.impact === "critical");
}

export function describeFindings(screen: string, findings: readonly AxeFinding[]): string {
  return findings
    .map((f) => `[${screen}] ${f.impact} ${f.id}: ${f.help}\n    ${f.targets.slice(0, 8).join("\n    ")}${f.targets.length > 8 ? `\n    …and ${f.targets.length - 8} more` : ""}`)
    .join("\n");
}
