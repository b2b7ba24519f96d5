import type { Localized } from "../scoring/types";
import { keptSheetNote } from "../workbook/output-sheets/extra-sheet-placement";
import type { CalculationExtras } from "../workbook/extras/extras";
import type { RenderedOutputs } from "../workbook/rendering/output-types";
import { extraWrites, outputWrites } from "./sheet-writes";
import { writeSheets, type WriteOptions, type WriteStats } from "./write-sheets";

export { charactersToPoints } from "./write-layout";
export type { WriteOptions, WriteStats } from "./write-sheets";

/**
 * Replace the contract's output sheets with the rendered ones. When the ranking is blocked only Kiểm tra
 * is replaced, so the previous Xếp hạng stays for the meeting. See writeSheets for batching.
 */
export function writeOutputs(context: Excel.RequestContext, outputs: RenderedOutputs, options: WriteOptions): Promise<WriteStats> {
  return writeSheets(context, outputWrites(outputs), options);
}

/**
 * The whole calculation in one write batch: the contract's three sheets, then the meeting documents,
 * the chart sheet with its native chart, the history and the hidden history data. Blocked: summary,
 * award proposal and chart stay as they were; Kiểm tra and the history are written. An officer's sheet
 * named like an extra sheet is kept; `notes` says where the program's went instead.
 */
export async function writeCalculation(
  context: Excel.RequestContext,
  calculation: { outputs: RenderedOutputs; extras: CalculationExtras },
  options: WriteOptions,
): Promise<WriteStats & { notes: Localized[] }> {
  const existing = options.sheets ?? options.existingSheets.map((name) => ({ name, tables: (options.existingTables ?? []).filter((t) => t.sheet === name).map((t) => t.name) }));
  const extras = extraWrites(calculation.extras, existing);
  const stats = await writeSheets(context, [...outputWrites(calculation.outputs), ...extras], options);
  return { ...stats, notes: extras.flatMap((w) => (w.placement ? (keptSheetNote(w.placement) ?? []) : [])) };
}
