/**
 * RangeAreas of the Excel fake, as `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) returns it,
 * with what Microsoft documents and reports of that method:
 * - "Returns a RangeAreas object that represents the merged areas in this range. Note that if the
 *   merged areas count in this range is more than 512, then this method will fail to return the
 *   result." (office-js-docs-reference, excel.d.ts): past 512 the request fails;
 * - it lists only the merged areas whose top-left cell lies in the range (OfficeDev/office-js#3611,
 *   "GetMergedAreasOrNullObject only works on top left of merge", answered as by design);
 * - none: a null object;
 * - in an Excel without ExcelApi 1.13 the method is not there: the request fails (ApiNotFound).
 * `address` ("Sheet1!A2:A4,Sheet1!D1:E1"), `areaCount` and `areas` (a collection of ranges)
 * read as not loaded until loaded and synced, like every proxy of the fake.
 */
import { type Rect, rectA1, sheetPrefix } from "./a1";
import { FakeClientObject, type FakeRequestContext, loadProps } from "./context";
import { FakeOfficeError } from "./errors";
import type { SheetState } from "./state";

/** A sheet's rectangle (range.ts's RangeTarget, named here so this module does not import range.ts back). */
interface Target {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

/** How an area becomes a Range proxy (range.ts supplies FakeRange: no import cycle). */
export type AreaRange = (path: string, target: Target) => FakeClientObject & { readonly address: string };

/** Merged areas one call lists at most (the method's reference). */
export const MAX_LISTED_MERGES = 512;

/** The merged areas of `target` (top-left cell inside it), or undefined for none; throws past the limit. */
export function mergedAreasOf(target: Target, excelApi: string): { sheet: SheetState; areas: Rect[] } | undefined {
  if (!supports(excelApi, "1.13")) {
    throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel (Range.getMergedAreasOrNullObject: ExcelApi 1.13).");
  }
  const { sheet, rect } = target;
  const areas = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
  if (areas.length > MAX_LISTED_MERGES) {
    throw new FakeOfficeError("GeneralException", `An internal error has occurred: the range has ${areas.length} merged areas (more than ${MAX_LISTED_MERGES}).`);
  }
  return areas.length > 0 ? { sheet, areas: [...areas].sort((a, b) => a.top - b.top || a.left - b.left) } : undefined;
}

/**
 * Whether an ExcelApi version covers `minimum` ("1.13" ≥ "1.9": compared as numbers per part).
 * @example supports("1.13", "1.9") //=> true
 */
export function supports(version: string, minimum: string): boolean {
  const [a, b] = [version, minimum].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly scalarProps = ["address", "areaCount"];
  private bound?: { sheet: SheetState; areas: Rect[] } | null;
  private areasProxy?: FakeAreaCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolveAreas: () => { sheet: SheetState; areas: Rect[] } | undefined,
    readonly areaRange: AreaRange,
  ) {
    super(context, path);
    // Excel fails the whole request when the listing fails: its null state is known only after the sync.
    this.trackNull(() => this.listed() === undefined);
  }

  /** Resolved once, at the sync that first uses it. */
  listed(): { sheet: SheetState; areas: Rect[] } | undefined {
    if (this.bound === undefined) this.bound = this.resolveAreas() ?? null;
    return this.bound ?? undefined;
  }

  protected override isNullNow(): boolean {
    return this.listed() === undefined;
  }

  protected snapshot(prop: string): unknown {
    const listed = this.listed();
    if (!listed) throw new FakeOfficeError("InvalidObjectPath", `The RangeAreas ${this.path} is a null object.`);
    if (prop === "address") return listed.areas.map((a) => sheetPrefix(listed.sheet.name) + rectA1(a)).join(",");
    if (prop === "areaCount") return listed.areas.length;
    throw new FakeOfficeError("InvalidArgument", `The fake RangeAreas has no property '${prop}'.`);
  }

  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }

  /** RangeAreas.areas: the rectangles as Range proxies (`areas.load("items/address")`). */
  get areas(): FakeAreaCollection {
    this.areasProxy ??= new FakeAreaCollection(this);
    return this.areasProxy;
  }
}

/** RangeAreas.areas: loading it loads each area's Range properties. */
export class FakeAreaCollection extends FakeClientObject {
  protected readonly scalarProps: readonly string[] = [];
  private loadedItems?: ReturnType<AreaRange>[];

  constructor(private readonly owner: FakeRangeAreas) {
    super(owner.context, `${owner.path}/areas`);
  }

  protected snapshot(): unknown {
    return undefined;
  }

  override load(arg?: Parameters<FakeClientObject["load"]>[0]): this {
    const props = (loadProps(arg) ?? ["address"]).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    this.context.enqueue(
      { path: this.path, load: props.map((p) => `items/${p}`) },
      () => {
        const listed = this.owner.listed();
        const items = (listed?.areas ?? []).map((rect, i) => this.owner.areaRange(`${this.path}/item(${i})`, { sheet: listed!.sheet, rect }));
        this.loadedItems = items;
        return items.map((it) => (it as unknown as { applyLoad(p: string[]): unknown }).applyLoad(props));
      },
      () => (this.loadedItems = undefined),
    );
    return this;
  }

  get items(): ReturnType<AreaRange>[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load() and context.sync() first.");
    return this.loadedItems;
  }
}
