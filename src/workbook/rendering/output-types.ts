/**
 * Output sheets rendered as plain 2-D arrays plus layout hints. Adapters (ExcelJS, Office.js) write
 * these verbatim; they decide nothing about content. Text cells that could be taken for a formula
 * (= + - @) carry the text format "@" so that Excel stores them as text.
 */
export type OutputValue = string | number | null;

export interface RenderedSheet {
  /** The sheet name to create or replace ("Xếp hạng", "Chi tiết điểm", "Kiểm tra", or the English names). */
  name: string;
  /** Row 0 is worksheet row 1; column 0 is column A. Every row has the same length. */
  values: OutputValue[][];
  /** Same shape as values: the number format of each cell ("0.00", "@", "General"). */
  numberFormats: string[][];
  /** 0-based index of the table's header row inside values; the table runs to the last row. */
  headerRow: number;
  /** Name of the Excel table to create over headerRow..end (unique in a workbook). */
  tableName: string;
  /** Column widths in characters (Excel's width unit). */
  columnWidths: number[];
  /** Rows to freeze at the top (title + header). */
  freezeRows: number;
  /** Print setup: A4 landscape, fit one page wide, repeat rows 1..printTitleRows on every page. */
  print: { landscape: boolean; fitToWidth: boolean; printTitleRows: number };
  /** 0-based rows whose text is the title (rendered bold and larger). */
  titleRows: number[];
  /** Columns (0-based) that wrap text (notes, explanations). */
  wrapColumns: number[];
  /**
   * Optional (added for the meeting documents and the history sheet): ranges to merge, e.g. "A1:K1",
   * each with the alignment of its text (titles and the signature block are centred).
   */
  merges?: MergedRange[];
  /** Optional: 0-based last row of the table when text follows it (a signature block); default the last row. */
  tableEndRow?: number;
}

export interface MergedRange {
  /** A1 range, e.g. "A1:K1". */
  range: string;
  align: "left" | "center";
}

/** The three output sheets, in the order they are placed after the input sheets. */
export interface RenderedOutputs {
  ranking: RenderedSheet | null;
  breakdown: RenderedSheet | null;
  checks: RenderedSheet;
}
