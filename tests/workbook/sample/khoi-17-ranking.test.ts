import { calculate } from "../../../src/workbook/calculate";
import { Fraction, modelRanking } from "./independent-ranking";
import { sampleGrid, sampleTable } from "./sample-table";

/**
 * Nothing below is copied from the program's output: every expected rank, total, grade and award comes from
 * independent-ranking.ts, which works the sample out again from its sheets by domain.md's rules, and the
 * sample's story (the flag passing over a top scorer, a tie, a broken Bằng 0 target) is checked on that
 * reckoning before the program is held to it.
 */
describe("Khối 17 sample: the ranking it produces", () => {
  const { result, json } = calculate(sampleGrid(), { lang: "vi", now: new Date(Date.UTC(2019, 0, 10, 2, 0)) });
  const unit = (code: string) => result.units.find((u) => u.code === code)!;
  const model = modelRanking();
  const settings = new Map(sampleTable("Cấu hình").map((r) => [r["Tham số"], r["Giá trị"]]));

  it("ranks all ten without an error and with at most two warnings", () => {
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.issues.length).toBeLessThanOrEqual(2);
    expect(result.blocked).toBe(false);
    expect(result.units.filter((u) => u.rank !== null)).toHaveLength(model.length);
  });

  it("gives every member the total and percent worked out from the sheets by domain.md's rules", () => {
    for (const m of model) {
      expect([m.code, unit(m.code).total]).toEqual([m.code, expect.closeTo(m.total.toNumber(), 9)]);
      expect([m.code, unit(m.code).percent]).toEqual([m.code, expect.closeTo(m.percent.toNumber(), 9)]);
      expect([m.code, unit(m.code).max]).toEqual([m.code, m.max.toNumber()]);
    }
  });

  it("places every member where its points put it, shared ranks for a tie no tie-breaker settles", () => {
    expect(result.units.map((u) => [u.code, u.rank, u.tied])).toEqual(expect.arrayContaining(model.map((m) => [m.code, m.rank, m.tied])));
    expect(result.units.map((u) => u.rank)).toEqual(model.map((m) => m.rank));
  });

  it("grades and proposes awards as the model does", () => {
    for (const m of model) expect([m.code, unit(m.code).grade, unit(m.code).award, unit(m.code).needsVote]).toEqual([m.code, m.grade, m.award, false]);
  });

  it("keeps the Cờ thi đua from the top scorer excluded by a violation, and gives it to the next one", () => {
    const [top, second] = model;
    expect(top.effects).toEqual(["Không xét Cờ"]);
    expect(top.tied || second.tied).toBe(false);
    expect(model.filter((m) => m.award === "flag").map((m) => m.code)).toEqual([second.code]);
    expect(result.units[0].code).toBe(top.code);
    expect(unit(top.code).award).toBe("merit");
    expect(result.units.filter((u) => u.award === "flag").map((u) => u.code)).toEqual([second.code]);
  });

  it("proposes as many Bằng khen as Cấu hình says, the flag's top scorer among them", () => {
    const merits = model.filter((m) => m.award === "merit").map((m) => m.code);
    expect(merits).toHaveLength(Number(settings.get("Số Bằng khen")));
    expect(merits).toContain(model[0].code);
    expect(result.units.filter((u) => u.award === "merit").map((u) => u.code)).toEqual(merits);
  });

  it("shows one đồng hạng lower down, without an award at stake", () => {
    const tied = model.filter((m) => m.tied);
    expect(tied).toHaveLength(2);
    expect(tied[0].rank).toBe(tied[1].rank);
    expect(tied.every((m) => m.award === null && m.rank > 3)).toBe(true);
    expect(result.units.filter((u) => u.tied).map((u) => u.code).sort()).toEqual(tied.map((m) => m.code).sort());
  });

  it("grades below xuất sắc only members that broke a Bằng 0 target, and ranks them last", () => {
    const broke = new Set(sampleTable("Chỉ tiêu").filter((t) => t["Chiều"] === "Bằng 0" && t["Thực hiện"] !== 0).map((t) => String(t["Mã đơn vị"])));
    const below = model.filter((m) => m.grade !== "excellent");
    expect(below.length).toBeGreaterThan(0);
    for (const m of below) expect(broke).toContain(m.code);
    expect(model.slice(-below.length)).toEqual(below);
    expect(result.units.filter((u) => u.grade !== "excellent").map((u) => u.code)).toEqual(below.map((m) => m.code));
  });

  it("adds the CCHC bonus to the eligible agencies rated Xuất sắc and the sector bonus to the members rated Tốt", () => {
    const bonused = (kind: "cchc" | "sector") => result.units.filter((u) => u.adjustments.some((a) => a.kind === kind)).map((u) => u.code).sort();
    expect(bonused("cchc")).toEqual(model.filter((m) => m.cchcBonus).map((m) => m.code).sort());
    expect(bonused("sector")).toEqual(model.filter((m) => m.sectorBonus).map((m) => m.code).sort());
    expect(bonused("cchc").length).toBeGreaterThan(0);
    expect(bonused("sector").length).toBeGreaterThan(0);
  });

  it("scores Cục Thuế's tiêu chí 1 as the worked example of domain.md (358,0714…), in the model and the program", () => {
    const worked = new Fraction(358n).plus(new Fraction(1n, 14n));
    expect(model.find((m) => m.code === "CT")!.targetCriteria.get("1")!.compare(worked)).toBe(0);
    const criterion1 = unit("CT").criteria.find((c) => c.criterionCode === "1")!;
    expect(criterion1.points).toBeCloseTo(worked.toNumber(), 9);
  });

  it("names the bloc and year of Cấu hình in the result JSON", () => {
    expect(json.year).toBe(settings.get("Năm"));
    expect(json.bloc).toBe(settings.get("Khối"));
  });
});
