import type { Lang, Localized } from "../../scoring/types";
import { calculate, type Calculation, type CalculateOptions } from "../calculate";
import type { WorkbookGrid } from "../grid";
import type { Comparison } from "../history/compare";
import { HISTORY_DATA_SHEET } from "../history/history-names";
import { recordCalculation } from "../history/record";
import type { CalculationSnapshot } from "../history/snapshot";
import type { RenderedSheet } from "../rendering/output-types";
import { renderAwardProposalSheet, renderSummarySheet } from "../meeting/render-meeting";
import { gridForHistory } from "./carried-history";
import { renderChartSheet, type ChartSheet } from "./chart-sheet";

export interface ExtrasOptions {
  lang: Lang;
  now: Date;
  /** Khối trưởng's signatory printed under the meeting documents' signature block; blank for a handwritten name. */
  leaderName?: string;
  /** Calculations recorded in another workbook (an earlier output given with --previous), carried into this history. */
  carriedHistory?: readonly CalculationSnapshot[];
}

/** The hidden sheet's content: every cell is text. */
export interface HistoryData {
  name: string;
  rows: string[][];
}

/**
 * The program sheets beyond the contract's three. Summary, award proposal and chart are null when the
 * ranking is blocked (the previous ones stay as they were, like Xếp hạng); the history always records the
 * calculation, blocked or not.
 */
export interface CalculationExtras {
  summary: RenderedSheet | null;
  awards: RenderedSheet | null;
  chart: ChartSheet | null;
  history: RenderedSheet;
  historyData: HistoryData;
  /** Against the last calculation in the history; null for the first one. */
  comparison: Comparison | null;
  /** Kept calculations, oldest first, this one last. */
  snapshots: CalculationSnapshot[];
  /** The stored history could not be read (fully or partly). */
  historyWarning: Localized | null;
}

export interface CalculationWithExtras extends Calculation {
  extras: CalculationExtras;
}

/** calculate() plus the extra program sheets, for the command line and the add-in alike. Pure. */
export function calculateWithExtras(grid: WorkbookGrid, options: CalculateOptions & ExtrasOptions): CalculationWithExtras {
  const calculation = calculate(grid, { lang: options.lang, now: options.now });
  return { ...calculation, extras: calculationExtras(grid, calculation, options) };
}

/** The extra sheets of a calculation already made on `grid`. */
export function calculationExtras(grid: WorkbookGrid, calculation: Calculation, options: ExtrasOptions): CalculationExtras {
  const { lang, now } = options;
  const { result } = calculation;
  const meeting = { lang, now, leaderName: options.leaderName };
  const history = recordCalculation(gridForHistory(grid, options.carriedHistory ?? []), calculation, now, lang);
  return {
    summary: renderSummarySheet(result, meeting),
    awards: renderAwardProposalSheet(result, meeting),
    chart: renderChartSheet(result, lang),
    history: history.sheet,
    historyData: { name: HISTORY_DATA_SHEET, rows: history.rows },
    comparison: history.comparison,
    snapshots: history.snapshots,
    historyWarning: history.warning,
  };
}
