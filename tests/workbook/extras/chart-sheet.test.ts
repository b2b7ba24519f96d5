import { calculate } from "../../../src/workbook/calculate";
import { renderChartSheet } from "../../../src/workbook/extras/chart-sheet";
import { workedExampleGrid } from "./grids";

const NOW = new Date(2025, 2, 5, 9, 0);

describe("renderChartSheet", () => {
  const { result } = calculate(workedExampleGrid(), { lang: "vi", now: NOW });

  it("lists every ranked member's percent with one column per grade threshold, for a native chart too", () => {
    const chart = renderChartSheet(result, "vi")!;
    const { values, headerRow } = chart.sheet;
    expect(values[headerRow]).toEqual(["Hạng", "Mã đơn vị", "Tên đơn vị", "Tỷ lệ (%)", "Xếp loại", "Ngưỡng Xuất sắc (90 %)", "Ngưỡng Tốt (80 %)", "Ngưỡng Hoàn thành (70 %)"]);
    expect(values.slice(chart.firstDataRow, chart.lastDataRow + 1).map((r) => [r[1], r[5], r[6], r[7]])).toEqual([
      ["CT", 90, 80, 70],
      ["CV", 90, 80, 70],
      ["KB", 90, 80, 70],
    ]);
    expect(values[chart.firstDataRow][chart.percentColumn]).toBeCloseTo(103.7346938776, 8);
    expect(chart.sheet.numberFormats[chart.firstDataRow][chart.percentColumn]).toBe("0.00");
    expect(chart.pictureRow).toBeGreaterThan(chart.lastDataRow);
    expect(chart.data.bars).toHaveLength(3);
  });

  it("speaks English when asked", () => {
    const chart = renderChartSheet(result, "en")!;
    expect(chart.sheet.values[chart.sheet.headerRow].slice(3, 6)).toEqual(["Percent (%)", "Grade", "Threshold Excellent (90 %)"]);
  });

  it("is null when the ranking is blocked", () => {
    const blocked = calculate(workedExampleGrid(99.6, [], 0), { lang: "vi", now: NOW }).result;
    expect(renderChartSheet(blocked, "vi")).toBeNull();
  });
});
