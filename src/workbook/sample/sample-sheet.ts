/** One input sheet of a bundled sample, as plain rows so the add-in can write it without ExcelJS. */
export interface SampleSheet {
  name: string;
  /** rows[0] is worksheet row 1, column 0 is column A. */
  rows: (string | number | null)[][];
  columnWidths?: number[];
  /** 0-based index in rows of the header row; the rows above it are notes. */
  headerRow?: number;
}

/** Shown above every header: the officer must never mistake the sample for a real ranking. */
export const INVENTED_FIGURES_NOTE =
  "Số liệu minh họa, không phải số liệu thật của Khối 17 năm 2018 — thay bằng số liệu của khối mình.";

/** A sheet whose first row is the note and second row the header. */
export function noteAboveHeader(
  name: string,
  header: string[],
  data: (string | number | null)[][],
  columnWidths: number[],
): SampleSheet {
  const blankRest = header.slice(1).map(() => null);
  return { name, rows: [[INVENTED_FIGURES_NOTE, ...blankRest], header, ...data], columnWidths, headerRow: 1 };
}
