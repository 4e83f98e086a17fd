/**
 * Puts text on the clipboard from the task pane. Desktop Excel's webviews refuse downloads, so a
 * reminder draft reaches the mail program this way (or through its mailto link). The async
 * Clipboard API can be missing or refused inside an add-in's frame; the older `execCommand("copy")`
 * on a hidden text area is then tried, during the same click.
 * @returns true when one of the two ways reported success.
 */
export async function copyText(text: string, doc: Document = document, clipboard: Clipboard | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions policy of the add-in frame): fall back below.
    }
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } finally {
    area.remove();
  }
}
