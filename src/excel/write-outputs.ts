import { columnLetter } from "../workbook/grid";
import { OUTPUT_SHEETS, type OutputSheetKey } from "../workbook/output-names";
import type { RenderedOutputs, RenderedSheet } from "../workbook/output-types";
import type { Capabilities } from "./capabilities";
import { queueReplaceSheets } from "./replace-sheets";
import { sameSheetName } from "./sheet-names";
import { DEFAULT_WRITE_BUDGET_BYTES, planChunks, type Chunk } from "./write-plan";

export interface WriteOptions {
  capabilities: Capabilities;
  /** Sheet names in the workbook now (from the read batch): the old output sheets are found among them. */
  existingSheets: readonly string[];
  /** Request payload budget per sync; default 4 MB, under Excel on the web's 5 MB limit. */
  budgetBytes?: number;
  /** Output sheet to show when done (the ribbon command shows the result; the task pane does not move the officer). */
  activate?: OutputSheetKey | null;
}

export interface WriteStats {
  syncs: number;
  chunks: number;
  /** Table names created, for the next read's hints. */
  tables: string[];
}

/**
 * Excel's column width unit is the width of one digit (7 px at Calibri 11) plus 5 px padding; Office.js
 * takes points (¾ px). Check: the default 8.43 characters gives 48 points, what Office.js reports.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Replace the output sheets with the rendered ones. Old output sheets are replaced only when a new
 * one of the same kind is written: when the ranking is blocked only Kiểm tra is replaced, so the
 * previous Xếp hạng stays for the meeting. Input sheets are never touched: only names of the three
 * output sheets (Vietnamese or English) are ever renamed or deleted. One sync, or one per chunk when
 * the payload would pass the budget.
 */
export async function writeOutputs(context: Excel.RequestContext, outputs: RenderedOutputs, options: WriteOptions): Promise<WriteStats> {
  const entries = (["ranking", "breakdown", "checks"] as const)
    .map((key) => ({ key, sheet: outputs[key] }))
    .filter((e): e is { key: OutputSheetKey; sheet: RenderedSheet } => e.sheet !== null);
  const replaced = options.existingSheets.filter((name) =>
    entries.some(({ key }) => sameSheetName(name, OUTPUT_SHEETS[key].vi) || sameSheetName(name, OUTPUT_SHEETS[key].en)),
  );
  const chunks = planChunks(entries.map((e) => e.sheet), options.budgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES);
  const caps = options.capabilities;
  let sheets = new Map<string, Excel.Worksheet>();

  for (let i = 0; i < chunks.length; i++) {
    if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (caps.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0) sheets = queueReplaceSheets(context, replaced, entries.map((e) => e.sheet.name));
    queueValues(chunks[i], entries.map((e) => ({ rendered: e.sheet, target: sheets.get(e.sheet.name)! })));
    if (i === chunks.length - 1) {
      for (const { key, sheet } of entries) {
        queueLayout(sheets.get(sheet.name)!, sheet, caps);
        if (options.activate === key) sheets.get(sheet.name)!.activate();
      }
    }
    await context.sync();
  }
  return { syncs: chunks.length, chunks: chunks.length, tables: entries.filter((e) => hasTable(e.sheet)).map((e) => e.sheet.tableName) };
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

function hasTable(sheet: RenderedSheet): boolean {
  return (sheet.values[0]?.length ?? 0) > 0 && sheet.values.length > sheet.headerRow;
}

function queueLayout(target: Excel.Worksheet, sheet: RenderedSheet, caps: Capabilities): void {
  const width = sheet.values[0]?.length ?? 0;
  if (width === 0) return;
  const last = columnLetter(width);
  const rows = sheet.values.length;
  if (hasTable(sheet)) {
    // Values first, then the table over them: tables.add on written cells is fast, table.rows.add is not.
    const table = target.tables.add(`A${sheet.headerRow + 1}:${last}${rows}`, true);
    table.name = sheet.tableName;
  }
  sheet.columnWidths.forEach((characters, c) => {
    if (c < width) target.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).format.columnWidth = charactersToPoints(characters);
  });
  if (rows > sheet.headerRow + 1) {
    for (const c of sheet.wrapColumns) {
      if (c < width) target.getRange(`${columnLetter(c + 1)}${sheet.headerRow + 2}:${columnLetter(c + 1)}${rows}`).format.wrapText = true;
    }
  }
  for (const r of sheet.titleRows) {
    const title = target.getRange(`A${r + 1}:${last}${r + 1}`).format.font;
    title.bold = true;
    title.size = 14;
  }
  if (caps.freezePanes && sheet.freezeRows > 0) target.freezePanes.freezeRows(sheet.freezeRows);
  if (caps.pageLayout) {
    const layout = target.pageLayout;
    layout.paperSize = "A4";
    if (sheet.print.landscape) layout.orientation = "Landscape";
    // Fit to one page wide; leaving verticalFitToPages unset lets the length run over as many pages as needed.
    if (sheet.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
    if (sheet.print.printTitleRows > 0) layout.setPrintTitleRows(`$1:$${sheet.print.printTitleRows}`);
  }
}
