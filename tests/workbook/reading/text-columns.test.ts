import type { CellValue } from "../../../src/workbook/grid";
import { isBlankCell, isNoValueCell, readNumber } from "../../../src/workbook/reading/cell-values";
import { book, issuesWith, sheet, TARGET_HEADER } from "./grids";
import { readBloc } from "../../../src/workbook/reading/read";

/** Codes and names are text: the "no value" markers apply to number and word cells only. */
const ODD_CODES: CellValue[] = ["X", "Y", "Z", "-", "—", "x", 0];

function members(rows: CellValue[][]) {
  return sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Xếp loại ngành"], ...rows]);
}

function targetRows(codes: CellValue[]): CellValue[][] {
  return codes.map((code) => [code, "Thu ngân sách", "tỷ đồng", "Tăng", 100, 101]);
}

describe("cell kinds", () => {
  it.each(["-", "—", "–", "x", "X", "không có", "Không  có", "KHÔNG CÓ", "...", "  -  "])("reads %j as no value in a number cell", (typed) => {
    expect(isNoValueCell(typed)).toBe(true);
    expect(readNumber(typed)).toEqual({ kind: "empty" });
  });

  it.each(["-", "—", "x", "X", "không có", 0])("keeps %j as a value in a text cell", (typed) => {
    expect(isBlankCell(typed)).toBe(false);
  });

  it.each([null, "", "   ", "\u00a0"])("reads %j as blank everywhere", (typed) => {
    expect(isBlankCell(typed)).toBe(true);
    expect(isNoValueCell(typed)).toBe(true);
  });
});

describe("member codes and names are text", () => {
  it('reads the codes "X", "Y", "Z", "-", "—", "x" and the number 0 as codes, with no error', () => {
    // "x" and "X" are the same code (codes compare case-insensitively), so "x" gets its own bloc.
    for (const codes of [ODD_CODES.filter((c) => c !== "x"), ["x", "A"]]) {
      const { input, issues } = readBloc(book(members(codes.map((c) => [c, `Đơn vị ${String(c)}`, null])), sheet("Chỉ tiêu", [TARGET_HEADER, ...targetRows(codes)])));
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(input?.members.map((m) => m.code)).toEqual(codes.map(String));
      expect(input?.targets.map((t) => t.memberCode)).toEqual(codes.map(String));
    }
  });

  it('reads "-", "x", "—" and 0 as member names', () => {
    const { input, issues } = readBloc(book(members([["A", "-", null], ["B", "x", null], ["C", "—", null], ["D", 0, null]]), sheet("Chỉ tiêu", [TARGET_HEADER, ...targetRows(["A"])])));
    expect(issuesWith(issues, "name-missing")).toEqual([]);
    expect(input?.members.map((m) => m.name)).toEqual(["-", "x", "—", "0"]);
  });

  it("still reads a marker in a word column as no value (the default)", () => {
    const { input, issues } = readBloc(book(members([["A", "Đơn vị A", "-"], ["B", "Đơn vị B", "không có"]]), sheet("Chỉ tiêu", [TARGET_HEADER, ...targetRows(["A"])])));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(input?.members.map((m) => m.sectorRating)).toEqual([null, null]);
  });

  it("skips a template row that holds markers in number columns only, but reads a row whose code is a marker", () => {
    const { input, issues } = readBloc(book(
      members([["A", "Đơn vị A", null], ["-", "Đơn vị gạch", null]]),
      sheet("Chỉ tiêu", [TARGET_HEADER, [null, null, null, null, "-", "—"], ["-", "Thu", null, "Tăng", 100, 100]]),
    ));
    expect(issuesWith(issues, "code-missing")).toEqual([]);
    expect(input?.targets.map((t) => [t.memberCode, t.name])).toEqual([["-", "Thu"]]);
  });

  it("reports a row with a name but a blank code as missing its code, naming the cell", () => {
    const { issues } = readBloc(book(members([["A", "Đơn vị A", null], [null, "x", null]])));
    expect(issuesWith(issues, "code-missing").map((i) => [i.sheet, i.cell])).toEqual([["Đơn vị", "A3"]]);
  });
});

describe("other identifier and text columns", () => {
  it('reads criterion codes "X" and "-" and joins targets and scores to them', () => {
    const { input, issues } = readBloc(book(
      members([["A", "Đơn vị A", null]]),
      sheet("Tiêu chí", [["Mã tiêu chí", "Nội dung", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu"], ["X", "I", 70, "Chỉ tiêu", 1], ["-", "II", 10, "Chấm điểm", null]]),
      sheet("Chỉ tiêu", [["Mã đơn vị", "Tiêu chí", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ["A", "x", "Thu", 100, 100]]),
      sheet("Chấm điểm", [["Mã đơn vị", "Tiêu chí", "Điểm thống nhất"], ["A", "-", 8]]),
    ));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(input?.criteria.map((c) => c.code)).toEqual(["X", "-"]);
    expect(input?.targets.map((t) => t.criterionCode)).toEqual(["X"]);
    expect(input?.scores.map((s) => s.criterionCode)).toEqual(["-"]);
  });

  it('reads a target named "x" and a bonus line whose reason is "-"', () => {
    const { input, issues } = readBloc(book(
      members([["A", "Đơn vị A", null]]),
      sheet("Chỉ tiêu", [TARGET_HEADER, ["A", "x", null, "Tăng", 100, 100]]),
      sheet("Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Điểm mỗi lần"], ["A", "Cộng", "-", 1]]),
    ));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(input?.targets[0].name).toBe("x");
    expect(input?.adjustments[0].reason).toBe("-");
  });

  it('reads the Khối setting "X" as its name, while "-" in a number setting keeps the default', () => {
    const { input, issues } = readBloc(book(
      members([["A", "Đơn vị A", null]]),
      sheet("Chỉ tiêu", [TARGET_HEADER, ...targetRows(["A"])]),
      sheet("Cấu hình", [["Tham số", "Giá trị"], ["Khối", "X"], ["Số Cờ thi đua", "-"]]),
    ));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(input?.settings.bloc).toBe("X");
    expect(input?.settings.flagCount).toBe(1);
  });
});
