import type { SheetSpec } from "./aliases";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { OUTPUT_SHEETS } from "../output-sheets/output-names";
import { labelKey } from "./text-key";

const OUTPUT_KEYS = new Set(Object.values(OUTPUT_SHEETS).flatMap((names) => [labelKey(names.vi), labelKey(names.en)]));

/**
 * The workbook sheet holding one of the contract's input sheets, by any of its names. The
 * program's own output sheets are never input. When several sheets match (a visible "Members" and
 * a hidden old "Đơn vị"), a visible one wins, then the earlier name in the contract's list.
 */
export function locateSheet(workbook: WorkbookGrid, spec: SheetSpec): SheetGrid | null {
  const rank = new Map(spec.aliases.map((alias, index) => [labelKey(alias), index] as const));
  let best: { sheet: SheetGrid; score: number } | null = null;
  for (const sheet of workbook.sheets) {
    const key = labelKey(sheet.name);
    if (OUTPUT_KEYS.has(key)) continue;
    const aliasRank = rank.get(key);
    if (aliasRank === undefined) continue;
    const score = (sheet.visible === false ? 1000 : 0) + aliasRank;
    if (best === null || score < best.score) best = { sheet, score };
  }
  return best?.sheet ?? null;
}
