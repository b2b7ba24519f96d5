/**
 * Every benchmark figure goes through here: printed beside its goal with PASS or MISS, and recorded for
 * the runner (scripts/bench.mjs), which lists all figures at the end and, with `--check`, exits non-zero
 * on any MISS. A figure that could not be measured (no browser, no build) is a MISS too, with the reason:
 * a goal is never passed by not measuring it.
 *
 * To add a figure: declare its goal in bench/goals.ts (so a run that never measures it says so), then
 * call `reportGoal(GOALS.yours, value)` from the bench file named there. `report(label, value, goal,
 * unit)` is the same for a one-off figure that no other file needs to know about.
 */
import { appendFileSync } from "node:fs";
import type { Goal } from "./goals";

/** `<` under the goal (times, sizes), `<=` at most (counts), `>=` at least (speed-ups). */
export type Comparison = "<" | "<=" | ">=";

export interface FigureOptions {
  comparison?: Comparison;
  /** Decimals printed; by default 1 under 100 and 0 from 100 up, so the printed value shows a miss. */
  decimals?: number;
  /** The goal's id in bench/goals.ts, so the runner knows it was measured. */
  id?: string;
}

/** One line of the runner's record (the file named by BENCH_FIGURES, one JSON object per line). */
export interface Figure {
  id: string | null;
  label: string;
  /** null when it could not be measured. */
  value: number | null;
  goal: number;
  unit: string;
  comparison: Comparison;
  met: boolean;
  line: string;
}

/** Where the runner collects the figures of every benchmark process. */
export const FIGURES_ENV = "BENCH_FIGURES";

export function meets(value: number, goal: number, comparison: Comparison): boolean {
  if (comparison === "<") return value < goal;
  if (comparison === "<=") return value <= goal;
  return value >= goal;
}

const SIGN: Record<Comparison, string> = { "<": "<", "<=": "≤", ">=": "≥" };

function amount(value: number, unit: string, decimals?: number): string {
  const digits = decimals ?? (Math.abs(value) < 100 && !Number.isInteger(value) ? 1 : 0);
  const text = value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === "×" ? `${text}×` : `${text} ${unit}`;
}

/** Decimals enough that the printed value is not the goal itself unless it equals it (49.96 → "49.96", not "50.0"). */
function decimalsFor(value: number, goal: number, decimals?: number): number | undefined {
  if (decimals !== undefined || value === goal) return decimals;
  let digits = Math.abs(value) < 100 && !Number.isInteger(value) ? 1 : 0;
  while (digits < 3 && Number(value.toFixed(digits)) === goal) digits++;
  return digits;
}

/** "PASS  label: 42.0 ms (goal < 50 ms)"; "MISS  label: not measured — why (goal < 50 ms)". */
export function goalLine(label: string, value: number | null, goal: number, unit: string, options: FigureOptions = {}, reason = ""): string {
  const comparison = options.comparison ?? "<";
  const target = `(goal ${SIGN[comparison]} ${amount(goal, unit, Number.isInteger(goal) ? 0 : options.decimals)})`;
  if (value === null) return `MISS  ${label}: not measured — ${reason} ${target}`;
  return `${meets(value, goal, comparison) ? "PASS" : "MISS"}  ${label}: ${amount(value, unit, decimalsFor(value, goal, options.decimals))} ${target}`;
}

function record(figure: Figure): void {
  const file = process.env[FIGURES_ENV];
  if (file) appendFileSync(file, JSON.stringify(figure) + "\n");
}

/** Prints the figure beside its goal and records it; true when the goal is met. */
export function report(label: string, value: number, goal: number, unit: string, options: FigureOptions = {}): boolean {
  const comparison = options.comparison ?? "<";
  const met = meets(value, goal, comparison);
  const line = goalLine(label, value, goal, unit, options);
  console.log(line);
  record({ id: options.id ?? null, label, value, goal, unit, comparison, met, line });
  return met;
}

/** A figure this run could not measure, with the reason: printed and recorded as a MISS. */
export function notMeasured(label: string, goal: number, unit: string, reason: string, options: FigureOptions = {}): void {
  const comparison = options.comparison ?? "<";
  const line = goalLine(label, null, goal, unit, options, reason);
  console.log(line);
  record({ id: options.id ?? null, label, value: null, goal, unit, comparison, met: false, line });
}

/** `report` for a goal declared in bench/goals.ts. */
export function reportGoal(goal: Goal, value: number): boolean {
  return report(goal.label, value, goal.goal, goal.unit, goal);
}

/** `notMeasured` for a goal declared in bench/goals.ts. */
export function goalNotMeasured(goal: Goal, reason: string): void {
  notMeasured(goal.label, goal.goal, goal.unit, reason, goal);
}

/** A figure without a goal (context for the others): printed plainly, never PASS or MISS. */
export function measured(label: string, value: number, unit: string, decimals?: number): void {
  console.log(`      ${label}: ${amount(value, unit, decimals)}`);
}
