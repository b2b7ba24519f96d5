import { RecalcQueue, debounce } from "../workbook/host/recalc-queue";

/**
 * The pane's use of the adapter's queue and debounce (src/excel/recalc-queue.ts, pure, no Office):
 * automatic requests wait for a quiet period after the last edit; one run at a time; a request during a
 * run is queued once and served right after it, never twice.
 */
export interface RecalcScheduler {
  /** Automatic request: runs `delayMs` after the last call. */
  request(): void;
  /** Manual request (the Tính lại button): runs at once, or right after the run in progress. */
  runNow(): void;
  isRunning(): boolean;
  dispose(): void;
}

export interface SchedulerOptions {
  run: () => Promise<void>;
  delayMs: number;
}

export function createRecalcScheduler({ run, delayMs }: SchedulerOptions): RecalcScheduler {
  let disposed = false;
  const queue = new RecalcQueue<void, void>(async () => {
    if (!disposed) await run();
  });
  // run() reports its own failures in the pane; swallowing here only keeps an unhandled rejection away.
  const trigger = () => {
    if (!disposed) queue.request(undefined).catch(() => undefined);
  };
  const debounced = debounce(trigger, delayMs);
  return {
    request() {
      if (!disposed) debounced.trigger();
    },
    runNow() {
      debounced.cancel();
      trigger();
    },
    isRunning: () => queue.busy,
    dispose() {
      disposed = true;
      debounced.cancel();
    },
  };
}
