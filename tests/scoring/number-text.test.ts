import fc from "fast-check";
import { formatInput, formatNumber } from "../../src/scoring/format";
import { formatBoth, formatInputBoth } from "../../src/scoring/number-text";

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
