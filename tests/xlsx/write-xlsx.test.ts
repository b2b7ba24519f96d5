import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { shareCellStyles } from "../../src/xlsx/share-styles";
import { workbookBytes } from "../../src/xlsx/write-xlsx";
import { crc32 as portableCrc32 } from "../../src/xlsx/crc32";
import { crc32, NativeZipWriter } from "../../src/xlsx/zip-writer";

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" } };

function styledWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chi tiết điểm");
  ws.addTable({ name: "ChiTiet", ref: "A1", headerRow: true, columns: [{ name: "Mã" }, { name: "Điểm" }], rows: [["CT", 73.5], ["CV", 77]] });
  for (let r = 1; r <= 3; r++) {
    for (let c = 1; c <= 2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.alignment = { vertical: "top" };
      if (c === 2 && r > 1) cell.numFmt = "0.00";
    }
  }
  ws.getCell("A1").font = { bold: true };
  ws.getCell("C2").value = new Date(Date.UTC(2025, 0, 15));
  ws.getCell("C3").value = 45672;
  ws.getCell("D2").value = "=không phải công thức";
  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "{\"json\":true}";
  return wb;
}

async function reopen(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("workbookBytes (ExcelJS parts, native zip)", () => {
  it("writes the same workbook as ExcelJS's writeBuffer: sheets, values, formats, styles, tables", async () => {
    const ours = await reopen(await workbookBytes(styledWorkbook()));
    const theirs = await reopen(Buffer.from(await styledWorkbook().xlsx.writeBuffer()));
    expect(ours.worksheets.map((w) => [w.name, w.state])).toEqual(theirs.worksheets.map((w) => [w.name, w.state]));
    for (const name of ["Chi tiết điểm", "Ẩn"]) {
      const a = ours.getWorksheet(name)!;
      const b = theirs.getWorksheet(name)!;
      for (const address of ["A1", "B1", "A2", "B2", "B3", "C2", "C3", "D2"]) {
        expect([address, a.getCell(address).value, a.getCell(address).style]).toEqual([address, b.getCell(address).value, b.getCell(address).style]);
      }
    }
    expect(ours.getWorksheet("Chi tiết điểm")!.getCell("C2").value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    expect(ours.getWorksheet("Chi tiết điểm")!.getCell("B2").numFmt).toBe("0.00");
    expect(Object.keys((ours.getWorksheet("Chi tiết điểm") as unknown as { tables: object }).tables)).toEqual(["ChiTiet"]);
  });

  it("produces a valid zip whose checksums JSZip verifies", async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(styledWorkbook()), { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/tables/table1.xml"]));
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toContain("<worksheet");
  });
});

describe("NativeZipWriter", () => {
  it("stores parts deflate cannot shrink, keeps the last of a part appended twice and reports each part", async () => {
    const seen: string[] = [];
    const zip = new NativeZipWriter((name) => seen.push(name));
    const random = randomBytes(4096);
    zip.append("đầu tiên", { name: "a.txt" });
    zip.append(random.toString("base64"), { name: "b.bin", base64: true });
    zip.append("thay thế", { name: "a.txt" });
    await zip.finalize();
    const read = await JSZip.loadAsync(zip.buffer, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(["a.txt", "b.bin"]);
    expect(await read.file("a.txt")!.async("string")).toBe("thay thế");
    expect(Buffer.from(await read.file("b.bin")!.async("uint8array"))).toEqual(random);
    expect(seen).toEqual(["a.txt", "b.bin", "a.txt"]);
    const header = zip.buffer.indexOf("b.bin") - 30;
    expect([zip.buffer.readUInt32LE(header), zip.buffer.readUInt16LE(header + 8)]).toEqual([0x04034b50, 0]);
  });

  it("computes the standard CRC-32, natively or with the table", () => {
    // The check value of CRC-32/ISO-HDLC.
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(portableCrc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    const bytes = randomBytes(10_000);
    expect(portableCrc32(bytes)).toBe(crc32(bytes));
    expect(portableCrc32(Buffer.alloc(0))).toBe(0);
  });
});

describe("shareCellStyles", () => {
  it("lets cells with equal styles share one style object, and keeps different ones apart", () => {
    const wb = styledWorkbook();
    shareCellStyles(wb);
    const ws = wb.getWorksheet("Chi tiết điểm")!;
    expect(ws.getCell("A2").style).toBe(ws.getCell("A3").style);
    expect(ws.getCell("B2").style).toBe(ws.getCell("B3").style);
    expect(ws.getCell("A2").style).not.toBe(ws.getCell("B2").style);
    expect(ws.getCell("A1").style).not.toBe(ws.getCell("B1").style);
  });

  it("never gives a date without a number format the style of a number", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("A1").font = { italic: true };
    ws.getCell("A2").value = new Date(Date.UTC(2025, 5, 1));
    ws.getCell("A2").font = { italic: true };
    ws.getCell("A3").value = 6;
    ws.getCell("A3").font = { italic: true };
    shareCellStyles(wb);
    expect(ws.getCell("A1").style).toBe(ws.getCell("A3").style);
    expect(ws.getCell("A2").style).not.toBe(ws.getCell("A1").style);
  });
});
