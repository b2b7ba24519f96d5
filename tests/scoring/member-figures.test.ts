import fc from "fast-check";
import { scoreBloc } from "../../src/scoring/score";
import type { Direction } from "../../src/scoring/types";
import { isNearestDouble, rat, ratAdd, ratCmp, ratDiv, ratMax, ratMul, ratOfTyped, ratSub, type Rat } from "./big-rational";
import { BlocBuilder } from "./builders";
import { oracle } from "./rulebook-oracle";

/**
 * Member figures and the ranking against an independent BigInt oracle. The core sums with estimates and
 * goes to exact sums only when an estimate cannot prove a figure or an order (src/scoring/estimate.ts):
 * whatever path each member takes, every figure must be the double nearest its exact value and the
 * ranking the exact one. Members copying another's targets in another order make exact ties; values
 * only BigInt holds and near-equal totals make the estimates step aside.
 */

/** Typed decimals (plans never 0: a missing plan is an error that blocks the ranking), and values only BigInt holds. */
const amount = fc.oneof(
  fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 100),
  fc.integer({ min: 1, max: 50_000 }),
  fc.constantFrom(0.1 + 0.2, 4503599627370.47, 1e-7, 362.004, 361.996),
);
const target = fc.record({ direction: fc.constantFrom<Direction>("increase", "decrease", "zero", "pass"), plan: amount, actual: amount });
const member = fc.record({
  targets: fc.array(target, { minLength: 5, maxLength: 5 }),
  /** Copy the member this many places before, its targets reversed: an exact tie, summed in another order. */
  copies: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  direct: fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
  bonus: fc.option(fc.integer({ min: 1, max: 999 }).map((n) => n / 100), { nil: null }),
  deduction: fc.option(fc.integer({ min: 1, max: 9999 }).map((n) => n / 1000), { nil: null }),
});

interface Expected {
  code: string;
  sectionI: Rat;
  sectionII: Rat;
  base: Rat;
  targetBonus: Rat;
  deduction: Rat;
  total: Rat;
  percent: Rat;
}

describe("member figures and ranking, estimated sums against exact ones", () => {
  it("give every member the nearest double of each exact figure, and rank as the exact values do", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 2, maxLength: 6 }), (specs) => {
        const b = new BlocBuilder()
          .criterion("1", { method: "targets", standardPoints: 350, targetCount: 5 })
          .criterion("2", { method: "direct", standardPoints: 20, section: "II" });
        const expected: Expected[] = [];
        const copied = specs.map((spec, i) => (spec.copies !== null && i - spec.copies >= 0 ? { ...specs[i - spec.copies], copies: null } : spec));
        copied.forEach((spec, i) => {
          const code = `M${i}`;
          const source = spec === specs[i] ? spec.targets : [...spec.targets].reverse();
          b.member(code);
          let base = rat(0n);
          let bonus = rat(0n);
          for (const t of source) {
            b.target(code, t.direction, t.plan, t.actual);
            const points = oracle(t.direction, t.plan, t.actual, "inverse");
            base = ratAdd(base, points.base);
            bonus = ratAdd(bonus, points.bonus);
          }
          b.score(code, "2", { agreed: spec.direct });
          if (spec.bonus !== null) b.adjust(code, "bonus", "Thưởng", spec.bonus);
          if (spec.deduction !== null) b.adjust(code, "deduction", "Trễ hạn", spec.deduction);
          const direct = ratOfTyped(spec.direct);
          const extra = spec.bonus === null ? rat(0n) : ratOfTyped(spec.bonus);
          const deduction = spec.deduction === null ? rat(0n) : ratOfTyped(spec.deduction);
          const sectionI = ratAdd(base, bonus);
          const total = ratMax(rat(0n), ratSub(ratAdd(ratAdd(sectionI, direct), extra), deduction));
          expected.push({ code, sectionI, sectionII: direct, base: ratAdd(base, direct), targetBonus: bonus, deduction, total, percent: ratMul(ratDiv(total, rat(370n)), rat(100n)) });
        });
        const result = scoreBloc(b.build(), []);
        expect(result.blocked).toBe(false);
        for (const want of expected) {
          const unit = result.units.find((u) => u.code === want.code)!;
          expect({
            sectionI: isNearestDouble(unit.sections.I, want.sectionI),
            sectionII: isNearestDouble(unit.sections.II, want.sectionII),
            base: isNearestDouble(unit.base, want.base),
            targetBonus: isNearestDouble(unit.targetBonus, want.targetBonus),
            total: isNearestDouble(unit.total, want.total),
            percent: isNearestDouble(unit.percent, want.percent),
            criterion: isNearestDouble(unit.criteria[0].points, want.sectionI),
          }).toEqual({ sectionI: true, sectionII: true, base: true, targetBonus: true, total: true, percent: true, criterion: true });
        }
        expect(result.units.map((u) => [u.code, u.rank])).toEqual(exactRanking(expected));
      }),
      { numRuns: 300 },
    );
  });
});

/** Percent, then Nội dung I, then base (higher first), then deduction (lower first); ties share a rank; sheet order kept. */
function exactRanking(members: Expected[]): [string, number][] {
  const order = (a: Expected, b: Expected) => ratCmp(b.percent, a.percent) || ratCmp(b.sectionI, a.sectionI) || ratCmp(b.base, a.base) || ratCmp(a.deduction, b.deduction);
  const sorted = [...members].sort(order);
  return sorted.map((m, i): [string, number] => {
    let first = i;
    while (first > 0 && order(sorted[first - 1], m) === 0) first--;
    return [m.code, first + 1];
  });
}
