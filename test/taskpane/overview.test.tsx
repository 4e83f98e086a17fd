/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { OverviewScreen } from "../../src/taskpane/screens/OverviewScreen";
import { fakeServices, sampleAnalysis } from "./fakeServices";
import { renderScreen } from "./renderPane";

describe("OverviewScreen", () => {
  it("shows totals, overdue share, aging bars, DSO, over-limit and top overdue per currency (en)", () => {
    renderScreen(<OverviewScreen analysis={sampleAnalysis()} onAnalysis={() => undefined} />, fakeServices());
    expect(screen.getByRole("heading", { level: 2, name: "Overview" })).toBeTruthy();
    const usd = screen.getByRole("region", { name: "USD" });
    expect(within(usd).getByText("Total receivables")).toBeTruthy();
    expect(within(usd).getByText("USD 12,500.00")).toBeTruthy();
    expect(within(usd).getByText("40%")).toBeTruthy();
    expect(within(usd).getByText("DSO (90 days)")).toBeTruthy();
    expect(within(usd).getByText("42 days")).toBeTruthy();
    expect(within(usd).getByText("1-30: USD 3,000.00")).toBeTruthy();
    const bars = within(usd).getAllByTestId("aging-bar");
    expect(bars.map((bar) => bar.style.width)).toEqual(["100%", "40%", `${(100_000 / 750_000) * 100}%`, "0%", `${(100_000 / 750_000) * 100}%`]);
    expect(within(usd).getByText("limit USD 5,000.00, owes USD 6,200.00, over by USD 1,200.00")).toBeTruthy();
    expect(within(usd).getByText("USD 4,000.00 overdue, oldest 95 days, Collections")).toBeTruthy();
    const cny = screen.getByRole("region", { name: "CNY" });
    expect(within(cny).getByText("No customer is over the credit limit.")).toBeTruthy();
    expect(within(cny).getByText("Nothing is overdue.")).toBeTruthy();
    expect(within(cny).getByText("n/a")).toBeTruthy();
  });

  it("shows the same figures in Chinese", () => {
    renderScreen(<OverviewScreen analysis={sampleAnalysis()} onAnalysis={() => undefined} />, fakeServices(), "zh");
    expect(screen.getByRole("heading", { level: 2, name: "概览" })).toBeTruthy();
    const cny = screen.getByRole("region", { name: "CNY" });
    expect(within(cny).getByText("应收账款总额")).toBeTruthy();
    expect(within(cny).getByText("¥88,000.00")).toBeTruthy();
    expect(within(cny).getByText("没有逾期款项。")).toBeTruthy();
    const usd = screen.getByRole("region", { name: "USD" });
    expect(within(usd).getByText("逾期 USD 4,000.00，最长 95 天，移交催收")).toBeTruthy();
    expect(within(usd).getByText("42 天")).toBeTruthy();
    // Bucket labels as the Chinese statements print them, not the engine's English.
    expect(within(cny).getByText("未到期：¥88,000.00")).toBeTruthy();
    expect(within(usd).getByText("90天以上：USD 1,000.00")).toBeTruthy();
    expect(within(usd).queryByText(/^Current/)).toBeNull();
  });

  it("shows unapplied credit as its own line, and says why overdue exceeds total receivables", () => {
    const analysis = sampleAnalysis();
    const [usd, cny] = analysis.overview;
    // USD 3,000.00 open and overdue, USD 2,500.00 paid without an invoice: total AR 500.00, overdue 3,000.00.
    const credit = { ...usd, totalAr: { currency: "USD", minor: 50_000 }, overdue: { currency: "USD", minor: 300_000 }, unapplied: { currency: "USD", minor: 250_000 }, overdueShare: 1 };
    renderScreen(<OverviewScreen analysis={{ ...analysis, overview: [credit, cny] }} onAnalysis={() => undefined} />, fakeServices());
    const region = screen.getByRole("region", { name: "USD" });
    expect(within(region).getByText("Unapplied credit")).toBeTruthy();
    expect(within(region).getByText("USD 2,500.00")).toBeTruthy();
    expect(within(region).getByText(/^Overdue is more than total receivables because USD 2,500.00 of payments and credits is not yet matched to an invoice/)).toBeTruthy();
    // No unapplied credit, no line and no explanation.
    expect(within(screen.getByRole("region", { name: "CNY" })).queryByText("Unapplied credit")).toBeNull();
  });

  it("refreshes through analyze()", async () => {
    const services = fakeServices();
    const seen: unknown[] = [];
    renderScreen(<OverviewScreen onAnalysis={(analysis) => seen.push(analysis)} />, services);
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(services.calls).toEqual([["analyze"]]);
  });
});

test("with no invoice list yet, the Overview points to the Ledger tab instead of claiming nothing is owed", () => {
  const notReady = { ...sampleAnalysis(), ready: false, overview: [] };
  renderScreen(<OverviewScreen analysis={notReady} onAnalysis={() => undefined} />, fakeServices());
  expect(screen.getByText("Map the required tables and columns on the Ledger tab first.")).toBeTruthy();
  expect(screen.queryByText("No open receivables.")).toBeNull();
  renderScreen(<OverviewScreen analysis={{ ...notReady, ready: true }} onAnalysis={() => undefined} />, fakeServices(), "zh");
  expect(screen.getByText("没有未结应收款。")).toBeTruthy();
});

