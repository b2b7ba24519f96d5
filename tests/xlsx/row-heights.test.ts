import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { codePoints, LINE_HEIGHT, lineCount, wrappedRowHeights } from "../../src/xlsx/row-heights";

function sheet(values: (string | number | null)[][], overrides: Partial<RenderedSheet> = {}): RenderedSheet {
  return {
    name: "S",
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    headerRow: 1,
    tableName: "T",
    columnWidths: [10, 20],
    freezeRows: 0,
    print: { landscape: true, fitToWidth: true, printTitleRows: 2 },
    titleRows: [0],
    wrapColumns: [1],
    ...overrides,
  };
}

describe("wrapped row heights", () => {
  it("counts the lines a text takes in a column, words kept whole", () => {
    expect(lineCount("ngắn", 20)).toBe(1);
    expect(lineCount("Không xét Cờ do vi phạm: Có 01 công chức bị kỷ luật khiển trách trong năm", 20)).toBe(4);
    expect(lineCount(12345, 2)).toBe(1);
  });

  it("raises only the rows whose wrapped cells, header or merged text need more than one line", () => {
    const long = "Đồng hạng — khối bình xét, biểu quyết thứ tự tại cuộc họp";
    const heights = wrappedRowHeights(
      sheet([["Tiêu đề rất dài của bảng tổng hợp kết quả chấm điểm thi đua", null], ["Mã", "Ghi chú"], ["Tên đơn vị dài hơn cột", long], ["CT", "ngắn"]], {
        merges: [{ range: "A1:B1", align: "center" }],
      }),
    );
    expect(heights.get(0)).toBe(2 * LINE_HEIGHT);
    expect(heights.has(1)).toBe(false);
    expect(heights.get(2)).toBe(lineCount(long, 20) * LINE_HEIGHT);
    expect(heights.has(3)).toBe(false);
  });
});

describe("wrapped row heights of copies of a sheet", () => {
  const long = "Đồng hạng — khối bình xét, biểu quyết thứ tự tại cuộc họp của khối";
  const values = [["Tiêu đề"], ["Mã", "Ghi chú"], ["CT", long]];

  it("a copy with other widths, wrapping columns or fixed heights is measured anew; the same copy gives the same heights", () => {
    const first = sheet(values);
    const heights = wrappedRowHeights(first);
    expect(heights.get(2)).toBe(lineCount(long, 20) * LINE_HEIGHT);
    expect(wrappedRowHeights({ ...first, rowBreaks: [2] })).toEqual(heights);
    expect(wrappedRowHeights({ ...first, columnWidths: [10, 40] }).get(2)).toBe(lineCount(long, 40) * LINE_HEIGHT);
    expect(wrappedRowHeights({ ...first, wrapColumns: [] }).has(2)).toBe(false);
    expect(wrappedRowHeights({ ...first, rowHeights: [{ row: 2, points: 20 }] }).has(2)).toBe(false);
  });

  it("each caller gets its own map to change", () => {
    const first = sheet(values);
    wrappedRowHeights(first).set(2, 99);
    expect(wrappedRowHeights(first).get(2)).toBe(lineCount(long, 20) * LINE_HEIGHT);
  });
});

describe("codePoints", () => {
  it("counts a letter outside the Basic Multilingual Plane once, and a lone surrogate as one", () => {
    expect(codePoints("Đồng hạng")).toBe([..."Đồng hạng"].length);
    expect(codePoints("𝐀b😀")).toBe(3);
    expect(codePoints("\udc00\ud800")).toBe(2);
    expect(codePoints("")).toBe(0);
  });
});
