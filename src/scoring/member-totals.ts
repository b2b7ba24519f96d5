import { Q, ZERO, add, div, fromNumber, int, isZero, max, mul, sub, toNumber } from "./exact";
import { cchcReason, sectorReason } from "./explain";
import type { AdjustmentInput, AdjustmentResult, MemberInput, Settings } from "./types";

export interface MemberAdjustments {
  /** CCHC + sector + Cộng lines. */
  bonus: Q;
  /** Σ Trừ lines, a positive magnitude. */
  deduction: Q;
  lines: AdjustmentResult[];
}

/** Member-level bonuses and deductions; `lines` are the member's adjustment rows in sheet order. */
export function memberAdjustments(member: MemberInput, lines: readonly AdjustmentInput[], settings: Settings): MemberAdjustments {
  let bonus = ZERO;
  let deduction = ZERO;
  const results: AdjustmentResult[] = [];
  if (member.cchcEligible && member.cchcRating === "excellent") {
    bonus = add(bonus, fromNumber(settings.cchcBonus));
    results.push({ kind: "cchc", reason: cchcReason(member.cchcRating), count: 1, pointsEach: settings.cchcBonus, points: settings.cchcBonus, source: member.source });
  }
  if (member.sectorRating === "excellent" || member.sectorRating === "good") {
    bonus = add(bonus, fromNumber(settings.sectorBonus));
    results.push({ kind: "sector", reason: sectorReason(member.sectorRating), count: 1, pointsEach: settings.sectorBonus, points: settings.sectorBonus, source: member.source });
  }
  for (const line of lines) {
    const points = mul(fromNumber(line.count), fromNumber(line.pointsEach));
    if (line.kind === "bonus") bonus = add(bonus, points);
    else deduction = add(deduction, points);
    results.push({ kind: line.kind, reason: { vi: line.reason, en: line.reason }, count: line.count, pointsEach: line.pointsEach, points: toNumber(points), source: line.source });
  }
  return { bonus, deduction, lines: results };
}

export interface MemberTotals {
  total: Q;
  max: Q;
  percent: Q;
}

/** total = max(0, Σ criteria + bonus − deduction); percent = total / max × 100 (0 when max is 0). */
export function memberTotals(criteriaPoints: Q, adjustments: Pick<MemberAdjustments, "bonus" | "deduction">, maxPoints: Q): MemberTotals {
  const total = max(ZERO, sub(add(criteriaPoints, adjustments.bonus), adjustments.deduction));
  const percent = isZero(maxPoints) ? ZERO : mul(div(total, maxPoints), int(100));
  return { total, max: maxPoints, percent };
}
