import type ExcelJS from "exceljs";
import type { Lang } from "../scoring/types";
import type { ChartSheet } from "../workbook/extras/chart-sheet";
import type { CalculationExtras, HistoryData } from "../workbook/extras/extras";
import { cellAddress, columnLetter } from "../workbook/grid";
import type { RenderedOutputs, RenderedSheet } from "../workbook/output-types";
import { textKey } from "../workbook/text-key";
import { drawChartPicture } from "./chart/chart-picture";
import { programSheetIndex, PROGRAM_SHEET_ORDER } from "./program-sheets";
import { freeTableName, writeOutputs } from "./write-outputs";
import { addRenderedSheet } from "./write-sheet";

/**
 * Writes a whole calculation: the contract's three sheets (writeOutputs), then the meeting documents,
 * the chart and the history, the data sheet hidden. A null sheet (ranking blocked) leaves the old one as
 * it was. Finally the program's sheets are put after the officer's, in PROGRAM_SHEET_ORDER; the officer's
 * sheets keep their order and content.
 */
export function writeCalculation(workbook: ExcelJS.Workbook, outputs: RenderedOutputs, extras: CalculationExtras, lang: Lang): void {
  writeOutputs(workbook, outputs);
  for (const sheet of [extras.summary, extras.awards]) if (sheet) replaceRendered(workbook, sheet);
  if (extras.chart) writeChart(workbook, extras.chart, lang);
  replaceRendered(workbook, extras.history);
  writeHistoryData(workbook, extras.historyData);
  orderProgramSheets(workbook);
}

function replaceRendered(workbook: ExcelJS.Workbook, sheet: RenderedSheet): ExcelJS.Worksheet {
  removeSheet(workbook, namesOf(sheet.name));
  return addRenderedSheet(workbook, sheet, freeTableName(workbook, sheet));
}

function writeChart(workbook: ExcelJS.Workbook, chart: ChartSheet, lang: Lang): void {
  const ws = replaceRendered(workbook, chart.sheet);
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
  const picture = drawChartPicture(chart.data, lang);
  if (!picture) return;
  // ExcelJS's declared Buffer type is its own interface, not Node's Buffer.
  const imageId = workbook.addImage({ buffer: picture.png as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(imageId, { tl: { col: 0, row: chart.pictureRow }, ext: { width: picture.width, height: picture.height }, editAs: "oneCell" });
}

/** Every cell text ("@"): the chunks are JSON and must never be read as numbers, dates or formulas. */
function writeHistoryData(workbook: ExcelJS.Workbook, data: HistoryData): void {
  removeSheet(workbook, [data.name]);
  const ws = workbook.addWorksheet(data.name, { state: "hidden" });
  data.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === "") return;
      const cell = ws.getCell(cellAddress(r + 1, c + 1));
      cell.numFmt = "@";
      cell.value = value;
    });
  });
}

function namesOf(vi: string): string[] {
  const known = PROGRAM_SHEET_ORDER.find((n) => textKey(n.vi) === textKey(vi));
  return known ? [known.vi, known.en] : [vi];
}

function removeSheet(workbook: ExcelJS.Workbook, names: string[]): void {
  const keys = names.map(textKey);
  for (const ws of workbook.worksheets) if (keys.includes(textKey(ws.name))) workbook.removeWorksheet(ws.id);
}

function orderProgramSheets(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const officer = sheets.filter((ws) => programSheetIndex(ws.name) < 0);
  const program = sheets.filter((ws) => programSheetIndex(ws.name) >= 0).sort((a, b) => programSheetIndex(a.name) - programSheetIndex(b.name));
  // ExcelJS orders worksheets (tabs and file) by this undeclared field.
  [...officer, ...program].forEach((ws, i) => {
    (ws as unknown as { orderNo: number }).orderNo = i + 1;
  });
}

