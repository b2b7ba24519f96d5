/**
 * "Rank a workbook file": the one use case behind the command line (src/cli/run.ts), the province batch
 * (src/cli/batch.ts) and the web page (src/web/file-host.ts). Bytes and options in; the calculation, the
 * ranked copy as bytes and what the officer should know about that copy out. Browser-safe: no node:* import.
 *
 * WHAT IT PROMISES (for the package READER and WRITER replacing its internals; keep these true):
 * 1. `bytes` is read once and parsed once; it is never modified (callers pass the officer's file as read).
 * 2. A file that is not a usable workbook makes the promise reject with a WorkbookFileError (its `problem`
 *    and `localized` message for the officer); nothing else is thrown for bad input. Any other rejection
 *    is a bug, reported by callers as "the program failed".
 * 3. `onScored` (optional) is called once, with the calculation, before the copy is written (the web page
 *    shows the ranking while the slow write runs); `onProgress` hears reading → scoring → writing.
 * 4. `outputBytes` is a complete .xlsx (an .xlsm when the input has macros, once the writer keeps them):
 *    the input with only the program's sheets added or replaced (`replaced` names the input's own earlier
 *    program sheets that were replaced). When the ranking is blocked only Kiểm tra (and the history) is new.
 * 5. `notes` are what the officer should know about the copy (their own sheet kept under a program sheet's
 *    name and where ours went; anything the copy lacks of the input); empty when there is nothing to say.
 * 6. `outputKind` says which extension `outputBytes` needs ("xlsm" when macros are kept).
 * 7. `calculation` is calculateWithExtras()'s result on the file's grid (result, json, outputs, extras,
 *    input) with `carriedHistory` carried into the history sheet.
 *
 * Today's internals are ExcelJS through `engine` (src/xlsx/node-engine.ts on Node, src/web/web-engine.ts
 * in a browser). When src/xlsx/package/ lands, `engine` becomes optional and then unused: the reader and
 * writer work on every host. Callers keep passing it until then; nothing else in the interface changes.
 */
import type ExcelJS from "exceljs";
import type { Lang, Localized } from "../scoring/types";
import { calculateWithExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { CalculationSnapshot } from "../workbook/history/snapshot";
import type { Deflate } from "./chart/png";
import type { LoadedWorkbook } from "./load-workbook";
import { writeCalculation } from "./write-extras";
import { findLostParts } from "./write-losses";
import { lostPartsNote } from "./write-losses-note";
import type { InflateRaw } from "./zip-reader";

export type RankFilePhase = "reading" | "scoring" | "writing";

/** Interim: how today's ExcelJS adapter opens and saves a workbook on one host. */
export interface WorkbookEngine {
  /** Throws WorkbookFileError for bytes that are not a usable workbook; `label` names the file in messages. */
  load(bytes: Uint8Array, label: string): Promise<LoadedWorkbook>;
  save(workbook: ExcelJS.Workbook): Promise<Uint8Array>;
  /** An empty workbook (the batch's summary is written into one). */
  blank(): ExcelJS.Workbook;
  /** Reads single zip parts (what the copy loses). */
  inflate: InflateRaw;
}

export interface RankFileOptions {
  /** The file's name as the officer knows it, used in messages. */
  label: string;
  lang: Lang;
  /** Time of calculation (titles, history). */
  now: Date;
  /** Calculations recorded in an earlier output workbook (--previous), carried into this one's history. */
  carriedHistory?: readonly CalculationSnapshot[];
  /** Compresses the chart picture (node:zlib's deflateSync on Node); stored blocks by default. */
  deflate?: Deflate;
  /** Awaited: a browser caller returns a promise that lets the page paint the phase before the work blocks it. */
  onProgress?: (phase: RankFilePhase) => void | Promise<void>;
  onScored?: (calculation: CalculationWithExtras) => void;
  engine: WorkbookEngine;
}

export interface RankedFile {
  calculation: CalculationWithExtras;
  outputBytes: Uint8Array;
  notes: Localized[];
  /** Sheets of the input the program replaced (its own earlier ones). */
  replaced: string[];
  /**
   * The file type of `outputBytes`, for its name: "xlsm" only when the copy keeps the input's VBA project
   * (Excel refuses a macro-free workbook named .xlsm, and a .xlsx holding macros). Today always "xlsx".
   */
  outputKind: "xlsx" | "xlsm";
}

export async function rankWorkbookFile(bytes: Uint8Array, options: RankFileOptions): Promise<RankedFile> {
  const { engine, lang } = options;
  await options.onProgress?.("reading");
  const { workbook, grid } = await engine.load(bytes, options.label);
  await options.onProgress?.("scoring");
  const calculation = calculateWithExtras(grid, { lang, now: options.now, carriedHistory: options.carriedHistory });
  options.onScored?.(calculation);
  await options.onProgress?.("writing");
  const written = writeCalculation(workbook, calculation.outputs, calculation.extras, lang, { deflate: options.deflate });
  // ExcelJS drops parts it does not model: the officer is told by name (the input still has them).
  const lost = lostPartsNote(await findLostParts(bytes, engine.inflate), written.replaced, options.label);
  const outputBytes = await engine.save(workbook);
  return { calculation, outputBytes, notes: [...written.notes, ...(lost ? [lost] : [])], replaced: written.replaced, outputKind: "xlsx" };
}
