import { columnLetter, columnNumber } from "../../src/workbook/grid";

/** A 0-based, end-exclusive rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Whole columns and rows stand in for Excel's full grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Parse "A1", "B3:K20", "A:C", "$1:$3", optionally prefixed by "Sheet!" or "'Sheet name'!". */
export function parseRange(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, second = first] = bare.replace(/\$/g, "").toUpperCase().split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const rowOnly = /^(\d+)$/;
  const a = cell.exec(first);
  const b = cell.exec(second);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnNumber(a[1]) - 1;
    const c2 = columnNumber(b[1]) - 1;
    return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  const ca = colOnly.exec(first);
  const cb = colOnly.exec(second);
  if (ca && cb) {
    const c1 = columnNumber(ca[1]) - 1;
    const c2 = columnNumber(cb[1]) - 1;
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  const ra = rowOnly.exec(first);
  const rb = rowOnly.exec(second);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw new Error(`InvalidArgument: '${address}' is not a range address`);
}

export function rectAddress(rect: Rect): string {
  const start = columnLetter(rect.col + 1) + (rect.row + 1);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetter(rect.col + rect.cols) + (rect.row + rect.rows)}`;
}

/** Excel quotes sheet names that are not plain identifiers in addresses: 'Chỉ tiêu'!A1:H20. */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${rectAddress(rect)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** UTF-8 size of a JSON payload: what the request to Excel on the web actually carries. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
