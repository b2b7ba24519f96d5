import { basename, extname, join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import type { Lang } from "../scoring/types";
import { BATCH_SUMMARY_FILES, batchCounts, batchJson, readEntry, unreadableEntry, type BatchFileEntry } from "../workbook/batch/batch-summary";
import { renderBatchSummary } from "../workbook/batch/render-batch-summary";
import { WorkbookFileError } from "../xlsx/file-errors";
import { NODE_ENGINE } from "../xlsx/node-engine";
import { rankWorkbookFile, type RankedFile } from "../xlsx/rank-file";
import { readFileBytes } from "../xlsx/read-file-bytes";
import { writeFileAtomically } from "../xlsx/save-workbook";
import { singleSheetWorkbook } from "../xlsx/summary-workbook";
import { batchFolderProblem, workbookFiles } from "./batch-folders";
import { parseBatchArgs, type BatchOptions } from "./batch-args";
import { batchFileLine, batchSummaryLine, BATCH_TEXT } from "./batch-text";
import { batchHelpText } from "./help";
import { excelLockFile, exists, outputProblem, samePath, writeFailure } from "./output-checks";
import { BatchProgress } from "./progress";
import { EXIT, failureText, runCommand } from "./command";
import type { CliIo } from "./run";

export interface BatchIo extends CliIo {
  /** stderr is a terminal: the progress line is shown. */
  terminal?: boolean;
}

/**
 * `npm run batch -- <folder> --out <folder>`: every workbook of a folder ranked, one copy each, and the
 * province's summary (tong-hop.xlsx, tong-hop.json). One bad file never stops the others. Exit 0 every file
 * ranked, 2 any blocked or unreadable, 1 the batch could not run or an output could not be written.
 * Never throws.
 */
export function runBatch(argv: readonly string[], io: BatchIo): Promise<number> {
  return runCommand(parseBatchArgs(argv), io, { help: batchHelpText, hint: (lang) => BATCH_TEXT.seeHelp[lang] }, (options) => batch(options, io));
}

async function batch(options: BatchOptions, io: BatchIo): Promise<number> {
  const { lang } = options;
  const input = resolve(options.input);
  const out = resolve(options.out);
  const refused = await batchFolderProblem(input, out);
  if (refused) {
    io.stderr(refused[lang] + "\n");
    return EXIT.failed;
  }
  const names = await workbookFiles(input);
  if (names.length === 0) {
    io.stderr(BATCH_TEXT.noWorkbooks(input)[lang] + "\n");
    return EXIT.failed;
  }
  const now = io.now();
  const progress = new BatchProgress(io.stderr, io.terminal === true);
  const entries: BatchFileEntry[] = [];
  const notes: string[] = [];
  const writeProblems: string[] = [];
  const copies = new Set<string>([BATCH_SUMMARY_FILES.workbook, BATCH_SUMMARY_FILES.json].map((n) => n.toLowerCase()));
  for (const [i, name] of names.entries()) {
    progress.file(i + 1, names.length, name);
    const ranked = await rankOne(join(input, name), name, lang, now);
    entries.push(ranked.entry);
    if (await exists(excelLockFile(join(input, name)))) notes.push(BATCH_TEXT.inputOpen(name)[lang]);
    if (ranked.file === null) continue;
    const copy = copyName(name, ranked.file.outputKind, copies);
    const problem = await writeCopy(join(out, copy), join(input, name), ranked.file.outputBytes, lang);
    if (problem !== null) writeProblems.push(problem);
    for (const note of ranked.file.notes) notes.push(`${name}: ${note[lang]}`);
    if (copy !== name) notes.push(BATCH_TEXT.copyRenamed(name, copy)[lang]);
  }
  progress.done();

  const sheet = renderBatchSummary(entries, { lang, now });
  await writeSummary(join(out, BATCH_SUMMARY_FILES.json), JSON.stringify(batchJson(entries), null, 2) + "\n");
  await writeSummary(join(out, BATCH_SUMMARY_FILES.workbook), await singleSheetWorkbook(sheet, NODE_ENGINE));

  for (const entry of entries) io.stdout(batchFileLine(entry, lang) + "\n");
  for (const note of notes) io.stdout(note + "\n");
  for (const problem of writeProblems) io.stderr(problem + "\n");
  const counts = batchCounts(entries);
  io.stdout(batchSummaryLine(counts, out, entries.length - writeProblems.length - counts.unreadable, lang) + "\n");
  if (writeProblems.length > 0) return EXIT.failed;
  return counts.ranked === entries.length ? EXIT.ranked : EXIT.blocked;
}

interface RankedOne {
  entry: BatchFileEntry;
  /** null when the file could not be read as a workbook (no copy is written). */
  file: RankedFile | null;
}

/** Never throws: a file that fails in any way becomes an "unreadable" entry saying why. */
async function rankOne(path: string, name: string, lang: Lang, now: Date): Promise<RankedOne> {
  try {
    const bytes = await readFileBytes(path);
    const file = await rankWorkbookFile(bytes, { label: name, lang, now, deflate: deflateSync, engine: NODE_ENGINE });
    const { json, result } = file.calculation;
    return { entry: readEntry(name, json, result.blocked), file };
  } catch (error) {
    if (error instanceof WorkbookFileError) return { entry: unreadableEntry(name, error.problem, error.localized[lang]), file: null };
    return { entry: unreadableEntry(name, "unexpected", failureText(error, lang)), file: null };
  }
}

/**
 * The copy keeps the input's name, with the extension the copy needs (an .xlsm whose macros the copy
 * lacks becomes .xlsx). A name already taken (khoi.xlsx beside khoi.xlsm, or a file named tong-hop.xlsx)
 * gets " (2)" rather than overwriting another output.
 */
function copyName(name: string, kind: "xlsx" | "xlsm", taken: Set<string>): string {
  const stem = basename(name, extname(name));
  let candidate = `${stem}.${kind}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n}).${kind}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Null when written; else the officer's message (the other files go on). Never over the input. */
async function writeCopy(path: string, input: string, bytes: Uint8Array, lang: Lang): Promise<string | null> {
  if (await samePath(path, input)) return BATCH_TEXT.copyIsInput(path)[lang];
  const problem = await outputProblem(path, basename(path));
  if (problem !== null) return problem[lang];
  try {
    await writeFileAtomically(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return null;
  } catch (error) {
    const failure = await writeFailure(error, path, basename(path));
    return failureText(failure, lang);
  }
}

/** The summary files: a failure here is the batch's (exit 1), thrown with the officer's message. */
async function writeSummary(path: string, bytes: Uint8Array | string): Promise<void> {
  const problem = await outputProblem(path, basename(path));
  if (problem !== null) throw new WorkbookFileError("unwritable", problem);
  try {
    await writeFileAtomically(path, typeof bytes === "string" ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw await writeFailure(error, path, basename(path));
  }
}


