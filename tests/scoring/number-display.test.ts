import fc from "fast-check";
import { Q, div, fromNumber, ratio, toNumber } from "../../src/scoring/exact";
import { formatBoth, formatInput, formatInputBoth, formatNumber, formatQ, formatQTyped } from "../../src/scoring/number-display";
import { excelShows } from "./excel-display-model";

describe("formatNumber shows a double as Excel does with format 0.00", () => {
  it("rounds the stored double's 15 digits half away from zero, not its binary value", () => {
    // 72.145, 1.005 and 2.675 are stored just below the half-way point: toFixed says 72.14, 1.00, 2.67.
    expect(formatBoth(72.145, 2)).toEqual({ vi: "72,15", en: "72.15" });
    expect(formatBoth(1.005, 2)).toEqual({ vi: "1,01", en: "1.01" });
    expect(formatBoth(-2.675, 2)).toEqual({ vi: "-2,68", en: "-2.68" });
    expect(formatBoth(0.1 + 0.2, 2)).toEqual({ vi: "0,30", en: "0.30" });
  });

  it("groups thousands and swaps separators per language", () => {
    expect(formatBoth(9450.754, 2)).toEqual({ vi: "9.450,75", en: "9,450.75" });
    expect(formatBoth(-1234567, 0)).toEqual({ vi: "-1.234.567", en: "-1,234,567" });
    expect(formatBoth(999.995, 2)).toEqual({ vi: "1.000,00", en: "1,000.00" });
    expect(formatBoth(1e21, 0)).toEqual({ vi: "1.000.000.000.000.000.000.000", en: "1,000,000,000,000,000,000,000" });
    expect(formatNumber(103.04, "vi", 1)).toBe("103,0");
    expect(formatInputBoth(97.85)).toEqual({ vi: "97,85", en: "97.85" });
    expect(formatInputBoth(-0)).toEqual({ vi: "0", en: "0" });
    expect(formatInput(9450, "vi")).toBe("9.450");
  });

  it("never shows a minus sign on a value that rounds to zero", () => {
    expect(formatBoth(-0.001, 2)).toEqual({ vi: "0,00", en: "0.00" });
    expect(formatQ(ratio(-1, 1000), 2)).toEqual({ vi: "0,00", en: "0.00" });
  });

  it("equals the Excel model for any double and any decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e17, max: 1e17, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(formatBoth(value, decimals)).toEqual(excelShows(value, decimals));
      }),
      { numRuns: 3000 },
    );
  });
});

/** k + 0.005 exactly, for any integer count of hundredths k (negative too): (200k ± 1)/200. */
function halfway(hundredths: bigint): Q {
  const twice = 2n * hundredths + (hundredths < 0n ? -1n : 1n);
  return Q.ofBig(twice, 200n);
}

/** Half away from zero at 2 decimals on the exact (2h ± 1)/200: always away, so |h| + 1 hundredths. */
function awayFromZero(hundredths: bigint, lang: "vi" | "en"): string {
  const units = (hundredths < 0n ? -hundredths : hundredths) + 1n;
  const sign = hundredths < 0n ? "-" : "";
  const whole = (units / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return `${sign}${whole}${lang === "vi" ? "," : "."}${(units % 100n).toString().padStart(2, "0")}`;
}

describe("an exact value on a half-way point reads the same as its stored double in Excel", () => {
  it("72,145 points read 72,15 from the exact value and from the double", () => {
    const exact = fromNumber(72.145);
    expect(formatQ(exact, 2)).toEqual({ vi: "72,15", en: "72.15" });
    expect(formatBoth(toNumber(exact), 2)).toEqual({ vi: "72,15", en: "72.15" });
    expect(excelShows(toNumber(exact), 2)).toEqual({ vi: "72,15", en: "72.15" });
  });

  it("score-sized values: exact rounding, the double's display and Excel's all agree", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (hundredths) => {
        const q = halfway(hundredths);
        const expected = { vi: awayFromZero(hundredths, "vi"), en: awayFromZero(hundredths, "en") };
        expect(formatQ(q, 2)).toEqual(expected);
        expect(formatBoth(toNumber(q), 2)).toEqual(expected);
        expect(excelShows(toNumber(q), 2)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("large values (beyond 15 digits): the exact value reads as Excel shows its double", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (hundredths) => {
        const q = halfway(hundredths);
        expect(formatQ(q, 2)).toEqual(excelShows(toNumber(q), 2));
      }),
      { numRuns: 2000 },
    );
  });

  it("any fraction reads as Excel shows its double, at any decimals", () => {
    const fraction = fc.tuple(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 1, max: 1e6 }));
    fc.assert(
      fc.property(fraction, fc.integer({ min: 0, max: 3 }), ([n, d], decimals) => {
        const q = ratio(n, d);
        expect(formatQ(q, decimals)).toEqual(excelShows(toNumber(q), decimals));
      }),
      { numRuns: 3000 },
    );
    expect(formatQ(div(ratio(1, 3), fromNumber(2 ** 52 + 1)), 2)).toEqual({ vi: "0,00", en: "0.00" });
    expect(formatQ(ratio(175, 3), 2)).toEqual({ vi: "58,33", en: "58.33" });
    expect(formatQ(ratio(1030, 1), 1)).toEqual({ vi: "1.030,0", en: "1,030.0" });
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
