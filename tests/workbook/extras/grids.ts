import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/workbook/grid";
import { workedExampleWorkbook } from "../../fixtures/worked-example";

export { sheet } from "../../fixtures/sheet";
export { KB } from "../../fixtures/worked-example";

/** domain.md's worked example as a plain grid; `kbSecondActual` is Chỉ tiêu!F13, `ctPlan` Chỉ tiêu!E2. */
export function workedExampleGrid(kbSecondActual: CellValue = 99.6, extra: SheetGrid[] = [], ctPlan: CellValue = 9000): WorkbookGrid {
  return workedExampleWorkbook({ kbSecondActual, ctPlan }, extra);
}
