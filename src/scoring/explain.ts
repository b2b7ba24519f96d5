import { Q, ZERO, int, mul, sign, sum as sumOf } from "./exact";
import { formatInput, formatNumber, formatQ, formatQTyped } from "./number-display";
import { messageInBoth, messageWords, type MessageVocabulary } from "./vocabulary/message-words";

const HUNDRED = int(100);
import { RATING_LABEL } from "./labels";
import type { Direction, Lang, Localized, Rating, ViolationEffect } from "./types";

/** Short "how it was computed" texts for the Chi tiết điểm sheet and the task pane. */

/** Points: whole numbers bare ("70"), others with 2 decimals ("58,33"). */
function points(value: Q): Localized {
  return formatQ(value, value.bn === null && value.d === 1 ? 0 : 2);
}

function pointsPart(base: Q, bonus: Q): Localized {
  const b = points(base);
  if (sign(bonus) <= 0) return b;
  const x = formatQ(bonus, 2);
  return messageInBoth((_m, lang) => `${b[lang]} + ${x[lang]}`);
}

/** Exact values of one scored target; `ratio` null unless kind is "ratio". */
export interface TargetExplanationInput {
  direction: Direction;
  decreaseMethod: "inverse" | "linear";
  kind: "ratio" | "full-bonus" | "plan-zero";
  plan: Q | null;
  actual: Q;
  ratio: Q | null;
  base: Q;
  bonus: Q;
}

const EMPTY_PLAN: Localized = messageInBoth((m) => m.explain.emptyPlan);

/** "97,85/95 = 103,0 % → 70 + 2,10", "P/A = 10/12 = 83,3 % → 58,33", "Bằng 0: thực hiện 0 → 70", "Đạt → 70". */
export function explainTarget(t: TargetExplanationInput): Localized {
  const result = pointsPart(t.base, t.bonus);
  if (t.kind === "plan-zero") {
    const p = t.plan === null ? EMPTY_PLAN : formatQTyped(t.plan);
    return messageInBoth((m, lang) => m.explain.planZero({ plan: p[lang] }));
  }
  if (t.kind === "full-bonus") return messageInBoth((m, lang) => m.explain.fullBonus({ result: result[lang] }));
  switch (t.direction) {
    case "zero": {
      const a = formatQTyped(t.actual);
      return messageInBoth((m, lang) => m.explain.zero({ actual: a[lang], result: result[lang] }));
    }
    case "pass": {
      const passed = t.ratio !== null && sign(t.ratio) > 0;
      return messageInBoth((m, lang) => (passed ? m.explain.passed : m.explain.notPassed)({ result: result[lang] }));
    }
    case "increase":
    case "decrease": {
      const a = formatQTyped(t.actual);
      const p = t.plan === null ? EMPTY_PLAN : formatQTyped(t.plan);
      const r = formatQ(mul(t.ratio ?? ZERO, HUNDRED), 1);
      // Formulas, not words: the same in both languages but for the numbers' separators.
      const formula = (lang: Lang) =>
        t.direction === "increase"
          ? `${a[lang]}/${p[lang]}`
          : t.decreaseMethod === "linear"
            ? `2 − A/P = 2 − ${a[lang]}/${p[lang]}`
            : `P/A = ${p[lang]}/${a[lang]}`;
      return messageInBoth((m, lang) => m.explain.ratio({ formula: formula(lang), ratio: r[lang], result: result[lang] }));
    }
  }
}

/** "5 chỉ tiêu: 73,50 + 77,00 + … = 358,07"; missing targets are named. */
export function explainTargetsCriterion(targetPoints: readonly Q[], required: number): Localized {
  if (targetPoints.length === 0) return messageInBoth((m) => m.explain.noTargets({ required }));
  const terms = targetPoints.map((p) => formatQ(p, 2));
  const sum = formatQ(sumOf(targetPoints), 2);
  const count = targetPoints.length < required ? `${targetPoints.length}/${required}` : String(targetPoints.length);
  const missing = required - targetPoints.length;
  return messageInBoth((m, lang) => m.explain.targetsSum({ count, terms: terms.map((term) => term[lang]).join(" + "), sum: sum[lang], missing }));
}

export const SCORE_KIND_LABEL: Record<"agreed" | "verified" | "self", Localized> = {
  agreed: messageInBoth((m) => m.explain.scoreKind.agreed),
  verified: messageInBoth((m) => m.explain.scoreKind.verified),
  self: messageInBoth((m) => m.explain.scoreKind.self),
};

/** "Điểm thống nhất 18 / 20"; without a score "Chưa có điểm → 0 / 20". */
export function explainDirectCriterion(used: "agreed" | "verified" | "self" | null, score: number, standard: number): Localized {
  const build = (lang: Lang) => {
    const std = formatInput(standard, lang);
    if (used === null) return messageWords(lang).noScore({ standard: std });
    return `${SCORE_KIND_LABEL[used][lang]} ${formatInput(score, lang)} / ${std}`;
  };
  return { vi: build("vi"), en: build("en") };
}

export function explainAlternativeNone(group: string): Localized {
  return messageInBoth((m) => m.explain.alternativeNone({ group }));
}

export function cchcReason(rating: Rating): Localized {
  return messageInBoth((m, lang) => m.explain.cchcReason({ rating: RATING_LABEL[rating][lang] }));
}

export function sectorReason(rating: Rating): Localized {
  return messageInBoth((m, lang) => m.explain.sectorReason({ rating: RATING_LABEL[rating][lang] }));
}

export const NOTE_NOT_PARTICIPATING: Localized = messageInBoth((m) => m.explain.notParticipating);
export const NOTE_TIED: Localized = messageInBoth((m) => m.explain.tiedNote);

export function noteViolation(effect: ViolationEffect, description: string | null): Localized {
  return messageInBoth((m) => m.explain.violation[effect]({ what: description?.trim() || m.noDescription }));
}

export type TieBreaker = "section" | "base" | "deduction";


/**
 * Why a member sits above or below a neighbour with the same percent. `mine`/`theirs` are the values
 * of the tie-breaker that decided, `position` is this member's place relative to the neighbour.
 */
export function explainTieBreak(breaker: TieBreaker, position: "above" | "below", neighbour: string, mine: number, theirs: number, firstSection: string): Localized {
  const label = (m: MessageVocabulary) =>
    breaker === "section" ? m.explain.breakerSection({ section: firstSection }) : breaker === "base" ? m.explain.breakerBase : m.explain.breakerDeduction;
  const higher = mine > theirs;
  return messageInBoth((m, lang) =>
    m.tieBreak({ neighbour, above: position === "above", breaker: label(m), higher, mine: formatNumber(mine, lang, 2), theirs: formatNumber(theirs, lang, 2) }),
  );
}

export function explainRankLast(neighbour: string): Localized {
  return messageInBoth((m) => m.explain.rankLast({ neighbour }));
}
