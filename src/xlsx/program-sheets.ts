import type ExcelJS from "exceljs";
import {
  contractSheetKindOf,
  extraSheetKindOf,
  programSheetIndex as registryIndex,
  type ExistingSheet,
  type ExtraSheetKind,
} from "../workbook/output-sheets/program-sheets";
import { tablesOf } from "./to-grid";

/** The order and recognition of the program's sheets live in the registry (src/workbook/output-sheets/program-sheets.ts). */
export { PROGRAM_SHEET_ORDER } from "../workbook/output-sheets/program-sheets";

/** Position of a contract sheet's name (either language) in PROGRAM_SHEET_ORDER, -1 for every other name. */
export function contractSheetIndex(name: string): number {
  const kind = contractSheetKindOf(name);
  return kind === null ? -1 : registryIndex(kind);
}

/** Position of an extra sheet's kind in PROGRAM_SHEET_ORDER. */
export function extraSheetIndex(kind: ExtraSheetKind): number {
  return registryIndex(kind);
}

/**
 * Position of an existing sheet in PROGRAM_SHEET_ORDER, -1 for the officer's sheets: a sheet named like an
 * extra sheet is the program's only when it carries the program's signature (extra-sheet-placement.ts).
 */
export function programSheetIndex(ws: ExcelJS.Worksheet): number {
  const contract = contractSheetIndex(ws.name);
  if (contract >= 0) return contract;
  const kind = extraSheetKindOf(existingSheetOf(ws));
  return kind === null ? -1 : extraSheetIndex(kind);
}

/** What the placement decision needs of an ExcelJS worksheet. */
export function existingSheetOf(ws: ExcelJS.Worksheet): ExistingSheet {
  const tables = tablesOf(ws).map((t) => (t as unknown as { table?: { name: string } }).table?.name ?? t.name);
  // findCell, not getCell: looking must not add a row to the officer's sheet.
  const a1 = ws.findCell(1, 1)?.value;
  return { name: ws.name, tables, content: { a1: typeof a1 === "string" ? a1 : null, empty: ws.actualRowCount === 0 } };
}
