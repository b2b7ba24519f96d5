/**
 * The plain cell grid every adapter produces (the .xlsx package reader for files and the web page, Office.js in Excel) and
 * the reader consumes. Keeping the reader on this shape is what lets one contract serve every adapter.
 */

/** An Excel error value such as #DIV/0!, #REF!, #N/A, #VALUE!. */
export interface CellError {
  error: string;
}

/** A cell as read: formulas are already replaced by their cached result; rich text flattened. */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface SheetGrid {
  name: string;
  /** rows[i][j] is the cell at worksheet row originRow + i, column originCol + j (both 1-based). */
  rows: CellValue[][];
  originRow: number;
  originCol: number;
  /** Same shape as rows when known: the cell number formats ("0%", "@", "General"…). */
  numberFormats?: string[][];
  /** 1-based worksheet row numbers of hidden rows. */
  hiddenRows?: number[];
  /**
   * Excel tables on the sheet: name and A1 range ("B3:K20"), header row first. `totalsRow` (optional,
   * added for real files): the table's last row is its Total Row (Table Design → Total Row), never data,
   * whatever it holds; adapters that know it set it.
   */
  tables?: { name: string; range: string; totalsRow?: boolean }[];
  visible?: boolean;
}

/**
 * The error name an adapter gives a formula cell saved without its result (a file written by a program
 * and never opened in Excel: ExcelJS, scripts). Its value is unknown, so the reader reports the cell
 * instead of reading it as empty or 0. Excel itself always saves results, so Office.js never needs it.
 */
export const FORMULA_WITHOUT_RESULT = "#NO_RESULT";

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** A formula cell whose result the file does not hold (see FORMULA_WITHOUT_RESULT). */
export function isFormulaWithoutResult(value: CellValue | undefined): boolean {
  return value !== undefined && isCellError(value) && value.error === FORMULA_WITHOUT_RESULT;
}

/** "A".."Z", "AA"… for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** Inverse of columnLetter. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parse "B3" into 1-based row/col; null when not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const plain = plainAddress(a1);
  if (plain !== null) return plain;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/**
 * An address as files write every cell's ("B3": capitals, then digits), read without a regular expression:
 * a sheet has tens of thousands. Null for any other spelling, which parseAddress reads the long way.
 */
function plainAddress(a1: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  for (; i < a1.length && i < 3; i++) {
    const code = a1.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const digits = a1.length - i;
  // Up to 15 digits the sum below is exact, as Number() reads them.
  if (i === 0 || digits === 0 || digits > 15) return null;
  let row = 0;
  for (; i < a1.length; i++) {
    const code = a1.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + code - 48;
  }
  return { row, col };
}
