import { compareSnapshots } from "../../../src/workbook/history/compare";
import { snapshotFromCalculation, type CalculationSnapshot } from "../../../src/workbook/history/snapshot";
import type { WorkbookGrid } from "../../../src/workbook/grid";
import { blocResult } from "../meeting/fixtures";
import { calculation, inputGrid, rankedCalculation, sheet } from "./helpers";

const KB = "Kho bạc Nhà nước CN Kiên Giang";
const t1 = new Date(2025, 2, 5, 9, 0);
const t2 = new Date(2025, 2, 5, 10, 30);

const before = rankedCalculation([
  { code: "CT", name: "Cục Thuế tỉnh", rank: 1, total: 363.07 },
  { code: "CV", name: "Cảng vụ Kiên Giang", rank: 2, total: 348.8 },
  { code: "KB", name: KB, rank: 3, total: 348.65 },
]);
const after = rankedCalculation([
  { code: "CT", name: "Cục Thuế tỉnh", rank: 1, total: 363.07 },
  { code: "KB", name: KB, rank: 2, total: 348.93 },
  { code: "CV", name: "Cảng vụ Kiên Giang", rank: 3, total: 348.8 },
]);

function snapshots(gridBefore: WorkbookGrid, gridAfter: WorkbookGrid, calcAfter = after): [CalculationSnapshot, CalculationSnapshot] {
  return [snapshotFromCalculation(gridBefore, before, t1), snapshotFromCalculation(gridAfter, calcAfter, t2)];
}

describe("compareSnapshots", () => {
  test("names the amended cell, its member and the member's effect", () => {
    const c = compareSnapshots(...snapshots(inputGrid(99.6), inputGrid(100)));
    expect(c.changes).toEqual([{ sheet: "Chỉ tiêu", cell: "E6", before: 99.6, after: 100, memberCode: "KB" }]);
    expect(c.lines[0].vi).toBe(`${KB}, Chỉ tiêu!E6: 99,6 → 100 ⇒ +0,28 điểm, hạng 3 → 2`);
    expect(c.lines[0].en).toBe(`${KB}, Chỉ tiêu!E6: 99.6 → 100 ⇒ +0.28 points, rank 3 → 2`);
    expect(c.previousTime < c.currentTime).toBe(true);
  });

  test("a member pushed down by another's amendment is listed as an indirect effect", () => {
    const c = compareSnapshots(...snapshots(inputGrid(99.6), inputGrid(100)));
    const cv = c.effects.find((e) => e.code === "CV");
    expect(cv).toMatchObject({ indirect: true, rankBefore: 2, rankAfter: 3, pointsDelta: 0 });
    expect(c.lines[1].vi).toBe("Cảng vụ Kiên Giang: điểm không đổi, hạng 2 → 3 (do thay đổi của đơn vị khác hoặc cấu hình)");
    expect(c.effects.some((e) => e.code === "CT")).toBe(false);
  });

  test("several cells of one member: one line each, the effect once at the end", () => {
    const changed = inputGrid(100);
    changed.sheets[1].rows[4][3] = 96;
    const c = compareSnapshots(...snapshots(inputGrid(99.6), changed));
    const kbLines = c.lines.filter((l) => l.vi.startsWith(KB)).map((l) => l.vi);
    expect(kbLines).toEqual([`${KB}, Chỉ tiêu!D5: 95 → 96`, `${KB}, Chỉ tiêu!E6: 99,6 → 100 ⇒ cả 2 ô: +0,28 điểm, hạng 3 → 2`]);
  });

  test("cells outside member rows (Cấu hình) are listed without a member", () => {
    const withSetting = (v: number) => inputGrid(99.6, [sheet("Cấu hình", [["Tham số", "Giá trị"], ["Thưởng tối đa mỗi chỉ tiêu", v]])]);
    const c = compareSnapshots(...snapshots(withSetting(7), withSetting(8), before));
    expect(c.changes).toEqual([{ sheet: "Cấu hình", cell: "B2", before: 7, after: 8, memberCode: null }]);
    expect(c.lines.map((l) => l.vi)).toEqual(["Cấu hình!B2: 7 → 8"]);
  });

  test("added and emptied cells show (trống) / (empty)", () => {
    const c = compareSnapshots(...snapshots(inputGrid(null), inputGrid(100)));
    expect(c.lines[0].vi).toContain("Chỉ tiêu!E6: (trống) → 100");
    expect(c.lines[0].en).toContain("(empty) → 100");
  });

  test("a row without the code header is matched by the one known code in it", () => {
    const loose = (v: number) => ({ sheets: [sheet("Cộng trừ", [["Ghi chép", null], ["KB", v]])] });
    const c = compareSnapshots(...snapshots(loose(2), loose(1)));
    expect(c.changes[0].memberCode).toBe("KB");
  });

  test("codes are matched whatever their spacing and case", () => {
    const grid = (v: number) => ({ sheets: [sheet("Chỉ tiêu", [["Mã đơn vị", "Thực hiện"], [" kb ", v]])] });
    expect(compareSnapshots(...snapshots(grid(1), grid(2))).changes[0].memberCode).toBe("KB");
  });

  test("a deleted row still belongs to the member it had", () => {
    const removed = inputGrid(99.6);
    removed.sheets[1].rows.pop();
    const c = compareSnapshots(...snapshots(inputGrid(99.6), removed));
    expect(c.changes.length).toBe(5);
    expect(c.changes.every((ch) => ch.memberCode === "KB" && ch.after === null)).toBe(true);
  });

  test("when the new calculation is blocked, the effect says it is not ranked", () => {
    const blocked = calculation(blocResult([], undefined, true));
    const c = compareSnapshots(...snapshots(inputGrid(99.6), inputGrid("abc"), blocked));
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0].vi).toBe(`${KB}, Chỉ tiêu!E6: 99,6 → abc ⇒ chưa xếp hạng được (còn lỗi, xem trang Kiểm tra)`);
  });

  test("nothing changed says so", () => {
    const c = compareSnapshots(...snapshots(inputGrid(99.6), inputGrid(99.6), before));
    expect(c.changes).toEqual([]);
    expect(c.lines.map((l) => l.vi)).toEqual(["Không có ô dữ liệu nào thay đổi so với lần tính trước."]);
  });

  test("two 300 × 20 calculations compare quickly and exactly", () => {
    const big = (bump: (r: number, c: number) => number) => ({
      sheets: [
        sheet("Chỉ tiêu", [
          ["Mã đơn vị", ...Array.from({ length: 19 }, (_, c) => `Cột ${c + 1}`)],
          ...Array.from({ length: 300 }, (_, r) => [`DV${r + 1}`, ...Array.from({ length: 19 }, (_, c) => bump(r, c))]),
        ]),
      ],
    });
    const units = Array.from({ length: 300 }, (_, r) => ({ code: `DV${r + 1}`, name: `Đơn vị ${r + 1}`, rank: r + 1, total: 300 - r }));
    const calc = rankedCalculation(units);
    const a = snapshotFromCalculation(big((r, c) => r * 100 + c), calc, t1);
    const b = snapshotFromCalculation(big((r, c) => r * 100 + c + (r % 10 === 0 && c === 5 ? 0.5 : 0)), calc, t2);
    const start = performance.now();
    const c = compareSnapshots(a, b);
    const ms = performance.now() - start;
    console.log(`compareSnapshots 300 × 20: ${ms.toFixed(1)} ms`);
    expect(c.changes).toHaveLength(30);
    expect(c.changes[0]).toEqual({ sheet: "Chỉ tiêu", cell: "G2", before: 5, after: 5.5, memberCode: "DV1" });
    expect(c.changes[29].memberCode).toBe("DV291");
  });
});
