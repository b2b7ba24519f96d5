import { readFile } from "node:fs/promises";
import { fileError } from "./file-errors";

/**
 * The file's bytes, read once; throws WorkbookFileError "missing" or "unreadable" (a folder, no access…).
 * A module of its own so the command line's bundle takes only this (no ExcelJS).
 */
export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileError("missing", path);
    throw fileError("unreadable", path, code ?? String(error));
  }
}
