import { GRADE_LABEL } from "../../scoring/labels";
import type { Award, Direction, Grade, Localized } from "../../scoring/types";
import { capitalised, inBoth, inBothByKey } from "../../scoring/vocabulary/words";

/** Column headers and fixed texts of the output sheets, in both languages (from the vocabulary). */
export const RANKING_HEADERS = {
  rank: inBoth((w) => w.rank),
  code: inBoth((w) => w.code),
  name: inBoth((w) => w.name),
  bonus: inBoth((w) => w.bonus),
  deduction: inBoth((w) => w.deduction),
  total: inBoth((w) => w.total),
  percent: inBoth((w) => w.percentColumn),
  grade: inBoth((w) => w.gradeColumn),
  award: inBoth((w) => w.awardColumn),
  notes: inBoth((w) => w.notes),
  change: inBoth((w) => w.rankChange),
} as const satisfies Record<string, Localized>;

export function sectionHeader(section: string): Localized {
  return inBoth((w) => w.section({ section }));
}

export const BREAKDOWN_HEADERS = {
  code: RANKING_HEADERS.code,
  name: RANKING_HEADERS.name,
  section: inBoth((w) => w.sectionColumn),
  criterion: inBoth((w) => w.criterionColumn),
  target: inBoth((w) => w.target),
  direction: inBoth((w) => w.directionColumn),
  plan: inBoth((w) => w.plan),
  actual: inBoth((w) => w.actual),
  ratio: inBoth((w) => w.ratioColumn),
  base: inBoth((w) => w.basePoints),
  bonus: inBoth((w) => w.bonusPoints),
  points: inBoth((w) => w.pointsColumn),
  explanation: inBoth((w) => w.explanation),
} as const satisfies Record<string, Localized>;

export const CHECKS_HEADERS = {
  severity: inBoth((w) => w.severityColumn),
  sheet: inBoth((w) => w.sheetColumn),
  cell: inBoth((w) => w.cellColumn),
  message: inBoth((w) => w.messageColumn),
} as const satisfies Record<string, Localized>;

export const SEVERITY_LABELS = inBothByKey((w) => w.severity) satisfies Record<string, Localized>;

export const NO_PROBLEMS: Localized = inBoth((w) => w.noProblems);

/** The grade names of the messages, so a sheet and a message never name a grade differently. */
export const GRADE_LABELS: Record<Grade, Localized> = GRADE_LABEL;

/** Short grade words for narrow displays (the command line table). */
export const GRADE_SHORT_LABELS: Record<Grade, Localized> = inBothByKey((w) => w.gradeShort);

export const AWARD_LABELS: Record<Exclude<Award, null>, Localized> = inBothByKey((w) => w.award);

export const NEEDS_VOTE: Localized = inBoth((w) => w.needsVote);

/** A cell holds the direction on its own: the messages' words ("tăng"), capitalised ("Tăng"). */
export const DIRECTION_LABELS = {
  increase: inBoth((w) => capitalised(w.direction.increase)),
  decrease: inBoth((w) => capitalised(w.direction.decrease)),
  zero: inBoth((w) => capitalised(w.direction.zero)),
  pass: inBoth((w) => capitalised(w.direction.pass)),
} satisfies Record<Direction, Localized>;

export const ADJUSTMENT_SECTION_LABELS = {
  bonus: inBoth((w) => w.bonus),
  deduction: inBoth((w) => w.deduction),
} as const satisfies Record<string, Localized>;

export const RANK_CHANGE_NEW: Localized = inBoth((w) => w.rankChangeNew);

export const TITLES = {
  ranking: inBoth((w) => w.titleRanking),
  breakdown: inBoth((w) => w.titleBreakdown),
  checks: inBoth((w) => w.titleChecks),
  year: inBoth((w) => w.year),
  calculatedAt: inBoth((w) => w.calculatedAt),
} as const satisfies Record<string, Localized>;
