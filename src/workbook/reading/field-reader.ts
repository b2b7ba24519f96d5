import { formatInput } from "../../scoring/number-display";
import type { Issue, Localized, Severity, SourceRef } from "../../scoring/types";
import type { SheetSpec } from "./aliases";
import { cellErrorName, cellText, displayValue, isNoValueCell, readNumber, type NumberRead } from "./cell-values";
import type { DataRow } from "./data-rows";
import { issue, readerWords, say, type ReaderSentence } from "./reader-messages";

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

// A reader per row asks for its columns' labels and kinds field by field: each sheet's columns by field, once.
const columnsByField = new WeakMap<SheetSpec, Map<string, SheetSpec["columns"][number]>>();

function columnOf<F extends string>(spec: SheetSpec<F>, field: F): SheetSpec<F>["columns"][number] | undefined {
  let columns = columnsByField.get(spec);
  if (columns === undefined) {
    columns = new Map();
    // The first column of a field wins, as a search from the start finds it.
    for (const column of spec.columns) if (!columns.has(column.field)) columns.set(column.field, column);
    columnsByField.set(spec, columns);
  }
  return columns.get(field) as SheetSpec<F>["columns"][number] | undefined;
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
    return columnOf(this.spec, field)?.label ?? { vi: field, en: field };
  }

  /** Report a problem on a field's cell. */
  report(severity: Severity, field: F, code: Issue["code"], sentence: ReaderSentence): void {
    // dataRows already said the formula has no result; "empty" or "missing" would mislead.
    if (this.row.withoutResult(field)) return;
    const cell = this.row.address(field);
    this.issues.push(issue(severity, this.row.sheetName, cell, code, say(this.row.sheetName, cell, sentence)));
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
    return columnOf(this.spec, field)?.text === true;
  }

  missing(field: F, severity: Severity = "error"): void {
    const value = this.row.value(field);
    const found = cellText(value);
    const label = this.label(field);
    this.report(severity, field, "value-missing", (r, lang) => r.valueMissing({ column: label[lang], found }));
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
    this.report(severity, field, "value-error", (r, lang) => r.valueError({ column: label[lang], error }));
    return true;
  }

  invalid(field: F, expected: Localized, severity: Severity = "error"): void {
    const label = this.label(field);
    const shown = displayValue(this.row.value(field));
    this.report(severity, field, "value-invalid", (r, lang) => r.valueInvalid({ shown, column: label[lang], expected: expected[lang] }));
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
    this.report(severity, field, "value-invalid", (r, lang) => r.dateForNumber({ column: label[lang], shown, serial: formatInput(days, lang) }));
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
        else this.invalid(field, readerWords((r) => r.expect.number), severity);
        return { value: null, ok: false, read };
      }
    }
    const typed = cellText(this.row.value(field)) ?? "";
    if (read.ambiguous) {
      this.report("warning", field, "number-ambiguous", (r, lang) => r.numberAmbiguous({ typed, column: label[lang], value: formatInput(read.value, lang) }));
    }
    if (read.unit !== null) {
      const unit = read.unit;
      this.report("warning", field, "unit-in-cell", (r, lang) => r.unitInCell({ typed, column: label[lang], value: formatInput(read.value, lang), unit }));
    }
    if (read.value < 0 && negative === "error") {
      this.report(severity, field, "value-negative", (r, lang) => r.valueNegative({ column: label[lang], value: formatInput(read.value, lang) }));
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
