import { contractSheetKindOf, isExtraSheetName, isProgramSheetName } from "../output-sheets/program-sheets";
import { ADJUSTMENTS_SHEET, CRITERIA_SHEET, MEMBERS_SHEET, SCORES_SHEET, SETTINGS_SHEET, TARGETS_SHEET, VIOLATIONS_SHEET } from "./aliases";
import { labelKey } from "./text-key";

const INPUT_KEYS = new Set([MEMBERS_SHEET, TARGETS_SHEET, CRITERIA_SHEET, SCORES_SHEET, ADJUSTMENTS_SHEET, VIOLATIONS_SHEET, SETTINGS_SHEET].flatMap((spec) => spec.aliases.map(labelKey)));

/**
 * The sheets whose cells a calculation reads, by name: every input sheet under any of the contract's
 * names (locate-sheet.ts matches the same way), the previous Xếp hạng (rank changes) and the hidden
 * history (comparison with the last calculation). A file adapter reads only these sheets' cells; any
 * other sheet (an officer's working sheet of 50,000 rows, the program's own Chi tiết điểm) is listed by
 * name and tables only, so it costs nothing.
 */
export function calculationReadsSheet(name: string): boolean {
  if (contractSheetKindOf(name) === "ranking" || isExtraSheetName("historyData", name)) return true;
  return !isProgramSheetName(name) && INPUT_KEYS.has(labelKey(name));
}
