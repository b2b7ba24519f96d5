import fc from "fast-check";
import { scoreBloc } from "../../src/scoring/score";
import type { DecreaseMethod, Direction } from "../../src/scoring/types";
import { rat, ratAdd, isNearestDouble } from "./big-rational";
import { oracle } from "./rulebook-oracle";
import { BlocBuilder } from "./builders";
import { issuesOf } from "./helpers";

/** Typed decimals, plus values only BigInt holds (0.1 + 0.2, 4503599627370.47…), so Q's BigInt fallback runs too. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }).map((n) => n / 100),
  fc.constantFrom(0.1 + 0.2, 4503599627370.47, 4503599627370.49, 1.5e21, 1e-7),
);
const target = fc.record({ direction: fc.constantFrom<Direction>("increase", "decrease", "zero", "pass"), plan: value, actual: value, self: fc.option(value, { nil: null }) });

describe("scoreTarget, safe-integer and BigInt values alike", () => {
  it("gives every target the nearest double of its exact points, and every criterion of their exact sum", () => {
    fc.assert(
      fc.property(fc.array(target, { minLength: 1, maxLength: 8 }), fc.constantFrom<DecreaseMethod>("inverse", "linear"), (targets, decreaseMethod) => {
        const b = new BlocBuilder({ decreaseMethod }).member("M");
        for (const t of targets) b.target("M", t.direction, t.plan, t.actual, { selfScore: t.self });
        const result = scoreBloc(b.build(), []);
        const got = result.blocked ? [] : result.units[0].criteria[0].targets;
        let sum = rat(0n);
        got.forEach((t, i) => {
          const want = oracle(t.direction, targets[i].plan, t.actual, decreaseMethod);
          sum = ratAdd(sum, want.points);
          if (want.ratio === null) expect(t.ratio).toBeNull();
          else expect(isNearestDouble(t.ratio as number, want.ratio)).toBe(true);
          expect([isNearestDouble(t.base, want.base), isNearestDouble(t.bonus, want.bonus), isNearestDouble(t.points, want.points)]).toEqual([true, true, true]);
        });
        if (!result.blocked) expect(isNearestDouble(result.units[0].criteria[0].points, sum)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("report absurd ratios and differing self-scores on the BigInt path too", () => {
    const b = new BlocBuilder().member("M");
    b.target("M", "increase", 0.1 + 0.2, 9785, { selfScore: 77 }).target("M", "increase", 0.1 + 0.2, 0.3, { selfScore: 12 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "ratio-absurd").map((i) => i.cell)).toEqual(["H2"]);
    expect(issuesOf(result, "self-score-differs").map((i) => i.cell)).toEqual(["I3"]);
  });
});
