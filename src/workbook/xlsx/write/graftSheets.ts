/**
 * Writes AR Desk's sheets into the clerk's ORIGINAL package instead of re-saving the workbook
 * through ExcelJS (which drops charts, pivot tables, images, data validation, comments …).
 *
 * The sheets are rendered on their own by ExcelJS, then grafted in: their worksheet parts (strings
 * made inline, style indexes mapped into the clerk's styles part), one `<sheet>` and relationship
 * each, content types; then the shared package patch adds tables, links, print names, charts and
 * markers. Every other part of the clerk's package keeps its bytes, except the few shared parts
 * that must list the new sheets: [Content_Types].xml, xl/workbook.xml, its .rels, xl/styles.xml
 * (and xl/calcChain.xml when a replaced sheet had formulas in it).
 *
 * Re-running replaces only AR Desk's own sheets (found by their markers): a replaced sheet keeps
 * its tab position and sheet id, its old parts (tables, drawings, charts) are removed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetSpec } from "../../spec";
import { parseMarker } from "../../marker";
import { dirOf, parseRels, parseWorkbookXml, relsPathOf, type Relationship } from "../read/packageParts";
import { decodeEntities } from "../read/xmlText";
import { mergeStyles, remapSheetStyles } from "./mergeStyles";
import { addContentType, addContentTypes, addRelationships, patchFiles, type PackageFiles } from "./packagePatch";
import { patchForSpec } from "./sheetPatches";
import { escapeXml } from "./xmlEscape";
import { canRewrite, entryNames, rewriteZip } from "./zipRewrite";
import { renderSpecs } from "./writeWorkbook";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Thrown when the clerk's package lacks a part every workbook has (a damaged file). */
export class GraftError extends Error {
  override name = "GraftError";
}

/** Parts the graft never reads: worksheets, shared strings, pivot records, media, binaries. */
const NEVER_READ = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml|pivotCache\/pivotCacheRecords[^/]*\.xml|media\/.*|embeddings\/.*|printerSettings\/.*)$|\.bin$/;

/** Stands for a part left compressed (present, never read, copied as it is). */
const NOT_INFLATED = new Uint8Array(0);

const text = (files: PackageFiles, path: string) => {
  if (files[path] === NOT_INFLATED) throw new GraftError(`ARDesk writer: ${path} was not read`);
  return strFromU8(files[path]);
};

/** The workbook part's path, from the package's root relationships. */
function workbookPathOf(files: PackageFiles): string {
  const root = files["_rels/.rels"] ? parseRels(text(files, "_rels/.rels"), "") : [];
  const path = root.find((r) => /\/officeDocument$/.test(r.type))?.target ?? "xl/workbook.xml";
  if (!files[path]) throw new GraftError(`the workbook part ${path} is missing`);
  return path;
}

function relsOf(files: PackageFiles, part: string): Relationship[] {
  const path = relsPathOf(part);
  return files[path] ? parseRels(text(files, path), part) : [];
}

/**
 * Removes sheet parts and the parts only they use (their tables, drawings, charts, comments …),
 * with their content types. Parts that another part still points to stay.
 */
function removeSheetParts(files: PackageFiles, sheetPaths: readonly string[]): void {
  if (sheetPaths.length === 0) return;
  const doomed = new Set<string>();
  const visit = (part: string) => {
    if (doomed.has(part) || !files[part]) return;
    doomed.add(part);
    for (const r of relsOf(files, part)) if (!r.external) visit(r.target);
  };
  sheetPaths.forEach(visit);
  const sheets = new Set(sheetPaths);
  for (const path of Object.keys(files)) {
    if (!path.endsWith(".rels")) continue;
    const source = path === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (doomed.has(source)) continue;
    for (const r of parseRels(text(files, path), source)) if (!r.external && !sheets.has(r.target)) doomed.delete(r.target);
  }
  for (const part of doomed) {
    delete files[part];
    delete files[relsPathOf(part)];
  }
  const types = text(files, "[Content_Types].xml").replace(/<Override\b[^>]*\sPartName="\/([^"]+)"[^>]*\/>/g, (entry, part: string) => (doomed.has(part) ? "" : entry));
  files["[Content_Types].xml"] = strToU8(types);
}

/**
 * Drops calc chain entries of the given sheet ids (their formula cells are gone; Excel reports a
 * damaged file when the chain points to cells without formulas). `i` may be left out on an entry
 * that has the previous entry's sheet.
 */
function pruneCalcChain(files: PackageFiles, workbookPath: string, sheetIds: ReadonlySet<string>): void {
  const rels = relsOf(files, workbookPath);
  const chain = rels.find((r) => /\/calcChain$/.test(r.type));
  if (!chain || !files[chain.target] || sheetIds.size === 0) return;
  const xml = text(files, chain.target);
  let sheet = "";
  let lastKept = "";
  let dropped = 0;
  const kept = xml.replace(/<c\b[^>]*?\/>/g, (entry) => {
    const i = /\si="(\d+)"/.exec(entry)?.[1];
    if (i !== undefined) sheet = i;
    if (sheetIds.has(sheet)) {
      dropped++;
      return "";
    }
    // An entry that relied on a dropped one for its sheet now says it.
    const out = i === undefined && lastKept !== sheet ? entry.replace(/^<c\b/, `<c i="${sheet}"`) : entry;
    lastKept = sheet;
    return out;
  });
  if (dropped === 0) return;
  if (/<c\b/.test(kept)) {
    files[chain.target] = strToU8(kept);
    return;
  }
  // An empty chain is invalid: remove the part, its relationship and content type.
  delete files[chain.target];
  const relsPath = relsPathOf(workbookPath);
  files[relsPath] = strToU8(text(files, relsPath).replace(new RegExp(`<Relationship\\b[^>]*\\sId="${escapeRegExp(chain.id)}"[^>]*/>`), ""));
  files["[Content_Types].xml"] = strToU8(text(files, "[Content_Types].xml").replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(chain.target)}"[^>]*/>`), ""));
}

/** Shared-string cells made inline, so the clerk's shared strings part stays as it is. */
function inlineStrings(sheetXml: string, sharedStrings: readonly string[]): string {
  return sheetXml.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, before: string, after: string, n: string) => `<c${before} t="inlineStr"${after}><is>${sharedStrings[Number(n)] ?? ""}</is></c>`);
}

/** Removes `<definedName>` elements for which `drop` says so. */
function withoutNames(workbookXml: string, drop: (name: string, localSheetId: number | undefined, reference: string) => boolean): string {
  return workbookXml.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (whole, attrs: string, body: string) => {
    const name = decodeEntities(/\sname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const local = /\slocalSheetId="(\d+)"/.exec(attrs)?.[1];
    return drop(name, local === undefined ? undefined : Number(local), decodeEntities(body)) ? "" : whole;
  }).replace(/<definedNames>\s*<\/definedNames>/, "");
}

/** CT_Workbook children that come after <sheets>. */
const AFTER_SHEETS = ["functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** Appends `<sheet>` entries, creating <sheets> where a workbook has none (ExcelJS writes none for zero sheets). */
function withSheetEntries(workbookXml: string, entries: string): string {
  // Function replacements: a sheet name may hold "$&" or "$'", which a replacement string would expand.
  if (workbookXml.includes("</sheets>")) return workbookXml.replace("</sheets>", () => `${entries}</sheets>`);
  if (/<sheets\s*\/>/.test(workbookXml)) return workbookXml.replace(/<sheets\s*\/>/, () => `<sheets>${entries}</sheets>`);
  const next = AFTER_SHEETS.map((name) => new RegExp(`<(?:\\w+:)?${name}[\\s/>]`).exec(workbookXml)?.index ?? -1).filter((i) => i >= 0);
  const at = next.length > 0 ? Math.min(...next) : workbookXml.lastIndexOf("</");
  return `${workbookXml.slice(0, at)}<sheets>${entries}</sheets>${workbookXml.slice(at)}`;
}

/**
 * The clerk's package with the specs written into it as sheets named `names[i]`; a name in
 * `replaced` (an AR Desk sheet already there) is overwritten in place, every other name is new.
 * @throws GraftError on a package without its workbook part.
 * @example bytes = await graftSpecs(bytes, [summary], ["AR Summary"], new Set(["AR Summary"]));
 */
export async function graftSpecs(original: Uint8Array, specs: readonly SheetSpec[], names: readonly string[], replaced: ReadonlySet<string>): Promise<Uint8Array> {
  // The clerk's sheets, shared strings and media are never read: left compressed, copied as they are.
  const rewritable = canRewrite(original);
  const inflated = unzipSync(original, { filter: (f) => !rewritable || !NEVER_READ.test(f.name) });
  const files: PackageFiles = { ...inflated };
  for (const name of rewritable ? entryNames(original) : []) if (!(name in files)) files[name] = NOT_INFLATED;
  const rendered = unzipSync(await renderSpecs(specs, names));
  const workbookPath = workbookPathOf(files);
  const workbookRelsPath = relsPathOf(workbookPath);
  let workbookXml = text(files, workbookPath);
  const { sheets } = parseWorkbookXml(workbookXml);
  const workbookRels = parseRels(text(files, workbookRelsPath), workbookPath);

  // 1. Out with the old versions of AR Desk's sheets (entries stay, pointing to new parts below).
  const replacedIndex = new Set<number>();
  const replacedIds = new Set<string>();
  const slotOf = new Map<string, { relId: string }>();
  const oldParts: string[] = [];
  sheets.forEach((s, index) => {
    if (!replaced.has(s.name)) return;
    const rel = workbookRels.find((r) => r.id === s.relId);
    if (rel && files[rel.target]) oldParts.push(rel.target);
    replacedIndex.add(index);
    const entry = new RegExp(`<sheet\\b[^>]*\\s(?:\\w+:)?id="${escapeRegExp(s.relId)}"[^>]*/>`).exec(workbookXml)?.[0] ?? "";
    const id = /\ssheetId="(\d+)"/.exec(entry)?.[1];
    if (id) replacedIds.add(id);
    slotOf.set(s.name.toLowerCase(), { relId: s.relId });
  });
  removeSheetParts(files, oldParts);
  workbookXml = withoutNames(workbookXml, (name, local, reference) => {
    if (local !== undefined && replacedIndex.has(local)) return true;
    const mark = parseMarker(name, reference);
    return mark !== undefined && replaced.has(mark.sheet);
  });
  pruneCalcChain(files, workbookPath, replacedIds);

  // 2. Styles: ours appended to the clerk's.
  const stylesRel = workbookRels.find((r) => /\/styles$/.test(r.type));
  let mapping = { xf: (i: number) => i };
  if (stylesRel && files[stylesRel.target]) {
    const merged = mergeStyles(text(files, stylesRel.target), text(rendered, "xl/styles.xml"));
    files[stylesRel.target] = strToU8(merged.xml);
    mapping = merged.mapping;
  } else {
    // No styles part at all (some generators): ours becomes the workbook's.
    const path = `${dirOf(workbookPath)}styles.xml`;
    files[path] = rendered["xl/styles.xml"];
    addContentType(files, path, STYLES_CONTENT_TYPE);
    addRelationships(files, workbookRelsPath, `<Relationship Id="rIdARDeskStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  const sharedStrings = rendered["xl/sharedStrings.xml"] ? [...text(rendered, "xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]) : [];

  // 3. In with the new sheet parts.
  const renderedBook = parseWorkbookXml(text(rendered, "xl/workbook.xml"));
  const renderedRels = parseRels(text(rendered, "xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const relPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbookXml)?.[1];
  if (!relPrefix) workbookXml = workbookXml.replace(/<workbook\b/, `<workbook xmlns:r="${REL}"`);
  const prefix = relPrefix ?? "r";
  let nextSheetId = Math.max(0, ...[...workbookXml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const usedRelIds = new Set(workbookRels.map((r) => r.id));
  let newEntries = "";
  let newRels = "";
  const newTypes: [string, string][] = [];
  const retargeted = new Map<string, string>();
  const renamed = new Map<string, string>();
  const renderedSheet = new Map(renderedBook.sheets.map((s) => [s.name, renderedRels.find((r) => r.id === s.relId)]));
  const sheetDir = `${dirOf(workbookPath)}worksheets/`;
  let partNo = 0;
  for (const name of names) {
    const source = renderedSheet.get(name);
    if (!source) throw new GraftError(`sheet "${name}" was not rendered`);
    do partNo++;
    while (files[`${sheetDir}sheet${partNo}.xml`]);
    const target = `${sheetDir}sheet${partNo}.xml`;
    // Not selected: a second selected tab would open the workbook with its sheets grouped.
    const sheetXml = text(rendered, source.target).replace(/\stabSelected="(?:1|true)"/g, "");
    files[target] = strToU8(remapSheetStyles(inlineStrings(sheetXml, sharedStrings), mapping));
    newTypes.push([target, WORKSHEET_CONTENT_TYPE]);
    // ExcelJS gives a sheet relationships only for external hyperlinks: they travel unchanged.
    const sheetRels = rendered[relsPathOf(source.target)];
    if (sheetRels) files[relsPathOf(target)] = sheetRels;
    const relTarget = target.slice(dirOf(workbookPath).length);
    const slot = slotOf.get(name.toLowerCase());
    if (slot) {
      // Same entry, same tab, same sheet id: only the part (and a changed case of the name) is new.
      retargeted.set(slot.relId, relTarget);
      renamed.set(slot.relId, name);
      continue;
    }
    let relId = "";
    for (let n = 1; !relId || usedRelIds.has(relId); n++) relId = `rIdARDesk${n}`;
    usedRelIds.add(relId);
    newRels += `<Relationship Id="${relId}" Type="${REL}/worksheet" Target="${relTarget}"/>`;
    newEntries += `<sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${prefix}:id="${relId}"/>`;
  }
  if (retargeted.size > 0) {
    const relsXml = text(files, workbookRelsPath).replace(/<Relationship\b[^>]*\/>/g, (rel) => {
      const id = /\sId="([^"]*)"/.exec(rel)?.[1];
      const target = id === undefined ? undefined : retargeted.get(id);
      return target === undefined ? rel : `<Relationship Id="${id}" Type="${REL}/worksheet" Target="${escapeXml(target)}"/>`;
    });
    files[workbookRelsPath] = strToU8(relsXml);
    workbookXml = workbookXml.replace(/<sheet\b[^>]*\/>/g, (entry) => {
      const id = /\s(?:\w+:)?id="([^"]*)"/.exec(entry)?.[1];
      const name = id === undefined ? undefined : renamed.get(id);
      return name === undefined ? entry : entry.replace(/(\sname=")[^"]*"/, (_m, head: string) => `${head}${escapeXml(name)}"`);
    });
  }
  if (newEntries) workbookXml = withSheetEntries(workbookXml, newEntries);
  if (newRels) addRelationships(files, workbookRelsPath, newRels);
  files[workbookPath] = strToU8(workbookXml);
  addContentTypes(files, newTypes);

  // Relationship parts need their content type too; some generators leave it out.
  const types = text(files, "[Content_Types].xml");
  if (!/<Default\b[^>]*Extension="rels"/i.test(types)) {
    files["[Content_Types].xml"] = strToU8(types.replace(/<Types\b([^>]*?)(\/?)>/, (_m, attrs: string, empty: string) => `<Types${attrs}><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${empty ? "</Types>" : ""}`));
  }

  // 4. Tables, internal links, print names, charts and markers, as for a new workbook.
  patchFiles(files, specs.map((spec, i) => patchForSpec(spec, names[i])), workbookPath);
  if (!rewritable) return zipSync(files, { level: 6 });
  return rewriteZip(original, files, (name) => files[name] === inflated[name] || files[name] === NOT_INFLATED);
}
