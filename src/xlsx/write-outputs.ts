import type ExcelJS from "exceljs";
import { OUTPUT_SHEETS, type OutputSheetKey } from "../workbook/output-sheets/output-names";
import type { RenderedOutputs, RenderedSheet } from "../workbook/rendering/output-types";
import { textKey } from "../workbook/reading/text-key";
import { tablesOf } from "./to-grid";
import { addRenderedSheet } from "./write-sheet";

const ORDER: OutputSheetKey[] = ["ranking", "breakdown", "checks"];

/**
 * Adds or replaces ONLY the program's output sheets: each rendered sheet's old version (under its
 * Vietnamese or English name) is removed and the new one appended after the others, in the order
 * Xếp hạng, Chi tiết điểm, Kiểm tra. A null sheet (ranking blocked by errors) leaves the old one
 * exactly as it was. Nothing else in the workbook is touched. Returns the names of the sheets replaced.
 */
export function writeOutputs(workbook: ExcelJS.Workbook, outputs: RenderedOutputs): string[] {
  const toWrite = ORDER.flatMap((key) => {
    const sheet = outputs[key];
    return sheet ? [{ key, sheet }] : [];
  });
  const replaced = toWrite.flatMap(({ key }) => removeOutputSheet(workbook, key));
  for (const { sheet } of toWrite) addRenderedSheet(workbook, sheet, freeTableName(workbook, sheet));
  return replaced;
}

function removeOutputSheet(workbook: ExcelJS.Workbook, key: OutputSheetKey): string[] {
  const names = [textKey(OUTPUT_SHEETS[key].vi), textKey(OUTPUT_SHEETS[key].en)];
  const old = workbook.worksheets.filter((ws) => names.includes(textKey(ws.name)));
  for (const ws of old) workbook.removeWorksheet(ws.id);
  return old.map((ws) => ws.name);
}

/** Table names are unique across a workbook (case-insensitive): an officer's table may already use ours. */
export function freeTableName(workbook: ExcelJS.Workbook, sheet: RenderedSheet): string {
  const taken = new Set(workbook.worksheets.flatMap((ws) => tablesOf(ws).map((t) => tableName(t).toLowerCase())));
  let name = sheet.tableName;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${sheet.tableName}${i}`;
  return name;
}

function tableName(table: ExcelJS.Table): string {
  const model = (table as unknown as { table?: { name: string } }).table;
  return model?.name ?? table.name;
}
