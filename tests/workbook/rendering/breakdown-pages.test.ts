import fc from "fast-check";
import { calculate } from "../../../src/workbook/calculate";
import type { WorkbookGrid } from "../../../src/workbook/grid";
import { BREAKDOWN_HEADERS } from "../../../src/workbook/rendering/labels";
import { displayLength, fitScale } from "../../../src/workbook/rendering/print-fit";
import { printablePoints } from "../../../src/workbook/rendering/page-fit";
import { renderOutputs } from "../../../src/workbook/rendering/render";
import { LINE_HEIGHT, wrappedRowHeights } from "../../../src/workbook/rendering/row-heights";
import { KHOI_17_SAMPLE } from "../../../src/workbook/sample/khoi-17-kien-giang-2018";

function sampleGrid(): WorkbookGrid {
  return {
    sheets: KHOI_17_SAMPLE.map((sheet) => {
      const width = Math.max(...sheet.rows.map((r) => r.length));
      return { name: sheet.name, rows: sheet.rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), originRow: 1, originCol: 1 };
    }),
  };
}

describe("Chi tiết điểm of the Khối 17 sample, printed", () => {
  const { result } = calculate(sampleGrid(), { lang: "vi", now: new Date(Date.UTC(2019, 0, 10)) });
  const sheet = renderOutputs(result, { lang: "vi", now: new Date(Date.UTC(2019, 0, 10)), previousRanks: new Map() }).breakdown!;
  const firstRows = sheet.values.flatMap((row, r) => (r > sheet.headerRow + 1 && row[0] !== sheet.values[r - 1][0] ? [r] : []));

  it("breaks the pages exactly between members, one member a page", () => {
    expect(firstRows).toHaveLength(result.units.length - 1);
    expect(sheet.rowBreaks).toEqual(firstRows);
  });

  it("fits every member's rows and the repeated header on one page by the estimate", () => {
    const heights = wrappedRowHeights(sheet);
    const page = printablePoints(true, sheet.print.marginsMm!) / fitScale(sheet);
    const starts = [sheet.headerRow + 1, ...firstRows, sheet.values.length];
    for (let i = 0; i + 1 < starts.length; i++) {
      let used = heights.get(sheet.headerRow) ?? LINE_HEIGHT;
      for (let r = starts[i]; r < starts[i + 1]; r++) used += heights.get(r) ?? LINE_HEIGHT;
      expect(used).toBeLessThanOrEqual(page);
    }
  });

  it("repeats the header row (not the title lines) and prints at a scale keeping text at 8 pt or more", () => {
    expect(sheet.print.printTitleFirstRow).toBe(sheet.headerRow + 1);
    expect(sheet.print.printTitleRows).toBe(sheet.headerRow + 1);
    expect(fitScale(sheet) * 11).toBeGreaterThanOrEqual(8);
  });

  it("sizes the plan and actual columns by their numbers as shown, and gives the width to the criteria", () => {
    const plan = sheet.values[sheet.headerRow].indexOf(BREAKDOWN_HEADERS.plan.vi);
    const criterion = sheet.values[sheet.headerRow].indexOf(BREAKDOWN_HEADERS.criterion.vi);
    expect(sheet.columnWidths[plan]).toBeLessThanOrEqual(11);
    expect(sheet.columnWidths[criterion]).toBeGreaterThan(2 * sheet.columnWidths[plan]);
  });

  it("keeps most rows to one or two lines of text", () => {
    const heights = wrappedRowHeights(sheet);
    const body = sheet.values.length - sheet.headerRow - 1;
    const tall = [...heights].filter(([r, h]) => r > sheet.headerRow && h > 2 * LINE_HEIGHT).length;
    expect(tall).toBeLessThan(body / 10);
  });
});

describe("displayLength", () => {
  it("counts a number as its column's number format shows it", () => {
    expect(displayLength(2950000, "General")).toBe(7);
    expect(displayLength(2950000, "#,##0")).toBe(9);
    expect(displayLength(113.4615, "0.00")).toBe(6);
    expect(displayLength(-5, "0.00")).toBe(5);
    expect(displayLength(1 / 3, "General")).toBe(11);
    expect(displayLength(2950000)).toBe(10);
  });

  it("counts as first written, texts and numbers asked again under other formats included", () => {
    const reference = (value: string | number | null, format?: string): number => {
      if (value === null) return 0;
      if (typeof value === "string") return [...value.normalize("NFC")].length;
      if (format === undefined) return value.toFixed(2).length;
      if (/^general$/i.test(format)) return Math.min(11, String(value).length);
      const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
      const shown = Math.abs(value).toFixed(decimals);
      const groups = format.includes(",") ? Math.floor((shown.split(".")[0].length - 1) / 3) : 0;
      return shown.length + groups + (value < 0 ? 1 : 0);
    };
    const value = fc.oneof(fc.constant(null), fc.string({ unit: fc.constantFrom("a", "ế", "e\u0301", "😀", "\uD800", " ") }), fc.double({ noNaN: true, min: -1e12, max: 1e12 }), fc.integer());
    const format = fc.option(fc.constantFrom("General", "GENERAL", "0", "0.00", "#,##0", "#,##0.000", "0.0%", "@"), { nil: undefined });
    fc.assert(fc.property(fc.array(fc.tuple(value, format), { maxLength: 20 }), (asks) => {
      for (const [v, f] of [...asks, ...asks]) expect(displayLength(v, f)).toBe(reference(v, f));
    }), { numRuns: 500 });
  });
});
