import type { Lang, Localized } from "../../scoring/types";
import { AWARD_LABELS, GRADE_LABELS, RANKING_HEADERS, SEVERITY_LABELS } from "../rendering/labels";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { buildSheet, type ColumnSpec } from "../rendering/render-sheet";
import { calculatedAtLine } from "../rendering/render-title";
import { BATCH_STATUS_LABELS, firstProblems, problemText, type BatchFileEntry } from "./batch-summary";

const POINTS = "0.00";

export const BATCH_SUMMARY_HEADERS = {
  title: { vi: "Tổng hợp xếp hạng các khối thi đua", en: "Ranking summary of the emulation blocs" },
  sheet: { vi: "Tổng hợp", en: "Summary" },
  file: { vi: "Tệp", en: "File" },
  bloc: { vi: "Khối", en: "Bloc" },
  year: { vi: "Năm", en: "Year" },
  status: { vi: "Trạng thái", en: "Status" },
  problems: { vi: "Vấn đề / ghi chú", en: "Problems / notes" },
} as const satisfies Record<string, Localized>;

/**
 * tong-hop.xlsx's one sheet: a flat table the officer can filter, one row per member of each ranked file
 * (its file, khối and year repeated on every row), one row with the first problems for a blocked or
 * unreadable file.
 */
export function renderBatchSummary(entries: readonly BatchFileEntry[], options: { lang: Lang; now: Date }): RenderedSheet {
  const { lang } = options;
  const h = BATCH_SUMMARY_HEADERS;
  const r = RANKING_HEADERS;
  const columns: ColumnSpec[] = [
    { header: h.file[lang], format: "General" },
    { header: h.bloc[lang], format: "General" },
    { header: h.year[lang], format: "0" },
    { header: h.status[lang], format: "General" },
    { header: r.rank[lang], format: "0" },
    { header: r.code[lang], format: "General" },
    { header: r.name[lang], format: "General" },
    { header: r.total[lang], format: POINTS },
    { header: r.percent[lang], format: POINTS },
    { header: r.grade[lang], format: "General" },
    { header: r.award[lang], format: "General" },
    { header: h.problems[lang], format: "General", wrap: true },
  ];
  const rows = entries.flatMap((entry): OutputValue[][] => {
    const head: OutputValue[] = [entry.file, entry.bloc === "" ? null : entry.bloc, entry.year, BATCH_STATUS_LABELS[entry.status][lang]];
    if (entry.status !== "ranked" || entry.units.length === 0) {
      const problems = firstProblems(entry).map((i) => `${SEVERITY_LABELS[i.severity][lang]} — ${problemText(i)}`);
      return [[...head, null, null, null, null, null, null, null, problems.length === 0 ? null : problems.join("\n")]];
    }
    return entry.units.map((u) => [
      ...head,
      u.rank,
      u.code,
      u.name,
      u.total,
      u.percent,
      u.grade === null ? null : GRADE_LABELS[u.grade][lang],
      u.award === null ? null : AWARD_LABELS[u.award][lang],
      u.notes.length === 0 ? null : u.notes.join("; "),
    ]);
  });
  return buildSheet({
    name: h.sheet[lang],
    tableName: "TongHop",
    titleLines: [h.title[lang], calculatedAtLine(options.now, lang)],
    columns,
    rows,
  });
}

