import { calculate } from "../../src/workbook/calculate";
import { FORMULA_WITHOUT_RESULT, type CellValue, type SheetGrid } from "../../src/workbook/grid";

/**
 * The reader's side of what real files showed, on the plain grids every adapter produces: formulas saved
 * without a result, an Excel table's Total Row, a number shown as a date. The file-level tests next to
 * this one prove the same through the command line once the adapters pass these facts on.
 */

const NOW = new Date(Date.UTC(2019, 0, 15));
const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };
const HEADER: CellValue[] = ["Mã đơn vị", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"];

function grid(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, originRow: 1, originCol: 1, ...extra };
}

function bloc(targetRows: (rows: CellValue[][]) => void = () => {}, more: SheetGrid[] = []): SheetGrid[] {
  const rows: CellValue[][] = ["A", "B"].flatMap((code) => [1, 2, 3, 4, 5].map((n): CellValue[] => [code, n, `Chỉ tiêu ${n}`, "vụ", "Tăng", 100, 100 + n]));
  targetRows(rows);
  return [grid("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]), grid("Chỉ tiêu", [HEADER, ...rows]), ...more];
}

const issuesOf = (sheets: SheetGrid[]) => calculate({ sheets }, { lang: "vi", now: NOW }).result.issues;

describe("formula cells saved without a result", () => {
  it("an actual: one error at the cell saying a formula has no result, not 'empty'", () => {
    const issues = issuesOf(bloc((rows) => (rows[1][6] = NO_RESULT)));
    const atG3 = issues.filter((i) => i.sheet === "Chỉ tiêu" && i.cell === "G3");
    expect(atG3.map((i) => [i.severity, i.code])).toEqual([["error", "value-error"]]);
    expect(atG3[0].message.vi).toMatch(/công thức/);
    expect(atG3[0].message.vi).toMatch(/mở tệp bằng Excel/i);
    expect(atG3[0].message.en).toMatch(/formula/);
    expect(issues.some((i) => i.code === "value-missing")).toBe(false);
  });

  it("an optional count is not silently taken as its default 1", () => {
    const adjustments = grid("Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["B", "Trừ", "Chậm báo cáo", NO_RESULT, 2]]);
    const calc = calculate({ sheets: bloc(undefined, [adjustments]) }, { lang: "vi", now: NOW });
    expect(calc.result.blocked).toBe(true);
    expect(calc.result.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])).toEqual([["value-error", "Cộng trừ", "D2"]]);
  });

  it("a setting's value: reported at the Giá trị cell, the default is not used silently", () => {
    const settings = grid("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Số Cờ thi đua", NO_RESULT]]);
    const errors = issuesOf(bloc(undefined, [settings])).filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.sheet, i.cell])).toEqual([["value-error", "Cấu hình", "B3"]]);
  });

  it("a row made only of formulas without results is reported, not skipped as blank", () => {
    const issues = issuesOf(bloc((rows) => rows.push([NO_RESULT, NO_RESULT, NO_RESULT, null, null, NO_RESULT, NO_RESULT])));
    expect(issues.filter((i) => i.code === "value-error").map((i) => i.cell)).toEqual(["A12", "B12", "C12", "F12", "G12"]);
  });
});

describe("an Excel table's Total Row", () => {
  const totals: CellValue[] = [null, null, null, null, null, 1000, 1015];

  it("flagged by the adapter: left out whatever it holds, without a message", () => {
    const sheets = bloc((rows) => rows.push(totals));
    sheets[1] = { ...sheets[1], tables: [{ name: "ChiTieu", range: "A1:G12", totalsRow: true }] };
    const calc = calculate({ sheets }, { lang: "vi", now: NOW });
    expect(calc.result.blocked).toBe(false);
    expect(calc.result.issues.filter((i) => i.sheet === "Chỉ tiêu")).toEqual([]);
  });

  it("not flagged: the same row is data without a code, an error (the flag is what tells them apart)", () => {
    const sheets = bloc((rows) => rows.push(totals));
    sheets[1] = { ...sheets[1], tables: [{ name: "ChiTieu", range: "A1:G12" }] };
    const errors = issuesOf(sheets).filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.cell])).toEqual([["code-missing", "A12"]]);
  });
});

describe("a date where a number belongs", () => {
  it("names the date as Excel shows it and the number behind it, in both languages", () => {
    // 95 typed into a date-formatted cell: Excel shows 04/04/1900 and the file holds that date.
    const issues = issuesOf(bloc((rows) => (rows[0][6] = new Date(Date.UTC(1900, 3, 4)))));
    const atG2 = issues.filter((i) => i.cell === "G2");
    expect(atG2.map((i) => i.code)).toEqual(["value-invalid"]);
    expect(atG2[0].message.vi).toContain("04/04/1900");
    expect(atG2[0].message.vi).toContain("95");
    expect(atG2[0].message.en).toMatch(/date 04\/04\/1900.*95.*Number/);
  });
});
