import type { BlocResult, Lang, Localized } from "../../scoring/types";
import { programSheet, programTableName } from "../output-sheets/program-sheets";
import { chartData, type ChartData } from "../meeting/chart-data";
import { GRADE_SHORT_LABELS } from "../rendering/labels";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { buildSheet, column } from "../rendering/render-sheet";
import { rankingColumns } from "../rendering/result-columns";
import { words } from "../../scoring/vocabulary/words";

/** The chart sheet's names: written in Vietnamese, the English one recognised (like every program sheet). */
export const CHART_SHEET: Localized = programSheet("chart").names;

/**
 * "Biểu đồ": the ranking's percents as a table (one row per ranked member plus one column per grade
 * threshold, so the officer can also insert a native Excel combo chart from it) and, for the adapter,
 * what to draw: a data bar on the percent column and the bar chart picture placed below the table.
 */
export interface ChartSheet {
  sheet: RenderedSheet;
  data: ChartData;
  /** 0-based column of the percent (data bar from 0 to data.axisMax). */
  percentColumn: number;
  /** 0-based rows of the table's data (the data bar's range). */
  firstDataRow: number;
  lastDataRow: number;
  /** 0-based row below the table where the picture starts. */
  pictureRow: number;
}


/** Null when the ranking is blocked: like Xếp hạng, the previous chart is left as it was. */
export function renderChartSheet(result: BlocResult, lang: Lang): ChartSheet | null {
  if (result.blocked) return null;
  const data = chartData(result);
  const c = rankingColumns(lang);
  const text = words(lang).chartSheet;
  const columns = [c.rank, c.code, c.name, c.percent, c.grade, ...data.thresholds.map((t) => column("integer", `${text.threshold} ${t.label[lang]}`))];
  const rows: OutputValue[][] = data.bars.map((b) => [
    b.rank,
    b.code,
    b.name,
    b.percent,
    b.grade === null ? null : GRADE_SHORT_LABELS[b.grade][lang],
    ...data.thresholds.map((t) => t.percent),
  ]);
  const legend = data.axisNote ? `${text.legend} ${data.axisNote[lang]}.` : text.legend;
  const titleLines = [data.title[lang], data.emptyMessage?.[lang] ?? legend];
  const sheet = buildSheet({ name: CHART_SHEET.vi, tableName: programTableName("chart"), titleLines, columns, rows });
  const firstDataRow = sheet.headerRow + 1;
  const lastDataRow = sheet.values.length - 1;
  return {
    sheet: { ...sheet, columnWidths: sheet.columnWidths.map((w, i) => (i === 2 ? Math.max(w, 24) : w)) },
    data,
    percentColumn: 3,
    firstDataRow,
    lastDataRow,
    pictureRow: lastDataRow + 2,
  };
}
