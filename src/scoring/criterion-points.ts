import { Q, ZERO, add, cmp, fromNumber, sign, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { Estimate, certified } from "./estimate";
import { SCORE_KIND_LABEL, explainAlternativeNone, explainDirectCriterion } from "./explain";
import { LazyField } from "./lazy-field";
import { LazyTexts } from "./lazy-text";
import { scoreMissing, scoreOutOfRange, targetsMissing, targetsTooMany } from "./messages";
import { cellOf } from "./source-cell";
import type { TargetColumns } from "./target-columns";
import { ScoredTargets, scoreTarget, targetRules, type TargetRules, type TargetSums } from "./target-result";
import type { TargetScale } from "./target-points";
import type { CriterionInput, CriterionResult, DecreaseMethod, Issue, Localized, MemberInput, ScoreInput, SourceRef, TargetInput, TargetResult } from "./types";

/**
 * A criterion once scored: its result, and where its exact base and bonus come from when the member's
 * estimated sums cannot prove a figure (see estimate.ts): the bloc's target columns from `start` for
 * `count` targets, plus `direct` (a directly scored criterion's points, all base; 0 otherwise).
 */
export interface ScoredCriterion {
  criterion: CriterionInput;
  result: CriterionResult;
  start: number;
  count: number;
  direct: Q;
}

/** The exact base and bonus of a scored criterion, summed again from where scoring kept them. */
export function exactCriterion(sc: ScoredCriterion, columns: TargetColumns): { base: Q; bonus: Q } {
  const base = new ExactSum();
  const bonus = new ExactSum();
  base.add(sc.direct);
  columns.addExact(sc.start, sc.count, "base", base);
  columns.addExact(sc.start, sc.count, "bonus", bonus);
  return { base: base.value(), bonus: bonus.value() };
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

/** The points estimate of the criterion being made (scratch of resultOf). */
const POINTS = new Estimate();

/**
 * The one place a ScoredCriterion is made (no spread: one object shape, no intermediate object), from
 * the estimates in `sums`. Fields are added in the contract's order; `targets` null means the criterion
 * has no target rows ([]). Each figure is the double nearest its exact value: certified from the estimate,
 * or, when that cannot be proved, from the exact sums.
 */
function resultOf(
  criterion: CriterionInput,
  sums: TargetSums,
  exact: Pick<ScoredCriterion, "start" | "count" | "direct">,
  columns: TargetColumns,
  scoreUsed: CriterionResult["scoreUsed"],
  targets: ScoredTargets | null,
  explanation: Localized,
  source: SourceRef | null,
): ScoredCriterion {
  POINTS.copy(sums.base);
  POINTS.add(sums.bonus);
  const scored: ScoredCriterion = { criterion, result: undefined as unknown as CriterionResult, start: exact.start, count: exact.count, direct: exact.direct };
  let points = certified(POINTS);
  let base = certified(sums.base);
  let bonus = certified(sums.bonus);
  if (points === undefined || base === undefined || bonus === undefined) {
    const sums = exactCriterion(scored, columns);
    points = toNumber(add(sums.base, sums.bonus));
    base = toNumber(sums.base);
    bonus = toNumber(sums.bonus);
  }
  const result = {
    criterionCode: criterion.code,
    section: criterion.section,
    name: criterion.name,
    method: criterion.method,
    standardPoints: criterion.standardPoints,
    points,
    base,
    bonus,
    scoreUsed,
  } as CriterionResult;
  if (targets === null) result.targets = [];
  else TARGET_ROWS.define(result, targets);
  result.explanation = explanation;
  result.source = source;
  scored.result = result;
  return scored;
}

const NOTHING = { start: 0, count: 0, direct: ZERO };
/** Where the criterion being made keeps its exact figures (scratch of the score…Criterion functions). */
const EXACT: Pick<ScoredCriterion, "start" | "count" | "direct"> = { start: 0, count: 0, direct: ZERO };

function exactAt(start: number, count: number, direct: Q): Pick<ScoredCriterion, "start" | "count" | "direct"> {
  EXACT.start = start;
  EXACT.count = count;
  EXACT.direct = direct;
  return EXACT;
}

/** A criterion worth `points`, all of them base (scored directly, or 0). */
function directResult(criterion: CriterionInput, points: Q, sums: TargetSums, ctx: MemberContext, scoreUsed: CriterionResult["scoreUsed"], explanation: Localized, source: SourceRef | null): ScoredCriterion {
  sums.base.reset();
  sums.bonus.reset();
  sums.base.addQ(points);
  return resultOf(criterion, sums, points === ZERO ? NOTHING : exactAt(0, 0, points), ctx.columns, scoreUsed, null, explanation, source);
}

/** Sum of the member's targets (sheet order). Missing targets score 0; extra ones are an error. */
export function scoreTargetsCriterion(criterion: CriterionInput, targets: readonly TargetInput[], rules: TargetRules, ctx: MemberContext, sums: TargetSums): ScoredCriterion {
  const need = criterion.targetCount;
  if (targets.length > need) {
    const extra = targets[need];
    ctx.issues.push(targetsTooMany(extra.source.sheet, cellOf(extra.source, "name"), ctx.label, criterion.code, targets.length, need));
  } else if (targets.length < need && ctx.member.participates) {
    ctx.issues.push(targetsMissing(ctx.membersSheet, cellOf(ctx.member.source, "code"), ctx.label, criterion.code, targets.length, need));
  }
  sums.base.reset();
  sums.bonus.reset();
  const columns = ctx.columns;
  const start = columns.size;
  const scored = new ScoredTargets(targets, rules, columns, start);
  for (let i = 0; i < targets.length; i++) scoreTarget(targets[i], rules, ctx.label, ctx.issues, sums, columns);
  return resultOf(criterion, sums, exactAt(start, targets.length, ZERO), columns, null, scored, rules.sumTexts.of(scored), null);
}

const SCORE_ORDER = ["agreed", "verified", "self"] as const;

function scoreUsed(row: ScoreRow): (typeof SCORE_ORDER)[number] | null {
  return "noScore" in row ? null : (SCORE_ORDER.find((kind) => row[kind] !== null) ?? null);
}

/**
 * A directly scored criterion takes the agreed score, else the verified one, else the self-score
 * (never the highest of them). Each present score must lie within 0 … standard points.
 */
export function scoreDirectCriterion(criterion: CriterionInput, rows: readonly ScoreInput[], rules: CriterionRules, ctx: MemberContext, sums: TargetSums): ScoredCriterion {
  const row: ScoreInput | undefined = rows[0];
  const used = scoreUsed(row ?? NO_SCORE);
  if (used === null) {
    if (ctx.member.participates) {
      const sheet = row ? row.source.sheet : ctx.membersSheet;
      const cell = row ? cellOf(row.source, "self", "code") : cellOf(ctx.member.source, "code");
      ctx.issues.push(scoreMissing(sheet, cell, ctx.label, criterion.code, ctx.scoresSheet));
    }
    return directResult(criterion, ZERO, sums, ctx, null, rules.directTexts.of(row ?? NO_SCORE), row?.source ?? null);
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
  return directResult(criterion, points, sums, ctx, used, rules.directTexts.of(row), row.source);
}

function explainDirect(row: ScoreRow, criterion: CriterionInput): Localized {
  const used = scoreUsed(row);
  return explainDirectCriterion(used, used === null || "noScore" in row ? 0 : (row[used] as number), criterion.standardPoints);
}

/** An alternative group the member filled none of: 0 points, the group's first criterion counts in the max. */
export function scoreAlternativeNone(criterion: CriterionInput, group: string, sums: TargetSums, ctx: MemberContext): ScoredCriterion {
  return directResult(criterion, ZERO, sums, ctx, null, explainAlternativeNone(group), null);
}
