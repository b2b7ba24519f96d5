import { Q, ZERO, int, mul, sign, sum as sumOf } from "./exact";
import { formatInput, formatNumber, formatQ, formatQTyped } from "./number-display";
import { messageInBoth, messageWords } from "./vocabulary/message-words";

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
  return { vi: `${b.vi} + ${x.vi}`, en: `${b.en} + ${x.en}` };
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

const EMPTY_PLAN: Localized = { vi: "trống", en: "empty" };

/** "97,85/95 = 103,0 % → 70 + 2,10", "P/A = 10/12 = 83,3 % → 58,33", "Bằng 0: thực hiện 0 → 70", "Đạt → 70". */
export function explainTarget(t: TargetExplanationInput): Localized {
  const result = pointsPart(t.base, t.bonus);
  if (t.kind === "plan-zero") {
    const p = t.plan === null ? EMPTY_PLAN : formatQTyped(t.plan);
    return { vi: `Kế hoạch ${p.vi}: không tính được tỷ lệ → 0`, en: `Plan ${p.en}: no completion ratio → 0` };
  }
  if (t.kind === "full-bonus") return { vi: `P/A: thực hiện 0 → ${result.vi}`, en: `P/A: actual 0 → ${result.en}` };
  switch (t.direction) {
    case "zero": {
      const a = formatQTyped(t.actual);
      return { vi: `Bằng 0: thực hiện ${a.vi} → ${result.vi}`, en: `Zero: actual ${a.en} → ${result.en}` };
    }
    case "pass":
      return t.ratio !== null && sign(t.ratio) > 0 ? { vi: `Đạt → ${result.vi}`, en: `Passed → ${result.en}` } : { vi: `Không đạt → ${result.vi}`, en: `Not passed → ${result.en}` };
    case "increase":
    case "decrease": {
      const a = formatQTyped(t.actual);
      const p = t.plan === null ? EMPTY_PLAN : formatQTyped(t.plan);
      const r = formatQ(mul(t.ratio ?? ZERO, HUNDRED), 1);
      const formula =
        t.direction === "increase"
          ? { vi: `${a.vi}/${p.vi}`, en: `${a.en}/${p.en}` }
          : t.decreaseMethod === "linear"
            ? { vi: `2 − A/P = 2 − ${a.vi}/${p.vi}`, en: `2 − A/P = 2 − ${a.en}/${p.en}` }
            : { vi: `P/A = ${p.vi}/${a.vi}`, en: `P/A = ${p.en}/${a.en}` };
      return { vi: `${formula.vi} = ${r.vi} % → ${result.vi}`, en: `${formula.en} = ${r.en}% → ${result.en}` };
    }
  }
}

/** "5 chỉ tiêu: 73,50 + 77,00 + … = 358,07"; missing targets are named. */
export function explainTargetsCriterion(targetPoints: readonly Q[], required: number): Localized {
  if (targetPoints.length === 0) return { vi: `Chưa có chỉ tiêu (cần ${required}) → 0`, en: `No targets (${required} required) → 0` };
  let vi = "";
  let en = "";
  targetPoints.forEach((p, i) => {
    const text = formatQ(p, 2);
    vi += i === 0 ? text.vi : " + " + text.vi;
    en += i === 0 ? text.en : " + " + text.en;
  });
  const sum = formatQ(sumOf(targetPoints), 2);
  const count = targetPoints.length < required ? `${targetPoints.length}/${required}` : String(targetPoints.length);
  const missing = required - targetPoints.length;
  return {
    vi: `${count} chỉ tiêu: ${vi} = ${sum.vi}${missing > 0 ? ` (thiếu ${missing} chỉ tiêu → 0)` : ""}`,
    en: `${count} targets: ${en} = ${sum.en}${missing > 0 ? ` (${missing} missing → 0)` : ""}`,
  };
}

export const SCORE_KIND_LABEL: Record<"agreed" | "verified" | "self", Localized> = {
  agreed: { vi: "Điểm thống nhất", en: "Agreed score" },
  verified: { vi: "Điểm khối chấm", en: "Verified score" },
  self: { vi: "Điểm tự chấm", en: "Self-score" },
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
  return { vi: `Nhóm thay thế '${group}': chưa có số liệu → 0`, en: `Alternative group '${group}': no data → 0` };
}

export function cchcReason(rating: Rating): Localized {
  return { vi: `Cộng điểm CCHC: xếp loại ${RATING_LABEL[rating].vi}`, en: `Administrative reform bonus: rated ${RATING_LABEL[rating].en}` };
}

export function sectorReason(rating: Rating): Localized {
  return { vi: `Cộng điểm xếp loại ngành: ${RATING_LABEL[rating].vi}`, en: `Sector rating bonus: ${RATING_LABEL[rating].en}` };
}

export const NOTE_NOT_PARTICIPATING: Localized = { vi: "Không tham gia", en: "Not participating" };
export const NOTE_TIED: Localized = { vi: "Đồng hạng — khối bình xét, biểu quyết", en: "Tied — the bloc decides by vote" };

export function noteViolation(effect: ViolationEffect, description: string | null): Localized {
  const what = (lang: Lang) => description?.trim() || messageWords(lang).noDescription;
  switch (effect) {
    case "no-flag":
      return { vi: `Không xét Cờ do vi phạm: ${what("vi")}`, en: `Not considered for the flag because of a violation: ${what("en")}` };
    case "no-award":
      return { vi: `Không khen thưởng do vi phạm: ${what("vi")}`, en: `No award because of a violation: ${what("en")}` };
    case "rank-last":
      return { vi: `Xếp cuối do vi phạm: ${what("vi")}`, en: `Ranked last because of a violation: ${what("en")}` };
  }
}

export type TieBreaker = "section" | "base" | "deduction";

const BREAKER_LABEL: Record<TieBreaker, Localized> = {
  section: { vi: "điểm Nội dung I", en: "Section I points" },
  base: { vi: "điểm gốc (không tính điểm thưởng chỉ tiêu)", en: "base points (target bonuses excluded)" },
  deduction: { vi: "điểm trừ", en: "deductions" },
};

/**
 * Why a member sits above or below a neighbour with the same percent. `mine`/`theirs` are the values
 * of the tie-breaker that decided, `position` is this member's place relative to the neighbour.
 */
export function explainTieBreak(breaker: TieBreaker, position: "above" | "below", neighbour: string, mine: number, theirs: number, firstSection: string): Localized {
  const label = breaker === "section" ? { vi: `điểm Nội dung ${firstSection}`, en: `Section ${firstSection} points` } : BREAKER_LABEL[breaker];
  const higher = mine > theirs;
  return messageInBoth((m, lang) =>
    m.tieBreak({ neighbour, above: position === "above", breaker: label[lang], higher, mine: formatNumber(mine, lang, 2), theirs: formatNumber(theirs, lang, 2) }),
  );
}

export function explainRankLast(neighbour: string): Localized {
  return { vi: `Xếp dưới ${neighbour} do vi phạm (Xếp cuối)`, en: `Placed below ${neighbour} because of a violation (ranked last)` };
}
