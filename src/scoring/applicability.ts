import { codeKey } from "./codes";
import type { CriterionInput } from "./types";

/** Áp dụng cho: null applies to every member, else only to the listed codes. */
export function appliesTo(criterion: CriterionInput, memberCode: string): boolean {
  if (criterion.appliesTo === null) return true;
  const key = codeKey(memberCode);
  return criterion.appliesTo.some((code) => codeKey(code) === key);
}

/** What one criterion contributes for a member once Áp dụng cho and the alternative groups are resolved. */
export type CriterionPlan =
  | { kind: "scored"; criterion: CriterionInput }
  /** Alternative group without data: counts the group's first applicable criterion in the max, 0 points. */
  | { kind: "alternative-none"; criterion: CriterionInput; group: string; codes: string[] };

export interface AlternativeConflict {
  group: string;
  /** The criteria of the group that have data, in criteria order; index 1 is the one to report. */
  withData: CriterionInput[];
}

export interface MemberCriteria {
  plans: CriterionPlan[];
  conflicts: AlternativeConflict[];
}

/**
 * Resolves which criteria count for a member. In an alternative group the member's criterion is the
 * applicable one that has data (a member does exactly one criterion of its group).
 */
export function resolveCriteria(criteria: readonly CriterionInput[], memberCode: string, hasData: (c: CriterionInput) => boolean): MemberCriteria {
  const plans: CriterionPlan[] = [];
  const conflicts: AlternativeConflict[] = [];
  const groups = new Map<string, CriterionInput[]>();
  const groupOrder: { key: string; at: number }[] = [];

  for (const criterion of criteria) {
    if (!appliesTo(criterion, memberCode)) continue;
    if (criterion.alternativeGroup === null || criterion.alternativeGroup.trim() === "") {
      plans.push({ kind: "scored", criterion });
      continue;
    }
    const key = codeKey(criterion.alternativeGroup);
    const members = groups.get(key);
    if (members) members.push(criterion);
    else {
      groups.set(key, [criterion]);
      groupOrder.push({ key, at: plans.length });
      // Placeholder keeps the group at the position of its first criterion.
      plans.push({ kind: "scored", criterion });
    }
  }

  // Replace the placeholders from the back so earlier positions stay valid.
  for (let i = groupOrder.length - 1; i >= 0; i--) {
    const { key, at } = groupOrder[i];
    const group = groups.get(key) as CriterionInput[];
    const groupName = group[0].alternativeGroup as string;
    const withData = group.filter(hasData);
    if (withData.length >= 2) conflicts.unshift({ group: groupName, withData });
    plans[at] =
      withData.length > 0
        ? { kind: "scored", criterion: withData[0] }
        : { kind: "alternative-none", criterion: group[0], group: groupName, codes: group.map((c) => c.code) };
  }
  return { plans, conflicts };
}

/**
 * resolveCriteria's answer when it is the same for every member: no criterion is limited by Áp dụng cho
 * or part of an alternative group (the usual bloc). Null otherwise. Made once per bloc, it spares every
 * member a plan object per criterion.
 */
export function memberIndependentCriteria(criteria: readonly CriterionInput[]): MemberCriteria | null {
  const plain = criteria.every((c) => c.appliesTo === null && (c.alternativeGroup === null || c.alternativeGroup.trim() === ""));
  return plain ? resolveCriteria(criteria, "", () => false) : null;
}
