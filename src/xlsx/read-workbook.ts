import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../workbook/grid";
import { fileError } from "./file-errors";
import { detectFileKind } from "./file-kind";
import { workbookToGrid } from "./to-grid";

export interface LoadedWorkbook {
  /** Kept to write the output sheets into: every input sheet, style and table survives. */
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/** Reads an .xlsx file; throws WorkbookFileError (missing, .xls, password, not a workbook…) with a message for the officer. */
export async function readWorkbookFile(path: string): Promise<LoadedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileError("missing", path);
    throw fileError("unreadable", path, code ?? String(error));
  }
  return readWorkbookBuffer(bytes, path);
}

/** `label` names the file in messages. */
export async function readWorkbookBuffer(bytes: Buffer, label = "workbook"): Promise<LoadedWorkbook> {
  switch (detectFileKind(bytes)) {
    case "xls":
      throw fileError("xls", label);
    case "encrypted":
      throw fileError("encrypted", label);
    case "unknown":
      throw fileError("not-workbook", label);
    case "zip":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's declared Buffer type is its own ArrayBuffer-based interface, not Node's Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError("not-workbook", label);
  }
  // A .docx or a plain zip loads as a workbook without any sheet.
  if (workbook.worksheets.length === 0) throw fileError("not-workbook", label);
  return { workbook, grid: workbookToGrid(workbook) };
}
