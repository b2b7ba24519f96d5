import { Q, cmp } from "./exact";
import { compareEstimates, type Estimate } from "./estimate";
import type { TieBreaker } from "./explain";

/** The exact values behind a RankEntry's estimates. */
export interface RankExact {
  percent: Q;
  firstSection: Q;
  base: Q;
}

/**
 * What the ranking compares. The percent is an estimate with a proven error bound (estimate.ts): it orders
 * two members whenever it can prove the order, and the exact values decide the rest (equal or nearly
 * equal percents, and with them every tie-breaker), so the order is the exact order. Entries come in
 * members-sheet order.
 */
export interface RankEntry {
  /** Has a "Xếp cuối" violation: after every member without one. */
  rankLast: boolean;
  percent: Estimate;
  deduction: Q;
  /** The exact values (percent, points of the first Nội dung, base), summed when first asked. */
  exact(): RankExact;
}

/** Exact order of a's and b's `key` (sign of a − b). */
function compareBy(a: RankEntry, b: RankEntry, key: keyof RankExact): number {
  if (key === "percent") {
    const order = compareEstimates(a.percent, b.percent);
    if (order !== undefined) return order;
  }
  return cmp(a.exact()[key], b.exact()[key]);
}

/** Sign of a's percent − b's, exactly. */
export function comparePercent(a: RankEntry, b: RankEntry): number {
  return compareBy(a, b, "percent");
}

/** How an entry's place relative to the entry just above it was decided. */
export type Decision = "first" | "rank-last" | "percent" | TieBreaker | "tie";

export interface RankedEntry {
  /** Index into the entries given. */
  index: number;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
  tied: boolean;
  decidedBy: Decision;
}

/** The rule that separates a from b (a ranked above b), "tie" when none does. */
function decidingRule(a: RankEntry, b: RankEntry): Decision {
  if (a.rankLast !== b.rankLast) return "rank-last";
  if (compareBy(a, b, "percent") !== 0) return "percent";
  if (compareBy(a, b, "firstSection") !== 0) return "section";
  if (compareBy(a, b, "base") !== 0) return "base";
  if (cmp(a.deduction, b.deduction) !== 0) return "deduction";
  return "tie";
}

/** Negative when a ranks above b (the sort's comparator: no object per comparison). */
function order(a: RankEntry, b: RankEntry): number {
  if (a.rankLast !== b.rankLast) return a.rankLast ? 1 : -1;
  return compareBy(b, a, "percent") || compareBy(b, a, "firstSection") || compareBy(b, a, "base") || cmp(a.deduction, b.deduction);
}

/**
 * Orders the entries and gives competition ranks. Never breaks a tie by name or code: truly tied
 * entries keep their members-sheet order (the sort is stable) and share the rank.
 */
export function rankEntries(entries: readonly RankEntry[]): RankedEntry[] {
  const sorted = entries.map((_, i) => i).sort((i, j) => order(entries[i], entries[j]));
  const ranked: RankedEntry[] = [];
  sorted.forEach((index, position) => {
    if (position === 0) {
      ranked.push({ index, rank: 1, tied: false, decidedBy: "first" });
      return;
    }
    const above = ranked[position - 1];
    const by = decidingRule(entries[above.index], entries[index]);
    if (by === "tie") {
      above.tied = true;
      ranked.push({ index, rank: above.rank, tied: true, decidedBy: "tie" });
    } else {
      ranked.push({ index, rank: position + 1, tied: false, decidedBy: by });
    }
  });
  return ranked;
}
