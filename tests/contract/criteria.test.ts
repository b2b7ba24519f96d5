import type { CellValue } from "../../src/workbook/grid";
import { errors, fiveTargets, issueSummary, issuesOf, ranked, run, sheet, TARGET_HEADER, unitOf, where } from "./contract-helpers";

const CRITERIA_HEADER: CellValue[] = ["Mã tiêu chí", "Nội dung", "Tên tiêu chí", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu", "Áp dụng cho", "Nhóm thay thế"];
const SCORES_HEADER: CellValue[] = ["Mã đơn vị", "Tiêu chí", "Điểm tự chấm", "Điểm khối chấm", "Điểm thống nhất"];

/**
 * Khối 17's shape in small: tiêu chí 1 (targets) and 2 (scored, Cục Thống kê only) form one
 * alternative group; tiêu chí 3 (Nội dung II) applies to all; tiêu chí 4 (Nội dung III) to CT and TK.
 */
function criteriaRows(): CellValue[][] {
  return [
    CRITERIA_HEADER,
    ["1", "I", "Chỉ tiêu đăng ký", 350, "Chỉ tiêu", 5, null, "A"],
    ["2", "I", "Chỉ tiêu thống kê", 350, "Chấm điểm", null, "TK", "A"],
    ["3", "II", "Công tác do Khối trưởng đề ra", 20, "Chấm điểm", null, null, null],
    ["4", "III", "Công tác khác", 30, "Chấm điểm", null, "CT, TK", null],
  ];
}

function bloc(extraTargets: CellValue[][] = [], scoreRows?: CellValue[][]) {
  return run([
    sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"], ["TK", "Cục Thống kê"], ["KB", "Kho bạc"]]),
    sheet("Tiêu chí", criteriaRows()),
    sheet("Chỉ tiêu", [[...TARGET_HEADER, "Tiêu chí"], ...[...fiveTargets("CT", 100), ...fiveTargets("KB", 100)].map((r) => [...r, 1]), ...extraTargets]),
    sheet("Chấm điểm", scoreRows ?? [
      SCORES_HEADER,
      ["CT", 3, 18, 17, 16],
      ["CT", 4, 25, 28, null],
      ["TK", 2, 340, null, null],
      ["TK", 3, 20, null, null],
      ["TK", 4, null, null, 30],
      ["KB", 3, 10, null, null],
    ]),
  ]);
}

describe("Tiêu chí sheet: sections, applies-to, alternative groups, direct scores", () => {
  it("sums criteria into their Nội dung and lists every section for every member", () => {
    const calc = ranked(bloc());
    expect(unitOf(calc, "CT").sections).toEqual({ I: 350, II: 16, III: 28 });
    expect(unitOf(calc, "TK").sections).toEqual({ I: 340, II: 20, III: 30 });
    expect(unitOf(calc, "KB").sections).toEqual({ I: 350, II: 10, III: 0 });
  });

  it("counts in the maximum only the criteria that apply (one per alternative group)", () => {
    const calc = ranked(bloc());
    expect(unitOf(calc, "CT").max).toBe(400);
    expect(unitOf(calc, "TK").max).toBe(400);
    expect(unitOf(calc, "KB").max).toBe(370);
    expect(unitOf(calc, "KB").total).toBe(360);
    expect(unitOf(calc, "KB").percent).toBeCloseTo((360 / 370) * 100, 9);
  });

  it("ranks by percent when maxima differ, and says so in a warning", () => {
    const calc = ranked(bloc());
    // CT 394/400 = 98,5 %, KB 360/370 = 97,3 %, TK 390/400 = 97,5 %.
    expect(calc.json.units.map((u) => u.code)).toEqual(["CT", "TK", "KB"]);
    expect(issuesOf(calc, "maxima-differ").map((i) => i.severity)).toEqual(["warning"]);
  });

  it("uses the agreed score, else the verified one, else the self-score", () => {
    const calc = ranked(
      bloc([], [
        SCORES_HEADER,
        ["CT", 3, 18, 17, 16],
        ["CT", 4, 25, 28, null],
        ["TK", 2, 340, null, null],
        ["TK", 3, 20, 19, null],
        ["TK", 4, 29, null, null],
        ["KB", 3, null, 12, null],
      ]),
    );
    expect(unitOf(calc, "CT").sections).toMatchObject({ II: 16, III: 28 });
    expect(unitOf(calc, "TK").sections).toMatchObject({ II: 19, III: 29 });
    expect(unitOf(calc, "KB").sections).toMatchObject({ II: 12 });
  });

  it("accepts an agreed score of 0 over a higher self-score", () => {
    const calc = ranked(bloc([], [SCORES_HEADER, ["CT", 3, 18, 17, 0], ["CT", 4, 25, null, null], ["TK", 2, 340, null, null], ["TK", 3, 20, null, null], ["TK", 4, 30, null, null], ["KB", 3, 10, null, null]]));
    expect(unitOf(calc, "CT").sections.II).toBe(0);
  });

  it("a score above the standard points is an error at that score's cell", () => {
    const calc = bloc([], [SCORES_HEADER, ["CT", 3, 25, null, null], ["CT", 4, 25, null, null], ["TK", 2, 340, null, null], ["TK", 3, 20, null, null], ["TK", 4, 30, null, null], ["KB", 3, 10, null, null]]);
    expect(where(errors(calc))).toEqual([["error", "score-out-of-range", "Chấm điểm", "C2"]]);
    expect(calc.json.units).toEqual([]);
  });

  it("a negative agreed score is an error at the agreed cell", () => {
    const calc = bloc([], [SCORES_HEADER, ["CT", 3, 10, null, -1], ["CT", 4, 25, null, null], ["TK", 2, 340, null, null], ["TK", 3, 20, null, null], ["TK", 4, 30, null, null], ["KB", 3, 10, null, null]]);
    expect(errors(calc).map((i) => [i.code, i.sheet, i.cell])).toEqual([["score-out-of-range", "Chấm điểm", "E2"]]);
  });

  it("two alternatives filled for one member is an error naming a cell of that member's rows", () => {
    const calc = bloc(fiveTargets("TK", 100).map((r) => [...r, 1]));
    const found = issuesOf(calc, "alternative-multiple");
    expect(found.map((i) => i.severity)).toEqual(["error"]);
    expect(["Chỉ tiêu", "Chấm điểm", "Tiêu chí", "Đơn vị"]).toContain(found[0].sheet);
    expect(found[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(calc.result.blocked).toBe(true);
  });

  it("a member with no criterion of its alternative group gets a problem reported", () => {
    const calc = bloc([], [SCORES_HEADER, ["CT", 3, 18, 17, 16], ["CT", 4, 25, 28, null], ["TK", 3, 20, null, null], ["TK", 4, null, null, 30], ["KB", 3, 10, null, null]]);
    expect(issuesOf(calc, "alternative-none").length + issuesOf(calc, "score-missing").length).toBeGreaterThan(0);
  });

  it("a score for a criterion that does not apply to the member is reported", () => {
    const calc = bloc([], [SCORES_HEADER, ["CT", 3, 18, 17, 16], ["CT", 4, 25, 28, null], ["TK", 2, 340, null, null], ["TK", 3, 20, null, null], ["TK", 4, null, null, 30], ["KB", 3, 10, null, null], ["KB", 4, 30, null, null]]);
    const found = issuesOf(calc, "criterion-not-applicable");
    expect(found.map((i) => i.sheet)).toEqual(["Chấm điểm"]);
    expect(found[0].cell).toMatch(/^[AB]8$/);
  });

  it("a target for a criterion not in Tiêu chí is an error at its Tiêu chí cell", () => {
    const calc = bloc([["KB", 6, "Thêm", "Tăng", 100, 100, 9]]);
    const found = issuesOf(calc, "criterion-unknown");
    expect(found.map((i) => [i.severity, i.sheet, i.cell])).toEqual([["error", "Chỉ tiêu", "G12"]]);
  });

  it("Tiêu chí with Điểm mỗi chỉ tiêu / Thưởng tối đa per criterion overrides the settings", () => {
    const calc = ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
        sheet("Tiêu chí", [
          ["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu", "Điểm mỗi chỉ tiêu", "Thưởng tối đa mỗi chỉ tiêu"],
          ["1", "I", 100, "Chỉ tiêu", 2, 50, 2],
        ]),
        sheet("Chỉ tiêu", [TARGET_HEADER, ["A", 1, "Thu", "Tăng", 100, 110], ["A", 2, "Chi", "Tăng", 100, 100]]),
      ]),
    );
    expect(unitOf(calc, "A").total).toBe(52 + 50);
    expect(unitOf(calc, "A").max).toBe(100);
  });

  it("English sheet and column names work for Criteria and Scores", () => {
    const calc = run([
      sheet("Members", [["Code", "Name"], ["A", "Unit A"]]),
      sheet("Criteria", [["Code", "Section", "Standard points", "Method"], ["1", "I", 40, "Chấm điểm"], ["2", "II", 60, "Chấm điểm"]]),
      sheet("Scores", [["Code", "Criterion", "Self", "Verified", "Agreed"], ["A", "1", 40, 35, null], ["A", "2", 50, null, 45]]),
    ]);
    expect(calc.result.blocked).toBe(false);
    expect(unitOf(calc, "A").sections).toEqual({ I: 35, II: 45 });
    expect(unitOf(calc, "A").percent).toBeCloseTo(80, 9);
    expect(issueSummary(calc)).not.toContain("sheet-missing");
  });

  it("Áp dụng cho separated by spaces, commas, semicolons or line breaks", () => {
    const calc = ranked(
      run([
        sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"], ["C", "Đơn vị C"], ["D D", "Đơn vị D"]]),
        sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Áp dụng cho"], ["1", "I", 100, null], ["2", "II", 50, "A B"], ["3", "II", 50, "C;\nD D"]]),
        sheet("Chấm điểm", [["Mã đơn vị", "Tiêu chí", "Điểm tự chấm"], ["A", 1, 100], ["A", 2, 50], ["B", 1, 100], ["B", 2, 50], ["C", 1, 100], ["C", 3, 50], ["D D", 1, 100], ["D D", 3, 50]]),
      ]),
    );
    expect(calc.json.units.map((u) => [u.code, u.total, u.max])).toEqual([["A", 150, 150], ["B", 150, 150], ["C", 150, 150], ["D D", 150, 150]]);
    expect(calc.json.issues.filter((i) => i.code === "criterion-not-applicable")).toEqual([]);
  });

  it("a code in Áp dụng cho that is not a member is an error at that cell", () => {
    const calc = run([
      sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
      sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Áp dụng cho"], ["1", "I", 100, "A, QQ"]]),
      sheet("Chấm điểm", [["Mã đơn vị", "Tiêu chí", "Điểm tự chấm"], ["A", 1, 100]]),
    ]);
    expect(where(errors(calc))).toEqual([["error", "member-unknown", "Tiêu chí", "D2"]]);
  });
});

describe("Áp dụng cho without a Đơn vị sheet", () => {
  it("reports the missing sheet, not every listed code", () => {
    const calc = run([
      sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Áp dụng cho"], ["1", "I", 100, "A, B"]]),
      sheet("Chấm điểm", [["Mã đơn vị", "Tiêu chí", "Điểm tự chấm"], ["A", 1, 100]]),
    ]);
    expect(errors(calc).map((i) => i.code)).toEqual(["sheet-missing"]);
  });
});
