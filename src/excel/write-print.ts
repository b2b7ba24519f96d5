import { columnLetter } from "../workbook/grid";
import type { CellFont, RenderedSheet } from "../workbook/rendering/output-types";
import { wrappedRowHeights } from "../workbook/rendering/row-heights";
import type { Capabilities } from "./capabilities";

/** Office.js takes page margins in points. */
const POINTS_PER_MM = 72 / 25.4;

/**
 * Queue (no sync) what a printed document sets beyond the common layout: fonts (the sheet's, then its spans,
 * consecutive rows with the same span written as one range), fixed row heights and the heights of merged
 * heading lines (Excel never grows a merged row to fit its text), margins, scale, centring and manual page
 * breaks (ExcelApi 1.9, with pageLayout). Everything goes into the batch of the sheet's layout: no sync of its own.
 */
export function queuePrintFormats(target: Excel.Worksheet, sheet: RenderedSheet, caps: Capabilities): void {
  const width = sheet.values[0]?.length ?? 0;
  if (width === 0) return;
  queueFonts(target, sheet, width);
  queueRowHeights(target, sheet);
  if (!caps.pageLayout) return;
  const { marginsMm, scale, centerHorizontally } = sheet.print;
  const layout = target.pageLayout;
  if (marginsMm) {
    const pt = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;
    layout.topMargin = pt(marginsMm.top);
    layout.bottomMargin = pt(marginsMm.bottom);
    layout.leftMargin = pt(marginsMm.left);
    layout.rightMargin = pt(marginsMm.right);
    layout.headerMargin = pt(marginsMm.header ?? 8);
    layout.footerMargin = pt(marginsMm.footer ?? 8);
  }
  if (scale !== undefined) layout.zoom = { scale: Math.min(400, Math.max(10, Math.round(scale))) };
  if (centerHorizontally) layout.centerHorizontally = true;
  // A break added at a cell starts a new page with that cell's row.
  for (const r of sheet.rowBreaks ?? []) if (r > 0) target.horizontalPageBreaks.add(`A${r + 1}`);
}

function queueFonts(target: Excel.Worksheet, sheet: RenderedSheet, width: number): void {
  if (sheet.font) setFont(target.getRange(`A1:${columnLetter(width)}${sheet.values.length}`), sheet.font);
  const spans = sheet.fonts ?? [];
  // Runs of consecutive rows with an equal span (the table's rows) become one range.
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    let last = span.row;
    let j = i + 1;
    while (j < spans.length && spans[j].row === last + 1 && spans[j].fromCol === span.fromCol && spans[j].toCol === span.toCol && sameFont(spans[j].font, span.font)) {
      last = spans[j].row;
      j++;
    }
    const from = columnLetter((span.fromCol ?? 0) + 1);
    const to = columnLetter(Math.min(width - 1, span.toCol ?? width - 1) + 1);
    setFont(target.getRange(`${from}${span.row + 1}:${to}${last + 1}`), span.font);
    i = j;
  }
}

function setFont(range: Excel.Range, font: CellFont): void {
  const f = range.format.font;
  if (font.name !== undefined) f.name = font.name;
  if (font.size !== undefined) f.size = font.size;
  if (font.bold !== undefined) f.bold = font.bold;
  if (font.italic !== undefined) f.italic = font.italic;
  if (font.underline !== undefined) f.underline = font.underline ? "Single" : "None";
}

function sameFont(a: CellFont, b: CellFont): boolean {
  return a.name === b.name && a.size === b.size && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

/** Fixed heights, and the estimated heights of rows holding a merged range (Excel autofits the others itself). */
function queueRowHeights(target: Excel.Worksheet, sheet: RenderedSheet): void {
  const heights = new Map<number, number>();
  if (sheet.font || sheet.fonts) {
    const merged = new Set((sheet.merges ?? []).map((m) => Number(/\d+/.exec(m.range)?.[0] ?? 0) - 1));
    for (const [r, h] of wrappedRowHeights(sheet)) if (merged.has(r)) heights.set(r, h);
  }
  for (const { row, points } of sheet.rowHeights ?? []) heights.set(row, points);
  for (const [r, points] of heights) target.getRange(`${r + 1}:${r + 1}`).format.rowHeight = points;
}
