import type { WorkbookGrid } from "../../../src/workbook/grid";
import { KHOI_17_SAMPLE, type SampleSheet } from "../../../src/workbook/sample/khoi-17-kien-giang-2018";

export type Row = Record<string, string | number | null>;

export function sampleSheet(name: string): SampleSheet {
  const sheet = KHOI_17_SAMPLE.find((s) => s.name === name);
  if (!sheet) throw new Error(`sample has no sheet ${name}`);
  return sheet;
}

/** The data rows of a sample sheet keyed by header, so tests read like the contract. */
export function sampleTable(name: string): Row[] {
  const sheet = sampleSheet(name);
  const headerIndex = sheet.headerRow ?? 0;
  const header = sheet.rows[headerIndex].map(String);
  return sheet.rows.slice(headerIndex + 1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
}

export function codesOf(cell: string | number | null): string[] {
  return String(cell ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sample as the add-in would read it back after inserting it: rectangular rows from A1. */
export function sampleGrid(): WorkbookGrid {
  return {
    sheets: KHOI_17_SAMPLE.map((sheet) => {
      const width = Math.max(...sheet.rows.map((r) => r.length));
      return { name: sheet.name, rows: sheet.rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), originRow: 1, originCol: 1 };
    }),
  };
}
