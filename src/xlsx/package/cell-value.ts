import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../workbook/grid";

/**
 * One <c> element's value as the reader sees it (see grid.ts): formulas by their cached result, text
 * of shared and inline strings, numbers, booleans, error values, and numbers in date-formatted cells as
 * Dates. What the element held, collected while streaming:
 */
export interface RawCell {
  /** The t="…" attribute (absent = number). */
  type: string | undefined;
  /** Text of <v>, null when the cell has no <v> at all. */
  v: string | null;
  /** Text of an inline string (<is>), null when none. */
  inline: string | null;
  hasFormula: boolean;
}

export interface CellContext {
  sharedString(index: number): string | null;
  /** The style shows a date (styles.ts). */
  isDate: boolean;
  date1904: boolean;
}

/**
 * A formula without a saved result (ExcelJS writes <c><f>…</f></c>, openpyxl <c><f>…</f><v/></c>,
 * neither ever calculates) has an unknown value: FORMULA_WITHOUT_RESULT, so the reader names the cell.
 * Excel saves a text result as t="str" also when it is empty, so <c t="str"><f>…</f><v/></c> is "".
 * Returns undefined for a cell element that holds nothing (a styled empty cell).
 */
export function cellValue(raw: RawCell, context: CellContext): CellValue | undefined {
  const v = raw.v;
  if (raw.hasFormula) {
    if (raw.type === "str") return v ?? "";
    if (v === null || v === "") return { error: FORMULA_WITHOUT_RESULT };
    return typedValue(raw.type, v, context);
  }
  if (raw.type === "inlineStr") return raw.inline ?? undefined;
  if (v === null || v === "") return undefined;
  if (raw.type === "s") return context.sharedString(Number(v));
  return typedValue(raw.type, v, context);
}

function typedValue(type: string | undefined, v: string, context: CellContext): CellValue {
  switch (type) {
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return { error: v.trim() };
    case "d": {
      // ISO 8601 date-time (Strict files, some exports); local time written without zone is read as UTC, as Excel's serials are.
      const text = v.trim();
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
      return Number.isNaN(date.getTime()) ? v : date;
    }
    default: {
      const number = Number(v.trim());
      // A number cell holding something else (a broken writer): its text, which the reader reports as not a number.
      if (!Number.isFinite(number) && v.trim() !== "") return Number.isNaN(number) ? v : number;
      return context.isDate ? excelDate(number, context.date1904) : number;
    }
  }
}

/** Excel's serial day number (days since 1899-12-30, or 1904-01-01) as a UTC Date, to the millisecond. */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
