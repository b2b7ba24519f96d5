import { codeKey } from "./codes";
import { memberLabel } from "./labels";
import { adjustmentDuplicate, cchcRatingIgnored, criterionUnknown, memberUnknown, noMembers } from "./messages";
import { cellOf } from "./source-cell";
import { textKey } from "./text";
import type { AdjustmentInput, BlocInput, CriterionInput, Issue, MemberInput, ScoreInput, TargetInput, ViolationInput } from "./types";

/** The rows that join to a known member (and criterion), in sheet order, plus what did not join. */
export interface ValidatedRows {
  targets: TargetInput[];
  scores: ScoreInput[];
  adjustments: AdjustmentInput[];
  violations: ViolationInput[];
  issues: Issue[];
}

/**
 * Semantic checks on how the sheets refer to each other: every code must name a listed member and
 * criterion. Rows that do not join are reported as errors and left out of the scoring.
 */
export function validateReferences(
  input: BlocInput,
  members: ReadonlyMap<string, MemberInput>,
  criteria: ReadonlyMap<string, CriterionInput>,
  rows: Pick<ValidatedRows, "targets" | "scores" | "adjustments" | "violations">,
): ValidatedRows {
  const issues: Issue[] = [];
  const membersSheet = input.sheetNames.members;
  if (input.members.length === 0) issues.push(noMembers(membersSheet));

  const knownMember = (row: { memberCode: string; source: TargetInput["source"] }): boolean => {
    if (members.has(codeKey(row.memberCode))) return true;
    issues.push(memberUnknown(row.source.sheet, cellOf(row.source, "code"), row.memberCode, membersSheet));
    return false;
  };
  const knownCriterion = (row: { memberCode: string; criterionCode: string; source: TargetInput["source"] }): boolean => {
    if (criteria.has(codeKey(row.criterionCode))) return true;
    const member = members.get(codeKey(row.memberCode));
    issues.push(criterionUnknown(row.source.sheet, cellOf(row.source, "criterion", "code"), row.criterionCode, member ? memberLabel(member) : row.memberCode, input.sheetNames.criteria));
    return false;
  };
  const joins = (row: TargetInput | ScoreInput) => {
    const m = knownMember(row);
    const c = knownCriterion(row);
    return m && c;
  };

  const targets = rows.targets.filter(joins);
  const scores = rows.scores.filter(joins);
  const adjustments = rows.adjustments.filter(knownMember);
  const violations = rows.violations.filter(knownMember);
  issues.push(...duplicateAdjustments(adjustments, members));
  for (const member of members.values()) {
    if (!member.cchcEligible && member.cchcRating === "excellent") {
      issues.push(cchcRatingIgnored(membersSheet, cellOf(member.source, "cchcRating", "cchcEligible", "code"), memberLabel(member)));
    }
  }
  return { targets, scores, adjustments, violations, issues };
}

/** The same line (member, kind, reason folded, count, points) entered twice: both count, the officer decides. */
function duplicateAdjustments(lines: readonly AdjustmentInput[], members: ReadonlyMap<string, MemberInput>): Issue[] {
  const seen = new Map<string, AdjustmentInput>();
  const issues: Issue[] = [];
  for (const line of lines) {
    const key = [codeKey(line.memberCode), line.kind, textKey(line.reason), line.count, line.pointsEach].join("\u0000");
    const first = seen.get(key);
    if (!first) {
      seen.set(key, line);
      continue;
    }
    const member = members.get(codeKey(line.memberCode));
    issues.push(adjustmentDuplicate(line.source.sheet, cellOf(line.source, "reason"), member ? memberLabel(member) : line.memberCode, line.reason, first.source.row));
  }
  return issues;
}
