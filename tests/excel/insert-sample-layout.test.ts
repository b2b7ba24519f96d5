import { insertSample } from "../../src/excel/insert-sample";
import { noteRowsAbove, overflowingTextColumns } from "../../src/workbook/sample/note-rows";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import type { SampleSheet } from "../../src/workbook/sample/sample-sheet";
import { FakeExcel } from "../fakes/fake-excel";
import { asContext, capsOf, hostFor } from "./helpers";

async function insertInto(apiVersion: string, sample: readonly SampleSheet[] = KHOI_17_SAMPLE): Promise<FakeExcel> {
  const fake = new FakeExcel({ sheets: [{ name: "Sheet1", rows: [] }] }, { apiVersion });
  await fake.run((context: unknown) => insertSample(asContext(context), sample, false, capsOf(fake)));
  return fake;
}

const tieuChi = KHOI_17_SAMPLE.find((s) => s.name === "Tiêu chí")!;

describe("insertSample layout", () => {
  it("merges each sheet's note row over the header's columns and wraps it", async () => {
    const fake = await insertInto("1.14");
    for (const sheet of KHOI_17_SAMPLE) {
      const model = fake.sheet(sheet.name)!;
      const headerColumns = sheet.rows[sheet.headerRow!].length;
      expect(model.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: headerColumns });
      expect(model.style(0, 0).wrap).toBe(true);
    }
  });

  it("makes the header bold and wrapped and freezes the rows down to it", async () => {
    const fake = await insertInto("1.14");
    for (const sheet of KHOI_17_SAMPLE) {
      const model = fake.sheet(sheet.name)!;
      const header = sheet.headerRow!;
      sheet.rows[header].forEach((_, c) => expect(model.style(header, c)).toMatchObject({ bold: true, wrap: true }));
      expect(model.frozenRows).toBe(header + 1);
    }
  });

  it("wraps the criterion names longer than their column and leaves short columns alone", async () => {
    const fake = await insertInto("1.14");
    const model = fake.sheet("Tiêu chí")!;
    const nameColumn = tieuChi.rows[tieuChi.headerRow!].indexOf("Tên tiêu chí");
    const longRow = tieuChi.rows.findIndex((r, i) => i > tieuChi.headerRow! && typeof r[nameColumn] === "string" && (r[nameColumn] as string).length > tieuChi.columnWidths![nameColumn]);
    expect(longRow).toBeGreaterThan(tieuChi.headerRow!);
    expect(model.style(longRow, nameColumn).wrap).toBe(true);
    expect(model.style(longRow, 0).wrap).toBeUndefined();
  });

  it("writes values and layout in one batch: two syncs in all", async () => {
    const fake = await insertInto("1.14");
    expect(fake.stats.syncs).toBe(2);
  });

  it("on ExcelApi 1.4 still merges, wraps and bolds, without freezePanes (1.7)", async () => {
    const fake = await insertInto("1.4");
    const model = fake.sheet("Tiêu chí")!;
    expect(model.frozenRows).toBe(0);
    expect(model.merges).toHaveLength(1);
    expect(model.style(tieuChi.headerRow!, 0).bold).toBe(true);
    expect(fake.stats.syncs).toBe(2);
  });

  it("lays out a sheet without note rows: header bold in row 1, nothing merged", async () => {
    const plain: SampleSheet = { name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế tỉnh Kiên Giang"]], columnWidths: [10, 12] };
    const fake = await insertInto("1.14", [plain]);
    const model = fake.sheet("Đơn vị")!;
    expect(model.merges).toEqual([]);
    expect(model.style(0, 1).bold).toBe(true);
    expect(model.style(1, 1).wrap).toBe(true);
    expect(model.frozenRows).toBe(1);
  });
});

describe("note rows and overflowing columns (shared with the file version)", () => {
  it("takes as notes only rows above the header with text in the first cell alone", () => {
    const rows = [["Tiêu đề", null, ""], ["a", "b"], [null, null], ["Mã", "Tên"]];
    expect(noteRowsAbove(rows, 3)).toEqual([0]);
    expect(noteRowsAbove(rows, 0)).toEqual([]);
  });

  it("finds the columns whose text below the header is longer than the column, counting NFD accents once", () => {
    const rows = [["Tên tiêu chí", "Mã"], ["Cục Thuế".normalize("NFD"), "CTKG-2018"], ["x", 12345678901]];
    expect(overflowingTextColumns(rows, 0, [8, 8])).toEqual([1]);
    expect(overflowingTextColumns(rows, 0, [7, 9])).toEqual([0]);
    expect(overflowingTextColumns(rows, 0, [])).toEqual([1]);
  });
});

describe("Tạo mẫu through the host", () => {
  it("uses the host's capabilities: the inserted sheets' headers are frozen on ExcelApi 1.7+", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", rows: [] }] }, { apiVersion: "1.14" });
    await hostFor(fake).insertSample!({ overwrite: false });
    const donVi = KHOI_17_SAMPLE.find((s) => s.name === "Đơn vị")!;
    expect(fake.sheet("Đơn vị")!.frozenRows).toBe(donVi.headerRow! + 1);
  });
});
