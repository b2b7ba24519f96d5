import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { runRank } from "../cli/cli-helpers";
import { column, openOutput, rankFile, rankingTable, readResult, sha256, sheetRows, sheetWith, tempDir, WORKED, type Row } from "./file-helpers";

jest.setTimeout(90_000);

/** The worked example with an earlier run's output sheets, named by the officer in other cases / English. */
function workbookWithEarlierOutputs(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, "Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ...WORKED.members]);
  sheetWith(wb, "Chỉ tiêu", [["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ...WORKED.targets]);
  sheetWith(wb, "Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 1, 2]]);
  // Last time: KB first, CT second, CV third (an officer inserted a row above the table since).
  sheetWith(wb, "XẾP HẠNG", [["Xếp hạng khối thi đua"], ["Tính lúc 01/12/2018"], ["(dòng cán bộ chèn thêm)"], ["Hạng", "Mã đơn vị", "Tên đơn vị"], [1, "KB", "Kho bạc"], [2, "CT", "Cục Thuế"], [3, "CV", "Cảng vụ"]] as Row[]);
  sheetWith(wb, "breakdown", [["chi tiết cũ"]]);
  sheetWith(wb, "kiểm TRA", [["kiểm tra cũ"]]);
  sheetWith(wb, "Tổng hợp", [["Ghi chép riêng của cán bộ"]]);
  return wb;
}

describe("output sheets and file paths", () => {
  it("replaces earlier output sheets named in another case or in English, fills Thay đổi hạng from them, keeps the officer's sheets", async () => {
    const dir = tempDir();
    // A folder and a file name with spaces and Vietnamese letters, --out into another such folder (a missing
    // --out folder is refused with a message: tests/cli/output-paths.test.ts).
    const folder = join(dir, "Thi đua 2018", "Khối 17 (bản sửa)");
    mkdirSync(folder, { recursive: true });
    const input = join(folder, "Bảng điểm khối 17 – lần 2.xlsx");
    await workbookWithEarlierOutputs().xlsx.writeFile(input);
    const out = join(dir, "kết quả mới", "tháng 12", "Xếp hạng khối 17.xlsx");
    mkdirSync(dirname(out), { recursive: true });

    const before = sha256(input);
    const run = await runRank([input, "--out", out, "--json", join(dir, "kết quả.json")]);

    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(run.stdout).toContain("Xếp hạng khối 17.xlsx");
    const wb = await openOutput(out);
    const names = wb.worksheets.map((w) => w.name);
    // Each earlier output sheet is replaced where it was (its tab position), the officer's after it kept.
    expect(names.slice(0, 7)).toEqual(["Đơn vị", "Chỉ tiêu", "Cộng trừ", "Xếp hạng", "Chi tiết điểm", "Kiểm tra", "Tổng hợp"]);
    for (const old of ["XẾP HẠNG", "breakdown", "kiểm TRA"]) expect(names).not.toContain(old);
    expect(sheetRows(wb.getWorksheet("Tổng hợp")!)[0][0]).toBe("Ghi chép riêng của cán bộ");

    const ranking = rankingTable(wb.getWorksheet("Xếp hạng")!);
    expect(column(ranking, "Mã đơn vị")).toEqual(["CT", "CV", "KB"]);
    expect(column(ranking, "Thay đổi hạng")).toEqual(["▲1", "▲1", "▼2"]);
    expect(sheetRows(wb.getWorksheet("Kiểm tra")!).flat()).toContain("Không có lỗi");
    expect(sheetRows(wb.getWorksheet("Chi tiết điểm")!).flat()).not.toContain("chi tiết cũ");

    // Run again on the output as the next input: the default output goes beside it, ranks unchanged now.
    const second = await runRank([out]);
    expect(second.code).toBe(0);
    const next = join(dir, "kết quả mới", "tháng 12", "Xếp hạng khối 17-xep-hang.xlsx");
    expect(existsSync(next)).toBe(true);
    const again = rankingTable((await openOutput(next)).getWorksheet("Xếp hạng")!);
    expect(column(again, "Thay đổi hạng")).toEqual(["–", "–", "–"]);
  });

  it("a blocked run on a workbook with earlier outputs: only Kiểm tra replaced (named in another case), Xếp hạng and Breakdown left as they were", async () => {
    const wb = workbookWithEarlierOutputs();
    wb.getWorksheet("Chỉ tiêu")!.getCell("E2").value = 0; // CT target 1: plan 0 on a Tăng target
    const dir = tempDir();
    const input = join(dir, "khoi 17.xlsx");
    await wb.xlsx.writeFile(input);

    const run = await rankFile(dir, input, ["--lang", "en"]);

    expect(run.code).toBe(2);
    const json = readResult(run);
    expect(json.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])).toEqual([["plan-zero", "Chỉ tiêu", "E2"]]);
    expect(run.stdout).toContain("Chỉ tiêu'!E2");
    const out = await openOutput(run.out);
    const names = out.worksheets.map((w) => w.name);
    expect(names).toContain("XẾP HẠNG");
    expect(names).toContain("breakdown");
    expect(names).not.toContain("kiểm TRA");
    expect(sheetRows(out.getWorksheet("XẾP HẠNG")!)[4]).toEqual([1, "KB", "Kho bạc"]);
    const checks = sheetRows(out.getWorksheet("Kiểm tra")!);
    expect(checks.some((r) => r.includes("E2") && r.includes("Error"))).toBe(true);
  });

  // Officers name their own summaries "Bảng tổng hợp" or "Biểu đồ": the contract lets the program replace only
  // its own sheets, so the program's go beside them ("… (2)"), and the next run replaces those, not the officer's.
  it("the officer's own 'Bảng tổng hợp' and 'Biểu đồ' sheets are kept in place; the program's go to '… (2)', replaced by the next run", async () => {
    const wb = workbookWithEarlierOutputs();
    sheetWith(wb, "Bảng tổng hợp", [["Số liệu của cán bộ", 12345]]);
    sheetWith(wb, "Biểu đồ", [["Biểu đồ của cán bộ"]]);
    const dir = tempDir();
    const input = join(dir, "khoi 17.xlsx");
    await wb.xlsx.writeFile(input);

    const run = await rankFile(dir, input);

    expect(run.code).toBe(0);
    const out = await openOutput(run.out);
    const names = out.worksheets.map((w) => w.name);
    // The earlier output sheets replaced in place; the officer's sheets keep their positions; the new ones follow the last.
    expect(names.slice(0, 9)).toEqual(["Đơn vị", "Chỉ tiêu", "Cộng trừ", "Xếp hạng", "Chi tiết điểm", "Kiểm tra", "Tổng hợp", "Bảng tổng hợp", "Biểu đồ"]);
    expect(sheetRows(out.getWorksheet("Bảng tổng hợp")!)[0]).toEqual(["Số liệu của cán bộ", 12345]);
    expect(sheetRows(out.getWorksheet("Biểu đồ")!)[0]).toEqual(["Biểu đồ của cán bộ"]);
    expect(names).toEqual(expect.arrayContaining(["Bảng tổng hợp (2)", "Biểu đồ (2)", "Đề nghị khen thưởng", "Lịch sử tính điểm"]));
    expect(rankingTable(out.getWorksheet("Biểu đồ (2)")!).rows).toHaveLength(3);
    expect(run.stdout).toContain("Trang 'Bảng tổng hợp' là của cán bộ");
    expect(run.stdout).toContain("'Biểu đồ (2)'");

    // The output as the next input: the program's "(2)" sheets are recognised and replaced, not multiplied.
    const nextDir = tempDir();
    copyFileSync(run.out, join(nextDir, "lan 2.xlsx"));
    const again = await rankFile(nextDir, join(nextDir, "lan 2.xlsx"));
    expect(again.code).toBe(0);
    const second = (await openOutput(again.out)).worksheets.map((w) => w.name);
    expect(second.filter((n) => n.startsWith("Bảng tổng hợp"))).toEqual(["Bảng tổng hợp", "Bảng tổng hợp (2)"]);
    expect(second.filter((n) => n.startsWith("Biểu đồ"))).toEqual(["Biểu đồ", "Biểu đồ (2)"]);
  });
});
