import type ExcelJS from "exceljs";
import { fontResolver, type FontAt } from "../workbook/rendering/cell-fonts";
import { cellAddress } from "../workbook/grid";
import type { CellFont, RenderedSheet } from "../workbook/rendering/output-types";
import { wrappedRowHeights } from "./row-heights";
import { SheetStyles } from "./sheet-styles";

/** Excel's paper size code for A4. */
const A4 = 9;
const TABLE_STYLE = "TableStyleMedium2";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const SUBTITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 11 };
// Long headers ("Nội dung III", "Hình thức khen thưởng") wrap instead of running into the next column.
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "middle", horizontal: "center" };
// A row made taller for a wrapped note keeps its other cells on its first line.
const BODY_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: "top" };
const WRAP_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

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
      printTitlesRow: sheet.print.printTitleRows > 0 ? `${sheet.print.printTitleFirstRow ?? 1}:${sheet.print.printTitleRows}` : undefined,
    },
  });
  setPrintExtras(ws, sheet);
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
  writeCells(ws, sheet, width, tableEnd);
  sheet.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const [r, height] of wrappedRowHeights(sheet)) ws.getRow(r + 1).height = height;
  for (const { row, points } of sheet.rowHeights ?? []) ws.getRow(row + 1).height = points;
  // ExcelJS's break after a row: a 0-based row that begins a page is the break after 1-based row r.
  for (const r of sheet.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  for (const merge of sheet.merges ?? []) {
    const topLeft = ws.getCell(merge.range.split(":")[0]);
    // A new style object, set before merging: the merged cells take the top-left's style object, and
    // style objects are shared between cells (SheetStyles), so it is never changed in place.
    const style = topLeft.style ?? {};
    topLeft.style = { ...style, alignment: { ...style.alignment, horizontal: merge.align, vertical: "middle", wrapText: true } };
    ws.mergeCells(merge.range);
  }
  return ws;
}

/**
 * Values and styles, one pass over each row: every cell is looked up once and given its whole style at
 * once, one shared object per distinct style (a thousand-row sheet has a handful), rather than a new
 * font, border or alignment object per cell and per property.
 * Printed documents need cell borders: a table style's lines show in Excel but not in every viewer
 * (LibreOffice, PDF), so the header and body rows have them.
 */
function writeCells(ws: ExcelJS.Worksheet, sheet: RenderedSheet, width: number, tableEnd: number): void {
  const styles = new SheetStyles();
  const fontAt = fontResolver(sheet);
  const fonts = new ExcelFonts();
  const titles = new Set(sheet.titleRows);
  const wraps = new Set(sheet.wrapColumns);
  const widestWrap = sheet.wrapColumns.length > 0 ? Math.max(...sheet.wrapColumns) + 1 : 0;
  const lastRow = Math.max(sheet.values.length - 1, tableEnd, ...sheet.titleRows);
  for (let r = 0; r <= lastRow; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.numberFormats[r];
    const header = r === sheet.headerRow;
    const body = r > sheet.headerRow && r <= tableEnd;
    const title = titles.has(r);
    const cells = Math.max(values.length, header || body ? width : 0, title ? 1 : 0, body ? widestWrap : 0);
    if (cells === 0) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < cells; c++) {
      const cell = row.getCell(c + 1);
      if (c < values.length) cell.value = values[c];
      const format = c < values.length ? formats?.[c] : undefined;
      const inTable = (header || body) && c < width;
      const font = fontAt
        ? fonts.of(fontAt(r, c))
        : header && c < width
          ? HEADER_FONT
          : title && c === 0
            ? r === 0
              ? TITLE_FONT
              : SUBTITLE_FONT
            : undefined;
      const alignment = header && c < width ? HEADER_ALIGNMENT : body && wraps.has(c) ? WRAP_ALIGNMENT : inTable && body ? BODY_ALIGNMENT : undefined;
      cell.style = styles.of(format && format !== "General" ? format : undefined, font, inTable ? THIN_BORDER : undefined, alignment);
    }
  }
}

/** Margins (mm → inches), a fixed scale instead of fitting, horizontal centring: only what the sheet sets. */
function setPrintExtras(ws: ExcelJS.Worksheet, sheet: RenderedSheet): void {
  const { marginsMm, scale, centerHorizontally } = sheet.print;
  if (marginsMm) {
    const inch = (mm: number) => Math.round((mm / 25.4) * 10000) / 10000;
    ws.pageSetup.margins = {
      top: inch(marginsMm.top),
      bottom: inch(marginsMm.bottom),
      left: inch(marginsMm.left),
      right: inch(marginsMm.right),
      header: inch(marginsMm.header ?? 8),
      footer: inch(marginsMm.footer ?? 8),
    };
  }
  if (scale !== undefined) {
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = Math.min(400, Math.max(10, Math.round(scale)));
  }
  if (centerHorizontally) ws.pageSetup.horizontalCentered = true;
}

/** One ExcelJS font object per distinct CellFont (the resolver returns equal fonts as one object). */
class ExcelFonts {
  private readonly known = new Map<CellFont, Partial<ExcelJS.Font>>();

  of(font: ReturnType<FontAt>): Partial<ExcelJS.Font> | undefined {
    if (font === undefined) return undefined;
    let excel = this.known.get(font);
    if (excel === undefined) {
      excel = {};
      if (font.name !== undefined) excel.name = font.name;
      if (font.size !== undefined) excel.size = font.size;
      if (font.bold) excel.bold = true;
      if (font.italic) excel.italic = true;
      if (font.underline) excel.underline = true;
      this.known.set(font, excel);
    }
    return excel;
  }
}
