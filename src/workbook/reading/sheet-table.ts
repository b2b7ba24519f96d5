import type { Issue } from "../../scoring/types";
import { textFields, type SheetSpec } from "./aliases";
import { dataRows, type DataRow } from "./data-rows";
import { cellAddress, type SheetGrid } from "../grid";
import { FieldReader } from "./field-reader";
import { locateHeader } from "./locate-header";
import { issue, say } from "./reader-messages";

export interface SheetRows<F extends string> {
  sheetName: string;
  /** Null when a required column is missing (reported): the sheet cannot be read. */
  rows: DataRow<F>[] | null;
}

/**
 * Locate the header of an input sheet and list its data rows, reporting missing required columns
 * (with the names accepted), ignored duplicate columns and a sheet without data.
 */
export function readSheetRows<F extends string>(
  spec: SheetSpec<F>,
  sheet: SheetGrid,
  issues: Issue[],
  codeField: F,
  notTotalFields: readonly F[] = [],
): SheetRows<F> {
  const layout = locateHeader(spec, sheet);
  const headerCell = cellAddress(layout.headerRow, layout.headerCol);
  for (const column of layout.missing) {
    const accepted = [column.label.vi, column.label.en, ...column.aliases].filter((a, i, all) => all.indexOf(a) === i);
    issues.push(issue("error", sheet.name, headerCell, "column-missing", say(sheet.name, headerCell,
      `không tìm thấy cột bắt buộc "${column.label.vi}" trong dòng tiêu đề (dòng ${layout.headerRow}). Hãy thêm cột này; các tên được chấp nhận: ${accepted.join(", ")}.`,
      `the required column "${column.label.en}" was not found in the header row (row ${layout.headerRow}). Add it; accepted names: ${accepted.join(", ")}.`)));
  }
  if (layout.missing.length > 0) return { sheetName: sheet.name, rows: null };
  const labels = new Map(spec.columns.map((c) => [c.field, c.label] as const));
  for (const duplicate of layout.duplicates) {
    const cell = cellAddress(layout.headerRow, duplicate.col);
    const label = labels.get(duplicate.field) ?? { vi: duplicate.field, en: duplicate.field };
    const used = cellAddress(layout.headerRow, layout.columns.get(duplicate.field) ?? duplicate.col);
    issues.push(issue("warning", sheet.name, cell, "column-duplicate", say(sheet.name, cell,
      `cột "${duplicate.text}" trùng nghĩa với cột "${label.vi}" ở ô ${used}; chương trình dùng cột ở ô ${used} và bỏ qua cột này. Hãy đổi tên hoặc xoá một cột.`,
      `the column "${duplicate.text}" means the same as "${label.en}" at ${used}; the column at ${used} is used and this one ignored. Rename or delete one of them.`)));
  }
  const read = dataRows(layout, codeField, { notTotal: notTotalFields, text: textFields(spec) });
  issues.push(...read.issues);
  if (read.rows.length === 0) {
    issues.push(issue("warning", sheet.name, headerCell, "sheet-empty", say(sheet.name, headerCell,
      `có dòng tiêu đề nhưng không có dòng dữ liệu nào bên dưới. Hãy nhập dữ liệu hoặc xoá trang này nếu không dùng.`,
      `has a header row but no data rows below it. Enter the data, or delete the sheet if it is not used.`)));
  }
  return { sheetName: sheet.name, rows: read.rows };
}

/**
 * What every input sheet's reader does around its own rules: list the sheet's rows (readSheetRows) and hand
 * each to `readRow` with a FieldReader on it; what `readRow` returns is kept in sheet order, null leaves the
 * row out (what was wrong with it is already reported). Null when the sheet cannot be read.
 */
export function readEachRow<F extends string, T>(
  spec: SheetSpec<F>,
  sheet: SheetGrid,
  issues: Issue[],
  codeField: F,
  readRow: (read: FieldReader<F>) => T | null,
  notTotalFields: readonly F[] = [],
): T[] | null {
  const table = readSheetRows(spec, sheet, issues, codeField, notTotalFields);
  if (table.rows === null) return null;
  const out: T[] = [];
  for (const row of table.rows) {
    const value = readRow(new FieldReader<F>(spec, row, issues));
    if (value !== null) out.push(value);
  }
  return out;
}
