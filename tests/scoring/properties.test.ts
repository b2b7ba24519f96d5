import fc from "fast-check";
import { fromNumber, toNumber } from "../../src/scoring/exact";
import { completionRatio } from "../../src/scoring/ratio";
import { scoreBloc } from "../../src/scoring/score";
import { targetPoints } from "../../src/scoring/target-points";
import type { BlocInput, DecreaseMethod, Direction } from "../../src/scoring/types";
import { BlocBuilder } from "./builders";

/** Numbers as officers type them: up to 3 decimals. */
const typed = (max: number) => fc.tuple(fc.integer({ min: 0, max: max * 1000 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => Math.round(n / 10 ** (3 - k)) / 10 ** k);
const direction = fc.constantFrom<Direction>("increase", "decrease", "zero", "pass");
const method = fc.constantFrom<DecreaseMethod>("inverse", "linear");
const scaleArb = fc.record({ b: typed(100).filter((x) => x > 0), c: typed(10), k: typed(3) });

function points(dir: Direction, plan: number, actual: number, m: DecreaseMethod, s: { b: number; c: number; k: number }) {
  const r = completionRatio(dir, fromNumber(plan), fromNumber(actual), m);
  return targetPoints(r, { pointsPerTarget: fromNumber(s.b), bonusCap: fromNumber(s.c), bonusSlope: fromNumber(s.k) });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const targetArb = fc.record({ direction, plan: typed(1000), actual: typed(1200) });
const memberArb = fc.record({
  targets: fc.array(targetArb, { minLength: 3, maxLength: 5 }),
  cchc: fc.boolean(),
  deductions: fc.array(typed(5), { maxLength: 2 }),
});

function blocOf(members: { targets: { direction: Direction; plan: number; actual: number }[]; cchc: boolean; deductions: number[] }[]): BlocInput {
  const b = new BlocBuilder();
  members.forEach((m, i) => b.member(`M${i}`, `Đơn vị ${i}`, { cchcEligible: m.cchc, cchcRating: "excellent" }));
  members.forEach((m, i) => m.targets.forEach((t) => b.target(`M${i}`, t.direction, t.plan === 0 && t.direction !== "zero" ? 1 : t.plan, t.actual)));
  members.forEach((m, i) => m.deductions.forEach((d, j) => b.adjust(`M${i}`, "deduction", `Lý do ${j}`, d)));
  return b.build();
}

describe("properties of the scoring core", () => {
  it("raising the actual of a Tăng target never lowers its points", () => {
    fc.assert(
      fc.property(typed(1000).filter((p) => p > 0), typed(1500), typed(100), scaleArb, (plan, actual, raise, s) => {
        const low = points("increase", plan, actual, "inverse", s).points;
        const high = points("increase", plan, actual + raise, "inverse", s).points;
        expect(toNumber(high)).toBeGreaterThanOrEqual(toNumber(low));
      }),
    );
  });

  it("points stay within 0 … B + C for every direction", () => {
    fc.assert(
      fc.property(direction, typed(1000), typed(2000), method, scaleArb, (dir, plan, actual, m, s) => {
        const p = toNumber(points(dir, plan, actual, m, s).points);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(s.b + s.c + 1e-9);
      }),
    );
  });

  it("permuting the rows of members, targets and adjustments never changes the result", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1e9 }), (members, seed) => {
        const input = blocOf(members);
        const permuted: BlocInput = {
          ...input,
          members: shuffled(input.members, seed),
          targets: shuffled(input.targets, seed + 1),
          adjustments: shuffled(input.adjustments, seed + 2),
        };
        expect(JSON.stringify(scoreBloc(permuted, []))).toBe(JSON.stringify(scoreBloc(input, [])));
      }),
      { numRuns: 60 },
    );
  });

  it("two members with the same targets entered in a different order always tie", () => {
    fc.assert(
      fc.property(fc.array(targetArb, { minLength: 5, maxLength: 5 }), fc.integer({ min: 1, max: 1e9 }), (targets, seed) => {
        const fixed = targets.map((t) => ({ ...t, plan: t.plan === 0 ? 1 : t.plan }));
        const result = scoreBloc(blocOf([{ targets: fixed, cchc: true, deductions: [] }, { targets: shuffled(fixed, seed), cchc: true, deductions: [] }]), []);
        expect(result.units.map((u) => [u.rank, u.tied])).toEqual([
          [1, true],
          [1, true],
        ]);
        expect(result.units[0].total).toBe(result.units[1].total);
      }),
      { numRuns: 100 },
    );
  });

  it("the ranking is a permutation of the participants with competition ranks", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 8 }), (members) => {
        const result = scoreBloc(blocOf(members), []);
        if (result.blocked) return;
        expect(result.units.map((u) => u.code).sort()).toEqual(members.map((_, i) => `M${i}`).sort());
        result.units.forEach((u, i) => {
          if (i === 0) return expect(u.rank).toBe(1);
          const above = result.units[i - 1];
          if (u.rank === above.rank) expect(u.tied && above.tied && u.percent === above.percent).toBe(true);
          else expect(u.rank).toBe(i + 1);
          expect(u.percent).toBeLessThanOrEqual(above.percent);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("totals that print alike but differ (362,004 vs 361,996) never tie", () => {
    const b = new BlocBuilder().criterion("1", { standardPoints: 400 });
    b.member("A").score("A", "1", { agreed: 361.996 }).member("B").score("B", "1", { agreed: 362.004 });
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.tied])).toEqual([
      ["B", 1, false],
      ["A", 2, false],
    ]);
    fc.assert(
      fc.property(typed(300), fc.integer({ min: 1, max: 9 }), (x, d) => {
        const delta = d / 1000;
        const bb = new BlocBuilder().criterion("1", { standardPoints: 400 });
        bb.member("A").score("A", "1", { agreed: x + delta }).member("B").score("B", "1", { agreed: x });
        expect(scoreBloc(bb.build(), []).units.map((u) => [u.code, u.rank])).toEqual([
          ["A", 1],
          ["B", 2],
        ]);
      }),
    );
  });
});
