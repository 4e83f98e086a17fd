/**
 * The request context and proxy base of the Excel fake, with Office.js's rules:
 * - writes and loads are queued and applied, in order, on `context.sync()`;
 * - reading a property that was not loaded and synced throws PropertyNotLoaded;
 * - a proxy used after its Excel.run batch ended (or in another context) throws InvalidObjectPath;
 * - each sync's request (and response) must stay under Excel on the web's 5 MB limit.
 * Every sync is recorded with its payload size so tests can assert batching.
 */
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import type { WorkbookState } from "./state";

/** Excel on the web rejects a request or response larger than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * The request body as Office.js's rich API client sends it, rebuilt from the queued operations so
 * the fake measures its own bytes (it shares nothing with src/workbook/office/plan.ts, whose
 * estimates it checks): `{"Actions":[…],"ObjectPaths":{…}}`, each action
 * `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}` and each
 * object path, one per segment of a proxy's path, `{"Id":…,"ObjectPathType":…,"Name":…,
 * "ParentObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}`. A value is sent as its JSON.
 */
export function requestBody(descs: readonly unknown[]): string {
  const pathIds = new Map<string, number>();
  const objectPaths: Record<string, unknown> = {};
  let nextId = 1;
  const idOf = (path: string): number => {
    const known = pathIds.get(path);
    if (known !== undefined) return known;
    const cut = path.lastIndexOf("/");
    const parent = cut < 0 ? undefined : idOf(path.slice(0, cut));
    const segment = cut < 0 ? path : path.slice(cut + 1);
    const open = segment.indexOf("(");
    const id = nextId++;
    pathIds.set(path, id);
    objectPaths[String(id)] = {
      Id: id,
      ObjectPathType: open < 0 ? 4 : 3,
      Name: open < 0 ? segment : segment.slice(0, open),
      ...(parent === undefined ? {} : { ParentObjectPathId: parent }),
      ...(open < 0 ? {} : { ArgumentInfo: { Arguments: [segment.slice(open + 1, -1)] } }),
    };
    return id;
  };
  const actions = descs.map((desc) => {
    const d = desc as { path?: string; set?: string; value?: unknown; call?: string; args?: unknown[]; load?: string[] };
    const id = nextId++;
    const pathId = idOf(d.path ?? "");
    if (d.set !== undefined) return { Id: id, ActionType: 4, Name: d.set, ObjectPathId: pathId, ArgumentInfo: { Arguments: [d.value] } };
    if (d.call !== undefined) return { Id: id, ActionType: 3, Name: d.call, ObjectPathId: pathId, ArgumentInfo: { Arguments: d.args ?? [] } };
    if (d.load !== undefined) return { Id: id, ActionType: 2, ObjectPathId: pathId, QueryInfo: { Select: d.load } };
    return { Id: id, ActionType: 1, Name: "", ObjectPathId: pathId };
  });
  return JSON.stringify({ Actions: actions, ObjectPaths: objectPaths });
}

export interface SyncRecord {
  /** UTF-8 bytes of the request body Office.js would send for the queued operations ({@link requestBody}). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the JSON of every loaded value returned. */
  readonly responseBytes: number;
  readonly operations: number;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
}

export interface FakeStats {
  readonly syncs: SyncRecord[];
  runs: number;
  /** The options each Excel.run was given ({} without any). */
  readonly runOptions: { readonly delayForCellEdit?: boolean }[];
}

/** One queued operation as the request carries it (see {@link requestBody}). */
export interface OpDescription {
  readonly path?: string;
  readonly set?: string;
  readonly value?: unknown;
  readonly call?: string;
  readonly args?: readonly unknown[];
  readonly load?: readonly string[];
}

/**
 * A request Excel fails (tests): the `sync`-th sync counted in {@link FakeStats.syncs} (1-based,
 * so since the last resetStats). Like Excel, the operations before the failing one stay applied:
 * `at` picks the failing operation (the first it matches; none matched: the request is refused
 * whole, nothing applied); without `at` the request is refused whole, as when it never arrives.
 */
export interface FakeFault {
  readonly sync: number;
  readonly at?: (op: OpDescription, index: number) => boolean;
  readonly code?: FakeErrorCode;
  readonly message?: string;
}

interface QueuedOp {
  readonly desc: unknown;
  /** Applies the op; returns the loaded data (for response size) or undefined. */
  readonly run: () => unknown;
  /** For a load: forgets what it stored, when Excel refuses the response it was part of. */
  readonly forget?: () => void;
}

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class FakeRequestContext {
  private queue: QueuedOp[] = [];
  private closed = false;
  private suspendScreen = false;
  private suspendCalc = false;
  /** Set by objects.ts: the `workbook` proxy root. */
  workbook!: unknown;

  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    /** Excel.run({ delayForCellEdit: true }): syncs wait out cell-edit mode instead of failing. */
    readonly delayForCellEdit = false,
    /** Requests to fail (tests), taken once each when their sync comes. */
    readonly faults: FakeFault[] = [],
  ) {}

  /** Queues an operation; throws when the batch this proxy belongs to has ended. */
  enqueue(desc: unknown, run: () => unknown, forget?: () => void): void {
    this.assertOpen();
    this.queue.push({ desc, run, forget });
  }

  assertOpen(): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the object was used outside its Excel.run batch.",
      );
    }
  }

  markScreenSuspended(): void {
    this.suspendScreen = true;
  }

  markCalcSuspended(): void {
    this.suspendCalc = true;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    if (this.state.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await this.state.afterCellEdit();
    }
    const ops = this.queue;
    this.queue = [];
    const requestBytes = utf8Bytes(requestBody(ops.map((op) => op.desc)));
    const record = { requestBytes, responseBytes: 0, operations: ops.length, screenUpdatingSuspended: this.suspendScreen, calculationSuspended: this.suspendCalc };
    this.suspendScreen = false;
    this.suspendCalc = false;
    this.stats.syncs.push(record);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    const fault = this.takeFault();
    const failAt = fault ? (fault.at ? ops.findIndex((op, i) => fault.at!(op.desc as OpDescription, i)) : -1) : ops.length;
    if (fault && failAt < 0) throw faultError(fault);
    let responseBytes = 0;
    // Like Excel, ops run in order and the first failure stops the batch (earlier ops stay applied).
    // A failed request's response carries the error alone: nothing it loaded reaches the add-in.
    for (const [i, op] of ops.entries()) {
      try {
        if (fault && i === failAt) throw faultError(fault);
        const loaded = op.run();
        if (loaded !== undefined) responseBytes += utf8Bytes(JSON.stringify(loaded));
      } catch (error) {
        for (const ran of ops.slice(0, i)) ran.forget?.();
        throw error;
      }
    }
    record.responseBytes = responseBytes;
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      // Nothing of a refused response reaches the add-in: what it loaded stays unavailable.
      for (const op of ops) op.forget?.();
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    await Promise.resolve();
  }

  /** The fault set for this sync, if any (used up: it fails one request). */
  private takeFault(): FakeFault | undefined {
    const i = this.faults.findIndex((f) => f.sync === this.stats.syncs.length);
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  close(): void {
    this.closed = true;
    this.queue = [];
  }
}

function faultError(fault: FakeFault): FakeOfficeError {
  return new FakeOfficeError(fault.code ?? "GeneralException", fault.message ?? "An internal error has occurred (a request failed on purpose).");
}

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

/** Property names from any form `load()` accepts. */
export function loadProps(arg: LoadArg): string[] | undefined {
  if (arg === undefined) return undefined;
  const raw = typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : Array.isArray(arg.select) ? arg.select.join(",") : arg.select ?? "";
  const props = raw.split(",").map((p) => p.trim()).filter((p) => p !== "");
  return props.length ? props : undefined;
}

/**
 * Base of every proxy. `path` describes the object in the payload; subclasses list their
 * loadable scalar properties and say how to read each from the state at sync time.
 */
export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
  ) {}

  protected abstract readonly scalarProps: readonly string[];
  /** Reads one property from the state, at sync time. */
  protected abstract snapshot(prop: string): unknown;

  /** Queues a load of the given properties (all scalar ones when omitted). */
  load(arg?: LoadArg): this {
    const props = loadProps(arg) ?? [...this.scalarProps];
    this.context.enqueue(
      { path: this.path, load: props },
      () => this.applyLoad(props),
      () => this.forgetLoad(props),
    );
    return this;
  }

  /** Undoes {@link applyLoad} (a refused response): the properties read as not loaded again. */
  protected forgetLoad(props: string[]): void {
    for (const p of props) this.loaded.delete(p);
    this.nullState = undefined;
  }

  /** Runs at sync: stores snapshots; "a/b" paths are delegated to navigation properties. */
  protected applyLoad(props: string[]): unknown {
    const out: Record<string, unknown> = {};
    // Loading a null object is allowed; its properties stay unavailable.
    if (this.isNullNow()) {
      this.nullState = true;
      return out;
    }
    for (const p of props) {
      const v = this.snapshot(p);
      const copy = v === undefined ? undefined : JSON.parse(JSON.stringify(v));
      this.loaded.set(p, copy);
      out[p] = copy;
    }
    return out;
  }

  /** Throws PropertyNotLoaded unless `prop` was loaded and synced. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a property write. */
  protected write(prop: string, value: unknown, apply: () => void): void {
    if (value === null || value === undefined) {
      throw new FakeOfficeError("InvalidArgument", `null is not a valid input for the property '${prop}'.`);
    }
    this.context.enqueue({ path: this.path, set: prop, value }, apply);
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown[], apply: () => unknown): void {
    this.context.enqueue({ path: this.path, call: method, args }, () => {
      apply();
      return undefined;
    });
  }

  /** True when this proxy came from an *OrNullObject call that found nothing. */
  protected isNullNow(): boolean {
    return false;
  }

  /** For *OrNullObject results: the null state is known after the next sync. */
  protected trackNull(isNull: () => boolean): void {
    this.context.enqueue(
      { path: this.path, resolve: true },
      () => {
        this.nullState = isNull();
        return undefined;
      },
      () => (this.nullState = undefined),
    );
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      if (this.loaded.size > 0) return false;
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available until context.sync().");
    }
    return this.nullState;
  }

  /** Proxies passed as arguments must belong to the same, still open, batch. */
  static sameContext(a: FakeClientObject, b: FakeClientObject): void {
    b.context.assertOpen();
    if (a.context !== b.context) {
      throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working: an object from another request context was passed.");
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
