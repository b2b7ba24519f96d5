import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Localized } from "../scoring/types";
import { samePath } from "./output-checks";

/** The extensions the batch takes: workbooks, and old .xls files so the summary says to re-save them. */
const TAKEN = new Set([".xlsx", ".xlsm", ".xls"]);

/**
 * The workbooks of `folder`, not recursing, sorted by name: Excel's "~$" lock files (an open workbook's
 * owner file, not a workbook) and hidden files are left out, as are folders whatever their name.
 */
export async function workbookFiles(folder: string): Promise<string[]> {
  const names: string[] = [];
  for (const name of await readdir(folder)) {
    if (name.startsWith("~$") || name.startsWith(".") || !TAKEN.has(extname(name).toLowerCase())) continue;
    const info = await stat(join(folder, name)).catch(() => null);
    if (info?.isFile()) names.push(name);
  }
  return names.sort((a, b) => a.localeCompare(b, "vi"));
}

/**
 * Why the batch cannot run with these folders, or null once the output folder exists and takes a file.
 * A missing output folder is created (the officer names a new folder for the results); the input folder
 * is never the output folder, by any path or link, so no copy can land on an input.
 */
export async function batchFolderProblem(input: string, out: string): Promise<Localized | null> {
  const inputInfo = await stat(input).catch(() => null);
  if (inputInfo === null) return { vi: `Không tìm thấy thư mục "${input}". Kiểm tra lại đường dẫn.`, en: `Folder not found: "${input}". Check the path.` };
  if (!inputInfo.isDirectory()) {
    return {
      vi: `"${input}" là một tệp, không phải thư mục. Để xếp hạng một tệp, dùng: npm run rank -- "${input}"`,
      en: `"${input}" is a file, not a folder. To rank one file, use: npm run rank -- "${input}"`,
    };
  }
  if (await samePath(input, out)) {
    return {
      vi: `--out là chính thư mục đầu vào (${input}): các bản đã xếp hạng mang cùng tên tệp nên sẽ ghi đè tệp gốc. Chọn một thư mục khác, ví dụ --out "${join(input, "xep-hang")}".`,
      en: `--out is the input folder itself (${input}): the ranked copies keep the file names and would overwrite the originals. Choose another folder, e.g. --out "${join(input, "ranked")}".`,
    };
  }
  const outInfo = await stat(out).catch(() => null);
  if (outInfo !== null && !outInfo.isDirectory()) {
    return { vi: `--out: "${out}" là một tệp, không phải thư mục. Chọn một thư mục.`, en: `--out: "${out}" is a file, not a folder. Choose a folder.` };
  }
  const probe = join(out, `.ktd-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(out, { recursive: true });
    await writeFile(probe, "");
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      vi: `Không ghi được vào thư mục "${out}" (${code}). Kiểm tra quyền ghi (hoặc chọn thư mục khác), rồi chạy lại.`,
      en: `Cannot write into the folder "${out}" (${code}). Check the write rights (or choose another folder), then run again.`,
    };
  }
}
