import type { Lang } from "../scoring/types";
import { calculateWithExtras, type CalculationWithExtras } from "../workbook/extras/extras";
import type { Phase } from "../workbook/host";
import { fileError } from "../xlsx/file-errors";
import { workbookToGrid } from "../xlsx/to-grid";
import { writeCalculation } from "../xlsx/write-extras";
import type { ExcelModule } from "./excel-module";
import { detectBytesKind } from "./file-kind";

export interface RankBytesOptions {
  /** The file's name, used in messages. */
  label: string;
  lang: Lang;
  now: Date;
  onProgress?: (phase: Phase) => void;
}

export interface RankedBytes {
  calculation: CalculationWithExtras;
  /** The input workbook with the program's sheets added or replaced, as .xlsx bytes. */
  bytes: Uint8Array;
}

/**
 * What the command line does to a file (src/cli/run.ts), on bytes: read, score, write the output sheets,
 * meeting documents, chart and history into the same workbook (every input sheet, style and table kept).
 * Throws WorkbookFileError with the command line's messages when the bytes are not a usable .xlsx.
 */
export async function rankWorkbookBytes(excel: ExcelModule, bytes: Uint8Array, options: RankBytesOptions): Promise<RankedBytes> {
  const { label, onProgress } = options;
  onProgress?.("reading");
  await paint();
  switch (detectBytesKind(bytes)) {
    case "xls":
      throw fileError("xls", label);
    case "encrypted":
      throw fileError("encrypted", label);
    case "unknown":
      throw fileError("not-workbook", label);
    case "zip":
      break;
  }
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError("not-workbook", label);
  }
  // A .docx or a plain zip loads as a workbook without any sheet.
  if (workbook.worksheets.length === 0) throw fileError("not-workbook", label);
  const grid = workbookToGrid(workbook);

  onProgress?.("scoring");
  await paint();
  const calculation = calculateWithExtras(grid, { lang: options.lang, now: options.now });

  onProgress?.("writing");
  await paint();
  writeCalculation(workbook, calculation.outputs, calculation.extras, options.lang);
  const written = await workbook.xlsx.writeBuffer();
  onProgress?.("done");
  return { calculation, bytes: new Uint8Array(written as ArrayBuffer) };
}

/** Each step is one long synchronous block: yield once so the browser can paint the phase just announced. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
