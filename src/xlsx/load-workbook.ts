import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../workbook/grid";
import { fileError } from "./file-errors";
import { openWorkbook } from "./package/open-workbook";
import type { GridOptions } from "./package/workbook-grid";

/**
 * The ExcelJS module as a value (Workbook constructor and friends): passed in because the command line
 * imports ExcelJS's Node build and the web page lazily loads its browser build.
 */
export type ExcelModule = typeof ExcelJS;

export interface LoadedWorkbook {
  /** Kept to write the output sheets into, until the package writer (src/xlsx/package/) replaces it. */
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/**
 * Interim: the grid from the package reader (src/xlsx/package/open-workbook.ts), plus the same bytes
 * loaded by ExcelJS for today's writer. Throws WorkbookFileError (.xls, password, empty, damaged naming
 * the part, too large, not a workbook…) with a message for the officer; `label` names the file. Every
 * sheet's cells are read unless `options.wanted` says otherwise. The fourth parameter of old (an
 * inflate function) is no longer needed and ignored.
 */
export async function loadWorkbookBytes(excel: ExcelModule, bytes: Uint8Array, label: string, _inflate?: unknown, options: GridOptions = {}): Promise<LoadedWorkbook> {
  const { grid } = openWorkbook(bytes, label, { wanted: options.wanted ?? (() => true) });
  const workbook = new excel.Workbook();
  try {
    // ExcelJS declares its own Buffer interface; both of its builds read any Uint8Array (JSZip does).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // The package reader read the file; ExcelJS (still needed to write the copy) could not.
    throw fileError("damaged", label);
  }
  return { workbook, grid };
}
