import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { en } from "../../src/scoring/vocabulary/en";
import { messageInBoth, messageWords } from "../../src/scoring/vocabulary/message-words";
import { messagesEn } from "../../src/scoring/vocabulary/messages-en";
import { messagesVi } from "../../src/scoring/vocabulary/messages-vi";
import { vi } from "../../src/scoring/vocabulary/vi";
import { capitalised, inBoth, inBothByKey, words } from "../../src/scoring/vocabulary/words";

/** Every leaf of a vocabulary table with its path: "grade.excellent" → text or template. */
function leaves(table: object, prefix = ""): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const SRC = join(__dirname, "../../src");
const VOCABULARY = join(SRC, "scoring/vocabulary");

/** Every .ts/.tsx file under `dir`, the vocabulary's own folder left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === VOCABULARY) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `lang === "vi"`, `language !== 'en'`, `"vi" === lang`: a text chosen by comparing the language. */
const LANGUAGE_COMPARISON = /\b\w*lang\w*\s*[!=]==?\s*["'`](vi|en)["'`]|["'`](vi|en)["'`]\s*[!=]==?\s*\w*lang\w*\b/i;

describe.each([
  ["words", vi, en],
  ["messages", messagesVi, messagesEn],
])("the vocabulary's %s tables", (_name, viTable, enTable) => {
  it("have the same keys in both languages, each a text or a template in both", () => {
    const viLeaves = new Map(leaves(viTable));
    const enLeaves = new Map(leaves(enTable));
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
    for (const [key, value] of viLeaves) {
      expect([key, typeof enLeaves.get(key)]).toEqual([key, typeof value]);
      if (typeof value === "string") expect([key, value.trim().length > 0 && (enLeaves.get(key) as string).trim().length > 0]).toEqual([key, true]);
    }
  });

});

describe("the vocabulary", () => {
  it("keeps each key in one table: words and messages share none", () => {
    const wordKeys = new Set(Object.keys(vi));
    expect(Object.keys(messagesVi).filter((key) => wordKeys.has(key))).toEqual([]);
  });

  it("is where every surface gets its language's texts: no source file outside it compares the language to pick one", () => {
    const offenders = sources(SRC).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) => (LANGUAGE_COMPARISON.test(line) ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("recognises a language comparison however it is spelled", () => {
    for (const line of [`lang === "vi" ? a : b`, `if (language !== 'en')`, `"vi" === lang`, "props.lang == `en`"]) expect([line, LANGUAGE_COMPARISON.test(line)]).toEqual([line, true]);
    expect(LANGUAGE_COMPARISON.test(`argv[i + 1] === "en"`)).toBe(false);
  });

  it("fills message templates in the language asked for", () => {
    expect(messageWords("vi").noScore({ standard: "20" })).toBe("Chưa có điểm → 0 / 20");
    expect(messageInBoth((m) => m.whereCell({ sheet: "Chỉ tiêu", cell: "H7" }))).toEqual({ vi: 'Trang "Chỉ tiêu", ô H7', en: 'Sheet "Chỉ tiêu", cell H7' });
  });

  it("fills templates and gives both languages of a concept", () => {
    expect(words("vi").section({ section: "II" })).toBe("Nội dung II");
    expect(words("en").section({ section: "II" })).toBe("Section II");
    expect(inBoth((w) => w.award.flag)).toEqual({ vi: "Cờ thi đua", en: "Emulation flag" });
    expect(inBothByKey((w) => w.severity)).toEqual({ error: { vi: "Lỗi", en: "Error" }, warning: { vi: "Cảnh báo", en: "Warning" } });
    expect(capitalised("đạt")).toBe("Đạt");
  });
});
