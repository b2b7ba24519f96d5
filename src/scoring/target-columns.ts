/**
 * The figures scoring computes for each target of a bloc (ratio, base, bonus, points, capped), kept in
 * columns instead of row objects: one typed array for the whole bloc costs the garbage collector nothing
 * to walk, where 60,000 rows with boxed numbers were a good part of scoreBloc's time. The rows a reader
 * sees are made from these columns when first read (target-result.ts).
 */

const FIELDS = 4;
const RATIO = 0;
const BASE = 1;
const BONUS = 2;
const POINTS = 3;
const CAPPED = 1;
const HAS_RATIO = 2;

export class TargetColumns {
  private numbers: Float64Array;
  private flags: Uint8Array;
  private count = 0;

  /** `capacity`: the targets expected (the columns grow past it, e.g. when two criteria share a code). */
  constructor(capacity: number) {
    this.numbers = new Float64Array(Math.max(1, capacity) * FIELDS);
    this.flags = new Uint8Array(Math.max(1, capacity));
  }

  /** Appends one target's figures; returns its index. */
  push(ratio: number | null, base: number, bonus: number, points: number, capped: boolean): number {
    const index = this.count;
    if (index === this.flags.length) this.grow();
    const at = index * FIELDS;
    this.numbers[at + RATIO] = ratio ?? 0;
    this.numbers[at + BASE] = base;
    this.numbers[at + BONUS] = bonus;
    this.numbers[at + POINTS] = points;
    this.flags[index] = (capped ? CAPPED : 0) | (ratio === null ? 0 : HAS_RATIO);
    this.count = index + 1;
    return index;
  }

  /** The index the next push will get. */
  get size(): number {
    return this.count;
  }

  ratio(index: number): number | null {
    return this.flags[index] & HAS_RATIO ? this.numbers[index * FIELDS + RATIO] : null;
  }

  base(index: number): number {
    return this.numbers[index * FIELDS + BASE];
  }

  bonus(index: number): number {
    return this.numbers[index * FIELDS + BONUS];
  }

  points(index: number): number {
    return this.numbers[index * FIELDS + POINTS];
  }

  capped(index: number): boolean {
    return (this.flags[index] & CAPPED) !== 0;
  }

  private grow(): void {
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    const flags = new Uint8Array(this.flags.length * 2);
    flags.set(this.flags);
    this.numbers = numbers;
    this.flags = flags;
  }
}
