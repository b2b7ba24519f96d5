import { words } from "../../scoring/vocabulary/words";
import type { BlocResult, Lang, UnitResult } from "../../scoring/types";
import { GRADE_LABELS, RANKING_HEADERS, sectionHeader } from "../rendering/labels";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { leadingCells, leadingColumns, MEETING_FORMAT, percentCell } from "./render-meeting-columns";
import { buildMeetingSheet, type MeetingColumn, type MeetingOptions } from "./render-meeting-layout";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import { notesText } from "./render-meeting-text";

export { renderAwardProposalSheet } from "./render-meeting-awards";
export type { MeetingOptions } from "./render-meeting-layout";

const { points: POINTS, integer: INTEGER, text: TEXT } = MEETING_FORMAT;

/**
 * "Bảng tổng hợp": the one-page table the khối signs at its meeting, every member in rank order with its
 * points per Nội dung, bonus, deduction, total, percent, grade and rank. Null when the ranking is blocked:
 * a document to sign must never be printed from a ranking that does not exist.
 */
export function renderSummarySheet(result: BlocResult, options: MeetingOptions): RenderedSheet | null {
  if (result.blocked) return null;
  const { lang } = options;
  const h = words(lang).paperColumn;
  const columns: MeetingColumn[] = [
    ...leadingColumns(lang, 30, 22),
    ...result.sections.map((s) => ({ header: sectionHeader(s)[lang], format: POINTS, width: 9, min: 8 })),
    { header: h.bonus, format: POINTS, width: 7 },
    { header: h.deduction, format: POINTS, width: 7 },
    { header: h.total, format: POINTS, width: 9, min: 8 },
    { header: h.percent, format: POINTS, width: 8, min: 7 },
    // "Hoàn thành xuất sắc nhiệm vụ" on two lines at the table's 12 pt.
    { header: RANKING_HEADERS.grade[lang], format: TEXT, width: 16, min: 13, wrap: true },
    { header: RANKING_HEADERS.rank[lang], format: INTEGER, width: 6, min: 5 },
    { header: RANKING_HEADERS.notes[lang], format: TEXT, width: 24, min: 14, wrap: true },
  ];
  return buildMeetingSheet({
    name: programSheetName("summary"),
    tableName: programTableName("summary"),
    titles: [summaryTitle(result.year, lang)],
    columns,
    rows: result.units.map((u, i) => summaryRow(u, i, result.sections, lang)),
    emptyMessage: words(lang).noMembers,
    remarks: [],
    signature: options,
    issuer: { bloc: result.bloc, place: result.settings.place ?? "" },
  });
}

function summaryTitle(year: number | null, lang: Lang): string {
  return year === null ? words(lang).summaryTitle : words(lang).summaryTitleYear({ year: String(year) });
}

function summaryRow(u: UnitResult, index: number, sections: string[], lang: Lang): OutputValue[] {
  return [
    ...leadingCells(u, index),
    ...sections.map((s) => u.sections[s] ?? 0),
    u.bonus,
    u.deduction,
    u.total,
    percentCell(u),
    u.grade ? GRADE_LABELS[u.grade][lang] : null,
    u.rank,
    notesText(u, lang),
  ];
}
