import fc from "fast-check";
import { columnNumber, parseAddress } from "../../src/workbook/grid";

/** The A1 reading as first written: one regular expression for every spelling. */
function regexAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

describe("parseAddress", () => {
  test("reads Excel's spelling and the others: absolute, lower-case, padded", () => {
    expect(parseAddress("B3")).toEqual({ row: 3, col: 2 });
    expect(parseAddress("XFD1048576")).toEqual({ row: 1048576, col: 16384 });
    expect(parseAddress("$AA$10")).toEqual({ row: 10, col: 27 });
    expect(parseAddress(" c7 ")).toEqual({ row: 7, col: 3 });
    expect(parseAddress("ABCD1")).toBeNull();
    expect(parseAddress("A")).toBeNull();
    expect(parseAddress("1")).toBeNull();
    expect(parseAddress("A1:B2")).toBeNull();
  });

  test("reads every text as the regular expression does", () => {
    const piece = fc.constantFrom("A", "Z", "a", "$", "0", "1", "9", " ", ":", "Ế", "\n");
    const text = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), fc.string(), fc.tuple(fc.stringMatching(/^[A-Z]{1,4}$/), fc.stringMatching(/^\d{1,20}$/)).map(([l, d]) => l + d));
    fc.assert(fc.property(text, (a1) => expect(parseAddress(a1)).toEqual(regexAddress(a1))), { numRuns: 3000 });
  });
});
