import { columnLetter } from "../workbook/grid";
import type { InsertSampleOutcome } from "../workbook/host/host";
import { locateSheet } from "../workbook/reading/locate-sheet";
import { noteRowsAbove, overflowingTextColumns } from "../workbook/sample/note-rows";
import type { SampleSheet } from "../workbook/sample/sample-sheet";
import { officeCapabilities, type Capabilities } from "./capabilities";
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
 * one to list the sheets, one to write (values and layout together).
 */
export async function insertSample(
  context: Excel.RequestContext,
  sample: readonly SampleSheet[],
  overwrite: boolean,
  capabilities: Capabilities = officeCapabilities(),
): Promise<InsertSampleOutcome> {
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
    queueSampleLayout(target, sheet, width, capabilities);
  }
  if (sample.length) added.get(sample[0].name)!.activate();
  await context.sync();
  return { status: "inserted", existing };
}

/**
 * Queued in the write batch (no sync of its own): widths, the note row merged over the header's columns and
 * wrapped, a bold wrapped header, text longer than its column wrapped, the header frozen where the build
 * has freezePanes (ExcelApi 1.7; wrapText, font.bold and columnWidth are 1.1, merge 1.2, all within the
 * manifest's 1.4). Excel grows an unmerged row with wrapped text by itself; it never grows a merged one,
 * which is why the sample's column widths are chosen so the note fits the table's width on one line.
 */
function queueSampleLayout(target: Excel.Worksheet, sheet: SampleSheet, width: number, caps: Capabilities): void {
  const headerRow = sheet.headerRow ?? 0;
  const widths = sheet.columnWidths ?? [];
  widths.forEach((w, c) => {
    target.getRange(`${columnLetter(c + 1)}:${columnLetter(c + 1)}`).format.columnWidth = charactersToPoints(w);
  });
  const tableWidth = Math.max(1, sheet.rows[headerRow]?.length ?? width);
  for (const r of noteRowsAbove(sheet.rows, headerRow)) {
    const note = target.getRange(`A${r + 1}:${columnLetter(tableWidth)}${r + 1}`);
    if (tableWidth > 1) note.merge(false);
    note.format.wrapText = true;
  }
  const header = target.getRange(`A${headerRow + 1}:${columnLetter(width)}${headerRow + 1}`).format;
  header.font.bold = true;
  header.wrapText = true;
  if (sheet.rows.length > headerRow + 1) {
    for (const c of overflowingTextColumns(sheet.rows, headerRow, widths)) {
      target.getRange(`${columnLetter(c + 1)}${headerRow + 2}:${columnLetter(c + 1)}${sheet.rows.length}`).format.wrapText = true;
    }
  }
  if (caps.freezePanes) target.freezePanes.freezeRows(headerRow + 1);
}
