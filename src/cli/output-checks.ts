import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Localized } from "../scoring/types";
import { both } from "../scoring/format";
import { cliWords } from "../scoring/vocabulary/cli-words";
import { WorkbookFileError } from "../xlsx/file-errors";

/**
 * Checks on a file the command is about to write, made before anything is written: each problem the
 * officer can fix gets its own message instead of a bare error code after the work is done.
 * The write itself stays atomic (writeFileAtomically): a temporary file renamed over the target.
 */

/** Same resolved path, or the same file reached another way (a symlink, a hard link, a case-insensitive file system). */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Excel's owner file beside an open workbook: "~$khoi-17.xlsx" while khoi-17.xlsx is open. */
export function excelLockFile(path: string): string {
  return join(dirname(path), `~$${basename(path)}`);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `path` cannot be written, or null. `what` names it for the officer ("--out", "--json").
 * A rename over a read-only file succeeds on Linux and macOS, so the read-only flag is checked here:
 * the officer who marked a file read-only meant it not to change.
 */
export async function outputProblem(path: string, what: string): Promise<Localized | null> {
  const folder = dirname(path);
  const folderStat = await stat(folder).catch(() => null);
  if (folderStat === null) {
    return both((l) => cliWords(l).outFolderMissing({ what, folder }));
  }
  if (!folderStat.isDirectory()) {
    return both((l) => cliWords(l).outParentIsFile({ what, folder }));
  }
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) {
    return both((l) => cliWords(l).outIsFolder({ what, path, suggestion: join(path, cliWords(l).resultFileName) }));
  }
  if (target !== null && (target.mode & 0o222) === 0) {
    return both((l) => cliWords(l).outReadOnly({ what, path }));
  }
  if (await exists(excelLockFile(path))) return openInExcel(path, what);
  return null;
}

function openInExcel(path: string, what: string): Localized {
  const lock = basename(excelLockFile(path));
  return both((l) => cliWords(l).outOpenInExcel({ what, path, lock }));
}

const LOCKED = new Set(["EACCES", "EPERM", "EBUSY"]);

/**
 * A failed write (from writeFileAtomically) in the officer's words: a locked or protected file says so,
 * and names Excel when its lock file is beside the target. Other failures keep their message.
 */
export async function writeFailure(error: unknown, path: string, what: string): Promise<unknown> {
  const code = (error as { cause?: NodeJS.ErrnoException }).cause?.code ?? (error as NodeJS.ErrnoException).code;
  if (code === undefined || !LOCKED.has(code)) return error;
  if (await exists(excelLockFile(path))) return new WorkbookFileError("unwritable", openInExcel(path, what));
  return new WorkbookFileError("unwritable", both((l) => cliWords(l).outLocked({ what, path, code })));
}
