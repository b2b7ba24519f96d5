export type Align = "left" | "right";

const SEPARATOR = "  ";
// Combining marks (an accent typed after its letter, NFD) and zero-width characters take no column.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200D\u2060\uFEFF]$/u;

/** Columns a text takes in a terminal: NFC, so "ế" typed as e + two combining marks counts once. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFC")) if (!ZERO_WIDTH.test(ch)) width++;
  return width;
}

/** The text cut to at most `max` columns, ending in "…" when cut; NFC either way. */
export function truncateToWidth(text: string, max: number): string {
  const nfc = text.normalize("NFC");
  if (displayWidth(nfc) <= max) return nfc;
  if (max <= 0) return "";
  let kept = "";
  let width = 0;
  for (const ch of nfc) {
    const w = ZERO_WIDTH.test(ch) ? 0 : 1;
    if (width + w > max - 1) break;
    kept += ch;
    width += w;
  }
  return kept + "…";
}

/** Words laid on lines of at most `max` columns; a word longer than a line is split. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (let word of text.normalize("NFC").split(/\s+/).filter(Boolean)) {
    while (displayWidth(word) > max && max > 1) {
      if (line) lines.push(line);
      line = "";
      const head = truncateToWidth(word, max + 1).slice(0, -1);
      lines.push(head);
      word = word.slice(head.length);
    }
    const joined = line ? `${line} ${word}` : word;
    if (line && displayWidth(joined) > max) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** A plain aligned table: header, a rule, rows; columns separated by two spaces, no trailing spaces. */
export function textTable(headers: string[], rows: string[][], align: Align[]): string {
  const nfc = (cells: string[]) => cells.map((c) => c.normalize("NFC"));
  const all = [nfc(headers), ...rows.map(nfc)];
  const widths = headers.map((_, j) => Math.max(...all.map((r) => displayWidth(r[j] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j === cells.length - 1 && align[j] !== "right" ? c : pad(c, widths[j], align[j] ?? "left")))
      .join(SEPARATOR)
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join(SEPARATOR);
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n") + "\n";
}

/** One column of a table that may have to fit a terminal. */
export interface FitColumn {
  key: string;
  header: string;
  /** Used instead of `header` once the table with full headers is too wide. */
  shortHeader?: string;
  align: Align;
  cells: string[];
  /** Dropped when the table is still too wide: all columns of the lowest drop rank go first, together. */
  drop?: number;
}

/** After dropping, the column `key` may be shortened with "…" down to `min` columns; steps are tried in order. */
export interface ShrinkStep {
  key: string;
  min: number;
}

export interface FittedTable {
  keys: string[];
  headers: string[];
  rows: string[][];
  align: Align[];
}

/**
 * Narrows a table to `width` columns of terminal, losing as little as it can: short headers first, then
 * whole groups of less important columns, then shortened texts. A table that cannot fit even then (a
 * terminal narrower than the columns that are never dropped) is returned at its narrowest; callers clip.
 */
export function fitColumns(columns: FitColumn[], width: number, shrink: readonly ShrinkStep[]): FittedTable {
  const dropRanks = [...new Set(columns.flatMap((c) => (c.drop === undefined ? [] : [c.drop])))].sort((a, b) => a - b);
  const full = columns.map((c) => ({ ...c }));
  if (tableWidth(full) <= width) return fitted(full, naturalWidths(full));
  let kept = columns.map((c) => ({ ...c, header: c.shortHeader ?? c.header }));
  for (const rank of dropRanks) {
    if (tableWidth(kept) <= width) break;
    kept = kept.filter((c) => c.drop !== rank);
  }
  const widths = naturalWidths(kept);
  let excess = tableWidth(kept) - width;
  for (const step of shrink) {
    const j = kept.findIndex((c) => c.key === step.key);
    if (excess <= 0 || j < 0) continue;
    const cut = Math.min(excess, Math.max(0, widths[j] - step.min));
    widths[j] -= cut;
    excess -= cut;
  }
  return fitted(kept, widths);
}

function naturalWidths(columns: FitColumn[]): number[] {
  return columns.map((c) => Math.max(displayWidth(c.header), ...c.cells.map(displayWidth)));
}

function tableWidth(columns: FitColumn[]): number {
  return naturalWidths(columns).reduce((sum, w) => sum + w, 0) + SEPARATOR.length * Math.max(0, columns.length - 1);
}

function fitted(columns: FitColumn[], widths: number[]): FittedTable {
  const rowCount = Math.max(0, ...columns.map((c) => c.cells.length));
  return {
    keys: columns.map((c) => c.key),
    headers: columns.map((c, j) => truncateToWidth(c.header, widths[j])),
    rows: Array.from({ length: rowCount }, (_, i) => columns.map((c, j) => truncateToWidth(c.cells[i] ?? "", widths[j]))),
    align: columns.map((c) => c.align),
  };
}
