import type { Lang } from "../../scoring/types";
import { words } from "../../scoring/vocabulary/words";
import { AWARD_LABELS, GRADE_LABELS, SEVERITY_LABELS } from "../rendering/labels";
import type { OutputValue, RenderedSheet } from "../rendering/output-types";
import { buildSheet, column } from "../rendering/render-sheet";
import { rankingColumns } from "../rendering/result-columns";
import { calculatedAtLine } from "../rendering/render-title";
import { BATCH_STATUS_LABELS, firstProblems, problemText, type BatchFileEntry } from "./batch-summary";

/**
 * tong-hop.xlsx's one sheet: a flat table the officer can filter, one row per member of each ranked file
 * (its file, khối and year repeated on every row), one row with the first problems for a blocked or
 * unreadable file.
 */
export function renderBatchSummary(entries: readonly BatchFileEntry[], options: { lang: Lang; now: Date }): RenderedSheet {
  const { lang } = options;
  const h = words(lang).batchSheet;
  const r = rankingColumns(lang);
  const file = [column("text", h.file), column("text", h.bloc), column("integer", h.year), column("text", h.status)];
  const columns = [...file, r.rank, r.code, r.name, r.total, r.percent, r.grade, r.award, column("wrapped", h.problems)];
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
    name: h.sheet,
    tableName: "TongHop",
    titleLines: [h.title, calculatedAtLine(options.now, lang)],
    columns,
    rows,
  });
}

