import ExcelJS from "exceljs";
import { column, errorsOf, expectedTotal, expectWorkedExample, openOutput, putRows, rankingTable, rankWorkbook, readResult, sha256, sheetRows, sheetWith, WORKED, where, type Row } from "./file-helpers";

jest.setTimeout(90_000);

const nfd = (text: string) => text.normalize("NFD");

/**
 * An officer's Vietnamese workbook: titles in merged cells, headers from C5 with a two-row merged
 * header, NFD and NBSP in names, a hidden row and hidden columns, shared formulas with Excel's cached
 * results, a non-participating member, and sheets of the officer's own.
 */
function officersWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const members = wb.addWorksheet("Đơn vị");
  members.mergeCells("C1:H1");
  members.getCell("C1").value = "DANH SÁCH ĐƠN VỊ KHỐI THI ĐUA SỐ 17";
  members.mergeCells("C2:H2");
  members.getCell("C2").value = "Năm 2018";
  // Two-row header: "Mã đơn vị" merged down C5:C6, the CCHC group header merged across E5:F5.
  for (const [range, text] of [["C5:C6", "Mã đơn vị"], ["D5:D6", nfd("Tên\u00a0đơn vị ")], ["E5:F5", "CCHC"], ["G5:G6", "Tham gia"]] as const) {
    members.mergeCells(range);
    members.getCell(range.split(":")[0]).value = text;
  }
  members.getCell("E6").value = "Cộng điểm CCHC";
  members.getCell("F6").value = nfd("Xếp loại CCHC");
  putRows(members, [...WORKED.members.map((r) => [...r, "Có"]), ["TK", "Cục Thống kê", "Không", null, "Không"]], 7, 3);

  // NFD and upper case sheet name; header at C5 under a merged title.
  const targets = wb.addWorksheet(nfd("CHỈ TIÊU"));
  targets.mergeCells("C1:K2");
  targets.getCell("C1").value = "CHỈ TIÊU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN";
  putRows(targets, [["Mã đơn vị", "STT", "Tên chỉ tiêu", "KH gốc", "Chiều", "Kế hoạch", "Thực hiện", "Ghi chú cũ"]], 5, 3);
  const rows: Row[] = [...WORKED.targets, ["TK", 1, "Điều tra", "Tăng", 10, 10], ["TK", 2, "Báo cáo", "Tăng", 10, 10], ["TK", 3, "Niên giám", "Tăng", 10, 10], ["TK", 4, "Dữ liệu", "Tăng", 10, 10], ["TK", 5, "Phổ biến", "Tăng", 10, 10]];
  rows.forEach(([code, no, name, direction, plan, actual], i) => {
    const r = 6 + i;
    // F: the raw plan in a hidden helper column; H: the plan as a shared formula =F6 with Excel's cached result.
    putRows(targets, [[code, no, name, plan, direction, null, actual]], r, 3);
    // A cached 0 is left to values.test.ts (ExcelJS reads it back as no result at all): typed here.
    if (plan === 0) targets.getCell(`H${r}`).value = 0;
    else targets.getCell(`H${r}`).value = i === 0 ? ({ formula: "F6", result: plan, shareType: "shared", ref: "H6:H25" } as ExcelJS.CellValue) : ({ sharedFormula: "H6", result: plan } as ExcelJS.CellValue);
  });
  targets.getCell("I6").value = { formula: "H6*1.05", result: 9450 };
  targets.getCell("I9").value = "380 vụ"; // CT target 4: the number is read, the unit reported
  targets.getColumn("F").hidden = true;
  targets.getColumn("J").hidden = true;
  targets.getRow(8).hidden = true; // CT target 3, still counted
  targets.getCell("J7").value = "ghi chú ẩn";

  sheetWith(wb, "Tổng hợp", [["Bảng tổng hợp của cán bộ"], ["Tổng kế hoạch", { formula: `SUM('${nfd("CHỈ TIÊU")}'!H6:H25)`, result: 1 }]]);
  sheetWith(wb, "cộng TRỪ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 1, 2]], 3, 2);
  sheetWith(wb, "Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"]]);
  return wb;
}

describe("an officer's Vietnamese workbook: merged titles and headers, C5, hidden rows and columns, shared formulas", () => {
  it("ranks exactly as the worked example, names the exact cells, keeps the input and writes three numeric sheets", async () => {
    const run = await rankWorkbook(officersWorkbook(), "khoi 17.xlsx");

    expect(run.stderr).not.toMatch(/Chương trình gặp lỗi/);
    expect(run.code).toBe(0);
    expect(sha256(run.input)).toBe(run.inputHashBefore);
    const json = readResult(run);
    expect(json.bloc).toBe("Khối 17");
    expect(json.year).toBe(2018);
    expectWorkedExample(json.units.slice(0, 3));
    // Not participating: listed after the ranked members, rank null.
    expect(json.units.map((u) => [u.code, u.rank])).toEqual([["CT", 1], ["CV", 2], ["KB", 3], ["TK", null]]);
    expect(json.units[3].award).toBeNull();
    expect(errorsOf(json)).toEqual([]);
    const targetSheet = nfd("CHỈ TIÊU");
    expect(json.issues.filter((i) => i.code === "hidden-row").map(where)).toEqual([["hidden-row", targetSheet, "C8"]]);
    expect(json.issues.filter((i) => i.code === "unit-in-cell").map(where)).toEqual([["unit-in-cell", targetSheet, "I9"]]);
    expect(json.issues.find((i) => i.code === "unit-in-cell")?.message).toContain("vụ");

    const out = await openOutput(run.out);
    expect(out.worksheets.map((w) => w.name).slice(0, 8)).toEqual(["Đơn vị", targetSheet, "Tổng hợp", "cộng TRỪ", "Cấu hình", "Xếp hạng", "Chi tiết điểm", "Kiểm tra"]);
    // The officer's sheets come back as they were: the merged title and the hidden column.
    expect(out.getWorksheet("Đơn vị")!.getCell("C1").value).toBe("DANH SÁCH ĐƠN VỊ KHỐI THI ĐUA SỐ 17");
    expect(out.getWorksheet(targetSheet)!.getColumn("F").hidden).toBe(true);
    expect(sheetRows(out.getWorksheet("Tổng hợp")!)[0][0]).toBe("Bảng tổng hợp của cán bộ");

    const ranking = rankingTable(out.getWorksheet("Xếp hạng")!);
    expect(column(ranking, "Mã đơn vị")).toEqual(["CT", "CV", "KB", "TK"]);
    const totals = column(ranking, "Tổng điểm");
    expect(totals.slice(0, 3).every((v) => typeof v === "number")).toBe(true);
    expect(totals[0] as number).toBeCloseTo(expectedTotal("CT"), 9);
    expect(column(ranking, "Hạng")).toEqual([1, 2, 3, null]);
    const totalCell = out.getWorksheet("Xếp hạng")!.getCell(ranking.rows.length, ranking.header.indexOf("Tổng điểm") + 1);
    expect(totalCell.numFmt ?? "").toMatch(/0[.,]00/);

    const breakdown = sheetRows(out.getWorksheet("Chi tiết điểm")!);
    const kb1 = breakdown.find((r) => r.includes("Giải ngân"));
    expect(kb1).toBeDefined();
    expect(kb1).toEqual(expect.arrayContaining([95, 97.85]));
    const checks = sheetRows(out.getWorksheet("Kiểm tra")!);
    expect(checks.some((r) => r.includes("C8") && r.includes(targetSheet))).toBe(true);
  });
});
