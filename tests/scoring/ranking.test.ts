import { ONE, Q, ZERO, div, fromNumber, int, sub } from "../../src/scoring/exact";
import { Estimate } from "../../src/scoring/estimate";
import { rankEntries, type RankEntry, type RankExact } from "../../src/scoring/ranking";
import { gradeOf } from "../../src/scoring/grades";
import { scoreBloc } from "../../src/scoring/score";
import { DEFAULT_SETTINGS } from "../../src/scoring/settings";
import type { Settings } from "../../src/scoring/types";
import { BlocBuilder } from "./builders";
import { issuesOf, unitOf } from "./helpers";

/** Nội dung I and II scored directly, 100 points each: a member's points are just numbers. */
function bloc(settings: Partial<Settings> = {}): BlocBuilder {
  return new BlocBuilder(settings).criterion("1", { standardPoints: 100 }).criterion("2", { standardPoints: 100, section: "II" });
}

function member(b: BlocBuilder, code: string, one: number, two: number): BlocBuilder {
  return b.member(code, `Đơn vị ${code}`).score(code, "1", { agreed: one }).score(code, "2", { agreed: two });
}

const order = (b: BlocBuilder) => scoreBloc(b.build(), []).units.map((u) => [u.code, u.rank]);

describe("ranking", () => {
  it("orders by percent, then Nội dung I, and says which tie-breaker placed a member", () => {
    const b = bloc();
    member(b, "A", 90, 95).member("B", "Đơn vị B").score("B", "1", { agreed: 95 }).score("B", "2", { agreed: 90 });
    member(b, "C", 99, 99);
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.tied])).toEqual([
      ["C", 1, false],
      ["B", 2, false],
      ["A", 3, false],
    ]);
    expect(unitOf(result, "C").tieBreak).toBeNull();
    expect(unitOf(result, "B").tieBreak?.vi).toBe("Bằng tỷ lệ % với Đơn vị A (A); xếp trên do điểm Nội dung I cao hơn (95,00 so với 90,00)");
    expect(unitOf(result, "A").tieBreak?.vi).toBe("Bằng tỷ lệ % với Đơn vị B (B); xếp dưới do điểm Nội dung I thấp hơn (90,00 so với 95,00)");
  });

  it("then base points (target bonuses excluded), then lower deductions", () => {
    const b = new BlocBuilder().criterion("1", { method: "targets", standardPoints: 100, targetCount: 2, pointsPerTarget: 50, bonusCapPerTarget: 5 });
    b.member("BONUS").target("BONUS", "increase", 100, 110, { criterionCode: "1" }).target("BONUS", "increase", 100, 90, { criterionCode: "1" });
    b.member("PLAIN").target("PLAIN", "increase", 100, 100, { criterionCode: "1" }).target("PLAIN", "increase", 100, 100, { criterionCode: "1" });
    b.member("DEDUCT").target("DEDUCT", "increase", 100, 100, { criterionCode: "1" }).target("DEDUCT", "increase", 100, 100, { criterionCode: "1" });
    b.adjust("DEDUCT", "bonus", "Thưởng", 2).adjust("DEDUCT", "deduction", "Trễ hạn", 2);
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.total])).toEqual([
      ["PLAIN", 1, 100],
      ["DEDUCT", 2, 100],
      ["BONUS", 3, 100],
    ]);
    expect(unitOf(result, "DEDUCT").tieBreak?.en).toBe(
      "Same percent as PLAIN; placed below on deductions: higher (2.00 vs 0.00); Same percent as BONUS; placed above on base points (target bonuses excluded): higher (100.00 vs 95.00)",
    );
  });

  it("a true tie gets competition ranks, keeps the members-sheet order, a note and a warning each", () => {
    const b = bloc();
    member(b, "Z", 90, 90);
    member(b, "Y", 95, 95);
    member(b, "B", 90, 90);
    member(b, "A", 80, 80);
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.tied])).toEqual([
      ["Y", 1, false],
      ["Z", 2, true],
      ["B", 2, true],
      ["A", 4, false],
    ]);
    expect(unitOf(result, "Z").notes[0]).toEqual({ vi: "Đồng hạng — khối bình xét, biểu quyết", en: "Tied — the bloc decides by vote" });
    expect(unitOf(result, "Z").tieBreak).toBeNull();
    expect(issuesOf(result, "tie-needs-vote").map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["warning", "Đơn vị", "A2"],
      ["warning", "Đơn vị", "A4"],
    ]);
    expect(issuesOf(result, "tie-needs-vote")[0].message.vi).toContain("đồng hạng 2 với Đơn vị B (B)");
  });

  it("a Xếp cuối violation puts the member after all others, keeping its points and grade", () => {
    const b = bloc();
    member(b, "TOP", 100, 100);
    member(b, "MID", 90, 90);
    member(b, "LOW", 50, 50);
    b.violation("TOP", "rank-last", "Để xảy ra sai phạm nghiêm trọng");
    const result = scoreBloc(b.build(), []);
    expect(order(b)).toEqual([
      ["MID", 1],
      ["LOW", 2],
      ["TOP", 3],
    ]);
    expect(unitOf(result, "TOP")).toMatchObject({ total: 200, grade: "excellent", award: "merit" });
    expect(unitOf(result, "TOP").notes).toContainEqual({ vi: "Xếp cuối do vi phạm: Để xảy ra sai phạm nghiêm trọng", en: "Ranked last because of a violation: Để xảy ra sai phạm nghiêm trọng" });
    expect(unitOf(result, "TOP").tieBreak?.vi).toBe("Xếp dưới Đơn vị LOW (LOW) do vi phạm (Xếp cuối)");
  });
});

/** A ranking entry's percent: its estimate, and the exact value (counting how often it is asked for). */
function percentOf(exact: Q): { percent: Estimate; exact: () => RankExact; asked: () => number } {
  const percent = new Estimate();
  percent.set(exact);
  let asked = 0;
  return {
    percent,
    exact: () => {
      asked++;
      return { percent: exact, firstSection: ZERO, base: ZERO };
    },
    asked: () => asked,
  };
}

describe("grades", () => {
  it("uses the thresholds on the exact percent", () => {
    const grade = (p: number) => gradeOf(percentOf(fromNumber(p)), DEFAULT_SETTINGS);
    expect([100, 90, 89.999, 80, 79.99, 70, 69.9999, 0].map(grade)).toEqual(["excellent", "excellent", "good", "good", "pass", "pass", "fail", "fail"]);
    expect(gradeOf(percentOf(fromNumber(85)), { excellentThreshold: 85, goodThreshold: 75, passThreshold: 50 })).toBe("excellent");
  });

  it("asks for the exact percent only when the estimate lies too close to a threshold", () => {
    const far = percentOf(fromNumber(85.5));
    expect(gradeOf(far, DEFAULT_SETTINGS)).toBe("good");
    expect(far.asked()).toBe(0);
    // 90 − 10⁻³⁰: its estimate cannot be told from 90, the exact value is below it.
    const justBelow = percentOf(sub(int(90), div(ONE, fromNumber(1e30))));
    expect(gradeOf(justBelow, DEFAULT_SETTINGS)).toBe("good");
    expect(justBelow.asked()).toBeGreaterThan(0);
    const exactly = percentOf(int(90));
    expect(gradeOf(exactly, DEFAULT_SETTINGS)).toBe("excellent");
  });
});

describe("ranking on estimated percents", () => {
  /** An entry whose exact values are given, counting how often they are asked for. */
  function entry(percent: Q, firstSection: Q = ZERO): RankEntry & { asked: () => number } {
    const estimate = new Estimate();
    estimate.set(percent);
    let asked = 0;
    return {
      rankLast: false,
      percent: estimate,
      deduction: ZERO,
      exact: () => {
        asked++;
        return { percent, firstSection, base: ZERO };
      },
      asked: () => asked,
    };
  }

  it("orders distinct percents without the exact values, and asks for them to settle equal ones", () => {
    const distinct = [entry(fromNumber(91.5)), entry(fromNumber(99.25)), entry(fromNumber(80))];
    expect(rankEntries(distinct).map((r) => r.index)).toEqual([1, 0, 2]);
    expect(distinct.map((e) => e.asked())).toEqual([0, 0, 0]);

    const tied = [entry(fromNumber(95), int(40)), entry(div(int(190), int(2)), int(60)), entry(fromNumber(90))];
    const ranked = rankEntries(tied);
    expect(ranked.map((r) => [r.index, r.rank, r.decidedBy])).toEqual([
      [1, 1, "first"],
      [0, 2, "section"],
      [2, 3, "percent"],
    ]);
    expect(tied[0].asked()).toBeGreaterThan(0);
    expect(tied[2].asked()).toBe(0);
  });
});
