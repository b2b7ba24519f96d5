/**
 * The end of `npm run bench` (scripts/bench.mjs bundles this file and calls it): every figure the
 * benchmarks recorded through bench/goal.ts, then each goal of bench/goals.ts that no benchmark of this
 * run reported, as a MISS with the reason — so a missing or crashed benchmark can never look like a met
 * goal. The runner turns `misses` into the exit status under `--check`.
 */
import { goalLine, type Figure } from "./goal";
import type { Goal } from "./goals";

export interface RunFacts {
  /** Words given on the command line (`npm run bench -- core cli`): only the files named with one run. */
  words: string[];
  /** bench/*.bench.ts files that exist. */
  existing: string[];
  /** Files that ran and exited non-zero. */
  crashed: string[];
}

/** The goals this run should have measured: those of the files the words select (all without words). */
export function expectedGoals(goals: Goal[], words: string[]): Goal[] {
  return goals.filter((goal) => words.length === 0 || words.some((word) => goal.bench.includes(word)));
}

function whyMissing(goal: Goal, facts: RunFacts): string {
  if (!facts.existing.includes(goal.bench)) return `bench/${goal.bench} does not exist yet`;
  if (facts.crashed.includes(goal.bench)) return `bench/${goal.bench} failed before reporting it`;
  return `bench/${goal.bench} did not report it`;
}

export interface Summary {
  lines: string[];
  total: number;
  misses: number;
}

export function summarize(figures: Figure[], goals: Goal[], facts: RunFacts): Summary {
  const reported = new Set(figures.map((figure) => figure.id).filter((id) => id !== null));
  const unreported = expectedGoals(goals, facts.words).filter((goal) => !reported.has(goal.id));
  const lines = [
    ...figures.map((figure) => figure.line),
    ...unreported.map((goal) => goalLine(goal.label, null, goal.goal, goal.unit, goal, whyMissing(goal, facts))),
  ];
  const misses = figures.filter((figure) => !figure.met).length + unreported.length;
  return { lines, total: lines.length, misses };
}

/** Figures as bench/goal.ts appends them: one JSON object per line. */
export function parseFigures(text: string): Figure[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Figure);
}
