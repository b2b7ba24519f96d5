import { serifLineCount, serifWordWidth } from "../../../src/workbook/rendering/row-heights";
import { serifEms } from "../../../src/workbook/rendering/serif-metrics";

describe("Times New Roman measured letter by letter (the meeting papers' font)", () => {
  test("a word's width is the sum of its letters' advance widths, accents adding nothing, the horn a little", () => {
    expect(serifEms("Hang", true)).toBeCloseTo(0.778 + 0.5 + 0.556 + 0.5, 6);
    expect(serifEms("Hạng", true)).toBeCloseTo(serifEms("Hang", true), 6);
    expect(serifEms("Đơn")).toBeGreaterThan(serifEms("Don"));
    expect(serifEms("Đơn") - serifEms("Don")).toBeLessThan(0.1);
    // NFD input (accents as separate code points) measures the same as NFC.
    expect(serifEms("Hạng".normalize("NFD"), true)).toBeCloseTo(serifEms("Hạng", true), 6);
  });

  test("texts of one length have different widths (the old estimate counted characters)", () => {
    expect("bình xét, biểu quyết".length).toBe("MMMMMMMMMMMMMMMMMMMM".length);
    expect(serifEms("bình xét, biểu quyết")).toBeLessThan(serifEms("MMMMMMMMMMMMMMMMMMMM") / 2);
  });

  test("lines of a 12 pt cell as LibreOffice printed them on the summary paper", () => {
    // Column 14.5 units: "Hoàn thành xuất" did not fit a line, so the grade took three (the last was clipped before).
    expect(serifLineCount("Hoàn thành xuất sắc nhiệm vụ", 14.5, 12)).toBe(3);
    // Column 20.7 units: the tie note took two lines.
    expect(serifLineCount("Đồng hạng — khối bình xét, biểu quyết", 20.7, 12)).toBe(2);
    expect(serifLineCount("", 10, 12)).toBe(1);
    expect(serifLineCount(42, 10, 12)).toBe(1);
    expect(serifLineCount("một\nhai", 30, 12)).toBe(2);
  });

  test("a word longer than the column breaks between letters over as many lines as it needs", () => {
    const word = "x".repeat(60);
    const oneLine = serifWordWidth(word, 12);
    expect(serifLineCount(word, oneLine, 12)).toBe(1);
    expect(serifLineCount(word, oneLine / 2, 12)).toBeGreaterThanOrEqual(2);
  });

  test("a column as wide as serifWordWidth holds the word on one line, and a bold header needs more than regular", () => {
    for (const header of ["Hạng", "STT", "thưởng", "dung III"]) {
      const width = serifWordWidth(header, 12, true);
      for (const word of header.split(" ")) expect(serifLineCount(word, width, 12, true)).toBe(1);
      expect(width).toBeGreaterThan(serifWordWidth(header, 12, false) - 0.05);
    }
    expect(serifWordWidth("Hạng", 12, true)).toBeGreaterThan(serifWordWidth("Hạng", 12));
  });
});
