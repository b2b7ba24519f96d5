import type { CriterionResult, Issue, TargetResult, UnitResult } from "../../src/scoring/types";
import { calculate, type Calculation } from "../../src/workbook/calculate";
import { calculateWithExtras, type CalculationWithExtras } from "../../src/workbook/extras/extras";
import type { RecalcOutcome } from "../../src/workbook/host/host";
import { HISTORY_DATA_SHEET } from "../../src/workbook/history/history-names";
import { KB, sheet, workedExampleGrid } from "../workbook/extras/grids";
import { unit } from "./fixtures";

export { KB };

export const NINE = new Date(2025, 2, 5, 9, 0);
export const TEN = new Date(2025, 2, 5, 10, 0);

/** domain.md's worked example scored by the real core (Cục Thuế, Cảng vụ, Kho bạc). */
export function workedExample(kbSecondActual = 99.6): Calculation {
  return calculate(workedExampleGrid(kbSecondActual), { lang: "vi", now: NINE });
}

export function rankedOutcome(calculation: Calculation, extras?: CalculationWithExtras["extras"]): RecalcOutcome {
  const outcome: RecalcOutcome & { extras?: CalculationWithExtras["extras"] } = {
    status: calculation.result.blocked ? "blocked" : "ranked",
    calculation,
    error: null,
    stats: { syncs: 4, chunks: 1, ms: 300 },
  };
  if (extras) outcome.extras = extras;
  return outcome;
}

/** Two calculations of the worked example with Kho bạc's second actual (Chỉ tiêu!F13) amended in between. */
export function amendedPair(): { first: CalculationWithExtras; second: CalculationWithExtras } {
  const first = calculateWithExtras(workedExampleGrid(99.6), { lang: "vi", now: NINE });
  const second = calculateWithExtras(workedExampleGrid(100, [sheet(HISTORY_DATA_SHEET, first.extras.historyData.rows)]), { lang: "vi", now: TEN });
  return { first, second };
}

export function target(overrides: Partial<TargetResult> = {}): TargetResult {
  return {
    memberCode: "CT",
    criterionCode: "1",
    no: "2",
    name: "Nợ đọng",
    unit: "tỷ đồng",
    direction: "decrease",
    plan: 5,
    actual: 4,
    ratio: 1.25,
    base: 70,
    bonus: 7,
    points: 77,
    capped: true,
    selfScore: null,
    explanation: { vi: "5/4 = 125,0 % → 70 + 7,00 (tối đa)", en: "5/4 = 125.0 % → 70 + 7.00 (cap)" },
    source: { sheet: "Chỉ tiêu", row: 3, cells: { name: "C3", selfScore: "H3" } },
    ...overrides,
  };
}

export function unitWithTargets(targets: TargetResult[], extra: Partial<UnitResult> = {}): UnitResult {
  const points = targets.reduce((s, t) => s + t.points, 0);
  const criterion: CriterionResult = {
    criterionCode: "1",
    section: "I",
    name: "Chỉ tiêu đăng ký",
    method: "targets",
    standardPoints: 350,
    points,
    base: targets.reduce((s, t) => s + t.base, 0),
    bonus: targets.reduce((s, t) => s + t.bonus, 0),
    scoreUsed: null,
    targets,
    explanation: { vi: "Tổng 5 chỉ tiêu", en: "Sum of 5 targets" },
    source: null,
  };
  return { ...unit("CT", "Cục Thuế tỉnh", 1, points), criteria: [criterion], ...extra };
}

export const selfScoreWarning = (cell: string): Issue => ({
  severity: "warning",
  sheet: "Chỉ tiêu",
  cell,
  code: "self-score-differs",
  message: { vi: "Điểm tự chấm khác điểm tính được", en: "Self-score differs" },
});
