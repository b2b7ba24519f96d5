import { Q, abs, cmp, fromNumber, gt, lt, ratio as fraction, sign, sub, toNumber } from "./exact";
import { explainTarget } from "./explain";
import { lazyText } from "./lazy-text";
import { planZero, ratioAbsurd, selfScoreDiffers } from "./messages";
import { completionRatio } from "./ratio";
import { cellOf } from "./source-cell";
import { targetPoints, type TargetScale } from "./target-points";
import type { DecreaseMethod, Issue, Localized, TargetInput, TargetResult } from "./types";

const ABSURD_HIGH = fraction(10, 1);
const ABSURD_LOW = fraction(1, 10);
/** Self-scores are typed with 2 decimals: a difference up to half a hundredth is rounding, not a disagreement. */
const SELF_SCORE_TOLERANCE = fraction(5, 1000);

export interface ScoredTarget {
  result: TargetResult;
  base: Q;
  bonus: Q;
  points: Q;
}

/** How a criterion's targets are scored; one object per criterion, shared by its targets' explanations. */
export interface TargetRules {
  scale: TargetScale;
  decreaseMethod: DecreaseMethod;
}

export function scoreTarget(target: TargetInput, rules: TargetRules, member: string, issues: Issue[]): ScoredTarget {
  const { scale, decreaseMethod } = rules;
  const plan = target.plan === null ? null : fromNumber(target.plan);
  const actual = fromNumber(target.actual);
  const r = completionRatio(target.direction, plan, actual, decreaseMethod);
  const pts = targetPoints(r, scale);
  const sheet = target.source.sheet;

  if (r.kind === "plan-zero") issues.push(planZero(sheet, cellOf(target.source, "plan", "name"), member, target.name, target.direction));
  const ratioValue = r.kind === "ratio" ? toNumber(r.r) : null;
  const measured = target.direction === "increase" || target.direction === "decrease";
  if (r.kind === "ratio" && measured && sign(actual) > 0 && (gt(r.r, ABSURD_HIGH) || lt(r.r, ABSURD_LOW))) {
    issues.push(ratioAbsurd(sheet, cellOf(target.source, "actual", "name"), member, target.name, ratioValue as number));
  }
  const points = toNumber(pts.points);
  if (target.selfScore !== null && r.kind !== "plan-zero" && cmp(abs(sub(fromNumber(target.selfScore), pts.points)), SELF_SCORE_TOLERANCE) > 0) {
    issues.push(selfScoreDiffers(sheet, cellOf(target.source, "selfScore", "name"), member, target.name, target.selfScore, points));
  }

  const base = toNumber(pts.base);
  const bonus = toNumber(pts.bonus);
  return {
    base: pts.base,
    bonus: pts.bonus,
    points: pts.points,
    result: {
      memberCode: target.memberCode,
      criterionCode: target.criterionCode,
      no: target.no,
      name: target.name,
      unit: target.unit,
      direction: target.direction,
      plan: target.plan,
      actual: target.actual,
      ratio: ratioValue,
      base,
      bonus,
      points,
      capped: pts.capped,
      selfScore: target.selfScore,
      explanation: lazyText(explainScoredTarget, target, rules),
      source: target.source,
    },
  };
}

/** The explanation is rebuilt from the target itself when first read: nothing exact is kept alive for it. */
function explainScoredTarget(target: TargetInput, rules: TargetRules): Localized {
  const plan = target.plan === null ? null : fromNumber(target.plan);
  const actual = fromNumber(target.actual);
  const r = completionRatio(target.direction, plan, actual, rules.decreaseMethod);
  const pts = targetPoints(r, rules.scale);
  return explainTarget({ direction: target.direction, decreaseMethod: rules.decreaseMethod, kind: r.kind, plan, actual, ratio: r.kind === "ratio" ? r.r : null, base: pts.base, bonus: pts.bonus });
}
