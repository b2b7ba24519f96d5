import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { inflateRaw } from "node:zlib";
import type { WorkbookEngine } from "./rank-file";
import { readWorkbookBuffer } from "./read-workbook";
import { workbookBytes } from "./write-xlsx";

/**
 * rankWorkbookFile's engine on Node (command line, batch): ExcelJS's Node build, node:zlib, and the
 * native-zlib writer (workbookBytes). Interim, until src/xlsx/package/ serves every host.
 */
export const NODE_ENGINE: WorkbookEngine = {
  load: (bytes, label) => readWorkbookBuffer(bytes, label),
  save: (workbook) => workbookBytes(workbook),
  inflate: promisify(inflateRaw),
  blank: () => new ExcelJS.Workbook(),
};
