import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { both } from "../scoring/format";
import type { Localized } from "../scoring/types";
import { cliWords } from "../scoring/vocabulary/cli-words";
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
  if (inputInfo === null) return both((l) => cliWords(l).folderNotFound({ folder: input }));
  if (!inputInfo.isDirectory()) {
    return both((l) => cliWords(l).folderIsFile({ folder: input }));
  }
  if (await samePath(input, out)) {
    return both((l) => cliWords(l).outIsInputFolder({ folder: input, suggestion: join(input, cliWords(l).rankedFolderName) }));
  }
  const outInfo = await stat(out).catch(() => null);
  if (outInfo !== null && !outInfo.isDirectory()) {
    return both((l) => cliWords(l).outFolderIsFile({ folder: out }));
  }
  const probe = join(out, `.ktd-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(out, { recursive: true });
    await writeFile(probe, "");
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return both((l) => cliWords(l).folderUnwritable({ folder: out, code }));
  }
}
