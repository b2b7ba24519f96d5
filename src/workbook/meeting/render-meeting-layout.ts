import type { Lang } from "../../scoring/types";
import { columnLetter } from "../grid";
import type { CellFont, FontSpan, MergedRange, OutputValue, RenderedSheet, RowHeight } from "../rendering/output-types";
import { DOCUMENT_MARGINS_MM, fillWidths, needsLandscape, printablePixels } from "../rendering/page-fit";
import { serifLineCount, serifLineWidth, serifWordWidth } from "../rendering/row-heights";
import { shareWrapWidth } from "../rendering/wrap-widths";
import { cellFormat, GENERAL_FORMAT } from "../rendering/text-safety";

/** Table rows a meeting paper fits on one printed page (see print.fitOnePage). */
export const ONE_PAGE_ROWS = 15;
import { documentHeading, signatureLines, type HeadingCell } from "./document-heading";

/**
 * Page layout shared by the meeting documents, as Vietnamese administrative documents are laid out
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body top left and the Quốc hiệu with the Tiêu ngữ top
 * right, the place and date, the title, a table filling the width of A4, then the recipients bottom left
 * and the signature block of the Khối trưởng bottom right; Times New Roman throughout.
 */
export interface MeetingColumn {
  header: string;
  /** Number format of the column's numbers; text cells always get "@". */
  format: string;
  /** Width in characters at which the column reads best; the columns are then stretched or narrowed to fill the page. */
  width: number;
  /** Narrowest width (wrapping columns give way first when the page is narrower); default `width`. */
  min?: number;
  wrap?: boolean;
}

export interface MeetingSheetSpec {
  name: string;
  tableName: string;
  /** The document's title (bold capitals), then its subtitle lines. */
  titles: string[];
  columns: MeetingColumn[];
  rows: OutputValue[][];
  /** Shown as the only table row when there are no rows. */
  emptyMessage: string;
  /** Lines between the table and the signature block. */
  remarks: string[];
  signature: SignatureOptions;
  /** The issuing body (Cấu hình "Khối") and the place of the date line (Cấu hình "Địa danh"), "" when not given. */
  issuer: { bloc: string; place: string };
}

export interface SignatureOptions {
  lang: Lang;
  /** Date printed above the signature block (injected so tests are deterministic). */
  now: Date;
  /** The Khối trưởng's signatory, printed under the signing space; left blank for a handwritten name otherwise. */
  leaderName?: string;
}

/** Options of every meeting document: the language, the date to print and the signatory. */
export type MeetingOptions = SignatureOptions;

/** Sizes of the convention: body 13 pt, table 12 pt, title 14 pt. */
export const DOCUMENT_FONT = "Times New Roman";
export const FONT_SIZES = { body: 13, table: 12, title: 14, motto: 13, nation: 12, issuer: 12, small: 11 } as const;
/** Room for the handwritten signature and the seal (about 3 cm). */
const SIGNING_SPACE_POINTS = 80;
/** Share of the page's width taken by the issuing body (left) and, beside it, by the national heading. */
const LEFT_SHARE = 0.42;

export function buildMeetingSheet(spec: MeetingSheetSpec): RenderedSheet {
  const width = spec.columns.length;
  const margins = DOCUMENT_MARGINS_MM;
  const columns = withRoomForWords(spec.columns, spec.rows);
  const landscape = needsLandscape(columns, margins);
  const columnWidths = shareByLines(columns, fillWidths(columns, printablePixels(landscape, margins)), spec.rows);
  const split = splitColumn(columnWidths, LEFT_SHARE);
  const values: OutputValue[][] = [];
  const formats: string[][] = [];
  const merges: MergedRange[] = [];
  const fonts: FontSpan[] = [];
  const rowHeights: RowHeight[] = [];
  const pad = (cells: OutputValue[]): OutputValue[] => [...cells, ...Array<OutputValue>(Math.max(0, width - cells.length)).fill(null)];
  const push = (row: OutputValue[], columnFormats?: string[]): number => {
    const padded = pad(row);
    values.push(padded);
    formats.push(padded.map((v, j) => cellFormat(v, columnFormats?.[j] ?? GENERAL_FORMAT)));
    return values.length - 1;
  };
  // A line of the page in two halves: the left cell spans columns [0, split), the right one [split, width).
  const pushHalves = (left: HeadingCell | null, right: HeadingCell | null): number => {
    const cells: OutputValue[] = Array<OutputValue>(width).fill(null);
    if (left) cells[0] = left.text;
    if (right) cells[split] = right.text;
    const r = push(cells);
    if (left) place(r, 0, split - 1, left);
    if (right) place(r, split, width - 1, right);
    return r;
  };
  const pushWhole = (cell: HeadingCell): number => {
    const r = push([cell.text]);
    place(r, 0, width - 1, cell);
    return r;
  };
  const place = (r: number, from: number, to: number, cell: HeadingCell) => {
    if (to > from) merges.push({ range: `${columnLetter(from + 1)}${r + 1}:${columnLetter(to + 1)}${r + 1}`, align: cell.align ?? "center" });
    fonts.push({ row: r, fromCol: from, toCol: to, font: cell.font });
  };

  const heading = documentHeading(spec.issuer, spec.signature.now, spec.signature.lang);
  for (const line of heading) pushHalves(line.left, line.right);
  push([]);
  const titleRows = spec.titles.map((text, i) => pushWhole(i === 0 ? { text, font: TITLE } : { text, font: SUBTITLE }));
  push([]);
  const headerRow = push(spec.columns.map((c) => c.header));
  fonts.push({ row: headerRow, font: { size: FONT_SIZES.table, bold: true } });
  const columnFormats = spec.columns.map((c) => c.format);
  if (spec.rows.length === 0) {
    const r = push([spec.emptyMessage]);
    merges.push({ range: `A${r + 1}:${columnLetter(width)}${r + 1}`, align: "left" });
  }
  for (const row of spec.rows) push(row, columnFormats);
  const tableEndRow = values.length - 1;
  if (tableEndRow > headerRow) fonts.push(...rangeOfRows(headerRow + 1, tableEndRow, { size: FONT_SIZES.table }));

  push([]);
  for (const remark of spec.remarks) pushWhole({ text: remark, font: { size: FONT_SIZES.body }, align: "left" });
  if (spec.remarks.length > 0) push([]);
  const closing = signatureLines(spec.signature);
  closing.forEach((line) => {
    const r = pushHalves(line.left, line.right);
    if (line.signingSpace) rowHeights.push({ row: r, points: SIGNING_SPACE_POINTS });
  });

  return {
    name: spec.name,
    values,
    numberFormats: formats,
    headerRow,
    tableName: spec.tableName,
    columnWidths,
    freezeRows: 0,
    // Only the table's header repeats on a second page, not the heading of the document.
    print: {
      landscape,
      fitToWidth: true,
      // A bloc has 5–11 members: its paper is one page with the signature under the table (Carlito or Calibri,
      // Excel or LibreOffice). A much longer list runs on to further pages at the chosen text size instead.
      fitOnePage: spec.rows.length <= ONE_PAGE_ROWS,
      printTitleRows: headerRow + 1,
      printTitleFirstRow: headerRow + 1,
      marginsMm: margins,
      centerHorizontally: true,
    },
    titleRows,
    wrapColumns: spec.columns.flatMap((c, j) => (c.wrap ? [j] : [])),
    merges,
    tableEndRow,
    font: { name: DOCUMENT_FONT, size: FONT_SIZES.body },
    fonts,
    rowHeights,
  };
}

/**
 * Columns no narrower than their header's longest word (bold) and, for the columns that do not wrap, their
 * widest value as printed: a header broken inside a word ("Hạn g") or a number shown as "###" would have to
 * be retyped before signing.
 */
function withRoomForWords(columns: readonly MeetingColumn[], rows: readonly OutputValue[][]): MeetingColumn[] {
  return columns.map((column, j) => {
    let need = serifWordWidth(column.header, FONT_SIZES.table, true);
    if (!column.wrap) for (const row of rows) need = Math.max(need, serifWordWidth(shownText(row[j], column.format), FONT_SIZES.table));
    const min = Math.max(column.min ?? column.width, need);
    return { ...column, min, width: Math.max(column.width, min) };
  });
}

/**
 * The width fillWidths gave the wrapping columns, shared again among them so the table prints as few lines
 * as it can (shareWrapWidth): "Hoàn thành xuất sắc nhiệm vụ" on two lines rather than three saves a line on
 * every row, where the same width in the notes saves one on a single row. Fewer lines keep a bloc's paper on
 * one page at the convention's text size.
 */
function shareByLines(columns: readonly MeetingColumn[], widths: number[], rows: readonly OutputValue[][]): number[] {
  const wrapping = columns.flatMap((c, col) => (c.wrap ? [{ col, min: Math.min(c.min ?? c.width, widths[col]) }] : []));
  if (wrapping.length < 2 || rows.length === 0) return widths;
  const spare = wrapping.reduce((sum, c) => sum + widths[c.col] - c.min, 0);
  const sheet = { values: [columns.map((c) => c.header), ...rows], headerRow: 0, tableEndRow: rows.length } as RenderedSheet;
  const natural = (col: number) => Math.max(...rows.map((row) => longestLineWidth(row[col])));
  const shared = shareWrapWidth(
    sheet,
    wrapping.map((c) => ({ col: c.col, min: c.min, max: Math.max(c.min, natural(c.col)) })),
    spare,
    { prepare: (value: OutputValue) => value, lines: (value: OutputValue, width: number) => serifLineCount(value, width, FONT_SIZES.table) },
  );
  const out = [...widths];
  for (const c of wrapping) out[c.col] = shared.get(c.col) ?? c.min;
  return out;
}

/** Width of a text's longest line in the table's font (a cell wider than this wraps nothing). */
function longestLineWidth(value: OutputValue | undefined): number {
  if (typeof value !== "string") return 0;
  return Math.max(0, ...value.split("\n").map((line) => serifLineWidth(line, FONT_SIZES.table)));
}

/** A cell as the paper prints it, near enough to measure: numbers with the column's decimals. */
function shownText(value: OutputValue | undefined, format: string): string {
  if (typeof value === "number") return value.toFixed(format.includes(".") ? format.length - format.indexOf(".") - 1 : 0);
  return value === null || value === undefined ? "" : String(value);
}

const TITLE: CellFont = { size: FONT_SIZES.title, bold: true };
const SUBTITLE: CellFont = { size: FONT_SIZES.body, bold: true };

function rangeOfRows(from: number, to: number, font: CellFont): FontSpan[] {
  const spans: FontSpan[] = [];
  for (let r = from; r <= to; r++) spans.push({ row: r, font });
  return spans;
}

/** The first column of the right half: where the running width passes `share` of the whole (at least one column each side). */
function splitColumn(widths: readonly number[], share: number): number {
  if (widths.length < 2) return widths.length;
  const total = widths.reduce((s, w) => s + w, 0);
  let run = 0;
  for (let c = 0; c < widths.length - 1; c++) {
    run += widths[c];
    if (run >= total * share) return c + 1;
  }
  return widths.length - 1;
}

export { dateLine } from "./document-heading";
