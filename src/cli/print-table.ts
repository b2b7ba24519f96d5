import { formatNumber } from "../scoring/number-display";
import { words } from "../scoring/vocabulary/words";
import { cliWords } from "../scoring/vocabulary/cli-words";
import type { BlocResult, Issue, Lang, UnitResult } from "../scoring/types";
import { AWARD_LABELS, GRADE_SHORT_LABELS, RANKING_HEADERS, SEVERITY_LABELS, sectionHeader } from "../workbook/rendering/labels";
import { openAwardLines } from "../workbook/rendering/open-awards";
import { orderIssues } from "../workbook/rendering/render-checks";
import { displayWidth, fitColumns, textTable, truncateToWidth, wrapWords, type Align, type FitColumn, type ShrinkStep } from "./text-table";

const MAX_NAME = 40;

/**
 * When the terminal is too narrow, shortened in this order: names to a readable length first, then the
 * award and grade texts, then names again to a stub. Hạng, Mã and the numbers are never shortened.
 */
const SHRINK: ShrinkStep[] = [
  { key: "name", min: 16 },
  { key: "award", min: 10 },
  { key: "grade", min: 8 },
  { key: "name", min: 4 },
];

/**
 * The ranking as the officer reads it in a terminal: numbers 363,07 (Vietnamese) or 363.07 (English).
 * `width` null (output piped to a file) prints every column in full; a terminal's width makes the table
 * fit it: notes move to indented lines under their member, then headers shorten, then the per-section
 * columns and then Điểm cộng/Điểm trừ are dropped, then long texts are shortened with "…". Under the
 * table, the awards a tie across a quota line left for the meeting ("Chưa xác định — khối bình xét: …").
 */
export function rankingTable(result: BlocResult, lang: Lang, width: number | null = null): string {
  const columns = rankingColumns(result, lang);
  if (width === null) {
    const all = [...columns, { key: "notes", header: RANKING_HEADERS.notes[lang], align: "left" as Align, cells: result.units.map((u) => notesOf(u, lang)) }];
    const open = openAwardLines(result, lang).map((line) => line + "\n");
    return textTable(all.map((c) => c.header), result.units.map((_, i) => all.map((c) => c.cells[i])), all.map((c) => c.align)) + (open.length > 0 ? "\n" + open.join("") : "");
  }
  const table = fitColumns(columns, width, SHRINK);
  const lines = textTable(table.headers, table.rows, table.align).trimEnd().split("\n");
  // Notes start under the Mã column, so the rank column still stands out on its own.
  const indent = " ".repeat(Math.max(...[table.headers[0], ...table.rows.map((r) => r[0])].map(displayWidth)) + 2);
  const out: string[] = lines.slice(0, 2);
  result.units.forEach((u, i) => {
    out.push(lines[2 + i]);
    const notes = notesOf(u, lang);
    if (notes) out.push(...wrapWords(`${RANKING_HEADERS.notes[lang]}: ${notes}`, Math.max(1, width - indent.length)).map((l) => indent + l));
  });
  const open = openAwardLines(result, lang);
  if (open.length > 0) out.push("", ...open.flatMap((line) => wrapWords(line, Math.max(1, width))));
  return out.map((line) => truncateToWidth(line, width)).join("\n") + "\n";
}

function rankingColumns(result: BlocResult, lang: Lang): FitColumn[] {
  const h = RANKING_HEADERS;
  // Headers a narrow terminal can afford; the full ones are kept whenever the table fits with them.
  const short = words(lang).cliShortColumn;
  const cells = (pick: (u: UnitResult) => string) => result.units.map(pick);
  return [
    { key: "rank", header: h.rank[lang], align: "right", cells: cells((u) => (u.rank === null ? "" : String(u.rank))) },
    { key: "code", header: h.code[lang], shortHeader: short.code, align: "left", cells: cells((u) => u.code) },
    { key: "name", header: h.name[lang], align: "left", cells: cells((u) => truncateToWidth(u.name, MAX_NAME)) },
    ...result.sections.map((s): FitColumn => ({ key: `section ${s}`, header: sectionHeader(s)[lang], align: "right", cells: cells((u) => formatNumber(u.sections[s] ?? 0, lang)), drop: 1 })),
    { key: "bonus", header: h.bonus[lang], shortHeader: short.bonus, align: "right", cells: cells((u) => formatNumber(u.bonus, lang)), drop: 2 },
    { key: "deduction", header: h.deduction[lang], shortHeader: short.deduction, align: "right", cells: cells((u) => formatNumber(u.deduction, lang)), drop: 2 },
    { key: "total", header: h.total[lang], shortHeader: short.total, align: "right", cells: cells((u) => formatNumber(u.total, lang)) },
    { key: "percent", header: h.percent[lang], shortHeader: short.percent, align: "right", cells: cells((u) => formatNumber(u.percent, lang)) },
    { key: "grade", header: h.grade[lang], align: "left", cells: cells((u) => (u.grade === null ? "" : GRADE_SHORT_LABELS[u.grade][lang])) },
    { key: "award", header: h.award[lang], shortHeader: short.award, align: "left", cells: cells((u) => award(u, lang)) },
  ];
}

function notesOf(u: UnitResult, lang: Lang): string {
  return u.notes.map((n) => n[lang]).join("; ");
}

/** One line per issue, errors first: "Lỗi      Chỉ tiêu!H7  Kế hoạch bằng 0…". */
export function issueLines(issues: readonly Issue[], lang: Lang): string {
  const ordered = orderIssues(issues);
  if (ordered.length === 0) return "";
  const width = Math.max(...ordered.map((i) => SEVERITY_LABELS[i.severity][lang].length));
  return ordered.map((i) => `${SEVERITY_LABELS[i.severity][lang].padEnd(width)}  ${where(i)}  ${i.message[lang]}`).join("\n") + "\n";
}

function where(issue: Issue): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(issue.sheet) ? issue.sheet : `'${issue.sheet}'`;
  return issue.cell === "" ? sheet : `${sheet}!${issue.cell}`;
}

export function summaryLine(result: BlocResult, written: { out: string; json: string | null }, lang: Lang): string {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  const ranked = result.units.filter((u) => u.rank !== null).length;
  const json = written.json ? `, ${written.json}` : "";
  const text = cliWords(lang);
  const line = result.blocked ? text.notRanked({ errors, warnings, out: written.out, json }) : text.ranked({ ranked, warnings, out: written.out, json });
  return line + "\n";
}

/** Empty for a member tied across a quota line: its notes and the line under the table say what is open. */
function award(u: UnitResult, lang: Lang): string {
  return u.award === null ? "" : AWARD_LABELS[u.award][lang];
}
