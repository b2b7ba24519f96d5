import { ZERO, decimalParts, max, mul, type Parts } from "./exact";
import { addParts, compareParts, divParts, mulParts } from "./exact-parts";
import type { TargetScale } from "./target-points";
import type { DecreaseMethod, Direction } from "./types";

/**
 * targetPoints (ratio.ts + target-points.ts) for the common case where every value fits in safe
 * integers, written to one reused scratch object instead of about ten Q objects per target.
 * The two must agree exactly: tests/scoring/target-fast.test.ts checks them against each other.
 */

/** B, max(0, C) and B·k of a criterion as safe-integer fractions; null when one needs BigInt. */
export interface FastScale {
  bn: number;
  bd: number;
  capN: number;
  capD: number;
  slopeN: number;
  slopeD: number;
}

export function fastScale(scale: TargetScale): FastScale | null {
  const cap = max(ZERO, scale.bonusCap);
  const slope = scale.bonusPerRatio ?? mul(scale.pointsPerTarget, scale.bonusSlope);
  const b = scale.pointsPerTarget;
  if (b.bn !== null || cap.bn !== null || slope.bn !== null) return null;
  return { bn: b.n, bd: b.d, capN: cap.n, capD: cap.d, slopeN: slope.n, slopeD: slope.d };
}

export type FastKind = "ratio" | "full-bonus" | "plan-zero";

/** One target's exact points; r is meaningful for kind "ratio" only. Reused: read before the next call. */
export interface FastPoints {
  kind: FastKind;
  rn: number;
  rd: number;
  baseN: number;
  baseD: number;
  bonusN: number;
  bonusD: number;
  pointsN: number;
  pointsD: number;
  capped: boolean;
}

export function newFastPoints(): FastPoints {
  return { kind: "plan-zero", rn: 0, rd: 1, baseN: 0, baseD: 1, bonusN: 0, bonusD: 1, pointsN: 0, pointsD: 1, capped: false };
}

const PLAN: Parts = { n: 0, d: 1 };
const ACTUAL: Parts = { n: 0, d: 1 };
const T: Parts = { n: 0, d: 1 };

/** Fills `out` and returns true, or returns false when the safe-integer path cannot hold a value. */
export function fastTargetPoints(direction: Direction, plan: number | null, actual: number, method: DecreaseMethod, s: FastScale, out: FastPoints): boolean {
  if (!decimalParts(actual, ACTUAL)) return false;
  let rn: number;
  let rd = 1;
  if (direction === "zero") rn = ACTUAL.n === 0 ? 1 : 0;
  else if (direction === "pass") rn = ACTUAL.n > 0 ? 1 : 0;
  else {
    // fromNumber keeps the sign, so the plan's sign is the typed number's (NaN falls through to throw).
    if (plan === null || plan <= 0) return setNone(out);
    if (!decimalParts(plan, PLAN)) return false;
    if (direction === "increase" || method === "linear") {
      if (!divParts(ACTUAL.n, ACTUAL.d, PLAN.n, PLAN.d, T)) return false;
      if (direction === "decrease") {
        // 2 − A/P stays in lowest terms: gcd(2d − n, d) = gcd(n, d) = 1.
        const n = 2 * T.d - T.n;
        if (!Number.isSafeInteger(n)) return false;
        T.n = n;
      }
    } else {
      if (ACTUAL.n === 0) return setFullBonus(s, out);
      if (!divParts(PLAN.n, PLAN.d, ACTUAL.n, ACTUAL.d, T)) return false;
    }
    rn = T.n > 0 ? T.n : 0;
    rd = T.n > 0 ? T.d : 1;
  }
  out.kind = "ratio";
  out.rn = rn;
  out.rd = rd;
  out.capped = false;
  out.bonusN = 0;
  out.bonusD = 1;
  if (rn < rd) {
    if (!mulParts(s.bn, s.bd, rn, rd, T)) return false;
    out.baseN = out.pointsN = T.n;
    out.baseD = out.pointsD = T.d;
    return true;
  }
  out.baseN = s.bn;
  out.baseD = s.bd;
  if (rn === rd) {
    out.pointsN = s.bn;
    out.pointsD = s.bd;
    return true;
  }
  // r > 1: B·k·(r − 1), capped at max(0, C); (rn − rd)/rd is in lowest terms as r is.
  if (!mulParts(s.slopeN, s.slopeD, rn - rd, rd, T)) return false;
  out.capped = compareParts(T.n, T.d, s.capN, s.capD) >= 0;
  out.bonusN = out.capped ? s.capN : T.n;
  out.bonusD = out.capped ? s.capD : T.d;
  return setPoints(s, out);
}

function setNone(out: FastPoints): boolean {
  out.kind = "plan-zero";
  out.rn = 0;
  out.rd = 1;
  out.baseN = out.bonusN = out.pointsN = 0;
  out.baseD = out.bonusD = out.pointsD = 1;
  out.capped = false;
  return true;
}

/** Giảm with nothing left (A = 0 < P): B + max(0, C). */
function setFullBonus(s: FastScale, out: FastPoints): boolean {
  out.kind = "full-bonus";
  out.rn = 0;
  out.rd = 1;
  out.baseN = s.bn;
  out.baseD = s.bd;
  out.bonusN = s.capN;
  out.bonusD = s.capD;
  out.capped = true;
  return setPoints(s, out);
}

function setPoints(s: FastScale, out: FastPoints): boolean {
  if (!addParts(s.bn, s.bd, out.bonusN, out.bonusD, T)) return false;
  out.pointsN = T.n;
  out.pointsD = T.d;
  return true;
}
