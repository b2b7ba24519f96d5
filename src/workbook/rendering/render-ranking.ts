import type { BlocResult, Lang, UnitResult } from "../../scoring/types";
import { AWARD_LABELS, GRADE_LABELS, RANK_CHANGE_NEW, sectionHeader, TITLES } from "./labels";
import { openAwardLines, withLinesBelow } from "./open-awards";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import type { OutputValue, RenderedSheet } from "./output-types";
import { rankKey } from "./previous-ranks";
import { buildSheet, column } from "./render-sheet";
import { rankingColumns } from "./result-columns";
import { calculatedAtLine, titleLine } from "./render-title";

export const RANKING_TABLE_NAME = programTableName("ranking");

export interface RankingOptions {
  lang: Lang;
  now: Date;
  /** Code → rank read from the previous Xếp hạng sheet; empty when there was none. */
  previousRanks: Map<string, number | null>;
}

/**
 * The Xếp hạng sheet: title, then one row per member in rank order (unranked last, Hạng empty), then
 * the awards a tie across a quota line left for the meeting, with who is tied for them.
 */
export function renderRanking(result: BlocResult, options: RankingOptions): RenderedSheet {
  const { lang } = options;
  const c = rankingColumns(lang);
  const sections = result.sections.map((s) => column("points", sectionHeader(s)[lang]));
  const columns = [c.rank, c.code, c.name, ...sections, c.bonus, c.deduction, c.total, c.percent, c.grade, c.award, c.notes, c.change];
  const rows = result.units.map((unit): OutputValue[] => [
    unit.rank,
    unit.code,
    unit.name,
    ...result.sections.map((s) => unit.sections[s] ?? 0),
    unit.bonus,
    unit.deduction,
    unit.total,
    unit.percent,
    unit.grade === null ? null : GRADE_LABELS[unit.grade][lang],
    awardText(unit, lang),
    unit.notes.length === 0 ? null : unit.notes.map((n) => n[lang]).join("; "),
    rankChange(unit, options.previousRanks, lang),
  ]);
  const sheet = buildSheet({
    name: programSheetName("ranking"),
    tableName: RANKING_TABLE_NAME,
    titleLines: [titleLine(TITLES.ranking, result, lang), calculatedAtLine(options.now, lang)],
    columns,
    rows,
  });
  return withLinesBelow(sheet, openAwardLines(result, lang));
}

/** Empty for a member tied across a quota line: nothing is proposed, the Ghi chú says "Cần bình xét…". */
function awardText(unit: UnitResult, lang: Lang): string | null {
  return unit.award === null ? null : AWARD_LABELS[unit.award][lang];
}

/**
 * ▲2 = two places up since the previous calculation, ▼1 = one down, – = same place, Mới = not ranked
 * last time. Empty when the member is unranked now, or when there was no previous ranking at all
 * (on a first calculation "Mới" on every row would say nothing).
 */
export function rankChange(unit: Pick<UnitResult, "code" | "rank">, previous: Map<string, number | null>, lang: Lang): string | null {
  if (unit.rank === null || previous.size === 0) return null;
  const before = previous.get(rankKey(unit.code));
  if (before === undefined || before === null) return RANK_CHANGE_NEW[lang];
  const up = before - unit.rank;
  if (up > 0) return `▲${up}`;
  if (up < 0) return `▼${-up}`;
  return "–";
}

