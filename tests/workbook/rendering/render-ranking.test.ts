import { rankKey } from "../../../src/workbook/rendering/previous-ranks";
import { renderRanking, rankChange } from "../../../src/workbook/rendering/render-ranking";
import { bloc, NOW, unit } from "./fixtures";
import { columnFormats, columnValues, headers } from "./sheet-helpers";

const noPrevious = new Map<string, number | null>();
const vi = { lang: "vi" as const, now: NOW, previousRanks: noPrevious };

describe("renderRanking", () => {
  it("writes the contract's columns in order, one Nội dung column per section", () => {
    const sheet = renderRanking(bloc(), vi);
    expect(sheet.name).toBe("Xếp hạng");
    expect(headers(sheet)).toEqual([
      "Hạng", "Mã đơn vị", "Tên đơn vị", "Nội dung I", "Nội dung II", "Điểm cộng", "Điểm trừ",
      "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Đề nghị khen thưởng", "Ghi chú", "Thay đổi hạng",
    ]);
  });

  it("puts the bloc, the year and the time of calculation above the table", () => {
    const sheet = renderRanking(bloc(), vi);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.values[0][0]).toBe("Xếp hạng thi đua — Khối 17 — năm 2018");
    expect(sheet.values[1][0]).toBe("Tính lúc 05/03/2025 14:07");
    expect(sheet.titleRows).toEqual([0, 1]);
    expect(sheet.freezeRows).toBe(3);
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, printTitleRows: 3 });
  });

  it("leaves out bloc and year when the settings do not give them", () => {
    const sheet = renderRanking(bloc({ bloc: "", year: null }), vi);
    expect(sheet.values[0][0]).toBe("Xếp hạng thi đua");
  });

  it("writes numbers as unrounded numbers with a 2-decimal format and the rank as an integer", () => {
    const result = bloc();
    const sheet = renderRanking(result, vi);
    expect(columnValues(sheet, "Tổng điểm")).toEqual(result.units.map((u) => u.total));
    expect(columnValues(sheet, "Tỷ lệ (%)")).toEqual(result.units.map((u) => u.percent));
    expect(columnValues(sheet, "Nội dung I")).toEqual(result.units.map((u) => u.sections.I));
    expect(columnFormats(sheet, "Tổng điểm")).toEqual(["0.00", "0.00", "0.00"]);
    expect(columnFormats(sheet, "Điểm trừ")).toEqual(["0.00", "0.00", "0.00"]);
    expect(columnValues(sheet, "Hạng")).toEqual([1, 2, 3]);
    expect(columnFormats(sheet, "Hạng")).toEqual(["0", "0", "0"]);
  });

  it("gives every text cell the text format so Excel never runs it as a formula, without an apostrophe", () => {
    const result = bloc({ units: [unit({ code: "=1+1", name: "-Cục Thuế", notes: [{ vi: "@ghi chú", en: "@note" }] })] });
    const sheet = renderRanking(result, vi);
    expect(columnValues(sheet, "Mã đơn vị")).toEqual(["=1+1"]);
    expect(columnValues(sheet, "Tên đơn vị")).toEqual(["-Cục Thuế"]);
    expect(columnValues(sheet, "Ghi chú")).toEqual(["@ghi chú"]);
    for (const header of ["Mã đơn vị", "Tên đơn vị", "Ghi chú", "Xếp loại"]) expect(columnFormats(sheet, header)).toEqual(["@"]);
    sheet.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "string") expect(sheet.numberFormats[i][j]).toBe("@");
      }),
    );
  });

  it("leaves Hạng empty for an unranked member, keeps it after the ranked ones and still shows its grade", () => {
    const result = bloc({ units: [unit(), unit({ code: "TK", rank: null, participates: false, grade: "good", award: null })] });
    const sheet = renderRanking(result, vi);
    expect(columnValues(sheet, "Hạng")).toEqual([1, null]);
    expect(columnFormats(sheet, "Hạng")[1]).toBe("General");
    expect(columnValues(sheet, "Xếp loại")[1]).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("writes grades and awards in words, none for a member tied across a quota line", () => {
    const result = bloc({
      units: [
        unit({ grade: "excellent", award: "flag" }),
        unit({ code: "B", grade: "good", award: null, needsVote: true }),
        unit({ code: "C", grade: "pass", award: null }),
        unit({ code: "D", grade: "fail", award: null }),
      ],
    });
    const sheet = renderRanking(result, vi);
    expect(columnValues(sheet, "Xếp loại")).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ",
    ]);
    expect(columnValues(sheet, "Đề nghị khen thưởng")).toEqual(["Cờ thi đua", null, null, null]);
  });

  it("joins the member's notes with semicolons", () => {
    const notes = [{ vi: "Đồng hạng", en: "Tied" }, { vi: "Cần bình xét", en: "Needs a vote" }];
    const sheet = renderRanking(bloc({ units: [unit({ notes })] }), vi);
    expect(columnValues(sheet, "Ghi chú")).toEqual(["Đồng hạng; Cần bình xét"]);
  });

  it("shows the rank change since the previous ranking", () => {
    const previous = new Map<string, number | null>([["ct", 3], ["cv", 1], ["kb", 3]]);
    const sheet = renderRanking(bloc(), { ...vi, previousRanks: previous });
    expect(columnValues(sheet, "Thay đổi hạng")).toEqual(["▲2", "▼1", "–"]);
  });

  it("says Mới for a member not ranked last time, and nothing on a first calculation", () => {
    const previous = new Map<string, number | null>([["ct", 1], ["cv", null]]);
    expect(columnValues(renderRanking(bloc(), { ...vi, previousRanks: previous }), "Thay đổi hạng")).toEqual(["–", "Mới", "Mới"]);
    expect(columnValues(renderRanking(bloc(), vi), "Thay đổi hạng")).toEqual([null, null, null]);
  });

  it("matches previous codes regardless of case, spacing and Unicode form", () => {
    const previous = new Map<string, number | null>([[rankKey("ĐV 1"), 2]]);
    expect(rankChange({ code: "đv  1".normalize("NFD"), rank: 1 }, previous, "vi")).toBe("▲1");
  });

  it("writes English headers and texts when asked, keeping the Vietnamese sheet name", () => {
    const previous = new Map<string, number | null>([["xx", 1]]);
    const sheet = renderRanking(bloc({ units: [unit()] }), { lang: "en", now: NOW, previousRanks: previous });
    expect(sheet.name).toBe("Xếp hạng");
    expect(headers(sheet)).toEqual([
      "Rank", "Code", "Name", "Section I", "Section II", "Bonus", "Deductions", "Total", "Percent (%)",
      "Grade", "Award proposal", "Notes", "Rank change",
    ]);
    expect(sheet.values[0][0]).toBe("Emulation ranking — Khối 17 — year 2018");
    expect(sheet.values[1][0]).toBe("Calculated at 05/03/2025 14:07");
    expect(columnValues(sheet, "Grade")).toEqual(["Excellently completed duties"]);
    expect(columnValues(sheet, "Award proposal")).toEqual(["Emulation flag"]);
    expect(columnValues(sheet, "Rank change")).toEqual(["New"]);
  });

  it("keeps every row as wide as the header and sizes columns to their content", () => {
    const sheet = renderRanking(bloc(), vi);
    const width = headers(sheet).length;
    for (const row of sheet.values) expect(row).toHaveLength(width);
    for (const row of sheet.numberFormats) expect(row).toHaveLength(width);
    expect(sheet.columnWidths).toHaveLength(width);
    // Thirteen columns are wider than A4 at a readable size: the long texts (the name first) wrap, the name never narrower than 14.
    expect(sheet.wrapColumns).toEqual(expect.arrayContaining([2, 11]));
    expect(sheet.columnWidths[2]).toBeGreaterThanOrEqual(14);
  });
});
