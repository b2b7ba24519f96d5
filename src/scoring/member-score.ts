import { appliesTo, resolveCriteria, type MemberCriteria } from "./applicability";
import { scoreAlternativeNone, scoreDirectCriterion, scoreTargetsCriterion, type CriterionRules, type MemberContext } from "./criterion-points";
import { ScoredCriteria } from "./scored-criteria";
import type { Q } from "./exact";
import { Estimate } from "./estimate";
import { memberLabel } from "./labels";
import { MemberSums, type MemberFigures } from "./member-sums";
import { memberAdjustments } from "./member-totals";
import { alternativeMultiple, alternativeNone, criterionNotApplicable, methodMismatch } from "./messages";
import { cellOf } from "./source-cell";
import type { RankEntry } from "./ranking";
import type { NumberColumns } from "./number-columns";
import type { TargetSums } from "./target-result";
import type { AdjustmentInput, AdjustmentResult, BlocInput, CriterionInput, Issue, MemberInput, ScoreInput, ScoringMethod, TargetInput, ViolationInput } from "./types";

/** The member's rows, already joined by code and in sheet order; targets and scores by criterion slot (BlocContext.slots). */
export interface MemberRows {
  targets: readonly (TargetInput[] | undefined)[];
  scores: readonly (ScoreInput[] | undefined)[];
  adjustments: readonly AdjustmentInput[];
  violations: readonly ViolationInput[];
}

/**
 * One member, scored, before ranking. What the ranking compares is estimated with its exact values on
 * demand (`ranking`); every other figure is already its double.
 */
export interface MemberScore {
  member: MemberInput;
  label: string;
  /** The criteria's results, made when first read; their sums are folded into the figures below. */
  criteria: ScoredCriteria;
  ranking: RankEntry;
  /** Σ standard points, exact: members whose maxima differ are reported (maxima-differ). */
  maxPoints: Q;
  figures: MemberFigures;
  adjustments: AdjustmentResult[];
  violations: readonly ViolationInput[];
}

export interface BlocContext {
  input: BlocInput;
  criteria: readonly CriterionInput[];
  sections: readonly string[];
  /** Index in `sections` of Nội dung I (tie-breaker 1), −1 when there is none. */
  firstSection: number;
  rules: ReadonlyMap<CriterionInput, CriterionRules>;
  /** Each criterion's slot in MemberRows (criteria sharing a code share one). */
  slots: ReadonlyMap<CriterionInput, number>;
  /** Every member's criteria when they depend on no member (applicability.ts memberIndependentCriteria). */
  plans: MemberCriteria | null;
  issues: Issue[];
  /** The bloc's criterion figures (criterion-points.ts FIGURE_FIELDS). */
  figures: NumberColumns;
}

const NO_ROWS: never[] = [];

/** The member's rows of a criterion in Chỉ tiêu ("targets") or Chấm điểm ("direct"). */
function rowsOf(rows: MemberRows, c: CriterionInput, sheet: ScoringMethod, bloc: BlocContext): readonly (TargetInput | ScoreInput)[] {
  return (sheet === "targets" ? rows.targets : rows.scores)[bloc.slots.get(c) as number] ?? NO_ROWS;
}

/** Rows for a criterion that does not apply to the member, or in the sheet its method does not read. */
function reportMisplacedRows(member: MemberInput, label: string, rows: MemberRows, bloc: BlocContext): void {
  const issues = bloc.issues;
  for (const c of bloc.criteria) {
    if (!appliesTo(c, member.code)) {
      for (const row of [...rowsOf(rows, c, "targets", bloc), ...rowsOf(rows, c, "direct", bloc)]) {
        issues.push(criterionNotApplicable(row.source.sheet, cellOf(row.source, "criterion", "code"), label, c.code));
      }
      continue;
    }
    for (const row of rowsOf(rows, c, c.method === "targets" ? "direct" : "targets", bloc)) {
      issues.push(methodMismatch(row.source.sheet, cellOf(row.source, "criterion", "code"), label, c.code, c.method === "direct"));
    }
  }
}

/** Reused by every member and criterion (scoreMember never runs twice at once): see MemberSums. */
const MEMBER_SUMS = new MemberSums();
const CRITERION_SUMS: TargetSums = { base: new Estimate(), bonus: new Estimate() };

export function scoreMember(member: MemberInput, rows: MemberRows, bloc: BlocContext): MemberScore {
  const { input, issues } = bloc;
  const label = memberLabel(member);
  const ownRows = (c: CriterionInput) => rowsOf(rows, c, c.method, bloc);
  const resolved = bloc.plans ?? resolveCriteria(bloc.criteria, member.code, (c) => ownRows(c).length > 0);
  reportMisplacedRows(member, label, rows, bloc);
  for (const conflict of resolved.conflicts) {
    const first = ownRows(conflict.withData[1])[0];
    issues.push(alternativeMultiple(first.source.sheet, cellOf(first.source, "criterion", "code"), label, conflict.group, conflict.withData.map((c) => c.code)));
  }

  const ctx: MemberContext = { member, label, membersSheet: input.sheetNames.members, scoresSheet: input.sheetNames.scores, issues, figures: bloc.figures };
  const sums = MEMBER_SUMS;
  sums.start(bloc.sections.length);
  const criterion = CRITERION_SUMS;
  const plans = resolved.plans;
  const first = bloc.figures.size;
  for (const plan of plans) {
    const c = plan.criterion;
    if (plan.kind === "alternative-none") {
      if (member.participates) issues.push(alternativeNone(input.sheetNames.members, cellOf(member.source, "code"), label, plan.group, plan.codes));
      scoreAlternativeNone(criterion, ctx);
    } else if (c.method === "targets") {
      scoreTargetsCriterion(c, rows.targets[bloc.slots.get(c) as number] ?? NO_ROWS, bloc.rules.get(c) as CriterionRules, ctx, criterion);
    } else {
      scoreDirectCriterion(c, rows.scores[bloc.slots.get(c) as number] ?? NO_ROWS, ctx, criterion);
    }
    // bloc.sections holds every criterion's section (sectionOrder of all criteria).
    sums.addCriterion(bloc.sections.indexOf(c.section), criterion, c.standardPoints);
  }

  const adjustments = memberAdjustments(member, rows.adjustments, input.settings);
  const criteria = new ScoredCriteria(plans, rows, first, bloc);
  const sources = { criteria, sections: bloc.sections, firstSection: bloc.firstSection, adjustments };
  const ranking = sums.finish(sources, rows.violations.some((v) => v.effect === "rank-last"));
  return { member, label, criteria, ranking, maxPoints: ranking.maxPoints, figures: ranking.figures, adjustments: adjustments.lines, violations: rows.violations };
}
