import { scoreBloc } from "../../src/scoring/score";
import { workedExample } from "./builders";

describe("worked example of domain.md (default settings)", () => {
  const result = scoreBloc(workedExample().build(), []);
  const unit = (code: string) => {
    const u = result.units.find((x) => x.code === code);
    if (!u) throw new Error(`no unit ${code}`);
    return u;
  };

  it("is not blocked and has no issues", () => {
    expect(result.blocked).toBe(false);
    expect(result.issues).toEqual([]);
  });

  it("scores every target as in the table", () => {
    const points = (code: string) => unit(code).criteria[0].targets.map((t) => t.points);
    expect(points("CT")).toEqual([73.5, 77, 70 + 1.5 / 98 * 70, 66.5, 70].map((p) => expect.closeTo(p, 12)));
    expect(points("CV")).toEqual([63, 77, 70, 77, 70]);
    expect(points("KB")).toEqual([72.1, 69.72, 77, expect.closeTo(58.333333333333, 11), 73.5]);
  });

  it("reproduces totals and percent to the last decimal", () => {
    expect(unit("CT").total).toBeCloseTo(363.0714285714, 10);
    expect(unit("CT").percent).toBeCloseTo(103.7346938776, 10);
    expect(unit("CT").sections).toEqual({ I: expect.closeTo(358.0714285714, 10) });
    expect(unit("CT").bonus).toBe(5);
    expect(unit("CV").total).toBe(362);
    expect(unit("CV").percent).toBeCloseTo(103.4285714286, 10);
    expect(unit("KB").total).toBeCloseTo(348.6533333333, 10);
    expect(unit("KB").percent).toBeCloseTo(99.6152380952, 10);
    expect(unit("KB").bonus).toBe(0);
    expect(unit("KB").deduction).toBe(2);
    expect(unit("KB").max).toBe(350);
  });

  it("ranks, grades and proposes awards", () => {
    expect(result.units.map((u) => [u.code, u.rank, u.grade, u.award])).toEqual([
      ["CT", 1, "excellent", "flag"],
      ["CV", 2, "excellent", "merit"],
      ["KB", 3, "excellent", "merit"],
    ]);
    expect(result.units.every((u) => !u.tied && !u.needsVote && u.tieBreak === null)).toBe(true);
  });

  it("explains targets and criteria in both languages", () => {
    const kb = unit("KB").criteria[0];
    expect(kb.targets[0].explanation).toEqual({ vi: "97,85/95 = 103,0 % → 70 + 2,10", en: "97.85/95 = 103.0% → 70 + 2.10" });
    expect(kb.targets[3].explanation.vi).toBe("P/A = 10/12 = 83,3 % → 58,33");
    expect(unit("CV").criteria[0].targets[2].explanation.vi).toBe("Bằng 0: thực hiện 0 → 70");
    expect(unit("CT").criteria[0].explanation.vi).toBe("5 chỉ tiêu: 73,50 + 77,00 + 71,07 + 66,50 + 70,00 = 358,07");
    expect(unit("CT").adjustments[0]).toMatchObject({ kind: "cchc", points: 5, reason: { vi: "Cộng điểm CCHC: xếp loại Xuất sắc" } });
  });

  it("with the linear Giảm variant, Kho bạc's 4th target scores 56 and its total becomes 346,32", () => {
    const linear = scoreBloc(workedExample({ decreaseMethod: "linear" }).build(), []);
    const kb = linear.units.find((u) => u.code === "KB");
    expect(kb?.criteria[0].targets[3].points).toBe(56);
    expect(kb?.total).toBeCloseTo(346.32, 10);
    expect(kb?.criteria[0].targets[3].explanation.vi).toBe("2 − A/P = 2 − 12/10 = 80,0 % → 56");
  });
});
