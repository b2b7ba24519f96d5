import { parseAddress } from "../workbook/grid";
import type { OutputValue, RenderedSheet } from "../workbook/output-types";

/** Excel's default row height in points (Calibri 11), and the height one more wrapped line adds. */
export const LINE_HEIGHT = 15;
/** Characters of body text that fit in one unit of column width (the width of "0"): Vietnamese text runs a little narrower. */
const CHARS_PER_WIDTH = 1.15;

/**
 * Row heights (in points) for the rows whose wrapped text needs more than one line, by 0-based row.
 * Neither Excel nor LibreOffice grows a row written by ExcelJS to fit wrapped text when it opens the
 * file, so a printed meeting document would show overlapping lines without these.
 */
export function wrappedRowHeights(sheet: RenderedSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const mergedWidth = mergedWidths(sheet);
  sheet.values.forEach((row, r) => {
    let lines = 1;
    row.forEach((value, c) => {
      const merged = mergedWidth.get(`${r}:${c}`);
      const wraps = merged !== undefined || r === sheet.headerRow || (r > sheet.headerRow && r <= tableEnd && sheet.wrapColumns.includes(c));
      if (!wraps) return;
      lines = Math.max(lines, lineCount(value, merged ?? sheet.columnWidths[c] ?? 10));
    });
    if (lines > 1) heights.set(r, lines * LINE_HEIGHT);
  });
  return heights;
}

export function lineCount(value: OutputValue, width: number): number {
  if (typeof value !== "string" || value === "") return 1;
  const perLine = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH));
  return value.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(wordWrappedLength(part, perLine) / perLine)), 0);
}

/** Length once words that do not fit the end of a line are moved to the next: a little more than the text itself. */
function wordWrappedLength(text: string, perLine: number): number {
  let used = 0;
  let lineFill = 0;
  for (const word of text.normalize("NFC").split(/\s+/)) {
    const n = [...word].length;
    const need = lineFill === 0 ? n : n + 1;
    if (lineFill + need > perLine && lineFill > 0) {
      used += perLine - lineFill;
      lineFill = n;
      used += n;
    } else {
      lineFill += need;
      used += need;
    }
  }
  return used;
}

/** "row:col" of each merged range's top-left cell → the summed width of its columns. */
function mergedWidths(sheet: RenderedSheet): Map<string, number> {
  const widths = new Map<string, number>();
  for (const merge of sheet.merges ?? []) {
    const [from, to] = merge.range.split(":").map(parseAddress);
    if (!from || !to) continue;
    let width = 0;
    for (let c = from.col; c <= to.col; c++) width += sheet.columnWidths[c - 1] ?? 10;
    widths.set(`${from.row - 1}:${from.col - 1}`, width);
  }
  return widths;
}
