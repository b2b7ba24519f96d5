/**
 * Output sheets rendered as plain 2-D arrays plus layout hints. Adapters (the .xlsx package writer, Office.js) write
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
  print: PrintSetup;
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
  /**
   * Optional: the font of every written cell of the sheet (a printed document is Times New Roman 13 throughout).
   * Absent: the workbook's default font, with the adapter's bold header and larger title as before.
   */
  font?: CellFont;
  /**
   * Optional: fonts of particular cells, applied over `font` in order (a later span's set properties win).
   * When present, the adapter's own title and header fonts are not applied: the sheet says every font.
   */
  fonts?: FontSpan[];
  /** Optional: row heights in points by 0-based row (the signing space); the adapter's estimates fill the others. */
  rowHeights?: RowHeight[];
  /**
   * Optional: 0-based rows that begin a new printed page (manual page breaks, so that one member's breakdown
   * is not split across two pages). Sorted, each > headerRow; never row 0.
   */
  rowBreaks?: number[];
}

export interface PrintSetup {
  landscape: boolean;
  /** Fit the columns to one page wide (the rows run over as many pages as needed). Ignored when `scale` is set. */
  fitToWidth: boolean;
  /**
   * Optional, with fitToWidth: also fit the sheet to one page tall (a one-page document with its signature
   * block, such as the meeting papers of a bloc of a few members). Default false: the rows run on.
   */
  fitOnePage?: boolean;
  /** Rows 1..printTitleRows (1-based, inclusive) repeat at the top of every printed page; 0: none. */
  printTitleRows: number;
  /**
   * Optional: 1-based first row of the repeated rows, so that only the table's header repeats and not the
   * document heading above it (rows printTitleFirstRow..printTitleRows). Default 1.
   */
  printTitleFirstRow?: number;
  /**
   * Optional: a fixed print scale in percent (10–400) instead of fitting: the sheet's layout already fills the
   * page at this scale (columns sized for it), and a fixed scale keeps the text size the sheet chose.
   */
  scale?: number;
  /** Optional: page margins in millimetres (Nghị định 30/2020: top 20, bottom 20, left 30, right 15). */
  marginsMm?: PageMargins;
  /** Optional: centre the printed table between the left and right margins. */
  centerHorizontally?: boolean;
}

export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Distance of the page header and footer from the paper's edge; default 8 mm. */
  header?: number;
  footer?: number;
}

/** A font, every property optional: an absent one keeps the value underneath (sheet font, then workbook default). */
export interface CellFont {
  /** Family name, e.g. "Times New Roman". */
  name?: string;
  /** Size in points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Single underline (the line under the Tiêu ngữ and the issuing body). */
  underline?: boolean;
}

/** The cells of one row from `fromCol` to `toCol` (0-based, inclusive; default the whole row) take `font`. */
export interface FontSpan {
  row: number;
  fromCol?: number;
  toCol?: number;
  font: CellFont;
}

export interface RowHeight {
  row: number;
  points: number;
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
