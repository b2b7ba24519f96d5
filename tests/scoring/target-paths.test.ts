import fc from "fast-check";
import { fromNumber, toNumber } from "../../src/scoring/exact";
import { completionRatio } from "../../src/scoring/ratio";
import { scoreBloc } from "../../src/scoring/score";
import { targetPoints } from "../../src/scoring/target-points";
import type { DecreaseMethod, Direction } from "../../src/scoring/types";
import { BlocBuilder } from "./builders";
import { issuesOf } from "./helpers";

/** Typed decimals, plus values only BigInt holds (0.1 + 0.2, 4503599627370.47…), so both paths of scoreTarget run. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }).map((n) => n / 100),
  fc.constantFrom(0.1 + 0.2, 4503599627370.47, 4503599627370.49, 1.5e21, 1e-7),
);
const target = fc.record({ direction: fc.constantFrom<Direction>("increase", "decrease", "zero", "pass"), plan: value, actual: value, self: fc.option(value, { nil: null }) });

describe("scoreTarget's safe-integer and BigInt paths", () => {
  it("give every target the points, ratio and cap of targetPoints, whichever path scored it", () => {
    fc.assert(
      fc.property(fc.array(target, { minLength: 1, maxLength: 8 }), fc.constantFrom<DecreaseMethod>("inverse", "linear"), (targets, decreaseMethod) => {
        const b = new BlocBuilder({ decreaseMethod }).member("M");
        for (const t of targets) b.target("M", t.direction, t.plan, t.actual, { selfScore: t.self });
        const result = scoreBloc(b.build(), []);
        const scale = { pointsPerTarget: fromNumber(70), bonusCap: fromNumber(7), bonusSlope: fromNumber(1) };
        const got = result.blocked ? [] : result.units[0].criteria[0].targets;
        got.forEach((t, i) => {
          const r = completionRatio(t.direction, fromNumber(targets[i].plan), fromNumber(t.actual), decreaseMethod);
          const p = targetPoints(r, scale);
          expect([t.ratio, t.base, t.bonus, t.points, t.capped]).toEqual([r.kind === "ratio" ? toNumber(r.r) : null, toNumber(p.base), toNumber(p.bonus), toNumber(p.points), p.capped]);
        });
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
