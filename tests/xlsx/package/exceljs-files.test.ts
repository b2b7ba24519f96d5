import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookFileError } from "../../../src/xlsx/file-errors";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { readFileBytes } from "../../../src/xlsx/read-file-bytes";
import { buildInputWorkbook } from "../../../scripts/input-workbook";

/**
 * Workbooks written by ExcelJS (the writer of many reporting scripts) read by the package reader, and
 * what is not a usable workbook named as such. Every sheet's cells are read.
 */
const readWorkbookBuffer = (bytes: Uint8Array, label = "workbook") => openWorkbook(bytes, label, { wanted: () => true });

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function everyKindOfCell(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  ws.getCell("A1").value = "Mã đơn vị";
  ws.getCell("B1").value = 97.85;
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = new Date(Date.UTC(2018, 11, 31));
  ws.getCell("E1").value = { formula: "B1*2", result: 195.7 };
  ws.getCell("E2").value = { formula: "B2*2", result: 4 };
  ws.getCell("E3").value = { sharedFormula: "E2", result: 6 };
  ws.getCell("F1").value = { richText: [{ text: "Cục " }, { text: "Thuế", font: { bold: true } }] };
  ws.getCell("G1").value = { text: "minh chứng", hyperlink: "https://example.org" };
  ws.getCell("H1").value = { error: "#DIV/0!" };
  ws.getCell("I1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("B2").value = 2;
  ws.getCell("B3").value = 3;
  ws.getCell("J1").value = "0,95";
  ws.getCell("J1").numFmt = "@";
  ws.getCell("B1").numFmt = "0.00";
  ws.getCell("A4").value = "Gộp";
  ws.mergeCells("A4:C4");
  ws.getRow(3).hidden = true;
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  return bytesOf(wb);
}

describe("openWorkbook on ExcelJS's files", () => {
  it("reads every kind of cell as the reader's plain value", async () => {
    const { grid } = readWorkbookBuffer(await everyKindOfCell());
    const sheet = grid.sheets[0];
    expect(sheet.name).toBe("Chỉ tiêu");
    expect(sheet.originRow).toBe(1);
    const [row1, row2, row3, row4] = sheet.rows;
    expect(row1.slice(0, 10)).toEqual([
      "Mã đơn vị", 97.85, true, new Date(Date.UTC(2018, 11, 31)), 195.7, "Cục Thuế", "minh chứng",
      { error: "#DIV/0!" }, { error: "#DIV/0!" }, "0,95",
    ]);
    expect(row2[4]).toBe(4);
    expect(row3[4]).toBe(6);
    expect(row4.slice(0, 3)).toEqual(["Gộp", null, null]);
    expect(sheet.numberFormats?.[0][1]).toBe("0.00");
    expect(sheet.numberFormats?.[0][9]).toBe("@");
    expect(sheet.numberFormats?.[0][0]).toBe("General");
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.visible).toBe(true);
    expect(grid.sheets[1].visible).toBe(false);
  });

  it("lists the Excel tables with their ranges", async () => {
    const wb = buildInputWorkbook([{ name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"], ["CV", "Cảng vụ"]], table: true }]);
    const { grid } = readWorkbookBuffer(await bytesOf(wb));
    expect(grid.sheets[0].tables).toEqual([{ name: expect.any(String), range: "A1:B3" }]);
  });

  it("flags an Excel table's Total Row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đơn vị");
    const columns = [{ name: "Mã đơn vị", totalsRowLabel: "" }, { name: "Tên đơn vị", totalsRowFunction: "count" as const }];
    ws.addTable({ name: "DonVi", ref: "B2", headerRow: true, totalsRow: true, columns, rows: [["CT", "Cục Thuế"], ["CV", "Cảng vụ"]] });
    ws.addTable({ name: "Khac", ref: "E2", headerRow: true, columns: [{ name: "Ghi chú" }], rows: [["x"]] });
    const expected = [
      { name: "DonVi", range: "B2:C5", totalsRow: true },
      { name: "Khac", range: "E2:E3" },
    ];
    const { grid } = readWorkbookBuffer(await bytesOf(wb));
    expect(grid.sheets[0].tables).toEqual(expected);
    expect(grid.sheets[0].tables?.[1]).not.toHaveProperty("totalsRow");
  });

  it("reads plain bytes as the web page has them: a Uint8Array starting inside a larger buffer", async () => {
    const written = await everyKindOfCell();
    const padded = new Uint8Array(written.length + 3);
    padded.set(written, 3);
    const bytes = padded.subarray(3);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(readWorkbookBuffer(bytes).grid.sheets[0].rows[0][0]).toBe("Mã đơn vị");
  });

  const ole2 = (extra: Buffer) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), extra]);

  async function problemOf(bytes: Buffer): Promise<WorkbookFileError> {
    try {
      readWorkbookBuffer(bytes, "khoi.xlsx");
    } catch (error) {
      if (error instanceof WorkbookFileError) return error;
      throw error;
    }
    throw new Error("expected a WorkbookFileError");
  }

  it("recognises an old .xls and says to save it as .xlsx", async () => {
    const error = await problemOf(ole2(Buffer.from("Workbook", "utf16le")));
    expect(error.problem).toBe("xls");
    expect(error.localized.vi).toContain(".xls");
    expect(error.localized.vi).toContain("khoi.xlsx");
  });

  it("recognises a password-protected workbook", async () => {
    const error = await problemOf(ole2(Buffer.from("EncryptionInfo", "utf16le")));
    expect(error.problem).toBe("encrypted");
    expect(error.localized.vi).toContain("mật khẩu");
    expect(error.localized.en).toContain("password");
  });

  it("refuses a text file and a zip that holds no workbook", async () => {
    expect((await problemOf(Buffer.from("Mã đơn vị;Tên\nCT;Cục Thuế"))).problem).toBe("not-workbook");
    const zip = new JSZip();
    zip.file("hello.txt", "xin chào");
    expect((await problemOf(await zip.generateAsync({ type: "nodebuffer" }))).problem).toBe("not-workbook");
  });

  it("names an empty file as empty, in both languages", async () => {
    const error = await problemOf(Buffer.alloc(0));
    expect(error.problem).toBe("empty");
    expect(error.localized.vi).toContain("khoi.xlsx");
    expect(error.localized.vi).toContain("rỗng (0 byte)");
    expect(error.localized.en).toContain("is empty (0 bytes)");
  });

  it("names a cut or damaged workbook as damaged and says to open it in Excel and save it again", async () => {
    const whole = await everyKindOfCell();
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    // A whole zip whose sheet XML is broken: ExcelJS fails on it although the zip itself is complete.
    const zip = await JSZip.loadAsync(whole);
    zip.file("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>');
    const broken = await zip.generateAsync({ type: "nodebuffer" });
    for (const bytes of [cut, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), broken]) {
      const error = await problemOf(bytes);
      expect(error.problem).toBe("damaged");
      expect(error.localized.vi).toContain("khoi.xlsx");
      expect(error.localized.vi).toContain("mở bằng Excel và lưu lại");
      expect(error.localized.en).toContain("Open it in Excel and save it again");
    }
  });
});

describe("reading from disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "xlsx-read-"));

  it("reads a file from disk", async () => {
    const path = join(dir, "in.xlsx");
    writeFileSync(path, await everyKindOfCell());
    expect(readWorkbookBuffer(await readFileBytes(path), path).grid.sheets[0].rows[0][0]).toBe("Mã đơn vị");
  });

  it("names a missing file", async () => {
    const path = join(dir, "khong-co.xlsx");
    await expect(readFileBytes(path)).rejects.toMatchObject({ problem: "missing", localized: { vi: expect.stringContaining(path) } });
  });
});
