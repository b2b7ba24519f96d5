import { readFileSync } from "node:fs";
import { join } from "node:path";
import { calculate } from "../../../src/workbook/calculate";
import type { CellValue, WorkbookGrid } from "../../../src/workbook/grid";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";

/**
 * The Khối 17 sample as LibreOffice Calc, Gnumeric and openpyxl save it (tests/fixtures/writers/,
 * made by make-reader-fixtures.py): each is read as a valid workbook, holds the same values as the
 * original, and ranks the same. The openpyxl copy carries a comment, a chart, a data validation, a
 * conditional format and a defined name (a comment alone made the former ExcelJS reader refuse it).
 */
const FIXTURES = join(__dirname, "..", "..", "fixtures", "writers");
const SAMPLE = join(__dirname, "..", "..", "..", "samples", "khoi-17-kien-giang-2018.xlsx");
const OPTIONS = { lang: "vi" as const, now: new Date(Date.UTC(2019, 0, 10, 2, 0)) };

const read = (path: string) => openWorkbook(readFileSync(path), "khoi-17.xlsx", { wanted: () => true }).grid;

/** Sheet name → its non-empty cells by address, so a copy's extra empty rows or columns do not matter. */
function valuesOf(grid: WorkbookGrid): Record<string, Record<string, CellValue>> {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const sheet of grid.sheets) {
    const cells: Record<string, CellValue> = {};
    sheet.rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== "") cells[`R${r + sheet.originRow}C${c + sheet.originCol}`] = value;
    }));
    out[sheet.name] = cells;
  }
  return out;
}

const original = read(SAMPLE);

describe.each(["khoi-17-libreoffice.xlsx", "khoi-17-gnumeric.xlsx", "khoi-17-openpyxl.xlsx"])("%s", (file) => {
  const copy = read(join(FIXTURES, file));

  it("has the original's sheets, in order, with the same values", () => {
    expect(copy.sheets.map((s) => [s.name, s.visible])).toEqual(original.sheets.map((s) => [s.name, s.visible]));
    expect(valuesOf(copy)).toEqual(valuesOf(original));
  });

  it("ranks exactly like the original", () => {
    const json = calculate(copy, OPTIONS).json;
    expect(json).toEqual(calculate(original, OPTIONS).json);
  });
});

it("the copies that keep Excel tables (LibreOffice, openpyxl) read them as the original has them", () => {
  for (const file of ["khoi-17-libreoffice.xlsx", "khoi-17-openpyxl.xlsx"]) {
    expect(read(join(FIXTURES, file)).sheets.map((s) => s.tables)).toEqual(original.sheets.map((s) => s.tables));
  }
});
