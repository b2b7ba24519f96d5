/**
 * The rows above a header that hold only a note in their first cell (a title, "Số liệu minh họa…"), 0-based.
 * A note typed in one cell runs on to the right as far as its text goes (cut off by the next filled cell
 * on screen, wider than the table on paper); merged over the table's columns and wrapped, it stays within
 * them. Shared by the add-in's "Tạo mẫu" and the ExcelJS workbook builder so both lay the sample out alike.
 */
export function noteRowsAbove(rows: readonly (readonly unknown[])[], headerRow: number): number[] {
  const notes: number[] = [];
  for (let r = 0; r < Math.min(headerRow, rows.length); r++) if (isNoteOnlyRow(rows[r])) notes.push(r);
  return notes;
}

export function isNoteOnlyRow(row: readonly unknown[]): boolean {
  return typeof row[0] === "string" && row[0] !== "" && row.slice(1).every((v) => v === null || v === undefined || v === "");
}

/** Excel's standard column width in characters (Calibri 11), for columns given no width. */
const EXCEL_DEFAULT_WIDTH = 8.43;

/**
 * 0-based columns whose text, in some row below the header, is longer than the column is wide (widths in
 * characters, as Excel counts them): those would be cut off by the next cell, so they wrap instead.
 * Counted in code points of the NFC form, so an accented Vietnamese letter is one character either way.
 */
export function overflowingTextColumns(rows: readonly (readonly unknown[])[], headerRow: number, widths: readonly number[]): number[] {
  const columns = new Set<number>();
  for (const row of rows.slice(headerRow + 1)) {
    row.forEach((value, c) => {
      if (typeof value === "string" && [...value.normalize("NFC")].length > (widths[c] ?? EXCEL_DEFAULT_WIDTH)) columns.add(c);
    });
  }
  return [...columns].sort((a, b) => a - b);
}
