import { Q, cmp, fromNumber } from "./exact";
import type { Grade, Settings } from "./types";

/** Xếp loại on the exact percent: ≥ excellent → excellent; ≥ good → good; ≥ pass → pass; else fail. */
export function gradeOf(percent: Q, settings: Pick<Settings, "excellentThreshold" | "goodThreshold" | "passThreshold">): Grade {
  if (cmp(percent, fromNumber(settings.excellentThreshold)) >= 0) return "excellent";
  if (cmp(percent, fromNumber(settings.goodThreshold)) >= 0) return "good";
  if (cmp(percent, fromNumber(settings.passThreshold)) >= 0) return "pass";
  return "fail";
}
