import { issuesWith, readTargetRow, theIssue, where } from "./grids";

describe("numbers typed as text", () => {
  it.each([
    ["9.450", 9450],
    ["97,85", 97.85],
    ["97.85", 97.85],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1 234,5", 1234.5],
    [" 12\u00a0000 ", 12000],
  ])("reads %j as %d without any issue", (typed, expected) => {
    const { target, issues } = readTargetRow("tỷ đồng", "Tăng", typed, 100);
    expect(target?.plan).toBe(expected);
    expect(issues).toEqual([]);
  });

  it("reads an ambiguous 1.234 the Vietnamese way and warns on its cell", () => {
    const { target, issues } = readTargetRow("tỷ đồng", "Tăng", "1.234", 1300);
    expect(target?.plan).toBe(1234);
    expect(where(theIssue(issues, "number-ambiguous"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "E2", code: "number-ambiguous" });
  });

  it("reads a lone decimal comma 1,234 as 1,234 (Vietnamese) and warns", () => {
    const { target, issues } = readTargetRow("tỷ đồng", "Tăng", 1, "1,234");
    expect(target?.actual).toBe(1.234);
    expect(where(theIssue(issues, "number-ambiguous"))).toMatchObject({ cell: "F2", severity: "warning" });
  });

  it("reads the number of '12 vụ' and warns that the unit was ignored", () => {
    const { target, issues } = readTargetRow("vụ", "Tăng", "12 vụ", 12);
    expect(target?.plan).toBe(12);
    const issue = theIssue(issues, "unit-in-cell");
    expect(where(issue)).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "E2", code: "unit-in-cell" });
    expect(issue.message.vi).toContain('"vụ"');
  });

  it("reads '1.200 tỷ đồng' as 1200 with the unit warning", () => {
    const { target, issues } = readTargetRow(null, "Tăng", 1000, "1.200 tỷ đồng");
    expect(target?.actual).toBe(1200);
    expect(where(theIssue(issues, "unit-in-cell"))).toMatchObject({ cell: "F2" });
  });
});

describe("empty, missing and unreadable values", () => {
  it.each(["-", "x", "—", "–", "", "   ", null])("treats actual %j as missing: an error, never 0", (typed) => {
    const { target, issues, input } = readTargetRow("tỷ đồng", "Tăng", 100, typed);
    expect(target).toBeUndefined();
    expect(input?.targets).toEqual([]);
    expect(where(theIssue(issues, "value-missing"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "F2", code: "value-missing" });
  });

  it("reports a missing plan on the plan cell", () => {
    const { issues } = readTargetRow("tỷ đồng", "Tăng", "-", 100);
    expect(where(theIssue(issues, "value-missing"))).toMatchObject({ cell: "E2", severity: "error" });
  });

  it.each([
    [{ error: "#DIV/0!" }, "#DIV/0!"],
    ["#REF!", "#REF!"],
    ["#N/A", "#N/A"],
    ["#VALUE!", "#VALUE!"],
    ["#NAME?", "#NAME?"],
    ["#NUM!", "#NUM!"],
    ["#NULL!", "#NULL!"],
  ])("reports the Excel error %j by name", (cell, name) => {
    const { issues, target } = readTargetRow("tỷ đồng", "Tăng", 100, cell);
    expect(target).toBeUndefined();
    const issue = theIssue(issues, "value-error");
    expect(where(issue)).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "F2", code: "value-error" });
    expect(issue.message.vi).toContain(name);
    expect(issue.message.en).toContain(name);
  });

  it.each([["khoảng mười"], ["12/15"], [new Date(2018, 11, 31)], [true]])("reports %j as unreadable", (cell) => {
    const { issues, target } = readTargetRow("tỷ đồng", "Tăng", cell, 100);
    expect(target).toBeUndefined();
    expect(where(theIssue(issues, "value-invalid"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "E2", code: "value-invalid" });
  });

  it("reports a negative plan or actual", () => {
    const plan = readTargetRow("tỷ đồng", "Tăng", -5, 100);
    expect(where(theIssue(plan.issues, "value-negative"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "E2", code: "value-negative" });
    const actual = readTargetRow("tỷ đồng", "Tăng", 5, "-3");
    expect(where(theIssue(actual.issues, "value-negative"))).toMatchObject({ cell: "F2" });
  });

  it("keeps a plan of 0 on a Tăng target for the scoring core (plan-zero is its call)", () => {
    const { target, issues } = readTargetRow("vụ", "Tăng", 0, 3);
    expect(target?.plan).toBe(0);
    expect(issues).toEqual([]);
  });
});

describe("percent targets on one scale", () => {
  it("reads plan 95 and actual 0,97 in a % target as 97 with a warning on the actual", () => {
    const { target, issues } = readTargetRow("%", "Tăng", 95, "0,97");
    expect([target?.plan, target?.actual]).toEqual([95, 97]);
    expect(where(theIssue(issues, "percent-normalised"))).toEqual({ severity: "warning", sheet: "Chỉ tiêu", cell: "F2", code: "percent-normalised" });
  });

  it("reads plan 0,95 and actual 97 (ĐVT tỷ lệ) as 95 and 97", () => {
    const { target, issues } = readTargetRow("Tỷ lệ", "Tăng", 0.95, 97);
    expect([target?.plan, target?.actual]).toEqual([95, 97]);
    expect(where(theIssue(issues, "percent-normalised"))).toMatchObject({ cell: "E2" });
  });

  it('reads "95%" typed as text beside 0,97 without a unit column hint', () => {
    const { target, issues } = readTargetRow(null, "Tăng", "95%", 0.97);
    expect([target?.plan, target?.actual]).toEqual([95, 97]);
    expect(issuesWith(issues, "percent-normalised").map((i) => i.cell)).toEqual(["F2"]);
  });

  it("reads a %-formatted fraction as the percent Excel shows, silently", () => {
    const formats = [["General", "General", "General", "General", "General", "General"], ["General", "General", "General", "General", "0%", "General"]];
    const { target, issues } = readTargetRow(null, "Tăng", 0.95, 97, { numberFormats: formats });
    expect([target?.plan, target?.actual]).toEqual([95, 97]);
    expect(issues).toEqual([]);
  });

  it("leaves small percents on the same scale alone (plan 2 %, actual 1,5 %)", () => {
    const { target, issues } = readTargetRow("%", "Giảm", 2, 1.5);
    expect([target?.plan, target?.actual]).toEqual([2, 1.5]);
    expect(issues).toEqual([]);
  });

  it("does not touch a non-percent target whose numbers differ in scale (units mixed is the core's ratio-absurd)", () => {
    const { target, issues } = readTargetRow("tỷ đồng", "Tăng", 95, 0.97);
    expect([target?.plan, target?.actual]).toEqual([95, 0.97]);
    expect(issues).toEqual([]);
  });
});

describe("Đạt and Bằng 0 targets", () => {
  it.each([
    ["Đạt", 1],
    ["x", 1],
    ["Có", 1],
    [1, 1],
    [true, 1],
    ["Không đạt", 0],
    ["Không", 0],
    [0, 0],
    [false, 0],
  ])("reads the actual %j of a Đạt target as %d, with an empty plan", (actual, expected) => {
    const { target, issues } = readTargetRow(null, "Đạt/Không đạt", null, actual);
    expect(target).toMatchObject({ direction: "pass", plan: null, actual: expected });
    expect(issues).toEqual([]);
  });

  it('accepts "Đạt" as the plan of a Đạt target', () => {
    const { target, issues } = readTargetRow(null, "Đạt", "Đạt", "Đạt");
    expect(target).toMatchObject({ direction: "pass", plan: null, actual: 1 });
    expect(issues).toEqual([]);
  });

  it("takes a target with no Chiều and an actual of Đạt as pass/fail", () => {
    const { target } = readTargetRow(null, null, null, "Không đạt");
    expect(target).toMatchObject({ direction: "pass", actual: 0 });
  });

  it("reports an unreadable pass/fail actual", () => {
    const { issues } = readTargetRow(null, "Đạt", null, "gần đạt");
    expect(where(theIssue(issues, "value-invalid"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "F2", code: "value-invalid" });
  });

  it("reads an empty plan of a Bằng 0 target as 0", () => {
    const { target, issues } = readTargetRow("vụ", "Không để xảy ra", null, 0);
    expect(target).toMatchObject({ direction: "zero", plan: 0, actual: 0 });
    expect(issues).toEqual([]);
  });
});

describe("Chiều words", () => {
  it.each([
    ["Tăng", "increase"],
    ["≥", "increase"],
    [">=", "increase"],
    ["tối thiểu", "increase"],
    ["Không thấp hơn", "increase"],
    ["cao hơn năm trước", "increase"],
    [null, "increase"],
    ["Giảm", "decrease"],
    ["≤", "decrease"],
    ["<=", "decrease"],
    ["không vượt quá", "decrease"],
    ["Tối đa", "decrease"],
    ["thấp hơn", "decrease"],
    ["Bằng 0", "zero"],
    ["= 0", "zero"],
    ["không để xảy ra", "zero"],
    ["Không có", "zero"],
  ])("reads %j as %s", (typed, direction) => {
    const { target, issues } = readTargetRow("vụ", typed, 10, 0);
    expect(target?.direction).toBe(direction);
    expect(issues).toEqual([]);
  });

  it("reports an unknown Chiều on its cell", () => {
    const { issues } = readTargetRow("vụ", "lên xuống", 10, 12);
    expect(where(theIssue(issues, "value-invalid"))).toEqual({ severity: "error", sheet: "Chỉ tiêu", cell: "D2", code: "value-invalid" });
  });
});
