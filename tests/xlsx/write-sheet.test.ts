import ExcelJS from "exceljs";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { tablesOf } from "../../src/xlsx/to-grid";
import { addRenderedSheet } from "../../src/xlsx/write-sheet";

function sheetWithSignature(): RenderedSheet {
  const values = [
    ["Đề nghị khen thưởng", null],
    ["Mã đơn vị", "Điểm"],
    ["CT", 363.07],
    ["CV", 362],
    [null, null],
    ["Khối trưởng", null],
  ];
  return {
    name: "Đề nghị khen thưởng",
    values,
    numberFormats: values.map((r) => r.map((v) => (typeof v === "string" ? "@" : typeof v === "number" ? "0.00" : "General"))),
    headerRow: 1,
    tableName: "tblDeNghi",
    columnWidths: [12, 10],
    freezeRows: 2,
    print: { landscape: false, fitToWidth: true, printTitleRows: 2 },
    titleRows: [0],
    wrapColumns: [],
    merges: [{ range: "A1:B1", align: "center" }],
    tableEndRow: 3,
  };
}

describe("addRenderedSheet", () => {
  it("ends the table at tableEndRow so text below it (a signature block) stays outside", () => {
    const ws = addRenderedSheet(new ExcelJS.Workbook(), sheetWithSignature(), "tblDeNghi");
    const table = (tablesOf(ws)[0] as unknown as { table: { tableRef: string } }).table;
    expect(table.tableRef).toBe("A2:B4");
    expect(ws.getCell("A6").value).toBe("Khối trưởng");
  });

  it("merges the requested ranges with their alignment, portrait when asked", () => {
    const ws = addRenderedSheet(new ExcelJS.Workbook(), sheetWithSignature(), "tblDeNghi");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("A1").alignment?.horizontal).toBe("center");
    expect(ws.pageSetup.orientation).toBe("portrait");
  });
});

/** The straightforward per-cell writing the one-pass writer replaced: the styles it must still give. */
function referenceCells(sheet: RenderedSheet): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet(sheet.name);
  const width = sheet.values[sheet.headerRow].length;
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      const format = sheet.numberFormats[r][c];
      if (format !== "General") cell.numFmt = format;
    }),
  );
  for (const r of sheet.titleRows) ws.getCell(r + 1, 1).font = { bold: true, size: r === 0 ? 14 : 11 };
  for (let c = 1; c <= width; c++) {
    ws.getCell(sheet.headerRow + 1, c).font = { bold: true };
    ws.getCell(sheet.headerRow + 1, c).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  for (let r = sheet.headerRow + 1; r <= tableEnd + 1; r++) {
    for (let c = 1; c <= width; c++) {
      ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
      if (r > sheet.headerRow + 1) ws.getCell(r, c).alignment = { vertical: "top" };
    }
  }
  for (const c of sheet.wrapColumns) for (let r = sheet.headerRow + 2; r <= tableEnd + 1; r++) ws.getCell(r, c + 1).alignment = { wrapText: true, vertical: "top" };
  for (const merge of sheet.merges ?? []) {
    ws.mergeCells(merge.range);
    const topLeft = ws.getCell(merge.range.split(":")[0]);
    topLeft.alignment = { ...topLeft.alignment, horizontal: merge.align, vertical: "middle", wrapText: true };
  }
  return ws;
}

describe("addRenderedSheet cell by cell", () => {
  it("gives every cell the value and style of the straightforward per-cell writing, sharing equal styles", () => {
    const values = [
      ["Bảng điểm", null, null, null],
      ["Năm 2025", null, null, null],
      ["Mã", "Điểm", "Ghi chú", "Tỷ lệ"],
      ["CT", 363.07, "Đồng hạng", 0.98],
      ["CV", 362, null, 1],
      ["Khối trưởng", null, null, null],
    ];
    const sheet: RenderedSheet = {
      ...sheetWithSignature(),
      values,
      numberFormats: values.map((r) => r.map((v, c) => (typeof v === "number" ? (c === 3 ? "0.00%" : "0.00") : "General"))),
      headerRow: 2,
      titleRows: [0, 1],
      wrapColumns: [2],
      columnWidths: [12, 10, 30, 8],
      merges: [{ range: "A1:D1", align: "center" }, { range: "A6:B6", align: "left" }],
      tableEndRow: 4,
    };
    const ours = addRenderedSheet(new ExcelJS.Workbook(), sheet, "tblDiem");
    const reference = referenceCells(sheet);
    for (let r = 1; r <= values.length; r++) {
      for (let c = 1; c <= 4; c++) {
        const [a, b] = [ours.getCell(r, c), reference.getCell(r, c)];
        expect([a.address, a.value, a.isMerged, a.style]).toEqual([b.address, b.value, b.isMerged, b.style]);
      }
    }
    // Body cells of one kind share one style object; the merged top-left has its own.
    expect(ours.getCell("A4").style).toBe(ours.getCell("A5").style);
    expect(ours.getCell("B1").style).toBe(ours.getCell("A1").style);
    expect(ours.getCell("A1").style).not.toBe(ours.getCell("A2").style);
  });
});
