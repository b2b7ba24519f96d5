import { cellText, isEmptyCell } from "./cell-values";
import type { CellValue } from "../grid";

/** A criterion reference as text: 1 (a number cell) → "1", " TC1 " → "TC1"; null when empty. */
export function criterionText(value: CellValue): string | null {
  if (isEmptyCell(value)) return null;
  return cellText(value);
}
