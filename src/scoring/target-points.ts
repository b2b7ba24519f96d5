import { ONE, ZERO, Q, add, cmp, mul, sub, max } from "./exact";
import type { CompletionRatio } from "./ratio";

/** B = points per target, C = bonus cap per target, k = bonus slope (exact). */
export interface TargetScale {
  pointsPerTarget: Q;
  bonusCap: Q;
  bonusSlope: Q;
  /** B·k, precomputed once per criterion when given. */
  bonusPerRatio?: Q;
}

export interface TargetPoints {
  base: Q;
  bonus: Q;
  points: Q;
  /** The bonus reached its cap: a better actual cannot add more. */
  capped: boolean;
}

const NO_POINTS: TargetPoints = Object.freeze({ base: ZERO, bonus: ZERO, points: ZERO, capped: false });

/** base = B·min(r,1); bonus = min(C, B·k·max(r−1,0)); a missing ratio (plan-zero) scores 0. */
export function targetPoints(ratio: CompletionRatio, scale: TargetScale): TargetPoints {
  if (ratio.kind === "plan-zero") return NO_POINTS;
  if (ratio.kind === "full-bonus") {
    const cap = max(ZERO, scale.bonusCap);
    return { base: scale.pointsPerTarget, bonus: cap, points: add(scale.pointsPerTarget, cap), capped: true };
  }
  const r = ratio.r;
  const reached = cmp(r, ONE);
  if (reached < 0) {
    const base = mul(scale.pointsPerTarget, r);
    return { base, bonus: ZERO, points: base, capped: false };
  }
  // r ≥ 1: the base is B itself (B·1 would be one more object per target).
  const base = scale.pointsPerTarget;
  if (reached === 0) return { base, bonus: ZERO, points: base, capped: false };
  const uncapped = mul(scale.bonusPerRatio ?? mul(scale.pointsPerTarget, scale.bonusSlope), sub(r, ONE));
  const cap = max(ZERO, scale.bonusCap);
  const capped = cmp(uncapped, cap) >= 0;
  const bonus = capped ? cap : uncapped;
  return { base, bonus, points: add(base, bonus), capped };
}
