import { Q, cmp, fromNumber } from "./exact";
import { Estimate, compareEstimates } from "./estimate";
import type { RankEntry } from "./ranking";
import type { Grade, Settings } from "./types";

type Thresholds = Pick<Settings, "excellentThreshold" | "goodThreshold" | "passThreshold">;

/** A threshold, exact and estimated. */
interface Limit {
  exact: Q;
  estimate: Estimate;
}

function limitOf(threshold: number): Limit {
  const exact = fromNumber(threshold);
  const estimate = new Estimate();
  estimate.set(exact);
  return { exact, estimate };
}

/**
 * Xếp loại on the exact percent: ≥ excellent → excellent; ≥ good → good; ≥ pass → pass; else fail. The
 * estimate decides unless it lies too close to a threshold to tell (a percent of exactly 90 always does);
 * then the exact percent does. The thresholds are read once, for every member graded with the function.
 */
export function grader(settings: Thresholds): (entry: Pick<RankEntry, "percent" | "exact">) => Grade {
  const excellent = limitOf(settings.excellentThreshold);
  const good = limitOf(settings.goodThreshold);
  const pass = limitOf(settings.passThreshold);
  return (entry) => {
    if (atLeast(entry, excellent)) return "excellent";
    if (atLeast(entry, good)) return "good";
    if (atLeast(entry, pass)) return "pass";
    return "fail";
  };
}

/** One member's grade (grader, for a single use). */
export function gradeOf(entry: Pick<RankEntry, "percent" | "exact">, settings: Thresholds): Grade {
  return grader(settings)(entry);
}

function atLeast(entry: Pick<RankEntry, "percent" | "exact">, limit: Limit): boolean {
  return (compareEstimates(entry.percent, limit.estimate) ?? cmp(entry.exact().percent, limit.exact)) >= 0;
}
