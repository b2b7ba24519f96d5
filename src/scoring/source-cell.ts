import type { SourceRef } from "./types";

/** A1 address of the first of `fields` the reader recorded for this row; "" when none is known. */
export function cellOf(source: SourceRef | null | undefined, ...fields: string[]): string {
  if (!source) return "";
  for (const field of fields) {
    const cell = source.cells[field];
    if (cell) return cell;
  }
  const any = Object.values(source.cells).find((c): c is string => !!c);
  return any ?? "";
}

/** Sheet order: rows are joined by code, never by position, but every list is walked top to bottom. */
export function bySheetRow<T extends { source: SourceRef }>(rows: readonly T[]): T[] {
  // Readers produce rows top to bottom already: check that before paying for a sort.
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1].source.row <= rows[i].source.row;
  if (sorted) return rows.slice();
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.source.row - b.row.source.row || a.index - b.index)
    .map((x) => x.row);
}
