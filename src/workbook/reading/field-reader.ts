import { formatInput } from "../../scoring/number-display";
import type { Issue, Localized, Severity, SourceRef } from "../../scoring/types";
import type { SheetSpec } from "./aliases";
import { cellErrorName, cellText, displayValue, isNoValueCell, readNumber, type NumberRead } from "./cell-values";
import type { DataRow } from "./data-rows";
import { issue, say } from "./reader-messages";

/** Day 0 of Excel's date serial numbers (1899-12-30, so that 1900-03-01 is 61 as in Excel). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

export interface NumberOptions {
  required?: boolean;
  /** "error": a negative number is value-negative; "allow": kept as typed. */
  negative?: "error" | "allow";
  /** Severity of problems with this cell (a value never used for ranking only warns). */
  severity?: Severity;
}

/** The number read plus what the caller may still need (percent sign, number format). */
export interface NumberCell {
  value: number | null;
  /** False when the cell held something that is not a usable number (an issue was reported). */
  ok: boolean;
  read: NumberRead;
}

/**
 * Reads the cells of one data row by field and reports every problem with the exact cell. One
 * reader per row; the issues land in the shared list in reading order.
 */
export class FieldReader<F extends string> {
  constructor(
    private readonly spec: SheetSpec<F>,
    readonly row: DataRow<F>,
    private readonly issues: Issue[],
  ) {}

  /** Where the row stands, for the scoring core's messages and the pane's links to the cells. */
  source(): SourceRef {
    return { sheet: this.row.sheetName, row: this.row.row, cells: this.row.cells() };
  }

  label(field: F): Localized {
    return this.spec.columns.find((c) => c.field === field)?.label ?? { vi: field, en: field };
  }

  /** Report a problem on a field's cell. */
  report(severity: Severity, field: F, code: Issue["code"], vi: string, en: string): void {
    // dataRows already said the formula has no result; "empty" or "missing" would mislead.
    if (this.row.withoutResult(field)) return;
    const cell = this.row.address(field);
    this.issues.push(issue(severity, this.row.sheetName, cell, code, say(this.row.sheetName, cell, vi, en)));
  }

  /**
   * Text as typed (trimmed; a number as its digits, 0 → "0"); null for a blank cell. In a text column
   * (codes, names: ColumnSpec.text) "-" or "x" is the text itself; elsewhere it means no value.
   */
  text(field: F): string | null {
    const value = this.row.value(field);
    if (!this.isText(field) && isNoValueCell(value)) return null;
    return cellText(value);
  }

  private isText(field: F): boolean {
    return this.spec.columns.find((c) => c.field === field)?.text === true;
  }

  missing(field: F, severity: Severity = "error"): void {
    const value = this.row.value(field);
    const found = cellText(value);
    const label = this.label(field);
    this.report(severity, field, "value-missing",
      `cột "${label.vi}" ${found ? `chỉ có "${found}"` : "đang trống"}, cần có giá trị. Hãy nhập ${label.vi}.`,
      `column "${label.en}" ${found ? `holds only "${found}"` : "is empty"} but needs a value. Enter the ${label.en}.`);
  }

  requiredText(field: F): string | null {
    const text = this.text(field);
    if (text === null) this.missing(field);
    return text;
  }

  /** value-error when the cell holds an Excel error; true when it did. */
  private excelError(field: F, severity: Severity): boolean {
    const error = cellErrorName(this.row.value(field));
    if (error === null) return false;
    const label = this.label(field);
    this.report(severity, field, "value-error",
      `ô ở cột "${label.vi}" chứa lỗi Excel ${error}. Hãy sửa công thức hoặc nhập trực tiếp giá trị.`,
      `the "${label.en}" cell holds the Excel error ${error}. Fix the formula or type the value.`);
    return true;
  }

  invalid(field: F, expected: Localized, severity: Severity = "error"): void {
    const label = this.label(field);
    const shown = displayValue(this.row.value(field));
    this.report(severity, field, "value-invalid",
      `không đọc được ${shown} ở cột "${label.vi}": cần ${expected.vi}. Hãy sửa lại ô này.`,
      `cannot read ${shown} in column "${label.en}": expected ${expected.en}. Correct this cell.`);
  }

  /**
   * A date where a number belongs: usually a number typed into a cell formatted as a date, which Excel
   * then shows (and saves) as one. The officer sees the date, so it is named as shown, with the number
   * Excel holds behind it.
   */
  private dateForNumber(field: F, date: Date, severity: Severity): void {
    const label = this.label(field);
    const shown = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    const days = Math.round(((date.getTime() - EXCEL_EPOCH) / DAY_MS) * 1e6) / 1e6;
    const [serial, serialEn] = [formatInput(days, "vi"), formatInput(days, "en")];
    this.report(severity, field, "value-invalid",
      `ô ở cột "${label.vi}" là ngày ${shown} (ô đang định dạng ngày tháng), không phải một số. Nếu đây là số ${serial}, hãy đổi định dạng ô sang Số (Number); nếu không, hãy nhập lại đúng số.`,
      `the "${label.en}" cell is the date ${shown} (the cell has a date format), not a number. If it is meant to be ${serialEn}, change the cell format to Number; otherwise type the right number.`);
  }

  number(field: F, options: NumberOptions = {}): NumberCell {
    const { required = false, negative = "error", severity = "error" } = options;
    const read = readNumber(this.row.value(field));
    const label = this.label(field);
    switch (read.kind) {
      case "empty":
        if (required) this.missing(field, severity);
        return { value: null, ok: !required, read };
      case "error":
        this.excelError(field, severity);
        return { value: null, ok: false, read };
      case "invalid": {
        const raw = this.row.value(field);
        if (raw instanceof Date) this.dateForNumber(field, raw, severity);
        else this.invalid(field, { vi: "một số", en: "a number" }, severity);
        return { value: null, ok: false, read };
      }
    }
    const typed = cellText(this.row.value(field)) ?? "";
    if (read.ambiguous) {
      this.report("warning", field, "number-ambiguous",
        `"${typed}" ở cột "${label.vi}" được đọc là ${formatInput(read.value, "vi")} (cách ghi Việt Nam). Nếu không đúng, hãy nhập lại số cho rõ.`,
        `"${typed}" in column "${label.en}" was read as ${formatInput(read.value, "en")} (Vietnamese separators). If that is wrong, retype the number unambiguously.`);
    }
    if (read.unit !== null) {
      this.report("warning", field, "unit-in-cell",
        `"${typed}" ở cột "${label.vi}": đã đọc số ${formatInput(read.value, "vi")} và bỏ qua chữ "${read.unit}". Nên để đơn vị ở cột ĐVT, trong ô chỉ ghi số.`,
        `"${typed}" in column "${label.en}": the number ${formatInput(read.value, "en")} was read and the text "${read.unit}" ignored. Put the unit in the unit-of-measure column and only the number in the cell.`);
    }
    if (read.value < 0 && negative === "error") {
      this.report(severity, field, "value-negative",
        `${label.vi} là số âm (${formatInput(read.value, "vi")}). Hãy nhập số không âm.`,
        `the ${label.en} is negative (${formatInput(read.value, "en")}). Enter a number that is not negative.`);
      return { value: null, ok: false, read };
    }
    return { value: read.value, ok: true, read };
  }

  /**
   * A word from a closed vocabulary. Numbers and booleans are passed as text ("1", "TRUE") so 1/0
   * and TRUE/FALSE work for yes/no. Empty gives the default (or value-missing when required).
   */
  word<T>(field: F, parse: (text: string) => T | undefined, expected: Localized, options: { fallback: T; required?: boolean; severity?: Severity }): { value: T; ok: boolean } {
    const raw = this.row.value(field);
    const severity = options.severity ?? "error";
    if (isNoValueCell(raw) && parse(typeof raw === "string" ? raw.trim() : "") === undefined) {
      if (options.required) this.missing(field, severity);
      return { value: options.fallback, ok: !options.required };
    }
    if (this.excelError(field, severity)) return { value: options.fallback, ok: false };
    if (raw instanceof Date) {
      this.invalid(field, expected, severity);
      return { value: options.fallback, ok: false };
    }
    const parsed = parse(cellText(raw) ?? "");
    if (parsed === undefined) {
      this.invalid(field, expected, severity);
      return { value: options.fallback, ok: false };
    }
    return { value: parsed, ok: true };
  }
}
