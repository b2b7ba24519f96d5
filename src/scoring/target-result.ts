import { Q, ZERO, abs, cmp, fromNumber, fromNumberInto, gt, lt, ratio as fraction, scratchQ, sign, sub, toNumber } from "./exact";
import type { Estimate } from "./estimate";
import type { ExactSum } from "./exact-sum";
import { explainTarget, explainTargetsCriterion } from "./explain";
import type { LazySource } from "./lazy-field";
import { LazyTexts } from "./lazy-text";
import { planZero, ratioAbsurd, selfScoreDiffers } from "./messages";
import { completionRatio, type RatioOut } from "./ratio";
import { cellOf } from "./source-cell";
import { TargetPointsOut, targetPoints, type TargetPoints, type TargetScale } from "./target-points";
import type { CriterionInput, DecreaseMethod, Issue, Localized, TargetInput, TargetResult } from "./types";

const ABSURD_HIGH = fraction(10, 1);
const ABSURD_LOW = fraction(1, 10);
/** Self-scores are typed with 2 decimals: a difference up to half a hundredth is rounding, not a disagreement. */
const SELF_SCORE_TOLERANCE = fraction(5, 1000);

/** How one criterion's targets are scored and explained; built once per criterion for the whole bloc. */
export interface TargetRules {
  scale: TargetScale;
  decreaseMethod: DecreaseMethod;
  /** Số chỉ tiêu: missing targets are named in the criterion's explanation. */
  targetCount: number;
  targetTexts: LazyTexts<TargetInput, TargetRules>;
  sumTexts: LazyTexts<TargetList, TargetRules>;
}

/** A member's targets of one criterion, as the row its explanation is built from. */
export interface TargetList {
  targets: readonly TargetInput[];
}

export function targetRules(criterion: CriterionInput, scale: TargetScale, decreaseMethod: DecreaseMethod): TargetRules {
  const rules = { scale, decreaseMethod, targetCount: criterion.targetCount } as TargetRules;
  rules.targetTexts = new LazyTexts(explainScoredTarget, rules);
  rules.sumTexts = new LazyTexts(explainTargetList, rules);
  return rules;
}

/**
 * A criterion's estimated base and bonus: its targets' running sums while it is scored, then what the
 * member's sums take before the next criterion is scored (the member reuses one pair for all).
 */
export interface TargetSums {
  base: Estimate;
  bonus: Estimate;
}

/** Reused by every target (read before the next one is scored): two objects fewer per target. */
const RATIO: RatioOut = { kind: "ratio", r: ZERO, scratch: scratchQ() };
const POINTS = new TargetPointsOut();
/** The target's plan and actual, as exact values only while it is scored (the rules' results never are either). */
const PLAN = scratchQ();
const ACTUAL = scratchQ();

/**
 * Scores one target by the rulebook (completionRatio, then targetPoints), adds its base and bonus to the
 * estimated `sums` and reports its problems. One path for every value: Q keeps small decimals in safe
 * integers and moves to BigInt only when an intermediate overflows. Nothing of the target is kept: its
 * row (ScoredTargets) and, in the rare case a sum needs them, its exact points (exactTargetSums) are
 * computed again by the same rulebook when asked for.
 */
export function scoreTarget(target: TargetInput, rules: TargetRules, member: string, issues: Issue[], sums: TargetSums): void {
  // Not through pointsOf: its wrapper object would be one more allocation per target.
  const actual = fromNumberInto(target.actual, ACTUAL);
  const r = completionRatio(target.direction, target.plan === null ? null : fromNumberInto(target.plan, PLAN), actual, rules.decreaseMethod, RATIO);
  const pts = targetPoints(r, rules.scale, POINTS);
  const sheet = target.source.sheet;
  if (r.kind === "plan-zero") issues.push(planZero(sheet, cellOf(target.source, "plan", "name"), member, target.name, target.direction));
  if (r.kind === "ratio" && isMeasured(target) && sign(actual) > 0 && (gt(r.r, ABSURD_HIGH) || lt(r.r, ABSURD_LOW))) {
    issues.push(ratioAbsurd(sheet, cellOf(target.source, "actual", "name"), member, target.name, toNumber(r.r)));
  }
  if (target.selfScore !== null && r.kind !== "plan-zero") checkSelfScore(target, pts.points, member, issues);
  sums.base.addQ(pts.base);
  sums.bonus.addQ(pts.bonus);
}

/** The exact sums of the targets' bases and bonuses, by the rulebook (when an estimate could not prove a figure). */
export function exactTargetSums(targets: readonly TargetInput[], rules: TargetRules, base: ExactSum, bonus: ExactSum): void {
  for (const target of targets) {
    const { pts } = pointsOf(target, rules);
    base.add(pts.base);
    bonus.add(pts.bonus);
  }
}

function isMeasured(target: TargetInput): boolean {
  return target.direction === "increase" || target.direction === "decrease";
}

function checkSelfScore(target: TargetInput, exactPoints: Q, member: string, issues: Issue[]): void {
  const selfScore = target.selfScore as number;
  if (cmp(abs(sub(fromNumber(selfScore), exactPoints)), SELF_SCORE_TOLERANCE) > 0) {
    issues.push(selfScoreDiffers(target.source.sheet, cellOf(target.source, "selfScore", "name"), member, target.name, selfScore, toNumber(exactPoints)));
  }
}

/**
 * A member's targets of one criterion once scored: their TargetResult rows are made when first read
 * (CriterionResult.targets, see lazy-field.ts), each by the rulebook again. Also the row the criterion's
 * explanation is built from. Like the lazy texts, rows copy the input rows' fields as they are when read:
 * the BlocInput must stay unchanged after scoring (nothing changes it).
 */
export class ScoredTargets implements TargetList, LazySource<TargetResult[]> {
  private rows: TargetResult[] | undefined = undefined;

  constructor(
    readonly targets: readonly TargetInput[],
    private readonly rules: TargetRules,
  ) {}

  value(): TargetResult[] {
    if (this.rows === undefined) {
      const { targets, rules } = this;
      const rows = new Array<TargetResult>(targets.length);
      for (let i = 0; i < targets.length; i++) rows[i] = targetResult(targets[i], rules);
      this.rows = rows;
    }
    return this.rows;
  }

  replace(rows: TargetResult[]): void {
    this.rows = rows;
  }
}

/** The one place a TargetResult is made: every result shares one object shape. */
function targetResult(target: TargetInput, rules: TargetRules): TargetResult {
  const { r, pts } = pointsOf(target, rules);
  return {
    memberCode: target.memberCode,
    criterionCode: target.criterionCode,
    no: target.no,
    name: target.name,
    unit: target.unit,
    direction: target.direction,
    plan: target.plan,
    actual: target.actual,
    ratio: r.kind === "ratio" ? toNumber(r.r) : null,
    base: toNumber(pts.base),
    bonus: toNumber(pts.bonus),
    points: toNumber(pts.points),
    capped: pts.capped,
    selfScore: target.selfScore,
    explanation: rules.targetTexts.of(target),
    source: target.source,
  };
}

/** A target by the rulebook, for its row, its text and exact sums: nothing of it is kept after scoring. */
function pointsOf(target: TargetInput, rules: TargetRules): { plan: Q | null; actual: Q; r: ReturnType<typeof completionRatio>; pts: TargetPoints } {
  const plan = target.plan === null ? null : fromNumber(target.plan);
  const actual = fromNumber(target.actual);
  const r = completionRatio(target.direction, plan, actual, rules.decreaseMethod);
  return { plan, actual, r, pts: targetPoints(r, rules.scale) };
}

function explainScoredTarget(target: TargetInput, rules: TargetRules): Localized {
  const { plan, actual, r, pts } = pointsOf(target, rules);
  return explainTarget({ direction: target.direction, decreaseMethod: rules.decreaseMethod, kind: r.kind, plan, actual, ratio: r.kind === "ratio" ? r.r : null, base: pts.base, bonus: pts.bonus });
}

function explainTargetList(list: TargetList, rules: TargetRules): Localized {
  return explainTargetsCriterion(
    list.targets.map((t) => pointsOf(t, rules).pts.points),
    rules.targetCount,
  );
}
