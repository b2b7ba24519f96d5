/**
 * The comparison benchmark: two calculations of a generated 300 × 20 bloc, the second after amending 20
 * actuals, then the comparison the task pane, the history sheet and `--previous` show.
 * Goal (bench/goals.ts): comparing two 300 × 20 calculations under 100 ms. Prints medians after a warm-up.
 */
import { calculate } from "../src/workbook/calculate";
import type { WorkbookGrid } from "../src/workbook/grid";
import { compareSnapshots } from "../src/workbook/history/compare";
import { snapshotFromCalculation } from "../src/workbook/history/snapshot";
import { blocGrid } from "./generate";
import { measured, reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const RUNS = 7;

/** The same workbook with `count` actuals raised by 1 % (as an amendment from the units would). */
function amended(grid: WorkbookGrid, count: number): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (!/chỉ tiêu/i.test(s.name)) return s;
      const header = s.rows.findIndex((r) => r.some((c) => typeof c === "string" && /thực hiện/i.test(c)));
      const col = s.rows[header].findIndex((c) => typeof c === "string" && /thực hiện/i.test(c));
      const rows = s.rows.map((r) => [...r]);
      const step = Math.max(1, Math.floor((rows.length - header - 1) / count));
      for (let i = header + 1, n = 0; i < rows.length && n < count; i += step, n++) {
        const v = rows[i][col];
        if (typeof v === "number") rows[i][col] = Math.round(v * 101) / 100;
      }
      return { ...s, rows };
    }),
  };
}

export async function run(): Promise<void> {
  const before = blocGrid(300, 20);
  const after = amended(before, 20);
  const now = new Date(2026, 0, 1);
  const previous = snapshotFromCalculation(before, calculate(before, { lang: "vi", now }), now);
  const current = snapshotFromCalculation(after, calculate(after, { lang: "vi", now }), now);
  const snapshotTimes: number[] = [];
  const compareTimes: number[] = [];
  let changes = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    snapshotFromCalculation(after, calculate(after, { lang: "vi", now }), now);
    const t1 = performance.now();
    const comparison = compareSnapshots(previous, current);
    const t2 = performance.now();
    changes = comparison.changes.length;
    if (i === 0) continue; // warm-up
    snapshotTimes.push(t1 - t0);
    compareTimes.push(t2 - t1);
  }
  if (changes === 0) throw new Error("the comparison found no amended cell: the figure would measure nothing");
  console.log(`300 × 20: ${changes} amended cells found; medians of ${RUNS} runs`);
  measured("calculate + snapshot, 300 × 20 (median, no goal)", median(snapshotTimes), "ms");
  reportGoal(GOALS.compare300, median(compareTimes));
}
