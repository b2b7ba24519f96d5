/**
 * The analyses on the real pipeline: domain.md's worked example typed as a workbook, through
 * calculate() (reader + scoring core), then what it takes, history and the meeting documents.
 */
import { calculate } from "../../src/workbook/calculate";
import { readBloc } from "../../src/workbook/reading/read";
import { whatItTakes } from "../../src/scoring/what-it-takes";
import { recordCalculation } from "../../src/workbook/history/record";
import { HISTORY_DATA_SHEET } from "../../src/workbook/history/history-names";
import { renderAwardProposalSheet, renderSummarySheet } from "../../src/workbook/meeting/render-meeting";
import { chartData } from "../../src/workbook/meeting/chart-data";
import { KB, sheet, workedExampleGrid as workbook } from "./extras/grids";

describe("the worked example through calculate()", () => {
  const now = new Date(2025, 2, 5, 9, 0);
  const grid = workbook(99.6);
  const calc = calculate(grid, { lang: "vi", now });

  test("the pipeline ranks it as domain.md says", () => {
    expect(calc.result.blocked).toBe(false);
    expect(calc.result.units.map((u) => [u.code, u.rank])).toEqual([
      ["CT", 1],
      ["CV", 2],
      ["KB", 3],
    ]);
  });

  test("what it takes: Cảng vụ needs more than 1,07 points; its first target above 10.983,67", () => {
    const input = readBloc(grid).input!;
    const cv = whatItTakes(input, calc.result).get("CV")!;
    expect(cv.lines[0].vi).toBe("Cần thêm hơn 1,07 điểm để vượt Cục Thuế tỉnh (hạng 1, 103,73 %).");
    expect(cv.targets[0].line.vi).toContain("cần thực hiện trên 10.983,67");
    expect(cv.targets[1].status).toBe("capped");
  });

  test("history: an amendment of Kho bạc's actual is named with its effect", () => {
    const first = recordCalculation(grid, calc, now, "vi");
    const amended = workbook(100, [sheet(HISTORY_DATA_SHEET, first.rows)]);
    const second = recordCalculation(amended, calculate(amended, { lang: "vi", now }), new Date(2025, 2, 5, 10, 0), "vi");
    expect(second.comparison?.lines.map((l) => l.vi)).toEqual([`${KB}, Chỉ tiêu!F13: 99,6 → 100 ⇒ +0,28 điểm, giữ hạng 3`]);
  });

  test("meeting documents and chart from the real result", () => {
    const summary = renderSummarySheet(calc.result, { lang: "vi", now })!;
    expect(summary.values[summary.headerRow + 1].slice(0, 2)).toEqual([1, "Cục Thuế tỉnh"]);
    const awards = renderAwardProposalSheet(calc.result, { lang: "vi", now })!;
    expect(awards.values.slice(awards.headerRow + 1, awards.tableEndRow! + 1).map((r) => r[2])).toEqual(["Cờ thi đua", "Bằng khen", "Bằng khen"]);
    expect(chartData(calc.result).bars.map((b) => b.code)).toEqual(["CT", "CV", "KB"]);
  });
});
