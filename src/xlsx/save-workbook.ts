import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileError } from "./file-errors";

/**
 * Writes `bytes` to `path` through a temporary file in the same folder, then renames it: a crash or a
 * full disk never leaves a half-written workbook where the officer expects the result.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // A new output folder (e.g. --out ket-qua/2018.xlsx) is created rather than refused.
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    // The clean-up itself fails when the folder is unusable (ENOTDIR): the write error is the one to report.
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    // The system error stays attached (cause): the command line names a locked file from its code.
    throw Object.assign(fileError("unwritable", path, code ?? String(error)), { cause: error });
  }
}
