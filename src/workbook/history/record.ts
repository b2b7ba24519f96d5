import type { Lang, Localized } from "../../scoring/types";
import type { Calculation } from "../calculate";
import type { WorkbookGrid } from "../grid";
import type { RenderedSheet } from "../rendering/output-types";
import { textKey } from "../reading/text-key";
import { compareSnapshots, type Comparison } from "./compare";
import { HISTORY_DATA_SHEET } from "./history-names";
import { renderHistorySheet } from "./render-history";
import { snapshotFromCalculation, type CalculationSnapshot } from "./snapshot";
import { parseSnapshots, serializeSnapshots } from "./storage";

export interface HistoryUpdate {
  /** Rows for the hidden HISTORY_DATA_SHEET (replace its contents; every cell is text). */
  rows: string[][];
  /** The visible "Lịch sử tính điểm" sheet. */
  sheet: RenderedSheet;
  /** Against the previous calculation; null for the first one. */
  comparison: Comparison | null;
  /** Kept snapshots, oldest first, this calculation last. */
  snapshots: CalculationSnapshot[];
  /** The stored history could not be read (fully or partly): show it beside the Kiểm tra results. */
  warning: Localized | null;
}

/** One step for an adapter after calculate(): read the stored history from the grid, add this calculation. */
export function recordCalculation(grid: WorkbookGrid, calc: Calculation, now: Date, lang: Lang): HistoryUpdate {
  const stored = grid.sheets.find((s) => textKey(s.name) === textKey(HISTORY_DATA_SHEET));
  const parsed = stored ? parseSnapshots(stored.rows) : { snapshots: [], warning: null };
  const current = snapshotFromCalculation(grid, calc, now);
  const previous = parsed.snapshots.at(-1);
  const comparison = previous ? compareSnapshots(previous, current) : null;
  const all = [...parsed.snapshots, current];
  const rows = serializeSnapshots(all);
  // serializeSnapshots keeps the newest ones, one row each below its header row.
  const kept = all.slice(all.length - (rows.length - 1));
  return { rows, sheet: renderHistorySheet(kept, comparison, lang), comparison, snapshots: kept, warning: parsed.warning };
}
