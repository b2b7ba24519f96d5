import { Q, toNumber } from "./exact";

/**
 * Sums of exact fractions as double-double estimates that carry a proven bound on their error, so the
 * scoring's sums need no BigInt while nothing it shows or compares changes.
 *
 * Why: a criterion adds five ratios with unrelated plans, whose exact sum already has a denominator near
 * 10^30; summing 60,000 of them exactly (BigInt products, then a BigInt division for each double shown)
 * was a third of scoreBloc's time. Here a value is hi + lo (two doubles, about 106 bits) and `err` bounds
 * |exact − (hi + lo)|. That is enough:
 * - to give the double nearest the exact value (`certified`) whenever the exact value is not within err of
 *   a point halfway between two doubles: the same double toNumber(exact) gives, so every figure shown is
 *   unchanged. When it cannot be proved (never seen outside constructed cases) the caller computes exactly;
 * - to order two values (`compareEstimates`) unless they are closer than their errors: equal totals, the
 *   ties the khối votes on, always go to exact arithmetic.
 *
 * The error terms: each operation below is one of the double-word algorithms of Joldes, Muller and Popescu,
 * "Tight and rigorous error bounds for basic building blocks of double-word arithmetic" (ACM TOMS 2017),
 * whose relative error is at most 3u² = 3·2⁻¹⁰⁶. Each adds ERROR_PER_OPERATION (2⁻¹⁰⁰, sixteen times
 * that) times the magnitudes involved, which also absorbs the rounding of the bound's own arithmetic.
 */
const ERROR_PER_OPERATION = 2 ** -100;
/** Dekker's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729;

export class Estimate {
  hi = 0;
  lo = 0;
  /** |exact − (hi + lo)| ≤ err. */
  err = 0;

  reset(): void {
    this.hi = 0;
    this.lo = 0;
    this.err = 0;
  }

  copy(from: Estimate): void {
    this.hi = from.hi;
    this.lo = from.lo;
    this.err = from.err;
  }

  /** Sets the estimate to q (as close as addQ gets). */
  set(q: Q): void {
    this.reset();
    this.addQ(q);
  }

  /** Adds n/d, a fraction of safe integers with d > 0. */
  addFraction(n: number, d: number): void {
    if (n === 0) return;
    if (d === 1) {
      this.addWord(n, 0, 0);
      return;
    }
    divide(n, 0, d);
    this.addWord(RESULT[HI], RESULT[LO], abs(RESULT[HI]) * ERROR_PER_OPERATION);
  }

  /** Adds an exact value: a small fraction exactly as addFraction, a big one through its nearest double. */
  addQ(q: Q): void {
    if (q.bn === null) {
      this.addFraction(q.n, q.d);
      return;
    }
    const x = toNumber(q);
    // The nearest double is within half an ulp of the value: 2⁻⁵³ of it, bounded by 2⁻⁵².
    this.addWord(x, 0, abs(x) * 2 ** -52);
  }

  add(other: Estimate): void {
    this.addWord(other.hi, other.lo, other.err);
  }

  subtract(other: Estimate): void {
    this.addWord(-other.hi, -other.lo, other.err);
  }

  /** Multiplies by m, an integer of at most 53 bits (DWTimesFP). */
  multiply(m: number): void {
    const p = this.hi * m;
    splitProduct(this.hi, m, p);
    const e = RESULT[PRODUCT_ERROR] + this.lo * m;
    const hi = p + e;
    this.lo = e - (hi - p);
    this.hi = hi;
    this.err = this.err * abs(m) + abs(hi) * ERROR_PER_OPERATION;
  }

  /** Divides by m, a nonzero integer of at most 53 bits (DWDivFP). */
  divide(m: number): void {
    divide(this.hi, this.lo, m);
    this.hi = RESULT[HI];
    this.lo = RESULT[LO];
    this.err = this.err / abs(m) + abs(this.hi) * ERROR_PER_OPERATION;
  }

  /** Adds hi + lo (a normalized double-word, or a double with lo 0) known within err (AccurateDWPlusDW). */
  private addWord(hi: number, lo: number, err: number): void {
    const scale = abs(this.hi) + abs(hi);
    const sh = this.hi + hi;
    const sv = sh - this.hi;
    const sl = this.hi - (sh - sv) + (hi - sv);
    const th = this.lo + lo;
    const tv = th - this.lo;
    const tl = this.lo - (th - tv) + (lo - tv);
    const c = sl + th;
    const vh = sh + c;
    const vl = c - (vh - sh);
    const w = tl + vl;
    const zh = vh + w;
    this.lo = w - (zh - vh);
    this.hi = zh;
    this.err += err + scale * ERROR_PER_OPERATION;
  }
}

/**
 * Results of the helpers below (they run to completion, one at a time). A typed array, not module
 * variables: a double stored in a variable of the module is a new heap object on every store.
 */
const RESULT = new Float64Array(3);
const HI = 0;
const LO = 1;
const PRODUCT_ERROR = 2;

function abs(x: number): number {
  return x < 0 ? -x : x;
}

/** RESULT[PRODUCT_ERROR] = a·b − p exactly, where p = fl(a·b) (Dekker's TwoProduct, no fused multiply-add in JavaScript). */
function splitProduct(a: number, b: number, p: number): void {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  RESULT[PRODUCT_ERROR] = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (hi + lo) / m into RESULT[HI] and RESULT[LO], normalized (DWDivFP3). */
function divide(hi: number, lo: number, m: number): void {
  const th = hi / m;
  const p = th * m;
  splitProduct(th, m, p);
  const delta = hi - p - RESULT[PRODUCT_ERROR] + lo;
  const tl = delta / m;
  const zh = th + tl;
  RESULT[LO] = tl - (zh - th);
  RESULT[HI] = zh;
}

/**
 * The double nearest the exact value (ties to even, as toNumber), when the estimate proves it: the whole
 * interval hi + lo ± err lies strictly inside the range of values that round to hi. Undefined otherwise.
 */
export function certified(e: Estimate): number | undefined {
  const { hi, lo, err } = e;
  if (hi === 0) return lo === 0 && err === 0 ? 0 : undefined;
  // hi's binary exponent from its bits (Math.log2 is slower and not exact at every power of two).
  BITS[0] = hi;
  const exponentBits = (WORDS[HIGH_WORD] >>> 20) & 0x7ff;
  // Subnormal, infinite or NaN: never a scoring figure; the exact path decides.
  if (exponentBits === 0 || exponentBits === 0x7ff) return undefined;
  const atPower = (WORDS[HIGH_WORD] & 0xfffff) === 0 && WORDS[LOW_WORD] === 0;
  // Half the gap to the next double away from zero, and to the one towards zero (half as wide at a power of two).
  const halfAway = POWERS[exponentBits];
  const halfToward = atPower ? halfAway / 2 : halfAway;
  // Away from zero and towards it, in the direction of hi's sign.
  const away = hi > 0 ? lo : -lo;
  // Both sums are monotone in their terms and compared with powers of two, so rounding cannot hide a miss.
  return away + err < halfAway && err - away < halfToward ? hi : undefined;
}

/** A double's bits, as two 32-bit words (little-endian order assumed, checked below). */
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
BITS[0] = 1;
const HIGH_WORD = WORDS[1] === 0x3ff00000 ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;
/** By exponent bits: half an ulp of a double with that exponent, 2^(exponent − 1023 − 53). */
const POWERS = Float64Array.from({ length: 0x7ff }, (_, bits) => 2 ** (bits - 1023 - 53));

/**
 * Sign of a − b when the estimates prove it; undefined when the values lie closer than their errors allow
 * to tell (equal values always do).
 */
export function compareEstimates(a: Estimate, b: Estimate): -1 | 1 | undefined {
  const dh = a.hi - b.hi;
  const dv = dh - a.hi;
  const dhErr = a.hi - (dh - dv) + (-b.hi - dv);
  const dl = a.lo - b.lo + dhErr;
  const difference = dh + dl;
  // Twice the errors, plus the rounding of the lines above (relative 2⁻⁵² of the magnitudes at most).
  const doubt = 2 * (a.err + b.err) + (abs(a.hi) + abs(b.hi)) * 2 ** -80;
  if (difference > doubt) return 1;
  if (difference < -doubt) return -1;
  return undefined;
}
