import type { OutputValue, RenderedSheet } from "./output-types";
import { columnsPixels, DIGIT_PX, printablePixels, printablePoints, SHEET_MARGINS_MM, WIDE_DIGIT_FACTOR } from "./page-fit";
import { codePoints, LINE_HEIGHT, wrappedRowHeights } from "./row-heights";
import { shareWrapWidth } from "./wrap-widths";

/**
 * Print setup of the working sheets (Xếp hạng, Chi tiết điểm, Kiểm tra): A4 landscape between narrow
 * margins, one page wide, and never so scaled that the text (Calibri 11) falls under 8 points, even where
 * LibreOffice substitutes a wider font (WIDE_DIGIT_FACTOR): when the columns are too wide for that, the
 * columns sized by their header shrink to their content and the wrapping columns (names, notes,
 * explanations) share what is left. Page breaks are counted at Excel's (larger) scale, so they hold in both.
 */

/** 11 pt × 0.75 = 8.25 pt: the smallest text on a printed working sheet stays above 8 pt, even where Calibri is missing. */
export const MIN_PRINT_SCALE = 0.75;
/** A wrapping column is never narrowed below this many characters. */
const MIN_WRAP_WIDTH = 14;
/** A text column wider than this may wrap when the page is too narrow for it (a member's full name). */
const LONG_TEXT = 20;

/**
 * The scale a short working sheet (Xếp hạng, Kiểm tra) is fitted down to at the least: about 10 pt text,
 * the wrapping columns narrowed (their rows taller) rather than the text smaller.
 */
export const READABLE_PRINT_SCALE = 0.9375;

export function fitForPrint(sheet: RenderedSheet, minScale = READABLE_PRINT_SCALE): RenderedSheet {
  const margins = SHEET_MARGINS_MM;
  const target = printablePixels(true, margins) / (Math.max(MIN_PRINT_SCALE, minScale) * WIDE_DIGIT_FACTOR);
  const print = { ...sheet.print, landscape: true, fitToWidth: true, marginsMm: margins };
  if (columnsPixels(sheet.columnWidths) <= target) return { ...sheet, print };
  // The columns sized by a long header ("Đề nghị khen thưởng" over "Cờ thi đua") shrink to their content,
  // the header wrapping; the wrapping columns and the long text columns (names) share what is left.
  const wraps = new Set(sheet.wrapColumns);
  const widths = sheet.columnWidths.map((w, c) => {
    if (!wraps.has(c) && w > LONG_TEXT && isTextColumn(sheet, c)) wraps.add(c);
    return wraps.has(c) ? w : Math.min(w, Math.max(bodyWidth(sheet, c), headerWordWidth(sheet, c)));
  });
  const columnWidths = columnsPixels(widths) <= target ? widths : shareWidth(sheet, widths, wraps, target);
  const wrapColumns = [...wraps].filter((c) => sheet.wrapColumns.includes(c) || columnWidths[c] < sheet.columnWidths[c]).sort((a, b) => a - b);
  return { ...sheet, columnWidths, wrapColumns, print };
}

/**
 * Widths that fill `target` pixels: the wrapping columns start at their minimum and share what the other
 * columns leave by the lines it saves (wrap-widths.ts); when even the minimums are too wide, the minimums
 * (the print is then fitted to the page's width).
 */
function shareWidth(sheet: RenderedSheet, widths: readonly number[], wraps: ReadonlySet<number>, target: number): number[] {
  const columns = [...wraps].map((col) => ({ col, min: Math.min(widths[col], MIN_WRAP_WIDTH), max: widths[col] }));
  const minimums = widths.map((w, c) => (wraps.has(c) ? Math.min(w, MIN_WRAP_WIDTH) : w));
  const spare = (target - columnsPixels(minimums)) / DIGIT_PX;
  if (spare <= 0) return minimums;
  const shared = shareWrapWidth(sheet, columns, spare);
  return minimums.map((w, c) => shared.get(c) ?? w);
}

/** Digits Excel's General format shows at most (it rounds longer numbers to fit a standard column). */
const GENERAL_DIGITS = 11;

/**
 * Characters shown, NFC so a Vietnamese letter with two marks counts once; numbers as the cell's number
 * format shows them ("General": as written, "0.00": 2 decimals, "#,##0": with group separators), so a
 * column of plans (2950000) is as wide as "2950000", not "2950000.00". No format: 2 decimals.
 */
export function displayLength(value: OutputValue, format?: string): number {
  if (value === null) return 0;
  if (typeof value === "string") return textLength(value);
  if (format === undefined) return value.toFixed(2).length;
  const shows = numberFormatOf(format);
  if (shows.general) return Math.min(GENERAL_DIGITS, String(value).length);
  const shown = Math.abs(value).toFixed(shows.decimals);
  const point = shown.indexOf(".");
  const integerDigits = point < 0 ? shown.length : point;
  const groups = shows.grouped ? Math.floor((integerDigits - 1) / 3) : 0;
  return shown.length + groups + (value < 0 ? 1 : 0);
}

// A sheet measures every cell of its columns, thousands repeating a few texts and formats: each is read
// once (in caches kept small for a long-lived task pane).
const MAX_KNOWN = 50_000;
const textLengths = new Map<string, number>();
const numberFormats = new Map<string, { general: boolean; decimals: number; grouped: boolean }>();

function textLength(text: string): number {
  let length = textLengths.get(text);
  if (length === undefined) {
    if (textLengths.size >= MAX_KNOWN) textLengths.clear();
    textLengths.set(text, (length = codePoints(text.normalize("NFC"))));
  }
  return length;
}

function numberFormatOf(format: string): { general: boolean; decimals: number; grouped: boolean } {
  let shows = numberFormats.get(format);
  if (shows === undefined) {
    if (numberFormats.size >= MAX_KNOWN) numberFormats.clear();
    shows = { general: /^general$/i.test(format), decimals: /\.(0+)/.exec(format)?.[1].length ?? 0, grouped: format.includes(",") };
    numberFormats.set(format, shows);
  }
  return shows;
}

/** Width of a column's longest body cell, with the padding the renderers give (at least 6). */
function bodyWidth(sheet: RenderedSheet, c: number): number {
  let longest = 0;
  const end = sheet.tableEndRow ?? sheet.values.length - 1;
  for (let r = sheet.headerRow + 1; r <= end; r++) longest = Math.max(longest, displayLength(sheet.values[r][c] ?? null, sheet.numberFormats[r]?.[c]));
  return Math.max(6, longest + 2);
}

/** Width of the longest word of a column's header, padded: a wrapped header breaks between words ("Điểm / thưởng"), never inside one. */
function headerWordWidth(sheet: RenderedSheet, c: number): number {
  const header = sheet.values[sheet.headerRow]?.[c];
  if (typeof header !== "string") return 0;
  return Math.max(0, ...header.split(/\s+/).map((word) => displayLength(word))) + 2;
}

function isTextColumn(sheet: RenderedSheet, c: number): boolean {
  const end = sheet.tableEndRow ?? sheet.values.length - 1;
  for (let r = sheet.headerRow + 1; r <= end; r++) if (typeof sheet.values[r][c] === "string") return true;
  return false;
}

/** The scale a one-page-wide print takes (1 when the columns already fit). */
export function fitScale(sheet: RenderedSheet): number {
  const margins = sheet.print.marginsMm ?? SHEET_MARGINS_MM;
  return Math.min(1, printablePixels(sheet.print.landscape, margins) / columnsPixels(sheet.columnWidths));
}

/**
 * Manual page breaks so that a run of rows sharing `groupColumn` (one member's breakdown) starts a new page
 * rather than being split, whenever it fits on one page; a group taller than a page starts on a fresh page
 * and runs on. Heights are the writers' estimates (wrapped lines, or the sheet's fixed heights); the
 * repeated title and header rows are counted on every page.
 */
export function keepGroupsTogether(sheet: RenderedSheet, groupColumn: number): RenderedSheet {
  const margins = sheet.print.marginsMm ?? SHEET_MARGINS_MM;
  // A little room for the rounding of heights by the spreadsheet that prints it.
  const page = (printablePoints(sheet.print.landscape, margins) / fitScale(sheet)) * 0.96;
  const estimated = wrappedRowHeights(sheet);
  const fixed = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
  const height = (r: number) => fixed.get(r) ?? estimated.get(r) ?? LINE_HEIGHT;
  let repeated = 0;
  for (let r = (sheet.print.printTitleFirstRow ?? 1) - 1; r < sheet.print.printTitleRows; r++) repeated += height(r);
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r <= sheet.headerRow; r++) used += height(r);
  let r = sheet.headerRow + 1;
  while (r <= tableEnd) {
    const key = sheet.values[r][groupColumn];
    let end = r;
    let group = height(r);
    while (end + 1 <= tableEnd && sheet.values[end + 1][groupColumn] === key) group += height(++end);
    // Not enough room left: the group starts a new page (one taller than a page then has its pages to itself).
    if (used + group > page && used > repeated) {
      breaks.push(r);
      used = repeated;
    }
    used += group;
    // A group longer than a page: the spreadsheet breaks it; count what spills onto the last page.
    while (used > page) used = repeated + (used - page);
    r = end + 1;
  }
  return breaks.length === 0 ? sheet : { ...sheet, rowBreaks: breaks };
}
