import { batchCounts, firstProblems, readEntry, unreadableEntry, type BatchFileEntry } from "../../../src/workbook/batch/batch-summary";
import { renderBatchSummary } from "../../../src/workbook/batch/render-batch-summary";
import type { ResultJson, ResultJsonUnit } from "../../../src/workbook/rendering/result-json";

const unit = (code: string, rank: number | null, award: ResultJsonUnit["award"] = null): ResultJsonUnit => ({
  code, name: `Đơn vị ${code}`, rank, tied: false, sections: { I: 300 }, bonus: 0, deduction: 0, total: 300, max: 350, percent: 85.7142857, grade: "good", award, needsVote: false, notes: [],
});
const issue = (severity: "error" | "warning", cell: string) => ({ severity, sheet: "Chỉ tiêu", cell, code: "x", message: `ô ${cell}` });

const ranked: ResultJson = { bloc: "Khối 1", year: 2020, units: [unit("A", 1, "flag"), unit("B", 2)], issues: [issue("warning", "C9")] };
const blocked: ResultJson = { bloc: "Khối 2", year: 2020, units: [], issues: [issue("warning", "A1"), issue("error", "E2"), issue("error", "E3"), issue("error", "E4"), issue("error", "E5")] };

describe("batch summary entries", () => {
  it("keep the result JSON's bloc, year, units and issues, with the status", () => {
    expect(readEntry("k1.xlsx", ranked, false)).toEqual({ file: "k1.xlsx", bloc: "Khối 1", year: 2020, status: "ranked", units: ranked.units, issues: ranked.issues });
    expect(readEntry("k2.xlsx", blocked, true).status).toBe("blocked");
  });

  it("give an unreadable file one error naming its problem", () => {
    expect(unreadableEntry("cu.xls", "xls", "Lưu lại thành .xlsx")).toEqual({
      file: "cu.xls", bloc: "", year: null, status: "unreadable", units: [], issues: [{ severity: "error", sheet: "", cell: "", code: "file-xls", message: "Lưu lại thành .xlsx" }],
    });
  });

  it("take the first problems errors first, at most three", () => {
    expect(firstProblems(readEntry("k2.xlsx", blocked, true)).map((i) => i.cell)).toEqual(["E2", "E3", "E4"]);
  });

  it("count the statuses", () => {
    const entries = [readEntry("a", ranked, false), readEntry("b", blocked, true), unreadableEntry("c", "damaged", "x")];
    expect(batchCounts(entries)).toEqual({ ranked: 1, blocked: 1, unreadable: 1 });
  });
});

describe("renderBatchSummary", () => {
  const entries: BatchFileEntry[] = [readEntry("k1.xlsx", ranked, false), readEntry("k2.xlsx", blocked, true), unreadableEntry("cu.xls", "xls", "Lưu lại thành .xlsx")];

  it("writes one row per member of a ranked file and one row of first problems for the others", () => {
    const sheet = renderBatchSummary(entries, { lang: "vi", now: new Date(2025, 0, 2, 8, 30) });
    const data = sheet.values.slice(sheet.headerRow + 1);
    expect(data.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ["k1.xlsx", "Khối 1", 2020, "Đã xếp hạng", 1, "A"],
      ["k1.xlsx", "Khối 1", 2020, "Đã xếp hạng", 2, "B"],
      ["k2.xlsx", "Khối 2", 2020, "Có lỗi, chưa xếp hạng", null, null],
      ["cu.xls", null, null, "Không đọc được", null, null],
    ]);
    expect(data[0][10]).toBe("Cờ thi đua");
    expect(data[2][11]).toBe("Lỗi — Chỉ tiêu!E2: ô E2\nLỗi — Chỉ tiêu!E3: ô E3\nLỗi — Chỉ tiêu!E4: ô E4");
    expect(data[3][11]).toBe("Lỗi — Lưu lại thành .xlsx");
    expect(sheet.values[sheet.headerRow]).toEqual(["Tệp", "Khối", "Năm", "Trạng thái", "Hạng", "Mã đơn vị", "Tên đơn vị", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Đề nghị khen thưởng", "Vấn đề / ghi chú"]);
  });

  it("has English headers and sheet name with lang en", () => {
    const sheet = renderBatchSummary(entries, { lang: "en", now: new Date(2025, 0, 2, 8, 30) });
    expect(sheet.name).toBe("Summary");
    expect(sheet.values[sheet.headerRow].slice(0, 4)).toEqual(["File", "Bloc", "Year", "Status"]);
  });
});
