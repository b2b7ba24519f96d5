import type { WorkbookGrid } from "../grid";
import { HISTORY_DATA_SHEET } from "../history/history-names";
import type { CalculationSnapshot } from "../history/snapshot";
import { parseSnapshots, serializeSnapshots } from "../history/storage";
import { textKey } from "../reading/text-key";
import { CHART_SHEET } from "./chart-sheet";

/** The snapshots stored in a workbook's hidden history sheet (none when it has no such sheet). */
export function storedSnapshots(grid: WorkbookGrid): ReturnType<typeof parseSnapshots> {
  const stored = grid.sheets.find((s) => textKey(s.name) === textKey(HISTORY_DATA_SHEET));
  return stored ? parseSnapshots(stored.rows) : { snapshots: [], warning: null };
}

/**
 * The grid as the history module should see it: the chart sheet left out (it is the program's, not an
 * input: isProgramSheet predates it) and, when calculations are carried over from an earlier workbook,
 * the hidden history sheet replaced by the union of both histories in time order, duplicates once.
 */
export function gridForHistory(grid: WorkbookGrid, carried: readonly CalculationSnapshot[]): WorkbookGrid {
  const chartKeys = new Set([textKey(CHART_SHEET.vi), textKey(CHART_SHEET.en)]);
  const sheets = grid.sheets.filter((s) => !chartKeys.has(textKey(s.name)));
  if (carried.length === 0) return { sheets };
  const own = storedSnapshots(grid).snapshots;
  const merged = mergeSnapshots(carried, own);
  const others = sheets.filter((s) => textKey(s.name) !== textKey(HISTORY_DATA_SHEET));
  return { sheets: [...others, { name: HISTORY_DATA_SHEET, rows: serializeSnapshots(merged), originRow: 1, originCol: 1, visible: false }] };
}

/** Oldest first by time; the same calculation found in both workbooks is kept once. */
export function mergeSnapshots(a: readonly CalculationSnapshot[], b: readonly CalculationSnapshot[]): CalculationSnapshot[] {
  const seen = new Set<string>();
  const all: CalculationSnapshot[] = [];
  for (const s of [...a, ...b]) {
    const key = JSON.stringify(s);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(s);
  }
  // Local times with their offsets: compared as instants so a workbook moved across time zones still sorts.
  return all.map((s, i) => ({ s, i, at: Date.parse(s.time) })).sort((x, y) => (x.at - y.at) || (x.i - y.i)).map((x) => x.s);
}
