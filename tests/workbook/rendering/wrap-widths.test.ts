import fc from "fast-check";
import type { OutputValue, RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { lineCount, lineCounter, WORKING_SHEET_LINES } from "../../../src/workbook/rendering/row-heights";
import { shareWrapWidth } from "../../../src/workbook/rendering/wrap-widths";

/**
 * The sharing as first written: every widening of every column tried against every row and column in full.
 * Far too slow for Chi tiết điểm of a large bloc, and plainly right: the fast one must choose exactly as it does.
 */
function simpleShareWrapWidth(sheet: RenderedSheet, columns: readonly { col: number; min: number; max: number }[], units: number): Map<number, number> {
  const widths = new Map(columns.map((c) => [c.col, c.min]));
  const end = sheet.tableEndRow ?? sheet.values.length - 1;
  const rows: number[] = [];
  for (let r = sheet.headerRow + 1; r <= end; r++) rows.push(r);
  const totalLines = (trial: Map<number, number>): number => {
    let total = 0;
    for (const r of rows) total += Math.max(1, ...columns.map((c) => lineCount(sheet.values[r]?.[c.col] ?? null, trial.get(c.col)!)));
    return total;
  };
  let left = Math.floor(units);
  let current = totalLines(widths);
  while (left > 0) {
    let best: { col: number; add: number; rate: number; lines: number } | null = null;
    for (const c of columns) {
      const width = widths.get(c.col)!;
      for (let add = 1; add <= Math.min(left, c.max - width); add++) {
        const lines = totalLines(new Map(widths).set(c.col, width + add));
        const rate = (current - lines) / add;
        if (rate > 0 && (!best || rate > best.rate)) best = { col: c.col, add, rate, lines };
      }
    }
    if (!best) break;
    widths.set(best.col, widths.get(best.col)! + best.add);
    current = best.lines;
    left -= best.add;
  }
  const room = columns.reduce((sum, c) => sum + (c.max - widths.get(c.col)!), 0);
  const rest = units - (Math.floor(units) - left);
  if (room > 0) for (const c of columns) widths.set(c.col, Math.floor((widths.get(c.col)! + (rest * (c.max - widths.get(c.col)!)) / room) * 10) / 10);
  return widths;
}

function sheetOf(values: OutputValue[][], headerRow: number, tableEndRow?: number): RenderedSheet {
  const width = values[0]?.length ?? 0;
  return {
    name: "s",
    tableName: "t",
    freezeRows: 1,
    titleRows: [],
    values,
    numberFormats: values.map((row) => row.map(() => "@")),
    headerRow,
    tableEndRow,
    columnWidths: Array(width).fill(14),
    wrapColumns: [],
    print: { landscape: true, fitToWidth: true, printTitleRows: 1 },
  };
}

// Vietnamese words of the explanations, short and long, so that texts break at many different widths;
// repeated texts (criteria repeated for every member) and blank cells, newlines and a few numbers.
const WORDS = ["Thu", "ngân", "sách", "nhà", "nước", "đạt", "vượt", "kế", "hoạch", "Tỷ", "lệ", "giải", "ngân", "vốn", "đầu", "tư", "công", "Không", "xét", "chuyển-đổi-số-toàn-diện", "𝐀", "1.250,5"];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).chain((words) =>
  fc.array(fc.constantFrom(" ", " ", " ", "  ", "\n"), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + (i < words.length - 1 ? gaps[i] : "")).join("")),
);
const cell: fc.Arbitrary<OutputValue> = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.integer() });

const problem = fc
  .record({
    columnCount: fc.integer({ min: 1, max: 6 }),
    rowCount: fc.integer({ min: 0, max: 12 }),
    headerRow: fc.integer({ min: 0, max: 2 }),
    units: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true })),
  })
  .chain(({ columnCount, rowCount, headerRow, units }) =>
    fc.record({
      // A few distinct texts per column, repeated down the rows, as in Chi tiết điểm.
      palette: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: columnCount, maxLength: columnCount }),
      picks: fc.array(fc.array(fc.nat(), { minLength: columnCount, maxLength: columnCount }), { minLength: rowCount + headerRow + 1, maxLength: rowCount + headerRow + 1 }),
      wrapping: fc.subarray([...Array(columnCount).keys()], { minLength: 0 }),
      bounds: fc.array(fc.tuple(fc.oneof(fc.integer({ min: 1, max: 20 }), fc.double({ min: 1, max: 20, noNaN: true })), fc.integer({ min: 0, max: 24 })), { minLength: columnCount, maxLength: columnCount }),
      endCut: fc.integer({ min: 0, max: 3 }),
      headerRow: fc.constant(headerRow),
      units: fc.constant(units),
    }),
  );

/** Found by the property below: two widenings at the same rate of lines saved per unit. */
const TIED = {
  palette: [[null, "1.250,5", 0], ["Thu", "ngân hoạch Thu Thu\nThu Thu Thu", "Thu Thu Thu công Thu Thu Thu Thu Thu", "Thu"], [null], [null], ["Thu"]],
  picks: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 0]],
  wrapping: [0, 1],
  bounds: [[4.086956521739131, 3], [4.5652173913043494, 6], [1, 0], [1, 0], [1, 0]] as [number, number][],
  endCut: 0,
  headerRow: 1,
  units: 6,
};

describe("shareWrapWidth", () => {
  it("gives the spare width to the column whose long texts it saves lines in, not to short notes", () => {
    const long = "một tiêu chí rất dài cần nhiều chỗ để chỉ chiếm hai dòng khi in ra giấy";
    const values = [["A", "B"], ...Array.from({ length: 5 }, () => [long, "ngắn gọn thôi nhé bạn"])];
    const sheet = sheetOf(values, 0);
    const widths = shareWrapWidth(sheet, [{ col: 0, min: 14, max: 60 }, { col: 1, min: 14, max: 23 }], 20);
    expect(widths.get(0)!).toBeGreaterThanOrEqual(30);
    expect(widths.get(0)! + widths.get(1)!).toBeLessThanOrEqual(48.01);
  });

  it("chooses exactly as trying every widening against every row and column does", () => {
    fc.assert(
      fc.property(problem, ({ palette, picks, wrapping, bounds, endCut, headerRow, units }) => {
        const values = picks.map((row) => row.map((pick, c) => palette[c][pick % palette[c].length]));
        const tableEndRow = endCut === 0 ? undefined : Math.max(headerRow, values.length - 1 - endCut);
        const sheet = sheetOf(values, headerRow, tableEndRow);
        const columns = wrapping.map((col) => ({ col, min: bounds[col][0], max: bounds[col][0] + bounds[col][1] }));
        expect(shareWrapWidth(sheet, columns, units)).toEqual(simpleShareWrapWidth(sheet, columns, units));
      }),
      // Plus one where widening by 1 and by 2 save lines at the same rate: the first found (the smaller) wins.
      { numRuns: 1000, examples: [[TIED]] },
    );
  });
});

describe("lineCounter and WORKING_SHEET_LINES", () => {
  it("count as lineCount does, for the same texts asked again at other widths", () => {
    const messy = fc.oneof(cell, fc.string({ unit: fc.constantFrom("a", "ế", "e\u0301", " ", "\t", "\n", "𝐀", "-") }));
    fc.assert(
      fc.property(fc.array(fc.tuple(messy, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }))), { maxLength: 30 }), (asks) => {
        const count = lineCounter();
        for (const [value, width] of [...asks, ...asks.map(([v, w]) => [v, w + 3] as const)]) {
          expect(count(value, width)).toBe(lineCount(value, width));
          expect(WORKING_SHEET_LINES.lines(WORKING_SHEET_LINES.prepare(value), width)).toBe(lineCount(value, width));
        }
      }),
      { numRuns: 500 },
    );
  });
});
