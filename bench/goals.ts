/**
 * The project's speed and size goals, one place for all of them, each with the bench file that measures
 * it. `npm run bench` lists a goal that no benchmark reported as a MISS ("not measured"), so a goal whose
 * benchmark is missing or crashed can never look met. Add a goal here, then report it from its file with
 * `reportGoal(GOALS.<id>, value)` (bench/goal.ts).
 */
import type { Comparison } from "./goal";

export interface Goal {
  /** Same as its key in GOALS. */
  id: string;
  label: string;
  goal: number;
  unit: string;
  comparison?: Comparison;
  decimals?: number;
  /** The bench/*.bench.ts file that measures it. */
  bench: string;
}

function goals<K extends string>(list: Record<K, Omit<Goal, "id">>): Record<K, Goal> {
  return Object.fromEntries(Object.entries<Omit<Goal, "id">>(list).map(([id, goal]) => [id, { id, ...goal }])) as Record<K, Goal>;
}

export const GOALS = goals({
  core3000: { label: "scoring core, 3,000 members × 20 targets (median)", goal: 50, unit: "ms", bench: "core.bench.ts" },
  reading300: { label: "reading a 300 × 20 workbook grid (median)", goal: 250, unit: "ms", bench: "reading.bench.ts" },
  compare300: { label: "comparison of two 300 × 20 calculations (median)", goal: 100, unit: "ms", bench: "history.bench.ts" },
  cliTime: { label: "command line, 300 × 20 workbook end to end (median)", goal: 1500, unit: "ms", bench: "cli.bench.ts" },
  cliMemory: { label: "command line, 300 × 20 peak memory (largest)", goal: 200, unit: "MB", bench: "cli.bench.ts" },
  addinSyncsSample: { label: "add-in recalculation round trips, Khối 17 sample", goal: 2, unit: "syncs", comparison: "<=", bench: "addin.bench.ts" },
  addinSyncs300: { label: "add-in recalculation round trips, 300 × 20", goal: 2, unit: "syncs", comparison: "<=", bench: "addin.bench.ts" },
  addinSyncsAgain: { label: "add-in recalculation round trips, 300 × 20 with history", goal: 2, unit: "syncs", comparison: "<=", bench: "addin.bench.ts" },
  addinSpeedup: { label: "add-in vs a per-row adapter at 100 ms per round trip, 300 × 20", goal: 50, unit: "×", comparison: ">=", bench: "addin.bench.ts" },
  paneInitialJs: { label: "task pane first-render JavaScript, gzip", goal: 120, unit: "KB", bench: "pane.bench.ts" },
  paneFirstRender: { label: "task pane first render to the Tính lại button (median)", goal: 500, unit: "ms", bench: "pane.bench.ts" },
  webFirstRender: { label: "web page first render to the file picker (median)", goal: 500, unit: "ms", bench: "web.bench.ts" },
  webDrop300: { label: "web page, 300 × 20 file dropped (2 s after load) → ranking shown (median)", goal: 1000, unit: "ms", bench: "web.bench.ts" },
  bigSheetRead: { label: "reading a 30 MB workbook, 50,000 rows on an unrelated sheet left packed (median)", goal: 300, unit: "ms", bench: "big-sheet.bench.ts" },
  batch30: { label: "province batch, 30 workbooks of Khối 17's size", goal: 10000, unit: "ms", bench: "batch.bench.ts" },
});

export const ALL_GOALS: Goal[] = Object.values(GOALS);
