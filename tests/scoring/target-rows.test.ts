import { plainText } from "../../src/scoring/lazy-text";
import { scoreBloc } from "../../src/scoring/score";
import type { CriterionResult, TargetInput, TargetResult } from "../../src/scoring/types";
import { plainCopy } from "../../src/web/ranking/shown-calculation";
import { BlocBuilder } from "./builders";
import { unitOf } from "./helpers";

/** Two members, five targets each: below, at and above plan, a capped bonus, a Giảm target with nothing left (no ratio). */
function bloc(): BlocBuilder {
  return new BlocBuilder()
    .member("A")
    .member("B")
    .target("A", "increase", 100, 97.85, { no: "1", unit: "tỷ đồng" })
    .target("A", "increase", 100, 100)
    .target("A", "increase", 100, 105)
    .target("A", "decrease", 5, 4)
    .target("A", "increase", 200, 150)
    .target("B", "zero", 0, 0)
    .target("B", "pass", null, 1)
    .target("B", "increase", 98, 99.5)
    .target("B", "decrease", 10, 0)
    .target("B", "increase", 400, 380);
}

/** Increase targets, in this order: [member code, criterion code, name]. */
function withTargets(b: BlocBuilder, rows: [string, string, string][]) {
  for (const [member, criterionCode, name] of rows) b.target(member, "increase", 100, 90, { criterionCode, name });
  return b.build();
}

function criterionOf(code: string): CriterionResult {
  return unitOf(scoreBloc(bloc().build(), []), code).criteria[0];
}

/** A row with its text made a literal: structured cloning refuses the lazy text's Proxy (lazy-text.ts). */
function plainRow(t: TargetResult): TargetResult {
  return { ...t, explanation: plainText(t.explanation) };
}

describe("a criterion's target rows, made when first read", () => {
  it("give each target the figures the rules give it", () => {
    const rows = criterionOf("A").targets.map((t) => [t.ratio, t.base, t.bonus, t.points, t.capped]);
    expect(rows).toEqual([
      [0.9785, 68.495, 0, 68.495, false],
      [1, 70, 0, 70, false],
      [1.05, 70, 3.5, 73.5, false],
      [1.25, 70, 7, 77, true],
      [0.75, 52.5, 0, 52.5, false],
    ]);
    const b = criterionOf("B").targets.map((t) => [t.ratio, t.points, t.capped]);
    expect(b).toEqual([
      [1, 70, false],
      [1, 70, false],
      [99.5 / 98, 70 + 70 * (1.5 / 98), false],
      [null, 77, true],
      [0.95, 66.5, false],
    ]);
  });

  it("carry the row they were read from, in sheet order, with its explanation", () => {
    const input = bloc().build();
    const rows = unitOf(scoreBloc(input, []), "A").criteria[0].targets;
    const first = input.targets[0];
    expect(Object.keys(rows[0])).toEqual(["memberCode", "criterionCode", "no", "name", "unit", "direction", "plan", "actual", "ratio", "base", "bonus", "points", "capped", "selfScore", "explanation", "source"]);
    expect(rows[0]).toMatchObject({ memberCode: "A", criterionCode: "1", no: "1", name: first.name, unit: "tỷ đồng", direction: "increase", plan: 100, actual: 97.85, selfScore: null });
    expect(rows[0].source).toBe(first.source);
    expect(rows.map((t) => t.source.row)).toEqual(input.targets.slice(0, 5).map((t) => t.source.row));
    expect(rows[0].explanation.vi).toContain("97,85");
  });

  it("are built by nobody while scoring: the first read builds them, the second gives the same objects", () => {
    const input = bloc().build();
    let reads = 0;
    // `unit` is read only to make a row: count the reads.
    input.targets = input.targets.map((t): TargetInput => {
      const copy = { ...t };
      Object.defineProperty(copy, "unit", { enumerable: true, get: () => (reads++, t.unit) });
      return copy;
    });
    const c = unitOf(scoreBloc(input, []), "A").criteria[0];
    expect(reads).toBe(0);
    const rows = c.targets;
    expect(reads).toBe(5);
    expect(c.targets).toBe(rows);
    expect(c.targets[2]).toBe(rows[2]);
    expect(reads).toBe(5);
  });

  it("look like a plain array field to every consumer: keys, JSON, spread, toEqual, the web page's copy, structuredClone", () => {
    const c = criterionOf("A");
    const rows = c.targets.map(plainRow);
    expect(Object.keys(c)).toEqual(["criterionCode", "section", "name", "method", "standardPoints", "points", "base", "bonus", "scoreUsed", "targets", "explanation", "source"]);
    expect(Array.isArray(c.targets)).toBe(true);
    expect(JSON.parse(JSON.stringify(c)).targets).toEqual(JSON.parse(JSON.stringify(rows)));
    expect({ ...c }.targets).toBe(c.targets);
    expect(c).toEqual({ ...c, targets: rows });
    expect(c).not.toEqual({ ...c, targets: rows.slice(1) });
    expect(plainCopy(c).targets).toStrictEqual(rows);
    // Texts made literals in place (structured cloning refuses their Proxy): the rows field itself stays lazy.
    for (const t of c.targets) t.explanation = plainText(t.explanation);
    c.explanation = plainText(c.explanation);
    expect(Object.getOwnPropertyDescriptor(c, "targets")?.get).toBeDefined();
    expect(structuredClone(c).targets).toStrictEqual(rows);
  });

  it("a directly scored criterion has no rows, as a plain empty array", () => {
    const result = scoreBloc(
      new BlocBuilder().criterion("1", { method: "direct" }).member("A").score("A", "1", { self: 15 }).build(),
      [],
    );
    const c = unitOf(result, "A").criteria[0];
    expect(c.targets).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(c, "targets")?.value).toEqual([]);
  });

  it("group a member's interleaved rows by criterion code (case and spaces aside), each in sheet order", () => {
    const b = new BlocBuilder()
      .criterion("K1", { method: "targets", targetCount: 2, standardPoints: 140 })
      .criterion("K2", { method: "targets", targetCount: 3, standardPoints: 210 })
      .member("A");
    const input = withTargets(b, [["A", "K1", "a"], ["A", "K2", "b"], ["A", " k2 ", "c"], ["A", "k1", "d"], ["A", "K2", "e"]]);
    const unit = unitOf(scoreBloc(input, []), "A");
    expect(unit.criteria.map((c) => [c.criterionCode, c.targets.map((t) => t.name), c.targets.length])).toEqual([
      ["K1", ["a", "d"], 2],
      ["K2", ["b", "c", "e"], 3],
    ]);
  });

  it("join a member's rows wherever they stand, past other members' rows and rows that are refused", () => {
    const b = new BlocBuilder().criterion("K1", { method: "targets", targetCount: 3, standardPoints: 210 }).member("A").member("B");
    const input = withTargets(b, [["A", "K1", "a1"], ["A", "K9", "refused"], ["A", "K1", "a2"], ["B", "K1", "b1"], ["Z", "K1", "nobody"], [" a ", "K1", "a3"]]);
    const result = scoreBloc(input, []);
    expect(result.issues.map((i) => i.code).sort()).toEqual(["criterion-unknown", "member-unknown", "targets-missing"]);
    expect(result.units).toEqual([]);
    const again = scoreBloc({ ...input, targets: input.targets.filter((t) => t.name !== "refused" && t.name !== "nobody") }, []);
    expect(unitOf(again, "A").criteria[0].targets.map((t) => t.name)).toEqual(["a1", "a2", "a3"]);
    expect(unitOf(again, "B").criteria[0].targets.map((t) => t.name)).toEqual(["b1"]);
  });
});
