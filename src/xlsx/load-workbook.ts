import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../workbook/grid";
import { fileError } from "./file-errors";
import { detectFileKind } from "./file-kind";
import { restoreEmptyStringResults } from "./string-results";
import { workbookToGrid } from "./to-grid";
import { streamInflateRaw, type InflateRaw } from "./zip-reader";

/**
 * The ExcelJS module as a value (Workbook constructor and friends): passed in because the command line
 * imports ExcelJS's Node build and the web page lazily loads its browser build.
 */
export type ExcelModule = typeof ExcelJS;

export interface LoadedWorkbook {
  /** Kept to write the output sheets into: every input sheet, style and table survives. */
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/**
 * Loads .xlsx bytes, on Node or in a browser; throws WorkbookFileError (.xls, password, empty, damaged,
 * not a workbook…) with a message for the officer. `label` names the file in messages. `inflate` reads
 * the few sheet parts ExcelJS loses a fact of (see string-results.ts); the command line passes node:zlib.
 */
export async function loadWorkbookBytes(excel: ExcelModule, bytes: Uint8Array, label: string, inflate: InflateRaw = streamInflateRaw): Promise<LoadedWorkbook> {
  switch (detectFileKind(bytes)) {
    case "empty":
      throw fileError("empty", label);
    case "xls":
      throw fileError("xls", label);
    case "encrypted":
      throw fileError("encrypted", label);
    case "damaged":
      throw fileError("damaged", label);
    case "unknown":
      throw fileError("not-workbook", label);
    case "zip":
      break;
  }
  const workbook = new excel.Workbook();
  try {
    // ExcelJS declares its own Buffer interface; both of its builds read any Uint8Array (JSZip does).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // A whole zip (its directory is there) that ExcelJS cannot read: a part is cut or its XML broken.
    throw fileError("damaged", label);
  }
  // A .docx or a plain zip loads as a workbook without any sheet.
  if (workbook.worksheets.length === 0) throw fileError("not-workbook", label);
  const grid = workbookToGrid(workbook);
  await restoreEmptyStringResults(grid, bytes, inflate);
  return { workbook, grid };
}
