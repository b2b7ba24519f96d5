import { Q, ZERO, add, cmp, fromNumber, sign, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { Estimate, certified } from "./estimate";
import { SCORE_KIND_LABEL, explainDirectCriterion } from "./explain";
import { LazyTexts } from "./lazy-text";
import { scoreMissing, scoreOutOfRange, targetsMissing, targetsTooMany } from "./messages";
import { cellOf } from "./source-cell";
import type { NumberColumns } from "./number-columns";
import { exactTargetSums, scoreTarget, targetRules, type TargetRules, type TargetSums } from "./target-result";
import type { TargetScale } from "./target-points";
import type { CriterionInput, DecreaseMethod, Issue, Localized, MemberInput, ScoreInput, TargetInput } from "./types";

/** The exact base and bonus of a criterion: `direct` (all base) plus its targets' points by the rulebook. */
export function exactCriterion(direct: Q, targets: readonly TargetInput[], rules: TargetRules): { base: Q; bonus: Q } {
  const base = new ExactSum();
  const bonus = new ExactSum();
  base.add(direct);
  exactTargetSums(targets, rules, base, bonus);
  return { base: base.value(), bonus: bonus.value() };
}

/** Who is being scored, and where member-level problems are reported. */
export interface MemberContext {
  member: MemberInput;
  label: string;
  membersSheet: string;
  scoresSheet: string | null;
  issues: Issue[];
  /** Where the bloc's criterion figures are kept (FIGURE_FIELDS). */
  figures: NumberColumns;
}

/**
 * The bloc's criterion figures: one row per member's criterion, in scoring order (a member's criteria
 * are consecutive rows, in the order of its plans): points, base, bonus. Kept in columns rather than one
 * object per criterion: a big bloc has 15,000, and each object lived through every young-generation
 * collection until the results were read.
 */
export const FIGURE_FIELDS = 3;
export const POINTS_FIELD = 0;
export const BASE_FIELD = 1;
export const BONUS_FIELD = 2;

/** The member had no row in Chấm điểm for a directly scored criterion. */
export type ScoreRow = ScoreInput | typeof NO_SCORE;
export const NO_SCORE = { noScore: true } as const;

/** How one criterion is scored and explained, built once for the whole bloc (not once per member). */
export interface CriterionRules {
  targets: TargetRules;
  directTexts: LazyTexts<ScoreRow, CriterionInput>;
}

export function criterionRules(criterion: CriterionInput, scale: TargetScale, decreaseMethod: DecreaseMethod): CriterionRules {
  return { targets: targetRules(criterion, scale, decreaseMethod), directTexts: new LazyTexts(explainDirect, criterion) };
}

/** The points estimate of the criterion being recorded (scratch of record). */
const POINTS = new Estimate();

/**
 * Writes the criterion's row of figures from the estimates in `sums`: each the double nearest its exact
 * value, certified from the estimate or, when that cannot be proved, from the exact sums.
 */
function record(sums: TargetSums, ctx: MemberContext, direct: Q, targets: readonly TargetInput[], rules: TargetRules | null): void {
  POINTS.copy(sums.base);
  POINTS.add(sums.bonus);
  let points = certified(POINTS);
  let base = certified(sums.base);
  let bonus = certified(sums.bonus);
  if (points === undefined || base === undefined || bonus === undefined) {
    const exact = rules === null ? { base: direct, bonus: ZERO } : exactCriterion(direct, targets, rules);
    points = toNumber(add(exact.base, exact.bonus));
    base = toNumber(exact.base);
    bonus = toNumber(exact.bonus);
  }
  const figures = ctx.figures;
  const row = figures.add();
  figures.set(row, POINTS_FIELD, points);
  figures.set(row, BASE_FIELD, base);
  figures.set(row, BONUS_FIELD, bonus);
}

const NO_TARGETS: never[] = [];

/** A criterion worth `points`, all of them base (scored directly, or 0). */
function recordDirect(points: Q, sums: TargetSums, ctx: MemberContext): void {
  sums.base.reset();
  sums.bonus.reset();
  sums.base.addQ(points);
  record(sums, ctx, points, NO_TARGETS, null);
}

/** Sum of the member's targets (sheet order). Missing targets score 0; extra ones are an error. */
export function scoreTargetsCriterion(criterion: CriterionInput, targets: readonly TargetInput[], rules: CriterionRules, ctx: MemberContext, sums: TargetSums): void {
  const need = criterion.targetCount;
  if (targets.length > need) {
    const extra = targets[need];
    ctx.issues.push(targetsTooMany(extra.source.sheet, cellOf(extra.source, "name"), ctx.label, criterion.code, targets.length, need));
  } else if (targets.length < need && ctx.member.participates) {
    ctx.issues.push(targetsMissing(ctx.membersSheet, cellOf(ctx.member.source, "code"), ctx.label, criterion.code, targets.length, need));
  }
  sums.base.reset();
  sums.bonus.reset();
  for (let i = 0; i < targets.length; i++) scoreTarget(targets[i], rules.targets, ctx.label, ctx.issues, sums);
  record(sums, ctx, ZERO, targets, rules.targets);
}

const SCORE_ORDER = ["agreed", "verified", "self"] as const;

/** Which score of a Chấm điểm row counts: agreed, else verified, else self; null without any. */
export function scoreUsed(row: ScoreRow): (typeof SCORE_ORDER)[number] | null {
  return "noScore" in row ? null : (SCORE_ORDER.find((kind) => row[kind] !== null) ?? null);
}

/** The points of a directly scored criterion's row (0 without a score), exactly. */
export function directPoints(row: ScoreRow): Q {
  const used = scoreUsed(row);
  return used === null || "noScore" in row ? ZERO : fromNumber(row[used] as number);
}

/**
 * A directly scored criterion takes the agreed score, else the verified one, else the self-score
 * (never the highest of them). Each present score must lie within 0 … standard points.
 */
export function scoreDirectCriterion(criterion: CriterionInput, rows: readonly ScoreInput[], ctx: MemberContext, sums: TargetSums): void {
  const row: ScoreInput | undefined = rows[0];
  const used = scoreUsed(row ?? NO_SCORE);
  if (used === null) {
    if (ctx.member.participates) {
      const sheet = row ? row.source.sheet : ctx.membersSheet;
      const cell = row ? cellOf(row.source, "self", "code") : cellOf(ctx.member.source, "code");
      ctx.issues.push(scoreMissing(sheet, cell, ctx.label, criterion.code, ctx.scoresSheet));
    }
    recordDirect(ZERO, sums, ctx);
    return;
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
  recordDirect(directPoints(row), sums, ctx);
}

function explainDirect(row: ScoreRow, criterion: CriterionInput): Localized {
  const used = scoreUsed(row);
  return explainDirectCriterion(used, used === null || "noScore" in row ? 0 : (row[used] as number), criterion.standardPoints);
}

/** An alternative group the member filled none of: 0 points, the group's first criterion counts in the max. */
export function scoreAlternativeNone(sums: TargetSums, ctx: MemberContext): void {
  recordDirect(ZERO, sums, ctx);
}
