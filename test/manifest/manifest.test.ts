/**
 * @jest-environment jsdom
 *
 * manifest.xml: well-formed, readable by office-addin-manifest, a shared runtime wired the way
 * Excel needs it, every resid resolved, every URL and icon present in the built dist/, zh-CN
 * overrides. (No validation against the old XSDs.)
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import type { ManifestInfo } from "office-addin-manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST = path.join(ROOT, "dist");
const DEV_URL = "https://localhost:3000/";

const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

/** Elements by local name, whatever their namespace prefix. */
function all(localName: string, within: Document | Element = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS("*", localName));
}
function only(localName: string, within: Document | Element = doc): Element {
  const found = all(localName, within);
  expect(found).toHaveLength(1);
  return found[0];
}
function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}
/** Resource elements (bt:Image, bt:Url, bt:String) by id. */
function resources(): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const element of all("Resources")[0].getElementsByTagNameNS("*", "*")) {
    const id = element.getAttribute("id");
    if (id) map.set(id, element);
  }
  return map;
}
function resolve(resid: string): string {
  const element = resources().get(resid);
  if (!element) throw new Error(`resid ${resid} is not defined in <Resources>`);
  return element.getAttribute("DefaultValue") ?? "";
}
function distPathOf(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(DIST, url.slice(DEV_URL.length).split(/[?#]/)[0]);
}

/**
 * office-addin-manifest's own reader (readManifestFile, as `npm start` uses it), run in a child
 * node: jest cannot load the ES-module-only package it pulls in (@microsoft/app-manifest → strip-bom).
 */
function readWithOfficeAddinManifest(file: string): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)), (error) => { process.stderr.write(String(error)); process.exit(1); });";
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("reads with office-addin-manifest as an Excel task pane add-in with a stable GUID", () => {
    const info = readWithOfficeAddinManifest(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.id).toBe("a1a02a5a-8647-40d5-934f-c87f2b121509");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.displayName).toBe("AR Desk");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });

  it("uses VersionOverrides 1.0 in the task pane namespace (the only one TaskPaneApp takes)", () => {
    const overrides = only("VersionOverrides");
    expect(overrides.namespaceURI).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
  });

  describe("shared runtime", () => {
    it("has one long-lived runtime", () => {
      const runtime = only("Runtime");
      expect(runtime.getAttribute("lifetime")).toBe("long");
      expect(resolve(runtime.getAttribute("resid")!)).toBe(`${DEV_URL}taskpane.html`);
    });

    it("runs the task pane, the functions page and the function file in that runtime", () => {
      const runtimeId = only("Runtime").getAttribute("resid");
      const customFunctions = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
      expect(customFunctions).toBeDefined();
      expect(only("SourceLocation", only("Page", customFunctions)).getAttribute("resid")).toBe(runtimeId);
      expect(only("FunctionFile").getAttribute("resid")).toBe(runtimeId);
      const showTaskpane = all("Action").find((e) => xsiType(e) === "ShowTaskpane")!;
      expect(only("SourceLocation", showTaskpane).getAttribute("resid")).toBe(runtimeId);
    });

    it("declares the AR namespace, functions.js and functions.json", () => {
      const customFunctions = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
      expect(resolve(only("Namespace", customFunctions).getAttribute("resid")!)).toBe("AR");
      expect(resolve(only("SourceLocation", only("Script", customFunctions)).getAttribute("resid")!)).toBe(`${DEV_URL}functions.js`);
      expect(resolve(only("SourceLocation", only("Metadata", customFunctions)).getAttribute("resid")!)).toBe(`${DEV_URL}functions.json`);
    });

    it("requires the shared runtime once (base manifest), and for the overrides custom functions 1.2 and ExcelApi 1.9", () => {
      const [base, overrides] = all("Requirements");
      const sets = (element: Element) =>
        Object.fromEntries(all("Set", element).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
      expect(sets(base)).toEqual({ SharedRuntime: "1.1" });
      expect(sets(overrides)).toEqual({ CustomFunctionsRuntime: "1.2", ExcelApi: "1.9" });
    });
  });

  it("has a ribbon button on the Home tab that opens the pane", () => {
    const surface = all("ExtensionPoint").find((e) => xsiType(e) === "PrimaryCommandSurface")!;
    expect(only("OfficeTab", surface).getAttribute("id")).toBe("TabHome");
    const control = only("Control", surface);
    expect(xsiType(control)).toBe("Button");
    expect(xsiType(only("Action", control))).toBe("ShowTaskpane");
  });

  it("resolves every resid", () => {
    const ids = resources();
    const residUsers = Array.from(doc.getElementsByTagNameNS("*", "*")).filter((e) => e.hasAttribute("resid"));
    expect(residUsers.length).toBeGreaterThan(10);
    for (const element of residUsers) {
      expect({ element: element.localName, resid: element.getAttribute("resid"), defined: ids.has(element.getAttribute("resid")!) }).toEqual({
        element: element.localName,
        resid: element.getAttribute("resid"),
        defined: true,
      });
    }
  });

  it("points every URL and icon at a file present in dist/", () => {
    const urls = new Set<string>();
    for (const element of Array.from(doc.getElementsByTagNameNS("*", "*"))) {
      for (const attribute of ["DefaultValue", "Value"]) {
        const value = element.getAttribute(attribute);
        if (value && /^https?:/.test(value)) urls.add(value);
      }
    }
    expect(urls.size).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      const file = distPathOf(url);
      expect({ url, exists: fs.existsSync(file) || `missing ${file}: run npm run build first` }).toEqual({ url, exists: true });
    }
  });

  it("names icons of the sizes they are", () => {
    for (const image of all("Image").filter((e) => e.hasAttribute("DefaultValue"))) {
      const size = Number(/icon-(\d+)\.png$/.exec(image.getAttribute("DefaultValue")!)![1]);
      const png = fs.readFileSync(distPathOf(image.getAttribute("DefaultValue")!));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(image.getAttribute("id")).toBe(`Icon.${size}x${size}`);
    }
  });

  it("has zh-CN overrides for the name, description and every label", () => {
    const zh = (element: Element) => all("Override", element).find((o) => o.getAttribute("Locale") === "zh-CN")?.getAttribute("Value");
    expect(zh(only("DisplayName"))).toMatch(/应收账款/);
    expect(zh(all("Description").find((e) => e.parentElement === doc.documentElement)!)).toMatch(/应收账款/);
    const strings = [...all("ShortStrings"), ...all("LongStrings")].flatMap((group) => all("String", group));
    for (const string of strings) {
      if (string.getAttribute("id") === "Functions.Namespace") continue; // formulas read =AR.… in every language
      expect({ id: string.getAttribute("id"), zh: Boolean(zh(string)) }).toEqual({ id: string.getAttribute("id"), zh: true });
    }
  });

  it("is copied to dist/ unchanged by a default build", () => {
    expect(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).toBe(xml);
  });
});
