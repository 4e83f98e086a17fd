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
