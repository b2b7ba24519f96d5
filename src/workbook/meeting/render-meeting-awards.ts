import { words } from "../../scoring/vocabulary/words";
import type { BlocResult, Lang, UnitResult } from "../../scoring/types";
import { AWARD_LABELS, GRADE_LABELS, RANKING_HEADERS } from "../rendering/labels";
import { openAwardTexts } from "../rendering/open-awards";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { leadingCells, leadingColumns, MEETING_FORMAT, percentCell } from "./render-meeting-columns";
import { buildMeetingSheet, type MeetingColumn, type MeetingOptions } from "./render-meeting-layout";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import { notesText } from "./render-meeting-text";

const { points: POINTS, integer: INTEGER, text: TEXT } = MEETING_FORMAT;

/**
 * "Đề nghị khen thưởng": the members proposed for the Cờ thi đua, then for Bằng khen, in rank order, with
 * the grounds (rank, grade). A tie across a quota line proposes nobody for the awards it leaves open: they
 * are listed under "Chưa xác định — khối bình xét" with the tied members, for the meeting's vote. Null
 * when the ranking is blocked.
 */
export function renderAwardProposalSheet(result: BlocResult, options: MeetingOptions): RenderedSheet | null {
  if (result.blocked) return null;
  const { lang } = options;
  const rankedCount = result.units.filter((u) => u.rank !== null).length;
  const proposed = [
    ...result.units.filter((u) => u.rank !== null && u.award === "flag"),
    ...result.units.filter((u) => u.rank !== null && u.award === "merit"),
  ];
  const h = words(lang).paperColumn;
  const columns: MeetingColumn[] = [
    ...leadingColumns(lang, 26, 18),
    { header: h.award, format: TEXT, width: 14, min: 10, wrap: true },
    { header: RANKING_HEADERS.total[lang], format: POINTS, width: 9, min: 8 },
    { header: RANKING_HEADERS.percent[lang], format: POINTS, width: 8, min: 7 },
    { header: RANKING_HEADERS.rank[lang], format: INTEGER, width: 6, min: 5 },
    { header: h.reasons, format: TEXT, width: 24, min: 14, wrap: true },
    { header: RANKING_HEADERS.notes[lang], format: TEXT, width: 20, min: 11, wrap: true },
  ];
  return buildMeetingSheet({
    name: programSheetName("awards"),
    tableName: programTableName("awards"),
    titles: [words(lang).awardsTitle, ...subtitle(result, lang)],
    columns,
    rows: proposed.map((u, i) => awardRow(u, i, rankedCount, lang)),
    emptyMessage: result.openAwards.length > 0 ? words(lang).openAwardsNoneDecided : words(lang).noAwardCandidates,
    remarks: remarks(result, proposed, lang),
    signature: options,
    issuer: { bloc: result.bloc, place: result.settings.place ?? "" },
  });
}

/** The year the proposal rests on; the bloc is the issuing body of the heading, not repeated here. */
function subtitle(result: BlocResult, lang: Lang): string[] {
  if (result.year === null) return [];
  return [words(lang).awardsBasis({ year: String(result.year) })];
}

function awardRow(u: UnitResult, index: number, rankedCount: number, lang: Lang): OutputValue[] {
  return [
    ...leadingCells(u, index),
    AWARD_LABELS[u.award!][lang],
    u.total,
    percentCell(u),
    u.rank,
    reasons(u, rankedCount, lang),
    notesText(u, lang),
  ];
}

function reasons(u: UnitResult, rankedCount: number, lang: Lang): string {
  const grade = u.grade ? GRADE_LABELS[u.grade][lang] : "";
  const reason = u.tied ? words(lang).awardReasonTied : words(lang).awardReasonRanked;
  return reason({ rank: String(u.rank), count: String(rankedCount), grade });
}

/** The totals per award, then what the meeting must still decide: the open awards and who is tied for them. */
function remarks(result: BlocResult, proposed: UnitResult[], lang: Lang): string[] {
  const lines: string[] = [];
  const count = (award: "flag" | "merit") => proposed.filter((u) => u.award === award).length;
  const totals = (["flag", "merit"] as const)
    .filter((a) => count(a) > 0)
    .map((a) => `${AWARD_LABELS[a][lang]}: ${count(a)}`)
    .join(", ");
  if (proposed.length > 0) lines.push(words(lang).awardsTotal({ totals }));
  const open = openAwardTexts(result, lang);
  if (open.length > 0) lines.push(`${words(lang).openAwards}:`, ...open.map((text) => `– ${text}.`));
  return lines;
}
