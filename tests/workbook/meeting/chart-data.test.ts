import { chartData, GRADE_COLORS } from "../../../src/workbook/meeting/chart-data";
import { withDefaults } from "../../../src/scoring/settings";
import { blocResult, CANG_VU, CUC_THUE, KHO_BAC, unitResult, workedExample } from "./fixtures";

describe("chartData", () => {
  test("one bar of percent per ranked member, in rank order, coloured by grade", () => {
    const data = chartData(workedExample().result);
    expect(data.bars.map((b) => [b.code, b.rank, b.colorKey, b.award])).toEqual([
      ["CT", 1, "excellent", "flag"],
      ["CV", 2, "excellent", "merit"],
      ["KB", 3, "excellent", "merit"],
    ]);
    expect(data.bars[0].percent).toBeCloseTo(103.7346938776, 8);
    expect(GRADE_COLORS[data.bars[0].colorKey]).toMatch(/^#[0-9A-F]{6}$/);
    expect(data.emptyMessage).toBeNull();
    expect(data.title.vi).toBe("Tỷ lệ điểm đạt được (%) — Khối 17 — 2018");
  });

  test("threshold lines come from the settings", () => {
    const settings = withDefaults({ excellentThreshold: 92.5, goodThreshold: 85, passThreshold: 60 });
    const data = chartData(blocResult([unitResult(CUC_THUE, settings)], settings));
    expect(data.thresholds.map((t) => [t.grade, t.percent])).toEqual([
      ["excellent", 92.5],
      ["good", 85],
      ["pass", 60],
    ]);
    expect(data.thresholds[0].label).toEqual({ vi: "Xuất sắc (92,5 %)", en: "Excellent (92.5 %)" });
  });

  test("members close together high on the scale: the axis starts near the lowest and says so; a 1 % gap is a tenth of it or more", () => {
    const units = [101.6, 100.2, 98.7, 96.9, 95.9].map((percent, i) => ({ ...unitResult({ code: `U${i}`, name: `U${i}`, rank: i + 1 }), percent }));
    const data = chartData(blocResult(units));
    expect(data.axisMin).toBeGreaterThan(80);
    expect(data.axisMin).toBeLessThan(95.9);
    expect(data.axisMax).toBeGreaterThanOrEqual(101.6);
    expect(1 / (data.axisMax - data.axisMin)).toBeGreaterThanOrEqual(0.08);
    expect(data.ticks[0]).toBe(data.axisMin);
    expect(data.ticks.at(-1)).toBe(data.axisMax);
    expect(data.ticks.length).toBeLessThanOrEqual(10);
    expect(data.axisNote?.vi).toBe(`Trục bắt đầu từ ${data.axisMin} %, không từ 0, để thấy rõ chênh lệch`);
    // 90 % lies below the axis: not drawn; behind the leader in percent points.
    expect(data.thresholds.map((t) => t.shown)).toEqual([false, false, false]);
    expect(data.bars.map((b) => Math.round(b.behindLeader * 10) / 10)).toEqual([0, 1.4, 2.9, 4.7, 5.7]);
  });

  test("members spread widely: the axis runs from 0 to at least 100, every threshold drawn, no note", () => {
    const units = [95, 60].map((percent, i) => ({ ...unitResult({ code: `U${i}`, name: `U${i}`, rank: i + 1 }), percent }));
    const data = chartData(blocResult(units));
    expect([data.axisMin, data.axisMax]).toEqual([0, 100]);
    expect(data.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(data.thresholds.every((t) => t.shown)).toBe(true);
    expect(data.axisNote).toBeNull();
  });

  test("thresholds inside the axis are drawn; one at its very start is not (its label would fall off the drawing)", () => {
    const units = [101.6, 98.7, 95.9, 80.3].map((percent, i) => ({ ...unitResult({ code: `U${i}`, name: `U${i}`, rank: i + 1 }), percent }));
    const data = chartData(blocResult(units));
    expect(data.axisMin).toBe(70);
    expect(data.thresholds.map((t) => [t.percent, t.shown])).toEqual([
      [90, true],
      [80, true],
      [70, false],
    ]);
  });

  test("bars in rank order whatever the order of the result", () => {
    const units = [unitResult({ code: "B", name: "B", rank: 2 }), unitResult({ code: "A", name: "A", rank: 1 })];
    expect(chartData(blocResult(units)).bars.map((b) => b.code)).toEqual(["A", "B"]);
  });

  test("unranked members have no bar; grades set the colour keys", () => {
    const out = unitResult({ code: "X", name: "Không tham gia", rank: null, participates: false, total: 0, grade: null });
    const weak = unitResult({ code: "W", name: "Yếu", rank: 4, total: 200 });
    const data = chartData(blocResult([unitResult(CUC_THUE), unitResult(CANG_VU), unitResult(KHO_BAC), weak, out]));
    expect(data.bars.map((b) => b.code)).toEqual(["CT", "CV", "KB", "W"]);
    expect(data.bars[3].colorKey).toBe("fail");
  });

  test("a blocked result has no bars and says why", () => {
    const data = chartData(blocResult([unitResult(CUC_THUE)], undefined, true));
    expect(data.bars).toEqual([]);
    expect(data.emptyMessage?.vi).toContain("Kiểm tra");
    expect(data.emptyMessage?.en).toContain("Checks");
  });

  test("nobody ranked says so", () => {
    const out = unitResult({ code: "X", name: "X", rank: null, participates: false, total: 0, grade: null });
    expect(chartData(blocResult([out])).emptyMessage?.vi).toBe("Không có đơn vị nào được xếp hạng.");
  });
});
