import { Q, toNumber } from "./exact";
import type { ExactSum } from "./exact-sum";

import { NumberColumns } from "./number-columns";

/**
 * The figures scoring computes for each target of a bloc (ratio, points, capped, and the exact base and
 * bonus), kept in columns instead of row objects (number-columns.ts): 60,000 rows with boxed numbers were
 * a good part of scoreBloc's time. The rows a reader sees are made from these columns when first read
 * (target-result.ts).
 *
 * The exact base and bonus are kept as numerator and denominator (safe integers are exact doubles): a
 * criterion's sums are estimated (estimate.ts) and, in the rare case an estimate cannot prove a figure,
 * summed exactly from here without scoring the targets again. Their doubles are n / d, one correctly
 * rounded division, as toNumber gives. A value too big for safe integers is kept as its Q beside.
 */

/** Which exact figure of a target: its base or its bonus. */
export type TargetPart = "base" | "bonus";

const FIELDS = 7;
const RATIO = 0;
const POINTS = 1;
const BASE_N = 2;
const BONUS_N = 4;
const FLAGS = 6;
const CAPPED = 1;
const HAS_RATIO = 2;
/** In a denominator column: the exact value is in `big` (a denominator is never 0). */
const BIG = 0;

export class TargetColumns {
  private readonly numbers = new NumberColumns(FIELDS);
  /** Exact values beyond safe integers, by index × 2 + (0 base, 1 bonus). */
  private readonly big = new Map<number, Q>();

  /** Appends one target's figures and its exact base and bonus; returns its index. */
  push(ratio: number | null, points: number, capped: boolean, base: Q, bonus: Q): number {
    const index = this.numbers.add();
    this.numbers.set(index, RATIO, ratio ?? 0);
    this.numbers.set(index, POINTS, points);
    this.putExact(index, BASE_N, index * 2, base);
    this.putExact(index, BONUS_N, index * 2 + 1, bonus);
    this.numbers.set(index, FLAGS, (capped ? CAPPED : 0) | (ratio === null ? 0 : HAS_RATIO));
    return index;
  }

  /** The index the next push will get. */
  get size(): number {
    return this.numbers.size;
  }

  ratio(index: number): number | null {
    return this.numbers.get(index, FLAGS) & HAS_RATIO ? this.numbers.get(index, RATIO) : null;
  }

  base(index: number): number {
    return this.double(index, BASE_N, 0);
  }

  bonus(index: number): number {
    return this.double(index, BONUS_N, 1);
  }

  points(index: number): number {
    return this.numbers.get(index, POINTS);
  }

  capped(index: number): boolean {
    return (this.numbers.get(index, FLAGS) & CAPPED) !== 0;
  }

  /** Adds the exact bases (or bonuses) of targets start … start + count − 1 to `sum`. */
  addExact(start: number, count: number, part: TargetPart, sum: ExactSum): void {
    const column = part === "base" ? BASE_N : BONUS_N;
    const which = part === "base" ? 0 : 1;
    for (let index = start; index < start + count; index++) {
      const d = this.numbers.get(index, column + 1);
      if (d === BIG) sum.add(this.big.get(index * 2 + which) as Q);
      else sum.addParts(this.numbers.get(index, column), d);
    }
  }

  private double(index: number, column: number, which: 0 | 1): number {
    const d = this.numbers.get(index, column + 1);
    return d === BIG ? toNumber(this.big.get(index * 2 + which) as Q) : this.numbers.get(index, column) / d;
  }

  private putExact(index: number, column: number, key: number, q: Q): void {
    if (q.bn === null) {
      this.numbers.set(index, column, q.n);
      this.numbers.set(index, column + 1, q.d);
    } else {
      this.numbers.set(index, column + 1, BIG);
      this.big.set(key, q);
    }
  }
}
