import type { Localized } from "../scoring/types";
import { CHART_SHEET } from "../workbook/extras/chart-sheet";
import { HISTORY_DATA_SHEET, HISTORY_SHEET } from "../workbook/history/history-names";
import { OUTPUT_SHEETS } from "../workbook/output-names";
import { MEETING_SHEETS } from "../workbook/render-meeting-names";
import { textKey } from "../workbook/text-key";

/**
 * Every sheet the program writes, in the order they follow the officer's sheets: the contract's three
 * first (Xếp hạng, Chi tiết điểm, Kiểm tra), then the meeting documents, the chart and the history.
 */
export const PROGRAM_SHEET_ORDER: readonly Localized[] = [
  OUTPUT_SHEETS.ranking,
  OUTPUT_SHEETS.breakdown,
  OUTPUT_SHEETS.checks,
  MEETING_SHEETS.summary,
  MEETING_SHEETS.awards,
  CHART_SHEET,
  HISTORY_SHEET,
  { vi: HISTORY_DATA_SHEET, en: HISTORY_DATA_SHEET },
];

/** Position of a sheet name in PROGRAM_SHEET_ORDER (either language), -1 for the officer's sheets. */
export function programSheetIndex(name: string): number {
  const key = textKey(name);
  return PROGRAM_SHEET_ORDER.findIndex((n) => textKey(n.vi) === key || textKey(n.en) === key);
}
