import ExcelJS from "exceljs";
import { buildInputWorkbook, FIXED_WORKBOOK_DATE } from "../../src/xlsx/input-workbook";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return loaded;
}

describe("buildInputWorkbook", () => {
  const sheets = [
    {
      name: "Chỉ tiêu",
      headerRow: 1,
      table: true,
      rows: [
        ["Số liệu minh họa", null, null],
        ["Mã đơn vị", "Kế hoạch", "Ngày"],
        ["CT", 9000, new Date(Date.UTC(2018, 11, 31))],
        ["KB", null, null],
      ],
    },
    { name: "Vi phạm", table: true, rows: [["Mã đơn vị", "Hình thức"]] },
    { name: "Cấu hình", columnWidths: [30, 12], rows: [["Tham số", "Giá trị"], ["Năm", 2018], ["Có", true]] },
  ];

  it("writes every value where the rows put it, skipping nulls", async () => {
    const ws = (await roundTrip(buildInputWorkbook(sheets))).getWorksheet("Chỉ tiêu")!;
    expect(ws.getCell("A1").value).toBe("Số liệu minh họa");
    expect(ws.getCell("A3").value).toBe("CT");
    expect(ws.getCell("B3").value).toBe(9000);
    expect((ws.getCell("C3").value as Date).toISOString()).toBe("2018-12-31T00:00:00.000Z");
    expect(ws.getCell("B4").value).toBeNull();
  });

  it("styles the header row bold with a fill and freezes the panes below it", async () => {
    const ws = (await roundTrip(buildInputWorkbook(sheets))).getWorksheet("Chỉ tiêu")!;
    expect(ws.getCell("A2").font?.bold).toBe(true);
    expect(ws.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("A1").font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("puts an Excel table over header and data, with an ASCII name", async () => {
    const wb = buildInputWorkbook(sheets);
    const table = wb.getWorksheet("Chỉ tiêu")!.getTable("tbl_ChiTieu");
    expect(table).toBeDefined();
    const loaded = await roundTrip(wb);
    const tables = (loaded.getWorksheet("Chỉ tiêu") as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    expect(Object.keys(tables)).toEqual(["tbl_ChiTieu"]);
    expect(tables.tbl_ChiTieu.table.tableRef).toBe("A2:C4");
  });

  it("leaves a sheet without data rows as a plain range (Excel refuses an empty table)", () => {
    const ws = buildInputWorkbook(sheets).getWorksheet("Vi phạm")!;
    expect(ws.getTables()).toHaveLength(0);
    expect(ws.getCell("B1").value).toBe("Hình thức");
  });

  it("gives tables of sheets with the same ASCII name distinct names", () => {
    const wb = buildInputWorkbook([
      { name: "Đơn vị", table: true, rows: [["Mã"], ["A"]] },
      { name: "Don vi", table: true, rows: [["Mã"], ["B"]] },
    ]);
    expect(wb.getWorksheet("Đơn vị")!.getTable("tbl_DonVi")).toBeDefined();
    expect(wb.getWorksheet("Don vi")!.getTable("tbl_DonVi2")).toBeDefined();
  });

  it("uses the given column widths and sizes the others from their content", () => {
    const wb = buildInputWorkbook(sheets);
    expect(wb.getWorksheet("Cấu hình")!.getColumn(1).width).toBe(30);
    const width = wb.getWorksheet("Chỉ tiêu")!.getColumn(1).width!;
    expect(width).toBeGreaterThanOrEqual("Mã đơn vị".length);
    expect(width).toBeLessThan(20);
  });

  it("stamps fixed dates so the same data gives the same workbook", () => {
    const wb = buildInputWorkbook(sheets);
    expect(wb.created).toEqual(FIXED_WORKBOOK_DATE);
    expect(wb.modified).toEqual(FIXED_WORKBOOK_DATE);
  });

  it("rejects a header row outside the rows", () => {
    expect(() => buildInputWorkbook([{ name: "X", headerRow: 3, rows: [["a"]] }])).toThrow(/headerRow 3/);
  });
});
