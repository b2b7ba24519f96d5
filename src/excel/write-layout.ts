import { columnLetter } from "../workbook/grid";
import type { RenderedSheet } from "../workbook/rendering/output-types";
import type { Capabilities } from "./capabilities";
import { queuePrintFormats } from "./write-print";

/**
 * Excel's column width unit is the width of one digit (7 px at Calibri 11) plus 5 px padding; Office.js
 * takes points (¾ px). Check: the default 8.43 characters gives 48 points, what Office.js reports.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function hasTable(sheet: RenderedSheet): boolean {
  return (sheet.values[0]?.length ?? 0) > 0 && sheet.values.length > sheet.headerRow;
}

/** 0-based last row of the table: a meeting document's signature block follows its table. */
export function tableEndRow(sheet: RenderedSheet): number {
  return sheet.tableEndRow ?? sheet.values.length - 1;
}

/**
 * Queue (no sync) the layout of a written sheet: table over the written values, widths, wrapping, bold
 * titles, merged title and signature lines, frozen header and print setup where the build supports them.
 */
export function queueLayout(target: Excel.Worksheet, sheet: RenderedSheet, tableName: string, caps: Capabilities): void {
  const width = sheet.values[0]?.length ?? 0;
  if (width === 0) return;
  const last = columnLetter(width);
  const tableEnd = tableEndRow(sheet);
  if (hasTable(sheet)) {
    // Values first, then the table over them: tables.add on written cells is fast, table.rows.add is not.
    const table = target.tables.add(`A${sheet.headerRow + 1}:${last}${tableEnd + 1}`, true);
    table.name = tableName;
  }
  sheet.columnWidths.forEach((characters, c) => {
    if (c < width) target.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).format.columnWidth = charactersToPoints(characters);
  });
  if (tableEnd > sheet.headerRow) {
    for (const c of sheet.wrapColumns) {
      if (c < width) target.getRange(`${columnLetter(c + 1)}${sheet.headerRow + 2}:${columnLetter(c + 1)}${tableEnd + 1}`).format.wrapText = true;
    }
  }
  // A sheet that sets its own fonts (a printed document) says every size; the default title look is not added.
  for (const r of sheet.fonts ? [] : sheet.titleRows) {
    const title = target.getRange(`A${r + 1}:${last}${r + 1}`).format.font;
    title.bold = true;
    title.size = 14;
  }
  // Merges lie outside the table (Excel refuses merged cells inside one): titles and the signature block.
  for (const merge of sheet.merges ?? []) {
    const range = target.getRange(merge.range);
    range.merge(false);
    range.format.horizontalAlignment = merge.align === "center" ? "Center" : "Left";
    range.format.wrapText = true;
  }
  if (caps.freezePanes && sheet.freezeRows > 0) target.freezePanes.freezeRows(sheet.freezeRows);
  if (caps.pageLayout) {
    const layout = target.pageLayout;
    layout.paperSize = "A4";
    if (sheet.print.landscape) layout.orientation = "Landscape";
    // Fit to one page wide; leaving verticalFitToPages unset lets the length run over as many pages as needed.
    if (sheet.print.fitToWidth) layout.zoom = sheet.print.fitOnePage ? { horizontalFitToPages: 1, verticalFitToPages: 1 } : { horizontalFitToPages: 1 };
    if (sheet.print.printTitleRows > 0) layout.setPrintTitleRows(`$${sheet.print.printTitleFirstRow ?? 1}:$${sheet.print.printTitleRows}`);
  }
  queuePrintFormats(target, sheet, caps);
}
