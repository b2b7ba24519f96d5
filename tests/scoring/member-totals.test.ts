import { scoreBloc } from "../../src/scoring/score";
import { BlocBuilder } from "./builders";
import { issuesOf, unitOf } from "./helpers";

function member(b: BlocBuilder, code: string, actual = 100, extra: Parameters<BlocBuilder["member"]>[2] = {}): BlocBuilder {
  b.member(code, `Đơn vị ${code}`, extra);
  for (let i = 0; i < 5; i++) b.target(code, "increase", 100, actual);
  return b;
}

describe("member bonuses, deductions and totals", () => {
  it("CCHC bonus only when eligible and rated Xuất sắc; sector bonus for Tốt or Xuất sắc", () => {
    const b = new BlocBuilder({ cchcBonus: 5, sectorBonus: 3 });
    member(b, "A", 100, { cchcEligible: true, cchcRating: "excellent" });
    member(b, "B", 100, { cchcEligible: true, cchcRating: "good", sectorRating: "good" });
    member(b, "C", 100, { sectorRating: "excellent" });
    member(b, "D", 100, { sectorRating: "fair" });
    const result = scoreBloc(b.build(), []);
    expect(["A", "B", "C", "D"].map((c) => unitOf(result, c).bonus)).toEqual([5, 3, 3, 0]);
    expect(unitOf(result, "B").adjustments).toEqual([
      { kind: "sector", reason: { vi: "Cộng điểm xếp loại ngành: Tốt", en: "Sector rating bonus: Good" }, count: 1, pointsEach: 3, points: 3, source: expect.anything() },
    ]);
  });

  it("a Xuất sắc CCHC rating on a member not marked eligible adds nothing and says so", () => {
    const b = new BlocBuilder();
    member(b, "A", 100, { cchcEligible: false, cchcRating: "excellent" });
    const result = scoreBloc(b.build(), []);
    expect(unitOf(result, "A").bonus).toBe(0);
    expect(issuesOf(result, "cchc-rating-ignored")).toMatchObject([{ severity: "warning", sheet: "Đơn vị", cell: "E2" }]);
  });

  it("Cộng and Trừ lines count count × points each", () => {
    const b = new BlocBuilder();
    member(b, "A");
    b.adjust("A", "bonus", "Đăng cai hội nghị", 1.5, 2).adjust("A", "deduction", "Nộp báo cáo trễ", 0.5, 3);
    const a = unitOf(scoreBloc(b.build(), []), "A");
    expect(a).toMatchObject({ bonus: 3, deduction: 1.5, total: 351.5 });
    expect(a.adjustments.map((x) => [x.kind, x.reason.vi, x.points])).toEqual([
      ["bonus", "Đăng cai hội nghị", 3],
      ["deduction", "Nộp báo cáo trễ", 1.5],
    ]);
  });

  it("the same line entered twice is a warning on the second reason cell; both still count", () => {
    const b = new BlocBuilder();
    member(b, "A");
    b.adjust("A", "deduction", "Nộp báo cáo trễ", 2).adjust("A", "deduction", "  nop BAO CAO  tre ", 2).adjust("A", "deduction", "Nộp báo cáo trễ", 1);
    b.adjust("A", "bonus", "Nộp báo cáo trễ", 2);
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "deduction-duplicate")).toMatchObject([{ severity: "warning", sheet: "Cộng trừ", cell: "C3" }]);
    expect(issuesOf(result, "deduction-duplicate")[0].message.vi).toContain("dòng 2");
    expect(unitOf(result, "A").deduction).toBe(5);
  });

  it("the total never goes below 0", () => {
    const b = new BlocBuilder();
    member(b, "A", 1);
    b.adjust("A", "deduction", "Không ký giao ước", 100);
    expect(unitOf(scoreBloc(b.build(), []), "A")).toMatchObject({ total: 0, percent: 0, grade: "fail" });
  });

  it("percent is total / max × 100, and 0 when the max is 0", () => {
    const b = new BlocBuilder().criterion("1", { method: "targets", standardPoints: 350 }).criterion("2", { method: "direct", standardPoints: 0 });
    b.member("A");
    for (let i = 0; i < 5; i++) b.target("A", "increase", 100, 100);
    b.member("Z");
    b.criteria[0].appliesTo = ["A"];
    b.score("A", "2", { agreed: 0 });
    b.score("Z", "2", { agreed: 0 });
    const result = scoreBloc(b.build(), []);
    expect(unitOf(result, "A").percent).toBe(100);
    expect(unitOf(result, "Z")).toMatchObject({ max: 0, total: 0, percent: 0 });
  });

  it("non-participants are listed after the ranked ones, unranked, without missing-target warnings", () => {
    const b = new BlocBuilder();
    b.member("N", "Không tham gia", { participates: false });
    member(b, "A", 90);
    member(b, "B", 100);
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.grade, u.award])).toEqual([
      ["B", 1, "excellent", "flag"],
      ["A", 2, "excellent", "merit"],
      ["N", null, "fail", null],
    ]);
    expect(unitOf(result, "N").notes).toEqual([{ vi: "Không tham gia", en: "Not participating" }]);
    expect(issuesOf(result, "targets-missing")).toEqual([]);
  });

  it("a non-participant is graded from its percent like everyone, yet stays unranked and without award", () => {
    const b = new BlocBuilder();
    member(b, "N", 110, { participates: false });
    member(b, "G", 85);
    member(b, "P", 72);
    const result = scoreBloc(b.build(), []);
    expect(result.units.map((u) => [u.code, u.rank, u.grade, u.award, u.tied])).toEqual([
      ["G", 1, "good", "merit", false],
      ["P", 2, "pass", null, false],
      ["N", null, "excellent", null, false],
    ]);
    expect(unitOf(result, "N").percent).toBeGreaterThan(unitOf(result, "G").percent);
    expect(unitOf(result, "N").notes).toEqual([{ vi: "Không tham gia", en: "Not participating" }]);
  });
});
