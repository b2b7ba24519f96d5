/**
 * An independent exact oracle for the tests: rationals as plain BigInt pairs, written without
 * src/scoring/exact.ts, so a bug there cannot hide by agreeing with itself.
 */
export interface Rat {
  n: bigint;
  d: bigint;
}

export const rat = (n: bigint, d = 1n): Rat => (d < 0n ? { n: -n, d: -d } : { n, d });
export const ratAdd = (a: Rat, b: Rat): Rat => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const ratSub = (a: Rat, b: Rat): Rat => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const ratMul = (a: Rat, b: Rat): Rat => rat(a.n * b.n, a.d * b.d);
export const ratDiv = (a: Rat, b: Rat): Rat => rat(a.n * b.d, a.d * b.n);
export const ratCmp = (a: Rat, b: Rat): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
export const ratMin = (a: Rat, b: Rat): Rat => (ratCmp(a, b) <= 0 ? a : b);
export const ratMax = (a: Rat, b: Rat): Rat => (ratCmp(a, b) >= 0 ? a : b);

/** The decimal the officer typed, from JavaScript's shortest round-trip text of the number. */
export function ratOfTyped(x: number): Rat {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(x));
  if (!m) throw new Error(`not a decimal: ${x}`);
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0") - frac.length;
  const n = BigInt(m[1] + m[2] + frac);
  return exp >= 0 ? rat(n * 10n ** BigInt(exp)) : rat(n, 10n ** BigInt(-exp));
}

/** The exact value of a finite double. */
export function ratOfDouble(x: number): Rat {
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    d *= 2n;
  }
  return rat(BigInt(v), d);
}

function nextDouble(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, (x > 0) === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** True when `x` is the double nearest to `exact` (no double is strictly closer). */
export function isNearestDouble(x: number, exact: Rat): boolean {
  const distance = (y: number) => {
    const diff = ratSub(ratOfDouble(y), exact);
    return rat(diff.n < 0n ? -diff.n : diff.n, diff.d);
  };
  const here = distance(x);
  return ratCmp(here, distance(nextDouble(x, true))) <= 0 && ratCmp(here, distance(nextDouble(x, false))) <= 0;
}
