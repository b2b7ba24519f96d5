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

  test("the axis reaches the next ten above the highest bar, never below 100", () => {
    expect(chartData(workedExample().result).axisMax).toBe(110);
    const low = unitResult({ code: "A", name: "A", rank: 1, total: 200 });
    expect(chartData(blocResult([low])).axisMax).toBe(100);
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
