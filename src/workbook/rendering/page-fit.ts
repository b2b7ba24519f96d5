import type { PageMargins } from "./output-types";

/**
 * A4 page arithmetic for the sheets that are printed: how many column-width units fit between the margins,
 * and column widths that fill that width. Excel's width unit is the default font's digit (7 px at 96 dpi)
 * plus 5 px of padding per column; LibreOffice converts the same way.
 */

/** Margins of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): mm. */
export const DOCUMENT_MARGINS_MM: PageMargins = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
/**
 * Margins of the working sheets (Xếp hạng, Chi tiết điểm): narrow on every side (they print no header or
 * footer), for the widest table at a readable size and a member's whole breakdown on one page.
 */
export const SHEET_MARGINS_MM: PageMargins = { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 };

/**
 * How much wider a column may print than Excel's Calibri metrics say: LibreOffice measures the width unit
 * with the font it prints in. With Carlito (metric-compatible with Calibri; the print suite installs
 * fonts-crosextra-carlito, see .ci/run) it matches Excel: 1, the slack being MIN_PRINT_SCALE's 8.25 pt.
 * Without any Calibri-metric font LibreOffice substitutes DejaVu Sans, whose digits are about a quarter
 * wider, and scales such a sheet further down than Excel does; that case is not designed for.
 */
export const WIDE_DIGIT_FACTOR = 1;

const A4_MM = { short: 210, long: 297 };
const PX_PER_MM = 96 / 25.4;
/** Pixels of one unit of column width (Calibri 11's digit at 96 dpi). */
export const DIGIT_PX = 7;
export const PADDING_PX = 5;
/** Rounding of pixel widths and the grid lines: stay a little inside the page so fitting never shrinks. */
const SAFETY = 0.985;

/** Width in pixels of the printable area of A4 between the left and right margins. */
export function printablePixels(landscape: boolean, margins: PageMargins): number {
  const paper = landscape ? A4_MM.long : A4_MM.short;
  return (paper - margins.left - margins.right) * PX_PER_MM * SAFETY;
}

/** Height in points of the printable area of A4 between the top and bottom margins. */
export function printablePoints(landscape: boolean, margins: PageMargins): number {
  const paper = landscape ? A4_MM.short : A4_MM.long;
  return ((paper - margins.top - margins.bottom) * 72) / 25.4;
}

export function columnsPixels(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w * DIGIT_PX + PADDING_PX, 0);
}

export interface FillColumn {
  width: number;
  /** Narrowest the column may become (wrapping columns give way first); default its width. */
  min?: number;
}

/**
 * Widths that fill `pixels` exactly: too wide, the columns with room above their minimum give way in
 * proportion to that room; too narrow, every column grows in proportion. Widths rounded to 0.1 unit.
 * Still too wide at every minimum: the minimums (the print is then fitted to the page's width).
 */
export function fillWidths(columns: readonly FillColumn[], pixels: number): number[] {
  const units = Math.max(0, (pixels - PADDING_PX * columns.length) / DIGIT_PX);
  const total = columns.reduce((s, c) => s + c.width, 0);
  const round = (w: number) => Math.floor(w * 10) / 10;
  if (total <= units) return columns.map((c) => round((c.width * units) / total));
  const floor = columns.reduce((s, c) => s + (c.min ?? c.width), 0);
  if (floor >= units) return columns.map((c) => c.min ?? c.width);
  const room = total - floor;
  const give = (total - units) / room;
  return columns.map((c) => round(c.width - (c.width - (c.min ?? c.width)) * give));
}

/** Portrait when the columns fit its width at their minimums, else landscape. */
export function needsLandscape(columns: readonly FillColumn[], margins: PageMargins): boolean {
  return columnsPixels(columns.map((c) => c.min ?? c.width)) > printablePixels(false, margins);
}
