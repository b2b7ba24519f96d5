import { readBloc } from "../../../src/workbook/reading/read";
import { MEMBERS, book, issuesWith, read, sheet, targets, theIssue, where } from "./grids";

const ONE_TARGET = targets([["CT", "Thu", null, null, 1, 1]]);

describe("required and optional sheets", () => {
  it("reports a missing Đơn vị sheet with an empty cell and the contract's name, and returns no input", () => {
    const { input, issues } = readBloc(book(ONE_TARGET));
    expect(input).toBeNull();
    const issue = theIssue(issues, "sheet-missing");
    expect(where(issue)).toEqual({ severity: "error", sheet: "Đơn vị", cell: "", code: "sheet-missing" });
    expect(issue.message.en).toContain("Members");
  });

  it("reports a missing Chỉ tiêu sheet when a criterion is scored by targets", () => {
    const { input, issues } = readBloc(book(MEMBERS));
    expect(input).toBeNull();
    expect(where(theIssue(issues, "sheet-missing"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "", code: "sheet-missing" });
  });

  it("does not need Chỉ tiêu when every criterion is scored directly", () => {
    const criteria = sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn"], ["2", "I", 100]]);
    const { input, issues } = readBloc(book(MEMBERS, criteria));
    expect(issues).toEqual([]);
    expect(input?.targets).toEqual([]);
    expect(input?.sheetNames.targets).toBe("Chỉ tiêu");
  });

  it("never reads the program's output sheets, even when they look like input", () => {
    const ranking = sheet("Xếp hạng", [["Mã đơn vị", "Tên đơn vị"], ["ZZ", "Not a member"]]);
    const { input } = readBloc(book(ranking, MEMBERS, ONE_TARGET));
    expect(input?.members.map((m) => m.code)).toEqual(["CT", "KB"]);
  });

  it("reads a hidden contract sheet, preferring a visible one of the same meaning", () => {
    const hiddenMembers = { ...MEMBERS, visible: false };
    expect(readBloc(book(hiddenMembers, ONE_TARGET)).input?.members).toHaveLength(2);
    const visible = sheet("Members", [["Code", "Name"], ["CV", "Cảng vụ"]]);
    expect(readBloc(book(hiddenMembers, visible, ONE_TARGET)).input?.members.map((m) => m.code)).toEqual(["CV"]);
  });

  it("finds sheets under variant names", () => {
    const members = sheet("Danh sách đơn vị", MEMBERS.rows);
    const { input } = readBloc(book(members, sheet("Chỉ tiêu đăng ký", ONE_TARGET.rows)));
    expect(input?.sheetNames).toMatchObject({ members: "Danh sách đơn vị", targets: "Chỉ tiêu đăng ký" });
  });
});

describe("Tiêu chí", () => {
  const criteria = sheet("Tiêu chí", [
    ["Mã tiêu chí", "Nội dung", "Tên tiêu chí", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu", "Điểm mỗi chỉ tiêu", "Thưởng tối đa mỗi chỉ tiêu", "Áp dụng cho", "Nhóm thay thế"],
    ["1", "Nội dung I", "Chỉ tiêu đăng ký", 350, "Chỉ tiêu", null, null, null, "ct, kb", "A"],
    ["2", "ND 1", "Thống kê", 350, "chỉ tiêu", 4, 87.5, 8, "CT;\nKB", "A"],
    ["7", "2", "Phong trào", "100", null, null, null, null, "Tất cả", null],
  ]);

  it("reads each column, defaults, and Áp dụng cho as a list joined to the members", () => {
    const { input, issues } = read(criteria, ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.criteria.map(({ source: _source, ...c }) => c)).toEqual([
      { code: "1", section: "I", name: "Chỉ tiêu đăng ký", standardPoints: 350, method: "targets", targetCount: 5, pointsPerTarget: null, bonusCapPerTarget: null, appliesTo: ["CT", "KB"], alternativeGroup: "A" },
      { code: "2", section: "I", name: "Thống kê", standardPoints: 350, method: "targets", targetCount: 4, pointsPerTarget: 87.5, bonusCapPerTarget: 8, appliesTo: ["CT", "KB"], alternativeGroup: "A" },
      { code: "7", section: "II", name: "Phong trào", standardPoints: 100, method: "direct", targetCount: 5, pointsPerTarget: null, bonusCapPerTarget: null, appliesTo: null, alternativeGroup: null },
    ]);
    expect(input?.criteria[0].source).toMatchObject({ sheet: "Tiêu chí", row: 2, cells: { code: "A2", section: "B2", standardPoints: "D2" } });
  });

  it("joins targets to criteria written differently (TC2, Tiêu chí 2, a number)", () => {
    const withCriterion = sheet("Chỉ tiêu", [
      ["Mã đơn vị", "Tiêu chí", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["CT", "TC2", "a", 1, 1],
      ["CT", "Tiêu chí 2", "b", 1, 1],
      ["CT", 2, "c", 1, 1],
      ["CT", null, "d", 1, 1],
    ]);
    const { input } = read(criteria, withCriterion);
    expect(input?.targets.map((t) => t.criterionCode)).toEqual(["2", "2", "2", "1"]);
  });

  it("reports a duplicate criterion code and missing required values", () => {
    const bad = sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn"], ["1", "I", 350], ["TC1", "I", 350], ["3", null, 10], ["4", "Phần đầu", null]]);
    const { issues } = read(bad, ONE_TARGET);
    expect(where(theIssue(issues, "criterion-duplicate"))).toEqual({ severity: "error", sheet: "Tiêu chí", cell: "A3", code: "criterion-duplicate" });
    expect(issuesWith(issues, "value-missing").map((i) => i.cell)).toEqual(["B4", "C5"]);
    expect(issuesWith(issues, "value-invalid").map((i) => i.cell)).toEqual(["B5"]);
  });
});

describe("Chấm điểm", () => {
  it("reads self, verified and agreed scores joined by code, and reports a duplicate row", () => {
    const scores = sheet("Chấm điểm", [
      ["Mã đơn vị", "Tiêu chí", "Điểm tự chấm", "Điểm khối chấm", "Điểm thống nhất", "Nhận xét"],
      ["kb", "7", "95,5", 94, null, "ok"],
      ["CT", "7", 101, null, null, null],
      ["KB", 7, 95.5, 94, "-", "lặp"],
    ]);
    const { input, issues } = read(scores, ONE_TARGET);
    expect(input?.scores.map(({ source: _s, ...s }) => s)).toEqual([
      { memberCode: "KB", criterionCode: "7", self: 95.5, verified: 94, agreed: null, comment: "ok" },
      { memberCode: "CT", criterionCode: "7", self: 101, verified: null, agreed: null, comment: null },
      { memberCode: "KB", criterionCode: "7", self: 95.5, verified: 94, agreed: null, comment: "lặp" },
    ]);
    expect(input?.scores[0].source.cells).toEqual({ code: "A2", criterion: "B2", self: "C2", verified: "D2", agreed: "E2", comment: "F2" });
    expect(issues.map(where)).toEqual([{ severity: "warning", sheet: "Chấm điểm", cell: "A4", code: "row-duplicate" }]);
  });
});

describe("Cộng trừ", () => {
  const lines = (rows: unknown[][]) => sheet("Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần", "Căn cứ"], ...(rows as never[][])]);

  it.each([
    ["Cộng", 2, "bonus", 2],
    ["+", 2, "bonus", 2],
    ["cộng điểm", 2, "bonus", 2],
    ["Bonus", 2, "bonus", 2],
    ["Trừ", 2, "deduction", 2],
    ["-", 2, "deduction", 2],
    ["Trừ điểm", "1,5", "deduction", 1.5],
    ["Deduction", 2, "deduction", 2],
    [null, -2, "deduction", 2],
  ])("reads the kind %j with points %j as a %s of %d", (kind, points, expectedKind, magnitude) => {
    const { input, issues } = read(lines([["CT", kind, "Nộp báo cáo chậm", null, points, "CV 12"]]), ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.adjustments[0]).toMatchObject({ memberCode: "CT", kind: expectedKind, reason: "Nộp báo cáo chậm", count: 1, pointsEach: magnitude, basis: "CV 12" });
  });

  it("keeps identical lines for the scoring core (it reports deduction-duplicate)", () => {
    const row = ["CT", "Trừ", "Báo cáo chậm", 1, 2, null];
    const { input, issues } = read(lines([row, row]), ONE_TARGET);
    expect(input?.adjustments).toHaveLength(2);
    expect(issues).toEqual([]);
  });

  it("reads Trừ with a negative number as a deduction with a warning; Cộng with a negative number is an error", () => {
    const { input, issues } = read(lines([["CT", "Trừ", "a", 2, -1, null], ["KB", "Cộng", "b", 1, -3, null]]), ONE_TARGET);
    expect(input?.adjustments.map((a) => [a.memberCode, a.kind, a.count, a.pointsEach])).toEqual([["CT", "deduction", 2, 1]]);
    expect(issues.map(where)).toEqual([
      { severity: "warning", sheet: "Cộng trừ", cell: "E2", code: "value-negative" },
      { severity: "error", sheet: "Cộng trừ", cell: "E3", code: "value-negative" },
    ]);
  });

  it("reports a line without kind, reason, points or code", () => {
    const { input, issues } = read(lines([["CT", null, "a", null, 2, null], ["CT", "Trừ", null, null, 2, null], ["CT", "Trừ", "c", null, null, null], [null, "Trừ", "d", null, 1, null]]), ONE_TARGET);
    expect(input?.adjustments).toEqual([]);
    expect(issues.map(where)).toEqual([
      { severity: "error", sheet: "Cộng trừ", cell: "B2", code: "value-missing" },
      { severity: "error", sheet: "Cộng trừ", cell: "C3", code: "value-missing" },
      { severity: "error", sheet: "Cộng trừ", cell: "E4", code: "value-missing" },
      { severity: "error", sheet: "Cộng trừ", cell: "A5", code: "code-missing" },
    ]);
  });

  it('does not take a "Cộng" line without code for a total row', () => {
    const { issues } = read(lines([[null, "Cộng", "Thành tích", null, 1, null]]), ONE_TARGET);
    expect(issues.map((i) => i.code)).toEqual(["code-missing"]);
  });
});

describe("Vi phạm", () => {
  const violations = (rows: unknown[][]) => sheet("Vi phạm", [["Mã đơn vị", "Nội dung", "Hình thức"], ...(rows as never[][])]);

  it.each([
    ["Không xét Cờ", "no-flag"],
    ["không xét cờ thi đua", "no-flag"],
    ["Không khen thưởng", "no-award"],
    ["KHÔNG ĐỀ NGHỊ KHEN THƯỞNG", "no-award"],
    ["Xếp cuối", "rank-last"],
    ["Xếp cuối khối", "rank-last"],
  ])("reads the effect %j as %s", (effect, expected) => {
    const { input, issues } = read(violations([["CT", "Để xảy ra sai phạm", effect]]), ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.violations).toEqual([
      { memberCode: "CT", description: "Để xảy ra sai phạm", effect: expected, source: { sheet: "Vi phạm", row: 2, cells: { code: "A2", description: "B2", effect: "C2" } } },
    ]);
  });

  it("reports an unknown effect, leaves out a violation without effect with a warning, and flags a duplicate", () => {
    const { input, issues } = read(violations([["CT", "a", "Cảnh cáo"], ["KB", "b", null], ["CT", "c", "Xếp cuối"], ["ct", "c", "xếp cuối"]]), ONE_TARGET);
    expect(input?.violations.map((v) => v.source.row)).toEqual([4, 5]);
    expect(issues.map(where)).toEqual([
      { severity: "error", sheet: "Vi phạm", cell: "C2", code: "value-invalid" },
      { severity: "warning", sheet: "Vi phạm", cell: "C3", code: "value-missing" },
      { severity: "warning", sheet: "Vi phạm", cell: "A5", code: "row-duplicate" },
    ]);
  });
});
