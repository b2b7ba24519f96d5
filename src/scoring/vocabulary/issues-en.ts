import type { Widen } from "./en";
import type { issuesVi } from "./issues-vi";

/** The scoring core's issue messages in English: the keys of issues-vi.ts, checked by the compiler. */
export const issuesEn: Widen<typeof issuesVi> = {
  noMembers: (p) => `Sheet '${p.sheet}' lists no member: there is nothing to rank. Enter one row per member unit (Code, Name).`,
  memberUnknown: (p) => `Member code '${p.code}' is not in sheet '${p.membersSheet}'. Correct the code or add this member to sheet '${p.membersSheet}'.`,
  criteriaSheetNamed: (p) => `sheet '${p.sheet}'`,
  criteriaSheetNone: "the criteria (no Criteria sheet: only criterion 1 exists)",
  criterionUnknown: (p) => `Criterion '${p.criterion}' of ${p.member} is not in ${p.where}. Correct the criterion code or add the criterion.`,
  criterionNotApplicable: (p) =>
    `Criterion ${p.criterion} does not apply to ${p.member} (Applies to column): this row is ignored. Delete the row or add the member code to the criterion's Applies to column.`,
  scoredDirectly: (p) =>
    `Criterion ${p.criterion} is scored directly, not by targets: this target of ${p.member} is ignored. Enter the score in the Scores sheet or change the criterion's Method to Targets.`,
  scoredByTargets: (p) =>
    `Criterion ${p.criterion} is scored by targets: this direct score of ${p.member} is ignored. Enter the targets in the Targets sheet or change the criterion's Method to Direct score.`,
  planZero: (p) =>
    `The plan is 0 on the ${p.direction} target '${p.target}' of ${p.member}: the completion ratio cannot be computed. Enter the registered plan (> 0) or change the target's direction.`,
  ratioAbsurd: (p) =>
    `Completion ratio ${p.ratio}% on target '${p.target}' of ${p.member} is implausible: plan and actual may use different units (billion / million dong) or the ratio was typed instead of the actual. Check it; points are computed from the values as entered.`,
  targetsMissing: (p) =>
    `${p.member} has ${p.have}/${p.need} targets in criterion ${p.criterion}: the ${p.missing} missing score 0. Add the registered targets in the Targets sheet.`,
  targetsTooMany: (p) =>
    `${p.member} has ${p.have} targets in criterion ${p.criterion}, more than the ${p.need} required. Keep exactly the ${p.need} registered targets (this row and the following are extra) or change the criterion's Targets count.`,
  alternativeMultiple: (p) =>
    `${p.member} has data for criteria ${p.codes} of alternative group '${p.group}', but each member does only one criterion of a group. Delete the data of the criterion it does not do.`,
  alternativeNone: (p) =>
    `${p.member} has no data for any criterion of alternative group '${p.group}' (${p.codes}): the group scores 0. Enter the targets or score of the criterion the member does.`,
  scoresSheetNamed: (p) => `sheet '${p.sheet}'`,
  scoresSheetNone: "a Scores sheet",
  scoreMissing: (p) => `${p.member} has no score for criterion ${p.criterion} (scored directly): it counts 0 for now. Add a row in ${p.where}.`,
  scoreOutOfRange: (p) =>
    `${p.which} ${p.value} of ${p.member} in criterion ${p.criterion} is outside 0 … ${p.standard} (standard points).${p.used ? " This is the score used: correct it." : " This score is not used, but should be corrected."}`,
  selfScoreDiffers: (p) =>
    `Self-score ${p.self} of ${p.member} on target '${p.target}' differs from the computed ${p.computed}: the computed points are used. Check the plan, actual and direction.`,
  adjustmentDuplicate: (p) =>
    `Bonus/deduction line '${p.reason}' of ${p.member} repeats row ${p.firstRow}: both lines count. If it was entered twice by mistake, delete one.`,
  maximaDiffer: (p) =>
    `Members have different maximum points (${p.maxima}): they are ranked by percent of their maximum. Check the Applies to and Alternative group columns if this is not intended.`,
  tieNeedsVote: (p) =>
    `${p.member} ties at rank ${p.rank} with ${p.others}: same percent, Section I points, base points and deductions. The bloc decides the order by vote.`,
  cchcRatingIgnored: (p) =>
    `${p.member} is rated Excellent in administrative reform but not marked CCHC bonus eligible: no bonus is added. If it is eligible, enter Yes in the CCHC bonus eligible column.`,
};
