import { fontResolver } from "../../../src/workbook/rendering/cell-fonts";
import type { OutputValue, RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { columnsPixels, fillWidths, printablePixels, SHEET_MARGINS_MM, WIDE_DIGIT_FACTOR } from "../../../src/workbook/rendering/page-fit";
import { fitForPrint, fitScale, keepGroupsTogether, MIN_PRINT_SCALE } from "../../../src/workbook/rendering/print-fit";
import { buildSheet } from "../../../src/workbook/rendering/render-sheet";
import { wrappedRowHeights } from "../../../src/workbook/rendering/row-heights";

const LONG_NAME = "Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang";

function wideSheet(rows: OutputValue[][]): RenderedSheet {
  return buildSheet({
    name: "Chi tiết điểm",
    tableName: "t",
    titleLines: ["Chi tiết điểm", "Tính lúc"],
    columns: [
      { header: "Mã đơn vị", format: "General" },
      { header: "Tên đơn vị", format: "General" },
      { header: "Tiêu chí", format: "General", wrap: true },
      { header: "Chỉ tiêu", format: "General", wrap: true },
      { header: "Đề nghị khen thưởng", format: "General" },
      ...Array.from({ length: 8 }, (_, i) => ({ header: `Số liệu thứ ${i + 1}`, format: "0.00" })),
      { header: "Cách tính", format: "General", wrap: true },
    ],
    rows,
  });
}

const text = (n: number) => "Bảo đảm an ninh, an toàn hàng không và chất lượng phục vụ ".repeat(n).trim();
const row = (code: string, n = 2): OutputValue[] => [code, LONG_NAME, text(n), text(n), "Bằng khen", 1, 2, 3, 4, 5, 6, 7, 8, text(n)];

describe("working sheets print one page wide at a readable size", () => {
  it("narrows header-sized and wrapping columns so the page scale stays at least 0.75 (11 pt text ≥ 8.25 pt where Calibri is missing)", () => {
    const sheet = wideSheet([row("A"), row("B")]);
    expect(fitScale(sheet) / WIDE_DIGIT_FACTOR).toBeGreaterThanOrEqual(MIN_PRINT_SCALE - 0.001);
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, marginsMm: SHEET_MARGINS_MM });
    // The long member name wraps rather than widening the page; a number column sized by its header shrinks to its numbers.
    expect(sheet.wrapColumns).toContain(1);
    expect(sheet.columnWidths[5]).toBe(6);
  });

  it("leaves a sheet that already fits untouched apart from the page setup", () => {
    const small: RenderedSheet = { ...wideSheet([["A", "B", null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, null]]), columnWidths: [8, 10] };
    const fitted = fitForPrint(small);
    expect(fitted.columnWidths).toEqual([8, 10]);
    expect(fitted.wrapColumns).toEqual(small.wrapColumns);
  });
});

describe("keepGroupsTogether", () => {
  // Groups of 3 to 8 rows, each shorter than a page.
  const rows = ["A", "B", "C", "D", "E", "F"].flatMap((code, i) => Array.from({ length: 3 + i }, () => row(code, 1)));
  const sheet = keepGroupsTogether(wideSheet(rows), 0);
  const heights = wrappedRowHeights(sheet);
  const page = ((595.28 - (15 + 15) * (72 / 25.4)) / fitScale(sheet));

  it("starts a member on a new page instead of splitting its rows", () => {
    const breaks = sheet.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const r of breaks) expect(sheet.values[r][0]).not.toBe(sheet.values[r - 1][0]);
  });

  it("fills each page: the rows between two breaks fit one page with the repeated title and header", () => {
    const height = (r: number) => heights.get(r) ?? 15;
    const repeated = [0, 1, 2].reduce((s, r) => s + height(r), 0);
    const starts = [sheet.headerRow + 1, ...(sheet.rowBreaks ?? []), sheet.values.length];
    for (let i = 0; i + 1 < starts.length; i++) {
      let used = repeated;
      for (let r = starts[i]; r < starts[i + 1]; r++) used += height(r);
      expect(used).toBeLessThanOrEqual(page);
    }
  });

  it("needs no break when everything fits on one page", () => {
    expect(keepGroupsTogether(wideSheet([row("A"), row("B")]), 0).rowBreaks).toBeUndefined();
  });
});

describe("page arithmetic", () => {
  it("fills the page exactly when the columns are narrower, shrinks the room above minimums when wider", () => {
    const page = printablePixels(false, { top: 20, bottom: 20, left: 30, right: 15 });
    const grown = fillWidths([{ width: 10 }, { width: 20 }], page);
    expect(columnsPixels(grown)).toBeLessThanOrEqual(page);
    expect(columnsPixels(grown)).toBeGreaterThan(page - 2 * 7 * 0.1 - 1);
    const shrunk = fillWidths([{ width: 60, min: 60 }, { width: 80, min: 20 }], page);
    expect(shrunk[0]).toBe(60);
    expect(shrunk[1]).toBeLessThan(80);
    expect(fillWidths([{ width: 90, min: 90 }, { width: 90, min: 90 }], page)).toEqual([90, 90]);
  });
});

describe("fontResolver", () => {
  const base: RenderedSheet = { ...wideSheet([]), font: { name: "Times New Roman", size: 13 }, fonts: [{ row: 0, fromCol: 1, toCol: 2, font: { bold: true } }, { row: 0, fromCol: 2, font: { size: 14 } }] };

  it("merges the spans over the sheet's font, later spans winning, and shares equal fonts", () => {
    const at = fontResolver(base)!;
    expect(at(0, 0)).toEqual({ name: "Times New Roman", size: 13 });
    expect(at(0, 1)).toEqual({ name: "Times New Roman", size: 13, bold: true });
    expect(at(0, 2)).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(at(5, 1)).toBe(at(0, 0));
  });

  it("is null for a sheet that sets no font (the writers keep their own)", () => {
    expect(fontResolver(wideSheet([]))).toBeNull();
  });

  it("a larger font makes wrapped rows taller", () => {
    const plain = wideSheet([row("A")]);
    const larger: RenderedSheet = { ...plain, font: { size: 14 } };
    const r = plain.headerRow + 1;
    expect(wrappedRowHeights(larger).get(r)!).toBeGreaterThan(wrappedRowHeights(plain).get(r)!);
  });
});
