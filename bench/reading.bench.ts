/**
 * Reading alone: a generated 300 members × 20 targets workbook grid turned into the scoring core's input
 * (sheet and header lookup, cell parsing with sheet+cell issues), as every surface does before scoring.
 * Goal (bench/goals.ts): under 250 ms. This used to be a bound in the reader's contract test, where a
 * shared machine's clock once failed CI: speed is measured here, the test checks what is read.
 */
import { readBloc } from "../src/workbook/reading/read";
import { blocGrid } from "./generate";
import { reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const WARM_UPS = 2;
const RUNS = 9;

export async function run(): Promise<void> {
  const grid = blocGrid(300, 20);
  for (let i = 0; i < WARM_UPS; i++) readBloc(grid);
  const times: number[] = [];
  let targets = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const { input } = readBloc(grid);
    times.push(performance.now() - started);
    targets = input?.targets.length ?? 0;
  }
  if (targets !== 6000) throw new Error(`read ${targets} targets instead of 6,000: the figure would measure other work`);
  console.log(`300 × 20: ${targets} targets read; median of ${RUNS} runs after ${WARM_UPS} warm-ups`);
  reportGoal(GOALS.reading300, median(times));
}
