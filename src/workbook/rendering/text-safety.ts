import type { OutputValue } from "./output-types";

/** Excel's text number format: a cell formatted "@" keeps whatever is typed or written as text. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/**
 * The number format a rendered cell gets. EVERY text cell is "@", not only those starting with
 * = + - @: Excel and Office.js `values` writes also turn "001" into 1, "1/2" into a date and
 * "TRUE" into a boolean, and unit codes or notes must stay exactly as the officer typed them.
 * No apostrophe is ever prefixed, so the stored text is the officer's text.
 */
export function cellFormat(value: OutputValue, numberFormat: string): string {
  if (typeof value === "string") return TEXT_FORMAT;
  if (value === null) return GENERAL_FORMAT;
  return numberFormat;
}
