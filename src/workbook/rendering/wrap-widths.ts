import type { OutputValue, RenderedSheet } from "./output-types";
import { WORKING_SHEET_LINES, type LineMeasure } from "./row-heights";

/**
 * Shares `units` of column width among a sheet's wrapping columns so that the table prints as short as
 * possible: every column starts at its minimum, then width goes, a few units at a time, where it saves the most
 * wrapped lines per unit over the body rows (a row is as tall as its tallest cell), so a column of long criteria
 * gets the width its texts need and a column of short notes does not take it. A column never grows past
 * its natural width (its longest text on one line). Width that saves no line is shared by the room left.
 */
export function shareWrapWidth(
  sheet: RenderedSheet,
  columns: readonly { col: number; min: number; max: number }[],
  units: number,
  // How many lines a text takes at a width: the working sheets' estimate by default; the meeting papers measure Times New Roman.
  measure: LineMeasure<unknown> = WORKING_SHEET_LINES,
): Map<number, number> {
  const widths = new Map(columns.map((c) => [c.col, c.min]));
  const end = sheet.tableEndRow ?? sheet.values.length - 1;
  const rows: number[] = [];
  for (let r = sheet.headerRow + 1; r <= end; r++) rows.push(r);
  // Thousands of body rows repeat a few texts (a criterion's name under every member): each column's
  // distinct texts are measured once per width, and each column's lines worked out once per width.
  const distinct = new Map<number, { texts: unknown[]; ids: Int32Array }>();
  const textsOf = (col: number) => {
    let known = distinct.get(col);
    if (!known) {
      const index = new Map<OutputValue, number>();
      const texts: unknown[] = [];
      const ids = Int32Array.from(rows, (r) => {
        const value = sheet.values[r]?.[col] ?? null;
        let id = index.get(value);
        if (id === undefined) index.set(value, (id = texts.push(measure.prepare(value)) - 1));
        return id;
      });
      distinct.set(col, (known = { texts, ids }));
    }
    return known;
  };
  const cache = new Map<string, Int32Array>();
  const linesOf = (col: number, width: number): Int32Array => {
    const key = `${col}:${width}`;
    let lines = cache.get(key);
    if (!lines) {
      const { texts, ids } = textsOf(col);
      const perText = texts.map((text) => measure.lines(text, width));
      lines = new Int32Array(ids.length);
      for (let i = 0; i < ids.length; i++) lines[i] = perText[ids[i]];
      cache.set(key, lines);
    }
    return lines;
  };
  /** Row by row, the most lines of the columns other than `skip` at their current widths (at least 1: a row is one line tall). */
  const tallestExcept = (skip: number): Int32Array => {
    const tallest = new Int32Array(rows.length).fill(1);
    for (const c of columns) {
      if (c.col === skip) continue;
      const lines = linesOf(c.col, widths.get(c.col)!);
      for (let i = 0; i < lines.length; i++) if (lines[i] > tallest[i]) tallest[i] = lines[i];
    }
    return tallest;
  };
  /** The sheet's body lines with one column's lines set against the others' tallest. */
  const totalWith = (others: Int32Array, lines: Int32Array | null): number => {
    let total = 0;
    for (let i = 0; i < others.length; i++) total += lines !== null && lines[i] > others[i] ? lines[i] : others[i];
    return total;
  };
  let left = Math.floor(units);
  let current = totalWith(tallestExcept(-1), null);
  while (left > 0) {
    // The widening that saves the most lines per unit, looking past widths that save none (the texts
    // of a column break at different widths, so one more unit often saves nothing where five save many).
    let best: { col: number; add: number; rate: number; lines: number } | null = null;
    for (const c of columns) {
      const width = widths.get(c.col)!;
      const others = tallestExcept(c.col);
      for (let add = 1; add <= Math.min(left, c.max - width); add++) {
        const lines = totalWith(others, linesOf(c.col, width + add));
        const rate = (current - lines) / add;
        if (rate > 0 && (!best || rate > best.rate)) best = { col: c.col, add, rate, lines };
      }
    }
    if (!best) break;
    widths.set(best.col, widths.get(best.col)! + best.add);
    current = best.lines;
    left -= best.add;
  }
  // No widening saves a line any more: what is left goes to the columns in proportion to their room.
  const room = columns.reduce((sum, c) => sum + (c.max - widths.get(c.col)!), 0);
  const rest = units - (Math.floor(units) - left);
  if (room > 0) for (const c of columns) widths.set(c.col, Math.floor((widths.get(c.col)! + (rest * (c.max - widths.get(c.col)!)) / room) * 10) / 10);
  return widths;
}
