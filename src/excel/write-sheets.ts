import type { Lang } from "../scoring/types";
import type { ExistingSheet } from "../workbook/output-sheets/extra-sheet-placement";
import { columnLetter } from "../workbook/grid";
import type { OutputSheetKey } from "../workbook/output-sheets/output-names";
import type { RenderedSheet } from "../workbook/rendering/output-types";
import type { Capabilities } from "./capabilities";
import { queueReplaceSheets } from "./replace-sheets";
import { sameSheetName } from "./sheet-names";
import type { SheetWrite } from "./sheet-writes";
import { queueChart } from "./write-chart";
import { hasTable, queueLayout } from "./write-layout";
import { DEFAULT_WRITE_BUDGET_BYTES, planChunks, type Chunk } from "./write-plan";

export interface WriteOptions {
  capabilities: Capabilities;
  /** Sheet names in the workbook now (from the read batch): the old program sheets are found among them. */
  existingSheets: readonly string[];
  /** Tables in the workbook now, with their sheets: a new table never takes the name of one that stays. */
  existingTables?: readonly { name: string; sheet: string }[];
  /**
   * The sheets now with their tables and, where the read batch loaded them, their cells: says whether a sheet
   * named like an extra sheet is the program's (extra-sheet-placement.ts). Default: existingSheets with
   * existingTables, cells unknown.
   */
  sheets?: readonly ExistingSheet[];
  /** Request payload budget per sync; default 4 MB, under Excel on the web's 5 MB limit. */
  budgetBytes?: number;
  /** Output sheet to show when done (the ribbon command shows the result; the task pane does not move the officer). */
  activate?: OutputSheetKey | null;
  /** Language of the chart's title (the sheets themselves are already rendered). Default Vietnamese. */
  lang?: Lang;
}

export interface WriteStats {
  syncs: number;
  chunks: number;
  /** Table names created, for the next read's hints. */
  tables: string[];
  /** True when a native chart was drawn on the Biểu đồ sheet. */
  chart: boolean;
}

/**
 * Replace program sheets with the rendered ones in one batch. An existing sheet is replaced only when a
 * new one of its kind is written, and only sheets under the program's own names are ever renamed or
 * deleted: input sheets are never touched. One sync, or one per chunk when the values would pass the
 * request budget; sheet replacement goes with the first chunk, tables, layout and the chart with the last.
 */
export async function writeSheets(context: Excel.RequestContext, writes: readonly SheetWrite[], options: WriteOptions): Promise<WriteStats> {
  const replaced = options.existingSheets.filter((name) => writes.some((w) => w.replaces.some((n) => sameSheetName(name, n))));
  const chunks = planChunks(writes.map((w) => w.sheet), options.budgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES);
  const tableNames = freeTableNames(writes, options.existingTables ?? [], replaced);
  const caps = options.capabilities;
  let sheets = new Map<string, Excel.Worksheet>();
  let chart = false;

  for (let i = 0; i < chunks.length; i++) {
    if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (caps.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0) {
      sheets = queueReplaceSheets(context, replaced, writes.map((w) => w.sheet.name));
      // Hidden in the batch that adds it: the officer never sees the data sheet, even for a moment.
      for (const w of writes) if (w.hidden) sheets.get(w.sheet.name)!.visibility = "Hidden";
    }
    queueValues(chunks[i], writes.map((w) => ({ rendered: w.sheet, target: sheets.get(w.sheet.name)! })));
    if (i === chunks.length - 1) {
      writes.forEach((w, index) => {
        if (w.hidden) return;
        const target = sheets.get(w.sheet.name)!;
        queueLayout(target, w.sheet, tableNames[index], caps);
        if (w.chart) chart = queueChart(target, w.chart, options.lang ?? "vi", caps) !== null || chart;
        if (w.key && options.activate === w.key) target.activate();
      });
    }
    await context.sync();
  }
  const tables = writes.flatMap((w, index) => (!w.hidden && hasTable(w.sheet) ? [tableNames[index]] : []));
  return { syncs: chunks.length, chunks: chunks.length, tables, chart };
}

/**
 * Table names are unique in a workbook: a rendered name already used by a table that stays (on one of
 * the officer's sheets) gets a suffix, "BieuDo_2", instead of failing the whole write.
 */
export function freeTableNames(writes: readonly SheetWrite[], existing: readonly { name: string; sheet: string }[], replaced: readonly string[]): string[] {
  const taken = new Set(existing.filter((t) => !replaced.some((r) => sameSheetName(r, t.sheet))).map((t) => t.name.toLowerCase()));
  return writes.map((w) => {
    if (w.hidden || !hasTable(w.sheet)) return w.sheet.tableName;
    let name = w.sheet.tableName;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${w.sheet.tableName}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Formats before values: a cell already formatted "@" stores "=…" or "001" as text instead of a formula or a number. */
function queueValues(chunk: Chunk, targets: { rendered: RenderedSheet; target: Excel.Worksheet }[]): void {
  for (const block of chunk) {
    const { rendered, target } = targets[block.sheet];
    const width = rendered.values[0]?.length ?? 0;
    if (width === 0 || block.end <= block.start) continue;
    const range = target.getRange(`A${block.start + 1}:${columnLetter(width)}${block.end}`);
    range.numberFormat = rendered.numberFormats.slice(block.start, block.end);
    range.values = rendered.values.slice(block.start, block.end) as (string | number)[][];
  }
}
