import ExcelJS from "exceljs";
import { renderOutputs } from "../../src/workbook/rendering/render";
import { buildInputWorkbook } from "../../src/xlsx/input-workbook";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { tablesOf } from "../../src/xlsx/to-grid";
import { writeOutputs } from "../../src/xlsx/write-outputs";
import { bloc, issue, NOW } from "../workbook/rendering/fixtures";

const options = { lang: "vi" as const, now: NOW, previousRanks: new Map<string, number | null>() };

function inputWorkbook(): ExcelJS.Workbook {
  const wb = buildInputWorkbook([
    { name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế tỉnh"], ["CV", "Cảng vụ Kiên Giang"]], table: true },
    { name: "Chỉ tiêu", rows: [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ"], ["CT", "Thu ngân sách", 9000, 9450, null]] },
  ]);
  const targets = wb.getWorksheet("Chỉ tiêu")!;
  targets.getCell("E2").value = { formula: "D2/C2", result: 1.05 };
  targets.getCell("E2").numFmt = "0.0%";
  targets.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  targets.getCell("G5").value = "=ghi chú của cán bộ";
  targets.getCell("G5").numFmt = "@";
  return wb;
}

/** Writes, saves and reopens: what Excel would see. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const { workbook } = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  return workbook;
}

describe("writeOutputs", () => {
  it("appends the three output sheets in order after the input sheets", async () => {
    const wb = await roundTrip(inputWorkbook());
    writeOutputs(wb, renderOutputs(bloc({ issues: [issue()] }), options));
    const after = await roundTrip(wb);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Đơn vị", "Chỉ tiêu", "Xếp hạng", "Chi tiết điểm", "Kiểm tra"]);
  });

  it("keeps every input sheet's values, formulas, styles and tables", async () => {
    const original = await roundTrip(inputWorkbook());
    const before = await readWorkbookBuffer(Buffer.from(await original.xlsx.writeBuffer()));
    writeOutputs(original, renderOutputs(bloc(), options));
    const after = await readWorkbookBuffer(Buffer.from(await original.xlsx.writeBuffer()));
    expect(after.grid.sheets.slice(0, 2)).toEqual(before.grid.sheets);
    const targets = after.workbook.getWorksheet("Chỉ tiêu")!;
    expect(targets.getCell("E2").formula).toBe("D2/C2");
    expect(targets.getCell("E2").numFmt).toBe("0.0%");
    expect(targets.getCell("B2").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(targets.getCell("A1").font?.bold).toBe(true);
    expect(targets.getCell("G5").value).toBe("=ghi chú của cán bộ");
    expect(tablesOf(after.workbook.getWorksheet("Đơn vị")!)).toHaveLength(1);
  });

  it("writes numbers as numbers with their formats, texts as text, and a table over the data", async () => {
    const result = bloc();
    const wb = await roundTrip(inputWorkbook());
    writeOutputs(wb, renderOutputs(result, options));
    const ranking = (await roundTrip(wb)).getWorksheet("Xếp hạng")!;
    expect(ranking.getCell("A1").value).toBe("Xếp hạng thi đua — Khối 17 — năm 2018");
    expect(ranking.getCell("A1").font?.bold).toBe(true);
    expect(ranking.getCell("A3").value).toBe("Hạng");
    expect(ranking.getCell("A3").font?.bold).toBe(true);
    expect(ranking.getCell("A4").value).toBe(1);
    expect(ranking.getCell("A4").numFmt).toBe("0");
    expect(ranking.getCell("H4").value).toBe(result.units[0].total);
    expect(ranking.getCell("H4").numFmt).toBe("0.00");
    expect(ranking.getCell("B4").value).toBe("CT");
    expect(ranking.getCell("B4").numFmt).toBe("@");
    const tables = tablesOf(ranking);
    expect(tables).toHaveLength(1);
    expect((tables[0] as unknown as { table: { tableRef: string } }).table.tableRef).toBe("A3:M6");
  });

  it("sets the print layout: A4 landscape, one page wide, title and header repeated, header frozen", async () => {
    const wb = await roundTrip(inputWorkbook());
    writeOutputs(wb, renderOutputs(bloc(), options));
    const ranking = (await roundTrip(wb)).getWorksheet("Xếp hạng")!;
    expect(ranking.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ranking.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?3$/);
    expect(ranking.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ranking.getColumn(3).width).toBeGreaterThan(20);
    expect(ranking.getCell("L4").alignment?.wrapText).toBe(true);
  });

  it("replaces old output sheets, including ones under the English names, and touches nothing else", async () => {
    const wb = await roundTrip(inputWorkbook());
    wb.addWorksheet("Ranking").getCell("A1").value = "old";
    writeOutputs(wb, renderOutputs(bloc(), options));
    writeOutputs(wb, renderOutputs(bloc({ issues: [issue()] }), options));
    const after = await roundTrip(wb);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Đơn vị", "Chỉ tiêu", "Xếp hạng", "Chi tiết điểm", "Kiểm tra"]);
    expect(after.getWorksheet("Kiểm tra")!.getCell("A4").value).toBe("Cảnh báo");
  });

  it("when blocked, replaces only Kiểm tra and leaves the previous ranking and breakdown as they were", async () => {
    const wb = await roundTrip(inputWorkbook());
    writeOutputs(wb, renderOutputs(bloc(), options));
    const ranked = await roundTrip(wb);
    const rankingBefore = ranked.getWorksheet("Xếp hạng")!.getSheetValues();
    writeOutputs(ranked, renderOutputs(bloc({ blocked: true, units: [], issues: [issue({ severity: "error" })] }), options));
    const after = await roundTrip(ranked);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Đơn vị", "Chỉ tiêu", "Xếp hạng", "Chi tiết điểm", "Kiểm tra"]);
    expect(after.getWorksheet("Xếp hạng")!.getSheetValues()).toEqual(rankingBefore);
    expect(after.getWorksheet("Kiểm tra")!.getCell("A4").value).toBe("Lỗi");
  });

  it("renames its table when the officer's workbook already uses the name", async () => {
    const wb = await roundTrip(inputWorkbook());
    const outputs = renderOutputs(bloc(), options);
    wb.getWorksheet("Chỉ tiêu")!.addTable({
      name: outputs.checks.tableName, ref: "K1", headerRow: true, columns: [{ name: "X" }], rows: [[1]],
    });
    writeOutputs(wb, outputs);
    const after = await roundTrip(wb);
    const names = after.worksheets.flatMap((ws) => tablesOf(ws).map((t) => (t as unknown as { table: { name: string } }).table.name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it("writes an empty breakdown without a table (Excel refuses empty tables)", async () => {
    const wb = await roundTrip(inputWorkbook());
    writeOutputs(wb, renderOutputs(bloc({ units: [] }), options));
    const breakdown = (await roundTrip(wb)).getWorksheet("Chi tiết điểm")!;
    expect(tablesOf(breakdown)).toHaveLength(0);
    expect(breakdown.getCell("A3").value).toBe("Mã đơn vị");
  });
});
