import { Q, ZERO, add, cmp, fromNumber, sign, toNumber } from "./exact";
import { ExactSum } from "./exact-sum";
import { Estimate, certified } from "./estimate";
import { SCORE_KIND_LABEL, explainAlternativeNone, explainDirectCriterion } from "./explain";
import { LazyField, type LazySource } from "./lazy-field";
import { LazyTexts } from "./lazy-text";
import { scoreMissing, scoreOutOfRange, targetsMissing, targetsTooMany } from "./messages";
import { cellOf } from "./source-cell";
import type { NumberColumns } from "./number-columns";
import type { TargetColumns } from "./target-columns";
import { ScoredTargets, scoreTarget, targetRules, type TargetRules, type TargetSums } from "./target-result";
import type { TargetScale } from "./target-points";
import type { CriterionInput, CriterionResult, DecreaseMethod, Issue, Localized, MemberInput, ScoreInput, TargetInput, TargetResult } from "./types";

/**
 * A criterion once scored: its figures, and what its CriterionResult is made from when the member's
 * criteria are first read (CriterionResults): a big bloc has 15,000 criteria, and making their results,
 * texts and row sources while scoring was a third of scoreBloc's time. Also where its exact base and
 * bonus come from should the member's estimated sums not prove a figure (estimate.ts): its targets' exact
 * parts in the target columns, plus `direct` (a directly scored criterion's points, all base; else 0).
 */
export interface ScoredCriterion {
  criterion: CriterionInput;
  rules: CriterionRules;
  /** Its row in the bloc's criterion figures (points, base, bonus). */
  figures: number;
  direct: Q;
  /** A targets criterion's targets (null for the others). */
  targets: ScoredTargets | null;
  /** A directly scored criterion's Chấm điểm row (null without one, and for the others). */
  row: ScoreInput | null;
  scoreUsed: CriterionResult["scoreUsed"];
  /** An alternative group the member filled none of: the group's name (null otherwise). */
  group: string | null;
}

/** The exact base and bonus of a scored criterion, summed again from where scoring kept them. */
export function exactCriterion(sc: ScoredCriterion, columns: TargetColumns): { base: Q; bonus: Q } {
  const base = new ExactSum();
  const bonus = new ExactSum();
  base.add(sc.direct);
  if (sc.targets !== null) {
    columns.addExact(sc.targets.start, sc.targets.targets.length, "base", base);
    columns.addExact(sc.targets.start, sc.targets.targets.length, "bonus", bonus);
  }
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
  /** Where the bloc's criterion figures are kept: points, base, bonus (FIGURE_FIELDS). */
  figures: NumberColumns;
}

/** The criterion figures' columns. */
export const FIGURE_FIELDS = 3;
const POINTS_FIELD = 0;
const BASE_FIELD = 1;
const BONUS_FIELD = 2;

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

/** The points estimate of the criterion being scored (scratch of scoredOf). */
const POINTS = new Estimate();

/**
 * The one place a ScoredCriterion is made (one object shape), with its figures from the estimates in
 * `sums`: each the double nearest its exact value, certified from the estimate or, when that cannot be
 * proved, from the exact sums.
 */
function scoredOf(
  criterion: CriterionInput,
  rules: CriterionRules,
  sums: TargetSums,
  ctx: MemberContext,
  direct: Q,
  targets: ScoredTargets | null,
  row: ScoreInput | null,
  scoreUsed: CriterionResult["scoreUsed"],
  group: string | null,
): ScoredCriterion {
  const figures = ctx.figures.add();
  const scored: ScoredCriterion = { criterion, rules, figures, direct, targets, row, scoreUsed, group };
  POINTS.copy(sums.base);
  POINTS.add(sums.bonus);
  let points = certified(POINTS);
  let base = certified(sums.base);
  let bonus = certified(sums.bonus);
  if (points === undefined || base === undefined || bonus === undefined) {
    const exact = exactCriterion(scored, ctx.columns);
    points = toNumber(add(exact.base, exact.bonus));
    base = toNumber(exact.base);
    bonus = toNumber(exact.bonus);
  }
  ctx.figures.set(figures, POINTS_FIELD, points);
  ctx.figures.set(figures, BASE_FIELD, base);
  ctx.figures.set(figures, BONUS_FIELD, bonus);
  return scored;
}

/** A criterion worth `points`, all of them base (scored directly, or 0). */
function directResult(criterion: CriterionInput, rules: CriterionRules, points: Q, sums: TargetSums, ctx: MemberContext, row: ScoreInput | null, scoreUsed: CriterionResult["scoreUsed"], group: string | null): ScoredCriterion {
  sums.base.reset();
  sums.bonus.reset();
  sums.base.addQ(points);
  return scoredOf(criterion, rules, sums, ctx, points, null, row, scoreUsed, group);
}

/** Sum of the member's targets (sheet order). Missing targets score 0; extra ones are an error. */
export function scoreTargetsCriterion(criterion: CriterionInput, targets: readonly TargetInput[], rules: CriterionRules, ctx: MemberContext, sums: TargetSums): ScoredCriterion {
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
  const scored = new ScoredTargets(targets, rules.targets, columns, columns.size);
  for (let i = 0; i < targets.length; i++) scoreTarget(targets[i], rules.targets, ctx.label, ctx.issues, sums, columns);
  return scoredOf(criterion, rules, sums, ctx, ZERO, scored, null, null, null);
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
    return directResult(criterion, rules, ZERO, sums, ctx, row ?? null, null, null);
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
  return directResult(criterion, rules, points, sums, ctx, row, used, null);
}

function explainDirect(row: ScoreRow, criterion: CriterionInput): Localized {
  const used = scoreUsed(row);
  return explainDirectCriterion(used, used === null || "noScore" in row ? 0 : (row[used] as number), criterion.standardPoints);
}

/** An alternative group the member filled none of: 0 points, the group's first criterion counts in the max. */
export function scoreAlternativeNone(criterion: CriterionInput, rules: CriterionRules, group: string, sums: TargetSums, ctx: MemberContext): ScoredCriterion {
  return directResult(criterion, rules, ZERO, sums, ctx, null, null, group);
}

/** A criterion's target rows, built when first read: see lazy-field.ts. */
const TARGET_ROWS = new LazyField<TargetResult[]>("targets");

/**
 * The one place a CriterionResult is made (no spread: one object shape). Fields are added in the
 * contract's order; the target rows and the explanation are made when read.
 */
function criterionResult(sc: ScoredCriterion, figures: NumberColumns): CriterionResult {
  const { criterion, targets, row, rules } = sc;
  const result = {
    criterionCode: criterion.code,
    section: criterion.section,
    name: criterion.name,
    method: criterion.method,
    standardPoints: criterion.standardPoints,
    points: figures.get(sc.figures, POINTS_FIELD),
    base: figures.get(sc.figures, BASE_FIELD),
    bonus: figures.get(sc.figures, BONUS_FIELD),
    scoreUsed: sc.scoreUsed,
  } as CriterionResult;
  if (targets === null) result.targets = [];
  else TARGET_ROWS.define(result, targets);
  result.explanation = targets !== null ? rules.targets.sumTexts.of(targets) : sc.group !== null ? explainAlternativeNone(sc.group) : rules.directTexts.of(row ?? NO_SCORE);
  result.source = row === null ? null : row.source;
  return result;
}

/** A member's criteria results, made when first read (UnitResult.criteria, see lazy-field.ts). */
export class CriterionResults implements LazySource<CriterionResult[]> {
  private results: CriterionResult[] | undefined = undefined;

  constructor(
    private readonly scored: readonly ScoredCriterion[],
    private readonly figures: NumberColumns,
  ) {}

  value(): CriterionResult[] {
    if (this.results === undefined) {
      const { scored, figures } = this;
      const results = new Array<CriterionResult>(scored.length);
      for (let i = 0; i < scored.length; i++) results[i] = criterionResult(scored[i], figures);
      this.results = results;
    }
    return this.results;
  }

  replace(results: CriterionResult[]): void {
    this.results = results;
  }
}
