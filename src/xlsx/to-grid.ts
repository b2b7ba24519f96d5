import type ExcelJS from "exceljs";
import { columnLetter, columnNumber, type CellValue, type SheetGrid, type WorkbookGrid } from "../workbook/grid";
import { toCellValue } from "./cell-value";

/** Every worksheet of an ExcelJS workbook as the plain grid the reader consumes, in tab order. */
export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetToGrid) };
}

function sheetToGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rowCount = sheet.rowCount;
  const colCount = sheet.columnCount;
  const rows: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.push(r);
    const values: CellValue[] = [];
    const formats: string[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      values.push(toCellValue(cell));
      formats.push(cell.numFmt || "General");
    }
    rows.push(values);
    numberFormats.push(formats);
  }
  return {
    name: sheet.name,
    rows,
    originRow: 1,
    originCol: 1,
    numberFormats,
    hiddenRows,
    tables: tablesOf(sheet).map(tableInfo),
    visible: sheet.state === "visible" || sheet.state === undefined,
  };
}

/** ExcelJS declares getTables() as [Table, void][] but returns the Table objects themselves. */
export function tablesOf(sheet: ExcelJS.Worksheet): ExcelJS.Table[] {
  return sheet.getTables() as unknown as ExcelJS.Table[];
}

/**
 * ExcelJS keeps a loaded table's range in `tableRef` and a table added in code only as its top-left
 * `ref` plus rows; both are covered so the grid is the same whichever way the workbook was made.
 *
 * The Total Row flag (Table Design → Total Row, `totalsRowCount="1"` in the file) is passed on because
 * only it tells Excel's totals row from data once its label was cleared. The reader leaves a flagged
 * row out silently: the table itself declares it is no data, so a warning would only be noise (an
 * unflagged "Tổng cộng" row is still skipped with the total-row-skipped warning, since that is a guess).
 */
function tableInfo(table: ExcelJS.Table): { name: string; range: string; totalsRow?: boolean } {
  const model = (table as unknown as { table?: TableModel }).table ?? (table as unknown as TableModel);
  const info = { name: model.name, range: model.tableRef ?? rangeFromRef(model) };
  return model.totalsRow ? { ...info, totalsRow: true } : info;
}

interface TableModel {
  name: string;
  ref: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: unknown[];
  rows?: unknown[];
}

function rangeFromRef(model: TableModel): string {
  const m = /^([A-Z]+)(\d+)$/.exec(model.ref.replace(/\$/g, "").split(":")[0]);
  if (!m) return model.ref;
  const height = (model.headerRow === false ? 0 : 1) + (model.rows?.length ?? 0) + (model.totalsRow ? 1 : 0);
  const endCol = columnLetter(columnNumber(m[1]) + model.columns.length - 1);
  return `${m[1]}${m[2]}:${endCol}${Number(m[2]) + Math.max(height, 1) - 1}`;
}
