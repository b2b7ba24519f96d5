import { both } from "./format";
import { formatInput, formatNumber } from "./number-display";
import { words } from "./vocabulary/words";
import { DIRECTION_LABEL, GRADE_LABEL } from "./labels";
import type { BlocInput, BlocResult, CriterionInput, DecreaseMethod, Direction, Grade, Lang, Localized, Settings, TargetResult, UnitResult } from "./types";

/**
 * "What it takes": for each ranked member, the points it needs to pass the member directly above and to
 * reach the next grade band, and which actual value on one target alone would deliver them. Answers the
 * question every unit asks at the meeting ("how far were we?") from the same formula the ranking uses.
 */

/** The member directly above in rank order and the gap to it, in percent terms (maxima may differ). */
export interface PassAboveGap {
  code: string;
  name: string;
  rank: number | null;
  percent: number;
  /** Points to add: passing needs strictly more than this. 0 when the percents are equal. */
  points: number;
  /** Equal percent: placed by a tie-breaker (or tied); any positive amount passes. */
  equalPercent: boolean;
  /** Same rank (đồng hạng): without more points the khối decides by vote. */
  tied: boolean;
  /** This member is ranked last for a violation (Xếp cuối) and the one above is not: points cannot change the order. */
  blockedByRankLast: boolean;
}

export interface GradeGap {
  grade: Grade;
  /** Threshold in percent. */
  threshold: number;
  /** Points to add to reach the threshold (reaching it is enough). */
  points: number;
}

/** reachable: actualNeeded is set; capped: the target already gives its maximum; insufficient: its maximum is not enough. */
export type TargetGapStatus = "reachable" | "capped" | "insufficient" | "not-computable";

export interface TargetGap {
  criterionCode: string;
  no: string | null;
  name: string;
  direction: Direction;
  plan: number | null;
  actual: number;
  currentPoints: number;
  /** The most this target can score under the formula and its direction. */
  maxPoints: number;
  /** Points this target would have to add. */
  extraPoints: number;
  status: TargetGapStatus;
  /**
   * The actual at which exactly extraPoints are added. For the pass-above goal the actual must go strictly
   * beyond it (above for Tăng, below for Giảm). For Bằng 0 / Đạt: 0 / 1 (the only possible change).
   */
  actualNeeded: number | null;
  line: Localized;
}

export interface MemberGap {
  code: string;
  name: string;
  rank: number | null;
  /** null for the first member (nobody above). */
  above: PassAboveGap | null;
  /** null when already in the top band. */
  nextGrade: GradeGap | null;
  /** What the target lines aim at: passing the member above, else the next grade band, else nothing. */
  targetGoal: "pass-above" | "next-grade" | null;
  targets: TargetGap[];
  /** Every line for the task pane, in reading order. */
  lines: Localized[];
}

const EPSILON = 1e-9;

export function whatItTakes(input: BlocInput, result: BlocResult): Map<string, MemberGap> {
  const gaps = new Map<string, MemberGap>();
  if (result.blocked) return gaps;
  const ranked = result.units.filter((u) => u.rank !== null);
  ranked.forEach((unit, index) => {
    gaps.set(unit.code, memberGap(input, result.settings, unit, index > 0 ? ranked[index - 1] : null));
  });
  return gaps;
}

function memberGap(input: BlocInput, settings: Settings, unit: UnitResult, aboveUnit: UnitResult | null): MemberGap {
  const above = aboveUnit ? passAboveGap(unit, aboveUnit) : null;
  const nextGrade = nextGradeGap(unit, settings);
  const lines: Localized[] = [above ? aboveLine(above) : both((l) => words(l).gap.rankedFirst)];
  lines.push(nextGrade ? gradeLine(nextGrade, unit.max) : both((l) => words(l).gap.topBand({ grade: GRADE_LABEL.excellent[l] })));

  let targetGoal: MemberGap["targetGoal"] = null;
  let targets: TargetGap[] = [];
  const deficit = Math.max(0, -rawTotal(unit));
  if (above && !above.blockedByRankLast) {
    targetGoal = "pass-above";
    targets = targetGaps(input, settings, unit, above.points + deficit, true);
    lines.push(both((l) => goalHeader(l, above.name, above.points, true)));
  } else if (nextGrade) {
    targetGoal = "next-grade";
    targets = targetGaps(input, settings, unit, nextGrade.points + deficit, false);
    lines.push(both((l) => goalHeader(l, GRADE_LABEL[nextGrade.grade][l], nextGrade.points, false)));
  }
  if (targetGoal && targets.length === 0) {
    lines.push(both((l) => words(l).gap.noTargets));
  }
  lines.push(...targets.map((t) => t.line));
  return { code: unit.code, name: unit.name, rank: unit.rank, above, nextGrade, targetGoal, targets, lines };
}

/** Total before the max(0, …) clamp: when deductions exceed the points, the first points only fill the hole. */
function rawTotal(unit: UnitResult): number {
  return unit.base + unit.targetBonus + unit.bonus - unit.deduction;
}

function isRankLast(unit: UnitResult): boolean {
  return unit.violations.some((v) => v.effect === "rank-last");
}

function passAboveGap(unit: UnitResult, above: UnitResult): PassAboveGap {
  const tied = above.rank !== null && above.rank === unit.rank;
  const blockedByRankLast = isRankLast(unit) && !isRankLast(above);
  // percentAbove × max / 100 − total, written so that equal maxima subtract totals directly (no rounding noise).
  const target = above.max === unit.max ? above.total : (above.total * unit.max) / above.max;
  const raw = target - unit.total;
  // Not unit.tieBreak: it may describe the neighbour below. Totals of equal exact values are equal floats.
  const equalPercent = tied || Math.abs(raw) <= EPSILON * Math.max(1, Math.abs(target));
  return {
    code: above.code,
    name: above.name,
    rank: above.rank,
    percent: above.percent,
    points: equalPercent ? 0 : Math.max(0, raw),
    equalPercent,
    tied,
    blockedByRankLast,
  };
}

function nextGradeGap(unit: UnitResult, settings: Settings): GradeGap | null {
  const bands: { grade: Grade; threshold: number }[] = [
    { grade: "excellent", threshold: settings.excellentThreshold },
    { grade: "good", threshold: settings.goodThreshold },
    { grade: "pass", threshold: settings.passThreshold },
  ];
  // The closest band whose threshold lies above the member's percent (bands are checked from the lowest).
  const next = [...bands].reverse().find((b) => unit.percent < b.threshold);
  if (!next || unit.max <= 0) return null;
  return { grade: next.grade, threshold: next.threshold, points: (next.threshold * unit.max) / 100 - unit.total };
}

function pts(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

function aboveLine(gap: PassAboveGap): Localized {
  const rank = gap.rank === null ? "–" : String(gap.rank);
  if (gap.blockedByRankLast) {
    return both((l) => words(l).gap.rankLast({ name: gap.name }));
  }
  if (gap.tied) {
    return both((l) => words(l).gap.tied({ rank, name: gap.name }));
  }
  if (gap.equalPercent) {
    return both((l) => words(l).gap.equalPercent({ rank, name: gap.name }));
  }
  return both((l) => words(l).gap.passAbove({ points: pts(gap.points, l), name: gap.name, rank, percent: pts(gap.percent, l) }));
}

function gradeLine(gap: GradeGap, max: number): Localized {
  const pointsAt = (gap.threshold * max) / 100;
  return both((l) =>
    words(l).gap.nextGrade({ points: pts(gap.points, l), grade: GRADE_LABEL[gap.grade][l], threshold: formatInput(gap.threshold, l), pointsAt: pts(pointsAt, l) }),
  );
}

function goalHeader(lang: Lang, goal: string, points: number, strict: boolean): string {
  const w = words(lang).gap;
  if (!strict) return w.goalReach({ goal, points: pts(points, lang) });
  return points > 0 ? w.goalPass({ goal, points: pts(points, lang) }) : w.goalPassAny({ goal });
}

/** The per-target parameters of the formula: B, C, k and the Giảm variant. */
interface TargetRule {
  points: number;
  cap: number;
  slope: number;
  decrease: DecreaseMethod;
}

function ruleFor(criterion: CriterionInput | undefined, settings: Settings): TargetRule {
  return {
    points: criterion?.pointsPerTarget ?? settings.pointsPerTarget,
    cap: criterion?.bonusCapPerTarget ?? settings.bonusCapPerTarget,
    slope: settings.bonusSlope,
    decrease: settings.decreaseMethod,
  };
}

/** base B·min(r,1) + bonus min(C, B·k·max(r−1, 0)), the formula of domain.md. */
function pointsForRatio(r: number, rule: TargetRule): number {
  return rule.points * Math.min(r, 1) + Math.min(rule.cap, rule.points * rule.slope * Math.max(r - 1, 0));
}

/** Inverse of pointsForRatio on its rising part; null when q is beyond what any ratio gives. */
function ratioForPoints(q: number, rule: TargetRule): number | null {
  if (rule.points <= 0) return null;
  if (q <= rule.points) return Math.max(0, q) / rule.points;
  if (rule.slope <= 0 || q - rule.points > rule.cap + EPSILON) return null;
  return 1 + (q - rule.points) / (rule.points * rule.slope);
}

function maxPointsFor(direction: Direction, rule: TargetRule): number {
  if (direction === "zero" || direction === "pass") return rule.points;
  // Linear Giảm: r = 2 − A/P tops out at 2 (A = 0); Tăng and inverse Giảm can reach any ratio.
  if (direction === "decrease" && rule.decrease === "linear") return pointsForRatio(2, rule);
  return pointsForRatio(Number.POSITIVE_INFINITY, rule);
}

function memberTargets(unit: UnitResult): TargetResult[] {
  return unit.criteria.filter((c) => c.method === "targets").flatMap((c) => c.targets);
}

function targetGaps(input: BlocInput, settings: Settings, unit: UnitResult, extra: number, strict: boolean): TargetGap[] {
  const criteria = new Map(input.criteria.map((c) => [c.code, c]));
  return memberTargets(unit).map((t) => targetGap(t, ruleFor(criteria.get(t.criterionCode), settings), extra, strict));
}

function targetGap(t: TargetResult, rule: TargetRule, extra: number, strict: boolean): TargetGap {
  const maxPoints = maxPointsFor(t.direction, rule);
  const base = { criterionCode: t.criterionCode, no: t.no, name: t.name, direction: t.direction, plan: t.plan, actual: t.actual, currentPoints: t.points, maxPoints, extraPoints: extra };
  const label = both((l) => targetLabel(t, l));
  const room = maxPoints - t.points;
  const make = (status: TargetGapStatus, actualNeeded: number | null, text: (l: Lang) => string): TargetGap => ({
    ...base,
    status,
    actualNeeded,
    line: both((l) => `${label[l]}: ${text(l)}`),
  });

  if (room <= EPSILON) {
    return make("capped", null, (l) => (t.direction === "zero" || t.direction === "pass" ? words(l).gap.cappedNoBonus : words(l).gap.capped));
  }
  // Passing needs strictly more than `extra`; a grade threshold only needs to be reached.
  const enough = strict ? room > extra + EPSILON : room >= extra - EPSILON;
  if (t.direction === "zero" || t.direction === "pass") {
    if (!enough) return insufficient(make, room);
    return make("reachable", t.direction === "zero" ? 0 : 1, (l) => (t.direction === "zero" ? words(l).gap.bringToZero : words(l).gap.meetTarget)({ points: pts(room, l) }));
  }
  if (!enough) return insufficient(make, room);
  const r = ratioForPoints(t.points + extra, rule);
  const needed = r === null ? null : actualForRatio(t, r, rule);
  if (needed === null) {
    return make("not-computable", null, (l) => words(l).gap.notComputable);
  }
  return make("reachable", needed, (l) => reachableText(t.direction, needed, strict, l));
}

function insufficient(make: (s: TargetGapStatus, a: number | null, text: (l: Lang) => string) => TargetGap, room: number): TargetGap {
  return make("insufficient", null, (l) => words(l).gap.insufficient({ points: pts(room, l) }));
}

function actualForRatio(t: TargetResult, r: number, rule: TargetRule): number | null {
  const plan = t.plan;
  if (plan === null || !(plan > 0)) return null;
  if (t.direction === "increase") return r * plan;
  if (rule.decrease === "linear") return Math.max(0, plan * (2 - r));
  // Inverse Giảm: r = P/A; r = 0 would need an infinite actual and never arises here (extra > 0 or room > 0).
  return r > 0 ? plan / r : null;
}

function reachableText(direction: Direction, needed: number, strict: boolean, lang: Lang): string {
  const value = formatInput(round2(needed), lang);
  const w = words(lang).gap;
  if (direction === "increase") return (strict ? w.actualAbove : w.actualAtLeast)({ value });
  return (strict ? w.actualBelow : w.actualAtMost)({ value });
}

function targetLabel(t: TargetResult, lang: Lang): string {
  const plan = t.plan === null ? "–" : formatInput(t.plan, lang);
  const dir = DIRECTION_LABEL[t.direction][lang];
  const no = t.no ? ` ${t.no}` : "";
  if (t.direction === "pass") {
    const met = t.actual >= 1 ? words(lang).gap.met : words(lang).gap.notMet;
    return words(lang).gap.passTarget({ no, name: t.name, direction: dir, met, points: pts(t.points, lang) });
  }
  return words(lang).gap.target({ no, name: t.name, direction: dir, plan, actual: formatInput(t.actual, lang), points: pts(t.points, lang) });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
