import type { FieldReader } from "./field-reader";

/** code-missing on a data row of Chấm điểm / Cộng trừ / Vi phạm: the line cannot be given to a unit. */
export function reportMissingCode<F extends string>(read: FieldReader<F>, codeField: F, what: { vi: string; en: string }): void {
  read.report("error", codeField, "code-missing", (r, lang) => r.codeMissing({ what: what[lang], row: read.row.row }));
}
