import type { OutputValue, RenderedSheet } from "../../../src/workbook/rendering/output-types";

/** The data cells (below the header) of the column with this header text. */
export function columnValues(sheet: RenderedSheet, header: string): OutputValue[] {
  const col = headerIndex(sheet, header);
  return sheet.values.slice(sheet.headerRow + 1).map((r) => r[col]);
}

export function columnFormats(sheet: RenderedSheet, header: string): string[] {
  const col = headerIndex(sheet, header);
  return sheet.numberFormats.slice(sheet.headerRow + 1).map((r) => r[col]);
}

export function headers(sheet: RenderedSheet): OutputValue[] {
  return sheet.values[sheet.headerRow];
}

function headerIndex(sheet: RenderedSheet, header: string): number {
  const col = sheet.values[sheet.headerRow].indexOf(header);
  if (col < 0) throw new Error(`no column "${header}" in ${JSON.stringify(sheet.values[sheet.headerRow])}`);
  return col;
}
