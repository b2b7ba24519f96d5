import type ExcelJS from "exceljs";
import type { Lang, Localized } from "../scoring/types";
import { calculateWithExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { Phase } from "../workbook/host/host";
import { loadWorkbookBytes, type ExcelModule } from "../xlsx/load-workbook";
import { writeCalculation } from "../xlsx/write-extras";
import { findLostParts } from "../xlsx/write-losses";
import { lostPartsNote } from "../xlsx/write-losses-note";
import { streamInflateRaw } from "../xlsx/zip-reader";

export interface RankBytesOptions {
  /** The file's name, used in messages. */
  label: string;
  lang: Lang;
  now: Date;
  onProgress?: (phase: Phase) => void;
}

export interface ScoredWorkbook {
  calculation: CalculationWithExtras;
  /** The officer's workbook as loaded, to write the program's sheets into (writeResultFile). */
  workbook: ExcelJS.Workbook;
}

/**
 * What the command line does to a file (src/cli/run.ts), on bytes, in two steps so the ranking can be
 * shown before the slow part (writing a few thousand rows back to .xlsx): first read and score. Throws
 * WorkbookFileError with the command line's messages when the bytes are not a usable .xlsx.
 */
export async function scoreWorkbookBytes(excel: ExcelModule, bytes: Uint8Array, options: RankBytesOptions): Promise<ScoredWorkbook> {
  const { label, onProgress } = options;
  onProgress?.("reading");
  await paint();
  const { workbook, grid } = await loadWorkbookBytes(excel, bytes, label);

  onProgress?.("scoring");
  await paint();
  return { workbook, calculation: calculateWithExtras(grid, { lang: options.lang, now: options.now }) };
}

export interface WrittenResult {
  bytes: Uint8Array;
  /**
   * For the download note, as the command line prints them: an officer's sheet kept under a program sheet's
   * name (and where ours went), and what the copy lacks of `input` (chart sheets, charts, PivotTables…).
   */
  notes: Localized[];
}

/**
 * Then write the output sheets, meeting documents, chart and history into the same workbook (every input
 * sheet, style and table kept) and return it as .xlsx bytes with the notes; `input` (the opened file) is
 * what the copy is compared with.
 */
export async function writeResultFile({ workbook, calculation }: ScoredWorkbook, lang: Lang, input?: { bytes: Uint8Array; label: string }): Promise<WrittenResult> {
  await paint();
  // The picture keeps the stored-block deflate every browser can make: the .xlsx zip compresses it anyway.
  const written = writeCalculation(workbook, calculation.outputs, calculation.extras, lang);
  const lost = input ? lostPartsNote(await findLostParts(input.bytes, streamInflateRaw), written.replaced, input.label) : null;
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return { bytes, notes: [...written.notes, ...(lost ? [lost] : [])] };
}

/** Each step is one long synchronous block: yield once so the browser can paint what was just announced. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
