import { jsonBytes, planChunks, rowBytes } from "../../src/excel/write-plan";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";

function sheet(rows: number, text = "x"): RenderedSheet {
  const values = Array.from({ length: rows }, (_, i) => [`${text}${i}`, i]);
  return {
    name: "S", values, numberFormats: values.map(() => ["@", "0.00"]), headerRow: 0, tableName: "T",
    columnWidths: [], freezeRows: 0, print: { landscape: false, fitToWidth: false, printTitleRows: 0 }, titleRows: [], wrapColumns: [],
  };
}

describe("planChunks", () => {
  it("keeps everything in one request when it fits", () => {
    expect(planChunks([sheet(10), sheet(5)])).toEqual([[{ sheet: 0, start: 0, end: 10 }, { sheet: 1, start: 0, end: 5 }]]);
  });

  it("splits into contiguous row blocks that cover every row exactly once", () => {
    const sheets = [sheet(200), sheet(50)];
    const chunks = planChunks(sheets, 4000);
    expect(chunks.length).toBeGreaterThan(2);
    const covered = chunks.flat().flatMap((b) => Array.from({ length: b.end - b.start }, (_, i) => `${b.sheet}:${b.start + i}`));
    expect(covered).toEqual([...Array.from({ length: 200 }, (_, i) => `0:${i}`), ...Array.from({ length: 50 }, (_, i) => `1:${i}`)]);
  });

  it("sends a single row larger than the budget alone instead of looping", () => {
    const big = sheet(3, "y".repeat(5000));
    expect(planChunks([big], 2000)).toHaveLength(3);
  });

  it("measures UTF-8 bytes, so Vietnamese text counts more than its length", () => {
    expect(jsonBytes("Xếp hạng")).toBe(2 + 6 + 2 * 3);
    expect(rowBytes(["a"], ["@"])).toBe(jsonBytes(["a"]) + jsonBytes(["@"]) + 2);
  });
});
