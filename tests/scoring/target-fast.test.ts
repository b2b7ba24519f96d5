import fc from "fast-check";
import { ZERO, cmp, eq, fromNumber, max, mul, ratio } from "../../src/scoring/exact";
import { completionRatio } from "../../src/scoring/ratio";
import { fastScale, fastTargetPoints, newFastPoints } from "../../src/scoring/target-fast";
import { targetPoints, type TargetScale } from "../../src/scoring/target-points";
import type { DecreaseMethod, Direction } from "../../src/scoring/types";

/** Signed numbers with up to 4 decimals, small and large, as officers (and mistakes) type them. */
const typed = fc
  .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, k, e]) => (n / 10 ** k) * 10 ** (e > 4 ? e : 0));
const direction = fc.constantFrom<Direction>("increase", "decrease", "zero", "pass");
const method = fc.constantFrom<DecreaseMethod>("inverse", "linear");
const positive = (limit: number) => fc.integer({ min: 1, max: limit * 100 }).map((n) => n / 100);
const scaleArb = fc.record({ b: positive(100), c: fc.oneof(positive(10), fc.constant(0), fc.constant(-1)), k: positive(3) });

function scaleOf(s: { b: number; c: number; k: number }): TargetScale {
  const pointsPerTarget = fromNumber(s.b);
  const bonusSlope = fromNumber(s.k);
  return { pointsPerTarget, bonusCap: fromNumber(s.c), bonusSlope, bonusPerRatio: mul(pointsPerTarget, bonusSlope) };
}

describe("allocation-free target points", () => {
  it("agree exactly with completionRatio + targetPoints whenever they answer", () => {
    const out = newFastPoints();
    let answered = 0;
    fc.assert(
      fc.property(direction, fc.option(typed, { nil: null }), typed, method, scaleArb, (dir, plan, actual, m, s) => {
        const scale = scaleOf(s);
        const fast = fastScale(scale);
        expect(fast).not.toBeNull();
        if (!fastTargetPoints(dir, plan, actual, m, fast!, out)) return;
        answered++;
        const r = completionRatio(dir, plan === null ? null : fromNumber(plan), fromNumber(actual), m);
        const pts = targetPoints(r, scale);
        expect(out.kind).toBe(r.kind);
        if (r.kind === "ratio") expect(eq(ratio(out.rn, out.rd), r.r)).toBe(true);
        expect(cmp(ratio(out.baseN, out.baseD), pts.base)).toBe(0);
        expect(cmp(ratio(out.bonusN, out.bonusD), pts.bonus)).toBe(0);
        expect(cmp(ratio(out.pointsN, out.pointsD), pts.points)).toBe(0);
        expect(out.capped).toBe(pts.capped);
      }),
      { numRuns: 3000 },
    );
    // The comparison above must not be vacuous: typical values take the fast path.
    expect(answered).toBeGreaterThan(2000);
  });

  it("gives up (for the exact path) rather than approximate when a value needs BigInt", () => {
    const fast = fastScale(scaleOf({ b: 70, c: 7, k: 1 }))!;
    const out = newFastPoints();
    expect(fastTargetPoints("increase", 0.1 + 0.2, 0.3, "inverse", fast, out)).toBe(false);
    // Each value fits, but 70 + 140/450359962737047 does not.
    expect(fastTargetPoints("increase", 4503599627370.47, 4503599627370.49, "inverse", fast, out)).toBe(false);
    expect(fastTargetPoints("increase", 1.5e21, 3, "inverse", fast, out)).toBe(false);
    expect(fastTargetPoints("increase", 95, 97.85, "inverse", fast, out)).toBe(true);
    expect([out.rn, out.rd, out.bonusN, out.bonusD]).toEqual([103, 100, 21, 10]);
  });

  it("has no safe-integer scale when a setting needs BigInt", () => {
    const huge = fromNumber(1.5e21);
    expect(fastScale({ pointsPerTarget: huge, bonusCap: fromNumber(7), bonusSlope: fromNumber(1) })).toBeNull();
    expect(fastScale({ pointsPerTarget: fromNumber(70), bonusCap: huge, bonusSlope: fromNumber(1) })).toBeNull();
    // A negative cap is no bonus at all, as targetPoints' max(0, C).
    const s = fastScale({ pointsPerTarget: fromNumber(70), bonusCap: fromNumber(-2), bonusSlope: fromNumber(1) })!;
    expect(eq(ratio(s.capN, s.capD), max(ZERO, fromNumber(-2)))).toBe(true);
  });
});
