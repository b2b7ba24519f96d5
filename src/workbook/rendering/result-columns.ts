import type { Lang } from "../../scoring/types";
import { BREAKDOWN_HEADERS, RANKING_HEADERS } from "./labels";
import { columnsOf, type ColumnKind, type ColumnSpec } from "./render-sheet";

/**
 * The member columns of the result sheets, each with its header and number format in one place: Xếp hạng
 * has them all, and the batch's Tổng hợp and the Biểu đồ table repeat some, which must read and format
 * the same.
 */
const RANKING_KINDS: Record<keyof typeof RANKING_HEADERS, ColumnKind> = { rank: "integer", code: "text", name: "text", bonus: "points", deduction: "points", total: "points", percent: "points", grade: "text", award: "text", notes: "wrapped", change: "text" };

/** Chi tiết điểm's columns: texts wrap in the criterion, target and explanation columns. */
const BREAKDOWN_KINDS: Record<keyof typeof BREAKDOWN_HEADERS, ColumnKind> = { code: "text", name: "text", section: "text", criterion: "wrapped", target: "wrapped", direction: "text", plan: "text", actual: "text", ratio: "points", base: "points", bonus: "points", points: "points", explanation: "wrapped" };

export function rankingColumns(lang: Lang): Record<keyof typeof RANKING_HEADERS, ColumnSpec> {
  return columnsOf(RANKING_HEADERS, RANKING_KINDS, lang);
}

export function breakdownColumns(lang: Lang): Record<keyof typeof BREAKDOWN_HEADERS, ColumnSpec> {
  return columnsOf(BREAKDOWN_HEADERS, BREAKDOWN_KINDS, lang);
}
