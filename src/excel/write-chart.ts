import type { Lang } from "../scoring/types";
import type { ChartSheet } from "../workbook/extras/chart-sheet";
import { columnLetter } from "../workbook/grid";
import { RANKING_HEADERS } from "../workbook/rendering/labels";
import type { Capabilities } from "./capabilities";

/** Rows the chart covers below the table (about 300 points at the default row height). */
export const CHART_ROWS = 20;

/**
 * Queue (no sync) a native Excel chart on the Biểu đồ sheet, below its table where the sheet's legend
 * says the picture is: one clustered column of percent per member in rank order (Worksheet.charts.add,
 * ExcelApi 1.1), titled, value axis from 0 to the chart data's top. On ExcelApi 1.7 each grade threshold
 * column is added as a line series over the bars (ChartSeriesCollection.add, ChartSeries.chartType and
 * setValues are 1.7); older builds get the bars only (the thresholds stay in the table beside them).
 * No chart when nobody is ranked: Excel would draw an empty frame.
 */
export function queueChart(target: Excel.Worksheet, chart: ChartSheet, lang: Lang, caps: Capabilities): Excel.Chart | null {
  if (chart.lastDataRow < chart.firstDataRow) return null;
  const layout = chartColumns(chart, lang);
  const header = chart.sheet.headerRow + 1;
  const first = chart.firstDataRow + 1;
  const last = chart.lastDataRow + 1;
  const percent = columnLetter(layout.percent + 1);
  const names = columnLetter(layout.names + 1);
  const adjacent = layout.names === layout.percent - 1;
  // A text column left of the numbers is taken by Excel as the categories of the series beside it.
  const source = target.getRange(adjacent ? `${names}${header}:${percent}${last}` : `${percent}${header}:${percent}${last}`);
  const xl = target.charts.add("ColumnClustered", source, "Columns");
  xl.title.text = chart.data.title[lang];
  // The chart model's axis (chart-data.ts): it may start near the lowest bar, the pane and the picture alike.
  xl.axes.valueAxis.minimum = chart.data.axisMin;
  xl.axes.valueAxis.maximum = chart.data.axisMax;
  const width = chart.sheet.values[0]?.length ?? 1;
  xl.setPosition(`A${chart.pictureRow + 1}`, `${columnLetter(width)}${chart.pictureRow + CHART_ROWS}`);
  if (caps.chartSeriesTypes) {
    const categories = target.getRange(`${names}${first}:${names}${last}`);
    for (const column of layout.thresholds) {
      const letter = columnLetter(column + 1);
      const line = xl.series.add(String(chart.sheet.values[chart.sheet.headerRow][column] ?? ""));
      line.chartType = "Line";
      line.setValues(target.getRange(`${letter}${first}:${letter}${last}`));
      line.setXAxisValues(categories);
    }
  }
  return xl;
}

/**
 * Where the chart's data sits in the sheet's table: the member names (found by their header, in the
 * sheet's language), the percent, and the threshold columns (the table's last ones, one per threshold).
 */
export function chartColumns(chart: ChartSheet, lang: Lang): { names: number; percent: number; thresholds: number[] } {
  const header = chart.sheet.values[chart.sheet.headerRow] ?? [];
  const found = header.indexOf(RANKING_HEADERS.name[lang]);
  const names = found >= 0 ? found : chart.percentColumn - 1;
  const count = chart.data.thresholds.length;
  // Only the thresholds inside the value axis are drawn: a line below the axis' start would sit on its floor.
  const thresholds = Array.from({ length: count }, (_, i) => header.length - count + i).filter((c, i) => c > chart.percentColumn && chart.data.thresholds[i].shown);
  return { names, percent: chart.percentColumn, thresholds };
}
