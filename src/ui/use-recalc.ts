import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../scoring/types";
import type { Calculation } from "../workbook/calculate";
import type { CalculationHost, Phase, RecalcOutcome } from "../workbook/host/host";
import { createRecalcScheduler, type RecalcScheduler } from "./recalc-scheduler";
import { outcomeFromException } from "./run-outcome";

/** Quiet period after the last edit before an automatic recalculation. */
export const AUTO_RECALC_DELAY_MS = 1000;

export interface FinishedRun {
  outcome: RecalcOutcome;
  finishedAt: Date;
}

export interface RecalcState {
  running: boolean;
  /** Last phase the host reported during the run in progress (null before the first report). */
  phase: Phase | null;
  last: FinishedRun | null;
  /** The last calculation that produced a ranking: still the one on the sheet after a blocked run. */
  lastRanked: Calculation | null;
  /** The ranked calculation before lastRanked, for rank changes when the sheet does not carry them. */
  beforeLastRanked: Calculation | null;
}

export interface UseRecalc {
  state: RecalcState;
  recalcNow(): void;
  requestAuto(): void;
}

const INITIAL: RecalcState = { running: false, phase: null, last: null, lastRanked: null, beforeLastRanked: null };

export function useRecalc(host: CalculationHost, lang: Lang, now: () => Date = () => new Date()): UseRecalc {
  const [state, setState] = useState<RecalcState>(INITIAL);
  const langRef = useRef(lang);
  langRef.current = lang;
  const nowRef = useRef(now);
  nowRef.current = now;
  const schedulerRef = useRef<RecalcScheduler | null>(null);

  useEffect(() => {
    let mounted = true;
    const run = async () => {
      setState((s) => ({ ...s, running: true, phase: null }));
      const started = Date.now();
      let outcome: RecalcOutcome;
      try {
        outcome = await host.recalculate({
          lang: langRef.current,
          onProgress: (phase) => mounted && setState((s) => ({ ...s, phase })),
        });
      } catch (error) {
        outcome = await outcomeFromException(error, Date.now() - started);
      }
      if (!mounted) return;
      const finishedAt = nowRef.current();
      setState((s) => {
        const ranked = outcome.status === "ranked" && outcome.calculation;
        return {
          running: false,
          phase: null,
          last: { outcome, finishedAt },
          lastRanked: ranked ? outcome.calculation : s.lastRanked,
          beforeLastRanked: ranked ? s.lastRanked : s.beforeLastRanked,
        };
      });
    };
    const scheduler = createRecalcScheduler({ run, delayMs: AUTO_RECALC_DELAY_MS });
    schedulerRef.current = scheduler;
    return () => {
      mounted = false;
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, [host]);

  const recalcNow = useCallback(() => schedulerRef.current?.runNow(), []);
  const requestAuto = useCallback(() => schedulerRef.current?.request(), []);
  return { state, recalcNow, requestAuto };
}
