import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Localized } from "../scoring/types";
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
    return {
      vi: `${what}: thư mục "${folder}" không tồn tại. Tạo thư mục đó trước (hoặc sửa lại đường dẫn), rồi chạy lại.`,
      en: `${what}: the folder "${folder}" does not exist. Create it first (or correct the path), then run again.`,
    };
  }
  if (!folderStat.isDirectory()) {
    return {
      vi: `${what}: "${folder}" là một tệp, không phải thư mục. Chọn một đường dẫn trong một thư mục.`,
      en: `${what}: "${folder}" is a file, not a folder. Choose a path inside a folder.`,
    };
  }
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) {
    return {
      vi: `${what}: "${path}" là một thư mục. Cho biết tên tệp, ví dụ "${join(path, "ket-qua.xlsx")}".`,
      en: `${what}: "${path}" is a folder. Give a file name, e.g. "${join(path, "result.xlsx")}".`,
    };
  }
  if (target !== null && (target.mode & 0o222) === 0) {
    return {
      vi: `${what}: tệp "${path}" chỉ cho đọc (read-only) nên chương trình không ghi đè. Bỏ thuộc tính chỉ đọc hoặc chọn tên khác, rồi chạy lại.`,
      en: `${what}: "${path}" is read-only, so the program does not overwrite it. Clear its read-only flag or choose another name, then run again.`,
    };
  }
  if (await exists(excelLockFile(path))) return openInExcel(path, what);
  return null;
}

function openInExcel(path: string, what: string): Localized {
  const lock = basename(excelLockFile(path));
  return {
    vi: `${what}: tệp "${path}" đang mở trong Excel (có tệp khóa ${lock} bên cạnh). Đóng tệp trong Excel rồi chạy lại; nếu Excel đã đóng, tệp khóa còn sót lại sau một lần Excel bị tắt đột ngột: xóa ${lock} đi.`,
    en: `${what}: "${path}" is open in Excel (its lock file ${lock} is beside it). Close it in Excel, then run again; if Excel is closed, the lock file was left by a crash: delete ${lock}.`,
  };
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
  return new WorkbookFileError("unwritable", {
    vi: `${what}: không ghi được tệp "${path}" (${code}): tệp đang bị khóa bởi một chương trình khác (Excel, trình xem trước, phần mềm đồng bộ) hoặc không có quyền ghi vào thư mục. Đóng tệp, kiểm tra quyền ghi rồi chạy lại.`,
    en: `${what}: cannot write "${path}" (${code}): another program holds it (Excel, a previewer, a sync client) or the folder is not writable. Close the file, check the write rights, then run again.`,
  });
}
