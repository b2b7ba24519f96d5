import type { ExcelModule } from "../xlsx/load-workbook";
import type { WorkbookEngine } from "../xlsx/rank-file";

/**
 * rankWorkbookFile's engine in a browser: nothing beyond the portable code (fflate compresses the parts).
 * The ExcelJS module parameter is no longer used; callers still pass it until they stop loading ExcelJS.
 */
export function webEngine(_excel?: ExcelModule): WorkbookEngine {
  return {};
}
