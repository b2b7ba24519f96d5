import { explainMember, findUnit } from "../../src/cli/explain";
import { whatItTakes } from "../../src/scoring/what-it-takes";
import { calculate } from "../../src/workbook/calculate";
import { readBloc } from "../../src/workbook/reading/read";
import { workedExampleGrid } from "../workbook/extras/grids";

const NOW = new Date(2025, 2, 5, 9, 0);

describe("explainMember", () => {
  const grid = workedExampleGrid();
  const { result } = calculate(grid, { lang: "vi", now: NOW });
  const gaps = whatItTakes(readBloc(grid).input!, result);

  it("finds a member by code whatever its case and spaces", () => {
    expect(findUnit(result, " kb ")?.code).toBe("KB");
    expect(findUnit(result, "XX")).toBeUndefined();
  });

  it("gives Kho bạc's whole breakdown, its deduction with the reason and cell, and what it takes (Vietnamese)", () => {
    const text = explainMember(result, findUnit(result, "KB")!, gaps.get("KB"), "vi");
    expect(text).toContain("Kho bạc Nhà nước CN Kiên Giang (KB) — hạng 3, 348,65/350 điểm (99,62 %), Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("Tiêu chí 1");
    expect(text).toContain("1. Giải ngân (Tăng): 97,85/95 = 103,0 % → 70 + 2,10 = 72,10  [Chỉ tiêu!F12]");
    expect(text).toContain("4. Tồn quỹ (Giảm): P/A = 10/12 = 83,3 % → 58,33  [Chỉ tiêu!F15]");
    expect(text).toContain("−2,00  Nộp báo cáo chậm  [Cộng trừ!C2]");
    expect(text).toContain("Tổng điểm = điểm gốc");
    expect(text).toContain("Cần thêm hơn 13,35 điểm để vượt Cảng vụ Kiên Giang");
  });

  it("names a criterion without a name by its code alone", () => {
    const unit = findUnit(result, "KB")!;
    const unnamed = { ...unit, criteria: unit.criteria.map((c) => ({ ...c, name: "" })) };
    const text = explainMember(result, unnamed, undefined, "vi");
    expect(text).toMatch(/^ {2}Tiêu chí 1: 350,65\/350 /m);
    expect(text).not.toContain("— :");
  });

  it("shows the CCHC bonus and the tie-breaker line, in English", () => {
    const text = explainMember(result, findUnit(result, "CT")!, gaps.get("CT"), "en");
    expect(text).toContain("Cục Thuế tỉnh (CT) — rank 1, 363.07/350 points (103.73 %)");
    expect(text).toContain("+5.00  Administrative reform bonus: rated Excellent");
    expect(text).toContain("Order at equal percent: Placed by percent; no tie-breaker needed.");
    expect(text).toContain("Ranked first: nobody above.");
  });

  it("lists self-scores that differ from the computed points", () => {
    const withSelf = workedExampleGrid();
    const targets = withSelf.sheets.find((s) => s.name === "Chỉ tiêu")!;
    targets.rows = targets.rows.map((row, i) => [...row, i === 0 ? "Điểm tự chấm" : i === 1 ? 75 : null]);
    const calc = calculate(withSelf, { lang: "vi", now: NOW });
    const text = explainMember(calc.result, findUnit(calc.result, "CT")!, undefined, "vi");
    expect(text).toContain("Thu ngân sách: tự chấm 75,00, tính được 73,50 (chênh +1,50)  [Chỉ tiêu!G2]");
  });
});
