import type { Lang } from "../scoring/types";
import { useLanguage } from "./language";
import { en as EN_WORDS } from "../scoring/vocabulary/en";
import { vi as VI_WORDS } from "../scoring/vocabulary/vi";
import { interpolate } from "./interpolate";

/**
 * Strings of the views shown after a calculation (breakdown, what it takes, what changed, chart). Kept
 * apart from i18n.ts so they travel in the lazily loaded chunk with those views, not in the first download.
 * Same conventions: Vietnamese is the reference, English must have every key, {name} placeholders.
 */
const vi = {
  breakdownTitle: "Vì sao có số điểm này",
  criterionHead: "Tiêu chí {code}{name}: {points} / {standard} điểm",
  criterionTargets: "{n} chỉ tiêu",
  scoreUsedAgreed: "điểm thống nhất",
  scoreUsedVerified: "điểm khối chấm",
  scoreUsedSelf: "điểm tự chấm",
  scoreUsed: "Dùng {which}",
  targetHead: "Chỉ tiêu {no}“{name}”",
  targetDirection: "Chiều: {direction}",
  targetPlanActual: "Kế hoạch {plan} → thực hiện {actual}",
  targetRatio: "tỷ lệ {ratio}",
  targetPoints: "{base} + {bonus} thưởng = {points} điểm",
  targetCapped: "đã đạt mức thưởng tối đa",
  targetSelf: "Tự chấm {self}: chênh {diff} so với điểm tính được",
  adjustmentsTitle: "Cộng và trừ",
  adjustmentNone: "Không có điểm cộng hay trừ.",
  adjustmentCount: "{count} lần × {each}",
  violationsTitle: VI_WORDS.violations,
  violationNoFlag: VI_WORDS.effect["no-flag"],
  violationNoAward: VI_WORDS.effect["no-award"],
  violationRankLast: VI_WORDS.effect["rank-last"],
  tieBreakTitle: "Tiêu chí phụ quyết định thứ hạng",
  tieBreakNone: VI_WORDS.placedByPercent,
  selfDiffTitle: `${VI_WORDS.selfScoresDiffer} ({n})`,
  selfDiffLine: "{target}: tự chấm {self}, tính được {points} (chênh {diff})",
  selfDiffCell: "Chọn ô {place}",
  whatItTakesTitle: VI_WORDS.whatItTakes,
  whatItTakesBlocked: "Chưa tính được khi bảng tính còn lỗi.",
  whatItTakesUnranked: "Đơn vị không được xếp hạng.",
  changesTitle: "Thay đổi so với lần tính trước",
  changesSince: "Lần tính trước: {time}",
  changeSelect: "Chọn ô {place}",
  historyTitle: "Các lần tính gần đây",
  historyLine: "{ranked} xếp hạng · {errors} lỗi · {warnings} cảnh báo",
  historyCurrent: "lần này",
  chartTitle: "Biểu đồ tỷ lệ điểm",
  chartSummary: "Biểu đồ thanh ngang, {n} đơn vị theo thứ hạng. Cao nhất: {top} ({topPercent} %). Thấp nhất: {bottom} ({bottomPercent} %). Ngưỡng: {thresholds}.",
  chartTable: "Xem số liệu dạng bảng",
  chartColRank: VI_WORDS.rank,
  chartColUnit: VI_WORDS.unit,
  chartColPercent: VI_WORDS.percentColumn,
  chartColGrade: VI_WORDS.gradeColumn,
  detailRegion: "Chi tiết {name}",
  revealedFromSheet: "Đã mở chi tiết {name} theo dòng đang chọn trên trang Xếp hạng.",
} as const;

export type InsightKey = keyof typeof vi;

const en: Record<InsightKey, string> = {
  breakdownTitle: "Why these points",
  criterionHead: "Criterion {code}{name}: {points} / {standard} points",
  criterionTargets: "{n} targets",
  scoreUsedAgreed: "the agreed score",
  scoreUsedVerified: "the bloc-verified score",
  scoreUsedSelf: "the self-score",
  scoreUsed: "Uses {which}",
  targetHead: "Target {no}“{name}”",
  targetDirection: "Direction: {direction}",
  targetPlanActual: "Plan {plan} → actual {actual}",
  targetRatio: "ratio {ratio}",
  targetPoints: "{base} + {bonus} bonus = {points} points",
  targetCapped: "maximum bonus reached",
  targetSelf: "Self-score {self}: {diff} off the computed points",
  adjustmentsTitle: "Bonuses and deductions",
  adjustmentNone: "No bonus or deduction.",
  adjustmentCount: "{count} × {each}",
  violationsTitle: EN_WORDS.violations,
  violationNoFlag: EN_WORDS.effect["no-flag"],
  violationNoAward: EN_WORDS.effect["no-award"],
  violationRankLast: EN_WORDS.effect["rank-last"],
  tieBreakTitle: "Tie-breaker that decided the place",
  tieBreakNone: EN_WORDS.placedByPercent,
  selfDiffTitle: `${EN_WORDS.selfScoresDiffer} ({n})`,
  selfDiffLine: "{target}: self-score {self}, computed {points} (difference {diff})",
  selfDiffCell: "Select cell {place}",
  whatItTakesTitle: EN_WORDS.whatItTakes,
  whatItTakesBlocked: "Not available while the workbook has errors.",
  whatItTakesUnranked: "The member is not ranked.",
  changesTitle: "Changes since the previous calculation",
  changesSince: "Previous calculation: {time}",
  changeSelect: "Select cell {place}",
  historyTitle: "Recent calculations",
  historyLine: "{ranked} ranked · {errors} errors · {warnings} warnings",
  historyCurrent: "this one",
  chartTitle: "Percent chart",
  chartSummary: "Horizontal bar chart of {n} members in rank order. Highest: {top} ({topPercent} %). Lowest: {bottom} ({bottomPercent} %). Thresholds: {thresholds}.",
  chartTable: "Show the numbers as a table",
  chartColRank: EN_WORDS.rank,
  chartColUnit: EN_WORDS.unit,
  chartColPercent: EN_WORDS.percentColumn,
  chartColGrade: EN_WORDS.gradeColumn,
  detailRegion: "Details of {name}",
  revealedFromSheet: "Showing the details of {name}, the row selected on the Ranking sheet.",
};

const DICTIONARIES: Record<Lang, Record<InsightKey, string>> = { vi, en };

export type InsightText = (key: InsightKey, params?: Record<string, string | number>) => string;

export function insightTranslator(lang: Lang): InsightText {
  const dict = DICTIONARIES[lang];
  return (key, params) => interpolate(dict[key], params);
}

export function useInsightText(): { it: InsightText; lang: Lang } {
  const { lang } = useLanguage();
  return { it: insightTranslator(lang), lang };
}
