import type ExcelJS from "exceljs";
import { FORMULA_WITHOUT_RESULT, type CellValue } from "../workbook/grid";

/**
 * One ExcelJS cell as the reader sees it: formulas by their cached result (ExcelJS never calculates),
 * rich text and hyperlinks by their text, error values as CellError. The non-master cells of a merged
 * range are empty, as Excel itself (and so the Office.js adapter) reports them.
 *
 * A formula whose file holds no result becomes { error: FORMULA_WITHOUT_RESULT }, so the reader names
 * the cell instead of ranking on a guess. ExcelJS also loses a saved "" result (t="str" with an empty
 * <v>): loadWorkbookBytes turns those cells back into "" from the sheet XML (see string-results.ts).
 */
export function toCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (isFormula(value)) return formulaResult(cell);
  return fromValue(value);
}

function isFormula(value: ExcelJS.CellValue | undefined): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && ("formula" in value || "sharedFormula" in value);
}

/**
 * cell.value copies only truthy fields of a formula's model, so a cached 0, FALSE or "" comes back as
 * "no result"; cell.result reads the model itself, which keeps 0 and FALSE.
 */
function formulaResult(cell: ExcelJS.Cell): CellValue {
  const result = cell.result as ExcelJS.CellValue | undefined;
  if (result === null || result === undefined) return { error: FORMULA_WITHOUT_RESULT };
  return fromValue(result);
}

function fromValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value.richText);
  if ("hyperlink" in value) return hyperlinkText(value);
  return null;
}

function richText(parts: ExcelJS.RichText[]): string {
  return parts.map((p) => p.text).join("");
}

/** ExcelJS types a hyperlink's text as a string, but a styled link carries rich text there. */
function hyperlinkText(value: ExcelJS.CellHyperlinkValue): string {
  const text: unknown = value.text;
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) return richText((text as ExcelJS.CellRichTextValue).richText);
  return value.hyperlink;
}
