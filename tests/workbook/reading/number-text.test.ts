import { readNumber } from "../../../src/workbook/reading/cell-values";
import { parseNumberText } from "../../../src/workbook/reading/number-text";

describe("parseNumberText", () => {
  it.each([
    ["9450", 9450, false],
    ["9.450", 9450, false],
    ["1.234", 1234, true],
    ["0.950", 0.95, false],
    ["97,85", 97.85, false],
    ["1,234", 1.234, true],
    ["97.85", 97.85, false],
    ["1.234,5", 1234.5, false],
    ["1,234.5", 1234.5, false],
    ["1,234,567", 1234567, false],
    ["12.345.678,9", 12345678.9, false],
    ["1 234 567", 1234567, false],
  ])("reads %j as %d (ambiguous: %s)", (text, value, ambiguous) => {
    expect(parseNumberText(text)).toEqual({ value, ambiguous });
  });

  it.each(["1.23.4", "1,2,3", "12.34,5", "1.234.5,6,7", "1 23", "5."])("refuses the malformed %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe("readNumber", () => {
  it("reads signs, percent signs and scientific text", () => {
    expect(readNumber("-2")).toEqual({ kind: "number", value: -2, percentSign: false, unit: null, ambiguous: false });
    expect(readNumber("\u22122,5")).toMatchObject({ value: -2.5 });
    expect(readNumber("95 %")).toMatchObject({ value: 95, percentSign: true });
    expect(readNumber("1E+03")).toMatchObject({ value: 1000 });
    expect(readNumber("-0")).toMatchObject({ value: 0 });
    expect(Object.is((readNumber("-0") as { value: number }).value, 0)).toBe(true);
  });

  it("tells empty, error and invalid apart", () => {
    expect(readNumber("—")).toEqual({ kind: "empty" });
    expect(readNumber({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(readNumber("#div/0!")).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(readNumber(Number.NaN)).toEqual({ kind: "invalid" });
    expect(readNumber("3-5")).toEqual({ kind: "invalid" });
  });
});
