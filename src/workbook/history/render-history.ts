import { words } from "../../scoring/vocabulary/words";
import type { Lang, Localized } from "../../scoring/types";
import { columnLetter } from "../grid";
import type { MergedRange, OutputValue, RenderedSheet } from "../rendering/output-types";
import { cellFormat, GENERAL_FORMAT } from "../rendering/text-safety";
import type { Comparison } from "./compare";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import { displayTime, type CalculationSnapshot } from "./snapshot";

const HEADERS = {
  no: { vi: "Lần tính", en: "No." },
  time: { vi: "Thời gian", en: "Time" },
  ranked: { vi: "Số đơn vị xếp hạng", en: "Members ranked" },
  errors: { vi: "Lỗi", en: "Errors" },
  warnings: { vi: "Cảnh báo", en: "Warnings" },
  outcome: { vi: "Kết quả", en: "Outcome" },
} satisfies Record<string, Localized>;

const TEXTS = {
  title: { vi: "LỊCH SỬ TÍNH ĐIỂM", en: "CALCULATION HISTORY" },
  noPrevious: { vi: "Chưa có lần tính trước để so sánh.", en: "No previous calculation to compare with." },
  ranked: { vi: "Đã xếp hạng", en: "Ranked" },
  blocked: { vi: "Không xếp hạng được (còn lỗi)", en: "Not ranked (errors)" },
} satisfies Record<string, Localized>;

const WIDTHS = [10, 18, 20, 8, 10, 30];

/**
 * The visible "Lịch sử tính điểm" sheet: what changed since the previous calculation first (the question
 * the officer has right after recalculating), then the table of calculations, newest first. The table
 * runs to the last row, so the comparison lines stand above it.
 */
export function renderHistorySheet(snapshots: CalculationSnapshot[], comparison: Comparison | null, lang: Lang): RenderedSheet {
  const width = WIDTHS.length;
  const lastCol = columnLetter(width);
  const line = (text: string): OutputValue[] => [text, ...Array<OutputValue>(width - 1).fill(null)];
  const top: OutputValue[][] = [line(TEXTS.title[lang]), line(comparisonHeading(comparison, lang))];
  for (const l of comparison?.lines ?? []) top.push(line(l[lang]));
  top.push(line(""));
  const headerRow = top.length;
  const header = Object.values(HEADERS).map((h) => h[lang]);
  const rows = snapshots
    .map((s, i): OutputValue[] => [i + 1, displayTime(s.time), s.membersRanked, s.errors, s.warnings, (s.errors > 0 ? TEXTS.blocked : TEXTS.ranked)[lang]])
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
  if (!comparison) return TEXTS.noPrevious[lang];
  const span = `${displayTime(comparison.previousTime)} → ${displayTime(comparison.currentTime)}`;
  return words(lang).changesSince({ span });
}
