import ExcelJS from "exceljs";
import { LINE_HEIGHT, lineCount } from "../src/workbook/rendering/row-heights";
import { noteRowsAbove } from "../src/workbook/sample/note-rows";

export type InputCell = string | number | boolean | Date | null;

export interface InputSheetSpec {
  name: string;
  /** rows[0] is worksheet row 1, column 0 is column A. */
  rows: InputCell[][];
  /** Put an Excel table over the header row and the data rows below it. */
  table?: boolean;
  /** Widths in characters; missing columns are sized from their content. */
  columnWidths?: number[];
  /** 0-based index in rows of the header row (default 0); rows above it are notes (title, "số liệu minh họa"). */
  headerRow?: number;
}

/**
 * Fixed so that a workbook generated twice from the same data is the same workbook (the committed sample,
 * benchmark files); ExcelJS would otherwise stamp the time of writing.
 */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2019, 0, 15, 8, 0, 0));

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const A4 = 9;
/**
 * Summed column widths (in characters) above which a sheet prints landscape: A4 portrait holds about
 * 95 characters between 0.5" margins, so a wider table would shrink below ~95 % to fit one page wide.
 */
export const LANDSCAPE_ABOVE_WIDTH = 100;
/** Inches; narrow enough to give the table room, wide enough for every office printer's unprintable edge. */
const MARGINS: ExcelJS.Margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
// Sheet name left, "Trang 2/5" right: loose printed pages can be put back in order.
const FOOTER = "&L&A&RTrang &P/&N";
const WRAP_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const TOP_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: "top" };

/**
 * Builds a workbook that looks like an officer's: note rows on top, a bold filled header, sensible column
 * widths, the header frozen, optionally an Excel table, and ready to print (A4 one page wide, header
 * repeated, long notes and texts wrapped within the table). Used for the bundled sample, test workbooks and
 * the benchmark workbook, so the reader is exercised on realistic files rather than bare grids.
 */
export function buildInputWorkbook(sheets: InputSheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "khoi-thi-dua";
  workbook.lastModifiedBy = "khoi-thi-dua";
  workbook.created = FIXED_WORKBOOK_DATE;
  workbook.modified = FIXED_WORKBOOK_DATE;
  const tableNames = new Set<string>();
  for (const spec of sheets) addSheet(workbook, spec, tableNames);
  return workbook;
}

function addSheet(workbook: ExcelJS.Workbook, spec: InputSheetSpec, tableNames: Set<string>): void {
  const headerIndex = spec.headerRow ?? 0;
  if (!Number.isInteger(headerIndex) || headerIndex < 0 || (spec.rows.length > 0 && headerIndex >= spec.rows.length)) {
    throw new RangeError(`Sheet "${spec.name}": headerRow ${headerIndex} is outside its ${spec.rows.length} rows`);
  }
  const sheet = workbook.addWorksheet(spec.name);
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      if (r < headerIndex) cell.font = { italic: true, color: { argb: "FF7F6000" } };
    });
  });
  if (spec.rows.length === 0) return;

  const header = spec.rows[headerIndex];
  const headerRowNumber = headerIndex + 1;
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  for (let c = 1; c <= header.length; c++) {
    const cell = sheet.getCell(headerRowNumber, c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: "middle", wrapText: true };
  }
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    widths.push(spec.columnWidths?.[c] ?? contentWidth(spec.rows.slice(headerIndex), c));
    sheet.getColumn(c + 1).width = widths[c];
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber }];
  const tableColumns = Math.max(1, header.length);
  for (const r of noteRowsAbove(spec.rows, headerIndex)) wrapNoteRow(sheet, spec.rows[r][0] as string, r + 1, widths.slice(0, tableColumns));
  fitRowHeight(sheet, header, headerRowNumber, widths);
  spec.rows.slice(headerIndex + 1).forEach((row, i) => wrapLongTexts(sheet, row, headerRowNumber + 1 + i, widths));
  setPageSetup(sheet, headerRowNumber, widths.slice(0, tableColumns));

  const dataRows = spec.rows.slice(headerIndex + 1);
  if (spec.table && canBeTable(header) && dataRows.length > 0) {
    addTable(sheet, spec.name, header as (string | number)[], dataRows, headerRowNumber, tableNames);
  }
}

/**
 * A note written in one cell runs on to the right as far as the text goes, so a long note would make the
 * printed page wider than the table. Merged over the table's columns and wrapped, it stays within them;
 * the row is made taller by hand because neither Excel nor LibreOffice grows a merged row to fit.
 */
function wrapNoteRow(sheet: ExcelJS.Worksheet, note: string, rowNumber: number, tableWidths: number[]): void {
  const cell = sheet.getCell(rowNumber, 1);
  // Alignment before merging: ExcelJS gives the merged cells the top-left cell's style as it is then.
  cell.alignment = WRAP_ALIGNMENT;
  if (tableWidths.length > 1) sheet.mergeCells(rowNumber, 1, rowNumber, tableWidths.length);
  const lines = lineCount(note, tableWidths.reduce((sum, w) => sum + w, 0));
  if (lines > 1) sheet.getRow(rowNumber).height = lines * LINE_HEIGHT;
}

/**
 * Text longer than its column wraps inside it instead of being cut off on the printed page by the next
 * cell; the row's other cells move to the top with it, so the row still reads as one line.
 */
function wrapLongTexts(sheet: ExcelJS.Worksheet, row: InputCell[], rowNumber: number, widths: number[]): void {
  const lines = row.map((value, c) => (typeof value === "string" ? lineCount(value, widths[c] ?? MIN_WIDTH) : 1));
  const tallest = Math.max(1, ...lines);
  if (tallest === 1) return;
  row.forEach((value, c) => {
    if (value === null) return;
    sheet.getCell(rowNumber, c + 1).alignment = lines[c] > 1 ? WRAP_ALIGNMENT : TOP_ALIGNMENT;
  });
  sheet.getRow(rowNumber).height = tallest * LINE_HEIGHT;
}

function fitRowHeight(sheet: ExcelJS.Worksheet, row: InputCell[], rowNumber: number, widths: number[]): void {
  const lines = Math.max(1, ...row.map((value, c) => (typeof value === "string" ? lineCount(value, widths[c] ?? MIN_WIDTH) : 1)));
  if (lines > 1) sheet.getRow(rowNumber).height = lines * LINE_HEIGHT;
}

/**
 * A4, one page wide however long the sheet (fitToHeight 0 lets it run on), landscape when the table is
 * wide, and the rows down to the header repeated on every page, so page 3 of "Chỉ tiêu" still says what
 * each column is and, in the sample, that its figures are invented.
 */
function setPageSetup(sheet: ExcelJS.Worksheet, headerRowNumber: number, tableWidths: number[]): void {
  const tableWidth = tableWidths.reduce((sum, w) => sum + w, 0);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: tableWidth > LANDSCAPE_ABOVE_WIDTH ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `1:${headerRowNumber}`,
    margins: MARGINS,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: FOOTER };
}

/** Excel refuses a table without data rows or with empty/duplicate header names: those sheets stay plain ranges. */
function canBeTable(header: InputCell[]): boolean {
  const names = header.map((h) => (h === null ? "" : String(h).trim()));
  return names.length > 0 && names.every((n) => n !== "") && new Set(names).size === names.length;
}

function addTable(
  sheet: ExcelJS.Worksheet,
  sheetName: string,
  header: (string | number)[],
  dataRows: InputCell[][],
  headerRowNumber: number,
  tableNames: Set<string>,
): void {
  const name = uniqueTableName(sheetName, tableNames);
  sheet.addTable({
    name,
    displayName: name,
    ref: `A${headerRowNumber}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((h) => ({ name: String(h), filterButton: true })),
    rows: dataRows.map((row) => header.map((_, c) => row[c] ?? null)),
  });
}

/** Table names must be unique, start with a letter and hold no spaces or accents: "Chỉ tiêu" → "tbl_ChiTieu". */
function uniqueTableName(sheetName: string, taken: Set<string>): string {
  const ascii = sheetName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  const base = "tbl_" + (ascii || "Sheet");
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function contentWidth(rows: InputCell[][], col: number): number {
  let longest = 0;
  for (const row of rows) {
    const value = row[col];
    if (value === null || value === undefined) continue;
    const text = value instanceof Date ? "00/00/0000" : String(value);
    longest = Math.max(longest, text.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
