import { ONE, ZERO, Q, div, fromNumber, max, sign, sub } from "./exact";
import type { DecreaseMethod, Direction } from "./types";

/**
 * Completion ratio r of one target (1 = 100 % of plan), by its chiều:
 * - "ratio": r is known (clamped at 0: a negative actual never scores below 0);
 * - "full-bonus": Giảm with A = 0 and P > 0 (nothing left to reduce: the unit gets B + C);
 * - "plan-zero": Tăng/Giảm without a usable plan (P ≤ 0 or missing): no ratio, 0 points.
 */
export type CompletionRatio = { kind: "ratio"; r: Q } | { kind: "full-bonus" } | { kind: "plan-zero" };

// Outcomes that do not depend on the numbers are shared: one object fewer per target (a big bloc scores 60,000).
const FULL_BONUS: CompletionRatio = Object.freeze({ kind: "full-bonus" });
const PLAN_ZERO: CompletionRatio = Object.freeze({ kind: "plan-zero" });
const MET: CompletionRatio = Object.freeze({ kind: "ratio", r: ONE });
const MISSED: CompletionRatio = Object.freeze({ kind: "ratio", r: ZERO });
const TWO = fromNumber(2);

/**
 * A ratio outcome completionRatio may write to instead of making one (the scoring loop reuses one), with
 * a value of its own (scratchQ) the ratio is computed into.
 */
export interface RatioOut {
  kind: "ratio";
  r: Q;
  readonly scratch: Q;
}

/**
 * `out`, when given, receives a number-dependent ratio (and is returned), computed into out.scratch: a
 * caller that reads the outcome before the next call spares two objects per target. Without it new
 * objects are made.
 */
export function completionRatio(direction: Direction, plan: Q | null, actual: Q, decreaseMethod: DecreaseMethod, out?: RatioOut): CompletionRatio {
  switch (direction) {
    case "zero":
      return sign(actual) === 0 ? MET : MISSED;
    case "pass":
      return sign(actual) > 0 ? MET : MISSED;
    case "increase":
      if (plan === null || sign(plan) <= 0) return PLAN_ZERO;
      return ratioOf(max(ZERO, div(actual, plan, out?.scratch)), out);
    case "decrease":
      if (plan === null || sign(plan) <= 0) return PLAN_ZERO;
      if (decreaseMethod === "linear") return ratioOf(max(ZERO, sub(TWO, div(actual, plan, out?.scratch), out?.scratch)), out);
      if (sign(actual) === 0) return FULL_BONUS;
      return ratioOf(max(ZERO, div(plan, actual, out?.scratch)), out);
  }
}

function ratioOf(r: Q, out: RatioOut | undefined): CompletionRatio {
  if (out === undefined) return { kind: "ratio", r };
  out.r = r;
  return out;
}
