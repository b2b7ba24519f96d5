import { FakeOfficeError, propertyNotLoaded } from "./fake-errors";
import { jsonBytes } from "./fake-address";
import type { FakeWorkbookModel } from "./fake-model";

/** One queued command of a batch. `bytes` is its share of the request payload. */
export interface FakeOp {
  bytes: number;
  run(): void;
}

export interface FakeContextOptions {
  /** Simulated network round trip per sync (Excel on the web), for benchmarks. Default 0. */
  roundTripMs?: number;
  /**
   * What calling a method on a null object (getItemOrNullObject of a missing sheet) does. Office documents
   * the null object only for property reads; "propagate" treats chained results as null objects too,
   * "throw" fails the batch with ItemNotFound. The adapter must work with either.
   */
  nullObjects?: "propagate" | "throw";
}

/** Every command costs some envelope bytes besides its payload (action id, object path…). */
export const OP_OVERHEAD_BYTES = 50;

export class FakeRequestContext {
  private queue: FakeOp[] = [];
  /** Syncs made through this context (the model counts all of them). */
  syncCount = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly model: FakeWorkbookModel,
    readonly options: Required<FakeContextOptions>,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(payload: unknown, run: () => void): void {
    this.queue.push({ bytes: OP_OVERHEAD_BYTES + (payload === undefined ? 0 : jsonBytes(payload)), run });
  }

  /** Apply the batch in order. Above the payload limit nothing is applied (Excel on the web rejects the request). */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.model.stats.syncs++;
    this.syncCount++;
    this.model.stats.bytesPerSync.push(bytes);
    this.model.stats.opsPerSync.push(ops.length);
    if (this.options.roundTripMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.roundTripMs));
    if (bytes > this.model.payloadLimitBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} > ${this.model.payloadLimitBytes} bytes).`,
      );
    }
    try {
      for (const op of ops) op.run();
    } finally {
      this.model.stats.suspendedPerSync.push(this.model.suspended);
      this.model.suspended = { calculation: 0, screenUpdating: 0 };
      this.model.flushEvents();
    }
  }
}

/** Accepted shapes of load(): "a, b", ["a", "b"], { select: "a, b" }, or nothing (all scalar properties). */
export type LoadOption = string | string[] | { select?: string } | undefined;

export function loadList(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  const text = Array.isArray(option) ? option.join(",") : typeof option === "string" ? option : (option.select ?? "");
  const list = text.split(",").map((p) => p.trim()).filter(Boolean);
  return list.length ? list : null;
}

/**
 * Base of every proxy: properties are readable only after load() and sync(), and a null object
 * (from *OrNullObject) answers isNullObject but nothing else.
 */
export abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly label: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.label, "isNullObject");
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const list = loadList(option);
    this.context.enqueue(list ?? undefined, () => {
      if (this.nullState === true) return;
      this.applyLoad(list);
    });
    return this;
  }

  /** Load immediately, inside an op that is already running (collection loads fill their items). */
  fill(props: string[] | null): void {
    this.applyLoad(props);
  }

  /** Fill `loaded` from the model; null means every scalar property. */
  protected abstract applyLoad(props: string[] | null): void;

  protected read<T>(prop: string): T {
    if (this.nullState === true) throw new FakeOfficeError("InvalidOperation", `${this.label} is a null object: check isNullObject before reading '${prop}'.`);
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.label, prop);
    return this.loaded.get(prop) as T;
  }

  protected store(props: string[] | null, all: Record<string, () => unknown>): void {
    for (const prop of props ?? Object.keys(all)) {
      const get = all[prop];
      if (!get) throw new FakeOfficeError("InvalidArgument", `${this.label} has no property '${prop}' in this fake.`);
      this.loaded.set(prop, get());
    }
  }
}
