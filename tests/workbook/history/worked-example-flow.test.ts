/**
 * The analyses on the real pipeline: domain.md's worked example typed as a workbook, through
 * calculate() (reader + scoring core), then what it takes, history and the meeting documents.
 */
import { calculate } from "../../../src/workbook/calculate";
import { readBloc } from "../../../src/workbook/read";
import type { CellValue, WorkbookGrid } from "../../../src/workbook/grid";
import { whatItTakes } from "../../../src/scoring/what-it-takes";
import { recordCalculation } from "../../../src/workbook/history/record";
import { HISTORY_DATA_SHEET } from "../../../src/workbook/history/history-names";
import { renderAwardProposalSheet, renderSummarySheet } from "../../../src/workbook/render-meeting";
import { chartData } from "../../../src/workbook/chart-data";
import { sheet } from "./helpers";

const KB = "Kho bạc Nhà nước CN Kiên Giang";

function workbook(kbSecondActual: CellValue, extra: WorkbookGrid["sheets"] = []): WorkbookGrid {
  const t = (code: string, no: number, name: string, dir: string, plan: number, actual: CellValue) => [code, no, name, dir, plan, actual];
  return {
    sheets: [
      sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"]]),
      sheet("Đơn vị", [
        ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"],
        ["CT", "Cục Thuế tỉnh", "Có", "Xuất sắc"],
        ["CV", "Cảng vụ Kiên Giang", "Có", "Xuất sắc"],
        ["KB", KB, "Có", "Tốt"],
      ]),
      sheet("Chỉ tiêu", [
        ["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"],
        t("CT", 1, "Thu ngân sách", "Tăng", 9000, 9450),
        t("CT", 2, "Nợ đọng", "Giảm", 5, 4),
        t("CT", 3, "Hồ sơ đúng hạn", "Tăng", 98, 99.5),
        t("CT", 4, "Kiểm tra", "Tăng", 400, 380),
        t("CT", 5, "Thu nợ", "Tăng", 100, 100),
        t("CV", 1, "Doanh thu", "Tăng", 12000, 10800),
        t("CV", 2, "Tàu ra vào", "Tăng", 25, 27.5),
        t("CV", 3, "Tai nạn hàng hải", "Bằng 0", 0, 0),
        t("CV", 4, "Kiểm tra tàu", "Tăng", 150, 165),
        t("CV", 5, "Thủ tục trực tuyến", "Tăng", 100, 100),
        t("KB", 1, "Giải ngân", "Tăng", 95, 97.85),
        t("KB", 2, "Kiểm soát chi", "Tăng", 100, kbSecondActual),
        t("KB", 3, "Dịch vụ công", "Tăng", 90, 100),
        t("KB", 4, "Tồn quỹ", "Giảm", 10, 12),
        t("KB", 5, "Thu NSNN", "Tăng", 12000, 12600),
      ]),
      sheet("Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 2]]),
      ...extra,
    ],
  };
}

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
