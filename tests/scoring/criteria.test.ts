import { memberIndependentCriteria, resolveCriteria } from "../../src/scoring/applicability";
import { scoreBloc } from "../../src/scoring/score";
import { BlocBuilder } from "./builders";
import { issuesOf, unitOf } from "./helpers";

/** A bloc with Tiêu chí 1 (5 targets) and a directly scored Tiêu chí 2 of 20 points in Nội dung II. */
function twoCriteria(): BlocBuilder {
  return new BlocBuilder()
    .criterion("1", { method: "targets", standardPoints: 350 })
    .criterion("2", { method: "direct", standardPoints: 20, section: "II" });
}

function targets(b: BlocBuilder, member: string, criterion = "1", count = 5): BlocBuilder {
  for (let i = 0; i < count; i++) b.target(member, "increase", 100, 100, { criterionCode: criterion });
  return b;
}

describe("criteria scored directly", () => {
  it("uses agreed, else verified, else self — never the highest", () => {
    const b = twoCriteria().member("A").member("B").member("C");
    ["A", "B", "C"].forEach((m) => targets(b, m));
    b.score("A", "2", { self: 20, verified: 19, agreed: 18 });
    b.score("B", "2", { self: 20, verified: 17 });
    b.score("C", "2", { self: 16 });
    const result = scoreBloc(b.build(), []);
    expect(["A", "B", "C"].map((c) => unitOf(result, c).criteria[1])).toMatchObject([
      { points: 18, scoreUsed: "agreed", explanation: { vi: "Điểm thống nhất 18 / 20", en: "Agreed score 18 / 20" } },
      { points: 17, scoreUsed: "verified", explanation: { vi: "Điểm khối chấm 17 / 20" } },
      { points: 16, scoreUsed: "self", explanation: { vi: "Điểm tự chấm 16 / 20" } },
    ]);
    expect(unitOf(result, "A").sections).toEqual({ I: 350, II: 18 });
    expect(unitOf(result, "A").max).toBe(370);
  });

  it("a used score outside 0 … standard points is an error on its cell; an unused one a warning", () => {
    const b = twoCriteria().member("A");
    targets(b, "A");
    b.score("A", "2", { self: 25, agreed: 21 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "score-out-of-range").map((i) => [i.severity, i.cell])).toEqual([
      ["error", "E2"],
      ["warning", "C2"],
    ]);
    expect(result.blocked).toBe(true);
  });

  it("a criterion without a score row is a warning on the member's code cell and counts 0", () => {
    const b = twoCriteria().member("A");
    targets(b, "A");
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "score-missing")).toMatchObject([{ severity: "warning", sheet: "Đơn vị", cell: "A2" }]);
    expect(unitOf(result, "A").criteria[1]).toMatchObject({ points: 0, scoreUsed: null, explanation: { vi: "Chưa có điểm → 0 / 20" } });
    expect(unitOf(result, "A").max).toBe(370);
  });

  it("criteria per-target points and bonus cap override the settings", () => {
    const b = new BlocBuilder().criterion("1", { method: "targets", standardPoints: 100, targetCount: 2, pointsPerTarget: 50, bonusCapPerTarget: 2 }).member("A");
    b.target("A", "increase", 100, 110).target("A", "increase", 100, 101);
    const result = scoreBloc(b.build(), []);
    expect(unitOf(result, "A").criteria[0].targets.map((t) => t.points)).toEqual([52, 50.5]);
  });
});

describe("Áp dụng cho and alternative groups", () => {
  it("a criterion applies only to the listed members; data for others is a warning and ignored", () => {
    const b = twoCriteria().member("A").member("B");
    b.criteria[1].appliesTo = ["A"];
    targets(b, "A");
    targets(b, "B");
    b.score("A", "2", { agreed: 20 });
    b.score("B", "2", { agreed: 20 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "criterion-not-applicable")).toMatchObject([{ severity: "warning", sheet: "Chấm điểm", cell: "B3" }]);
    expect(unitOf(result, "B").max).toBe(350);
    expect(unitOf(result, "B").total).toBe(350);
    expect(unitOf(result, "B").sections).toEqual({ I: 350, II: 0 });
    expect(unitOf(result, "A").max).toBe(370);
    expect(issuesOf(result, "maxima-differ")).toMatchObject([{ severity: "warning", sheet: "Tiêu chí", cell: "" }]);
    expect(issuesOf(result, "maxima-differ")[0].message.vi).toContain("370,00; 350,00");
  });

  it("the member's criterion in a group is the one with data; the max counts that one", () => {
    const b = new BlocBuilder()
      .criterion("1", { method: "targets", standardPoints: 350, alternativeGroup: "Định lượng" })
      .criterion("2", { method: "targets", standardPoints: 140, targetCount: 2, alternativeGroup: "định lượng" })
      .member("A")
      .member("TK");
    targets(b, "A");
    targets(b, "TK", "2", 2);
    const result = scoreBloc(b.build(), []);
    expect(result.issues.filter((i) => i.code !== "maxima-differ")).toEqual([]);
    expect(unitOf(result, "TK").criteria.map((c) => c.criterionCode)).toEqual(["2"]);
    expect(unitOf(result, "TK")).toMatchObject({ max: 140, total: 140, percent: 100 });
    expect(unitOf(result, "A")).toMatchObject({ max: 350, percent: 100 });
  });

  it("two criteria of a group with data: error on the first row of the second criterion", () => {
    const b = new BlocBuilder()
      .criterion("1", { method: "targets", standardPoints: 350, alternativeGroup: "G" })
      .criterion("6", { method: "direct", standardPoints: 350, alternativeGroup: "G" })
      .member("A");
    targets(b, "A");
    b.score("A", "6", { agreed: 300 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "alternative-multiple")).toMatchObject([{ severity: "error", sheet: "Chấm điểm", cell: "B2" }]);
    expect(result.blocked).toBe(true);
  });

  it("no criterion of a group with data: warning, 0 points, the group's first applicable criterion in the max", () => {
    const b = new BlocBuilder()
      .criterion("1", { method: "targets", standardPoints: 350, alternativeGroup: "G", appliesTo: ["B"] })
      .criterion("6", { method: "direct", standardPoints: 300, alternativeGroup: "G" })
      .criterion("7", { method: "direct", standardPoints: 10, section: "II" })
      .member("A");
    b.score("A", "7", { agreed: 10 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "alternative-none")).toMatchObject([{ severity: "warning", sheet: "Đơn vị", cell: "A2" }]);
    expect(unitOf(result, "A")).toMatchObject({ max: 310, total: 10 });
    expect(unitOf(result, "A").criteria[0]).toMatchObject({ criterionCode: "6", points: 0, explanation: { vi: "Nhóm thay thế 'G': chưa có số liệu → 0" } });
  });

  it("targets for a directly scored criterion (or the reverse) are a warning and ignored", () => {
    const b = twoCriteria().member("A");
    targets(b, "A");
    b.target("A", "increase", 10, 10, { criterionCode: "2" });
    b.score("A", "2", { agreed: 20 });
    b.score("A", "1", { agreed: 300 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "criterion-not-applicable").map((i) => [i.sheet, i.cell])).toEqual([
      ["Chấm điểm", "B3"],
      ["Chỉ tiêu", "B7"],
    ]);
    expect(unitOf(result, "A").total).toBe(370);
  });
});

describe("references between sheets", () => {
  it("codes not in the members list are errors on the code cell, in every sheet", () => {
    const b = new BlocBuilder().member("A");
    targets(b, "A");
    b.target("X", "increase", 100, 100);
    b.adjust("Y", "bonus", "Thưởng", 1);
    b.violation("Z", "no-flag");
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "member-unknown").map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["error", "Chỉ tiêu", "A7"],
      ["error", "Cộng trừ", "A2"],
      ["error", "Vi phạm", "A2"],
    ]);
    expect(issuesOf(result, "member-unknown")[0].message.vi).toBe("Mã đơn vị 'X' không có trong trang 'Đơn vị'. Sửa mã cho đúng hoặc thêm đơn vị này vào trang 'Đơn vị'.");
  });

  it("a target or score for an unknown criterion is an error on the criterion cell", () => {
    const b = twoCriteria().member("A");
    targets(b, "A");
    b.target("A", "increase", 100, 100, { criterionCode: "9" });
    b.score("A", "2", { agreed: 20 });
    b.score("A", "8", { agreed: 20 });
    const result = scoreBloc(b.build(), []);
    expect(issuesOf(result, "criterion-unknown").map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["error", "Chỉ tiêu", "B7"],
      ["error", "Chấm điểm", "B3"],
    ]);
  });

  it("rows given out of sheet order: each unknown code reported once, in sheet order", () => {
    const b = twoCriteria().member("A");
    targets(b, "A");
    b.target("X", "increase", 100, 100);
    b.target("A", "increase", 100, 100, { criterionCode: "9" });
    b.target("Y", "increase", 100, 100, { criterionCode: "8" });
    const input = b.build();
    input.targets.reverse();
    const result = scoreBloc(input, []);
    expect(result.issues.filter((i) => i.code === "member-unknown" || i.code === "criterion-unknown").map((i) => [i.code, i.cell])).toEqual([
      ["member-unknown", "A7"],
      ["criterion-unknown", "B8"],
      ["member-unknown", "A9"],
      ["criterion-unknown", "B9"],
    ]);
  });

  it("codes join case- and space-insensitively", () => {
    const b = new BlocBuilder().member("CT");
    for (let i = 0; i < 5; i++) b.target(i % 2 ? " ct " : "CT", "increase", 100, 100);
    const result = scoreBloc(b.build(), []);
    expect(result.issues).toEqual([]);
    expect(unitOf(result, "CT").total).toBe(350);
  });

  it("no members: error naming the members sheet, no cell", () => {
    const result = scoreBloc(new BlocBuilder().build(), []);
    expect(result).toMatchObject({ blocked: true, units: [] });
    expect(issuesOf(result, "no-members")).toMatchObject([{ severity: "error", sheet: "Đơn vị", cell: "" }]);
  });

  it("null input returns a blocked result carrying the reader's issues", () => {
    const readerIssue = { severity: "error" as const, sheet: "Đơn vị", cell: "", code: "sheet-missing" as const, message: { vi: "Thiếu trang", en: "Missing sheet" } };
    const result = scoreBloc(null, [readerIssue]);
    expect(result).toMatchObject({ blocked: true, units: [], issues: [readerIssue] });
  });

  it("a reader error blocks the ranking; reader warnings come first and do not block", () => {
    const b = new BlocBuilder().member("A");
    targets(b, "A");
    const warning = { severity: "warning" as const, sheet: "Chỉ tiêu", cell: "G2", code: "number-ambiguous" as const, message: { vi: "a", en: "a" } };
    const ok = scoreBloc(b.build(), [warning]);
    expect(ok.blocked).toBe(false);
    expect(ok.issues[0]).toBe(warning);
    const blocked = scoreBloc(b.build(), [{ ...warning, severity: "error" }]);
    expect(blocked).toMatchObject({ blocked: true, units: [] });
  });
});

describe("criteria that depend on no member", () => {
  it("are resolved once for the bloc, as resolveCriteria resolves them for any member", () => {
    const plain = new BlocBuilder().criterion("1").criterion("2", { method: "targets", section: "II" }).build().criteria;
    const shared = memberIndependentCriteria(plain);
    expect(shared).not.toBeNull();
    for (const member of ["A", "b", ""]) {
      expect(resolveCriteria(plain, member, () => true)).toEqual(shared);
      expect(resolveCriteria(plain, member, () => false)).toEqual(shared);
    }
  });

  it("are not when a criterion is limited by Áp dụng cho or belongs to an alternative group", () => {
    expect(memberIndependentCriteria(new BlocBuilder().criterion("1").criterion("2", { appliesTo: ["A"] }).build().criteria)).toBeNull();
    expect(memberIndependentCriteria(new BlocBuilder().criterion("1", { alternativeGroup: "G" }).criterion("2", { alternativeGroup: "G" }).build().criteria)).toBeNull();
    expect(memberIndependentCriteria(new BlocBuilder().criterion("1", { alternativeGroup: "  " }).build().criteria)).not.toBeNull();
  });
});
