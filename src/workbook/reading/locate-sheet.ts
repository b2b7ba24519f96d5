import type { SheetSpec } from "./aliases";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { isProgramSheetName } from "../output-sheets/program-sheets";
import { labelKey } from "./text-key";

/**
 * The workbook sheet holding one of the contract's input sheets, by any of its names. The
 * program's own sheets (registry: output-sheets/program-sheets.ts) are never input. When several sheets match (a visible "Members" and
 * a hidden old "Đơn vị"), a visible one wins, then the earlier name in the contract's list.
 */
export function locateSheet(workbook: WorkbookGrid, spec: SheetSpec): SheetGrid | null {
  const rank = new Map(spec.aliases.map((alias, index) => [labelKey(alias), index] as const));
  let best: { sheet: SheetGrid; score: number } | null = null;
  for (const sheet of workbook.sheets) {
    if (isProgramSheetName(sheet.name)) continue;
    const key = labelKey(sheet.name);
    const aliasRank = rank.get(key);
    if (aliasRank === undefined) continue;
    const score = (sheet.visible === false ? 1000 : 0) + aliasRank;
    if (best === null || score < best.score) best = { sheet, score };
  }
  return best?.sheet ?? null;
}
