import type { Lang, Localized } from "../../scoring/types";
import type { RankedFile, RankFilePhase } from "../../xlsx/rank-file";
import { afterPaint } from "../../ui/after-paint";
import { webEngine } from "../web-engine";
import type { PageMessage, RankReply, ShownCalculation } from "./protocol";
import { awaitDetails, type AwaitedDetails } from "./details";
import { fromFailure } from "./failure";

/** The little of a Worker the page uses: a fake in jest (jsdom has no Worker). */
export interface RankWorker {
  postMessage(message: PageMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<RankReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/** Starts a ranking worker; may throw (a page opened from file:// may not start one in Chromium). */
export type StartRankWorker = () => RankWorker;

export interface RankOptions {
  label: string;
  lang: Lang;
  now: Date;
  onProgress?: (phase: RankFilePhase) => void | Promise<void>;
}

export interface WrittenCopy {
  outputBytes: Uint8Array;
  notes: Localized[];
  /** "xlsm" when the copy keeps the input's macros (its download name must say so). */
  kind: RankedFile["outputKind"];
}

export interface ShownFirst {
  calculation: ShownCalculation;
  /**
   * Resolves once every member's criteria and the extras are in `calculation` (from a worker they follow
   * the ranking: details.ts), with whether the App must be drawn again (a breakdown read them before, or
   * the extras have changes to show).
   */
  details: Promise<boolean>;
  /** The copy to download, written after the ranking is on screen. */
  written: Promise<WrittenCopy>;
}

/**
 * rankWorkbookFile for the page, resolved as soon as the file is scored (the App shows the ranking at
 * once); `written` is the rest of the same work. Rejects with the reader's WorkbookFileError when the
 * file is not a usable workbook, as on the main thread.
 *
 * In a worker when `startWorker` is given and the worker starts; on the main thread otherwise, and when
 * the worker fails before its first reply (its script refused, or blocked from file://): the officer's
 * file is ranked either way. Either way the copy is written only once the ranking had a chance to paint. The worker gets a copy of the bytes (transferred), so they are still here
 * for that fallback and for the next Tính lại. One worker per file, ended when done: a file opened while
 * another is ranked never waits behind it.
 */
export function rankShownFirst(bytes: Uint8Array, options: RankOptions, startWorker?: StartRankWorker): Promise<ShownFirst> {
  let worker: RankWorker;
  try {
    if (!startWorker) return onMainThread(bytes, options);
    worker = startWorker();
  } catch {
    return onMainThread(bytes, options);
  }
  return new Promise<ShownFirst>((resolve, reject) => {
    let replied = false;
    let settleWritten: { resolve: (copy: WrittenCopy) => void; reject: (error: Error) => void } | null = null;
    const written = new Promise<WrittenCopy>((resolveWritten, rejectWritten) => {
      settleWritten = { resolve: resolveWritten, reject: rejectWritten };
    });
    let calculation: ShownCalculation | null = null;
    let awaited: AwaitedDetails | null = null;
    let settleDetails: (readEarly: boolean) => void = () => undefined;
    const details = new Promise<boolean>((resolveDetails) => (settleDetails = resolveDetails));
    worker.onerror = (event) => {
      worker.terminate();
      if (!replied) {
        onMainThread(bytes, options).then(resolve, reject);
        return;
      }
      // An ErrorEvent says why; the global ErrorEvent is not everywhere (no instanceof).
      const message = (event as Partial<ErrorEvent>).message;
      const error = new Error(message || "the ranking worker stopped");
      // No criteria will come now: the breakdowns stay empty, as they read until now.
      settleDetails(false);
      if (calculation) settleWritten?.reject(error);
      else reject(error);
    };
    worker.onmessage = ({ data: reply }) => {
      replied = true;
      switch (reply.type) {
        case "phase":
          void options.onProgress?.(reply.phase);
          return;
        case "scored":
          calculation = reply.calculation;
          awaited = awaitDetails(calculation);
          resolve({ calculation, details, written });
          void afterPaint().then(() => worker.postMessage({ type: "write" }, []));
          return;
        case "details":
          settleDetails(awaited?.fill(reply) ?? false);
          return;
        case "written":
          worker.terminate();
          settleWritten?.resolve({ outputBytes: reply.outputBytes, notes: reply.notes, kind: reply.kind });
          return;
        case "failed":
          worker.terminate();
          settleDetails(false);
          if (calculation) settleWritten?.reject(fromFailure(reply.failure));
          else reject(fromFailure(reply.failure));
          return;
      }
    };
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy, label: options.label, lang: options.lang, now: options.now.getTime() }, [copy.buffer]);
  });
}

/**
 * The same work on the page's own thread (the lazy explanation texts stay lazy here). The reader, scoring
 * and writer are imported only then: the page's first download holds none of them.
 */
async function onMainThread(bytes: Uint8Array, options: RankOptions): Promise<ShownFirst> {
  const { rankWorkbookFile } = await import(/* webpackChunkName: "rank-file" */ "../../xlsx/rank-file");
  return new Promise((resolve, reject) => {
    const ranked = rankWorkbookFile(bytes, {
      ...options,
      engine: webEngine(),
      onScored: (calculation) => resolve({ calculation, details: Promise.resolve(false), written }),
      // The write is one long block on this thread: the page shows the ranking first.
      onProgress: async (phase) => {
        await options.onProgress?.(phase);
        if (phase === "writing") await afterPaint();
      },
    });
    const written: Promise<WrittenCopy> = ranked.then(({ outputBytes, notes, outputKind }) => ({ outputBytes, notes, kind: outputKind }));
    // Before scoring: the file could not be read (reject). After: settled already, the rejection is written's.
    written.catch(reject);
  });
}
