import { formatInput, formatNumber } from "./format";
import { RATING_LABEL } from "./labels";
import type { Direction, Lang, Localized, Rating, ViolationEffect } from "./types";

/** Short "how it was computed" texts for the Chi tiết điểm sheet and the task pane. */

/**
 * A Localized built on first read. Number formatting of 60,000 target texts in two languages costs
 * several times the scoring itself, and most readers (ranking, JSON) never look at them. The getters
 * are own and enumerable, so JSON.stringify, spread and structuredClone still see plain strings.
 */
export function lazyLocalized(build: (lang: Lang) => string): Localized {
  let vi: string | undefined;
  let en: string | undefined;
  return {
    get vi() {
      return (vi ??= build("vi"));
    },
    get en() {
      return (en ??= build("en"));
    },
  };
}

/** Points: whole numbers bare ("70"), others with 2 decimals ("58,33"). */
function points(value: number, lang: Lang): string {
  return Number.isInteger(value) ? formatNumber(value, lang, 0) : formatNumber(value, lang, 2);
}

function percent(ratio: number, lang: Lang): string {
  return formatNumber(ratio * 100, lang, 1) + (lang === "vi" ? " %" : "%");
}

function pointsPart(base: number, bonus: number, lang: Lang): string {
  return bonus > 0 ? `${points(base, lang)} + ${formatNumber(bonus, lang, 2)}` : points(base, lang);
}

export interface TargetExplanationInput {
  direction: Direction;
  decreaseMethod: "inverse" | "linear";
  /** "ratio": r computed; "full-bonus": Giảm with actual 0; "plan-zero": no ratio. */
  kind: "ratio" | "full-bonus" | "plan-zero";
  plan: number | null;
  actual: number;
  ratio: number | null;
  base: number;
  bonus: number;
}

export function explainTarget(t: TargetExplanationInput): Localized {
  return lazyLocalized((lang) => targetText(t, lang));
}

function targetText(t: TargetExplanationInput, lang: Lang): string {
  const vi = lang === "vi";
  const a = formatInput(t.actual, lang);
  const p = t.plan === null ? (vi ? "trống" : "empty") : formatInput(t.plan, lang);
  const result = pointsPart(t.base, t.bonus, lang);
  if (t.kind === "plan-zero") return vi ? `Kế hoạch ${p}: không tính được tỷ lệ → 0` : `Plan ${p}: no completion ratio → 0`;
  if (t.kind === "full-bonus") return vi ? `P/A: thực hiện 0 → ${result}` : `P/A: actual 0 → ${result}`;
  const r = percent(t.ratio ?? 0, lang);
  switch (t.direction) {
    case "increase":
      return `${a}/${p} = ${r} → ${result}`;
    case "decrease":
      return t.decreaseMethod === "linear" ? `2 − A/P = 2 − ${a}/${p} = ${r} → ${result}` : `P/A = ${p}/${a} = ${r} → ${result}`;
    case "zero":
      return vi ? `Bằng 0: thực hiện ${a} → ${result}` : `Zero: actual ${a} → ${result}`;
    case "pass":
      if (t.ratio !== null && t.ratio > 0) return vi ? `Đạt → ${result}` : `Passed → ${result}`;
      return vi ? `Không đạt → ${result}` : `Not passed → ${result}`;
  }
}

/** "5 chỉ tiêu: 73,50 + 77,00 + … = 358,07"; missing targets are named. */
export function explainTargetsCriterion(targetPoints: number[], required: number, total: number): Localized {
  const build = (lang: Lang) => {
    const vi = lang === "vi";
    if (targetPoints.length === 0) return vi ? `Chưa có chỉ tiêu (cần ${required}) → 0` : `No targets (${required} required) → 0`;
    const terms = targetPoints.map((p) => formatNumber(p, lang, 2)).join(" + ");
    const count = targetPoints.length < required ? `${targetPoints.length}/${required}` : String(targetPoints.length);
    const missing = required - targetPoints.length;
    const tail = missing > 0 ? (vi ? ` (thiếu ${missing} chỉ tiêu → 0)` : ` (${missing} missing → 0)`) : "";
    return `${count} ${vi ? "chỉ tiêu" : "targets"}: ${terms} = ${formatNumber(total, lang, 2)}${tail}`;
  };
  return lazyLocalized(build);
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
    if (used === null) return lang === "vi" ? `Chưa có điểm → 0 / ${std}` : `No score → 0 / ${std}`;
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

export function noteNeedsVote(slots: number, members: number): Localized {
  return {
    vi: `Cần bình xét: ${slots} suất cho ${members} đơn vị đồng hạng`,
    en: `Needs the bloc's vote: ${slots} place${slots === 1 ? "" : "s"} for ${members} tied members`,
  };
}

export function noteViolation(effect: ViolationEffect, description: string | null): Localized {
  const what = (lang: Lang) => description?.trim() || (lang === "vi" ? "(không ghi nội dung)" : "(no description)");
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
  const build = (lang: Lang) => {
    const vi = lang === "vi";
    const where = position === "above" ? (vi ? "xếp trên" : "placed above") : vi ? "xếp dưới" : "placed below";
    const cmpWord = vi ? (higher ? "cao hơn" : "thấp hơn") : higher ? "higher" : "lower";
    const values = `${formatNumber(mine, lang, 2)} ${vi ? "so với" : "vs"} ${formatNumber(theirs, lang, 2)}`;
    return vi
      ? `Bằng tỷ lệ % với ${neighbour}; ${where} do ${label.vi} ${cmpWord} (${values})`
      : `Same percent as ${neighbour}; ${where} on ${label.en}: ${cmpWord} (${values})`;
  };
  return { vi: build("vi"), en: build("en") };
}

export function explainRankLast(neighbour: string): Localized {
  return { vi: `Xếp dưới ${neighbour} do vi phạm (Xếp cuối)`, en: `Placed below ${neighbour} because of a violation (ranked last)` };
}
