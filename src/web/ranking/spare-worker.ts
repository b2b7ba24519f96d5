import type { RankWorker, StartRankWorker } from "./rank-client";

/**
 * Starts one ranking worker ahead, when `prepare` is called (index.tsx: once the page has painted), so the
 * first file the officer opens finds the reader, scoring and writer already fetched and compiled in it
 * (a few hundred milliseconds of a 300-member drop). Later files start their own, as before (the browser
 * has the scripts by then). Nothing is started ahead once a file was opened first.
 *
 * A spare that failed while waiting (its script refused) is never handed out: its error event has
 * already fired, and the ranking would wait for a reply that never comes; a fresh worker is started
 * instead, whose failure the ranking hears (rank-client.ts falls back to the page's thread).
 */
export function withSpareWorker(start: StartRankWorker): { start: StartRankWorker; prepare: () => void } {
  let spare: { worker: RankWorker; failed: boolean } | null = null;
  let taken = false;
  return {
    prepare: () => {
      if (taken || spare) return;
      try {
        const waiting = { worker: start(), failed: false };
        waiting.worker.onerror = () => {
          waiting.failed = true;
        };
        spare = waiting;
      } catch {
        // The first file starts its own worker, or is ranked on the page's thread.
      }
    },
    start: () => {
      taken = true;
      const ready = spare;
      spare = null;
      if (ready && !ready.failed) {
        ready.worker.onerror = null;
        return ready.worker;
      }
      ready?.worker.terminate();
      return start();
    },
  };
}
