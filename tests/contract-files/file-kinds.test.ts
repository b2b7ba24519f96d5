import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runRank } from "../cli/cli-helpers";
import { expectWorkedExample, openOutput, patchZip, readResult, replaceInZip, sha256, sheetWith, tempDir, WORKED } from "./file-helpers";

jest.setTimeout(90_000);

async function workedExampleBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, "Đơn vị", [["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"], ...WORKED.members]);
  sheetWith(wb, "Chỉ tiêu", [["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"], ...WORKED.targets]);
  sheetWith(wb, "Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 1, 2]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A macro-enabled workbook: the main part's content type and a VBA project, as Excel saves .xlsm. */
function asMacroEnabled(bytes: Buffer): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    await replaceInZip(zip, "[Content_Types].xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    await replaceInZip(zip, "[Content_Types].xml", "</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    await replaceInZip(zip, "xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
    zip.file("xl/vbaProject.bin", Buffer.from("not a real VBA project"));
  });
}

/** A chart sheet (a tab that is only a chart), which ExcelJS cannot create itself. */
function withChartSheet(bytes: Buffer): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    await replaceInZip(zip, "[Content_Types].xml", "</Types>", '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>');
    await replaceInZip(zip, "xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>');
    await replaceInZip(zip, "xl/workbook.xml", "</sheets>", '<sheet name="Biểu đồ của tôi" sheetId="99" r:id="rIdChart1"/></sheets>');
    zip.file("xl/chartsheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>');
  });
}

describe("files that are not plain .xlsx workbooks", () => {
  it.each([
    ["a 0-byte file", "rong.xlsx", async () => Buffer.alloc(0), "rỗng (0 byte)"],
    ["a .csv renamed .xlsx", "danh sach.xlsx", async () => Buffer.from("Mã đơn vị,Tên đơn vị\nCT,Cục Thuế tỉnh\n", "utf8"), "không phải là sổ làm việc Excel"],
    ["a truncated .xlsx (zip cut in half)", "bi cat.xlsx", async () => { const whole = await workedExampleBytes(); return whole.subarray(0, Math.floor(whole.length / 2)); }, "bị hỏng hoặc không đầy đủ"],
  ])("%s: exit 1, a message naming the file, what is wrong and what to do, nothing written, input untouched", async (_what, name, bytes, what) => {
    const dir = tempDir();
    const input = join(dir, name);
    const content = await bytes();
    writeFileSync(input, content);

    const run = await runRank([input, "--json", join(dir, "r.json")]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(/\.xlsx/);
    expect(run.stderr).toContain(what);
    expect(run.stderr).toMatch(/Excel/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(dir)).toEqual([name]);
    expect(readFileSync(input).equals(content)).toBe(true);
  });

  it("--lang en: the same message in English", async () => {
    const dir = tempDir();
    const input = join(dir, "empty.xlsx");
    writeFileSync(input, "");
    const run = await runRank([input, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not an Excel workbook/);
    expect(run.stderr).not.toMatch(/không/i);
  });

  it("a .xlsm input is ranked; the output is an .xlsm beside it with the VBA project kept byte for byte, the input untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "khoi 17.xlsm");
    writeFileSync(input, await asMacroEnabled(await workedExampleBytes()));
    const before = sha256(input);

    const run = await runRank([input, "--json", join(dir, "r.json")]);

    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const out = join(dir, "khoi 17-xep-hang.xlsm");
    const zip = await JSZip.loadAsync(readFileSync(out));
    // Excel opens a macro-enabled workbook only under .xlsm, and this one keeps its macros.
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(await zip.file("xl/vbaProject.bin")!.async("string")).toBe("not a real VBA project");
    expectWorkedExample(readResult({ jsonPath: join(dir, "r.json") }).units);
    expect((await openOutput(out)).worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Xếp hạng", "Chi tiết điểm", "Kiểm tra"]));

    const plainName = await runRank([input, "--out", join(dir, "ket qua.xlsx")]);
    expect(plainName.code).toBe(1);
    expect(plainName.stderr).toContain("phải có đuôi .xlsm");
    expect(existsSync(join(dir, "ket qua.xlsx"))).toBe(false);
  });

  // Excel will not open a plain workbook named .xlsm: a macro-free input's copy must be named .xlsx.
  it("--out with an .xlsm name for a workbook without macros is refused with exit 1 and a message, nothing written", async () => {
    const dir = tempDir();
    const input = join(dir, "khoi.xlsx");
    writeFileSync(input, await workedExampleBytes());

    const run = await runRank([input, "--out", join(dir, "ket qua.xlsm")]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\.xlsx/);
    expect(existsSync(join(dir, "ket qua.xlsm"))).toBe(false);
  });

  // The copy is the input package with the program's sheets added: an officer's chart sheet (which the
  // ExcelJS writer of old could not carry) comes back as it was, so there is nothing to warn about.
  it("an officer's chart sheet is carried into the output as it was, with no warning, the input untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "co bieu do.xlsx");
    writeFileSync(input, await withChartSheet(await workedExampleBytes()));
    const before = sha256(input);

    const run = await runRank([input]);

    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Biểu đồ của tôi");
    expect(sha256(input)).toBe(before);
    const inputZip = await JSZip.loadAsync(readFileSync(input));
    const output = await JSZip.loadAsync(readFileSync(join(dir, "co bieu do-xep-hang.xlsx")));
    expect(await output.file("xl/workbook.xml")!.async("string")).toContain('<sheet name="Biểu đồ của tôi" sheetId="99" r:id="rIdChart1"/>');
    expect(await output.file("xl/chartsheets/sheet1.xml")!.async("string")).toBe(await inputZip.file("xl/chartsheets/sheet1.xml")!.async("string"));
  });
});
