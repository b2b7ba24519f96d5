import type ExcelJS from "exceljs";
import { cellAddress } from "../workbook/grid";
import type { RenderedSheet } from "../workbook/output-types";
import { wrappedRowHeights } from "./row-heights";

/** Excel's paper size code for A4. */
const A4 = 9;
const TABLE_STYLE = "TableStyleMedium2";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes one rendered output sheet into a new worksheet: values, number formats, bold title and header,
 * an Excel table over the data (autofilter when there is no data row: Excel refuses empty tables),
 * widths, wrapping, frozen header and an A4 landscape page one page wide with the header repeated.
 */
export function addRenderedSheet(workbook: ExcelJS.Workbook, sheet: RenderedSheet, tableName: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }],
    pageSetup: {
      paperSize: A4,
      orientation: sheet.print.landscape ? "landscape" : "portrait",
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: sheet.print.printTitleRows > 0 ? `1:${sheet.print.printTitleRows}` : undefined,
    },
  });
  const width = sheet.values[sheet.headerRow]?.length ?? 0;
  const tableEnd = sheet.tableEndRow ?? sheet.values.length - 1;
  const dataRows = sheet.values.slice(sheet.headerRow + 1, tableEnd + 1);
  if (dataRows.length > 0 && width > 0) {
    ws.addTable({
      name: tableName,
      displayName: tableName,
      ref: cellAddress(sheet.headerRow + 1, 1),
      headerRow: true,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: sheet.values[sheet.headerRow].map((h) => ({ name: String(h ?? ""), filterButton: true })),
      rows: dataRows,
    });
  } else if (width > 0) {
    ws.autoFilter = { from: { row: sheet.headerRow + 1, column: 1 }, to: { row: sheet.headerRow + 1, column: width } };
  }
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      const format = sheet.numberFormats[r]?.[c];
      if (format && format !== "General") cell.numFmt = format;
    });
  });
  for (const r of sheet.titleRows) ws.getCell(r + 1, 1).font = { bold: true, size: r === 0 ? 14 : 11 };
  for (let c = 0; c < width; c++) {
    const header = ws.getCell(sheet.headerRow + 1, c + 1);
    header.font = { bold: true };
    // Long headers ("Nội dung III", "Hình thức khen thưởng") wrap instead of running into the next column.
    header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  // Printed documents need cell borders: a table style's lines show in Excel but not in every viewer (LibreOffice, PDF).
  for (let r = sheet.headerRow + 1; r <= tableEnd + 1; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN_BORDER;
      // A row made taller for a wrapped note keeps its other cells on its first line.
      if (r > sheet.headerRow + 1) cell.alignment = { vertical: "top" };
    }
  }
  sheet.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const c of sheet.wrapColumns) {
    for (let r = sheet.headerRow + 2; r <= tableEnd + 1; r++) {
      ws.getCell(r, c + 1).alignment = { wrapText: true, vertical: "top" };
    }
  }
  for (const [r, height] of wrappedRowHeights(sheet)) ws.getRow(r + 1).height = height;
  for (const merge of sheet.merges ?? []) {
    ws.mergeCells(merge.range);
    const topLeft = ws.getCell(merge.range.split(":")[0]);
    topLeft.alignment = { ...topLeft.alignment, horizontal: merge.align, vertical: "middle", wrapText: true };
  }
  return ws;
}
