import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runRank, sha256, tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

jest.setTimeout(30_000);

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("npm run rank (the real command)", () => {
  it("ranks a clean workbook: exit 0, output beside the input, JSON per the contract, input untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "khoi 17.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const before = sha256(input);

    const run = await runRank([input, "--json", join(dir, "ket-qua.json")]);

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(run.stdout).toContain("363,07");
    expect(run.stdout).toContain("Cục Thuế tỉnh");
    expect(run.stdout.trimEnd().split("\n").pop()).toContain("Đã xếp hạng 3 đơn vị");

    const out = await openWorkbook(join(dir, "khoi 17-xep-hang.xlsx"));
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Đơn vị", "Chỉ tiêu", "Cộng trừ", "Cấu hình", "Xếp hạng", "Chi tiết điểm", "Kiểm tra",
      "Bảng tổng hợp", "Đề nghị khen thưởng", "Biểu đồ", "Lịch sử tính điểm", "_ktd_lich_su",
    ]);
    expect(out.getWorksheet("_ktd_lich_su")!.state).toBe("hidden");
    const ranking = out.getWorksheet("Xếp hạng")!;
    expect(ranking.getCell("A3").value).toBe("Hạng");
    expect(ranking.getCell("B4").value).toBe("CT");
    expect(typeof ranking.getCell("A4").value).toBe("number");
    const totalCol = (ranking.getRow(3).values as unknown[]).indexOf("Tổng điểm");
    expect(ranking.getCell(4, totalCol).value).toBeCloseTo(363.0714285714, 8);
    expect(ranking.getCell(4, totalCol).numFmt).toBe("0.00");

    const json = JSON.parse(readFileSync(join(dir, "ket-qua.json"), "utf8"));
    expect(Object.keys(json)).toEqual(["bloc", "year", "units", "issues"]);
    expect(json.bloc).toBe("Khối 17");
    expect(json.year).toBe(2018);
    expect(Object.keys(json.units[0])).toEqual([
      "code", "name", "rank", "tied", "sections", "bonus", "deduction", "total", "max", "percent", "grade", "award", "needsVote", "notes",
    ]);
    expect(json.units.map((u: { code: string }) => u.code)).toEqual(["CT", "CV", "KB"]);
    expect(json.units[0]).toMatchObject({ rank: 1, grade: "excellent", award: "flag", max: 350, bonus: 5 });
    expect(json.units[0].total).toBeCloseTo(363.0714285714, 8);
    expect(json.units[2].deduction).toBe(2);
  });

  it("with errors: exit 2, errors printed with sheet and cell, Kiểm tra written, old ranking kept", async () => {
    const dir = tempDir();
    const input = join(dir, "loi.xlsx");
    const sheets = workedExampleSheets();
    sheets[1].rows[1][4] = 0; // Kế hoạch 0 on a Tăng target (E2)
    sheets.push({ name: "Xếp hạng", rows: [["bảng xếp hạng lần trước"]] });
    await writeWorkbook(input, sheets);
    const output = join(dir, "ra.xlsx");

    const run = await runRank([input, "--out", output]);

    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/Lỗi\s+'Chỉ tiêu'!E2\s+\S/);
    expect(run.stdout).toContain("Chưa xếp hạng được");
    const out = await openWorkbook(output);
    expect(out.worksheets.map((w) => w.name)).toEqual(["Đơn vị", "Chỉ tiêu", "Cộng trừ", "Cấu hình", "Xếp hạng", "Kiểm tra", "Lịch sử tính điểm", "_ktd_lich_su"]);
    expect(out.getWorksheet("Xếp hạng")!.getCell("A1").value).toBe("bảng xếp hạng lần trước");
    expect(out.getWorksheet("Kiểm tra")!.getCell("A4").value).toBe("Lỗi");
  });

  it("fails with exit 1 and a plain message when the file is missing", async () => {
    const run = await runRank([join(tempDir(), "khong-co.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Không tìm thấy tệp");
    expect(run.stderr).not.toMatch(/\bat \S+ \(/);
    expect(run.stdout).toBe("");
  });

  it("refuses to write over the input file", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const before = sha256(input);
    const run = await runRank([input, "--out", join(dir, ".", "in.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("never overwritten");
    expect(sha256(input)).toBe(before);
  });

  it("prints help in Vietnamese and English", async () => {
    const run = await runRank(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Cách dùng");
    expect(run.stdout).toContain("Usage");
  });

  it("reports an old .xls and a password-protected file without a stack trace", async () => {
    const dir = tempDir();
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    writeFileSync(join(dir, "cu.xls"), Buffer.concat([ole2, Buffer.from("Workbook", "utf16le")]));
    writeFileSync(join(dir, "khoa.xlsx"), Buffer.concat([ole2, Buffer.from("EncryptionInfo", "utf16le")]));
    writeFileSync(join(dir, "ghi-chu.xlsx"), "không phải sổ làm việc");
    const [xls, encrypted, text] = await Promise.all([
      runRank([join(dir, "cu.xls")]),
      runRank([join(dir, "khoa.xlsx")]),
      runRank([join(dir, "ghi-chu.xlsx"), "--lang", "en"]),
    ]);
    expect(xls).toMatchObject({ code: 1, stderr: expect.stringContaining("Excel cũ (.xls)") });
    expect(encrypted).toMatchObject({ code: 1, stderr: expect.stringContaining("mật khẩu") });
    expect(text).toMatchObject({ code: 1, stderr: expect.stringContaining("is not an Excel workbook") });
    expect(existsSync(join(dir, "cu-xep-hang.xlsx"))).toBe(false);
  });
});
