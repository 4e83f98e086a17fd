/** @jest-environment jsdom */
import { copyText } from "../../../src/taskpane/components/copyText";

describe("copyText", () => {
  it("uses the async Clipboard API when it works", async () => {
    const writeText = jest.fn(async () => undefined);
    expect(await copyText("draft", document, { writeText } as unknown as Clipboard)).toBe(true);
    expect(writeText).toHaveBeenCalledWith("draft");
  });

  it("falls back to execCommand('copy') on a hidden text area when the Clipboard API is refused", async () => {
    const writeText = jest.fn(async () => {
      throw new Error("NotAllowedError");
    });
    let copied = "";
    (document as unknown as { execCommand: (command: string) => boolean }).execCommand = (command: string) => {
      copied = command === "copy" ? (document.activeElement as HTMLTextAreaElement | null)?.value ?? (document.querySelector("textarea")?.value ?? "") : "";
      return true;
    };
    expect(await copyText("Subject: x", document, { writeText } as unknown as Clipboard)).toBe(true);
    expect(copied).toBe("Subject: x");
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("reports failure when neither way works", async () => {
    (document as unknown as { execCommand: (command: string) => boolean }).execCommand = () => false;
    expect(await copyText("x", document, undefined)).toBe(false);
  });
});
