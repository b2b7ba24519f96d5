import type { CellFont, FontSpan, RenderedSheet } from "./output-types";

/** The font of a cell once the sheet's font and the spans over it are merged; undefined when none is set. */
export type FontAt = (row: number, col: number) => CellFont | undefined;

/**
 * Resolves RenderedSheet.font and .fonts for the adapters: spans are grouped by row once, so a thousand-row
 * sheet costs one lookup per cell. Null when the sheet sets no font (the adapter keeps its own defaults).
 * Equal fonts come back as the same object, so writers can share styles by identity.
 */
export function fontResolver(sheet: RenderedSheet): FontAt | null {
  if (sheet.font === undefined && (sheet.fonts ?? []).length === 0) return null;
  const byRow = new Map<number, FontSpan[]>();
  for (const span of sheet.fonts ?? []) {
    const list = byRow.get(span.row) ?? [];
    list.push(span);
    byRow.set(span.row, list);
  }
  const shared = new Map<string, CellFont>();
  const intern = (font: CellFont): CellFont => {
    const key = fontKey(font);
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, font);
    return font;
  };
  const base = sheet.font ? intern({ ...sheet.font }) : undefined;
  return (row, col) => {
    const spans = byRow.get(row);
    if (!spans) return base;
    let font: CellFont | undefined = base;
    for (const span of spans) {
      if (col < (span.fromCol ?? 0) || col > (span.toCol ?? Number.MAX_SAFE_INTEGER)) continue;
      font = { ...font, ...definedOnly(span.font) };
    }
    return font === undefined ? undefined : intern(font);
  };
}

/** The largest font size used in a row (for line heights); the sheet's or `fallback` when none is set. */
export function rowFontSize(fontAt: FontAt | null, row: number, cols: number, fallback: number): number {
  if (!fontAt) return fallback;
  let size = 0;
  for (let c = 0; c < Math.max(1, cols); c++) size = Math.max(size, fontAt(row, c)?.size ?? 0);
  return size > 0 ? size : fallback;
}

function definedOnly(font: CellFont): CellFont {
  const out: CellFont = {};
  if (font.name !== undefined) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.underline !== undefined) out.underline = font.underline;
  return out;
}

function fontKey(font: CellFont): string {
  return `${font.name ?? ""}|${font.size ?? ""}|${font.bold ? 1 : 0}|${font.italic ? 1 : 0}|${font.underline ? 1 : 0}`;
}
