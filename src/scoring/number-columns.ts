/**
 * Rows of numbers kept in typed arrays instead of objects: they cost the garbage collector nothing to walk
 * and box no double (a double in an object's field is a heap object of its own).
 *
 * Used for the bloc's criterion figures (criterion-points.ts). Why chunks of 1,024 rows: one array sized
 * for a big bloc is fresh memory from the system on every scoreBloc, and touching its pages for the first
 * time is slow on a virtual machine (12 ms for 4 MB here); blocks of a few dozen KB come from memory the
 * allocator already has.
 */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

export class NumberColumns {
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  constructor(private readonly fields: number) {}

  /** Appends a row of zeros; returns its index. */
  add(): number {
    const row = this.count;
    if ((row & (CHUNK - 1)) === 0) this.chunks.push(new Float64Array(CHUNK * this.fields));
    this.count = row + 1;
    return row;
  }

  /** The index the next add will get. */
  get size(): number {
    return this.count;
  }

  get(row: number, field: number): number {
    return this.chunks[row >> CHUNK_BITS][(row & (CHUNK - 1)) * this.fields + field];
  }

  set(row: number, field: number, value: number): void {
    this.chunks[row >> CHUNK_BITS][(row & (CHUNK - 1)) * this.fields + field] = value;
  }
}
