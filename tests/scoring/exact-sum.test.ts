import fc from "fast-check";
import { ONE, Q, ZERO, add, cmp, decimalParts, div, eq, fromNumber, isZero, mul, ratio, scratchQ, sub, sum, toNumber, type Parts } from "../../src/scoring/exact";
import { ExactSum } from "../../src/scoring/exact-sum";

/** Small fractions and, from the large numerators and denominators, sums that must go to BigInt. */
const fraction = fc
  .tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }))
  .map(([n, d]) => ratio(n, d));
const bigValue = fc.tuple(fraction, fraction).map(([a, b]) => div(a, add(b, ratio(1, 999_999_937))));
const anyValue = fc.oneof(fraction, bigValue);

const out: Parts = { n: 0, d: 1 };

describe("in-place exact sums", () => {
  it("equal the sum of add(), small and BigInt terms alike, with the same double", () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 12 }), (values) => {
        const acc = new ExactSum();
        for (const v of values) acc.add(v);
        const expected = sum(values);
        expect(cmp(acc.value(), expected)).toBe(0);
        expect(toNumber(acc.value())).toBe(toNumber(expected));
      }),
    );
  });

  it("start again from 0 after reset", () => {
    const acc = new ExactSum();
    acc.add(ratio(1, 3));
    acc.add(div(ratio(1, 2 ** 40 + 1), ratio(999_999_937, 1)));
    acc.reset();
    acc.addParts(1, 7);
    expect(eq(acc.value(), ratio(1, 7))).toBe(true);
  });

  it("addNumber adds a number's shortest decimal, as add(fromNumber(x)) does, big or small", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer().map((i) => i / 100)), { maxLength: 8 }), (numbers) => {
        const acc = new ExactSum();
        for (const x of numbers) acc.addNumber(x);
        expect(cmp(acc.value(), sum(numbers.map(fromNumber)))).toBe(0);
      }),
    );
    expect(() => new ExactSum().addNumber(Infinity)).toThrow(RangeError);
  });
});

describe("decimalParts", () => {
  it("reads decimals as fromNumber does, and declines what only BigInt holds", () => {
    for (const x of [97.85, -0.1, 0, -0, 1e-7, 362.004, 2 ** 53 - 1]) {
      expect(decimalParts(x, out)).toBe(true);
      expect(eq(ratio(out.n, out.d), fromNumber(x))).toBe(true);
      expect(Object.is(out.n, -0)).toBe(false);
    }
    expect(decimalParts(1.5e21, out)).toBe(false);
    expect(decimalParts(0.1 + 0.2, out)).toBe(false);
    expect(decimalParts(NaN, out)).toBe(false);
  });
});

describe("adding zero", () => {
  it("returns the other value itself, so a BigInt value's cached double is kept", () => {
    const big: Q = div(ratio(1, 3), fromNumber(2 ** 52 + 1));
    expect(add(big, ZERO)).toBe(big);
    expect(add(ZERO, big)).toBe(big);
    expect(sub(big, ZERO)).toBe(big);
    expect(eq(sub(ZERO, big), mul(big, ratio(-1, 1)))).toBe(true);
  });
});

describe("arithmetic into a scratch value", () => {
  it("gives the same values as fresh results, writes small ones into the scratch, and allows it as an operand", () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        const operations = [add, sub, mul, ...(isZero(b) ? [] : [div])];
        for (const operation of operations) {
          const fresh = operation(a, b);
          const scratch = scratchQ();
          const into = operation(a, b, scratch);
          expect(cmp(into, fresh)).toBe(0);
          if (fresh.bn === null && into !== a && into !== b && into !== ZERO) expect(into).toBe(scratch);
          if (fresh.bn !== null) expect(into).not.toBe(scratch);
          // The scratch as the left operand: read before it is written.
          if (a.bn === null) {
            const left = mul(a, ONE, scratchQ());
            expect(cmp(operation(left, b, left), fresh)).toBe(0);
          }
        }
      }),
    );
  });
});
