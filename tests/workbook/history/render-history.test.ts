import { compareSnapshots } from "../../../src/workbook/history/compare";
import { renderHistorySheet } from "../../../src/workbook/history/render-history";
import { snapshotFromCalculation } from "../../../src/workbook/history/snapshot";
import { blocResult } from "../meeting/fixtures";
import { calculation, inputGrid, rankedCalculation } from "./helpers";

const ranked = rankedCalculation([
  { code: "CV", name: "Cảng vụ Kiên Giang", rank: 1, total: 348.8 },
  { code: "KB", name: "Kho bạc", rank: 2, total: 348.65 },
]);
const blocked = calculation(blocResult([], undefined, true));
blocked.result.issues = [{ severity: "error", sheet: "Chỉ tiêu", cell: "E6", code: "value-invalid", message: { vi: "", en: "" } }];

const first = snapshotFromCalculation(inputGrid(99.6), ranked, new Date(2025, 2, 5, 9, 0));
const second = snapshotFromCalculation(inputGrid("abc"), blocked, new Date(2025, 2, 5, 10, 30));
const comparison = compareSnapshots(first, second);

describe("renderHistorySheet", () => {
  const vi = renderHistorySheet([first, second], comparison, "vi");

  test("titled sheet: the comparison first, then the calculations newest first", () => {
    expect(vi.name).toBe("Lịch sử tính điểm");
    expect(vi.values[0][0]).toBe("LỊCH SỬ TÍNH ĐIỂM");
    expect(vi.values[1][0]).toBe("Thay đổi so với lần tính trước (05/03/2025 09:00 → 05/03/2025 10:30):");
    expect(vi.values[2][0]).toBe(comparison.lines[0].vi);
    expect(vi.values[vi.headerRow]).toEqual(["Lần tính", "Thời gian", "Số đơn vị xếp hạng", "Lỗi", "Cảnh báo", "Kết quả"]);
    expect(vi.values.slice(vi.headerRow + 1)).toEqual([
      [2, "05/03/2025 10:30", 0, 1, 0, "Không xếp hạng được (còn lỗi)"],
      [1, "05/03/2025 09:00", 2, 0, 0, "Đã xếp hạng"],
    ]);
  });

  test("rectangular, text cells formatted as text, comparison lines merged across the table", () => {
    const width = vi.values[0].length;
    expect(vi.values.every((r) => r.length === width)).toBe(true);
    expect(vi.numberFormats.map((r) => r.length)).toEqual(vi.values.map((r) => r.length));
    expect(vi.numberFormats[2][0]).toBe("@");
    expect(vi.numberFormats[vi.headerRow + 1][0]).toBe("General");
    expect(vi.merges).toContainEqual({ range: "A1:F1", align: "center" });
    expect(vi.merges).toContainEqual({ range: "A3:F3", align: "left" });
    expect(vi.columnWidths).toHaveLength(width);
  });

  test("in English, and without a previous calculation", () => {
    const en = renderHistorySheet([first], null, "en");
    expect(en.name).toBe("Lịch sử tính điểm");
    expect(en.values[0][0]).toBe("CALCULATION HISTORY");
    expect(en.values[1][0]).toBe("No previous calculation to compare with.");
    expect(en.values[en.headerRow]).toEqual(["No.", "Time", "Members ranked", "Errors", "Warnings", "Outcome"]);
    expect(en.values.at(-1)).toEqual([1, "05/03/2025 09:00", 2, 0, 0, "Ranked"]);
  });
});
