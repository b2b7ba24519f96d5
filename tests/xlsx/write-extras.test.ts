import ExcelJS from "exceljs";
import { calculateWithExtras, type CalculationWithExtras } from "../../src/workbook/extras/extras";
import { storedSnapshots } from "../../src/workbook/extras/carried-history";
import type { WorkbookGrid } from "../../src/workbook/grid";
import { buildInputWorkbook } from "../../src/xlsx/input-workbook";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writeCalculation } from "../../src/xlsx/write-extras";
import { workedExampleGrid } from "../workbook/extras/grids";

const NINE = new Date(2025, 2, 5, 9, 0);
const TEN = new Date(2025, 2, 5, 10, 0);
const PROGRAM_SHEETS = ["Xếp hạng", "Chi tiết điểm", "Kiểm tra", "Bảng tổng hợp", "Đề nghị khen thưởng", "Biểu đồ", "Lịch sử tính điểm", "_ktd_lich_su"];

/** The grid as an officer's workbook (the same sheets and cells). */
function workbookOf(grid: WorkbookGrid): ExcelJS.Workbook {
  return buildInputWorkbook(grid.sheets.map((s) => ({ name: s.name, rows: s.rows as (string | number | null)[][] })));
}

async function reopen(wb: ExcelJS.Workbook): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  return readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

function write(wb: ExcelJS.Workbook, calc: CalculationWithExtras): void {
  writeCalculation(wb, calc.outputs, calc.extras, "vi");
}

describe("writeCalculation", () => {
  it("puts the three contract sheets right after the input sheets, then the extra sheets, the data sheet hidden", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    write(wb, calculateWithExtras(grid, { lang: "vi", now: NINE }));
    const { workbook, grid: after } = await reopen(wb);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...grid.sheets.map((s) => s.name), ...PROGRAM_SHEETS]);
    expect(workbook.worksheets.map((w) => w.state ?? "visible").filter((s) => s !== "visible")).toEqual(["hidden"]);
    expect(workbook.getWorksheet("_ktd_lich_su")!.state).toBe("hidden");
    expect(workbook.getWorksheet("_ktd_lich_su")!.getCell("C2").numFmt).toBe("@");
    expect(storedSnapshots(after).snapshots).toHaveLength(1);
    expect(workbook.getWorksheet("Bảng tổng hợp")!.getCell("A1").value).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018");
  });

  it("draws the chart: a data bar on the percent column and the bar chart picture below the table", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    const calc = calculateWithExtras(grid, { lang: "vi", now: NINE });
    write(wb, calc);
    const chart = (await reopen(wb)).workbook.getWorksheet("Biểu đồ")!;
    const images = chart.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].range.tl.nativeRow).toBe(calc.extras.chart!.pictureRow);
    const formats = (chart as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].type])).toEqual([["D4:D6", "dataBar"]]);
  });

  it("prints meeting documents with borders, wrapped headers and rows tall enough for their wrapped text", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    write(wb, calculateWithExtras(grid, { lang: "vi", now: NINE }));
    const awards = (await reopen(wb)).workbook.getWorksheet("Đề nghị khen thưởng")!;
    expect(awards.getCell("C4").alignment?.wrapText).toBe(true);
    expect(awards.getCell("B5").border?.left?.style).toBe("thin");
    expect(awards.getRow(5).height).toBeGreaterThan(15);
    expect(awards.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
  });

  it("when blocked, leaves the meeting documents and chart as they were and records the blocked calculation", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    write(wb, calculateWithExtras(grid, { lang: "vi", now: NINE }));
    const ranked = await reopen(wb);
    const summaryBefore = ranked.workbook.getWorksheet("Bảng tổng hợp")!.getSheetValues();

    const broken = workedExampleGrid(99.6, ranked.grid.sheets.filter((s) => s.name === "_ktd_lich_su"), 0);
    const blocked = calculateWithExtras(broken, { lang: "vi", now: TEN });
    write(ranked.workbook, blocked);
    const after = await reopen(ranked.workbook);
    expect(after.workbook.worksheets.map((w) => w.name).slice(4)).toEqual(PROGRAM_SHEETS);
    expect(after.workbook.getWorksheet("Bảng tổng hợp")!.getSheetValues()).toEqual(summaryBefore);
    expect(storedSnapshots(after.grid).snapshots.map((s) => s.errors > 0)).toEqual([false, true]);
  });

  it("replaces extra sheets written under their English names", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    wb.addWorksheet("Summary").getCell("A1").value = "old";
    wb.addWorksheet("Calculation history").getCell("A1").value = "old";
    write(wb, calculateWithExtras(grid, { lang: "vi", now: NINE }));
    const names = (await reopen(wb)).workbook.worksheets.map((w) => w.name);
    expect(names).not.toContain("Summary");
    expect(names).not.toContain("Calculation history");
  });
});
