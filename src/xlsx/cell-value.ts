import type ExcelJS from "exceljs";
import type { CellValue } from "../workbook/grid";

/**
 * One ExcelJS cell as the reader sees it: formulas by their cached result (ExcelJS never calculates),
 * rich text and hyperlinks by their text, error values as CellError. The non-master cells of a merged
 * range are empty, as Excel itself (and so the Office.js adapter) reports them.
 */
export function toCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return fromValue(cell.value);
}

function fromValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value.richText);
  if ("hyperlink" in value) return hyperlinkText(value);
  if ("formula" in value || "sharedFormula" in value) return fromValue(value.result ?? null);
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
