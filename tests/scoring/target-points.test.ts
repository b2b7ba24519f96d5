import { ZERO, eq, fromNumber, ratio, scratchQ, toNumber } from "../../src/scoring/exact";
import { completionRatio } from "../../src/scoring/ratio";
import { TargetPointsOut, targetPoints } from "../../src/scoring/target-points";
import type { DecreaseMethod, Direction } from "../../src/scoring/types";

const scale = { pointsPerTarget: fromNumber(70), bonusCap: fromNumber(7), bonusSlope: fromNumber(1) };

function score(direction: Direction, plan: number | null, actual: number, method: DecreaseMethod = "inverse", s = scale) {
  const r = completionRatio(direction, plan === null ? null : fromNumber(plan), fromNumber(actual), method);
  const p = targetPoints(r, s);
  return { kind: r.kind, ratio: r.kind === "ratio" ? toNumber(r.r) : null, base: toNumber(p.base), bonus: toNumber(p.bonus), points: toNumber(p.points), capped: p.capped };
}

describe("completion ratio and target points", () => {
  it("Tăng: r = A/P, base B·min(r,1), bonus B·k·(r−1) up to C", () => {
    expect(score("increase", 95, 97.85)).toMatchObject({ ratio: 1.03, base: 70, bonus: expect.closeTo(2.1, 12), capped: false });
    expect(score("increase", 400, 380)).toMatchObject({ base: 66.5, bonus: 0, points: 66.5 });
    expect(score("increase", 90, 100)).toMatchObject({ base: 70, bonus: 7, points: 77, capped: true });
    expect(score("increase", 100, 110)).toMatchObject({ points: 77, capped: true });
  });

  it("Tăng or Giảm with plan ≤ 0 or missing: no ratio, 0 points", () => {
    for (const direction of ["increase", "decrease"] as const) {
      expect(score(direction, 0, 5)).toMatchObject({ kind: "plan-zero", points: 0 });
      expect(score(direction, -3, 5)).toMatchObject({ kind: "plan-zero", points: 0 });
      expect(score(direction, null, 5)).toMatchObject({ kind: "plan-zero", points: 0 });
    }
  });

  it("Giảm inverse: r = P/A; A = 0 with P > 0 gives the full bonus", () => {
    expect(score("decrease", 5, 4)).toMatchObject({ ratio: 1.25, points: 77 });
    expect(score("decrease", 10, 12)).toMatchObject({ points: expect.closeTo(58.333333333333, 11), bonus: 0 });
    expect(score("decrease", 10, 0)).toMatchObject({ kind: "full-bonus", base: 70, bonus: 7, points: 77, capped: true });
  });

  it("Giảm linear: r = max(0, 2 − A/P)", () => {
    expect(score("decrease", 10, 12, "linear")).toMatchObject({ ratio: 0.8, points: 56 });
    expect(score("decrease", 10, 25, "linear")).toMatchObject({ ratio: 0, points: 0 });
    expect(score("decrease", 10, 9.5, "linear")).toMatchObject({ ratio: 1.05, points: 73.5 });
  });

  it("Bằng 0: actual 0 → full points without bonus, anything else → 0", () => {
    expect(score("zero", 0, 0)).toMatchObject({ ratio: 1, points: 70, bonus: 0 });
    expect(score("zero", 0, 2)).toMatchObject({ ratio: 0, points: 0 });
  });

  it("Đạt: 1 → full points without bonus, 0 → 0", () => {
    expect(score("pass", null, 1)).toMatchObject({ ratio: 1, points: 70, bonus: 0 });
    expect(score("pass", null, 0)).toMatchObject({ ratio: 0, points: 0 });
  });

  it("a negative actual never scores below 0", () => {
    expect(score("increase", 100, -20)).toMatchObject({ ratio: 0, points: 0 });
  });

  it("uses the slope k and the criterion's B and C", () => {
    const custom = { pointsPerTarget: fromNumber(50), bonusCap: fromNumber(10), bonusSlope: ratio(1, 2) };
    expect(score("increase", 100, 110, "inverse", custom)).toMatchObject({ base: 50, bonus: 2.5, points: 52.5, capped: false });
    expect(score("increase", 100, 150, "inverse", custom)).toMatchObject({ bonus: 10, capped: true });
  });

  it("writes to the caller's reused objects when given them, with the same values as fresh ones", () => {
    const ratioOut = { kind: "ratio" as const, r: ZERO, scratch: scratchQ() };
    const pointsOut = new TargetPointsOut();
    const cases: [Direction, number | null, number, DecreaseMethod][] = [
      ["increase", 95, 97.85, "inverse"], ["increase", 400, 380, "inverse"], ["increase", 90, 100, "inverse"], ["increase", 0, 5, "inverse"],
      ["decrease", 10, 0, "inverse"], ["decrease", 10, 12, "linear"], ["decrease", 10, 8, "inverse"], ["zero", null, 0, "inverse"], ["pass", null, 0, "inverse"],
    ];
    for (const [direction, plan, actual, method] of cases) {
      const planQ = plan === null ? null : fromNumber(plan);
      const fresh = completionRatio(direction, planQ, fromNumber(actual), method);
      const reused = completionRatio(direction, planQ, fromNumber(actual), method, ratioOut);
      expect(reused.kind).toBe(fresh.kind);
      if (fresh.kind === "ratio" && reused.kind === "ratio") expect(eq(reused.r, fresh.r)).toBe(true);
      // A number-dependent ratio comes back in the caller's object, computed into its scratch value;
      // shared outcomes never overwrite it.
      if (reused === ratioOut) {
        expect(["increase", "decrease"]).toContain(direction);
        expect([ratioOut.scratch, ZERO]).toContain(ratioOut.r);
      }
      const expected = targetPoints(fresh, scale);
      const written = targetPoints(reused, scale, pointsOut);
      expect(written).toBe(pointsOut);
      // Computed values land in the outcome's own scratch values: no new object per target.
      for (const value of [written.base, written.bonus, written.points]) expect([pointsOut.first, pointsOut.second, ZERO, scale.pointsPerTarget, scale.bonusCap]).toContain(value);
      expect({ base: toNumber(written.base), bonus: toNumber(written.bonus), points: toNumber(written.points), capped: written.capped }).toEqual({
        base: toNumber(expected.base), bonus: toNumber(expected.bonus), points: toNumber(expected.points), capped: expected.capped,
      });
    }
    expect(completionRatio("increase", fromNumber(95), fromNumber(97.85), "inverse", ratioOut)).toBe(ratioOut);
  });
});
