import type ExcelJS from "exceljs";
import type { Localized } from "../scoring/types";
import { EXTRA_SHEET_SIGNATURES, extraSheetKindOf, type ExistingSheet, type ExtraSheetKind } from "../workbook/output-sheets/extra-sheet-placement";
import { OUTPUT_SHEETS } from "../workbook/output-sheets/output-names";
import { textKey } from "../workbook/reading/text-key";
import { tablesOf } from "./to-grid";

const CONTRACT_ORDER = [OUTPUT_SHEETS.ranking, OUTPUT_SHEETS.breakdown, OUTPUT_SHEETS.checks];
const EXTRA_ORDER: readonly ExtraSheetKind[] = ["summary", "awards", "chart", "history", "historyData"];

/**
 * Every sheet the program writes, in the order they follow the officer's sheets: the contract's three
 * first (Xếp hạng, Chi tiết điểm, Kiểm tra), then the meeting documents, the chart and the history.
 */
export const PROGRAM_SHEET_ORDER: readonly Localized[] = [...CONTRACT_ORDER, ...EXTRA_ORDER.map((kind) => EXTRA_SHEET_SIGNATURES[kind].names)];

/** Position of a contract sheet's name (either language) in PROGRAM_SHEET_ORDER, -1 for every other name. */
export function contractSheetIndex(name: string): number {
  const key = textKey(name);
  return CONTRACT_ORDER.findIndex((n) => textKey(n.vi) === key || textKey(n.en) === key);
}

/** Position of an extra sheet's kind in PROGRAM_SHEET_ORDER. */
export function extraSheetIndex(kind: ExtraSheetKind): number {
  return CONTRACT_ORDER.length + EXTRA_ORDER.indexOf(kind);
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
