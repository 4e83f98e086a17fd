/**
 * Whether written files would open: every XML part of an .xlsx parses with a strict XML parser
 * (saxes, the parser ExcelJS itself uses), and every .eml has headers, a body and valid UTF-8.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/** The XML problems of a package: part name and parser message; empty when every part parses. */
export function xmlProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(data);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: false });
    parser.on("error", (e) => {
      throw e;
    });
    try {
      parser.write(text).close();
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message.slice(0, 200)}`);
    }
  }
  return problems;
}

/** Every .xlsx and .eml file at `target` (a file, or a folder searched one level deep). */
export function outputFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target).filter((f) => /\.(xlsx|eml)$/.test(f)).map((f) => path.join(target, f));
}

/** What is wrong with one output file (empty when it would open). */
export function outputProblems(file: string): string[] {
  const bytes = new Uint8Array(readFileSync(file));
  if (bytes.length === 0) return [`${file}: empty`];
  if (file.endsWith(".xlsx")) return xmlProblems(bytes).map((p) => `${path.basename(file)}: ${p}`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return /^[\s\S]*?\r\n\r\n[\s\S]+$/.test(text) && /^Subject: /m.test(text) ? [] : [`${file}: no headers or no body`];
  } catch {
    return [`${file}: not UTF-8`];
  }
}
