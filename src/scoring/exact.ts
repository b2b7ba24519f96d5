/**
 * Exact rational arithmetic for the scoring core. Ties decide who gets the Cờ thi đua, so float noise
 * must never create or break one: every input number is taken exactly from its shortest decimal form
 * (97.85 → 9785/100) and every ratio and point is an exact fraction. Sums of many of them are estimated
 * with a proven error bound (estimate.ts) and made exactly here whenever the estimate cannot prove a
 * figure or an order.
 *
 * Speed: most values are small decimals, so numerator and denominator live in plain safe-integer
 * numbers (fast path) and fall back to BigInt only when an intermediate would leave the safe range.
 * Fast values are always reduced with a positive denominator; big ones keep a positive denominator but
 * are reduced lazily (see ofBig), so equality goes through cmp for them.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Below 2^52 the decimals m/10^k and (m±1)/10^k never round to the same double (see fromNumber). */
const FAST_DECIMAL_LIMIT = 2 ** 52;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export class Q {
  /**
   * The nearest double of a big value, once asked for (toNumber); always undefined for small values,
   * whose double is n/d. Undefined rather than NaN keeps the field from boxing a number in every Q.
   */
  approx: number | undefined = undefined;

  /** For big values n and d are NaN and bn/bd hold the fraction. */
  private constructor(
    readonly n: number,
    readonly d: number,
    readonly bn: bigint | null,
    readonly bd: bigint | null,
  ) {}

  /** n/d from safe integers already reduced, d > 0. Internal. */
  static smallReduced(n: number, d: number): Q {
    return new Q(n === 0 ? 0 : n, d, null, null);
  }

  /**
   * Big fraction with bd > 0, possibly not reduced: a full BigInt gcd on every operation costs more than
   * the whole scoring, and comparisons do not need lowest terms. Demoted to the fast form when it fits.
   */
  static ofBig(bn: bigint, bd: bigint): Q {
    if (bn <= BIG_MAX && bn >= -BIG_MAX && bd <= BIG_MAX) return small(Number(bn), Number(bd));
    return new Q(NaN, NaN, bn, bd);
  }
}

const BIG_MAX = BigInt(MAX_SAFE);

export function safe(x: number): boolean {
  return x <= MAX_SAFE && x >= -MAX_SAFE;
}

/** gcd of safe integers (b ≥ 0). Runs on int32 while the values fit: double remainders are many times slower. */
export function gcd(a: number, b: number): number {
  if (a < 0) a = -a;
  if (a === 1 || b === 1) return 1;
  while (b !== 0 && (a > 0x7fffffff || b > 0x7fffffff)) {
    const t = a % b;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  let x = a | 0;
  let y = b | 0;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function small(n: number, d: number, into?: Q): Q {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (d === 1) return reduced(n, 1, into);
  const g = gcd(n, d);
  return g === 1 ? reduced(n, d, into) : reduced(n / g, d / g, into);
}

/**
 * n/d (reduced, d > 0) written into `into` when given, else a new Q. The scoring loop passes scratch
 * values (scratchQ) it reads before the next target, sparing an object per operation; a result beyond
 * safe integers is always a new Q. Operands are read before `into` is written, so it may be one of them.
 */
function reduced(n: number, d: number, into: Q | undefined): Q {
  if (into === undefined) return Q.smallReduced(n, d);
  const writable = into as { n: number; d: number };
  writable.n = n === 0 ? 0 : n;
  writable.d = d;
  return into;
}

function big(n: bigint, d: bigint): Q {
  if (d === 0n) throw new RangeError("Division by zero in exact arithmetic");
  return d < 0n ? Q.ofBig(-n, -d) : Q.ofBig(n, d);
}

/** gcd of a BigInt and a safe integer, in one BigInt step: the rest runs on numbers. */
export function mixedGcd(a: bigint, b: number): number {
  if (b === 0) return Number(a < 0n ? -a : a);
  return gcd(b, Number(a % BigInt(b)));
}

/** Numerator and denominator as BigInt (two functions, not a pair: the pair was an array per operation). */
function bigNum(q: Q): bigint {
  return q.bn !== null ? q.bn : BigInt(q.n);
}

function bigDen(q: Q): bigint {
  return q.bd !== null ? q.bd : BigInt(q.d);
}

export const ZERO = Q.smallReduced(0, 1);
export const ONE = Q.smallReduced(1, 1);

export function int(n: number): Q {
  if (!Number.isSafeInteger(n)) return fromNumber(n);
  return Q.smallReduced(n, 1);
}

/** A fraction of two integers (tests and constants). */
export function ratio(n: number, d: number): Q {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d === 0) throw new RangeError(`Bad fraction ${n}/${d}`);
  return small(n, d);
}

/**
 * The exact value of the shortest decimal that reads back as `x` (what the officer typed):
 * 97.85 → 9785/100, never the binary 97.849999… Fast path: the smallest k with round(x·10^k)/10^k === x;
 * below 2^52 that decimal is unique, so it equals JavaScript's shortest round-trip string.
 */
export function fromNumber(x: number): Q {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  // Đạt and Bằng 0 targets are typed as 0 and 1: the shared values spare an object each.
  if (x === 0) return ZERO;
  if (x === 1) return ONE;
  if (decimalParts(x, DECIMAL)) return Q.smallReduced(DECIMAL.n, DECIMAL.d);
  return fromDecimalString(String(x));
}

/**
 * A Q of its own for fromNumberInto to overwrite (never one of the shared constants).
 */
export function scratchQ(): Q {
  return Q.smallReduced(0, 1);
}

/**
 * fromNumber for a value read only until the next call with the same `scratch` (the scoring loop's
 * plan and actual, two per target): a small decimal is written into `scratch` and returned, so nothing
 * is allocated; anything else is fromNumber's own object. The caller must not keep the result, nor hand
 * it to anything that keeps it (arithmetic results are always new objects or other operands).
 */
export function fromNumberInto(x: number, scratch: Q): Q {
  if (x === 0) return ZERO;
  if (x === 1) return ONE;
  if (!decimalParts(x, DECIMAL)) return fromNumber(x);
  return reduced(DECIMAL.n, DECIMAL.d, scratch);
}

/** A fraction of safe integers, reduced, d > 0: what the allocation-free paths write their results to. */
export interface Parts {
  n: number;
  d: number;
}

const DECIMAL: Parts = { n: 0, d: 1 };

/**
 * fromNumber without the object: writes x's shortest decimal to `out` in lowest terms and says whether
 * it fits in safe integers (false: only the BigInt path of fromNumber holds it, or x is not finite).
 */
export function decimalParts(x: number, out: Parts): boolean {
  if (Number.isInteger(x) && safe(x)) {
    out.n = x === 0 ? 0 : x;
    out.d = 1;
    return true;
  }
  if (!Number.isFinite(x)) return false;
  for (let k = 1; k < POW10.length; k++) {
    const p = POW10[k];
    const m = Math.round(x * p);
    if (m >= FAST_DECIMAL_LIMIT || m <= -FAST_DECIMAL_LIMIT) break;
    if (m / p === x) {
      const g = gcd(m, p);
      out.n = g === 1 ? m : m / g;
      out.d = g === 1 ? p : p / g;
      return true;
    }
  }
  return false;
}

function fromDecimalString(s: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m) throw new RangeError(`Not a decimal number: ${s}`);
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0") - frac.length;
  let n = BigInt(m[2] + frac);
  if (m[1] === "-") n = -n;
  return exp >= 0 ? big(n * 10n ** BigInt(exp), 1n) : big(n, 10n ** BigInt(-exp));
}

/** a + b; `into`: see reduced (the result may also be a or b itself, when the other is 0). */
export function add(a: Q, b: Q, into?: Q): Q {
  // Adding 0 (no bonus, no deduction) keeps the very object, and with it a big value's cached double.
  if (b.bn === null && b.n === 0) return a;
  if (a.bn === null && a.n === 0) return b;
  if (a.bn === null && b.bn === null) {
    const q = addSmall(a.n, a.d, b.n, b.d, into);
    if (q !== null) return q;
  }
  if (b.bn === null && a.bn !== null) return addBigSmall(a, b);
  if (a.bn === null && b.bn !== null) return addBigSmall(b, a);
  const an = bigNum(a);
  const ad = bigDen(a);
  const bn = bigNum(b);
  const bd = bigDen(b);
  return big(an * bd + bn * ad, ad * bd);
}

/** an/ad + bn/bd of reduced small fractions, or null when an intermediate leaves the safe range. */
function addSmall(an: number, ad: number, bn: number, bd: number, into?: Q): Q | null {
  if (ad === bd) {
    const n = an + bn;
    if (safe(n)) return ad === 1 ? reduced(n, 1, into) : small(n, ad, into);
    return null;
  }
  // Knuth (TAOCP 4.5.1): both inputs are reduced, so only g = gcd(ad, bd) can divide the new
  // numerator — one gcd on the small g instead of one on the whole sum, none when g is 1.
  const g = gcd(ad, bd);
  const x = an * (bd / g);
  const y = bn * (ad / g);
  const d = ad * (bd / g);
  if (!safe(x) || !safe(y) || !safe(d)) return null;
  const n = x + y;
  if (!safe(n)) return null;
  if (n === 0) return ZERO;
  if (g === 1) return reduced(n, d, into);
  const g2 = gcd(n, g);
  return g2 === 1 ? reduced(n, d, into) : reduced(n / g2, d / g2, into);
}

/** Running sums are big + small: the lcm of the denominators keeps them from growing needlessly. */
function addBigSmall(a: Q, b: Q): Q {
  const ad = a.bd as bigint;
  if (b.d === 1) return big((a.bn as bigint) + BigInt(b.n) * ad, ad);
  const g = mixedGcd(ad, b.d);
  const bScale = BigInt(b.d / g);
  return big((a.bn as bigint) * bScale + BigInt(b.n) * (g === 1 ? ad : ad / BigInt(g)), ad * bScale);
}

export function neg(a: Q): Q {
  return a.bn !== null ? Q.ofBig(-a.bn, a.bd as bigint) : Q.smallReduced(-a.n, a.d);
}

/** a − b; `into`: see reduced (the result may also be a itself, when b is 0). */
export function sub(a: Q, b: Q, into?: Q): Q {
  if (b.bn === null && b.n === 0) return a;
  // Small values need no negated copy of b (r − 1 on every target above plan).
  if (a.bn === null && b.bn === null) {
    const q = addSmall(a.n, a.d, -b.n, b.d, into);
    if (q !== null) return q;
  }
  return add(a, neg(b));
}

/** a · b; `into`: see reduced. */
export function mul(a: Q, b: Q, into?: Q): Q {
  if (a.bn === null && b.bn === null) {
    const g1 = gcd(a.n, b.d);
    const g2 = gcd(b.n, a.d);
    const n = (g1 > 1 ? a.n / g1 : a.n) * (g2 > 1 ? b.n / g2 : b.n);
    const d = (g2 > 1 ? a.d / g2 : a.d) * (g1 > 1 ? b.d / g1 : b.d);
    if (safe(n) && safe(d)) return reduced(n, d, into);
  }
  const an = bigNum(a);
  const ad = bigDen(a);
  const bn = bigNum(b);
  const bd = bigDen(b);
  return big(an * bn, ad * bd);
}

export function isZero(a: Q): boolean {
  return a.bn === null ? a.n === 0 : a.bn === 0n;
}

export function sign(a: Q): -1 | 0 | 1 {
  const n = a.bn === null ? a.n : a.bn;
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

export function inv(a: Q): Q {
  if (isZero(a)) throw new RangeError("Division by zero in exact arithmetic");
  if (a.bn !== null) return big(a.bd as bigint, a.bn);
  return a.n < 0 ? Q.smallReduced(-a.d, -a.n) : Q.smallReduced(a.d, a.n);
}

/** a / b; `into`: see reduced. */
export function div(a: Q, b: Q, into?: Q): Q {
  // A/P of two small values in one step: the reciprocal of P would be one more object per target.
  if (a.bn === null && b.bn === null && b.n !== 0) {
    const bn = b.n < 0 ? -b.d : b.d;
    const bd = b.n < 0 ? -b.n : b.n;
    const g1 = gcd(a.n, bd);
    const g2 = gcd(bn, a.d);
    const n = (g1 > 1 ? a.n / g1 : a.n) * (g2 > 1 ? bn / g2 : bn);
    const d = (g2 > 1 ? a.d / g2 : a.d) * (g1 > 1 ? bd / g1 : bd);
    if (safe(n) && safe(d)) return reduced(n, d, into);
  }
  return mul(a, inv(b));
}

/**
 * Exact order. Filter first on the doubles: both are correctly rounded (n/d of safe integers is one
 * IEEE division; toNumber rounds once), and rounding is monotone, so two different doubles order their
 * exact values the same way. Only equal doubles (ties, or values closer than an ulp) need the exact
 * products — the ranking sort then almost never touches BigInt.
 */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  if (a.bn === null && b.bn === null) {
    if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    const fa = a.n / a.d;
    const fb = b.n / b.d;
    if (fa !== fb) return fa < fb ? -1 : 1;
    const x = a.n * b.d;
    const y = b.n * a.d;
    if (safe(x) && safe(y)) return x < y ? -1 : x > y ? 1 : 0;
  } else {
    const fa = toNumber(a);
    const fb = toNumber(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
  }
  const an = bigNum(a);
  const ad = bigDen(a);
  const bn = bigNum(b);
  const bd = bigDen(b);
  const x = an * bd;
  const y = bn * ad;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function eq(a: Q, b: Q): boolean {
  if (a.bn === null && b.bn === null) return a.n === b.n && a.d === b.d;
  return cmp(a, b) === 0;
}

export function lt(a: Q, b: Q): boolean {
  return cmp(a, b) < 0;
}

export function gt(a: Q, b: Q): boolean {
  return cmp(a, b) > 0;
}

export function min(a: Q, b: Q): Q {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Q, b: Q): Q {
  return cmp(a, b) >= 0 ? a : b;
}

export function abs(a: Q): Q {
  return sign(a) < 0 ? neg(a) : a;
}

export function sum(values: readonly Q[]): Q {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/**
 * The nearest double, for the result fields. Big values are not kept in lowest terms, so the
 * conversion must not depend on the representation: the quotient is taken with ≥ 64 significant bits
 * plus a sticky bit for any remainder, which makes the single rounding to a double correct.
 */
export function toNumber(a: Q): number {
  if (a.bn === null) return a.n / a.d;
  if (a.approx === undefined) a.approx = bigToNumber(a.bn, a.bd as bigint);
  return a.approx;
}

function bigToNumber(bn: bigint, d: bigint): number {
  const negative = bn < 0n;
  const n = negative ? -bn : bn;
  if (n === 0n) return 0;
  const shift = Math.max(0, 66 - (approxBits(n) - approxBits(d)));
  const scaled = n << BigInt(shift);
  // q has at least 65 bits, so 12 or more below the 53 a double keeps: they decide the rounding, except
  // when they read exactly one half (low 12 bits 0x800, or 0 with more bits below). Only then is the
  // remainder needed (as a sticky bit), and with it the product q·d: most calls skip it.
  const q = scaled / d;
  const low = Number(BigInt.asUintN(12, q));
  const sticky = (low === 0 || low === 0x800) && q * d !== scaled;
  let value = sticky ? Number((q << 1n) | 1n) : Number(q);
  let rest = sticky ? shift + 1 : shift;
  for (; rest > 1000; rest -= 1000) value /= 2 ** 1000;
  value /= 2 ** rest;
  return negative ? -value : value;
}

/** Bit length of a positive BigInt within ±1 (enough to size the quotient). */
function approxBits(x: bigint): number {
  const magnitude = Number(x);
  if (magnitude < 2 ** 1000) return Math.ceil(Math.log2(magnitude + 1));
  return x.toString(16).length * 4;
}
