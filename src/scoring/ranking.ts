import { Q, cmp } from "./exact";
import type { TieBreaker } from "./explain";

/** What the ranking compares, exactly. Entries come in members-sheet order. */
export interface RankEntry {
  /** Has a "Xếp cuối" violation: after every member without one. */
  rankLast: boolean;
  percent: Q;
  /** Points of the first Nội dung (I). */
  firstSection: Q;
  /** Criteria points without target bonuses. */
  base: Q;
  deduction: Q;
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
  let c = cmp(b.percent, a.percent);
  if (c !== 0) return { order: c, by: "percent" };
  c = cmp(b.firstSection, a.firstSection);
  if (c !== 0) return { order: c, by: "section" };
  c = cmp(b.base, a.base);
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
