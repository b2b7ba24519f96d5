import type { Calculation } from "../../workbook/calculate";
import type { UnitResult } from "../../scoring/types";
import type { CalculationWithExtras } from "../../workbook/extras/extras";
import type { ShownDetails } from "./protocol";

/**
 * The ranking as the page shows it, made to cross from the worker to the page.
 *
 * Why a copy: the scoring core builds its explanation texts lazily, as Proxies (scoring/lazy-text.ts),
 * which structured cloning refuses. The simplest correct design is to build each text the page can read
 * here, in the worker, by copying the calculation into plain objects: the page then gets the same
 * { vi, en } it would have read (the "why each number" breakdown needs every member's texts).
 *
 * Why without the members' criteria and the extras: the ranking is sent as soon as it is scored, before
 * the history is recorded (a fifth of the worker's time for a 300 × 20 bloc). The criteria are the "why
 * each number" breakdown of one member at a time, and nine tenths of what would cross (criteria,
 * targets, their cells and texts: 4 MB for a 300 × 20 bloc): they follow with the extras in a message of
 * their own (shownDetails), so the page shows the ranking before they are made, copied, cloned and
 * received. See awaitDetails (details.ts) for the page's side.
 *
 * Why trimmed: what only the written copy needs stays in the worker (the copy's bytes carry it), so the
 * page neither waits for it to be cloned nor keeps it: the rendered Chi tiết điểm sheet, the read input,
 * and of the extras the meeting papers, the chart sheet, the hidden history rows and each kept
 * calculation's inputs and members (over half of the calculation's size for a 300 × 20 bloc: the history
 * compares inputs in the worker). The App reads `result`, `outputs.ranking` (its rank changes),
 * `outputs.checks`, `json` and the extras' comparison, warning and the kept calculations' times and
 * counts; the trimmed sheets are null, as their types allow.
 */
export function shownCalculation(calculation: Calculation): Calculation {
  const { outputs } = calculation;
  return plainCopy({
    result: { ...calculation.result, units: calculation.result.units.map(withoutCriteria) },
    outputs: { ranking: outputs.ranking, breakdown: null, checks: outputs.checks },
    json: calculation.json,
    input: null,
  });
}

/**
 * The unit with `criteria: []`, without reading its criteria: they are made when first read
 * (scoring/lazy-field.ts), and a spread would make every member's here, before the ranking is sent.
 */
function withoutCriteria(unit: UnitResult): UnitResult {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(unit) as (keyof UnitResult)[]) copy[key] = key === "criteria" ? [] : unit[key];
  return copy as unknown as UnitResult;
}

/** Each member's criteria, in the units' order, and the extras, made to cross as the ranking did (see above). */
export function shownDetails(calculation: CalculationWithExtras): ShownDetails {
  const { extras } = calculation;
  return plainCopy({
    criteria: calculation.result.units.map((unit) => unit.criteria),
    extras: {
      ...extras,
      summary: null,
      awards: null,
      chart: null,
      historyData: { name: extras.historyData.name, rows: [] },
      snapshots: extras.snapshots.map((snapshot) => ({ ...snapshot, inputs: {}, units: [] })),
    },
  });
}

/**
 * A deep copy in plain objects, arrays, Maps and Sets; a lazy text (a Proxy reporting vi and en as its
 * own keys) becomes a literal { vi, en }. Shared objects stay shared (one copy each).
 *
 * Own string keys come from Reflect.ownKeys, not Object.keys: a lazy text builds itself for every
 * property descriptor asked of it, so Object.keys (which asks whether each key is enumerable) would build
 * each of the 100,000 texts of a big bloc twice more than reading vi and en does. The calculation holds
 * plain data only, whose own properties are all enumerable.
 */
export function plainCopy<T>(value: T, copies = new Map<object, unknown>()): T {
  if (value === null || typeof value !== "object" || value instanceof Date || ArrayBuffer.isView(value)) return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(plainCopy(item, copies));
    return copy as T;
  }
  if (value instanceof Map) {
    const copy = new Map();
    copies.set(value, copy);
    for (const [key, item] of value) copy.set(key, plainCopy(item, copies));
    return copy as T;
  }
  if (value instanceof Set) {
    const copy = new Set();
    copies.set(value, copy);
    for (const item of value) copy.add(plainCopy(item, copies));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) if (typeof key === "string") copy[key] = plainCopy((value as Record<string, unknown>)[key], copies);
  return copy as T;
}
