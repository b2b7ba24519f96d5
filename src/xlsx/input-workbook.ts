import ExcelJS from "exceljs";

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

/**
 * Builds a workbook that looks like an officer's: note rows on top, a bold filled header, sensible column
 * widths, the header frozen, optionally an Excel table. Used for the bundled sample, test workbooks and
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
  for (let c = 0; c < width; c++) {
    sheet.getColumn(c + 1).width = spec.columnWidths?.[c] ?? contentWidth(spec.rows.slice(headerIndex), c);
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber }];

  const dataRows = spec.rows.slice(headerIndex + 1);
  if (spec.table && canBeTable(header) && dataRows.length > 0) {
    addTable(sheet, spec.name, header as (string | number)[], dataRows, headerRowNumber, tableNames);
  }
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
