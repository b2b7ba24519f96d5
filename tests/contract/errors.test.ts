import type { CellValue } from "../../src/workbook/grid";
import { errors, issuesOf, ranked, run, sheet, unitOf, where } from "./contract-helpers";

/** Plan in column H, actual in I: the contract's "H7" example. */
const WIDE_HEADER: CellValue[] = ["Mã đơn vị", "Tiêu chí", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Ghi chú", "Kế hoạch", "Thực hiện"];

function wideRow(code: string, no: number, plan: CellValue, actual: CellValue, direction: CellValue = "Tăng"): CellValue[] {
  return [code, 1, no, `Chỉ tiêu ${no}`, "tỷ đồng", direction, null, plan, actual];
}

const MEMBERS = sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]);

/** Rows 2–6: A's five targets; rows 7–11: B's, the first of which is `first`. */
function targets(first: CellValue[], extra: CellValue[][] = []) {
  return sheet("Chỉ tiêu", [WIDE_HEADER, ...[1, 2, 3, 4, 5].map((n) => wideRow("A", n, 100, 100)), first, ...[2, 3, 4, 5].map((n) => wideRow("B", n, 100, 100)), ...extra]);
}

describe("errors block the ranking and name the exact sheet and cell", () => {
  it("plan 0 on a Tăng target: plan-zero at the plan cell (Chỉ tiêu!H7)", () => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, 0, 50))]);
    expect(where(errors(calc))).toEqual([["error", "plan-zero", "Chỉ tiêu", "H7"]]);
    expect(calc.result.blocked).toBe(true);
    expect(calc.json.units).toEqual([]);
    expect(calc.json.issues.find((i) => i.code === "plan-zero")?.message).toMatch(/Chỉ tiêu/);
  });

  it("plan 0 on a Giảm target is plan-zero too", () => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, 0, 3, "Giảm"))]);
    expect(where(errors(calc))).toEqual([["error", "plan-zero", "Chỉ tiêu", "H7"]]);
  });

  it.each([[{ error: "#DIV/0!" }], ["#DIV/0!"], [{ error: "#REF!" }], [{ error: "#N/A" }]])("%j in the actual: value-error at that cell (I7)", (value) => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, 100, value as CellValue))]);
    expect(where(errors(calc))).toEqual([["error", "value-error", "Chỉ tiêu", "I7"]]);
    expect(calc.json.units).toEqual([]);
  });

  it("an empty plan is value-missing at the plan cell", () => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, "-", 100))]);
    expect(where(errors(calc))).toEqual([["error", "value-missing", "Chỉ tiêu", "H7"]]);
  });

  it("a stray member code in Chỉ tiêu is member-unknown at its code cell", () => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, 100, 100), [wideRow("XX", 1, 100, 100)])]);
    expect(where(errors(calc))).toEqual([["error", "member-unknown", "Chỉ tiêu", "A12"]]);
  });

  it("a member missing from Chỉ tiêu is a warning, not an error: it scores 0 there and is still ranked", () => {
    const calc = ranked(run([sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"], ["C", "Đơn vị C"]]), targets(wideRow("B", 1, 100, 100))]));
    expect(errors(calc)).toEqual([]);
    expect(issuesOf(calc, "targets-missing").filter((i) => i.severity === "warning").length).toBeGreaterThan(0);
    expect(unitOf(calc, "C").total).toBe(0);
    expect(unitOf(calc, "C").rank).toBe(3);
  });

  it("fewer targets than the count: the missing ones score 0 with a warning", () => {
    const calc = ranked(run([MEMBERS, sheet("Chỉ tiêu", [WIDE_HEADER, ...[1, 2, 3, 4, 5].map((n) => wideRow("A", n, 100, 100)), ...[1, 2, 3, 4].map((n) => wideRow("B", n, 100, 100))])]));
    expect(unitOf(calc, "B").total).toBe(280);
    expect(issuesOf(calc, "targets-missing").map((i) => i.severity)).toEqual(["warning"]);
  });

  it("more targets than the criterion's count is an error", () => {
    const calc = run([MEMBERS, targets(wideRow("B", 1, 100, 100), [wideRow("B", 6, 100, 100)])]);
    expect(errors(calc).map((i) => [i.code, i.sheet])).toEqual([["targets-too-many", "Chỉ tiêu"]]);
    expect(errors(calc)[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(calc.json.units).toEqual([]);
  });

  it("a duplicate member code is an error at the second code cell", () => {
    const calc = run([sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"], ["a", "Trùng"]]), targets(wideRow("B", 1, 100, 100))]);
    expect(where(errors(calc))).toEqual([["error", "code-duplicate", "Đơn vị", "A4"]]);
  });

  it("a missing required column is column-missing on the sheet's header row", () => {
    const calc = run([MEMBERS, sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch"], ["A", "Thu", 100]])]);
    expect(errors(calc).map((i) => [i.code, i.sheet])).toEqual([["column-missing", "Chỉ tiêu"]]);
    expect(errors(calc)[0].cell).toMatch(/^[A-Z]+1$/);
    expect(errors(calc)[0].message).toMatch(/Thực hiện/);
  });

  it("a missing Chỉ tiêu sheet is sheet-missing with an empty cell", () => {
    const calc = run([MEMBERS]);
    expect(where(errors(calc))).toEqual([["error", "sheet-missing", "Chỉ tiêu", ""]]);
    expect(calc.json.units).toEqual([]);
  });

  it("when blocked, the JSON keeps bloc and year and lists every issue, warnings included", () => {
    const calc = run([
      MEMBERS,
      targets(wideRow("B", 1, 0, 50), [["A", 1, 6, "Thu", null, "Tăng", null, "9.450", 9000]]),
      sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"]]),
    ]);
    expect(calc.json.bloc).toBe("Khối 17");
    expect(calc.json.year).toBe(2018);
    expect(calc.json.units).toEqual([]);
    expect(calc.json.issues.map((i) => i.severity)).toContain("error");
    for (const i of calc.json.issues) {
      expect(Object.keys(i).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
      expect(["error", "warning"]).toContain(i.severity);
      expect(i.message.length).toBeGreaterThan(0);
    }
  });
});

describe("target directions", () => {
  function single(direction: CellValue, plan: CellValue, actual: CellValue) {
    return run([
      sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
      sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu"], ["1", "I", 70, "Chỉ tiêu", 1]]),
      sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ["A", "Chỉ tiêu", direction, plan, actual]]),
    ]);
  }

  it.each([
    ["Giảm", 5, 0, 77],
    ["≤", 10, 12, (70 * 10) / 12],
    ["Không vượt quá", 10, 10, 70],
    ["Bằng 0", 0, 0, 70],
    ["Không để xảy ra", 0, 2, 0],
    ["Đạt", "Đạt", "Đạt", 70],
    ["Đạt", null, "Không đạt", 0],
    ["≥", 100, 105, 73.5],
    [null, 100, 105, 73.5],
  ] as Array<[CellValue, CellValue, CellValue, number]>)("%j plan %j actual %j scores %d", (direction, plan, actual, points) => {
    const calc = ranked(single(direction, plan, actual));
    expect(unitOf(calc, "A").total).toBeCloseTo(points, 12);
  });
});

describe("Bằng 0 spelled out", () => {
  it.each(["Bằng không", "Bằng 0", "= 0", "Không để xảy ra"])("%j is the zero-tolerance direction", (direction) => {
    const calc = run([
      sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]]),
      sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu"], ["1", "I", 70, "Chỉ tiêu", 1]]),
      sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ["A", "Tai nạn", direction, 0, 0]]),
    ]);
    expect(unitOf(ranked(calc), "A").total).toBe(70);
  });
});
