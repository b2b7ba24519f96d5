import type { RenderedSheet } from "../workbook/rendering/output-types";
import type { WorkbookEngine } from "./rank-file";
import { addRenderedSheet } from "./write-sheet";

/**
 * A new workbook holding one rendered sheet, as .xlsx bytes (the batch's tong-hop.xlsx). Interim: written
 * through ExcelJS's public API by today's engine; the package writer (src/xlsx/package/) will build it
 * from the same RenderedSheet over an empty package.
 */
export async function singleSheetWorkbook(sheet: RenderedSheet, engine: Pick<WorkbookEngine, "blank" | "save">): Promise<Uint8Array> {
  const workbook = engine.blank();
  addRenderedSheet(workbook, sheet, sheet.tableName);
  return engine.save(workbook);
}
