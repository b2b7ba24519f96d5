import type { BlocInput, Issue } from "../../scoring/types";
import { ADJUSTMENTS_SHEET, CRITERIA_SHEET, MEMBERS_SHEET, SCORES_SHEET, SETTINGS_SHEET, TARGETS_SHEET, VIOLATIONS_SHEET, type SheetSpec } from "./aliases";
import { CodeIndex } from "./code-index";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { locateSheet } from "./locate-sheet";
import { readAdjustments } from "./read-adjustments";
import { readCriteria } from "./read-criteria";
import { readMembers } from "./read-members";
import { readScores } from "./read-scores";
import { readSettings } from "./read-settings";
import { readTargets, type JoinIndexes } from "./read-targets";
import { readViolations } from "./read-violations";
import { issue, readerWords, type ReaderWords } from "./reader-messages";

function sheetMissing(spec: SheetSpec, why: (r: ReaderWords) => string): Issue {
  const names = spec.aliases.join(", ");
  return issue("error", spec.label.vi, "", "sheet-missing", readerWords((r) => r.sheetMissing({ sheet: spec.label.vi, sheetEn: spec.label.en, why: why(r), names })));
}

/** An absent optional sheet holds no rows; null = present but unreadable (a required column missing). */
function optional<T>(sheet: SheetGrid | null, read: (sheet: SheetGrid) => T[] | null): T[] | null {
  return sheet === null ? [] : read(sheet);
}

/**
 * Reads the contract's input sheets from plain grids. `input` is null only when the structure is
 * too broken to score (a required sheet or a required column missing); otherwise the input comes
 * with every issue found (errors make the scoring core block the ranking). The grid is not changed.
 */
export function readBloc(workbook: WorkbookGrid): { input: BlocInput | null; issues: Issue[] } {
  const sheets = {
    members: locateSheet(workbook, MEMBERS_SHEET),
    targets: locateSheet(workbook, TARGETS_SHEET),
    criteria: locateSheet(workbook, CRITERIA_SHEET),
    scores: locateSheet(workbook, SCORES_SHEET),
    adjustments: locateSheet(workbook, ADJUSTMENTS_SHEET),
    violations: locateSheet(workbook, VIOLATIONS_SHEET),
    settings: locateSheet(workbook, SETTINGS_SHEET),
  };
  // Settings first: the default criterion's points (and so every target's) depend on them.
  const settingsRead = readSettings(sheets.settings);
  const issues: Issue[] = [...settingsRead.issues];
  let broken = settingsRead.broken;

  if (sheets.members === null) {
    issues.push(sheetMissing(MEMBERS_SHEET, (r) => r.whyMembers));
  }
  const membersRead = sheets.members === null ? null : readMembers(sheets.members, issues);
  const memberCodes = membersRead?.codes ?? new CodeIndex();
  const criteriaRead = readCriteria(sheets.criteria, settingsRead.settings, memberCodes, issues);
  const needsTargets = criteriaRead === null || criteriaRead.criteria.some((c) => c.method === "targets");
  if (sheets.targets === null && needsTargets) {
    issues.push(sheetMissing(TARGETS_SHEET, (r) => r.whyTargets));
  }
  const join: JoinIndexes = { members: memberCodes, criteria: criteriaRead?.codes ?? new CodeIndex() };
  const targets = optional(sheets.targets, (sheet) => readTargets(sheet, join, issues));
  const scores = optional(sheets.scores, (sheet) => readScores(sheet, join, issues));
  const adjustments = optional(sheets.adjustments, (sheet) => readAdjustments(sheet, join, issues));
  const violations = optional(sheets.violations, (sheet) => readViolations(sheet, join, issues));

  broken ||= membersRead === null || criteriaRead === null || (sheets.targets === null && needsTargets);
  if (broken || membersRead === null || criteriaRead === null || targets === null || scores === null || adjustments === null || violations === null) {
    return { input: null, issues };
  }
  return {
    input: {
      settings: settingsRead.settings,
      members: membersRead.members,
      criteria: criteriaRead.criteria,
      targets,
      scores,
      adjustments,
      violations,
      sheetNames: {
        members: sheets.members?.name ?? MEMBERS_SHEET.label.vi,
        targets: sheets.targets?.name ?? TARGETS_SHEET.label.vi,
        criteria: sheets.criteria?.name ?? null,
        scores: sheets.scores?.name ?? null,
        adjustments: sheets.adjustments?.name ?? null,
        violations: sheets.violations?.name ?? null,
        settings: sheets.settings?.name ?? null,
      },
    },
    issues,
  };
}
