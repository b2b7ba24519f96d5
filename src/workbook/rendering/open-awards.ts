import { memberLabel } from "../../scoring/labels";
import { openAwardLine } from "../../scoring/open-award-texts";
import { words } from "../../scoring/vocabulary/words";
import type { BlocResult, Lang, OpenAward } from "../../scoring/types";
import { columnLetter } from "../grid";
import type { RenderedSheet } from "./output-types";
import { TEXT_FORMAT } from "./text-safety";

/**
 * The awards ties across quota lines left for the meeting, with the tied members named: "1 Cờ thi đua
 * và 1 Bằng khen cho 2 đơn vị đồng hạng 1: Cục Thuế (CT), Kho bạc (KB)" (the awards open for the same
 * members on one line). Every surface lists them with these words (sheets, award paper, command line, pane).
 */
export function openAwardTexts(result: Pick<BlocResult, "openAwards" | "units">, lang: Lang): string[] {
  const byCode = new Map(result.units.map((u) => [u.code, u] as const));
  return sameMembers(result.openAwards).map((awards) => {
    const labels = awards[0].members.map((code) => memberLabel(byCode.get(code) ?? { code, name: "" }));
    return openAwardLine(awards, labels)[lang];
  });
}

/** Consecutive open awards of the very same members, together (an open Cờ and the Bằng khen that go with it). */
function sameMembers(open: readonly OpenAward[]): OpenAward[][] {
  const groups: OpenAward[][] = [];
  for (const award of open) {
    const last = groups[groups.length - 1];
    if (last && last[0].members.join("\u0000") === award.members.join("\u0000")) last.push(award);
    else groups.push([award]);
  }
  return groups;
}

/** The same, each line led by "Chưa xác định — khối bình xét: ", for a line under a table. */
export function openAwardLines(result: Pick<BlocResult, "openAwards" | "units">, lang: Lang): string[] {
  return openAwardTexts(result, lang).map((text) => `${words(lang).openAwards}: ${text}`);
}

/**
 * The sheet with `lines` under its table, after one empty row, each merged across the table's width
 * (left-aligned, wrapping) so it prints whole. The table still ends at its last member (tableEndRow).
 */
export function withLinesBelow(sheet: RenderedSheet, lines: string[]): RenderedSheet {
  if (lines.length === 0) return sheet;
  const width = sheet.values[0]?.length ?? 1;
  const tableEndRow = sheet.tableEndRow ?? sheet.values.length - 1;
  const blank = Array<null>(width).fill(null);
  const rows = lines.map((line) => [line, ...blank.slice(1)]);
  const first = sheet.values.length + 1;
  const lastCol = columnLetter(width);
  return {
    ...sheet,
    values: [...sheet.values, blank, ...rows],
    numberFormats: [...sheet.numberFormats, blank.map(() => "General"), ...rows.map((row) => row.map((v) => (v === null ? "General" : TEXT_FORMAT)))],
    tableEndRow,
    merges: [...(sheet.merges ?? []), ...lines.map((_, i) => ({ range: `A${first + i + 1}:${lastCol}${first + i + 1}`, align: "left" as const }))],
  };
}
