import type { CellFont } from "../../workbook/rendering/output-types";

/**
 * What a cell of a program sheet looks like, as the sheet writer asks for it: every field optional, an
 * absent one is the workbook's default (its Normal style). StylesPart turns each distinct CellStyle into
 * one cell format (xf) appended to the workbook's styles. A new property is one field here and one line in
 * styles-merge.ts: the key is the JSON of the normalised style, so equal styles always share one format.
 */
export interface CellStyle {
  /** Excel number format code ("0.00", "@"); absent or "General": the default. */
  numFmt?: string;
  font?: CellFont;
  /** Thin grey lines on all four sides (printed documents need them: table styles do not print everywhere). */
  border?: "thin";
  alignment?: CellAlignment;
  /** Solid background, ARGB ("FFDDEBF7"). */
  fill?: string;
}

export interface CellAlignment {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrapText?: boolean;
}

/** Same style, same key: absent, undefined and default fields all read the same. */
export function styleKey(style: CellStyle): string {
  return JSON.stringify(normaliseStyle(style));
}

export function normaliseStyle(style: CellStyle): CellStyle {
  const out: CellStyle = {};
  if (style.numFmt !== undefined && style.numFmt !== "General") out.numFmt = style.numFmt;
  const font = definedOnly(style.font);
  if (font) out.font = font;
  if (style.border) out.border = style.border;
  const alignment = definedOnly(style.alignment);
  if (alignment) out.alignment = alignment;
  if (style.fill) out.fill = style.fill;
  return out;
}

/** The object with its undefined fields dropped and keys sorted; undefined when nothing is left. */
function definedOnly<T extends object>(value: T | undefined): T | undefined {
  if (value === undefined) return undefined;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== false)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function isPlainStyle(style: CellStyle): boolean {
  return Object.keys(normaliseStyle(style)).length === 0;
}
