import type { Issue, Localized, TargetResult, UnitResult } from "../scoring/types";

export interface SelfScoreDifference {
  target: TargetResult;
  self: number;
  points: number;
  /** self − points: positive when the member scored itself higher than the rules give. */
  difference: number;
  /** The cell to fix or check: the self-score cell, else the target's row. */
  sheet: string;
  cell: string;
  /** The calculation's own warning for it, when there is one. */
  message: Localized | null;
}

/** Below what the pane shows with 2 decimals: such a difference is rounding, not a disagreement. */
const DISPLAY_TOLERANCE = 0.005;

const rowOf = (cell: string): number | null => {
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : null;
};

/**
 * The member's targets whose self-score differs from the computed points. The core's "self-score-differs"
 * warnings are the authority (they compare exactly); a self-score off by more than the display precision
 * is listed too, so a calculation without issues (hand-built, or an older core) still shows it.
 */
export function selfScoreDifferences(unit: UnitResult, issues: readonly Issue[]): SelfScoreDifference[] {
  const warnings = issues.filter((i) => i.code === "self-score-differs");
  const out: SelfScoreDifference[] = [];
  for (const criterion of unit.criteria) {
    for (const target of criterion.targets) {
      if (target.selfScore === null) continue;
      const issue = warnings.find((i) => i.sheet === target.source.sheet && rowOf(i.cell) === target.source.row) ?? null;
      const difference = target.selfScore - target.points;
      if (!issue && Math.abs(difference) < DISPLAY_TOLERANCE) continue;
      const cells = target.source.cells;
      out.push({
        target,
        self: target.selfScore,
        points: target.points,
        difference,
        sheet: issue?.sheet ?? target.source.sheet,
        cell: issue?.cell || cells.selfScore || cells.name || "",
        message: issue?.message ?? null,
      });
    }
  }
  return out;
}
