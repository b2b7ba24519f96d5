import { CHART_MAX_WIDTH, CHART_MIN_WIDTH, CHART_WIDTH, chartLayout, chartWidth, shortName } from "../../src/ui/chart-layout";
import { chartData } from "../../src/workbook/meeting/chart-data";
import { workedExample } from "./insights-fixtures";

test("the width drawn follows the container between a minimum and a maximum, and a default before measuring", () => {
  expect(chartWidth(0)).toBe(CHART_WIDTH);
  expect(chartWidth(Number.NaN)).toBe(CHART_WIDTH);
  expect(chartWidth(100)).toBe(CHART_MIN_WIDTH);
  expect(chartWidth(296.4)).toBe(296);
  expect(chartWidth(5000)).toBe(CHART_MAX_WIDTH);
});

test("bars and thresholds scale with the width, rows keep their height, and every bar leaves room for its percent", () => {
  const data = chartData(workedExample().result);
  const narrow = chartLayout(data, 300);
  const wide = chartLayout(data, 600);
  expect(wide.height).toBe(narrow.height);
  expect(wide.bars.map((b) => b.nameY)).toEqual(narrow.bars.map((b) => b.nameY));
  for (const [i, bar] of wide.bars.entries()) {
    expect(bar.width).toBeGreaterThan(narrow.bars[i].width * 1.9);
    expect(bar.percentX + 44).toBeLessThanOrEqual(600);
  }
  wide.thresholds.forEach((t, i) => expect(t.x).toBeGreaterThan(narrow.thresholds[i].x));
  expect(wide.nameChars).toBeGreaterThan(narrow.nameChars);
});

test("a long name is cut at the characters that fit and ends with an ellipsis", () => {
  expect(shortName("Cục Thuế tỉnh", 20)).toBe("Cục Thuế tỉnh");
  expect(shortName("Cảng Hàng không quốc tế Phú Quốc", 10)).toBe("Cảng Hàng…");
});

test("a threshold line skips the row whose percent text it would strike through, and only that row", () => {
  const data = chartData(workedExample().result);
  // The last bar ends just short of the 90 % line, so its "88,00 %" sits right on it.
  data.bars = [{ ...data.bars[0], percent: 101.62 }, { ...data.bars[1], code: "B", percent: 88 }];
  // The axis chart-data.ts gives bars this far apart: from 0, every threshold drawn.
  Object.assign(data, { axisMin: 0, axisMax: 110, thresholds: data.thresholds.map((t) => ({ ...t, shown: true })) });
  const layout = chartLayout(data, 300);
  const excellent = layout.thresholds.find((t) => t.threshold.grade === "excellent")!;
  const [long, short] = layout.bars;
  expect(short.percentX).toBeLessThan(excellent.x);
  expect(short.percentEnd).toBeGreaterThan(excellent.x);
  const crosses = (bar: typeof long) => excellent.segments.some((s) => s.y1 <= bar.barY && s.y2 >= bar.barY + 12);
  expect(crosses(long)).toBe(true);
  expect(crosses(short)).toBe(false);
  // The row still gets the lines its text does not touch.
  const pass = layout.thresholds.find((t) => t.threshold.grade === "pass")!;
  expect(pass.segments.some((s) => s.y1 <= short.barY && s.y2 >= short.barY + 12)).toBe(true);
  // From its label down to the plot, always.
  expect(excellent.segments[0]).toEqual({ y1: excellent.lineTop, y2: layout.plotTop });
});

test("bars sit on the chart model's axis: with members 1 % apart and an axis from 94 %, a 1 % gap is at least 20 px at 320 px", () => {
  const data = chartData(workedExample().result);
  data.bars = [100, 99, 98].map((percent, i) => ({ ...data.bars[i], percent }));
  Object.assign(data, { axisMin: 94, axisMax: 102 });
  const layout = chartLayout(data, 300);
  expect(layout.bars[0].width - layout.bars[1].width).toBeGreaterThan(20);
  expect(layout.bars[1].width - layout.bars[2].width).toBeGreaterThan(20);
  // Thresholds outside the axis are not laid out.
  expect(layout.thresholds).toEqual([]);
});
