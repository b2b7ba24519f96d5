import type { Issue } from "../../scoring/types";
import { cellText, isBlankCell, isNoValueCell } from "./cell-values";
import { cellAddress, columnLetter, isFormulaWithoutResult, type CellValue } from "../grid";
import type { TableLayout } from "./locate-header";
import { issue, say } from "./reader-messages";
import { labelKey } from "./text-key";

/** One data row of an input sheet, with its cells addressed by field. */
export interface DataRow<F extends string> {
  /** 1-based worksheet row. */
  row: number;
  sheetName: string;
  has(field: F): boolean;
  value(field: F): CellValue;
  /** The cell's number format ("0%"…), null when unknown. */
  format(field: F): string | null;
  /** A1 address of the field's cell; the row's first column when the sheet has no such column. */
  address(field: F): string;
  /** A1 addresses of every field present, for SourceRef.cells. */
  cells(): Partial<Record<string, string>>;
  /**
   * The field's cell is a formula saved without its result: already reported by dataRows, and read as
   * empty by value() so no reader adds a second, misleading message ("empty") about it.
   */
  withoutResult(field: F): boolean;
}

const TOTAL_WORDS = new Set(["tong cong", "tong", "cong", "total", "grand total", "sum", "tong so", "cong tong", "tong cong toan khoi"]);

/** Every total word starts with one of these letters: a cheap test before building the key. */
const TOTAL_INITIAL = /^\s*[tTcCgGsS]/;

function isTotalWord(value: CellValue): boolean {
  if (typeof value !== "string" || !TOTAL_INITIAL.test(value)) return false;
  const key = labelKey(value);
  return TOTAL_WORDS.has(key) || key.startsWith("tong cong ") || key.startsWith("total ");
}

/** What every row of one table shares: where its fields are, and their column letters. */
interface TablePlace<F extends string> {
  sheetName: string;
  columns: ReadonlyMap<F, number>;
  /** Index of each field's cell in a row of the grid. */
  index: ReadonlyMap<F, number>;
  /** A1 column letters of each field, in the columns' order. */
  letters: ReadonlyMap<F, string>;
  firstCol: number;
}

function tablePlace<F extends string>(layout: TableLayout<F>): TablePlace<F> {
  const { sheet, columns } = layout;
  const index = new Map<F, number>();
  const letters = new Map<F, string>();
  for (const [field, col] of columns) {
    index.set(field, col - sheet.originCol);
    letters.set(field, columnLetter(col));
  }
  return { sheetName: sheet.name, columns, index, letters, firstCol: Math.min(...columns.values()) };
}

/** A data row: thousands per sheet, so its methods are shared (one object per row, no closures). */
class TableRow<F extends string> implements DataRow<F> {
  readonly sheetName: string;

  constructor(
    private readonly place: TablePlace<F>,
    readonly row: number,
    private readonly values: readonly CellValue[],
    private readonly formats: readonly string[] | undefined,
  ) {
    this.sheetName = place.sheetName;
  }

  has(field: F): boolean {
    return this.place.columns.has(field);
  }

  value(field: F): CellValue {
    const j = this.place.index.get(field);
    const value = j === undefined ? null : this.values[j] ?? null;
    return isFormulaWithoutResult(value) ? null : value;
  }

  withoutResult(field: F): boolean {
    const j = this.place.index.get(field);
    return j !== undefined && isFormulaWithoutResult(this.values[j]);
  }

  format(field: F): string | null {
    const j = this.place.index.get(field);
    return j === undefined ? null : this.formats?.[j] ?? null;
  }

  address(field: F): string {
    const letter = this.place.letters.get(field);
    return letter === undefined ? cellAddress(this.row, this.place.firstCol) : letter + this.row;
  }

  cells(): Partial<Record<string, string>> {
    const out: Partial<Record<string, string>> = {};
    for (const [field, letter] of this.place.letters) out[field] = letter + this.row;
    return out;
  }
}

/**
 * The rows an input sheet's readers see: blank rows dropped, total rows ("Tổng cộng") dropped with
 * a warning (their sum would be read as one more unit or target), hidden rows kept with a warning
 * (hidden on purpose or by mistake: the officer should know they count).
 */
export function dataRows<F extends string>(
  layout: TableLayout<F>,
  codeField: F,
  options: {
    /** Columns whose words are not total labels (the Loại column's "Cộng" of Cộng trừ). */
    notTotal?: readonly F[];
    /** Code, name and other text columns: a "-" or "x" there is data, not a blank (ColumnSpec.text). */
    text?: ReadonlySet<F>;
  } = {},
): { rows: DataRow<F>[]; issues: Issue[] } {
  const { sheet, columns } = layout;
  const notTotal = new Set((options.notTotal ?? []).map((field) => (columns.get(field) ?? 0) - sheet.originCol));
  const hidden = new Set(sheet.hiddenRows ?? []);
  // A row of "-" in its number columns only is an unused template row; a "-" in a text column is data.
  const mapped = [...columns].map(([field, col]) => ({ j: col - sheet.originCol, isEmpty: options.text?.has(field) ? isBlankCell : isNoValueCell }));
  const rows: DataRow<F>[] = [];
  const issues: Issue[] = [];
  const place = tablePlace(layout);
  const lastRow = Math.min(layout.lastDataRow, sheet.originRow + sheet.rows.length - 1);
  for (let row = layout.firstDataRow; row <= lastRow; row++) {
    const cells = sheet.rows[row - sheet.originRow] ?? [];
    const data = new TableRow(place, row, cells, sheet.numberFormats?.[row - sheet.originRow]);
    const code = data.value(codeField);
    // Looked for in every cell: "Tổng cộng" is often typed in the STT column, merged across.
    const label = isBlankCell(code) || isTotalWord(code) ? cells.find((cell, j) => !notTotal.has(j) && isTotalWord(cell ?? null)) : undefined;
    if (label === undefined && mapped.every(({ j, isEmpty }) => isEmpty(cells[j] ?? null))) continue;
    if (label !== undefined) {
      const cell = data.address(codeField);
      issues.push(
        issue("warning", sheet.name, cell, "total-row-skipped", say(sheet.name, cell, (r) => r.totalRowSkipped({ row, label: cellText(label ?? null) ?? "" }))),
      );
      continue;
    }
    if (hidden.has(row)) {
      const cell = data.address(codeField);
      issues.push(
        issue("warning", sheet.name, cell, "hidden-row", say(sheet.name, cell, (r) => r.hiddenRow({ row }))),
      );
    }
    for (const col of columns.values()) {
      if (isFormulaWithoutResult(cells[col - sheet.originCol])) issues.push(withoutResult(sheet.name, cellAddress(row, col)));
    }
    rows.push(data);
  }
  return { rows, issues };
}

/** An error: the value is unknown, and reading it as empty (a default, a missing target) would rank on a guess. */
function withoutResult(sheetName: string, cell: string): Issue {
  return issue("error", sheetName, cell, "value-error", say(sheetName, cell, (r) => r.formulaWithoutResult));
}
