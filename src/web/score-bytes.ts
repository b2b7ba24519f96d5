import type ExcelJS from "exceljs";
import type { Lang } from "../scoring/types";
import { calculateWithExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { Phase } from "../workbook/host";
import { loadWorkbookBytes, type ExcelModule } from "../xlsx/load-workbook";
import { writeCalculation } from "../xlsx/write-extras";

export interface RankBytesOptions {
  /** The file's name, used in messages. */
  label: string;
  lang: Lang;
  now: Date;
  onProgress?: (phase: Phase) => void;
}

export interface ScoredWorkbook {
  calculation: CalculationWithExtras;
  /** The officer's workbook as loaded, to write the program's sheets into (writeResultBytes). */
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

/**
 * Then write the output sheets, meeting documents, chart and history into the same workbook (every input
 * sheet, style and table kept) and return it as .xlsx bytes.
 */
export async function writeResultBytes({ workbook, calculation }: ScoredWorkbook, lang: Lang): Promise<Uint8Array> {
  await paint();
  writeCalculation(workbook, calculation.outputs, calculation.extras, lang);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Each step is one long synchronous block: yield once so the browser can paint what was just announced. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
