import fc from "fast-check";
import { ONE, Q, ZERO, add, cmp, div, eq, fromNumber, fromNumberInto, mul, ratio, scratchQ, sub, sum, toNumber } from "../../src/scoring/exact";

/** Reference: exact value as a BigInt pair, to check the fast path and the BigInt fallback alike. */
function parts(q: Q): [bigint, bigint] {
  return q.bn !== null ? [q.bn, q.bd as bigint] : [BigInt(q.n), BigInt(q.d)];
}
function sameValue(a: Q, n: bigint, d: bigint): boolean {
  const [an, ad] = parts(a);
  return an * d === n * ad;
}

describe("exact rationals", () => {
  it("reads a number from its shortest decimal, not its binary value", () => {
    expect(parts(fromNumber(97.85))).toEqual([1957n, 20n]);
    expect(eq(add(fromNumber(0.1), fromNumber(0.2)), fromNumber(0.3))).toBe(true);
    expect(sameValue(fromNumber(1e-7), 1n, 10_000_000n)).toBe(true);
    expect(sameValue(fromNumber(1.5e21), 1_500_000_000_000_000_000_000n, 1n)).toBe(true);
    expect(sameValue(fromNumber(123456789.123456), 123456789123456n, 1_000_000n)).toBe(true);
    expect(() => fromNumber(NaN)).toThrow(RangeError);
  });

  it("orders values closer than a double can tell apart, and equal values written differently", () => {
    const third = ratio(1, 3);
    const tiny = div(fromNumber(1), mul(fromNumber(2 ** 52 + 1), fromNumber(999_983))); // BigInt form, far below an ulp of 1/3
    const above = add(third, tiny);
    expect(toNumber(above)).toBe(toNumber(third));
    expect(cmp(above, third)).toBe(1);
    expect(cmp(third, above)).toBe(-1);
    expect(cmp(sub(above, tiny), third)).toBe(0);
    // Small (safe-integer) values whose doubles coincide: 2/3 and a fraction just below it.
    const twoThirds = ratio(2, 3);
    const justBelow = ratio(6004799503160659, 9007199254740989);
    expect(justBelow.n / justBelow.d).toBe(2 / 3);
    expect(cmp(twoThirds, justBelow)).toBe(1);
    expect(cmp(justBelow, twoThirds)).toBe(-1);
  });

  it("keeps sums of small values in lowest terms, so equality can compare numerator and denominator", () => {
    const cases: [Q, number, number][] = [
      [add(ratio(1, 6), ratio(1, 3)), 1, 2],
      [add(ratio(1, 6), ratio(1, 10)), 4, 15],
      [add(ratio(1, 6), ratio(-1, 6)), 0, 1],
      [add(ratio(5, 12), ratio(7, 18)), 29, 36],
      [add(ratio(1, 4), ratio(3, 20)), 2, 5],
      [sub(ratio(7, 10), ratio(1, 5)), 1, 2],
    ];
    for (const [q, n, d] of cases) expect([q.n, q.d]).toEqual([n, d]);
    expect(eq(add(ratio(1, 6), ratio(1, 10)), ratio(4, 15))).toBe(true);
  });

  it("362.004 and 361.996 differ although both print as 362,00", () => {
    expect(cmp(fromNumber(362.004), fromNumber(361.996))).toBe(1);
  });

  it("falls back to BigInt when a product leaves the safe range, and comes back when it fits", () => {
    const third = ratio(1, 3);
    const tiny = div(fromNumber(1), fromNumber(2 ** 52 + 1));
    const big = mul(tiny, ratio(1, 999_983));
    expect(big.bn).not.toBeNull();
    expect(sameValue(big, 1n, (2n ** 52n + 1n) * 999_983n)).toBe(true);
    const back = mul(big, ratio(999_983, 1));
    expect(eq(back, tiny)).toBe(true);
    expect(toNumber(sub(add(big, third), big))).toBe(1 / 3);
  });

  it("agrees with a BigInt reference on random sums, products and comparisons", () => {
    const decimal = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k);
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 25 }), fc.array(decimal, { minLength: 1, maxLength: 25 }), (xs, ys) => {
        const qx = sum(xs.map((x) => div(fromNumber(x), fromNumber(7))));
        const qy = sum(ys.map((y) => mul(fromNumber(y), ratio(3, 11))));
        const [xn, xd] = parts(qx);
        const [yn, yd] = parts(qy);
        const expected = xn * yd < yn * xd ? -1 : xn * yd > yn * xd ? 1 : 0;
        expect(cmp(qx, qy)).toBe(expected);
        expect(eq(qx, qy)).toBe(expected === 0);
        expect(toNumber(qx)).toBeCloseTo(xs.reduce((a, b) => a + b / 7, 0), 2);
      }),
      { numRuns: 300 },
    );
  });

  it("converts equal values to the same double whatever their (unreduced) representation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2 ** 30, max: 2 ** 40 }), fc.integer({ min: 2 ** 20, max: 2 ** 30 }), (k, p, q) => {
        const unit = div(ratio(1, p), fromNumber(q)); // 1/(p·q): beyond 2^53, BigInt form
        const unreduced = add(mul(unit, ratio(k, 1)), mul(unit, ratio(2 * k, 1))); // (k + 2k)/(pq) via BigInt, not reduced
        const reduced = mul(unit, ratio(3 * k, 1));
        expect(eq(unreduced, reduced)).toBe(true);
        expect(toNumber(unreduced)).toBe(toNumber(reduced));
        expect(toNumber(reduced) / ((3 * k) / p / q)).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });

  it("reduces correctly when a denominator is above 2^31 (gcd beyond int32)", () => {
    const unit = div(ratio(1, 2 ** 30 + 1), fromNumber(2 ** 20));
    const unreduced = add(mul(unit, ratio(86510, 1)), mul(unit, ratio(173020, 1)));
    expect(eq(unreduced, mul(unit, ratio(259530, 1)))).toBe(true);
    expect(eq(add(ratio(1, 2 ** 40), ratio(1, 2 ** 40)), ratio(1, 2 ** 39))).toBe(true);
  });

  it("rounds big values correctly to the nearest double", () => {
    const q = add(div(fromNumber(1), fromNumber(3 * 2 ** 40)), fromNumber(2 ** 60));
    expect(q.bn).not.toBeNull();
    expect(toNumber(q)).toBe(2 ** 60);
    const third = div(ratio(10 ** 15, 1), fromNumber(3e15));
    expect(toNumber(third)).toBe(1 / 3);
  });

  it("fromNumberInto gives fromNumber's value, a small decimal in the caller's scratch and nothing shared overwritten", () => {
    const scratch = scratchQ();
    for (const x of [97.85, -3.5, 2 ** 53, 1e300, 0.1 + 0.2, 7, 0, 1]) {
      const q = fromNumberInto(x, scratch);
      expect(eq(q, fromNumber(x))).toBe(true);
    }
    expect(fromNumberInto(97.85, scratch)).toBe(scratch);
    expect(fromNumberInto(0.25, scratch)).toMatchObject({ n: 1, d: 4 });
    // Values that do not fit in safe integers come back as their own object; 0 and 1 as the shared ones, untouched.
    expect(fromNumberInto(1e300, scratch)).not.toBe(scratch);
    expect(fromNumberInto(0, scratch)).toBe(ZERO);
    expect(fromNumberInto(1, scratch)).toBe(ONE);
    expect([ZERO.n, ZERO.d, ONE.n, ONE.d]).toEqual([0, 1, 1, 1]);
  });
});

describe("nearest double of a BigInt fraction, halfway cases", () => {
  // (2^53 + 1) lies halfway between the doubles 2^53 and 2^53 + 2: ties go to the even one, and any
  // remainder, however small, decides. The fractions are kept unreduced and big (×K / K).
  const K = 10n ** 40n + 7n;
  const big = (n: bigint, d: bigint) => Q.ofBig(n * K, d * K);
  const half = 2n ** 53n + 1n;

  it("an exact half goes to the even double, a hair above or below to the nearer one", () => {
    expect(toNumber(big(half, 1n))).toBe(2 ** 53);
    expect(toNumber(big(half * K + 1n, K))).toBe(2 ** 53 + 2);
    expect(toNumber(big(half * K - 1n, K))).toBe(2 ** 53);
    expect(toNumber(big(2n ** 53n + 3n, 1n))).toBe(2 ** 53 + 4);
    expect(toNumber(big(-(half * K + 1n), K))).toBe(-(2 ** 53 + 2));
  });

  it("the same for values far below 1 and for quotients whose low bits are all zero", () => {
    const tiny = 2n ** 200n;
    expect(toNumber(big(half, tiny))).toBe(2 ** 53 / 2 ** 200);
    expect(toNumber(big(half * K + 1n, K * tiny))).toBe((2 ** 53 + 2) / 2 ** 200);
    expect(toNumber(big(2n ** 80n * K + 1n, K))).toBe(2 ** 80);
    expect(toNumber(big(2n ** 80n + 2n ** 27n, 1n))).toBe(2 ** 80);
    expect(toNumber(big((2n ** 80n + 2n ** 27n) * K + 1n, K))).toBe(2 ** 80 + 2 ** 28);
  });
});
