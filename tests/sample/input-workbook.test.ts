import ExcelJS from "exceljs";
import { buildInputWorkbook, FIXED_WORKBOOK_DATE, LANDSCAPE_ABOVE_WIDTH, type InputSheetSpec } from "../../scripts/input-workbook";

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

describe("buildInputWorkbook print setup", () => {
  const note = "Số liệu minh họa, không phải số liệu thật — thay bằng số liệu của khối mình, rồi bấm Tính điểm để xếp hạng lại.";
  const sheets: InputSheetSpec[] = [
    { name: "Đơn vị", headerRow: 1, table: true, columnWidths: [12, 40, 14], rows: [[note, null, null], ["Mã đơn vị", "Tên đơn vị", "Loại hình"], ["CT", "Cục Thuế", "Hành chính"]] },
    { name: "Vi phạm", rows: [["Mã đơn vị", "Nội dung"]] },
    { name: "Cấu hình", columnWidths: [30, 12], rows: [["Tham số", "Giá trị"], ["Năm", 2018]] },
  ];

  it("puts every sheet on A4, one page wide, with the rows down to the header repeated on each page", async () => {
    const loaded = await roundTrip(buildInputWorkbook(sheets));
    for (const spec of sheets) {
      const ws = loaded.getWorksheet(spec.name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${(spec.headerRow ?? 0) + 1}` });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 });
      expect(ws.headerFooter.oddFooter).toContain("&P");
    }
  });

  it("prints landscape only when the table's columns are wider than a portrait page holds", () => {
    const withWidths = (name: string, widths: number[]): InputSheetSpec => ({ name, columnWidths: widths, rows: [widths.map((_, i) => `Cột ${i + 1}`)] });
    const wb = buildInputWorkbook([
      withWidths("Vừa", [LANDSCAPE_ABOVE_WIDTH - 20, 20]),
      withWidths("Rộng", [LANDSCAPE_ABOVE_WIDTH - 20, 21]),
    ]);
    expect(wb.getWorksheet("Vừa")!.pageSetup.orientation).toBe("portrait");
    expect(wb.getWorksheet("Rộng")!.pageSetup.orientation).toBe("landscape");
  });

  it("merges a one-cell note over the header's columns and wraps it, so it never widens the page", async () => {
    const ws = (await roundTrip(buildInputWorkbook(sheets))).getWorksheet("Đơn vị")!;
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(ws.getCell("D1").isMerged).toBe(false);
    expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("A1").font?.italic).toBe(true);
  });

  it("makes the note row tall enough for its wrapped lines, and leaves a note that fits one line alone", () => {
    const narrow = buildInputWorkbook([{ name: "Hẹp", headerRow: 1, columnWidths: [10, 10], rows: [[note, null], ["Mã", "Tên"]] }]);
    expect(narrow.getWorksheet("Hẹp")!.getRow(1).height).toBeGreaterThanOrEqual(4 * 15);
    const wide = buildInputWorkbook([{ name: "Rộng", headerRow: 1, columnWidths: [80, 80], rows: [[note, null], ["Mã", "Tên"]] }]);
    expect(wide.getWorksheet("Rộng")!.getRow(1).height).toBeUndefined();
  });

  it("leaves a note row of several cells unmerged", () => {
    const ws = buildInputWorkbook([{ name: "X", headerRow: 1, rows: [["Năm", 2018], ["Mã", "Tên"]] }]).getWorksheet("X")!;
    expect(ws.getCell("B1").isMerged).toBe(false);
    expect(ws.getCell("B1").value).toBe(2018);
  });

  it("wraps body text longer than its column, top-aligns the rest of that row and makes it taller", () => {
    const long = "Thi đua chào mừng 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc";
    const ws = buildInputWorkbook([
      { name: "Tiêu chí", columnWidths: [8, 20], rows: [["Mã", "Tên tiêu chí"], [1, long], [2, "Ngắn"]] },
    ]).getWorksheet("Tiêu chí")!;
    expect(ws.getCell("B2").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("A2").alignment).toMatchObject({ vertical: "top" });
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(4 * 15);
    expect(ws.getCell("B3").alignment?.wrapText).toBeFalsy();
    expect(ws.getRow(3).height).toBeUndefined();
  });

  it("makes the header row tall enough for a header that wraps in its column", () => {
    const ws = buildInputWorkbook([{ name: "X", columnWidths: [8], rows: [["Thưởng tối đa mỗi chỉ tiêu"]] }]).getWorksheet("X")!;
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(3 * 15);
  });
});
