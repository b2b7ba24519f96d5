import { Q, ZERO, add, cmp, fromNumber, sign, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { SCORE_KIND_LABEL, explainAlternativeNone, explainDirectCriterion } from "./explain";
import { LazyField } from "./lazy-field";
import { LazyTexts } from "./lazy-text";
import { scoreMissing, scoreOutOfRange, targetsMissing, targetsTooMany } from "./messages";
import { cellOf } from "./source-cell";
import type { TargetColumns } from "./target-columns";
import { ScoredTargets, scoreTarget, targetRules, type TargetRules, type TargetSums } from "./target-result";
import type { TargetScale } from "./target-points";
import type { CriterionInput, CriterionResult, DecreaseMethod, Issue, Localized, MemberInput, ScoreInput, SourceRef, TargetInput, TargetResult } from "./types";

export interface ScoredCriterion {
  criterion: CriterionInput;
  points: Q;
  base: Q;
  bonus: Q;
  result: CriterionResult;
}

/** Who is being scored, and where member-level problems are reported. */
export interface MemberContext {
  member: MemberInput;
  label: string;
  membersSheet: string;
  scoresSheet: string | null;
  issues: Issue[];
  /** Where the bloc's target figures are kept (one set of columns per scoreBloc). */
  columns: TargetColumns;
}

/** The member had no row in Chấm điểm for a directly scored criterion. */
type ScoreRow = ScoreInput | typeof NO_SCORE;
const NO_SCORE = { noScore: true } as const;

/** How one criterion is scored and explained, built once for the whole bloc (not once per member). */
export interface CriterionRules {
  targets: TargetRules;
  directTexts: LazyTexts<ScoreRow, CriterionInput>;
}

export function criterionRules(criterion: CriterionInput, scale: TargetScale, decreaseMethod: DecreaseMethod): CriterionRules {
  return { targets: targetRules(criterion, scale, decreaseMethod), directTexts: new LazyTexts(explainDirect, criterion) };
}

/** A criterion's target rows, built when first read: see lazy-field.ts. */
const TARGET_ROWS = new LazyField<TargetResult[]>("targets");

/**
 * The one place a ScoredCriterion is made (no spread: one object shape, no intermediate object). Fields
 * are added in the contract's order; `targets` null means the criterion has no target rows ([]).
 */
function resultOf(
  criterion: CriterionInput,
  points: Q,
  base: Q,
  bonus: Q,
  scoreUsed: CriterionResult["scoreUsed"],
  targets: ScoredTargets | null,
  explanation: Localized,
  source: SourceRef | null,
): ScoredCriterion {
  const result = {
    criterionCode: criterion.code,
    section: criterion.section,
    name: criterion.name,
    method: criterion.method,
    standardPoints: criterion.standardPoints,
    points: toNumber(points),
    base: toNumber(base),
    bonus: toNumber(bonus),
    scoreUsed,
  } as CriterionResult;
  if (targets === null) result.targets = [];
  else TARGET_ROWS.define(result, targets);
  result.explanation = explanation;
  result.source = source;
  return { criterion, points, base, bonus, result };
}

/** Reused by every criterion (value() takes a copy): two accumulators per criterion were 12,000 objects a big bloc. */
const SUMS: TargetSums = { base: new ExactSum(), bonus: new ExactSum() };

/** Sum of the member's targets (sheet order). Missing targets score 0; extra ones are an error. */
export function scoreTargetsCriterion(criterion: CriterionInput, targets: readonly TargetInput[], rules: TargetRules, ctx: MemberContext): ScoredCriterion {
  const need = criterion.targetCount;
  if (targets.length > need) {
    const extra = targets[need];
    ctx.issues.push(targetsTooMany(extra.source.sheet, cellOf(extra.source, "name"), ctx.label, criterion.code, targets.length, need));
  } else if (targets.length < need && ctx.member.participates) {
    ctx.issues.push(targetsMissing(ctx.membersSheet, cellOf(ctx.member.source, "code"), ctx.label, criterion.code, targets.length, need));
  }
  // Points are derived once at the end: each exact sum of many ratios is BigInt work, so sum only two,
  // and the two with the fewest ratios (a base is a ratio only below plan, a bonus only below its cap).
  const sums = SUMS;
  sums.base.reset();
  sums.bonus.reset();
  const columns = ctx.columns;
  const scored = new ScoredTargets(targets, rules, columns, columns.size);
  for (let i = 0; i < targets.length; i++) scoreTarget(targets[i], rules, ctx.label, ctx.issues, sums, columns);
  const base = sums.base.value();
  const bonus = sums.bonus.value();
  return resultOf(criterion, add(base, bonus), base, bonus, null, scored, rules.sumTexts.of(scored), null);
}

const SCORE_ORDER = ["agreed", "verified", "self"] as const;

function scoreUsed(row: ScoreRow): (typeof SCORE_ORDER)[number] | null {
  return "noScore" in row ? null : (SCORE_ORDER.find((kind) => row[kind] !== null) ?? null);
}

/**
 * A directly scored criterion takes the agreed score, else the verified one, else the self-score
 * (never the highest of them). Each present score must lie within 0 … standard points.
 */
export function scoreDirectCriterion(criterion: CriterionInput, rows: readonly ScoreInput[], rules: CriterionRules, ctx: MemberContext): ScoredCriterion {
  const row: ScoreInput | undefined = rows[0];
  const used = scoreUsed(row ?? NO_SCORE);
  if (used === null) {
    if (ctx.member.participates) {
      const sheet = row ? row.source.sheet : ctx.membersSheet;
      const cell = row ? cellOf(row.source, "self", "code") : cellOf(ctx.member.source, "code");
      ctx.issues.push(scoreMissing(sheet, cell, ctx.label, criterion.code, ctx.scoresSheet));
    }
    return resultOf(criterion, ZERO, ZERO, ZERO, null, null, rules.directTexts.of(row ?? NO_SCORE), row?.source ?? null);
  }
  const standard = fromNumber(criterion.standardPoints);
  for (const kind of SCORE_ORDER) {
    const value = row[kind];
    if (value === null) continue;
    const q = fromNumber(value);
    if (sign(q) < 0 || cmp(q, standard) > 0) {
      ctx.issues.push(scoreOutOfRange(row.source.sheet, cellOf(row.source, kind, "code"), ctx.label, criterion.code, SCORE_KIND_LABEL[kind], value, criterion.standardPoints, kind === used));
    }
  }
  const points = fromNumber(row[used] as number);
  return resultOf(criterion, points, points, ZERO, used, null, rules.directTexts.of(row), row.source);
}

function explainDirect(row: ScoreRow, criterion: CriterionInput): Localized {
  const used = scoreUsed(row);
  return explainDirectCriterion(used, used === null || "noScore" in row ? 0 : (row[used] as number), criterion.standardPoints);
}

/** An alternative group the member filled none of: 0 points, the group's first criterion counts in the max. */
export function scoreAlternativeNone(criterion: CriterionInput, group: string): ScoredCriterion {
  return resultOf(criterion, ZERO, ZERO, ZERO, null, null, explainAlternativeNone(group), null);
}
