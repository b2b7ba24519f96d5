import fc from "fast-check";
import { formatInput, formatNumber } from "../../src/scoring/format";
import { div, fromNumber, ratio } from "../../src/scoring/exact";
import { formatBoth, formatInputBoth, formatQ, formatQTyped } from "../../src/scoring/number-text";

describe("formatBoth / formatInputBoth match format.ts", () => {
  it("groups thousands and swaps separators per language", () => {
    expect(formatBoth(9450.754, 2)).toEqual({ vi: "9.450,75", en: "9,450.75" });
    expect(formatBoth(-1234567, 0)).toEqual({ vi: "-1.234.567", en: "-1,234,567" });
    expect(formatInputBoth(97.85)).toEqual({ vi: "97,85", en: "97.85" });
    expect(formatInputBoth(-0)).toEqual({ vi: "0", en: "0" });
  });

  it("formatBoth equals formatNumber for any number and decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(formatBoth(value, decimals)).toEqual({ vi: formatNumber(value, "vi", decimals), en: formatNumber(value, "en", decimals) });
      }),
      { numRuns: 2000 },
    );
  });

  it("formatInputBoth equals formatInput, typed decimals included", () => {
    const typed = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 })).map(([n, k]) => n / 10 ** k);
    fc.assert(
      fc.property(fc.oneof(typed, fc.double({ min: -1e15, max: 1e15, noNaN: true })), (value) => {
        expect(formatInputBoth(value)).toEqual({ vi: formatInput(value, "vi"), en: formatInput(value, "en") });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatQ / formatQTyped on exact values", () => {
  it("rounds the exact value half away from zero", () => {
    expect(formatQ(fromNumber(2.105), 2)).toEqual({ vi: "2,11", en: "2.11" });
    expect(formatQ(fromNumber(-2.105), 2)).toEqual({ vi: "-2,11", en: "-2.11" });
    expect(formatQ(ratio(175, 3), 2)).toEqual({ vi: "58,33", en: "58.33" });
    expect(formatQ(ratio(1030, 1), 1)).toEqual({ vi: "1.030,0", en: "1,030.0" });
    expect(formatQ(ratio(-1, 1000), 2)).toEqual({ vi: "0,00", en: "0.00" });
    expect(formatQ(div(ratio(1, 3), fromNumber(2 ** 52 + 1)), 2)).toEqual({ vi: "0,00", en: "0.00" });
  });

  it("agrees with formatNumber on values that are not near a rounding half", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 3 }), (n, d, decimals) => {
        const value = n / d;
        const units = Math.abs(value) * 10 ** decimals;
        fc.pre(Math.abs(units - Math.floor(units) - 0.5) > 1e-6);
        expect(formatQ(ratio(n, d), decimals)).toEqual(formatBoth(value, decimals));
      }),
      { numRuns: 1000 },
    );
  });

  it("shows typed numbers with their own decimals, like formatInput", () => {
    const typed = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k);
    fc.assert(
      fc.property(typed, (value) => {
        expect(formatQTyped(fromNumber(value))).toEqual({ vi: formatInput(value, "vi"), en: formatInput(value, "en") });
      }),
      { numRuns: 1000 },
    );
  });
});
