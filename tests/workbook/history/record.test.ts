import { recordCalculation } from "../../../src/workbook/history/record";
import { HISTORY_DATA_SHEET } from "../../../src/workbook/history/history-names";
import { MAX_SNAPSHOTS } from "../../../src/workbook/history/storage";
import { inputGrid, rankedCalculation, sheet } from "./helpers";

const calcBefore = rankedCalculation([
  { code: "CV", name: "Cảng vụ Kiên Giang", rank: 1, total: 348.8 },
  { code: "KB", name: "Kho bạc", rank: 2, total: 348.65 },
]);
const calcAfter = rankedCalculation([
  { code: "KB", name: "Kho bạc", rank: 1, total: 348.93 },
  { code: "CV", name: "Cảng vụ Kiên Giang", rank: 2, total: 348.8 },
]);

describe("recordCalculation", () => {
  test("the first calculation starts the history without a comparison", () => {
    const update = recordCalculation(inputGrid(99.6), calcBefore, new Date(2025, 2, 5, 9, 0), "vi");
    expect(update.comparison).toBeNull();
    expect(update.snapshots).toHaveLength(1);
    expect(update.warning).toBeNull();
    expect(update.sheet.values[1][0]).toBe("Chưa có lần tính trước để so sánh.");
  });

  test("the next one reads the stored rows back and compares with the last", () => {
    const first = recordCalculation(inputGrid(99.6), calcBefore, new Date(2025, 2, 5, 9, 0), "vi");
    const grid = inputGrid(100, [sheet(HISTORY_DATA_SHEET, first.rows)]);
    const second = recordCalculation(grid, calcAfter, new Date(2025, 2, 5, 10, 0), "vi");
    expect(second.snapshots).toHaveLength(2);
    expect(second.comparison?.lines[0].vi).toBe("Kho bạc, Chỉ tiêu!E6: 99,6 → 100 ⇒ +0,28 điểm, hạng 2 → 1");
    expect(Object.keys(second.snapshots[1].inputs).some((k) => k.startsWith(HISTORY_DATA_SHEET))).toBe(false);
  });

  test("a damaged history sheet starts fresh with a warning", () => {
    const grid = inputGrid(100, [sheet(HISTORY_DATA_SHEET, [["tôi đã sửa trang này"]])]);
    const update = recordCalculation(grid, calcAfter, new Date(2025, 2, 5, 10, 0), "en");
    expect(update.comparison).toBeNull();
    expect(update.snapshots).toHaveLength(1);
    expect(update.warning?.en).toContain("starts again");
  });

  test(`the kept snapshots match the rows written (at most ${MAX_SNAPSHOTS})`, () => {
    let rows: string[][] = [];
    for (let i = 0; i < MAX_SNAPSHOTS + 2; i++) {
      rows = recordCalculation(inputGrid(i, [sheet(HISTORY_DATA_SHEET, rows)]), calcBefore, new Date(2025, 2, 1, 8, i), "vi").rows;
    }
    const last = recordCalculation(inputGrid(99, [sheet(HISTORY_DATA_SHEET, rows)]), calcBefore, new Date(2025, 2, 1, 9, 0), "vi");
    expect(last.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(last.rows).toHaveLength(MAX_SNAPSHOTS + 1);
    expect(last.snapshots.at(-1)?.inputs["Chỉ tiêu!E6"]).toBe(99);
  });
});
