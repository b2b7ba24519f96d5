import ExcelJS from "exceljs";
import type { RenderedSheet } from "../../src/workbook/output-types";
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
