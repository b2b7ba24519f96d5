import { formatInput } from "../../scoring/number-display";
import { isCellError, type CellValue } from "../grid";
import { parseNumberText } from "./number-text";
import { compactKey } from "./text-key";

/**
 * One cell read as a number the way officers actually fill them: real numbers, numbers typed as
 * text with either separator, a percent sign, a unit of measure after the number ("12 vụ"), the
 * placeholders that mean "nothing here" ("-", "x", "—"), and Excel error values.
 */
export type NumberRead =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      /** Typed as text ending in "%" ("95%"): value is the number before the sign (95). */
      percentSign: boolean;
      /** Text after the number ("vụ", "tỷ đồng"), ignored. */
      unit: string | null;
      ambiguous: boolean;
    }
  | { kind: "error"; error: string }
  | { kind: "invalid" };

/**
 * Placeholders officers type for "no value" (dash, en/em dash, x, "không có"), compared without
 * spaces, in lower case and NFC. They mean "nothing here" in number and word cells only: in a code,
 * name or other text column they are the text itself ("X" and "-" are member codes).
 */
/** Compared by compactKey (case, accents and spaces ignored): "Không có", "khong co", "X". */
const EMPTY_MARKERS = new Set(["-", "--", "x", "—", "–", "_", "…", "...", "khongco"]);
const LONGEST_MARKER = 10;

/** Leading/trailing or doubled spaces, or any space other than " " (NBSP, tab, line break). */
const IRREGULAR_SPACE = /^\s|\s$|\s\s|[^\S ]/;

const ERROR_TEXT = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Cell text trimmed with every kind of space collapsed; null for null, "" and whitespace. */
export function cellText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    // Most cells are already clean: return them as they are rather than build a new string.
    if (!IRREGULAR_SPACE.test(value)) return value === "" ? null : value;
    const text = value.replace(/\s+/g, " ").trim();
    return text === "" ? null : text;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}

/** True for null and blank text only: how a code, name or other text cell is empty. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * True for null, blank text and the "no value" placeholders: how a number or word cell (plan,
 * actual, points, counts, ratings, yes/no) is empty. Never used for codes and names.
 */
export function isNoValueCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (text === "") return true;
  return text.length <= LONGEST_MARKER && EMPTY_MARKERS.has(compactKey(text));
}

/** The Excel error a cell holds (a CellError or its text "#DIV/0!"), else null. */
export function cellErrorName(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  if (typeof value === "string" && ERROR_TEXT.test(value.trim())) return value.trim().toUpperCase();
  return null;
}

/** Text for messages: what the cell shows, quoted when it is text. */
export function displayValue(value: CellValue): string {
  if (typeof value === "number") return formatInput(value, "vi");
  const text = cellText(value);
  if (text === null) return "(trống)";
  return typeof value === "string" ? `"${text}"` : text;
}

const NUMBER_WITH_REST = /^([+\-\u2212]?)\s*(\d[\d.,\s\u00a0\u202f]*\d|\d)\s*(%?)\s*(.*)$/s;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/**
 * Excel keeps 15 significant digits; a formula's cached result can carry binary noise beyond them
 * (=0,1+0,2 stores 0.30000000000000004 and shows 0,3). Scores are compared exactly, so the noise
 * would separate two members the officer sees as equal: numbers are read at Excel's precision.
 */
function asExcelShowsIt(value: number): number {
  return Number(value.toPrecision(15));
}

export function readNumber(value: CellValue): NumberRead {
  if (isNoValueCell(value)) return { kind: "empty" };
  const error = cellErrorName(value);
  if (error !== null) return { kind: "error", error };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value: asExcelShowsIt(value), percentSign: false, unit: null, ambiguous: false } : { kind: "invalid" };
  }
  if (typeof value !== "string") return { kind: "invalid" };
  const text = value.trim();
  if (SCIENTIFIC.test(text)) return { kind: "number", value: Number(text), percentSign: false, unit: null, ambiguous: false };
  const match = NUMBER_WITH_REST.exec(text);
  if (!match) return { kind: "invalid" };
  const [, sign, digits, percent, rest] = match;
  // Only words may follow the number ("12 vụ", "1.200 tỷ đồng"); "12/15" or "3-5" are not numbers.
  if (rest !== "" && !/^\p{L}/u.test(rest)) return { kind: "invalid" };
  const parsed = parseNumberText(digits);
  if (parsed === null) return { kind: "invalid" };
  const magnitude = parsed.value;
  return {
    kind: "number",
    value: sign === "" || sign === "+" || magnitude === 0 ? magnitude : -magnitude,
    percentSign: percent === "%",
    unit: rest === "" ? null : rest,
    ambiguous: parsed.ambiguous,
  };
}
