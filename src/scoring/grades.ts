import { cmp, fromNumber } from "./exact";
import { Estimate, compareEstimates } from "./estimate";
import type { RankEntry } from "./ranking";
import type { Grade, Settings } from "./types";

/** The threshold being compared (scratch of gradeOf). */
const THRESHOLD = new Estimate();

/**
 * Xếp loại on the exact percent: ≥ excellent → excellent; ≥ good → good; ≥ pass → pass; else fail. The
 * estimate decides unless it lies too close to a threshold to tell (a percent of exactly 90 always does);
 * then the exact percent does.
 */
export function gradeOf(entry: Pick<RankEntry, "percent" | "exact">, settings: Pick<Settings, "excellentThreshold" | "goodThreshold" | "passThreshold">): Grade {
  if (atLeast(entry, settings.excellentThreshold)) return "excellent";
  if (atLeast(entry, settings.goodThreshold)) return "good";
  if (atLeast(entry, settings.passThreshold)) return "pass";
  return "fail";
}

function atLeast(entry: Pick<RankEntry, "percent" | "exact">, threshold: number): boolean {
  const limit = fromNumber(threshold);
  THRESHOLD.set(limit);
  return (compareEstimates(entry.percent, THRESHOLD) ?? cmp(entry.exact().percent, limit)) >= 0;
}
