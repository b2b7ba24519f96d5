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
 * What the ranking compares. Sums are estimates with a proven error bound (estimate.ts): they order two
 * members whenever they can prove it, and the exact values decide the rest (equal or nearly equal sums), so
 * the order is the exact order. Entries come in members-sheet order.
 */
export interface RankEntry {
  /** Has a "Xếp cuối" violation: after every member without one. */
  rankLast: boolean;
  percent: Estimate;
  /** Points of the first Nội dung (I). */
  firstSection: Estimate;
  /** Criteria points without target bonuses. */
  base: Estimate;
  deduction: Q;
  /** The exact values, summed when first asked. */
  exact(): RankExact;
}

/** Exact order of a's and b's `key` (sign of a − b). */
function compareBy(a: RankEntry, b: RankEntry, key: keyof RankExact): number {
  return compareEstimates(a[key], b[key]) ?? cmp(a.exact()[key], b.exact()[key]);
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

/** Negative when a ranks above b; also names the rule that separated them. */
export function compareEntries(a: RankEntry, b: RankEntry): { order: number; by: Decision } {
  if (a.rankLast !== b.rankLast) return { order: a.rankLast ? 1 : -1, by: "rank-last" };
  let c = compareBy(b, a, "percent");
  if (c !== 0) return { order: c, by: "percent" };
  c = compareBy(b, a, "firstSection");
  if (c !== 0) return { order: c, by: "section" };
  c = compareBy(b, a, "base");
  if (c !== 0) return { order: c, by: "base" };
  c = cmp(a.deduction, b.deduction);
  if (c !== 0) return { order: c, by: "deduction" };
  return { order: 0, by: "tie" };
}

/**
 * Orders the entries and gives competition ranks. Never breaks a tie by name or code: truly tied
 * entries keep their members-sheet order (the sort is stable) and share the rank.
 */
export function rankEntries(entries: readonly RankEntry[]): RankedEntry[] {
  const order = entries.map((_, i) => i).sort((i, j) => compareEntries(entries[i], entries[j]).order);
  const ranked: RankedEntry[] = [];
  order.forEach((index, position) => {
    if (position === 0) {
      ranked.push({ index, rank: 1, tied: false, decidedBy: "first" });
      return;
    }
    const above = ranked[position - 1];
    const { by } = compareEntries(entries[above.index], entries[index]);
    if (by === "tie") {
      above.tied = true;
      ranked.push({ index, rank: above.rank, tied: true, decidedBy: "tie" });
    } else {
      ranked.push({ index, rank: position + 1, tied: false, decidedBy: by });
    }
  });
  return ranked;
}
