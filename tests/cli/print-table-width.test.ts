import { join } from "node:path";
import { rankingTable } from "../../src/cli/print-table";
import { runCli } from "../../src/cli/run";
import { displayWidth } from "../../src/cli/text-table";
import { formatNumber } from "../../src/scoring/number-display";
import type { BlocResult, Lang } from "../../src/scoring/types";
import { calculate } from "../../src/workbook/calculate";
import { AWARD_LABELS, GRADE_SHORT_LABELS, RANKING_HEADERS, sectionHeader } from "../../src/workbook/rendering/labels";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

/** The Khối 17 sample: ten members, three sections, long names, a long note: the table that used to wrap. */
function khoi17(): BlocResult {
  const grid = { sheets: KHOI_17_SAMPLE.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]), originRow: 1, originCol: 1 })) };
  return calculate(grid, { lang: "vi", now: new Date(2019, 0, 15) }).result;
}

const result = khoi17();
const widest = (text: string) => Math.max(...text.trimEnd().split("\n").map(displayWidth));
const SHORT_KEY_HEADERS: Record<Lang, string[]> = { vi: ["Hạng", "Mã", "Tên", "Tổng", "Tỷ lệ", "Xếp loại", "Khen thưởng"], en: ["Rank", "Code", "Name", "Total", "%", "Grade", "Award"] };

describe.each(["vi", "en"] as const)("rankingTable fitted to a terminal (%s)", (lang) => {
  it.each([80, 120])("keeps every line within %i columns", (width) => {
    expect(widest(rankingTable(result, lang, width))).toBeLessThanOrEqual(width);
  });

  it.each([80, 120])("at %i columns keeps rank, code, name, total, percent, grade and award for every member", (width) => {
    const lines = rankingTable(result, lang, width).split("\n");
    const header = lines[0];
    let at = -1;
    for (const title of SHORT_KEY_HEADERS[lang]) {
      const found = header.indexOf(title, at + 1);
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    for (const u of result.units) {
      const row = lines.find((l) => l.split(/\s{2,}/).includes(u.code));
      expect(row).toBeDefined();
      expect(row!.trimStart().startsWith(`${u.rank} `)).toBe(true);
      expect(row).toContain(formatNumber(u.total, lang));
      expect(row).toContain(formatNumber(u.percent, lang));
      expect(row).toContain(GRADE_SHORT_LABELS[u.grade!][lang].slice(0, 5));
      if (u.award) expect(row).toContain(AWARD_LABELS[u.award][lang].slice(0, 5));
      expect(row).toContain(u.name.normalize("NFC").slice(0, 8));
    }
  });

  it("at 80 columns drops the section, bonus and deduction columns and shortens long names with …", () => {
    const text = rankingTable(result, lang, 80);
    for (const s of result.sections) expect(text).not.toContain(sectionHeader(s)[lang]);
    expect(text.split("\n")[0]).not.toContain(RANKING_HEADERS.bonus[lang]);
    const longest = result.units.reduce((a, b) => (displayWidth(a.name) >= displayWidth(b.name) ? a : b));
    expect(text).not.toContain(longest.name.normalize("NFC"));
    expect(text).toContain("…");
  });

  it("at 120 columns drops the per-section columns before Điểm cộng/Điểm trừ", () => {
    const header = rankingTable(result, lang, 120).split("\n")[0];
    for (const s of result.sections) expect(header).not.toContain(sectionHeader(s)[lang]);
    expect(header).toMatch(lang === "vi" ? /Cộng\s+Trừ/ : /Bonus\s+Minus/);
  });

  it.each([80, 120])("at %i columns prints each note on indented lines under its member's row, not as a column", (width) => {
    const lines = rankingTable(result, lang, width).split("\n");
    expect(lines[0]).not.toContain(RANKING_HEADERS.notes[lang]);
    const noted = result.units.filter((u) => u.notes.length > 0);
    expect(noted.length).toBeGreaterThan(0);
    for (const u of noted) {
      const row = lines.findIndex((l) => l.split(/\s{2,}/).includes(u.code));
      const under = lines[row + 1];
      expect(under).toMatch(new RegExp(`^ +${RANKING_HEADERS.notes[lang]}: `));
      const noteText = lines.slice(row + 1).join(" ").replace(/\s+/g, " ");
      expect(noteText).toContain(u.notes[0][lang].split(" ").slice(0, 4).join(" "));
    }
  });

  it("without a width (piped to a file) prints the whole table: sections, adjustments and the notes column", () => {
    const text = rankingTable(result, lang, null);
    const header = text.split("\n")[0];
    for (const s of result.sections) expect(header).toContain(sectionHeader(s)[lang]);
    for (const key of ["bonus", "deduction", "total", "percent", "award", "notes"] as const) expect(header).toContain(RANKING_HEADERS[key][lang]);
    expect(text.split("\n")).toHaveLength(2 + result.units.length + 1);
    expect(widest(text)).toBeGreaterThan(120);
    expect(rankingTable(result, lang)).toBe(text);
  });
});

describe("rankingTable in a very narrow terminal", () => {
  it("still keeps every line within the width", () => {
    expect(widest(rankingTable(result, "vi", 30))).toBeLessThanOrEqual(30);
  });
});

describe("runCli passes the terminal width to the table", () => {
  async function run(width: number | null | undefined): Promise<string> {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: () => undefined, now: () => new Date(2025, 0, 2, 8, 30), ...(width === undefined ? {} : { width }) };
    expect(await runCli([input, "--out", join(dir, "o.xlsx")], io)).toBe(0);
    const text = out.join("");
    return text.slice(0, text.indexOf("\n\n"));
  }

  it("fits a narrow terminal and prints the full table when there is no terminal", async () => {
    const narrow = await run(60);
    expect(widest(narrow)).toBeLessThanOrEqual(60);
    expect(narrow).not.toContain(sectionHeader("I").vi);
    const full = await run(null);
    expect(full).toContain(sectionHeader("I").vi);
    expect(await run(undefined)).toBe(full);
  });
});
