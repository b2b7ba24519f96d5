import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { loadWorkbookBytes, type LoadedWorkbook } from "./load-workbook";
import { readFileBytes } from "./read-file-bytes";
import type { InflateRaw } from "./zip-reader";

export type { LoadedWorkbook } from "./load-workbook";
export { readFileBytes } from "./read-file-bytes";

/** node:zlib works on every Node the project supports; DecompressionStream("deflate-raw") only on recent releases. */
const zlibInflateRaw: InflateRaw = promisify(inflateRaw);

/**
 * The command line's side of loading (Node only): a file path read with node:fs, loaded by ExcelJS's
 * Node build. Throws WorkbookFileError (missing, .xls, password, not a workbook…) with a message for the officer.
 */
export async function readWorkbookFile(path: string): Promise<LoadedWorkbook> {
  return readWorkbookBuffer(await readFileBytes(path), path);
}

/** Bytes already in memory, with the Node build of ExcelJS; `label` names the file in messages. */
export function readWorkbookBuffer(bytes: Uint8Array, label = "workbook"): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(ExcelJS, bytes, label, zlibInflateRaw);
}
