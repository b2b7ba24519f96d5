import { deflateSync } from "node:zlib";
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
  writeCalculation(wb, ...args(calc));
}

function args(calc: CalculationWithExtras): [CalculationWithExtras["outputs"], CalculationWithExtras["extras"], "vi"] {
  return [calc.outputs, calc.extras, "vi"];
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
    const summary = workbook.getWorksheet("Bảng tổng hợp")!;
    expect(summary.getCell("A1").value).toBe("KHỐI THI ĐUA 17");
    expect(summary.getColumn(1).values).toContain("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018");
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
    const calc = calculateWithExtras(grid, { lang: "vi", now: NINE });
    const header = calc.extras.awards!.headerRow + 1;
    const awards = (await reopen(wb)).workbook.getWorksheet("Đề nghị khen thưởng")!;
    expect(awards.getCell(`C${header}`).alignment?.wrapText).toBe(true);
    expect(awards.getCell(`B${header + 1}`).border?.left?.style).toBe("thin");
    expect(awards.getRow(header + 1).height).toBeGreaterThan(15);
    expect(awards.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, horizontalCentered: true, printTitlesRow: `${header}:${header}` });
    // Nghị định 30/2020 margins: left 30 mm, right 15 mm, top and bottom 20 mm, in inches.
    expect(awards.pageSetup.margins).toMatchObject({ left: 1.1811, right: 0.5906, top: 0.7874, bottom: 0.7874 });
  });

  it("sets the documents in Times New Roman: the Quốc hiệu bold 12, the Tiêu ngữ bold underlined 13, the date italic, the table 12", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    const calc = calculateWithExtras(grid, { lang: "vi", now: NINE });
    write(wb, calc);
    const summary = (await reopen(wb)).workbook.getWorksheet("Bảng tổng hợp")!;
    const find = (text: string) => {
      let found: ExcelJS.Cell | null = null;
      summary.eachRow((row) => row.eachCell((cell) => {
        if (cell.value === text && !found) found = cell;
      }));
      if (!found) throw new Error(`no cell ${text}`);
      return found as ExcelJS.Cell;
    };
    expect(find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(find("Độc lập - Tự do - Hạnh phúc").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true, underline: true });
    expect(String(find("KHỐI THI ĐUA 17").font?.bold)).toBe("true");
    expect(summary.getRow(3).values).toContainEqual(expect.stringMatching(/ngày \d\d tháng \d+ năm \d{4}$/));
    const header = calc.extras.summary!.headerRow + 1;
    expect(summary.getCell(`B${header}`).font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(summary.getCell(`B${header + 1}`).font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(find("TM. KHỐI THI ĐUA").font).toMatchObject({ size: 13, bold: true });
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

  it("replaces extra sheets the program wrote under their English names (recognised by the program's table)", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    const old = (name: string, table: string) =>
      wb.addWorksheet(name).addTable({ name: table, ref: "A1", headerRow: true, columns: [{ name: "Hạng" }], rows: [[1]] });
    old("Summary", "BangTongHop");
    old("Calculation history", "LichSuTinhDiem_2");
    const written = writeCalculation(wb, ...args(calculateWithExtras(grid, { lang: "vi", now: NINE })));
    const names = (await reopen(wb)).workbook.worksheets.map((w) => w.name);
    expect(names).not.toContain("Summary");
    expect(names).not.toContain("Calculation history");
    expect(written.replaced).toEqual(expect.arrayContaining(["Summary", "Calculation history"]));
    expect(written.notes).toEqual([]);
  });

  it("keeps an officer's sheets named like the extra sheets where they are; writes the program's to '… (2)' and replaces those next time", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    wb.addWorksheet("Bảng tổng hợp").getCell("A1").value = "Số liệu của cán bộ";
    wb.addWorksheet("Chart").getCell("A1").value = "Biểu đồ của cán bộ";
    const first = writeCalculation(wb, ...args(calculateWithExtras(grid, { lang: "vi", now: NINE })));
    const once = await reopen(wb);
    const names = once.workbook.worksheets.map((w) => w.name);
    expect(names).toEqual([...grid.sheets.map((s) => s.name), "Bảng tổng hợp", "Chart", "Xếp hạng", "Chi tiết điểm", "Kiểm tra", "Bảng tổng hợp (2)", ...PROGRAM_SHEETS.slice(4)]);
    expect(once.workbook.getWorksheet("Bảng tổng hợp")!.getCell("A1").value).toBe("Số liệu của cán bộ");
    expect(once.workbook.getWorksheet("Chart")!.getCell("A1").value).toBe("Biểu đồ của cán bộ");
    expect(first.replaced).toEqual([]);
    expect(first.notes.map((n) => n.vi)).toEqual([expect.stringContaining("'Bảng tổng hợp (2)'")]);
    expect(first.notes[0].en).toContain("The sheet 'Bảng tổng hợp' is the officer's own");

    const second = writeCalculation(once.workbook, ...args(calculateWithExtras(once.grid, { lang: "vi", now: TEN })));
    const twice = (await reopen(once.workbook)).workbook;
    expect(twice.worksheets.map((w) => w.name)).toEqual(names);
    expect(second.replaced).toEqual(expect.arrayContaining(["Bảng tổng hợp (2)", "Biểu đồ", "_ktd_lich_su"]));
    expect(twice.getWorksheet("Bảng tổng hợp")!.getCell("A1").value).toBe("Số liệu của cán bộ");
  });

  it("when blocked, an officer's 'Biểu đồ' keeps its place among the officer's sheets", async () => {
    const grid = workedExampleGrid();
    const wb = workbookOf(grid);
    wb.addWorksheet("Biểu đồ").getCell("A1").value = "Biểu đồ của cán bộ";
    const blocked = calculateWithExtras(workedExampleGrid(99.6, [], 0), { lang: "vi", now: NINE });
    expect(blocked.result.blocked).toBe(true);
    writeCalculation(wb, ...args(blocked));
    const names = (await reopen(wb)).workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, grid.sheets.length + 1)).toEqual([...grid.sheets.map((s) => s.name), "Biểu đồ"]);
  });

  it("compresses the chart picture with the deflate it is given (the command line passes node:zlib)", async () => {
    const grid = workedExampleGrid();
    const calc = calculateWithExtras(grid, { lang: "vi", now: NINE });
    const pictureBytes = async (deflate?: (data: Uint8Array) => Uint8Array): Promise<number> => {
      const wb = workbookOf(grid);
      writeCalculation(wb, calc.outputs, calc.extras, "vi", deflate ? { deflate } : {});
      const images = (wb as unknown as { model: { media: { buffer: Uint8Array }[] } }).model.media;
      expect(images).toHaveLength(1);
      return images[0].buffer.length;
    };
    const calls: number[] = [];
    const compressed = await pictureBytes((data) => {
      calls.push(data.length);
      return deflateSync(data);
    });
    expect(calls).toHaveLength(1);
    expect(compressed).toBeLessThan((await pictureBytes()) / 4);
  });
});
