/**
 * The language of the functions' messages: Excel's display language (the shared runtime has
 * `Office.context.displayLanguage`, e.g. "zh-CN"), so a #VALUE! tooltip in a Chinese Excel reads
 * in Chinese. Outside Office (tests, the browser) English. Read when an error is shown, not
 * cached: it costs nothing next to making the error, and the host sets it after loading.
 */
import type { Language } from "../core/model";

/**
 * @example functionsLanguage() //=> "zh" in an Excel whose display language is zh-CN
 */
export function functionsLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const tag = office?.context?.displayLanguage;
  return typeof tag === "string" && /^zh\b/i.test(tag) ? "zh" : "en";
}
