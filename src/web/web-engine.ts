import type { WorkbookEngine } from "../xlsx/rank-file";

/**
 * rankWorkbookFile's engine in a browser (the worker or the page): nothing beyond the portable code
 * (fflate compresses the parts). The parameter is ignored; tests/xlsx/rank-file.test.ts still passes
 * the ExcelJS module it once took.
 */
export function webEngine(_unused?: unknown): WorkbookEngine {
  return {};
}
