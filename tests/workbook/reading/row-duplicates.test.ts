import type { FieldReader } from "../../../src/workbook/reading/field-reader";
import { DuplicateRows } from "../../../src/workbook/reading/row-duplicates";

describe("DuplicateRows", () => {
  it("names a row (both languages) only for a duplicate, not for each row read", () => {
    const report = jest.fn();
    const at = (row: number) => ({ row: { row }, report }) as unknown as FieldReader<"code">;
    const what = jest.fn(() => ({ vi: "chỉ tiêu Thu của CT", en: "target Thu of CT" }));
    const duplicates = new DuplicateRows();
    duplicates.check(at(2), "code", ["CT", 1, 2], what);
    duplicates.check(at(3), "code", ["KB", 1, 2], what);
    expect(what).not.toHaveBeenCalled();
    duplicates.check(at(4), "code", ["CT", 1, 2], what);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0].slice(0, 3)).toEqual(["warning", "code", "row-duplicate"]);
  });
});
