/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Boot } from "../../src/taskpane/Boot";
import { fakeServices } from "./fakeServices";

const FAILED_MESSAGE = "AR Desk pane: services could not load";

describe("Boot", () => {
  it("shows a starting line at once, then the browser pane", async () => {
    const services = fakeServices({ host: "browser" });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    render(
      <Boot
        detectHost={async () => {
          await gate;
          return { host: "browser", reason: "no-office" };
        }}
        loadServices={async (host) => {
          expect(host).toBe("browser");
          return services;
        }}
        navigatorLanguage="en-US"
      />,
    );
    expect(screen.getByText("Starting AR Desk…")).toBeTruthy();
    release();
    expect(await screen.findByRole("button", { name: "Open workbook…" })).toBeTruthy();
  });

  it("uses Office's display language inside Excel", async () => {
    render(
      <Boot
        detectHost={async () => ({ host: "excel", reason: "excel", displayLanguage: "zh-CN" })}
        loadServices={async () => fakeServices()}
        navigatorLanguage="en-US"
      />,
    );
    expect(await screen.findByRole("tab", { name: "台账" })).toBeTruthy();
  });

  it("keeps waiting for a slow Excel, says so, and still starts inside Excel when Office answers", async () => {
    let answer!: (info: { host: "excel"; reason: "excel" }) => void;
    const loadServices = jest.fn(async () => fakeServices());
    render(<Boot detectHost={() => new Promise((resolve) => (answer = resolve))} loadServices={loadServices} navigatorLanguage="en-US" slowStartMs={20} />);
    expect(await screen.findByText("Excel is taking a while to start AR Desk")).toBeTruthy();
    expect(loadServices).not.toHaveBeenCalled();
    await act(async () => answer({ host: "excel", reason: "excel" }));
    expect(await screen.findByRole("tab", { name: "Ledger" })).toBeTruthy();
    expect(loadServices).toHaveBeenCalledWith("excel");
  });

  it("goes on without Excel only when the clerk asks", async () => {
    const loadServices = jest.fn(async () => fakeServices({ host: "browser" }));
    render(<Boot detectHost={() => new Promise(() => undefined)} loadServices={loadServices} navigatorLanguage="zh-CN" slowStartMs={20} />);
    fireEvent.click(await screen.findByRole("button", { name: "不使用 Excel 继续" }));
    expect(await screen.findByRole("button", { name: "打开工作簿…" })).toBeTruthy();
    expect(loadServices).toHaveBeenCalledWith("browser");
  });

  it("shows why the services could not start instead of a blank pane", async () => {
    render(
      <Boot
        detectHost={async () => ({ host: "browser", reason: "no-office" })}
        loadServices={async (host) => {
          throw new Error(`${FAILED_MESSAGE} (${host})`);
        }}
        navigatorLanguage="zh-CN"
      />,
    );
    expect(await screen.findByText("加载项无法启动")).toBeTruthy();
    expect(screen.getByText(`${FAILED_MESSAGE} (browser)`)).toBeTruthy();
  });
});
