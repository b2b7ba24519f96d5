/**
 * One calculation at a time. Excel rejects nothing when two batches interleave, but two recalculations
 * racing would delete and re-add the same output sheets and leave a half-written ranking. A request that
 * arrives during a run is queued once; every further request merges into that queued run (with the
 * latest arguments), because one more run after the current one already sees all their edits.
 */
export class RecalcQueue<A, T> {
  private running: Promise<T> | null = null;
  private queued: { args: A; promise: Promise<T> } | null = null;

  constructor(private readonly job: (args: A) => Promise<T>) {}

  get busy(): boolean {
    return this.running !== null;
  }

  request(args: A): Promise<T> {
    if (!this.running) return this.start(args);
    if (this.queued) {
      this.queued.args = args;
      return this.queued.promise;
    }
    const current = this.running;
    const entry: { args: A; promise: Promise<T> } = { args, promise: Promise.resolve() as unknown as Promise<T> };
    entry.promise = current
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start(entry.args);
      });
    this.queued = entry;
    return entry.promise;
  }

  private start(args: A): Promise<T> {
    const run = (async () => this.job(args))();
    this.running = run;
    const clear = (): void => {
      if (this.running === run) this.running = null;
    };
    run.then(clear, clear);
    return run;
  }
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Default quiet time after the last edit before recalculating: typing a column of actuals should cost one run, not one per cell. */
export const CHANGE_DEBOUNCE_MS = 1000;

export interface Debounced {
  trigger(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** Calls `action` once, `ms` after the last trigger. */
export function debounce(action: () => void, ms: number = CHANGE_DEBOUNCE_MS, timers: Timers = globalTimers): Debounced {
  let handle: unknown = null;
  return {
    trigger() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = null;
        action();
      }, ms);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}
