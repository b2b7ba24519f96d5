import { en } from "../../src/scoring/vocabulary/en";
import { vi } from "../../src/scoring/vocabulary/vi";
import { capitalised, inBoth, inBothByKey, words } from "../../src/scoring/vocabulary/words";

/** Every leaf of a vocabulary table with its path: "grade.excellent" → text or template. */
function leaves(table: object, prefix = ""): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe("the vocabulary", () => {
  it("has the same keys in both languages, each a text or a template in both", () => {
    const viLeaves = new Map(leaves(vi));
    const enLeaves = new Map(leaves(en));
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, value] of viLeaves) {
      expect([key, typeof enLeaves.get(key)]).toEqual([key, typeof value]);
      if (typeof value === "string") expect([key, value.trim().length > 0 && (enLeaves.get(key) as string).trim().length > 0]).toEqual([key, true]);
    }
  });

  it("fills templates and gives both languages of a concept", () => {
    expect(words("vi").section({ section: "II" })).toBe("Nội dung II");
    expect(words("en").section({ section: "II" })).toBe("Section II");
    expect(inBoth((w) => w.award.flag)).toEqual({ vi: "Cờ thi đua", en: "Emulation flag" });
    expect(inBothByKey((w) => w.severity)).toEqual({ error: { vi: "Lỗi", en: "Error" }, warning: { vi: "Cảnh báo", en: "Warning" } });
    expect(capitalised("đạt")).toBe("Đạt");
  });
});
