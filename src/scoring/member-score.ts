import { appliesTo, resolveCriteria } from "./applicability";
import { codeKey } from "./codes";
import { scoreAlternativeNone, scoreDirectCriterion, scoreTargetsCriterion, type CriterionRules, type MemberContext, type ScoredCriterion } from "./criterion-points";
import { Q, ZERO, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { memberLabel } from "./labels";
import { memberAdjustments, memberTotals } from "./member-totals";
import { alternativeMultiple, alternativeNone, criterionNotApplicable, methodMismatch } from "./messages";
import { cellOf } from "./source-cell";
import type { RankEntry } from "./ranking";
import type { TargetColumns } from "./target-columns";
import { firstSection } from "./sections";
import type { AdjustmentInput, AdjustmentResult, BlocInput, CriterionInput, CriterionResult, UnitResult, Issue, MemberInput, ScoreInput, SourceRef, TargetInput, ViolationInput } from "./types";

/** The member's rows, already joined by code and in sheet order. */
export interface MemberRows {
  targets: ReadonlyMap<string, TargetInput[]>;
  scores: ReadonlyMap<string, ScoreInput[]>;
  adjustments: readonly AdjustmentInput[];
  violations: readonly ViolationInput[];
}

/**
 * One member, scored, before ranking. Only what the ranking compares stays exact (`ranking`); every other
 * figure is already its double: kept until the whole bloc is ranked, each BigInt fraction was more to copy
 * for the garbage collector (a big bloc has 3,000 members).
 */
export interface MemberScore {
  member: MemberInput;
  label: string;
  /** The criteria's results; their exact sums are folded into the figures below. */
  criteria: CriterionResult[];
  ranking: RankEntry;
  /** Σ standard points, exact: members whose maxima differ are reported (maxima-differ). */
  maxPoints: Q;
  figures: MemberFigures;
  adjustments: AdjustmentResult[];
  violations: readonly ViolationInput[];
}

/** The member's numbers as UnitResult shows them (see types.ts). */
export type MemberFigures = Pick<UnitResult, "sections" | "base" | "targetBonus" | "bonus" | "deduction" | "total" | "max" | "percent">;

export interface BlocContext {
  input: BlocInput;
  criteria: readonly CriterionInput[];
  sections: readonly string[];
  rules: ReadonlyMap<CriterionInput, CriterionRules>;
  issues: Issue[];
  columns: TargetColumns;
}

const NO_ROWS: never[] = [];

function reportRows(rows: readonly { source: SourceRef }[], report: (sheet: string, cell: string) => Issue, issues: Issue[]): void {
  for (const row of rows) issues.push(report(row.source.sheet, cellOf(row.source, "criterion", "code")));
}

/**
 * The member's running sums, reused by every member (value() takes a copy; scoreMember never runs twice
 * at once). Base summed, not total − bonus: criteria bases have fewer ratios, so their sum is the smaller fraction.
 */
const SUMS = { sectionSum: new ExactSum(), targetBonus: new ExactSum(), baseSum: new ExactSum(), maxPoints: new ExactSum(), points: new ExactSum() };

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

  const ctx: MemberContext = { member, label, membersSheet: input.sheetNames.members, scoresSheet: input.sheetNames.scores, issues, columns: bloc.columns };
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
  const first = firstSection(bloc.sections);
  const sections: Record<string, number> = {};
  let firstPoints = ZERO;
  const { sectionSum, targetBonus, baseSum, maxPoints, points } = SUMS;
  targetBonus.reset();
  baseSum.reset();
  maxPoints.reset();
  points.reset();
  for (const section of bloc.sections) {
    sectionSum.reset();
    for (const sc of criteria) if (sc.criterion.section === section) sectionSum.add(sc.points);
    const value = sectionSum.value();
    sections[section] = toNumber(value);
    if (section === first) firstPoints = value;
    points.add(value);
  }
  for (const sc of criteria) {
    targetBonus.add(sc.bonus);
    baseSum.add(sc.base);
    maxPoints.addNumber(sc.criterion.standardPoints);
  }
  const total = points.value();
  const bonus = targetBonus.value();
  const base = baseSum.value();
  const adjustments = memberAdjustments(member, rows.adjustments, input.settings);
  const totals = memberTotals(total, adjustments, maxPoints.value());
  const results = new Array<CriterionResult>(criteria.length);
  for (let i = 0; i < criteria.length; i++) results[i] = criteria[i].result;
  const ranking: RankEntry = {
    rankLast: rows.violations.some((v) => v.effect === "rank-last"),
    percent: totals.percent,
    firstSection: firstPoints,
    base,
    deduction: adjustments.deduction,
  };
  const figures: MemberFigures = {
    sections,
    base: toNumber(base),
    targetBonus: toNumber(bonus),
    bonus: toNumber(adjustments.bonus),
    deduction: toNumber(adjustments.deduction),
    total: toNumber(totals.total),
    max: toNumber(totals.max),
    percent: toNumber(totals.percent),
  };
  return { member, label, criteria: results, ranking, maxPoints: totals.max, figures, adjustments: adjustments.lines, violations: rows.violations };
}
