import { parseAddress } from "../workbook/grid";
import type { OutputValue, RenderedSheet } from "../workbook/rendering/output-types";

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
  // Only the cells that wrap are measured: the header, the wrapping columns of the body, merged ranges.
  sheet.values.forEach((row, r) => {
    let lines = 1;
    const merged = mergedWidth.get(r);
    const measure = (c: number): void => {
      if (c < row.length) lines = Math.max(lines, lineCount(row[c], merged?.get(c) ?? sheet.columnWidths[c] ?? 10));
    };
    if (r === sheet.headerRow) {
      for (let c = 0; c < row.length; c++) measure(c);
    } else {
      if (r > sheet.headerRow && r <= tableEnd) for (const c of sheet.wrapColumns) measure(c);
      if (merged) for (const c of merged.keys()) measure(c);
    }
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
    const n = codePoints(word);
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

/** Characters as the eye counts them: a letter outside the Basic Multilingual Plane is one, not two. */
export function codePoints(text: string): number {
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) n--;
    }
  }
  return n;
}

/** Row → column → the summed width of the columns of the merged range whose top-left cell that is (0-based). */
function mergedWidths(sheet: RenderedSheet): Map<number, Map<number, number>> {
  const widths = new Map<number, Map<number, number>>();
  for (const merge of sheet.merges ?? []) {
    const [from, to] = merge.range.split(":").map(parseAddress);
    if (!from || !to) continue;
    let width = 0;
    for (let c = from.col; c <= to.col; c++) width += sheet.columnWidths[c - 1] ?? 10;
    const row = widths.get(from.row - 1) ?? new Map<number, number>();
    row.set(from.col - 1, width);
    widths.set(from.row - 1, row);
  }
  return widths;
}
