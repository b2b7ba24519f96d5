import { columnLetter } from "../workbook/grid";
import type { InsertSampleOutcome } from "../workbook/host";
import { locateSheet } from "../workbook/locate-sheet";
import type { SampleSheet } from "../workbook/sample/sample-sheet";
import { queueReplaceSheets, sheetsToReplace } from "./replace-sheets";
import { INPUT_SHEET_SPECS } from "./sheet-names";
import { charactersToPoints } from "./write-outputs";

/**
 * Text Excel would not keep as typed: numbers ("001", "1.5"), formulas (= + - @), error words (#N/A).
 * Only those cells get the text format, so the officer can still type numbers over the rest.
 */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@#]/.test(text) || /^[\d\s.,%/:eE$]+$/.test(text);
}

/**
 * Add the sample's input sheets. When the workbook already has any contract input sheet (under any of
 * its names) nothing is written unless `overwrite`: then exactly those sheets are replaced. Two syncs:
 * one to list the sheets, one to write.
 */
export async function insertSample(context: Excel.RequestContext, sample: readonly SampleSheet[], overwrite: boolean): Promise<InsertSampleOutcome> {
  const sheets = context.workbook.worksheets.load("items/name, items/visibility");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const grid = { sheets: sheets.items.map((s) => ({ name: s.name, rows: [], originRow: 1, originCol: 1, visible: s.visibility === "Visible" })) };
  const existing = INPUT_SHEET_SPECS.map((spec) => locateSheet(grid, spec)?.name).filter((n): n is string => !!n);
  if (existing.length && !overwrite) return { status: "exists", existing };

  const replace = [...new Set([...existing, ...sheetsToReplace(names, sample.map((s) => s.name))])];
  const added = queueReplaceSheets(context, replace, sample.map((s) => s.name));
  for (const sheet of sample) {
    const target = added.get(sheet.name)!;
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    if (width === 0 || sheet.rows.length === 0) continue;
    const rows = sheet.rows.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
    const range = target.getRange(`A1:${columnLetter(width)}${rows.length}`);
    range.numberFormat = rows.map((r) => r.map((v) => (typeof v === "string" && needsTextFormat(v) ? "@" : "General")));
    range.values = rows as (string | number)[][];
    sheet.columnWidths?.forEach((w, c) => {
      target.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).format.columnWidth = charactersToPoints(w);
    });
    if (sheet.headerRow !== undefined) target.getRange(`A${sheet.headerRow + 1}:${columnLetter(width)}${sheet.headerRow + 1}`).format.font.bold = true;
  }
  if (sample.length) added.get(sample[0].name)!.activate();
  await context.sync();
  return { status: "inserted", existing };
}
