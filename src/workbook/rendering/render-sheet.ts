import type { Lang, Localized } from "../../scoring/types";
import type { OutputValue, RenderedSheet } from "./output-types";
import { displayLength, fitForPrint } from "./print-fit";
import { cellFormat, GENERAL_FORMAT, TEXT_FORMAT } from "./text-safety";

export interface ColumnSpec {
  header: string;
  /** Number format of the column's numbers ("0.00", "0", "General"); text cells always get "@". */
  format: string;
  /** Long texts (notes, explanations) wrap inside a bounded width instead of widening the sheet. */
  wrap?: boolean;
}

/** The number formats of the program's columns: points with 2 decimals, whole numbers, texts. */
export const NUMBER_FORMAT = { points: "0.00", integer: "0", text: GENERAL_FORMAT } as const;

/** The kinds of column the result sheets have: its number format, and whether long texts wrap. */
const COLUMN_KINDS = {
  text: { format: NUMBER_FORMAT.text },
  wrapped: { format: NUMBER_FORMAT.text, wrap: true },
  integer: { format: NUMBER_FORMAT.integer },
  points: { format: NUMBER_FORMAT.points },
} as const satisfies Record<string, Omit<ColumnSpec, "header">>;

export type ColumnKind = keyof typeof COLUMN_KINDS;

/** One column of a kind: `column("points", "Tổng điểm")`. */
export function column(kind: ColumnKind, header: string): ColumnSpec {
  return { header, ...COLUMN_KINDS[kind] };
}

/** A table's columns by key, in one language: each header of `headers` as a column of the kind `kinds` gives it. */
export function columnsOf<K extends string>(headers: Record<K, Localized>, kinds: Record<K, ColumnKind>, lang: Lang): Record<K, ColumnSpec> {
  const out = {} as Record<K, ColumnSpec>;
  for (const key of Object.keys(kinds) as K[]) out[key] = column(kinds[key], headers[key][lang]);
  return out;
}

export interface SheetSpec {
  name: string;
  tableName: string;
  /** Lines above the table (bloc, year, time of calculation). */
  titleLines: string[];
  columns: ColumnSpec[];
  rows: OutputValue[][];
  /**
   * The smallest scale the sheet is fitted down to (print-fit.ts): a long sheet (Chi tiết điểm) takes
   * MIN_PRINT_SCALE for its wrapped texts to need fewer lines; default READABLE_PRINT_SCALE.
   */
  printScale?: number;
  /** Repeat only the header row on every printed page, not the title lines (a page holds more rows). */
  repeatHeaderOnly?: boolean;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
// Narrow enough that Xếp hạng prints one page wide at a readable size; long notes wrap.
const MAX_WRAP_WIDTH = 36;

/**
 * Lays a titled table out as a RenderedSheet: title lines, then the header row, then the data rows, set up
 * to print on A4 landscape at a readable size (print-fit.ts).
 */
export function buildSheet(spec: SheetSpec): RenderedSheet {
  const width = spec.columns.length;
  // A row already as wide as the table is kept as it is (Chi tiết điểm has thousands).
  const pad = (cells: OutputValue[]): OutputValue[] => (cells.length >= width ? cells : [...cells, ...Array<OutputValue>(width - cells.length).fill(null)]);
  const titleValues = spec.titleLines.map((line) => pad([line]));
  const header = spec.columns.map((c) => c.header);
  const values = [...titleValues, header, ...spec.rows.map((r) => pad(r))];
  const headerRow = titleValues.length;
  const numberFormats = values.map((row, i) =>
    row.map((value, j) => (i <= headerRow ? (value === null ? "General" : TEXT_FORMAT) : cellFormat(value, spec.columns[j].format))),
  );
  return fitForPrint({
    name: spec.name,
    values,
    numberFormats,
    headerRow,
    tableName: spec.tableName,
    columnWidths: spec.columns.map((c, j) => columnWidth(c, header[j], spec.rows, j)),
    freezeRows: headerRow + 1,
    print: { landscape: true, fitToWidth: true, printTitleRows: headerRow + 1, ...(spec.repeatHeaderOnly ? { printTitleFirstRow: headerRow + 1 } : {}) },
    titleRows: titleValues.map((_, i) => i),
    wrapColumns: spec.columns.flatMap((c, j) => (c.wrap ? [j] : [])),
  }, spec.printScale);
}

/** Width of column `j`: its header and its cells in the rows, the longest shown, padded and bounded. */
function columnWidth(column: ColumnSpec, header: string, rows: readonly OutputValue[][], j: number): number {
  let longest = displayLength(header, column.format);
  for (const row of rows) longest = Math.max(longest, displayLength(row[j] ?? null, column.format));
  return Math.min(column.wrap ? MAX_WRAP_WIDTH : MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
