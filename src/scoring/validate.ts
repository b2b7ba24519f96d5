import { codeKey } from "./codes";
import { memberLabel } from "./labels";
import { adjustmentDuplicate, cchcRatingIgnored, criterionUnknown, memberUnknown, noMembers } from "./messages";
import { bySheetRow, cellOf } from "./source-cell";
import { textKey } from "./text";
import type { AdjustmentInput, BlocInput, CriterionInput, Issue, MemberInput, ScoreInput, SourceRef, TargetInput, ViolationInput } from "./types";

/** The rows that join to a known member (and criterion), grouped by member key, each list in sheet order, plus what did not join. */
export interface ValidatedRows {
  targets: Map<string, TargetInput[]>;
  scores: Map<string, ScoreInput[]>;
  adjustments: Map<string, AdjustmentInput[]>;
  violations: Map<string, ViolationInput[]>;
  /** How many target rows joined. */
  targetCount: number;
  issues: Issue[];
}

type Row = { memberCode: string; source: SourceRef };
type CriterionRow = Row & { criterionCode: string };

/**
 * Semantic checks on how the sheets refer to each other: every code must name a listed member and
 * criterion. Rows that do not join are reported as errors and left out of the scoring.
 */
export function validateReferences(input: BlocInput, members: ReadonlyMap<string, MemberInput>, criteria: ReadonlyMap<string, CriterionInput>): ValidatedRows {
  const issues: Issue[] = [];
  const membersSheet = input.sheetNames.members;
  if (input.members.length === 0) issues.push(noMembers(membersSheet));

  const knownCriterion = (row: CriterionRow) => criteria.has(codeKey(row.criterionCode));
  const report = (row: Row | CriterionRow): void => {
    if (!members.has(codeKey(row.memberCode))) issues.push(memberUnknown(row.source.sheet, cellOf(row.source, "code"), row.memberCode, membersSheet));
    if (!("criterionCode" in row) || knownCriterion(row)) return;
    const member = members.get(codeKey(row.memberCode));
    issues.push(criterionUnknown(row.source.sheet, cellOf(row.source, "criterion", "code"), row.criterionCode, member ? memberLabel(member) : row.memberCode, input.sheetNames.criteria));
  };
  const join = <T extends Row>(rows: readonly T[], joins: (row: T) => boolean): { groups: Map<string, T[]>; count: number } => {
    const joined = joinByMember(rows, members, joins);
    for (const row of joined.rejected) report(row);
    return joined;
  };

  const targets = join(input.targets, knownCriterion);
  const scores = join(input.scores, knownCriterion);
  const adjustments = join(input.adjustments, () => true).groups;
  const violations = join(input.violations, () => true).groups;
  issues.push(...duplicateAdjustments(bySheetRow(input.adjustments).filter((line) => members.has(codeKey(line.memberCode))), members));
  for (const member of members.values()) {
    if (!member.cchcEligible && member.cchcRating === "excellent") {
      issues.push(cchcRatingIgnored(membersSheet, cellOf(member.source, "cchcRating", "cchcEligible", "code"), memberLabel(member)));
    }
  }
  return { targets: targets.groups, scores: scores.groups, adjustments, violations, targetCount: targets.count, issues };
}

/**
 * The rows in sheet order that name a known member and pass `joins`, grouped by member key, and the
 * rows that do not. One pass over the rows (plus a sort when they are not in sheet order already): in a
 * big bloc each row read is a cache miss, and sorting, checking and grouping used to read them three times.
 */
function joinByMember<T extends Row>(rows: readonly T[], members: ReadonlyMap<string, MemberInput>, joins: (row: T) => boolean): { groups: Map<string, T[]>; count: number; rejected: T[] } {
  const groups = new Map<string, T[]>();
  const rejected: T[] = [];
  let count = 0;
  let previous = -Infinity;
  // A member's rows mostly follow one another: the key, whether it is known and its list are looked up
  // once per run of rows with the same code, not once per row.
  let lastCode: string | null = null;
  let key = "";
  let known = false;
  let list: T[] | undefined;
  for (const row of rows) {
    const sheetRow = row.source.row;
    // Readers give rows top to bottom: only otherwise pay for a sort (nothing was reported yet).
    if (sheetRow < previous) return joinByMember(bySheetRow(rows), members, joins);
    previous = sheetRow;
    if (row.memberCode !== lastCode) {
      lastCode = row.memberCode;
      key = codeKey(lastCode);
      known = members.has(key);
      list = known ? groups.get(key) : undefined;
    }
    if (!known || !joins(row)) {
      rejected.push(row);
      continue;
    }
    count++;
    if (list) list.push(row);
    else {
      list = [row];
      groups.set(key, list);
    }
  }
  return { groups, count, rejected };
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
