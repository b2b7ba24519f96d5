import { words } from "../../scoring/vocabulary/words";
import type { Lang } from "../../scoring/types";
import { columnLetter } from "../grid";
import type { MergedRange, OutputValue, RenderedSheet } from "../rendering/output-types";
import { cellFormat, GENERAL_FORMAT } from "../rendering/text-safety";
import type { Comparison } from "./compare";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import { displayTime, type CalculationSnapshot } from "./snapshot";

const WIDTHS = [10, 18, 20, 8, 10, 30];

/**
 * The visible "Lịch sử tính điểm" sheet: what changed since the previous calculation first (the question
 * the officer has right after recalculating), then the table of calculations, newest first. The table
 * runs to the last row, so the comparison lines stand above it.
 */
export function renderHistorySheet(snapshots: CalculationSnapshot[], comparison: Comparison | null, lang: Lang): RenderedSheet {
  const sheetText = words(lang).historySheet;
  const width = WIDTHS.length;
  const lastCol = columnLetter(width);
  const line = (text: string): OutputValue[] => [text, ...Array<OutputValue>(width - 1).fill(null)];
  const top: OutputValue[][] = [line(sheetText.title), line(comparisonHeading(comparison, lang))];
  for (const l of comparison?.lines ?? []) top.push(line(l[lang]));
  top.push(line(""));
  const headerRow = top.length;
  const c = words(lang).historyColumn;
  const header = [c.no, c.time, c.ranked, c.errors, c.warnings, c.outcome];
  const rows = snapshots
    .map((s, i): OutputValue[] => [i + 1, displayTime(s.time), s.membersRanked, s.errors, s.warnings, s.errors > 0 ? sheetText.blocked : sheetText.ranked])
    .reverse();
  const values = [...top, header, ...rows].map((r) => r.map((v) => (v === "" ? null : v)));
  const merges: MergedRange[] = top.slice(0, headerRow - 1).map((_, i) => ({ range: `A${i + 1}:${lastCol}${i + 1}`, align: i === 0 ? "center" : "left" }));
  return {
    name: programSheetName("history"),
    values,
    numberFormats: values.map((r) => r.map((v) => cellFormat(v, GENERAL_FORMAT))),
    headerRow,
    tableName: programTableName("history"),
    columnWidths: [...WIDTHS],
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, printTitleRows: 0 },
    titleRows: [0],
    wrapColumns: [0],
    merges,
  };
}

function comparisonHeading(comparison: Comparison | null, lang: Lang): string {
  if (!comparison) return words(lang).historySheet.noPrevious;
  const span = `${displayTime(comparison.previousTime)} → ${displayTime(comparison.currentTime)}`;
  return words(lang).changesSince({ span });
}
