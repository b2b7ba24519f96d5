import type { FieldReader } from "./field-reader";

/** code-missing on a data row of Chấm điểm / Cộng trừ / Vi phạm: the line cannot be given to a unit. */
export function reportMissingCode<F extends string>(read: FieldReader<F>, codeField: F, what: { vi: string; en: string }): void {
  read.report("error", codeField, "code-missing",
    `${what.vi} ở dòng ${read.row.row} chưa có mã đơn vị. Hãy nhập mã của đơn vị.`,
    `the ${what.en} on row ${read.row.row} has no unit code. Enter the unit's code.`);
}
