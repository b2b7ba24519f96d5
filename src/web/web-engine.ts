import type ExcelJS from "exceljs";
import { loadWorkbookBytes, type ExcelModule } from "../xlsx/load-workbook";
import type { WorkbookEngine } from "../xlsx/rank-file";
import { streamInflateRaw } from "../xlsx/zip-reader";

/**
 * rankWorkbookFile's engine in a browser: the lazily loaded ExcelJS browser build, DecompressionStream, and
 * ExcelJS's own writeBuffer (the command line's native-zlib writer needs Node). Interim, until
 * src/xlsx/package/ serves every host.
 */
export function webEngine(excel: ExcelModule): WorkbookEngine {
  return {
    load: (bytes, label) => loadWorkbookBytes(excel, bytes, label, streamInflateRaw),
    save: async (workbook: ExcelJS.Workbook) => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    inflate: streamInflateRaw,
    blank: () => new excel.Workbook(),
  };
}
