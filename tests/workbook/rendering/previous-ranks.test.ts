import type { CellValue, WorkbookGrid } from "../../../src/workbook/grid";
import { rankKey, readPreviousRanks } from "../../../src/workbook/rendering/previous-ranks";
import { renderRanking } from "../../../src/workbook/rendering/render-ranking";
import { bloc, NOW, unit } from "./fixtures";

function grid(name: string, rows: CellValue[][]): WorkbookGrid {
  return { sheets: [{ name: "Đơn vị", rows: [["Mã đơn vị"], ["CT"]], originRow: 1, originCol: 1 }, { name, rows, originRow: 1, originCol: 1 }] };
}

describe("readPreviousRanks", () => {
  it("reads back the ranks of a Xếp hạng sheet this program rendered", () => {
    const result = bloc({ units: [...bloc().units, unit({ code: "TK", rank: null })] });
    const sheet = renderRanking(result, { lang: "vi", now: NOW, previousRanks: new Map() });
    const ranks = readPreviousRanks(grid(sheet.name, sheet.values));
    expect([...ranks]).toEqual([["ct", 1], ["cv", 2], ["kb", 3], ["tk", null]]);
  });

  it("reads an English-headed sheet named Ranking", () => {
    const sheet = renderRanking(bloc(), { lang: "en", now: NOW, previousRanks: new Map() });
    expect(readPreviousRanks(grid("Ranking", sheet.values)).get(rankKey("CV"))).toBe(2);
  });

  it("finds the columns by header text wherever they are", () => {
    const rows: CellValue[][] = [
      ["Some title", null, null],
      [null, null, null],
      [null, null, null],
      ["Tên đơn vị", "MÃ ĐƠN VỊ", " hạng "],
      ["Cục Thuế", "ct", 4],
      [null, null, null],
      ["Cảng vụ", "CV", 1],
    ];
    expect([...readPreviousRanks(grid("xep hang", rows))]).toEqual([["ct", 4], ["cv", 1]]);
  });

  it("is empty when there is no ranking sheet or no header", () => {
    expect(readPreviousRanks({ sheets: [] }).size).toBe(0);
    expect(readPreviousRanks(grid("Xếp hạng", [["Hạng", "Tên"], [1, "X"]])).size).toBe(0);
  });
});
