import { fontResolver, rowFontSize } from "./cell-fonts";
import { parseAddress } from "../grid";
import { DIGIT_PX, PADDING_PX } from "./page-fit";
import { serifEms } from "./serif-metrics";
import type { OutputValue, RenderedSheet } from "./output-types";

/** Excel's default row height in points (Calibri 11), and the height one more wrapped line adds. */
export const LINE_HEIGHT = 15;
/** Characters of body text that fit in one unit of column width (the width of "0"): Vietnamese text runs a little narrower. */
const CHARS_PER_WIDTH = 1.15;
/** The size the two constants above are measured at; a sheet in a larger font (RenderedSheet.font) gets taller, fuller lines. */
const BASE_FONT_SIZE = 11;
/** Line height over font size of the working sheets' Calibri (a larger font's rows grow with it). */
const LINE_SPACING = 1.32;
/** Times New Roman and its metric twins: measured letter by letter (serif-metrics.ts), not by counting characters. */
const SERIF_FONTS = /times|liberation serif|nimbus roman|tinos/i;
/** Line height over font size of Times New Roman (its ascent and descent come to 1.15 em; a little room kept). */
const SERIF_LINE_SPACING = 1.2;
/** Pixels of a column that text cannot use: the cell's inner margins on both sides (Excel 2 + 2, LibreOffice a little more). */
const CELL_MARGIN_PX = 9;
/** Capitals (the documents' issuing body, titles) are about 1.4 times as wide as lower-case letters. */
const CAPITALS_FACTOR = 1.4;
const PT_PER_PX = 0.75;

/**
 * Row heights (in points) for the rows whose wrapped text needs more than one line, by 0-based row.
 * Neither Excel nor LibreOffice grows a row written by a program to fit wrapped text when it opens the
 * file, so a printed meeting document would show overlapping lines without these.
 */
export function wrappedRowHeights(sheet: RenderedSheet): Map<number, number> {
  // Chi tiết điểm is measured for its page breaks, then again by the writer as a copy with the breaks set:
  // the same values, widths and fonts, so the same heights (a rendered sheet is not changed once made).
  const known = measuredSheets.get(sheet.values);
  if (known !== undefined && sameMeasures(known.sheet, sheet)) return new Map(known.heights);
  const heights = measureRowHeights(sheet);
  measuredSheets.set(sheet.values, { sheet, heights });
  return new Map(heights);
}

const measuredSheets = new WeakMap<RenderedSheet["values"], { sheet: RenderedSheet; heights: ReadonlyMap<number, number> }>();

/** Whether two sheets with the same values have everything else the heights depend on in common. */
function sameMeasures(a: RenderedSheet, b: RenderedSheet): boolean {
  return (
    a.columnWidths === b.columnWidths &&
    a.wrapColumns === b.wrapColumns &&
    a.headerRow === b.headerRow &&
    a.tableEndRow === b.tableEndRow &&
    a.merges === b.merges &&
    a.font === b.font &&
    a.fonts === b.fonts &&
    a.rowHeights === b.rowHeights
  );
}

function measureRowHeights(sheet: RenderedSheet): Map<number, number> {
  const heights = new Map<number, number>();
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const mergedWidth = mergedWidths(sheet);
  const fontAt = fontResolver(sheet);
  const fixed = new Set((sheet.rowHeights ?? []).map((h) => h.row));
  const serif = SERIF_FONTS.test(sheet.font?.name ?? "");
  const measureText = measuredTexts();
  // Lines of one cell; a larger font fits fewer characters in the same width: measured as if the column were narrower.
  const linesOf = (row: readonly OutputValue[], r: number, c: number, merged: Map<number, number> | undefined, size: number): number => {
    if (c >= row.length) return 1;
    const width = merged?.get(c) ?? sheet.columnWidths[c] ?? 10;
    if (serif) {
      const font = fontAt?.(r, c);
      return serifLineCount(row[c], width, font?.size ?? size, font?.bold === true);
    }
    return measureText(row[c], (width * BASE_FONT_SIZE) / size);
  };
  // Only the cells that wrap are measured: the header, the wrapping columns of the body, merged ranges.
  for (let r = 0; r < sheet.values.length; r++) {
    if (fixed.has(r)) continue;
    const row = sheet.values[r];
    let lines = 1;
    const merged = mergedWidth.get(r);
    const size = rowFontSize(fontAt, r, row.length, BASE_FONT_SIZE);
    if (r === sheet.headerRow) {
      for (let c = 0; c < row.length; c++) lines = Math.max(lines, linesOf(row, r, c, merged, size));
    } else {
      if (r > sheet.headerRow && r <= tableEnd) for (const c of sheet.wrapColumns) lines = Math.max(lines, linesOf(row, r, c, merged, size));
      if (merged) for (const c of merged.keys()) lines = Math.max(lines, linesOf(row, r, c, merged, size));
    }
    const lineHeight = Math.max(LINE_HEIGHT, Math.ceil(size * (serif ? SERIF_LINE_SPACING : LINE_SPACING)));
    if (lines > 1 || lineHeight > LINE_HEIGHT) heights.set(r, lines * lineHeight);
  }
  return heights;
}

/**
 * lineCount with capitals measured wider, remembered per width and text: a long sheet repeats a few texts
 * (a criterion's name under every member), each measured once at each width.
 */
function measuredTexts(): (value: OutputValue, width: number) => number {
  const capitals = new Map<string, number>();
  const byWidth = new Map<number, Map<string, number>>();
  const count = lineCounter();
  return (value, width) => {
    if (typeof value !== "string") return count(value, width);
    let known = byWidth.get(width);
    if (known === undefined) byWidth.set(width, (known = new Map()));
    let lines = known.get(value);
    if (lines === undefined) {
      let factor = capitals.get(value);
      if (factor === undefined) capitals.set(value, (factor = isCapitals(value) ? CAPITALS_FACTOR : 1));
      known.set(value, (lines = count(value, width / factor)));
    }
    return lines;
  };
}

/** Points of text a column `width` units wide holds on one line (Excel's unit: the default font's 7 px digit plus 5 px). */
function usablePoints(width: number): number {
  return Math.max(1, (width * DIGIT_PX + PADDING_PX - CELL_MARGIN_PX) * PT_PER_PX);
}

/** Lines a text takes in a column `width` units wide set in Times New Roman of `size` points, words wrapped as Excel does. */
export function serifLineCount(value: OutputValue, width: number, size: number, bold = false): number {
  if (typeof value !== "string" || value === "") return 1;
  const room = usablePoints(width) / size;
  const space = serifEms(" ", bold);
  let lines = 0;
  for (const part of value.normalize("NFC").split("\n")) {
    let fill = 0;
    lines++;
    for (const word of part.split(/\s+/)) {
      const ems = serifEms(word, bold);
      if (fill > 0 && fill + space + ems <= room) fill += space + ems;
      else {
        if (fill > 0) lines++;
        // A word longer than the line breaks between letters onto as many lines as it needs.
        const extra = Math.max(0, Math.ceil(ems / room) - 1);
        lines += extra;
        fill = ems - extra * room;
      }
    }
  }
  return lines;
}

/** Column width (units) that holds the longest word of `text` on one line in Times New Roman: headers never break inside a word ("Hạn g"). */
export function serifWordWidth(text: string, size: number, bold = false): number {
  return unitsFor(text.split(/\s+/).reduce((most, word) => Math.max(most, serifEms(word, bold)), 0), size);
}

/** Column width (units) that holds the whole of `line` without wrapping, in Times New Roman. */
export function serifLineWidth(line: string, size: number, bold = false): number {
  return unitsFor(serifEms(line, bold), size);
}

function unitsFor(ems: number, size: number): number {
  if (ems === 0) return 0;
  return Math.ceil((((ems * size) / PT_PER_PX + CELL_MARGIN_PX - PADDING_PX) / DIGIT_PX) * 10) / 10;
}

const THREE_CAPITALS = /\p{Lu}{3}/u;

function isCapitals(value: OutputValue): boolean {
  return typeof value === "string" && THREE_CAPITALS.test(value) && value === value.toLocaleUpperCase("vi");
}

export function lineCount(value: OutputValue, width: number): number {
  if (typeof value !== "string" || value === "") return 1;
  return wrappedLines(wordsOf(value), width);
}

/**
 * How many lines a text takes at a width, for a search that asks of the same texts at many widths
 * (wrap-widths.ts): what can be worked out once per text (`prepare`), then the lines at each width.
 */
export interface LineMeasure<T> {
  prepare(value: OutputValue): T;
  lines(prepared: T, width: number): number;
}

/** lineCount as a LineMeasure: each text is cut into words once. Same results as lineCount. */
export const WORKING_SHEET_LINES: LineMeasure<Int32Array[] | null> = {
  prepare: (value) => (typeof value !== "string" || value === "" ? null : wordsOf(value)),
  lines: (words, width) => (words === null ? 1 : wrappedLines(words, width)),
};

/**
 * lineCount for many widths of the same texts (row heights at each column's width): each text is cut
 * into words once, then only counted per width. Same results as lineCount.
 */
export function lineCounter(): (value: OutputValue, width: number) => number {
  const known = new Map<string, Int32Array[]>();
  return (value, width) => {
    if (typeof value !== "string" || value === "") return 1;
    let words = known.get(value);
    if (words === undefined) known.set(value, (words = wordsOf(value)));
    return wrappedLines(words, width);
  };
}

/** The code points of each word (NFC), line by line of the text's own line breaks. */
function wordsOf(text: string): Int32Array[] {
  return text.split("\n").map((part) => {
    const words = part.normalize("NFC").split(/\s+/);
    const lengths = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) lengths[i] = codePoints(words[i]);
    return lengths;
  });
}

function wrappedLines(lines: readonly Int32Array[], width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH));
  let sum = 0;
  for (const words of lines) sum += Math.max(1, Math.ceil(wordWrappedLength(words, perLine) / perLine));
  return sum;
}

/** Length once words that do not fit the end of a line are moved to the next: a little more than the text itself. */
function wordWrappedLength(words: Int32Array, perLine: number): number {
  let used = 0;
  let lineFill = 0;
  for (let i = 0; i < words.length; i++) {
    const n = words[i];
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
