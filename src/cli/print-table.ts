import { formatNumber } from "../scoring/format";
import type { BlocResult, Issue, Lang, Localized, UnitResult } from "../scoring/types";
import { AWARD_LABELS, GRADE_SHORT_LABELS, NEEDS_VOTE, RANKING_HEADERS, SEVERITY_LABELS, sectionHeader } from "../workbook/labels";
import { orderIssues } from "../workbook/render-checks";
import { textTable, type Align } from "./text-table";

const MAX_NAME = 40;

/** The ranking as the officer reads it in a terminal: numbers 363,07 (Vietnamese) or 363.07 (English). */
export function rankingTable(result: BlocResult, lang: Lang): string {
  const h = RANKING_HEADERS;
  const headers = [
    h.rank[lang], h.code[lang], h.name[lang], ...result.sections.map((s) => sectionHeader(s)[lang]),
    h.bonus[lang], h.deduction[lang], h.total[lang], h.percent[lang], h.grade[lang], h.award[lang], h.notes[lang],
  ];
  const align: Align[] = ["right", "left", "left", ...result.sections.map((): Align => "right"), "right", "right", "right", "right", "left", "left", "left"];
  const rows = result.units.map((u) => [
    u.rank === null ? "" : String(u.rank),
    u.code,
    shorten(u.name, MAX_NAME),
    ...result.sections.map((s) => formatNumber(u.sections[s] ?? 0, lang)),
    formatNumber(u.bonus, lang),
    formatNumber(u.deduction, lang),
    formatNumber(u.total, lang),
    formatNumber(u.percent, lang),
    u.grade === null ? "" : GRADE_SHORT_LABELS[u.grade][lang],
    award(u, lang),
    u.notes.map((n) => n[lang]).join("; "),
  ]);
  return textTable(headers, rows, align);
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
  const json = written.json ? { vi: `, ${written.json}`, en: `, ${written.json}` } : { vi: "", en: "" };
  const text: Localized = result.blocked
    ? {
        vi: `Chưa xếp hạng được: ${errors} lỗi, ${warnings} cảnh báo. Sửa các ô nêu trên rồi chạy lại. Đã ghi trang Kiểm tra vào ${written.out}${json.vi} (Xếp hạng và Chi tiết điểm giữ nguyên).`,
        en: `Not ranked: ${errors} error(s), ${warnings} warning(s). Fix the cells listed above and run again. Kiểm tra written to ${written.out}${json.en} (Xếp hạng and Chi tiết điểm left as they were).`,
      }
    : {
        vi: `Đã xếp hạng ${ranked} đơn vị, ${warnings} cảnh báo. Kết quả: ${written.out}${json.vi}.`,
        en: `Ranked ${ranked} member(s), ${warnings} warning(s). Result: ${written.out}${json.en}.`,
      };
  return text[lang] + "\n";
}

function award(u: UnitResult, lang: Lang): string {
  if (u.award === null) return u.needsVote ? NEEDS_VOTE[lang] : "";
  return AWARD_LABELS[u.award][lang] + (u.needsVote ? ` (${NEEDS_VOTE[lang]})` : "");
}

function shorten(text: string, max: number): string {
  const chars = [...text.normalize("NFC")];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}
