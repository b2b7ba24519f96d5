import type ExcelJS from "exceljs";
import type { Lang, Localized } from "../scoring/types";
import type { ChartSheet } from "../workbook/extras/chart-sheet";
import type { CalculationExtras, HistoryData } from "../workbook/extras/extras";
import { keptSheetNote, placeExtraSheet, type ExtraSheetKind, type ExtraSheetPlacement } from "../workbook/output-sheets/extra-sheet-placement";
import { cellAddress, columnLetter } from "../workbook/grid";
import type { RenderedOutputs, RenderedSheet } from "../workbook/rendering/output-types";
import { drawChartPicture } from "./chart/chart-picture";
import type { Deflate } from "./chart/png";
import { zlibStored } from "./chart/zlib-stored";
import { existingSheetOf, extraSheetIndex, programSheetIndex } from "./program-sheets";
import { freeTableName, writeOutputs } from "./write-outputs";
import { addRenderedSheet } from "./write-sheet";

export interface WriteCalculationOptions {
  /** Compresses the chart picture: node:zlib's deflateSync on the command line; stored blocks (any host) by default. */
  deflate?: Deflate;
}

export interface WrittenCalculation {
  /** Names of the sheets the program replaced (its own earlier ones): what was on them is not the officer's loss. */
  replaced: string[];
  /** Where each extra sheet went. */
  placements: ExtraSheetPlacement[];
  /** For the officer: the sheets of theirs kept under a program sheet's name, and where the program wrote instead. */
  notes: Localized[];
}

/**
 * Writes a whole calculation: the contract's three sheets (writeOutputs), then the meeting documents,
 * the chart and the history, the data sheet hidden. A null sheet (ranking blocked) leaves the old one as
 * it was. An officer's sheet that only shares an extra sheet's name ("Bảng tổng hợp") is never replaced:
 * ours goes to "Bảng tổng hợp (2)" (placeExtraSheet). Finally the program's sheets are put after the
 * officer's, in PROGRAM_SHEET_ORDER; the officer's sheets keep their order and content.
 */
export function writeCalculation(
  workbook: ExcelJS.Workbook,
  outputs: RenderedOutputs,
  extras: CalculationExtras,
  lang: Lang,
  options: WriteCalculationOptions = {},
): WrittenCalculation {
  const replaced = writeOutputs(workbook, outputs);
  const written = new Map<ExcelJS.Worksheet, number>();
  const placements: ExtraSheetPlacement[] = [];
  const place = (kind: ExtraSheetKind): ExtraSheetPlacement => {
    const placement = placeExtraSheet(kind, workbook.worksheets.map(existingSheetOf));
    removeSheets(workbook, placement.replaces);
    replaced.push(...placement.replaces);
    placements.push(placement);
    return placement;
  };
  const addExtra = (kind: ExtraSheetKind, sheet: RenderedSheet): ExcelJS.Worksheet => {
    const renamed = { ...sheet, name: place(kind).name };
    const ws = addRenderedSheet(workbook, renamed, freeTableName(workbook, renamed));
    written.set(ws, extraSheetIndex(kind));
    return ws;
  };

  if (extras.summary) addExtra("summary", extras.summary);
  if (extras.awards) addExtra("awards", extras.awards);
  if (extras.chart) drawChart(workbook, addExtra("chart", extras.chart.sheet), extras.chart, lang, options.deflate ?? zlibStored);
  addExtra("history", extras.history);
  written.set(writeHistoryData(workbook, extras.historyData, place("historyData").name), extraSheetIndex("historyData"));
  orderProgramSheets(workbook, written);
  return { replaced, placements, notes: placements.flatMap((p) => keptSheetNote(p) ?? []) };
}

function drawChart(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, chart: ChartSheet, lang: Lang, deflate: Deflate): void {
  if (chart.lastDataRow >= chart.firstDataRow) {
    const col = columnLetter(chart.percentColumn + 1);
    ws.addConditionalFormatting({
      ref: `${col}${chart.firstDataRow + 1}:${col}${chart.lastDataRow + 1}`,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          gradient: false,
          minLength: 0,
          maxLength: 100,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: chart.data.axisMax },
          ],
          // ExcelJS writes the bar colour but does not declare it in its types.
          ...({ color: { argb: "FF0072B2" } } as object),
        },
      ],
    });
  }
  const picture = drawChartPicture(chart.data, lang, deflate);
  if (!picture) return;
  // ExcelJS's declared Buffer type is its own interface, not Node's Buffer.
  const imageId = workbook.addImage({ buffer: picture.png as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(imageId, { tl: { col: 0, row: chart.pictureRow }, ext: { width: picture.width, height: picture.height }, editAs: "oneCell" });
}

/** Every cell text ("@"): the chunks are JSON and must never be read as numbers, dates or formulas. */
function writeHistoryData(workbook: ExcelJS.Workbook, data: HistoryData, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { state: "hidden" });
  data.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === "") return;
      const cell = ws.getCell(cellAddress(r + 1, c + 1));
      cell.numFmt = "@";
      cell.value = value;
    });
  });
  return ws;
}

function removeSheets(workbook: ExcelJS.Workbook, names: readonly string[]): void {
  for (const ws of workbook.worksheets) if (names.includes(ws.name)) workbook.removeWorksheet(ws.id);
}

/** Sheets written now by their kind; older ones (left when the ranking is blocked) by their names and signatures. */
function orderProgramSheets(workbook: ExcelJS.Workbook, written: ReadonlyMap<ExcelJS.Worksheet, number>): void {
  const indexed = workbook.worksheets.map((ws) => ({ ws, index: written.get(ws) ?? programSheetIndex(ws) }));
  const officer = indexed.filter((s) => s.index < 0);
  const program = indexed.filter((s) => s.index >= 0).sort((a, b) => a.index - b.index);
  // ExcelJS orders worksheets (tabs and file) by this undeclared field.
  [...officer, ...program].forEach(({ ws }, i) => {
    (ws as unknown as { orderNo: number }).orderNo = i + 1;
  });
}
