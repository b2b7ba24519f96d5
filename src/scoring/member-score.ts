import { appliesTo, resolveCriteria } from "./applicability";
import { codeKey } from "./codes";
import { scoreAlternativeNone, scoreDirectCriterion, scoreTargetsCriterion, type CriterionRules, type MemberContext, type ScoredCriterion } from "./criterion-points";
import { Q, fromNumber, sub } from "./exact";
import { ExactSum } from "./exact-sum";
import { memberLabel } from "./labels";
import { memberAdjustments, memberTotals, type MemberAdjustments, type MemberTotals } from "./member-totals";
import { alternativeMultiple, alternativeNone, criterionNotApplicable, methodMismatch } from "./messages";
import { cellOf } from "./source-cell";
import type { AdjustmentInput, BlocInput, CriterionInput, Issue, MemberInput, ScoreInput, SourceRef, TargetInput, ViolationInput } from "./types";

/** The member's rows, already joined by code and in sheet order. */
export interface MemberRows {
  targets: ReadonlyMap<string, TargetInput[]>;
  scores: ReadonlyMap<string, ScoreInput[]>;
  adjustments: readonly AdjustmentInput[];
  violations: readonly ViolationInput[];
}

/** Everything about one member, exact, before ranking. */
export interface MemberScore {
  member: MemberInput;
  label: string;
  criteria: ScoredCriterion[];
  sections: Map<string, Q>;
  base: Q;
  targetBonus: Q;
  adjustments: MemberAdjustments;
  totals: MemberTotals;
  violations: readonly ViolationInput[];
}

export interface BlocContext {
  input: BlocInput;
  criteria: readonly CriterionInput[];
  sections: readonly string[];
  rules: ReadonlyMap<CriterionInput, CriterionRules>;
  issues: Issue[];
}

const NO_ROWS: never[] = [];

function reportRows(rows: readonly { source: SourceRef }[], report: (sheet: string, cell: string) => Issue, issues: Issue[]): void {
  for (const row of rows) issues.push(report(row.source.sheet, cellOf(row.source, "criterion", "code")));
}

export function scoreMember(member: MemberInput, rows: MemberRows, bloc: BlocContext): MemberScore {
  const { input, issues } = bloc;
  const label = memberLabel(member);
  const targetsOf = (c: CriterionInput) => rows.targets.get(codeKey(c.code)) ?? NO_ROWS;
  const scoresOf = (c: CriterionInput) => rows.scores.get(codeKey(c.code)) ?? NO_ROWS;
  const ownRows = (c: CriterionInput) => (c.method === "targets" ? targetsOf(c) : scoresOf(c));
  const otherRows = (c: CriterionInput) => (c.method === "targets" ? scoresOf(c) : targetsOf(c));

  const resolved = resolveCriteria(bloc.criteria, member.code, (c) => ownRows(c).length > 0);
  for (const c of bloc.criteria) {
    if (!appliesTo(c, member.code)) {
      reportRows([...targetsOf(c), ...scoresOf(c)], (sheet, cell) => criterionNotApplicable(sheet, cell, label, c.code), issues);
    } else {
      reportRows(otherRows(c), (sheet, cell) => methodMismatch(sheet, cell, label, c.code, c.method === "direct"), issues);
    }
  }
  for (const conflict of resolved.conflicts) {
    const first = ownRows(conflict.withData[1])[0];
    issues.push(alternativeMultiple(first.source.sheet, cellOf(first.source, "criterion", "code"), label, conflict.group, conflict.withData.map((c) => c.code)));
  }

  const ctx: MemberContext = { member, label, membersSheet: input.sheetNames.members, scoresSheet: input.sheetNames.scores, issues };
  const criteria = resolved.plans.map((plan): ScoredCriterion => {
    const c = plan.criterion;
    if (plan.kind === "alternative-none") {
      if (member.participates) issues.push(alternativeNone(input.sheetNames.members, cellOf(member.source, "code"), label, plan.group, plan.codes));
      return scoreAlternativeNone(c, plan.group);
    }
    const rules = bloc.rules.get(c) as CriterionRules;
    if (c.method === "targets") return scoreTargetsCriterion(c, targetsOf(c), rules.targets, ctx);
    return scoreDirectCriterion(c, scoresOf(c), rules, ctx);
  });

  // In-place exact sums: criteria points are BigInt fractions, and add() made a Q and two pairs per term.
  // bloc.sections holds every criterion's section (sectionOrder of all criteria).
  const sections = new Map<string, Q>();
  const sectionSum = new ExactSum();
  const targetBonus = new ExactSum();
  const maxPoints = new ExactSum();
  const points = new ExactSum();
  for (const section of bloc.sections) {
    sectionSum.reset();
    for (const sc of criteria) if (sc.criterion.section === section) sectionSum.add(sc.points);
    const value = sectionSum.value();
    sections.set(section, value);
    points.add(value);
  }
  for (const sc of criteria) {
    targetBonus.add(sc.bonus);
    maxPoints.add(fromNumber(sc.criterion.standardPoints));
  }
  const total = points.value();
  const bonus = targetBonus.value();
  const base = sub(total, bonus);
  const adjustments = memberAdjustments(member, rows.adjustments, input.settings);
  const totals = memberTotals(total, adjustments, maxPoints.value());
  return { member, label, criteria, sections, base, targetBonus: bonus, adjustments, totals, violations: rows.violations };
}
