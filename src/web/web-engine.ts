import { inflateDeclared } from "../xlsx/package/inflate-declared";
import type { WorkbookEngine } from "../xlsx/rank-file";

/**
 * rankWorkbookFile's engine in a browser (the worker or the page): the portable code (fflate compresses
 * the parts), with parts inflated in one call into their declared size (inflate-declared.ts) rather than
 * streamed in bounded slices. The parameter is ignored; tests/xlsx/rank-file.test.ts still passes the
 * ExcelJS module it once took.
 */
export function webEngine(_unused?: unknown): WorkbookEngine {
  return { inflateRaw: inflateDeclared };
}
