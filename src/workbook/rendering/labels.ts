import { GRADE_LABEL } from "../../scoring/labels";
import type { Award, Direction, Grade, Localized } from "../../scoring/types";
import { capitalised, inBoth, inBothByKey, type Vocabulary } from "../../scoring/vocabulary/words";

/** The vocabulary's keys whose words stand alone (not groups, not templates). */
type WordKey = { [K in keyof Vocabulary]: Vocabulary[K] extends string ? K : never }[keyof Vocabulary];

/** The vocabulary's words under a table's own keys, in both languages: `labelsOf({ percent: "percentColumn" })`. */
function labelsOf<K extends string>(keys: Record<K, WordKey>): Record<K, Localized> {
  const out = {} as Record<K, Localized>;
  for (const key of Object.keys(keys) as K[]) out[key] = inBoth((w) => w[keys[key]]);
  return out;
}

/** Column headers and fixed texts of the output sheets, in both languages (from the vocabulary). */
export const RANKING_HEADERS = labelsOf({ rank: "rank", code: "code", name: "name", bonus: "bonus", deduction: "deduction", total: "total", percent: "percentColumn", grade: "gradeColumn", award: "awardColumn", notes: "notes", change: "rankChange" });

export function sectionHeader(section: string): Localized {
  return inBoth((w) => w.section({ section }));
}

export const BREAKDOWN_HEADERS = {
  code: RANKING_HEADERS.code,
  name: RANKING_HEADERS.name,
  ...labelsOf({ section: "sectionColumn", criterion: "criterionColumn", target: "target", direction: "directionColumn", plan: "plan", actual: "actual" }),
  ...labelsOf({ ratio: "ratioColumn", base: "basePoints", bonus: "bonusPoints", points: "pointsColumn", explanation: "explanation" }),
};

export const CHECKS_HEADERS = labelsOf({ severity: "severityColumn", sheet: "sheetColumn", cell: "cellColumn", message: "messageColumn" });

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

export const ADJUSTMENT_SECTION_LABELS = labelsOf({ bonus: "bonus", deduction: "deduction" });

export const RANK_CHANGE_NEW: Localized = inBoth((w) => w.rankChangeNew);

export const TITLES = labelsOf({ ranking: "titleRanking", breakdown: "titleBreakdown", checks: "titleChecks", year: "year", calculatedAt: "calculatedAt" });
