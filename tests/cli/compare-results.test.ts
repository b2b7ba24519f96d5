import { compareWithResultJson } from "../../src/cli/compare-results";
import { calculate } from "../../src/workbook/calculate";
import { toResultJson } from "../../src/workbook/rendering/result-json";
import { workedExampleGrid } from "../workbook/extras/grids";

const NOW = new Date(2025, 2, 5, 9, 0);

describe("compareWithResultJson", () => {
  const before = toResultJson(calculate(workedExampleGrid(), { lang: "vi", now: NOW }).result, "vi");

  it("names each member whose points or rank changed, joined by code, and says cell changes need the workbook", () => {
    // Cục Thuế's first plan 9.000 → 18.900: that target drops from 73,50 to 35 points and it falls to the last place.
    const after = calculate(workedExampleGrid(99.6, [], 18900), { lang: "vi", now: NOW }).result;
    const lines = compareWithResultJson(before, after).map((l) => l.vi);
    expect(lines).toEqual([
      "Cảng vụ Kiên Giang: điểm không đổi, hạng 2 → 1",
      "Kho bạc Nhà nước CN Kiên Giang: điểm không đổi, hạng 3 → 2",
      "Cục Thuế tỉnh: -38,50 điểm, hạng 1 → 3",
      expect.stringContaining("dùng --previous với sổ làm việc kết quả lần trước (.xlsx)"),
    ]);
  });

  it("says nothing changed, in English too", () => {
    const same = calculate(workedExampleGrid(), { lang: "en", now: NOW }).result;
    const lines = compareWithResultJson(before, same).map((l) => l.en);
    expect(lines[0]).toBe("Every member's points and rank are the same as in the earlier result.");
    expect(lines[1]).toContain("earlier output workbook (.xlsx)");
  });

  it("reports members that appeared or disappeared", () => {
    const renamed = { ...before, units: before.units.map((u) => (u.code === "CV" ? { ...u, code: "CV-OLD", name: "Cảng vụ (cũ)" } : u)) };
    const lines = compareWithResultJson(renamed, calculate(workedExampleGrid(), { lang: "vi", now: NOW }).result).map((l) => l.vi);
    expect(lines).toContain("Cảng vụ Kiên Giang: không có trong kết quả trước, hạng 2");
    expect(lines).toContain("Cảng vụ (cũ): không còn trong kết quả này (trước đó hạng 2)");
  });

  it("does not compare points when this calculation is blocked", () => {
    const blocked = calculate(workedExampleGrid(99.6, [], 0), { lang: "vi", now: NOW }).result;
    expect(compareWithResultJson(before, blocked)[0].vi).toBe("Lần này chưa xếp hạng được (còn lỗi): không so sánh được điểm.");
  });
});
