import { ADJUSTMENTS_SHEET, CRITERIA_SHEET, MEMBERS_SHEET, SCORES_SHEET, SETTINGS_SHEET, TARGETS_SHEET, VIOLATIONS_SHEET, type SheetSpec } from "../workbook/reading/aliases";
import { contractSheetKindOf, isProgramSheetName, programSheet, programSheetName, sameSheetNameKey } from "../workbook/output-sheets/program-sheets";

/** The contract's input sheets, with every name the reader accepts for each. */
export const INPUT_SHEET_SPECS: readonly SheetSpec[] = [MEMBERS_SHEET, TARGETS_SHEET, CRITERIA_SHEET, SCORES_SHEET, ADJUSTMENTS_SHEET, VIOLATIONS_SHEET, SETTINGS_SHEET];

/** Excel compares sheet names case-insensitively; officers' names also arrive in NFD. */
export function sameSheetName(a: string, b: string): boolean {
  return sameSheetNameKey(a) === sameSheetNameKey(b);
}

/**
 * How the read batch treats a sheet: the officer's sheets and the previous Xếp hạng are read in full
 * (the reader needs their formats and error cells), the hidden history by its values only (the
 * comparison with the previous calculation), every other program sheet by name only.
 */
export type ReadNeed = "full" | "values" | "name";

export function readNeed(name: string): ReadNeed {
  if (sameSheetName(name, programSheetName("historyData"))) return "values";
  if (contractSheetKindOf(name) === "ranking") return "full";
  return isProgramSheetName(name) ? "name" : "full";
}

/**
 * Names worth probing in the read batch before the sheet list is known: every alias of every input
 * sheet, the previous ranking sheet and the hidden history. Exact aliases only; a sheet named otherwise is read in a
 * follow-up batch (see read-workbook.ts).
 */
export function probeSheetNames(extra: readonly string[] = []): string[] {
  const names = [...INPUT_SHEET_SPECS.flatMap((spec) => spec.aliases), programSheet("ranking").names.vi, programSheet("ranking").names.en, programSheetName("historyData"), ...extra];
  const unique: string[] = [];
  for (const name of names) if (isValidSheetName(name) && !unique.some((u) => sameSheetName(u, name))) unique.push(name);
  return unique;
}

/** Excel refuses these names outright, so probing them would fail the whole batch. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name);
}
