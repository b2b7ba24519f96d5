import type ExcelJS from "exceljs";

/*
 * What is left of the ExcelJS reader: the grid now comes from the package reader (src/xlsx/package/,
 * open-workbook.ts). tablesOf serves today's ExcelJS writer (write-outputs.ts, program-sheets.ts) and
 * goes with it when the package writer takes over.
 */

/** ExcelJS declares getTables() as [Table, void][] but returns the Table objects themselves. */
export function tablesOf(sheet: ExcelJS.Worksheet): ExcelJS.Table[] {
  return sheet.getTables() as unknown as ExcelJS.Table[];
}
