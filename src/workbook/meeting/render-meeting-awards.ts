import type { BlocResult, Lang, Localized, UnitResult } from "../../scoring/types";
import { AWARD_LABELS, GRADE_LABELS, NEEDS_VOTE, RANKING_HEADERS } from "../rendering/labels";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { leadingCells, leadingColumns, MEETING_FORMAT, percentCell } from "./render-meeting-columns";
import { buildMeetingSheet, type MeetingColumn, type MeetingOptions } from "./render-meeting-layout";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import { blocLine, notesText } from "./render-meeting-text";

const { points: POINTS, integer: INTEGER, text: TEXT } = MEETING_FORMAT;

const HEADERS = {
  ...RANKING_HEADERS,
  award: { vi: "Hình thức khen thưởng", en: "Award" },
  reasons: { vi: "Lý do đề nghị", en: "Grounds" },
} satisfies Record<string, Localized>;

/**
 * "Đề nghị khen thưởng": the members proposed for the Cờ thi đua, then for Bằng khen, in rank order, with
 * the grounds (rank, grade) and every tie across a quota boundary marked "cần bình xét": the computed
 * ranking is a proposal, and the meeting's vote decides those. Null when the ranking is blocked.
 */
export function renderAwardProposalSheet(result: BlocResult, options: MeetingOptions): RenderedSheet | null {
  if (result.blocked) return null;
  const { lang } = options;
  const rankedCount = result.units.filter((u) => u.rank !== null).length;
  const proposed = [
    ...result.units.filter((u) => u.rank !== null && u.award === "flag"),
    ...result.units.filter((u) => u.rank !== null && u.award === "merit"),
  ];
  const columns: MeetingColumn[] = [
    ...leadingColumns(lang, 26),
    { header: HEADERS.award[lang], format: TEXT, width: 14, wrap: true },
    { header: HEADERS.total[lang], format: POINTS, width: 10 },
    { header: HEADERS.percent[lang], format: POINTS, width: 9 },
    { header: HEADERS.rank[lang], format: INTEGER, width: 6 },
    { header: HEADERS.reasons[lang], format: TEXT, width: 26, wrap: true },
    { header: HEADERS.notes[lang], format: TEXT, width: 24, wrap: true },
  ];
  return buildMeetingSheet({
    name: programSheetName("awards"),
    tableName: programTableName("awards"),
    titles: [lang === "vi" ? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" : "AWARD PROPOSALS", ...subtitle(result, lang)],
    columns,
    rows: proposed.map((u, i) => awardRow(u, i, rankedCount, lang)),
    emptyMessage: lang === "vi" ? "Không có đơn vị nào đủ điều kiện đề nghị khen thưởng." : "No member qualifies for an award proposal.",
    remarks: remarks(proposed, lang),
    // Eight columns fit a portrait A4 page once scaled to its width, the usual form of a proposal list.
    landscape: false,
    signature: options,
  });
}

function subtitle(result: BlocResult, lang: Lang): string[] {
  const bloc = blocLine(result.bloc);
  const year = result.year === null ? "" : lang === "vi" ? `năm ${result.year}` : `year ${result.year}`;
  const parts = [...bloc, year].filter((p) => p !== "");
  if (parts.length === 0) return [];
  return [lang === "vi" ? `(Kết quả chấm điểm thi đua ${parts.join(", ")})` : `(Emulation scoring results, ${parts.join(", ")})`];
}

function awardRow(u: UnitResult, index: number, rankedCount: number, lang: Lang): OutputValue[] {
  const award = AWARD_LABELS[u.award!][lang];
  return [
    ...leadingCells(u, index),
    u.needsVote ? `${award} (${NEEDS_VOTE[lang]})` : award,
    u.total,
    percentCell(u),
    u.rank,
    reasons(u, rankedCount, lang),
    notesText(u, lang),
  ];
}

function reasons(u: UnitResult, rankedCount: number, lang: Lang): string {
  const grade = u.grade ? GRADE_LABELS[u.grade][lang] : "";
  if (lang === "vi") return `${u.tied ? "Đồng hạng" : "Xếp hạng"} ${u.rank}/${rankedCount} của khối; ${grade}`;
  return `${u.tied ? "Tied at rank" : "Ranked"} ${u.rank} of ${rankedCount}; ${grade}`;
}

/** The totals per award, and what the meeting must still decide. */
function remarks(proposed: UnitResult[], lang: Lang): string[] {
  if (proposed.length === 0) return [];
  const count = (award: "flag" | "merit") => proposed.filter((u) => u.award === award).length;
  const totals = (["flag", "merit"] as const)
    .filter((a) => count(a) > 0)
    .map((a) => `${AWARD_LABELS[a][lang]}: ${count(a)}`)
    .join(", ");
  const lines = [lang === "vi" ? `Tổng cộng đề nghị: ${totals}.` : `Proposed in total: ${totals}.`];
  const contested = proposed.filter((u) => u.needsVote);
  if (contested.length > 0) {
    const names = contested.map((u) => u.name).join(", ");
    lines.push(
      lang === "vi"
        ? `Cần bình xét: ${names} đồng hạng ở ranh giới số suất khen thưởng; khối biểu quyết chọn tại cuộc họp.`
        : `Needs the meeting's vote: ${names} are tied across an award quota; the bloc chooses by vote at its meeting.`,
    );
  }
  return lines;
}
