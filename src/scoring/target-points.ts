import { ONE, ZERO, Q, add, cmp, mul, sub, max, scratchQ } from "./exact";
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

/** An outcome targetPoints may write to, with values of its own the points are computed into. */
export class TargetPointsOut implements TargetPoints {
  base = ZERO;
  bonus = ZERO;
  points = ZERO;
  capped = false;
  readonly first = scratchQ();
  readonly second = scratchQ();
}

/**
 * base = B·min(r,1); bonus = min(C, B·k·max(r−1,0)); a missing ratio (plan-zero) scores 0.
 * `out`, when given, receives the points (and is returned), computed into its own scratch values: the
 * scoring loop reuses one for every target and reads it before the next, sparing up to four objects a
 * target. Without it new objects are made.
 */
export function targetPoints(ratio: CompletionRatio, scale: TargetScale, out?: TargetPointsOut): TargetPoints {
  if (ratio.kind === "plan-zero") return out === undefined ? NO_POINTS : write(out, ZERO, ZERO, ZERO, false);
  if (ratio.kind === "full-bonus") {
    const cap = max(ZERO, scale.bonusCap);
    return write(out, scale.pointsPerTarget, cap, add(scale.pointsPerTarget, cap, out?.first), true);
  }
  const r = ratio.r;
  const reached = cmp(r, ONE);
  if (reached < 0) {
    const base = mul(scale.pointsPerTarget, r, out?.first);
    return write(out, base, ZERO, base, false);
  }
  // r ≥ 1: the base is B itself (B·1 would be one more object per target).
  const base = scale.pointsPerTarget;
  if (reached === 0) return write(out, base, ZERO, base, false);
  const uncapped = mul(scale.bonusPerRatio ?? mul(scale.pointsPerTarget, scale.bonusSlope), sub(r, ONE, out?.first), out?.first);
  const cap = max(ZERO, scale.bonusCap);
  const capped = cmp(uncapped, cap) >= 0;
  const bonus = capped ? cap : uncapped;
  return write(out, base, bonus, add(base, bonus, out?.second), capped);
}

function write(out: TargetPoints | undefined, base: Q, bonus: Q, points: Q, capped: boolean): TargetPoints {
  if (out === undefined) return { base, bonus, points, capped };
  out.base = base;
  out.bonus = bonus;
  out.points = points;
  out.capped = capped;
  return out;
}
