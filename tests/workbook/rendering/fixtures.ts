import { withDefaults } from "../../../src/scoring/settings";
import type { AdjustmentResult, BlocResult, CriterionResult, Issue, TargetResult, UnitResult } from "../../../src/scoring/types";

/** Hand-built results shaped like the scoring core's, after domain.md's worked example. */
export function target(overrides: Partial<TargetResult> = {}): TargetResult {
  return {
    memberCode: "CT",
    criterionCode: "1",
    no: "1",
    name: "Thu ngân sách",
    unit: "tỷ đồng",
    direction: "increase",
    plan: 9000,
    actual: 9450,
    ratio: 1.05,
    base: 70,
    bonus: 3.5,
    points: 73.5,
    capped: false,
    selfScore: null,
    explanation: { vi: "9.450/9.000 = 105,0 % → 70 + 3,50", en: "9,450/9,000 = 105.0 % → 70 + 3.50" },
    source: { sheet: "Chỉ tiêu", row: 2, cells: {} },
    ...overrides,
  };
}

export function criterion(overrides: Partial<CriterionResult> = {}): CriterionResult {
  const targets = overrides.targets ?? [target()];
  const base = targets.reduce((s, t) => s + t.base, 0);
  const bonus = targets.reduce((s, t) => s + t.bonus, 0);
  return {
    criterionCode: "1",
    section: "I",
    name: "Thực hiện các chỉ tiêu",
    method: "targets",
    standardPoints: 350,
    points: base + bonus,
    base,
    bonus,
    scoreUsed: null,
    targets,
    explanation: { vi: "Tổng 5 chỉ tiêu", en: "Sum of 5 targets" },
    source: null,
    ...overrides,
  };
}

export function adjustment(overrides: Partial<AdjustmentResult> = {}): AdjustmentResult {
  return {
    kind: "cchc",
    reason: { vi: "CCHC xuất sắc", en: "CCHC excellent" },
    count: 1,
    pointsEach: 5,
    points: 5,
    source: null,
    ...overrides,
  };
}

export function unit(overrides: Partial<UnitResult> = {}): UnitResult {
  return {
    code: "CT",
    name: "Cục Thuế tỉnh",
    participates: true,
    rank: 1,
    tied: false,
    sections: { I: 358.0714285714, II: 0 },
    base: 350,
    targetBonus: 8.0714285714,
    bonus: 5,
    deduction: 0,
    total: 363.0714285714,
    max: 350,
    percent: 103.7346938776,
    grade: "excellent",
    award: "flag",
    needsVote: false,
    notes: [],
    criteria: [criterion()],
    adjustments: [adjustment()],
    violations: [],
    tieBreak: null,
    source: { sheet: "Đơn vị", row: 2, cells: {} },
    ...overrides,
  };
}

export function issue(overrides: Partial<Issue> = {}): Issue {
  return {
    severity: "warning",
    sheet: "Chỉ tiêu",
    cell: "H7",
    code: "targets-missing",
    message: { vi: "Thiếu chỉ tiêu", en: "Target missing" },
    ...overrides,
  };
}

export function bloc(overrides: Partial<BlocResult> = {}): BlocResult {
  return {
    bloc: "Khối 17",
    year: 2018,
    settings: withDefaults({ bloc: "Khối 17", year: 2018 }),
    sections: ["I", "II"],
    units: [
      unit(),
      unit({
        code: "CV",
        name: "Cảng vụ Kiên Giang",
        rank: 2,
        sections: { I: 357, II: 0 },
        total: 362,
        percent: 103.4285714286,
        award: "merit",
      }),
      unit({
        code: "KB",
        name: "Kho bạc Nhà nước CN Kiên Giang",
        rank: 3,
        sections: { I: 350.6533333333, II: 0 },
        bonus: 0,
        deduction: 2,
        total: 348.6533333333,
        percent: 99.6152380952,
        award: "merit",
        adjustments: [adjustment({ kind: "deduction", reason: { vi: "Nộp báo cáo chậm", en: "Late report" }, count: 1, pointsEach: 2, points: 2 })],
      }),
    ],
    openAwards: [],
    issues: [],
    blocked: false,
    ...overrides,
  };
}

/** 14:07 on 5 March 2025, local time (the title shows the officer's clock). */
export const NOW = new Date(2025, 2, 5, 14, 7);
