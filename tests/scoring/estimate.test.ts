import fc from "fast-check";
import { Estimate, certified, compareEstimates } from "../../src/scoring/estimate";
import { Q, ZERO, add, cmp, div, int, mul, ratio, toNumber } from "../../src/scoring/exact";
import { isNearestDouble, rat, ratAdd, ratCmp, ratDiv, ratMul, ratOfDouble, type Rat } from "./big-rational";

/** Fractions as the scoring makes them: decimals over powers of ten, ratios of two of them, and wide ones. */
const fraction = fc.oneof(
  fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000)),
  fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99_999_999 })),
  fc.tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 2 ** 53 - 1 })),
);

/** A sum of fractions, then optionally × m / k (as a percent is made from a total). */
const sumCase = fc.record({
  terms: fc.array(fraction, { minLength: 1, maxLength: 25 }),
  scale: fc.option(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 })), { nil: null }),
});

function build(terms: [number, number][], scale: [number, number] | null): { estimate: Estimate; exact: Q; oracle: Rat } {
  const estimate = new Estimate();
  let exact: Q = ZERO;
  let oracle = rat(0n);
  for (const [n, d] of terms) {
    estimate.addFraction(n, d);
    exact = add(exact, ratio(n, d));
    oracle = ratAdd(oracle, rat(BigInt(n), BigInt(d)));
  }
  if (scale !== null) {
    const [m, k] = scale;
    estimate.multiply(m);
    estimate.divide(k);
    exact = div(mul(exact, int(m)), int(k));
    oracle = ratDiv(ratMul(oracle, rat(BigInt(m))), rat(BigInt(k)));
  }
  return { estimate, exact, oracle };
}

describe("estimates of exact sums", () => {
  it("certify only the double nearest the exact value, and nearly always certify", () => {
    let proved = 0;
    let runs = 0;
    fc.assert(
      fc.property(sumCase, ({ terms, scale }) => {
        const { estimate, exact, oracle } = build(terms, scale);
        const value = certified(estimate);
        runs++;
        if (value === undefined) return;
        proved++;
        expect(value).toBe(toNumber(exact));
        expect(isNearestDouble(value, oracle)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(proved / runs).toBeGreaterThan(0.99);
  });

  it("keep the exact value within their error bound", () => {
    fc.assert(
      fc.property(sumCase, ({ terms, scale }) => {
        const { estimate, oracle } = build(terms, scale);
        // |oracle − (hi + lo)| ≤ err, checked in exact arithmetic on the doubles' exact values.
        const center = ratAdd(ratOfDouble(estimate.hi), ratOfDouble(estimate.lo));
        const below = ratAdd(center, ratOfDouble(-estimate.err));
        const above = ratAdd(center, ratOfDouble(estimate.err));
        expect(ratCmp(below, oracle) <= 0 && ratCmp(oracle, above) <= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("refuse to certify a value halfway between two doubles, or within the error of one", () => {
    // 1 + 2⁻⁵³ lies exactly halfway between 1 and the next double up.
    expect(certified(sumOf(1, powerOfTwo(-53)))).toBeUndefined();
    // 2⁻⁸⁰ above it: provably above, so it rounds up.
    expect(certified(sumOf(1, powerOfTwo(-53), powerOfTwo(-80)))).toBe(1 + 2 ** -52);
    // 2⁻¹¹⁰ above it: inside the error bound, so not proved.
    expect(certified(sumOf(1, powerOfTwo(-53), powerOfTwo(-110)))).toBeUndefined();
    // Below a power of two the gap is half as wide: 1 − 2⁻⁵⁴ is halfway between 1 − 2⁻⁵³ and 1.
    expect(certified(sumOf(1, powerOfTwo(-54, -1)))).toBeUndefined();
    expect(certified(sumOf(1, powerOfTwo(-56, -1)))).toBe(1);
    const decimal = new Estimate();
    decimal.addFraction(35, 100);
    expect(certified(decimal)).toBe(0.35);
  });

  it("are exactly 0 with nothing added, and certify 0 only then", () => {
    const none = new Estimate();
    expect(certified(none)).toBe(0);
    const cancelled = new Estimate();
    cancelled.addFraction(1, 3);
    cancelled.addFraction(-1, 3);
    expect(certified(cancelled)).toBeUndefined();
  });

  it("take big values through their nearest double, with that rounding in the bound", () => {
    const big = div(ratio(1, 3), ratio(2 ** 52 + 1, 7));
    const e = new Estimate();
    e.set(big);
    expect(e.hi).toBe(toNumber(big));
    expect(e.err).toBeGreaterThan(0);
  });
});

describe("comparing estimates", () => {
  it("give the exact order whenever they give one, and none for equal values", () => {
    fc.assert(
      fc.property(sumCase, sumCase, ({ terms: a }, { terms: b }) => {
        const x = build(a, null);
        const y = build(b, null);
        const order = compareEstimates(x.estimate, y.estimate);
        if (order !== undefined) expect(order).toBe(cmp(x.exact, y.exact));
        // The same terms in another order: equal exact sums, never ordered.
        const reversed = build([...a].reverse(), null);
        expect(compareEstimates(x.estimate, reversed.estimate)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it("tell 362.004 from 361.996, and leave sums a hair apart to the exact comparison", () => {
    const a = new Estimate();
    a.addFraction(362_004, 1000);
    const b = new Estimate();
    b.addFraction(361_996, 1000);
    expect(compareEstimates(a, b)).toBe(1);
    expect(compareEstimates(b, a)).toBe(-1);
    const c = new Estimate();
    c.addFraction(362_004, 1000);
    c.add(powerOfTwo(-103));
    expect(compareEstimates(c, a)).toBeUndefined();
  });
});

/** ±2^k (k ≥ −150) as an estimate: 1 divided by powers of two (exactly, each within 2⁵³). */
function powerOfTwo(k: number, sign = 1): Estimate {
  const e = new Estimate();
  e.addFraction(sign, 1);
  for (let rest = -k; rest > 0; rest -= 50) e.divide(2 ** Math.min(50, rest));
  return e;
}

/** An integer plus estimates. */
function sumOf(whole: number, ...parts: Estimate[]): Estimate {
  const e = new Estimate();
  e.addFraction(whole, 1);
  for (const part of parts) e.add(part);
  return e;
}
