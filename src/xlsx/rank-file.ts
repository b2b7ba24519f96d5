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
 *    shows the ranking while the slow write runs); `onRanked` (optional) before it, with the calculation
 *    without its extras; `onProgress` hears reading → scoring → writing.
 * 4. `outputBytes` is a complete .xlsx (an .xlsm when the input has macros, once the writer keeps them):
 *    the input with only the program's sheets added or replaced (`replaced` names the input's own earlier
 *    program sheets that were replaced). When the ranking is blocked only Kiểm tra (and the history) is new.
 * 5. `notes` are what the officer should know about the copy (their own sheet kept under a program sheet's
 *    name and where ours went; anything the copy lacks of the input); empty when there is nothing to say.
 * 6. `outputKind` says which extension `outputBytes` needs ("xlsm" when macros are kept).
 * 7. `calculation` is calculateWithExtras()'s result on the file's grid (result, json, outputs, extras,
 *    input) with `carriedHistory` carried into the history sheet.
 *
 * Internals: the package reader (src/xlsx/package/open-workbook.ts) gives the grid and the package from
 * one parse; the package writer (src/xlsx/package/write-package.ts) writes the program's sheets into that
 * package, copying every other part byte for byte. `engine` only says what a host does faster than the
 * portable code (Node's native zlib); it is optional, and every host gets the same file.
 */
import type { Lang, Localized } from "../scoring/types";
import { calculate, type Calculation } from "../workbook/calculate";
import { calculationExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { CalculationSnapshot } from "../workbook/history/snapshot";
import type { Deflate } from "./chart/png";
import type { Crc32 } from "./crc32";
import { openWorkbook } from "./package/open-workbook";
import { writeProgramSheets } from "./package/write-package";
import type { InflateRaw } from "./package/zip-package";
import type { DeflateRaw } from "./package/zip-writer";

export type RankFilePhase = "reading" | "scoring" | "writing";

/** What a host does faster than the portable code (fflate): Node's native zlib. Every field optional. */
export interface WorkbookEngine {
  /** Raw deflate (RFC 1951) for the parts the writer adds. */
  deflateRaw?: DeflateRaw;
  /** Raw inflate of the parts read, capped at their declared size (zip-package.ts says what it must do). */
  inflateRaw?: InflateRaw;
  /** CRC-32 of the parts read (checked) and written (megabytes of each). */
  crc32?: Crc32;
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
  /**
   * Called once with the ranking before its extras (history, meeting papers) are made, and awaited: the
   * web page's worker sends it then, and waits for the page to have drawn it.
   */
  onRanked?: (calculation: Calculation) => void | Promise<void>;
  onScored?: (calculation: CalculationWithExtras) => void;
  engine?: WorkbookEngine;
}

export interface RankedFile {
  calculation: CalculationWithExtras;
  outputBytes: Uint8Array;
  notes: Localized[];
  /** Sheets of the input the program replaced (its own earlier ones). */
  replaced: string[];
  /**
   * The file type of `outputBytes`, for its name: "xlsm" only when the copy keeps the input's VBA project
   * (Excel refuses a macro-free workbook named .xlsm, and a .xlsx holding macros): the input's own type.
   */
  outputKind: "xlsx" | "xlsm";
}

export async function rankWorkbookFile(bytes: Uint8Array, options: RankFileOptions): Promise<RankedFile> {
  const { lang, label } = options;
  await options.onProgress?.("reading");
  const { pkg, grid } = openWorkbook(bytes, label, { inflateRaw: options.engine?.inflateRaw, crc32: options.engine?.crc32 });
  await options.onProgress?.("scoring");
  const ranked = calculate(grid, { lang, now: options.now });
  await options.onRanked?.(ranked);
  const calculation = { ...ranked, extras: calculationExtras(grid, ranked, { lang, now: options.now, carriedHistory: options.carriedHistory }) };
  options.onScored?.(calculation);
  await options.onProgress?.("writing");
  const written = writeProgramSheets(pkg, calculation.outputs, calculation.extras, lang, { label, deflate: options.deflate, deflateRaw: options.engine?.deflateRaw, crc32: options.engine?.crc32 });
  return { calculation, outputBytes: written.bytes, notes: written.notes, replaced: written.replaced, outputKind: written.kind };
}
