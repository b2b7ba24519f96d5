import type { FieldReader } from "./field-reader";

/**
 * Spots a row entered twice (same content, e.g. a target pasted again). The second one gets a
 * row-duplicate warning; both stay in the input, the scoring core decides what counts. `what` names the
 * row in the warning, made only for a duplicate (both languages for each of 6,000 rows of a 300 × 20
 * bloc were a tenth of reading its targets).
 */
export class DuplicateRows {
  private readonly firstRow = new Map<string, number>();

  check<F extends string>(read: FieldReader<F>, at: F, content: ReadonlyArray<string | number | null>, what: () => { vi: string; en: string }): void {
    const key = content.join("\u0001");
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, read.row.row);
      return;
    }
    read.report("warning", at, "row-duplicate", (r, lang) => r.rowDuplicate({ row: read.row.row, first, what: what()[lang] }));
  }
}
