import { fontResolver, rowFontSize } from "./cell-fonts";
import { parseAddress } from "../grid";
import type { OutputValue, RenderedSheet } from "./output-types";

/** Excel's default row height in points (Calibri 11), and the height one more wrapped line adds. */
export const LINE_HEIGHT = 15;
/** Characters of body text that fit in one unit of column width (the width of "0"): Vietnamese text runs a little narrower. */
const CHARS_PER_WIDTH = 1.15;
/** The size the two constants above are measured at; a sheet in a larger font (RenderedSheet.font) gets taller, fuller lines. */
const BASE_FONT_SIZE = 11;
/** Line height over font size for the printed documents' fonts (Times New Roman 12 pt: about 16 points). */
const LINE_SPACING = 1.32;
/** Times New Roman (and its metric twins) sets Vietnamese text about a fifth narrower than Calibri. */
const NARROW_FONTS = /times|liberation serif|nimbus roman|tinos/i;
const NARROW_FACTOR = 1.25;
/** Capitals (the documents' issuing body, titles) are about 1.4 times as wide as lower-case letters. */
const CAPITALS_FACTOR = 1.4;

/**
 * Row heights (in points) for the rows whose wrapped text needs more than one line, by 0-based row.
 * Neither Excel nor LibreOffice grows a row written by ExcelJS to fit wrapped text when it opens the
 * file, so a printed meeting document would show overlapping lines without these.
 */
export function wrappedRowHeights(sheet: RenderedSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const mergedWidth = mergedWidths(sheet);
  const fontAt = fontResolver(sheet);
  const fixed = new Set((sheet.rowHeights ?? []).map((h) => h.row));
  const narrow = NARROW_FONTS.test(sheet.font?.name ?? "") ? NARROW_FACTOR : 1;
  // Only the cells that wrap are measured: the header, the wrapping columns of the body, merged ranges.
  sheet.values.forEach((row, r) => {
    if (fixed.has(r)) return;
    let lines = 1;
    const merged = mergedWidth.get(r);
    const size = rowFontSize(fontAt, r, row.length, BASE_FONT_SIZE);
    // A larger font fits fewer characters in the same width: measure as if the column were narrower.
    const measure = (c: number): void => {
      if (c >= row.length) return;
      const capitals = isCapitals(row[c]) ? CAPITALS_FACTOR : 1;
      lines = Math.max(lines, lineCount(row[c], ((merged?.get(c) ?? sheet.columnWidths[c] ?? 10) * BASE_FONT_SIZE * narrow) / size / capitals));
    };
    if (r === sheet.headerRow) {
      for (let c = 0; c < row.length; c++) measure(c);
    } else {
      if (r > sheet.headerRow && r <= tableEnd) for (const c of sheet.wrapColumns) measure(c);
      if (merged) for (const c of merged.keys()) measure(c);
    }
    const lineHeight = Math.max(LINE_HEIGHT, Math.ceil(size * LINE_SPACING));
    if (lines > 1 || lineHeight > LINE_HEIGHT) heights.set(r, lines * lineHeight);
  });
  return heights;
}

function isCapitals(value: OutputValue): boolean {
  return typeof value === "string" && /\p{Lu}{3}/u.test(value) && value === value.toLocaleUpperCase("vi");
}

export function lineCount(value: OutputValue, width: number): number {
  return wrappedLineCount(wordLengths(value), width);
}

/**
 * What lineCount measures of a value, apart from the width: the length of each word of each of its lines;
 * null for a value that takes one line at any width. Measured once, counted at many widths (wrap-widths.ts).
 */
export function wordLengths(value: OutputValue): number[][] | null {
  if (typeof value !== "string" || value === "") return null;
  return value.split("\n").map((part) => part.normalize("NFC").split(/\s+/).map(codePoints));
}

/** lineCount of the value whose wordLengths these are. */
export function wrappedLineCount(words: readonly (readonly number[])[] | null, width: number): number {
  if (!words) return 1;
  const perLine = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH));
  let lines = 0;
  for (const part of words) lines += Math.max(1, Math.ceil(wordWrappedLength(part, perLine) / perLine));
  return lines;
}

/** Length once words that do not fit the end of a line are moved to the next: a little more than the text itself. */
function wordWrappedLength(words: readonly number[], perLine: number): number {
  let used = 0;
  let lineFill = 0;
  for (const n of words) {
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
